// The checker's contract: what goes in (an entry as title + blocks, a context), what comes out
// (findings with UTF-16 offsets into the entry's plain text or title), and what a rule is.

/** Kinds of text blocks of the shared text model (shared/schema `entryText`). */
export type BlockKind = 'paragraph' | 'tableCaption' | 'tableUnit' | 'tableCell' | 'tableNote';

/** One block of an entry: its kind and its plain text (no newlines inside). */
export interface CheckBlock {
  kind: BlockKind;
  text: string;
}

/** What `check` reads: the title apart, then the blocks; the plain text is blocks joined by `\n`. */
export interface CheckEntry {
  title: string;
  blocks: CheckBlock[];
}

export type Severity = 'error' | 'warning' | 'suggestion';

/**
 * How a finding weighs in 编校差错率 (《图书编校质量差错认定细则》): 文字 1, 知识性/逻辑性 2,
 * 繁简 0.5, 计量单位 0.5, 标点 0.1, 数字用法 0.1; `norm` findings are counted in 编纂规范 instead.
 */
export type WeightClass = 'text' | 'knowledge' | 'traditional' | 'unit' | 'punctuation' | 'number' | 'norm';

/** A suggested replacement of the finding's range. */
export interface Fix {
  text: string;
  /** True only where applying the fix cannot be wrong. */
  safe: boolean;
}

/** One problem found. */
export interface Finding {
  /** Stable across unrelated edits: rule, matched text, a little context, occurrence index. */
  id: string;
  ruleId: string;
  severity: Severity;
  weightClass: WeightClass;
  target: 'text' | 'title';
  /** UTF-16 offsets into the entry's plain text (target "text") or its title. */
  start: number;
  end: number;
  text: string;
  /** In Chinese, for the editor. */
  message: string;
  /** The standard and clause (e.g. "GB/T 15834-2011 4.1"), or "编纂惯例". */
  source: string;
  fix?: Fix;
}

/** The glossary of a yearbook (JSON stored per yearbook). */
export interface Glossary {
  terms: Array<{ full: string; abbreviations: string[]; avoid: string[] }>;
}

/** What the checker knows about the entry's yearbook and state. */
export interface CheckContext {
  /** The year the yearbook records (e.g. 2023 for 成都年鉴 2024). */
  recordYear: number;
  /** The place the yearbook records, e.g. 成都市青白江区 (fix text for first-person). */
  placeName?: string;
  glossary?: Glossary;
  plannedLength?: number | null;
  /** True once the entry was submitted (entry-length-budget then also flags short entries). */
  submitted?: boolean;
  /** Finding ids the editors chose to ignore. */
  ignored?: ReadonlySet<string> | readonly string[];
  /**
   * Sentences (normalized) of the yearbook's other entries, mapped to the title of the entry
   * they appear in: duplicate-sentence then also flags 重复记载 across entries.
   */
  otherEntrySentences?: ReadonlyMap<string, string>;
}

/** A finding as a rule reports it: offsets into the text the rule was given, no id yet. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  /** Overrides the rule's severity for this one finding (e.g. 我国 as a suggestion). */
  severity?: Severity;
}

/** Metadata every rule carries. */
export interface RuleMeta {
  /** The catalogue id, verbatim from rules.md. */
  id: string;
  severity: Severity;
  weightClass: WeightClass;
  /** The standard and clause, or 编纂惯例. */
  source: string;
  /**
   * Where the rule stays silent (rules.md "Quotations and titles"): `quote` = inside “…” quoting
   * someone's words; `bookTitle` = inside 《》 or a quoted document title. The core drops raw
   * findings that start inside such a span, so rules need not look for quotes themselves.
   */
  silentIn?: Array<'quote' | 'bookTitle'>;
  /** Block kinds the rule skips (e.g. running-text number rules skip `tableCell`). */
  skipKinds?: BlockKind[];
}

/** A rule that looks at one block at a time (cached per block kind + text). */
export interface BlockRule extends RuleMeta {
  scope: 'block';
  check(text: string, kind: BlockKind, ctx: CheckContext): RawFinding[];
}

/** A rule that looks at the entry title. */
export interface TitleRule extends RuleMeta {
  scope: 'title';
  check(title: string, ctx: CheckContext): RawFinding[];
}

/**
 * A rule over the whole entry. `summarize` runs per block (cached like block rules) and returns a
 * small summary; `checkEntry` combines the summaries, with each summary's block offset known.
 */
export interface EntryRule<S = unknown> extends RuleMeta {
  scope: 'entry';
  summarize(text: string, kind: BlockKind, ctx: CheckContext): S;
  /** Offsets in the returned findings are into the entry's plain text. */
  checkEntry(blocks: Array<{ summary: S; start: number; kind: BlockKind; length: number }>, ctx: CheckContext): RawFinding[];
}

export type Rule = BlockRule | TitleRule | EntryRule<any>;

/** An incremental checker bound to one context. */
export interface Checker {
  /** All findings of the entry, ignored ones excluded, sorted by target then start. */
  check(entry: CheckEntry): Finding[];
}
