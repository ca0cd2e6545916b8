// In-process domain events: services announce what changed; transports (the collab socket
// registry, the outline event stream) subscribe. Services never know about sockets or HTTP.
import { EventEmitter } from 'node:events';
import type { OutlineEvent } from '@shared/domain/types';

/** The events and their payloads. */
export interface DomainEventMap {
  /** A session ended (sign-out, revocation or expiry): its sockets must close (4401). */
  'session-revoked': { sessionId: string; userId: string };
  /** A member's role changed or they were removed (role null): re-check their sockets (4403). */
  'membership-changed': { yearbookId: string; userId: string; role: string | null };
  /** An outline change was committed with this event (already carrying its version). */
  'outline-changed': { yearbookId: string; event: OutlineEvent };
  /** Entries went to the recycle bin: their open sockets close (4404). */
  'entries-deleted': { yearbookId: string; entryIds: string[] };
}

export type DomainEventName = keyof DomainEventMap;

/** A small typed wrapper over EventEmitter; listeners run synchronously in emit order. */
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every open outline page and collab registry subscribes; there is no leak to warn about.
    this.emitter.setMaxListeners(0);
  }

  /** Announces an event to every listener. A failing listener is logged, never propagated. */
  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    for (const listener of this.emitter.listeners(name)) {
      try {
        (listener as (p: DomainEventMap[K]) => void)(payload);
      } catch (err) {
        console.error(`[events] listener for ${name} failed`, err);
      }
    }
  }

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends DomainEventName>(name: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
