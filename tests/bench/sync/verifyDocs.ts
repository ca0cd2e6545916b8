// The benchmark's "nothing lost" check through fresh clients: after the run, each document read
// anew must hold every client's paragraph exactly as sent. Docs that fail are read once more after
// a pause, so a stale answer (a server bug worth knowing) is told apart from a lost edit.
import { readParagraphsWithProvider } from './hocuspocusRead';
import type { GeneratorDoc } from './protocol';
import { inBatches, readParagraphs } from './sockets';
import { createWire, type WireKind } from './wire';

/** What the fresh-client check found. */
export interface VerifyResult {
  docsChecked: number;
  docsOk: number;
  /** Paragraphs absent or shorter than sent, on the final read. */
  missingParagraphs: number;
  /** Docs that failed the first read but passed the second. */
  staleOnFirstRead: number;
  /** Docs that could not be read at all (handshake failure) on the final read. */
  readErrors: number;
  firstFailure: string | null;
}

type Outcome = { ok: true } | { ok: false; missing: number; error: boolean; detail: string };

async function checkDoc(wire: WireKind, d: GeneratorDoc, headers: Record<string, string>, expected: string[]): Promise<Outcome> {
  let have: string[];
  try {
    have = wire === 'hocuspocus' ? await readParagraphsWithProvider(d.url, d.name) : await readParagraphs(d.url, createWire(wire, d.name), headers);
  } catch (err) {
    return { ok: false, missing: 0, error: true, detail: `${d.name}: ${(err as Error).message}` };
  }
  const set = new Set(have);
  const missing = expected.filter((p) => p && !set.has(p));
  if (missing.length === 0) return { ok: true };
  const tag = missing[0].slice(0, missing[0].indexOf('〕') + 1);
  const found = have.find((p) => p.startsWith(tag));
  const detail = `${d.name}: ${missing.length} paragraph(s) short, e.g. ${tag} has ${found ? [...found].length : 'no paragraph'} of ${[...missing[0]].length} chars`;
  return { ok: false, missing: missing.length, error: false, detail };
}

/** Reads every doc through a fresh client and compares it with `expected[doc]`. */
export async function verifyDocs(wire: WireKind, docs: GeneratorDoc[], headers: Record<string, string>, expected: string[][], concurrency = 20): Promise<VerifyResult> {
  const out: VerifyResult = { docsChecked: docs.length, docsOk: 0, missingParagraphs: 0, staleOnFirstRead: 0, readErrors: 0, firstFailure: null };
  const first = await inBatches(docs, concurrency, (d, i) => checkDoc(wire, d, headers, expected[i]));
  const failed = docs.map((_, i) => i).filter((i) => !first[i].ok);
  if (failed.length) await new Promise((r) => setTimeout(r, 3000));
  const second = await inBatches(failed, concurrency, (i) => checkDoc(wire, docs[i], headers, expected[i]));
  const final = [...first];
  failed.forEach((i, j) => (final[i] = second[j]));
  for (let i = 0; i < docs.length; i++) {
    const f = final[i];
    if (f.ok) {
      out.docsOk++;
      if (!first[i].ok) out.staleOnFirstRead++;
      continue;
    }
    out.missingParagraphs += f.missing;
    if (f.error) out.readErrors++;
    out.firstFailure ??= f.detail;
  }
  if (!out.firstFailure && failed.length) {
    const f = first[failed[0]];
    if (!f.ok) out.firstFailure = `(first read only) ${f.detail}`;
  }
  return out;
}
