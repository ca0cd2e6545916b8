// The yearbooks resource: the ones the caller may see, and creation (admin).
import type { Level } from '@shared/domain/roles';
import type { Yearbook } from '@shared/domain/types';
import { request } from './http';
import { unwrap } from './unwrap';

/** What the admin fills in to create a yearbook. */
export interface YearbookCreateInput {
  title: string;
  recordYear: number;
  placeName: string;
  level: Level;
}

/** The yearbooks the caller may see (all of them for an admin). */
export async function listYearbooks(): Promise<Yearbook[]> {
  return unwrap<Yearbook[]>(await request<unknown>('GET', '/api/yearbooks'), 'yearbooks');
}

/** One yearbook by id, looked up in the caller's list; null when not visible. */
export async function findYearbook(id: string): Promise<Yearbook | null> {
  return (await listYearbooks()).find((y) => y.id === id) ?? null;
}

/** Creates a yearbook (admin only). */
export async function createYearbook(input: YearbookCreateInput): Promise<Yearbook> {
  return unwrap<Yearbook>(await request<unknown>('POST', '/api/yearbooks', { body: input }), 'yearbook');
}
