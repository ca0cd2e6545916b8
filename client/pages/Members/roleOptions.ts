// The role choices of a yearbook member, in the order of the editorial hierarchy.
import { ROLE_LABELS_ZH, ROLES } from '@shared/domain/roles';

/** antd Select options for roles (主编, 编辑, 撰稿人, 审稿人, 质检). */
export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS_ZH[r] }));
