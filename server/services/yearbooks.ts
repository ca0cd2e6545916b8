// Yearbooks (editions): listed for the caller with their role, created by an admin.
import type { Role } from '@shared/domain/roles';
import type { YearbookCreate } from '@shared/validation/yearbooks';
import type { Storage, YearbookRecord } from '../storage/types';
import type { Actor } from './access';
import { newId } from './ids';

/** A yearbook with the caller's role in it. */
export interface YearbookWithRole {
  yearbook: YearbookRecord;
  myRole: Role | null;
}

/** The yearbooks service. */
export interface YearbooksService {
  /** The yearbooks the actor is a member of (an admin: all), newest record year first. */
  listYearbooks(actor: Actor): Promise<YearbookWithRole[]>;
  /** Creates a yearbook with an empty outline. */
  createYearbook(input: YearbookCreate): Promise<YearbookRecord>;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Creates the yearbooks service. */
export function createYearbooksService(deps: { storage: Storage }): YearbooksService {
  const { storage } = deps;
  return {
    async listYearbooks(actor) {
      const yearbooks = actor.isAdmin ? await storage.yearbooks.list() : await storage.yearbooks.listForUser(actor.id);
      const withRoles = await Promise.all(
        yearbooks.map(async (yearbook) => ({
          yearbook,
          myRole: (await storage.members.find(yearbook.id, actor.id))?.role ?? null,
        })),
      );
      return withRoles.sort(
        (a, b) => b.yearbook.recordYear - a.yearbook.recordYear || collator.compare(a.yearbook.title, b.yearbook.title),
      );
    },
    async createYearbook(input) {
      const yearbook: YearbookRecord = {
        id: newId(),
        title: input.title,
        recordYear: input.recordYear,
        placeName: input.placeName,
        level: input.level,
        createdAt: new Date().toISOString(),
        outlineVersion: 0,
        glossary: null,
      };
      await storage.yearbooks.create(yearbook);
      return yearbook;
    },
  };
}
