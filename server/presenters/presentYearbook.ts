// Yearbook record (+ the caller's role) → API JSON.
import type { Role } from '@shared/domain/roles';
import type { Yearbook } from '@shared/domain/types';
import type { YearbookRecord } from '../storage/types';

/** The API view of a yearbook. */
export function presentYearbook(y: YearbookRecord, myRole: Role | null): Yearbook {
  return {
    id: y.id,
    title: y.title,
    recordYear: y.recordYear,
    placeName: y.placeName,
    level: y.level,
    createdAt: y.createdAt,
    myRole,
  };
}
