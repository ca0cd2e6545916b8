// The browser's offline copy of an entry (y-indexeddb), keyed by user so that one person's unsent
// edits never reach another account on the same browser; cleared at sign-out (design.md).
import { entryDocName } from '@shared/protocol';

const PREFIX = 'nianjian:';

/** The IndexedDB database name of a user's copy of an entry: `nianjian:<userId>:entry/<id>`. */
export function offlineCopyName(userId: string, entryId: string): string {
  return `${PREFIX}${userId}:${entryDocName(entryId)}`;
}

/** Deletes every offline entry copy of the user (sign-out). Resolves when all are gone. */
export async function clearOfflineCopies(userId: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const own = `${PREFIX}${userId}:`;
  const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => !!n && n.startsWith(own));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = req.onerror = () => resolve();
          // An open editor tab holds the database; the deletion completes once it closes.
          req.onblocked = () => resolve();
        }),
    ),
  );
}
