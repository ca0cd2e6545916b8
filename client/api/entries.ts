// The entries resource: an entry's committed text and length (read-only over REST).
import type { EntryContent } from '@shared/domain/types';
import { request } from './http';

/** An entry's title, planned length and committed text. */
export async function fetchEntry(entryId: string): Promise<EntryContent> {
  return request<EntryContent>('GET', `/api/entries/${encodeURIComponent(entryId)}`);
}
