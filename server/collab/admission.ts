// Who may open a socket on which document, decided once at the upgrade: Origin, schema version,
// session, then the user's right on the entry. A refusal is a close code, sent after accepting
// (a refused upgrade reaches the browser only as 1006 and the stock client retries forever).
import { CLOSE_CODES, parseEntryDocName } from '@shared/protocol';
import type { CollabAuth, CollabAuthHooks } from './hooks';

/** What the upgrade request says. */
export interface UpgradeRequestInfo {
  /** The document name from the path, e.g. `entry/abc`. */
  docName: string;
  cookie: string | undefined;
  origin: string | undefined;
  host: string | undefined;
  /** The client's `schema` URL parameter, if sent. */
  schemaParam: string | undefined;
}

/** The outcome: a connection to open, or a close code to accept-then-close with. */
export type Admission =
  | { ok: true; auth: CollabAuth; entryId: string; docName: string; access: 'read' | 'write' }
  | { ok: false; code: number; reason: string };

/** Decides on an upgrade request. Never throws: a failing hook refuses with a logged reason. */
export async function admit(info: UpgradeRequestInfo, hooks: CollabAuthHooks, schemaVersion: number): Promise<Admission> {
  if (!hooks.isOriginAllowed(info.origin, info.host)) return refuse(CLOSE_CODES.BAD_ORIGIN, 'origin not allowed');
  if (info.schemaParam !== undefined && info.schemaParam !== String(schemaVersion)) {
    return refuse(CLOSE_CODES.RELOAD, `schema ${schemaVersion} required`);
  }
  const entryId = parseEntryDocName(info.docName);
  try {
    const auth = await hooks.authenticate(info.cookie);
    if (!auth) return refuse(CLOSE_CODES.UNAUTHORIZED, 'no session');
    if (entryId === null) return refuse(CLOSE_CODES.NOT_FOUND, 'unknown document');
    const access = await hooks.authorize(auth.userId, entryId);
    if (access === 'missing') return refuse(CLOSE_CODES.NOT_FOUND, 'entry not found');
    if (access === 'none') return refuse(CLOSE_CODES.FORBIDDEN, 'not a member');
    return { ok: true, auth, entryId, docName: info.docName, access };
  } catch (err) {
    console.error(`[collab] admission of ${info.docName} failed`, err);
    return refuse(CLOSE_CODES.STORAGE_FAILED, 'server error');
  }
}

function refuse(code: number, reason: string): Admission {
  return { ok: false, code, reason };
}
