// Applies the outline's server-sent events in version order: the next version is applied, an
// old or repeated one is ignored, a gap or a 'reload' event asks for a fresh outline.
import type { OutlineEvent } from '@shared/domain/types';
import { type OutlineModel, patchNode, removeNodes, upsertNode } from './outlineModel';

/** What applying one event did. */
export type ApplyResult =
  | { kind: 'applied'; model: OutlineModel }
  | { kind: 'ignored'; model: OutlineModel }
  | { kind: 'reload'; model: OutlineModel };

/** Applies one event to the model (pure). */
export function applyOutlineEvent(model: OutlineModel, event: OutlineEvent): ApplyResult {
  if (event.version <= model.version) return { kind: 'ignored', model };
  if (event.version !== model.version + 1) return { kind: 'reload', model };
  let next: OutlineModel;
  switch (event.type) {
    case 'node-upserted':
      next = upsertNode(model, event.node);
      break;
    case 'node-deleted':
      next = removeNodes(model, event.nodeIds);
      break;
    case 'length-changed':
      next = patchNode(model, event.nodeId, { writtenLength: event.writtenLength });
      break;
    case 'node-restored':
      // The client holds no deleted nodes, so a restore is caught up by loading the outline.
      return { kind: 'reload', model };
    case 'reload':
      return { kind: 'reload', model };
    default:
      return { kind: 'reload', model };
  }
  return { kind: 'applied', model: { ...next, version: event.version } };
}

/** Parses one SSE `data:` payload; null when it is not an outline event. */
export function parseOutlineEvent(data: string): OutlineEvent | null {
  try {
    const value = JSON.parse(data) as Partial<OutlineEvent>;
    if (value && typeof value.type === 'string' && typeof value.version === 'number') return value as OutlineEvent;
  } catch {
    // A malformed frame is dropped; the next event's version gap triggers a reload.
  }
  return null;
}
