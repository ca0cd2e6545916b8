// A better-sqlite3 handle for Kysely's SqliteDialect that reuses prepared statements. Kysely's
// SQLite driver prepares every query anew; the sync pipeline runs the same INSERT for every
// batch, and preparing it each time was a fifth of the commit's cost in the sync benchmark.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; the app has a few dozen, IN lists vary with their length. */
const DEFAULT_CAPACITY = 256;

/**
 * Wraps `db` so that `prepare(sql)` returns the cached statement for the same text (least
 * recently used evicted beyond `capacity`). Safe because Kysely runs one query at a time on its
 * single SQLite connection and never keeps a statement iterating across queries.
 */
export function withStatementCache(db: BetterSqlite3.Database, capacity = DEFAULT_CAPACITY): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached) {
        // Re-insert to mark it recently used (Map keeps insertion order).
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = db.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
