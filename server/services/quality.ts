// Quality of entries and yearbooks: runs the shared checker on the server (the same one the
// browser runs), scores entries and recomputes section, category and yearbook scores from the
// union of their findings (细则's caps apply per level), and keeps each yearbook's glossary.
import { check, entryFromText, type CheckContext, type Finding, type Glossary } from '@shared/checker';
import { aggregateScores, entryCharCount, scoreFindings, type QualityScore } from '@shared/checker/score';
import { sentenceKeys } from '@shared/checker/rules/structure/sentences';
import type { NodeKind } from '@shared/domain/roles';
import { toCheckEntry, type EntryTextModel } from '@shared/schema/text';
import type { CheckRequest } from '@shared/validation/check';
import type { NodeRecord, YearbookRecord } from '../storage/types';
import type { ReadEntryText } from './entries';

/** Findings and score of one text or entry. */
export interface CheckResult {
  findings: Finding[];
  score: QualityScore;
}

/** The score of one outline node (or the yearbook), for the quality overview. */
export interface NodeQuality {
  id: string;
  kind: NodeKind | 'yearbook';
  title: string;
  score: QualityScore;
  /** Findings by severity (after ignores). */
  counts: { error: number; warning: number; suggestion: number };
}

/** `GET /api/yearbooks/:id/quality`: every level, worst first within each. */
export interface YearbookQuality {
  yearbook: NodeQuality;
  categories: NodeQuality[];
  sections: NodeQuality[];
  entries: NodeQuality[];
}

/** The quality service. */
export interface QualityService {
  /** Checks a posted text (no storage involved). */
  checkText(input: CheckRequest): CheckResult;
  /** Findings of one live entry, with its yearbook's context. */
  entryFindings(entry: NodeRecord, yearbook: YearbookRecord): Promise<CheckResult>;
  /** Scores per entry, section, category and the yearbook (cross-entry repeats included). */
  yearbookQuality(yearbook: YearbookRecord): Promise<YearbookQuality>;
  /** The yearbook's glossary (empty when none was set). */
  getGlossary(yearbook: YearbookRecord): Glossary;
  /** Replaces the yearbook's glossary (already validated). */
  setGlossary(yearbook: YearbookRecord, glossary: Glossary): Promise<Glossary>;
}

/** What the quality service reads and writes. */
export interface QualityDeps {
  readEntryText: ReadEntryText;
  listNodes(yearbookId: string): Promise<NodeRecord[]>;
  saveGlossary(yearbookId: string, json: string): Promise<void>;
}

function parseGlossary(json: string | null): Glossary {
  if (!json) return { terms: [] };
  try {
    const g = JSON.parse(json) as Glossary;
    return Array.isArray(g?.terms) ? g : { terms: [] };
  } catch {
    return { terms: [] };
  }
}

function contextFor(yearbook: YearbookRecord, entry?: NodeRecord): CheckContext {
  return {
    recordYear: yearbook.recordYear,
    placeName: yearbook.placeName,
    glossary: parseGlossary(yearbook.glossary),
    plannedLength: entry?.plannedLength ?? null,
  };
}

function counts(findings: readonly Finding[]): NodeQuality['counts'] {
  const n = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** Worst first: the higher error rate, then more weighted errors, then more norm findings. */
function byWorst(a: NodeQuality, b: NodeQuality): number {
  return b.score.errorRate - a.score.errorRate || b.score.weightedErrors - a.score.weightedErrors || b.score.normCount - a.score.normCount;
}

/** Creates the quality service. */
export function createQualityService(deps: QualityDeps): QualityService {
  async function checkEntry(entry: NodeRecord, context: CheckContext) {
    const model = await deps.readEntryText(entry.id);
    // The stored document's own blocks, so table cells are checked as cells (rules.md).
    const doc = toCheckEntry(entry.title, model);
    const findings = check(doc, context);
    return { text: model.text, findings, charCount: entryCharCount(doc) };
  }

  return {
    checkText(input) {
      const doc = entryFromText(input.text, input.title ?? '');
      const context: CheckContext = { recordYear: input.recordYear, placeName: input.placeName, glossary: input.glossary };
      const findings = check(doc, context);
      return { findings, score: scoreFindings(findings, entryCharCount(doc)) };
    },

    async entryFindings(entry, yearbook) {
      const r = await checkEntry(entry, contextFor(yearbook, entry));
      return { findings: r.findings, score: scoreFindings(r.findings, r.charCount) };
    },

    async yearbookQuality(yearbook) {
      const nodes = (await deps.listNodes(yearbook.id)).filter((n) => n.deletedAt === null);
      const entries = nodes.filter((n) => n.kind === 'entry');
      const texts = new Map<string, EntryTextModel>();
      for (const e of entries) texts.set(e.id, await deps.readEntryText(e.id));
      // 重复记载 across entries: each sentence key → the title of the first entry holding it.
      const owners = new Map<string, { id: string; title: string }>();
      const keysOf = new Map<string, string[]>();
      for (const e of entries) {
        const keys = sentenceKeys(texts.get(e.id)?.text ?? '');
        keysOf.set(e.id, keys);
        for (const k of keys) if (!owners.has(k)) owners.set(k, { id: e.id, title: e.title });
      }
      const perEntry = new Map<string, { findings: Finding[]; charCount: number }>();
      for (const e of entries) {
        const others = new Map<string, string>();
        for (const k of keysOf.get(e.id) ?? []) {
          const owner = owners.get(k);
          if (owner && owner.id !== e.id) others.set(k, owner.title);
        }
        const doc = toCheckEntry(e.title, texts.get(e.id) ?? { text: '', blocks: [] });
        const findings = check(doc, { ...contextFor(yearbook, e), otherEntrySentences: others });
        perEntry.set(e.id, { findings, charCount: entryCharCount(doc) });
      }
      // Each node's entries: every entry counts toward all its ancestors.
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const under = new Map<string, Array<{ findings: Finding[]; charCount: number }>>();
      for (const e of entries) {
        const part = perEntry.get(e.id)!;
        for (let p = e.parentId ? byId.get(e.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
          let list = under.get(p.id);
          if (!list) under.set(p.id, (list = []));
          list.push(part);
        }
      }
      const quality = (n: NodeRecord, parts: Array<{ findings: Finding[]; charCount: number }>): NodeQuality => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        score: aggregateScores(parts),
        counts: counts(parts.flatMap((p) => p.findings)),
      });
      const all = [...perEntry.values()];
      return {
        yearbook: { id: yearbook.id, kind: 'yearbook', title: yearbook.title, score: aggregateScores(all), counts: counts(all.flatMap((p) => p.findings)) },
        categories: nodes.filter((n) => n.kind === 'category').map((n) => quality(n, under.get(n.id) ?? [])).sort(byWorst),
        sections: nodes.filter((n) => n.kind === 'section').map((n) => quality(n, under.get(n.id) ?? [])).sort(byWorst),
        entries: entries.map((e) => quality(e, [perEntry.get(e.id)!])).sort(byWorst),
      };
    },

    getGlossary(yearbook) {
      return parseGlossary(yearbook.glossary);
    },

    async setGlossary(yearbook, glossary) {
      await deps.saveGlossary(yearbook.id, JSON.stringify(glossary));
      return glossary;
    },
  };
}
