// Entry with its text → API JSON.
import type { EntryContent } from '@shared/domain/types';
import type { EntryWithText } from '../services/entries';

/** The API view of an entry's content. */
export function presentEntry({ entry, text, length }: EntryWithText): EntryContent {
  return { id: entry.id, yearbookId: entry.yearbookId, title: entry.title, plannedLength: entry.plannedLength, text, length };
}
