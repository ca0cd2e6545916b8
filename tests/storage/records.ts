// Record factories for the storage suites: valid records with unique ids, fields overridable.
import { randomUUID } from 'node:crypto';
import type { NodeRecord, UserRecord, YearbookRecord } from '@server/storage/types';

/** A fresh id. */
export function newId(): string {
  return randomUUID();
}

/** A valid user with a unique username. */
export function makeUser(overrides: Partial<UserRecord> = {}): UserRecord {
  const id = newId();
  return {
    id,
    username: `user-${id.slice(0, 8)}`,
    displayName: '张三',
    passwordHash: 'scrypt$salt$hash',
    isAdmin: false,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/** A valid yearbook at outline version 0. */
export function makeYearbook(overrides: Partial<YearbookRecord> = {}): YearbookRecord {
  return {
    id: newId(),
    title: '成都年鉴（2024）',
    recordYear: 2023,
    placeName: '成都市',
    level: 'city',
    createdAt: new Date().toISOString(),
    outlineVersion: 0,
    glossary: null,
    ...overrides,
  };
}

/** A valid live outline node of `yearbookId`. */
export function makeNode(yearbookId: string, overrides: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id: newId(),
    yearbookId,
    parentId: null,
    kind: 'category',
    title: '综述',
    position: 0,
    plannedLength: null,
    writtenLength: 0,
    deletedAt: null,
    deletedWith: null,
    ...overrides,
  };
}
