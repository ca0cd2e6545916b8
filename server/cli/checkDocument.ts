// Checks one read document with the shared checker and locates each finding in the file.

import { check, type CheckContext, type Finding } from '@shared/checker';
import { scoreFindings, entryCharCount, type QualityScore } from '@shared/checker/score';
import type { ReadDocument, SourcePosition } from './readDocument';

/** A finding with its place in the file. */
export type LocatedFinding = Finding & { position: SourcePosition };

/** The result for one file. */
export interface FileReport {
  file: string;
  findings: LocatedFinding[];
  score: QualityScore;
}

/** Runs every rule over the document as one entry (its paragraphs as blocks) and scores it. */
export function checkDocument(file: string, doc: ReadDocument, context: CheckContext): FileReport {
  const entry = { title: '', blocks: doc.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) };
  const findings = check(entry, context);
  const starts: number[] = [];
  let offset = 0;
  for (const p of doc.paragraphs) {
    starts.push(offset);
    offset += p.length + 1;
  }
  let b = 0;
  const located = findings.map((f) => {
    while (b + 1 < starts.length && starts[b + 1] <= f.start) b++;
    while (b > 0 && starts[b] > f.start) b--;
    return { ...f, position: doc.locate(b, f.start - starts[b]) };
  });
  return { file, findings: located, score: scoreFindings(findings, entryCharCount(entry)) };
}
