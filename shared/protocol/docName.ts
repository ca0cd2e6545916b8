// The name of an entry's Y.Doc on the wire: `entry/<entryId>` (design.md: one doc per entry).

/** Prefix of every entry document name. */
export const ENTRY_DOC_PREFIX = 'entry/';

/** The document name of an entry. */
export function entryDocName(entryId: string): string {
  return ENTRY_DOC_PREFIX + entryId;
}

/** The entry id in a document name, or null when the name is not an entry document. */
export function parseEntryDocName(name: string): string | null {
  if (!name.startsWith(ENTRY_DOC_PREFIX)) return null;
  const id = name.slice(ENTRY_DOC_PREFIX.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/** The URL query parameter carrying the client's schema version. */
export const SCHEMA_VERSION_PARAM = 'schema';
