// A throwaway PostgreSQL database per test run: created through the `postgres` maintenance
// database, dropped afterwards. When the server does not answer, suites skip with a notice
// (or fail when CI=true).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The maintenance database; NIANJIAN_TEST_PG_URL overrides it. */
export const PG_ADMIN_URL = process.env.NIANJIAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A created database: its URL and how to drop it. */
export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * True when PostgreSQL answers. When it does not: with CI=true this throws (a missing service
 * fails CI); otherwise it prints a notice naming `suite` and returns false so the caller skips.
 */
export async function probePostgres(suite: string): Promise<boolean> {
  try {
    await withAdmin((client) => client.query('SELECT 1'));
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') throw new Error(`PostgreSQL at ${PG_ADMIN_URL} is required in CI: ${reason}`);
    console.warn(`[${suite}] PostgreSQL at ${PG_ADMIN_URL} is not answering (${reason}); skipping its tests.`);
    return false;
  }
}

/** Creates an empty database `nianjian_test_<random>` and returns its URL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `nianjian_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
