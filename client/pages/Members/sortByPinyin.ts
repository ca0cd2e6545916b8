// Orders people the way a Chinese office list reads: by the pinyin of their names
// (Intl.Collator 'zh-Hans-CN'; the databases sort by code point, which is not pinyin).

const collator = new Intl.Collator('zh-Hans-CN', { sensitivity: 'base', numeric: true });

/** Compares two Chinese (or mixed) strings in pinyin order. */
export function comparePinyin(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A copy of `items` sorted by the pinyin of `nameOf(item)` (then by `tieBreak`, for stability). */
export function sortByPinyin<T>(items: readonly T[], nameOf: (item: T) => string, tieBreak?: (item: T) => string): T[] {
  return [...items].sort(
    (a, b) => comparePinyin(nameOf(a), nameOf(b)) || (tieBreak ? tieBreak(a).localeCompare(tieBreak(b)) : 0),
  );
}
