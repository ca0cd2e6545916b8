// Stable finding ids: an id survives unrelated edits elsewhere in the entry (so an editor's
// "ignore" sticks), because it is built from what was found and its surroundings, not its offset.

/** Characters of context taken on each side of the match. */
export const ID_CONTEXT_CHARS = 4;

/** 32-bit FNV-1a over UTF-16 code units, in base 36. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The key of a finding before its occurrence index: rule, target, matched text and up to
 * ID_CONTEXT_CHARS characters on each side, taken from the block (or title) it was found in.
 */
export function findingKey(ruleId: string, target: 'text' | 'title', source: string, start: number, end: number): string {
  const before = source.slice(Math.max(0, start - ID_CONTEXT_CHARS), start);
  const match = source.slice(start, end);
  const after = source.slice(end, end + ID_CONTEXT_CHARS);
  return `${ruleId}:${target === 'title' ? 't' : ''}${fnv1a(`${before}\u0000${match}\u0000${after}`)}`;
}

/**
 * The id given to the `occurrence`-th finding (0-based, in text order) with this key: equal
 * keys (the same mistake in the same words twice) are told apart by their order only.
 */
export function findingId(key: string, occurrence: number): string {
  return occurrence === 0 ? key : `${key}~${occurrence}`;
}
