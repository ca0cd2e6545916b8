// One pass over a block for the yearbook glossary: every full name, abbreviation and avoided
// term found, longest first (a full name swallows the abbreviations and old names inside it).
// Shared by abbreviation-before-full-name and glossary-term; built once per glossary object.

import type { Glossary } from '../../types';

/** What a glossary string is. */
export type GlossaryRole = 'full' | 'abbreviation' | 'avoid';

/** One occurrence of a glossary string in a text. */
export interface GlossaryHit {
  term: number;
  role: GlossaryRole;
  start: number;
  end: number;
  text: string;
}

interface Matcher {
  re: RegExp | null;
  roles: Map<string, { term: number; role: GlossaryRole }>;
}

const matchers = new WeakMap<Glossary, Matcher>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function build(glossary: Glossary): Matcher {
  const roles = new Map<string, { term: number; role: GlossaryRole }>();
  glossary.terms.forEach((t, term) => {
    // The first role a string gets wins: a full name is never re-read as another term's alias.
    const add = (s: string, role: GlossaryRole) => {
      if (s && !roles.has(s)) roles.set(s, { term, role });
    };
    add(t.full, 'full');
    for (const a of t.abbreviations) add(a, 'abbreviation');
    for (const a of t.avoid) add(a, 'avoid');
  });
  const keys = [...roles.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { re: keys.length > 0 ? new RegExp(keys.join('|'), 'g') : null, roles };
}

/** All glossary strings in `text`, left to right, without overlaps. */
export function findGlossaryHits(text: string, glossary: Glossary | undefined): GlossaryHit[] {
  if (!glossary || glossary.terms.length === 0) return [];
  let matcher = matchers.get(glossary);
  if (!matcher) matchers.set(glossary, (matcher = build(glossary)));
  const { re, roles } = matcher;
  if (!re) return [];
  const hits: GlossaryHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const r = roles.get(m[0])!;
    hits.push({ term: r.term, role: r.role, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}
