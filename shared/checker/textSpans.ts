// Spans of a block that rules treat specially: “…” quotations and 《》 titles (rules.md "Quotations
// and titles"), the sentence around an offset, and the word-boundary veto by Intl.Segmenter.

/** A protected span; `start` is the opening mark, `end` is just after the closing mark. */
export interface ProtectedSpan {
  start: number;
  end: number;
  /** `quote`: someone's words in “…”; `bookTitle`: a 《》 title or a short quoted name or title. */
  kind: 'quote' | 'bookTitle';
}

const MARKS = /[《》“”]/g;

/** Marks that end a clause inside a quotation: a “…” holding one of these is speech, not a name. */
const SPEECH_MARKS = /[，。！？；：,!?;]/;

/**
 * The quotations and titles of a block, in order of their opening mark. A “…” preceded by a colon
 * or holding clause punctuation is someone's words (`quote`); a short “…” without them (“十四五”,
 * “平安校园”, a quoted document title) counts as `bookTitle`. 《》 nest; unclosed marks make no span.
 */
export function protectedSpans(text: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  // Most blocks hold neither mark: two native searches are cheaper than a loop over every unit.
  const firstTitle = text.indexOf('《');
  const firstQuote = text.indexOf('“');
  if (firstTitle < 0 && firstQuote < 0) return spans;
  const titleStack: number[] = [];
  let quoteStart = -1;
  MARKS.lastIndex = firstTitle < 0 ? firstQuote : firstQuote < 0 ? firstTitle : Math.min(firstTitle, firstQuote);
  for (let m; (m = MARKS.exec(text)); ) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x300a) titleStack.push(i); // 《
    else if (c === 0x300b) {
      // 》
      const s = titleStack.pop();
      if (s !== undefined) spans.push({ start: s, end: i + 1, kind: 'bookTitle' });
    } else if (c === 0x201c) quoteStart = i; // “ (an unclosed earlier one is forgotten)
    else if (c === 0x201d && quoteStart >= 0) {
      const inner = text.slice(quoteStart + 1, i);
      const before = text.charCodeAt(quoteStart - 1);
      const speech = before === 0xff1a || before === 0x3a || SPEECH_MARKS.test(inner);
      spans.push({ start: quoteStart, end: i + 1, kind: speech ? 'quote' : 'bookTitle' });
      quoteStart = -1;
    }
  }
  if (spans.length > 1) spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** True when `offset` lies strictly inside a span of one of `kinds` (after its opening mark, before its closing one). */
export function isInsideSpan(spans: readonly ProtectedSpan[], offset: number, kinds?: ReadonlyArray<ProtectedSpan['kind']>): boolean {
  for (const s of spans) {
    if (s.start >= offset) break;
    if (offset < s.end - 1 && (!kinds || kinds.includes(s.kind))) return true;
  }
  return false;
}

/** True for the code units that end a sentence: 。！？； and line breaks (plus ASCII ! ? ;). */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x0a || c === 0x21 || c === 0x3f || c === 0x3b;
}

/** The sentence around offset `i`: from after the previous 。！？；/newline to after the next one. */
export function sentenceBounds(text: string, i: number): { start: number; end: number } {
  let start = Math.min(Math.max(i, 0), text.length);
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = Math.max(i, start);
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) !== 0x0a) end++;
  return { start, end };
}

type WordSegmenter = { segment(input: string): Iterable<{ index: number; segment: string }> };

let segmenter: WordSegmenter | null | undefined;
const boundaryCache = new Map<string, Set<number>>();
const BOUNDARY_CACHE_SIZE = 256;
/** Characters of the sentence kept on each side of a candidate for the veto. */
const VETO_MARGIN = 16;

function getSegmenter(): WordSegmenter | null {
  if (segmenter === undefined) {
    const Seg = (Intl as unknown as { Segmenter?: new (l: string, o: object) => WordSegmenter }).Segmenter;
    segmenter = Seg ? new Seg('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/**
 * Creates the segmenter ahead of need: its first use loads ICU's Chinese dictionary (about
 * 0.25 s here), which an editor should pay while idle rather than on a keystroke.
 */
export function prepareSegmenter(): void {
  getSegmenter()?.segment('预热分词')[Symbol.iterator]().next();
}

/** Word boundaries (offsets into `sentence`) as the segmenter sees them; cached per sentence. */
function wordBoundaries(sentence: string, seg: WordSegmenter): Set<number> {
  let set = boundaryCache.get(sentence);
  if (set) return set;
  set = new Set<number>([0, sentence.length]);
  for (const s of seg.segment(sentence)) {
    set.add(s.index);
    set.add(s.index + s.segment.length);
  }
  if (boundaryCache.size >= BOUNDARY_CACHE_SIZE) boundaryCache.delete(boundaryCache.keys().next().value as string);
  boundaryCache.set(sentence, set);
  return set;
}

/**
 * True when a word segmentation of the sentence around `start..end` shows the candidate does not
 * start and end on word boundaries (体现在 is not 现在). Only ever a veto: the segmenter splits some
 * phrases wrongly and differs between ICU versions, so it must never create findings. Without
 * Intl.Segmenter nothing is vetoed.
 */
export function segmenterVeto(text: string, start: number, end: number): boolean {
  const seg = getSegmenter();
  if (!seg) return false;
  const b = sentenceBounds(text, start);
  // A window of the sentence is enough: the words next to the candidate decide its boundaries,
  // and segmenting costs in proportion to length (long sentences are common in yearbooks).
  const from = Math.max(b.start, start - VETO_MARGIN);
  const to = Math.min(Math.max(b.end, end), end + VETO_MARGIN);
  const bounds = wordBoundaries(text.slice(from, to), seg);
  return !bounds.has(start - from) || !bounds.has(end - from);
}
