// One yearbook (for its title and the caller's role) and what the caller may do in it.
import type { Yearbook } from '@shared/domain/types';
import { ApiError } from '@client/api/http';
import { findYearbook } from '@client/api/yearbooks';
import { useSession } from './useSession';
import { type ApiData, useApiData } from './useApiData';

/** Loads the yearbook; a yearbook the caller cannot see is a 404 ApiError. */
export function useYearbook(yearbookId: string): ApiData<Yearbook> {
  return useApiData(async () => {
    const yb = await findYearbook(yearbookId);
    if (!yb) throw new ApiError(404, 'not-found', '找不到这本年鉴，或您不是它的成员');
    return yb;
  }, [yearbookId]);
}

/** What the signed-in user may do in a yearbook (the server decides; this only hides buttons). */
export interface YearbookPermissions {
  /** Add, rename, move and delete outline nodes; restore from the recycle bin. */
  canEditOutline: boolean;
  /** Add people and set roles. */
  canManageMembers: boolean;
}

/** The permissions of the signed-in user in `yearbook`. */
export function useYearbookPermissions(yearbook: Yearbook | undefined): YearbookPermissions {
  const { user } = useSession();
  const role = yearbook?.myRole ?? null;
  const isAdmin = Boolean(user?.isAdmin);
  // Mirrors the server's policy table (services/access.ts): outline.edit and members.manage.
  return {
    canEditOutline: isAdmin || role === 'chief-editor' || role === 'editor',
    canManageMembers: isAdmin || role === 'chief-editor',
  };
}
