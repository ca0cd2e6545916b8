// Yearbook roles (per yearbook; `admin` is a global account flag, not a role).

/** The roles a member can hold in one yearbook. */
export const ROLES = ['chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

/** Chinese labels of the roles, for the interface. */
export const ROLE_LABELS_ZH: Record<Role, string> = {
  'chief-editor': '主编',
  editor: '编辑',
  contributor: '撰稿人',
  reviewer: '审稿人',
  inspector: '质检',
};

/** Yearbook levels. */
export const LEVELS = ['province', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];

/** Outline node kinds. */
export const NODE_KINDS = ['category', 'section', 'entry'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
