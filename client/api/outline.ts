// The outline resource: the tree with its version, node changes, the recycle bin, the events URL.
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode, OutlineResponse } from '@shared/domain/types';
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

/** The recycle bin: nodes deleted from this yearbook (each the root of what went with it). */
export async function fetchTrash(yearbookId: string): Promise<OutlineNode[]> {
  return unwrap<OutlineNode[]>(await request<unknown>('GET', `${yb(yearbookId)}/trash`), 'nodes');
}

/** Restores a node from the recycle bin (with what was deleted together with it). */
export async function restoreNode(nodeId: string): Promise<void> {
  await request<unknown>('POST', `${nd(nodeId)}/restore`);
}

/** The URL of the outline's server-sent event stream. */
export function outlineEventsUrl(yearbookId: string): string {
  return `${yb(yearbookId)}/events`;
}
