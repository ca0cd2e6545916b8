// The layering of style.md, enforced: which folders may import what. A cheap stand-in for a
// per-folder lint import restriction, reading the import specifiers of every source file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
    // `import type` cannot create a runtime dependency; the client may import the server's AppType.
    if (/^\s*(?:import|export)\s+type\s/.test(m[0].trim())) continue;
    specs.push(m[1]);
  }
  for (const m of src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

/** folder → forbidden import patterns, with the reason shown on failure. */
const RULES: Array<{ folder: string; forbid: RegExp; why: string }> = [
  { folder: 'shared', forbid: /^(@server|@client)\/|^node:|^(fs|path|ws|better-sqlite3|pg|kysely|hono)$/, why: 'shared/ runs in the browser and on the server' },
  { folder: 'server/routes', forbid: /storage\/kysely|^kysely$|^better-sqlite3$|^pg$|^ws$|^y-protocols/, why: 'routes call services, never storage or sockets' },
  { folder: 'server/services', forbid: /^hono(\/|$)|^@hono\/|^ws$|^y-protocols|storage\/kysely|^kysely$|\/routes\/|\/collab\//, why: 'services know neither HTTP nor sockets nor SQL' },
  { folder: 'server/collab', forbid: /storage\/kysely|^kysely$|\/routes\//, why: 'collab is a transport over services' },
  { folder: 'client', forbid: /^@server\/|^node:/, why: 'the client imports shared/ and only types from the server' },
];

describe('layering', () => {
  for (const rule of RULES) {
    it(`${rule.folder}: ${rule.why}`, () => {
      let files: string[];
      try {
        files = sourceFiles(join(ROOT, rule.folder));
      } catch {
        return; // folder not there yet
      }
      const offences = files.flatMap((f) =>
        importsOf(f).filter((s) => rule.forbid.test(s)).map((s) => `${relative(ROOT, f)} imports ${s}`),
      );
      expect(offences).toEqual([]);
    });
  }

  it('only server/storage imports kysely or a database driver', () => {
    const offences = sourceFiles(join(ROOT, 'server'))
      .filter((f) => !relative(ROOT, f).startsWith('server/storage'))
      .flatMap((f) => importsOf(f).filter((s) => /^(kysely|better-sqlite3|pg)$/.test(s)).map((s) => `${relative(ROOT, f)} imports ${s}`));
    expect(offences).toEqual([]);
  });
});
