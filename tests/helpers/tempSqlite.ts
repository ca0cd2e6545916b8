// A temporary data directory for a real SQLite file, removed after the test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary directory and how to remove it. */
export interface TempDataDir {
  dir: string;
  remove(): Promise<void>;
}

/** Creates an empty directory under the OS temp dir (pass it as `dataDir`). */
export async function createTempDataDir(prefix = 'nianjian-test-'): Promise<TempDataDir> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
