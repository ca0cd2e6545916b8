// The shapes the API returns (JSON), shared by the server's presenters and the client.
import type { Level, NodeKind, Role } from './roles';

/** A signed-in or listed user. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  isAdmin: boolean;
  createdAt: string;
}

/** A yearbook (one edition, recording one year of one place). */
export interface Yearbook {
  id: string;
  title: string;
  recordYear: number;
  placeName: string;
  level: Level;
  createdAt: string;
  /** The caller's role in it; null for an admin who is not a member. */
  myRole: Role | null;
}

/** A member of a yearbook with their role. */
export interface Member {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
}

/** One node of the outline (篇目) as a flat row. */
export interface OutlineNode {
  id: string;
  yearbookId: string;
  parentId: string | null;
  kind: NodeKind;
  title: string;
  /** Position among its siblings, 0-based and dense. */
  position: number;
  /** Planned length in characters (计划字数); entries only. */
  plannedLength: number | null;
  /** Written length in characters (code points), kept up to date as the entry changes. */
  writtenLength: number;
  deletedAt: string | null;
}

/** The outline as an ordered tree. */
export interface OutlineTreeNode extends OutlineNode {
  children: OutlineTreeNode[];
}

/** `GET /api/yearbooks/:id/outline`. */
export interface OutlineResponse {
  yearbookId: string;
  /** Per-yearbook outline version; equals the last event id of the event stream. */
  version: number;
  nodes: OutlineTreeNode[];
}

/** `GET /api/entries/:id`. */
export interface EntryContent {
  id: string;
  yearbookId: string;
  title: string;
  plannedLength: number | null;
  text: string;
  length: number;
}

/** One event on `GET /api/yearbooks/:id/events` (SSE `data:`, with `id:` = version). */
export type OutlineEvent =
  | { type: 'node-upserted'; version: number; node: OutlineNode }
  | { type: 'node-deleted'; version: number; nodeIds: string[] }
  | { type: 'node-restored'; version: number; nodeIds: string[] }
  | { type: 'length-changed'; version: number; nodeId: string; writtenLength: number }
  | { type: 'reload'; version: number };

/** The error body of every 4xx/5xx answer. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}
