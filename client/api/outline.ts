// The outline resource: the tree with its version, node changes, the recycle bin, the events URL.
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode, OutlineResponse, OutlineTreeNode } from '@shared/domain/types';
import { request } from './http';
import { unwrap } from './unwrap';

const yb = (id: string) => `/api/yearbooks/${encodeURIComponent(id)}`;
const nd = (id: string) => `/api/nodes/${encodeURIComponent(id)}`;

/** Input of a new node. */
export interface NodeCreateInput {
  parentId: string | null;
  kind: NodeKind;
  title: string;
  plannedLength?: number | null;
}

/** A change to one node: rename, planned length, move (parentId + position). */
export interface NodePatch {
  title?: string;
  parentId?: string | null;
  position?: number;
  plannedLength?: number | null;
}

/** The whole outline tree and its version. */
export async function fetchOutline(yearbookId: string): Promise<OutlineResponse> {
  return request<OutlineResponse>('GET', `${yb(yearbookId)}/outline`);
}

/** Creates a node; the server decides its final place and checks the structure. */
export async function createNode(yearbookId: string, input: NodeCreateInput): Promise<OutlineNode> {
  return unwrap<OutlineNode>(await request<unknown>('POST', `${yb(yearbookId)}/nodes`, { body: input }), 'node');
}

/** Renames, re-plans or moves a node. */
export async function updateNode(nodeId: string, patch: NodePatch): Promise<OutlineNode> {
  return unwrap<OutlineNode>(await request<unknown>('PATCH', nd(nodeId), { body: patch }), 'node');
}

/** Moves a node (and everything under it) to the recycle bin. */
export async function deleteNode(nodeId: string): Promise<void> {
  await request<unknown>('DELETE', nd(nodeId));
}

/** One group of the recycle bin: a deleted node with what was deleted together with it. */
export interface TrashItem {
  node: OutlineNode;
  children: OutlineTreeNode[];
  /** Entries (条目) in the group, the node included. */
  entryCount: number;
  /** False while the node's parent is itself in the bin (restore that first). */
  restorable: boolean;
}

/** The recycle bin of a yearbook, newest deletion first. */
export async function fetchTrash(yearbookId: string): Promise<TrashItem[]> {
  return unwrap<TrashItem[]>(await request<unknown>('GET', `${yb(yearbookId)}/trash`), 'items');
}

/** Restores a node from the recycle bin (with what was deleted together with it). */
export async function restoreNode(nodeId: string): Promise<void> {
  await request<unknown>('POST', `${nd(nodeId)}/restore`);
}

/** The URL of the outline's server-sent event stream; `since` replays what came after it. */
export function outlineEventsUrl(yearbookId: string, since?: number): string {
  return since === undefined ? `${yb(yearbookId)}/events` : `${yb(yearbookId)}/events?since=${since}`;
}
