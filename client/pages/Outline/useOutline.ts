// The outline page's data: loads the tree, keeps it live over the yearbook's server-sent event
// stream (opened here only: one stream per tab would use up the browser's six connections),
// and reloads it on a 'reload' event or a version gap.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { OutlineNode } from '@shared/domain/types';
import { fetchOutline, outlineEventsUrl } from '@client/api/outline';
import { parseOutlineEvent } from './applyOutlineEvent';
import { INITIAL_OUTLINE_STATE, outlineReducer, type OutlineState } from './outlineReducer';

/** The state of the live connection. */
export type LiveStatus = 'connecting' | 'open' | 'closed';

/** What the page gets. */
export interface UseOutline extends OutlineState {
  live: LiveStatus;
  reload(): void;
  /** Applies a node the server just returned (the event with it may come later). */
  applyNode(node: OutlineNode): void;
  /** Removes nodes the server just deleted. */
  removeLocal(nodeIds: string[]): void;
}

const RECONNECT_MS = 3000;

/** Loads and follows the outline of one yearbook. */
export function useOutline(yearbookId: string): UseOutline {
  const [state, dispatch] = useReducer(outlineReducer, INITIAL_OUTLINE_STATE);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [streamGeneration, setStreamGeneration] = useState(0);

  const versionRef = useRef<number | undefined>(undefined);
  versionRef.current = state.model?.version;
  const ready = state.model !== null;

  // The event stream, opened once the outline is loaded and asking for what came after its
  // version (so nothing falls between). EventSource reconnects by itself (sending
  // Last-Event-ID); when it gives up (readyState CLOSED) we open a new one a little later.
  useEffect(() => {
    if (!ready) return;
    const es = new EventSource(outlineEventsUrl(yearbookId, versionRef.current), { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    setLive('connecting');
    es.onopen = () => setLive('open');
    es.onmessage = (msg: MessageEvent<string>) => {
      const event = parseOutlineEvent(msg.data);
      if (event) dispatch({ type: 'event', event });
    };
    es.onerror = () => {
      if (es.readyState === EventSource.CLOSED) {
        setLive('closed');
        timer = setTimeout(() => setStreamGeneration((n) => n + 1), RECONNECT_MS);
      } else {
        setLive('connecting');
      }
    };
    return () => {
      clearTimeout(timer);
      es.close();
    };
  }, [yearbookId, streamGeneration, ready]);

  // First load, and every reload the reducer asks for.
  const [loadRequest, setLoadRequest] = useState(0);
  useEffect(() => {
    let live = true;
    dispatch({ type: 'load-started' });
    fetchOutline(yearbookId).then(
      (response) => live && dispatch({ type: 'loaded', response }),
      (error) => live && dispatch({ type: 'load-failed', error }),
    );
    return () => {
      live = false;
    };
  }, [yearbookId, loadRequest]);

  useEffect(() => {
    if (state.needsReload && !state.loading) setLoadRequest((n) => n + 1);
  }, [state.needsReload, state.loading]);

  const reload = useCallback(() => setLoadRequest((n) => n + 1), []);
  const applyNode = useCallback((node: OutlineNode) => dispatch({ type: 'local-upsert', node }), []);
  const removeLocal = useCallback((nodeIds: string[]) => dispatch({ type: 'local-remove', nodeIds }), []);

  return { ...state, live, reload, applyNode, removeLocal };
}
