// The entries resource: an entry's committed text and length (read-only over REST).
import type { EntryContent } from '@shared/domain/types';
import { dataPath, PAGE_ROUTES } from '@client/pageRoutes';
import { request } from './http';

/** An entry's title, planned length and committed text. */
export async function fetchEntry(entryId: string): Promise<EntryContent> {
  // The path index.html's start-up script asks for ahead on /entries/:id, encoded the same way.
  return request<EntryContent>('GET', dataPath(PAGE_ROUTES.entry.data[0], entryId));
}
