// The outline page's state machine (pure): the loaded model, events that arrive before the
// outline does, and the "reload needed" flag that a version gap or a 'reload' event sets.
import type { OutlineEvent, OutlineNode, OutlineResponse } from '@shared/domain/types';
import { applyOutlineEvent } from './applyOutlineEvent';
import { modelFromResponse, type OutlineModel, removeNodes, upsertNode } from './outlineModel';

/** The state behind the outline page. */
export interface OutlineState {
  model: OutlineModel | null;
  /** Events received while no outline is loaded yet (or while reloading); applied after load. */
  pending: OutlineEvent[];
  loading: boolean;
  needsReload: boolean;
  error: unknown;
}

/** Everything that changes it. */
export type OutlineAction =
  | { type: 'load-started' }
  | { type: 'loaded'; response: OutlineResponse }
  | { type: 'load-failed'; error: unknown }
  | { type: 'event'; event: OutlineEvent }
  | { type: 'reload-needed' }
  | { type: 'local-upsert'; node: OutlineNode }
  | { type: 'local-remove'; nodeIds: string[] };

/** The state before the first load. */
export const INITIAL_OUTLINE_STATE: OutlineState = { model: null, pending: [], loading: true, needsReload: false, error: null };

const MAX_PENDING = 500;

/** Applies events in order; stops at the first that asks for a reload. */
function applyAll(model: OutlineModel, events: OutlineEvent[]): { model: OutlineModel; reload: boolean } {
  let m = model;
  for (const e of [...events].sort((a, b) => a.version - b.version)) {
    const r = applyOutlineEvent(m, e);
    if (r.kind === 'reload') return { model: m, reload: true };
    m = r.model;
  }
  return { model: m, reload: false };
}

/** The reducer. */
export function outlineReducer(state: OutlineState, action: OutlineAction): OutlineState {
  switch (action.type) {
    case 'load-started':
      return { ...state, loading: true, needsReload: false };
    case 'loaded': {
      const { model, reload } = applyAll(modelFromResponse(action.response), state.pending);
      return { model, pending: [], loading: false, needsReload: reload, error: null };
    }
    case 'load-failed':
      return { ...state, loading: false, error: action.error };
    case 'event': {
      if (!state.model || state.loading) {
        // Too many while waiting means the load is stuck; the reload after it catches up anyway.
        const pending = state.pending.length < MAX_PENDING ? [...state.pending, action.event] : state.pending;
        return { ...state, pending };
      }
      const r = applyOutlineEvent(state.model, action.event);
      if (r.kind === 'reload') return { ...state, needsReload: true };
      if (r.kind === 'ignored') return state;
      return { ...state, model: r.model };
    }
    case 'reload-needed':
      return state.loading ? state : { ...state, needsReload: true };
    case 'local-upsert':
      return state.model ? { ...state, model: upsertNode(state.model, action.node) } : state;
    case 'local-remove':
      return state.model ? { ...state, model: removeNodes(state.model, action.nodeIds) } : state;
    default:
      return state;
  }
}
