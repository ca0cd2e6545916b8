// Turns plain text into paragraphs, joining lines that a PDF extraction broke mid-sentence, and
// keeps a position map so a finding in a joined paragraph points back to its original line and
// column (the CLI reports file:line:column; the importer may use it too).

/** A run of a paragraph that came from one original line. */
export interface ParagraphPiece {
  /** Offset in the paragraph's text where this piece starts. */
  at: number;
  /** 0-based line of the original text. */
  line: number;
  /** 0-based UTF-16 column of the piece's first character in that line. */
  column: number;
}

/** One paragraph of the joined text. */
export interface JoinedParagraph {
  text: string;
  pieces: ParagraphPiece[];
}

/** The result of joining. */
export interface JoinedText {
  paragraphs: JoinedParagraph[];
  /** True when the text looked PDF-broken and lines were joined. */
  joined: boolean;
}

/** Width as typeset: CJK and full-width characters take two columns, the rest one. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x2e80 || c === 0x2014 || c === 0x2026 || (c >= 0x201c && c <= 0x201d) || (c >= 0x2018 && c <= 0x2019) ? 2 : 1;
  }
  return w;
}

/** The width of a full line, when most lines share one; null when the text is not PDF-broken. */
function fullLineWidth(widths: number[]): number | null {
  const long = widths.filter((w) => w >= 20);
  if (long.length < 5) return null;
  const hist = new Map<number, number>();
  for (const w of long) hist.set(w, (hist.get(w) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [w, n] of hist) if (n > best || (n === best && w > mode)) [mode, best] = [w, n];
  if (mode > 200) return null;
  const near = long.filter((w) => Math.abs(w - mode) <= 4).length;
  return near / long.length >= 0.4 ? mode : null;
}

const SENTENCE_END = /[。！？；…”’）】》.!?]$/;
const TRIM_START = /^[\s\u3000]+/;

/**
 * Splits `raw` into paragraphs. Text that looks PDF-broken (most lines about one width) is
 * joined: a line continues into the next unless it is clearly short, or ends a sentence without
 * filling the line; blank lines in such text are extraction noise. Other text keeps one
 * paragraph per non-blank line. Lines are trimmed when joined; `force` joins regardless.
 */
export function joinBrokenLines(raw: string, opts: { force?: boolean } = {}): JoinedText {
  const lines = raw.split(/\r?\n/);
  const widths = lines.map((l) => displayWidth(l.trim()));
  const full = opts.force ? Math.max(0, ...widths) : fullLineWidth(widths.filter((w) => w > 0));
  const paragraphs: JoinedParagraph[] = [];
  if (full === null) {
    lines.forEach((line, i) => {
      if (line.trim() !== '') paragraphs.push({ text: line.replace(/\s+$/, ''), pieces: [{ at: 0, line: i, column: 0 }] });
    });
    return { paragraphs, joined: false };
  }
  let current: JoinedParagraph | null = null;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    const column = TRIM_START.exec(line)?.[0].length ?? 0;
    if (!current) current = { text: '', pieces: [] };
    // Latin words broken across lines get their space back; CJK and digits join directly.
    if (/[A-Za-z]$/.test(current.text) && /^[A-Za-z]/.test(trimmed)) current.text += ' ';
    current.pieces.push({ at: current.text.length, line: i, column });
    current.text += trimmed;
    const w = widths[i];
    const short = w < full - 6;
    const endsShort = SENTENCE_END.test(trimmed) && w < full - 1;
    if (short || endsShort) {
      paragraphs.push(current);
      current = null;
    }
  });
  if (current) paragraphs.push(current);
  return { paragraphs, joined: true };
}

/** The original line and column of `offset` in a joined paragraph. */
export function locateInParagraph(p: JoinedParagraph, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = p.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.pieces[mid].at <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = p.pieces[lo];
  return { line: piece.line, column: piece.column + Math.max(0, offset - piece.at) };
}
