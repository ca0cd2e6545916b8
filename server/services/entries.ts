// Entry content for REST: the entry's outline fields plus its committed text, read through the
// injected reader (the collab engineer's DocPersistence) so REST and the editor agree.
import type { EntryTextModel } from '@shared/schema/text';
import type { NodeRecord } from '../storage/types';

/**
 * Reads an entry's committed content as shared/schema's text model (text + blocks with kinds),
 * with its length by code point.
 */
export type ReadEntryText = (entryId: string) => Promise<EntryTextModel & { length: number }>;

/** An entry with its text. */
export interface EntryWithText {
  entry: NodeRecord;
  text: string;
  length: number;
}

/** The entries service. */
export interface EntriesService {
  /** The live entry's text (the caller has resolved and authorized the node). */
  readEntry(entry: NodeRecord): Promise<EntryWithText>;
}

/** Creates the entries service. */
export function createEntriesService(deps: { readEntryText: ReadEntryText }): EntriesService {
  return {
    async readEntry(entry) {
      const { text, length } = await deps.readEntryText(entry.id);
      return { entry, text, length };
    },
  };
}
