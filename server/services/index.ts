// The domain services' public surface: one factory wiring them over storage and domain events.
import type { Storage } from '../storage/types';
import { createAccess, type Access } from './access';
import { createAuthService, type AuthService } from './auth';
import type { DomainEvents } from './domainEvents';
import { createEntriesService, type EntriesService, type ReadEntryText } from './entries';
import { createMembersService, type MembersService } from './members';
import { createOutlineService, type OutlineService } from './outline';
import { createQualityService, type QualityService } from './quality';
import { createUsersService, type UsersService } from './users';
import { createYearbooksService, type YearbooksService } from './yearbooks';

export type { Access, Actor, YearbookAction } from './access';
export type { ReadEntryText } from './entries';

/** Every service the routes use. */
export interface Services {
  access: Access;
  auth: AuthService;
  users: UsersService;
  yearbooks: YearbooksService;
  members: MembersService;
  outline: OutlineService;
  entries: EntriesService;
  /** The quality checker on the server: findings, scores, glossaries. */
  quality: QualityService;
  /** The in-process event bus (the outline event stream subscribes to it). */
  events: DomainEvents;
}

/** What the services are built from. */
export interface ServiceDeps {
  storage: Storage;
  events: DomainEvents;
  sessionTtlHours: number;
  /** Committed text of an entry (DocPersistence.readEntryText). */
  readEntryText: ReadEntryText;
  /** Failed sign-ins allowed per username in 15 minutes (default 10). */
  maxSignInFailures?: number;
  /** Minimum interval between two logged length events of one entry (default 2 s). */
  lengthThrottleMs?: number;
}

/** Builds the services. */
export function createServices(deps: ServiceDeps): Services {
  const { storage, events } = deps;
  return {
    access: createAccess(storage),
    auth: createAuthService({ storage, events, sessionTtlHours: deps.sessionTtlHours, maxSignInFailures: deps.maxSignInFailures }),
    users: createUsersService({ storage }),
    yearbooks: createYearbooksService({ storage }),
    members: createMembersService({ storage, events }),
    outline: createOutlineService({ storage, events, lengthThrottleMs: deps.lengthThrottleMs }),
    entries: createEntriesService({ readEntryText: deps.readEntryText }),
    quality: createQualityService({
      readEntryText: deps.readEntryText,
      listNodes: (yearbookId) => storage.nodes.listByYearbook(yearbookId),
      saveGlossary: (yearbookId, json) => storage.yearbooks.setGlossary(yearbookId, json),
    }),
    events,
  };
}
