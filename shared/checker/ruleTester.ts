// A valid/invalid test table for one rule, run through the checker core (so silentIn and
// skipKinds apply as in production). Invalid texts mark the flagged parts with 〖〗 as rules.md does.

import { describe, expect, it } from 'vitest';
import { createChecker } from './createChecker';
import type { BlockKind, CheckContext, CheckEntry, Finding, Rule } from './types';

/** A case that must raise no finding of the rule. */
export type ValidCase = string | { text: string; kind?: BlockKind; context?: Partial<CheckContext>; title?: string };

/** A case that must be flagged. */
export interface InvalidCase {
  /** The text; parts in 〖〗 must be exactly the findings (marks removed before checking). */
  text: string;
  /**
   * Without 〖〗 marks: the matched text of a finding that must exist (other findings allowed).
   * With marks: the marked text, used instead of `text`.
   */
  flagged?: string;
  /** The fix expected on the first flagged finding (`null`: no fix). */
  fix?: string | null;
  /** Whether that fix is marked safe. */
  safe?: boolean;
  kind?: BlockKind;
  context?: Partial<CheckContext>;
}

const BASE_CONTEXT: CheckContext = { recordYear: 2023 };

/** Strips 〖〗 marks and returns the plain text with the marked ranges (UTF-16 offsets). */
export function parseMarked(marked: string): { text: string; ranges: Array<{ start: number; end: number }> } {
  let text = '';
  const ranges: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '〖') open = text.length;
    else if (ch === '〗') {
      ranges.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, ranges };
}

/** Runs `rule` alone over `text` the way the core would: as a title for title rules, else as blocks per line. */
export function runRule(rule: Rule, text: string, opts: { kind?: BlockKind; context?: Partial<CheckContext>; title?: string } = {}): Finding[] {
  const context = { ...BASE_CONTEXT, ...opts.context };
  const entry: CheckEntry =
    rule.scope === 'title'
      ? { title: text, blocks: [] }
      : { title: opts.title ?? '', blocks: text.split('\n').map((t) => ({ kind: opts.kind ?? 'paragraph', text: t })) };
  return createChecker(context, [rule]).check(entry);
}

function show(findings: Finding[]): string {
  return JSON.stringify(findings.map((f) => `${f.start}-${f.end}:${f.text}${f.fix ? `→${f.fix.text}` : ''}`));
}

/** Declares a vitest suite for `rule`: every valid case clean, every invalid case flagged as marked. */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) {
      const v = typeof c === 'string' ? { text: c } : c;
      it(`✓ ${v.text}`, () => {
        const found = runRule(rule, v.text, v);
        expect(show(found), 'flagged a valid text').toBe('[]');
      });
    }
    for (const c of cases.invalid) {
      it(`✗ ${c.text}`, () => {
        // `flagged` may also carry the marks (〖〗) instead of `text`.
        const { text, ranges } = parseMarked(c.flagged?.includes('〖') ? c.flagged : c.text);
        const found = runRule(rule, text, c);
        let first: Finding | undefined;
        if (ranges.length > 0) {
          const want = ranges.map((r) => `${r.start}-${r.end}:${text.slice(r.start, r.end)}`);
          expect(found.map((f) => `${f.start}-${f.end}:${f.text}`)).toEqual(want);
          first = found[0];
        } else {
          expect(c.flagged, 'an invalid case needs 〖〗 marks or `flagged`').toBeTruthy();
          first = found.find((f) => f.text === c.flagged);
          expect(first, `no finding on "${c.flagged}" in ${show(found)}`).toBeTruthy();
        }
        expect(first!.ruleId).toBe(rule.id);
        if (c.fix !== undefined) expect(first!.fix?.text ?? null).toBe(c.fix);
        if (c.safe !== undefined) expect(first!.fix?.safe).toBe(c.safe);
      });
    }
  });
}
