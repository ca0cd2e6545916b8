// The quality checker's public surface: `check(entry, context)` one-shot, `createChecker(context)`
// for incremental re-checks (the editor), scores, the rule registry and the contract types.

import type { CheckContext, CheckEntry, Checker, Finding, Rule } from './types';
import { createChecker as createCheckerWith } from './createChecker';
import { allRules } from './rules';

export type * from './types';
export { allRules, rulesById } from './rules';
export { scoreFindings, aggregateScores, entryCharCount, type QualityScore } from './score';
export { joinBrokenLines, locateInParagraph, type JoinedText, type JoinedParagraph } from './paragraphJoin';
export { prepareSegmenter } from './textSpans';

/** An incremental checker over all catalogue rules (or `rules`), bound to `context`. */
export function createChecker(context: CheckContext, rules: readonly Rule[] = allRules): Checker {
  return createCheckerWith(context, rules);
}

/** Checks one entry once: all findings, ignored ones excluded, sorted by target then start. */
export function check(entry: CheckEntry, context: CheckContext, rules: readonly Rule[] = allRules): Finding[] {
  return createCheckerWith(context, rules).check(entry);
}

/** An entry from plain text: one paragraph block per line, no title. */
export function entryFromText(text: string, title = ''): CheckEntry {
  return { title, blocks: text.split('\n').map((line) => ({ kind: 'paragraph' as const, text: line })) };
}
