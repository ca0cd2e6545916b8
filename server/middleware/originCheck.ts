// The Origin check shared by HTTP mutations and the collab WebSocket upgrade: a browser request
// must come from this server's public origin or the allow-list. Pure, so both transports use it.

/** What the check compares against (from config). */
export interface OriginPolicy {
  /** The server's public origin, e.g. `https://nianjian.example.cn`; when absent the Host header decides. */
  publicOrigin?: string;
  /** Further allowed origins (e.g. the Vite dev server `http://localhost:5173`). */
  allowedOrigins: readonly string[];
}

/** Normalizes an origin (`scheme://host[:port]`, default ports dropped); null when unparsable. */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * True when a request with this Origin header may proceed.
 * - No Origin header at all: a non-browser client (curl, tests) — allowed; browsers always send
 *   Origin on cross-origin and on mutating requests, so this does not open a CSRF hole.
 * - `Origin: null` (sandboxed frames, file://) and unparsable values: refused.
 * - Otherwise the origin must equal the public origin (or, when none is configured, have the same
 *   host and port as the Host header) or be on the allow-list.
 */
export function isOriginAllowed(origin: string | undefined, host: string | undefined, policy: OriginPolicy): boolean {
  if (origin === undefined) return true;
  const normalized = normalizeOrigin(origin);
  if (normalized === null) return false;
  for (const allowed of policy.allowedOrigins) {
    if (normalizeOrigin(allowed) === normalized) return true;
  }
  if (policy.publicOrigin) return normalizeOrigin(policy.publicOrigin) === normalized;
  if (!host) return false;
  return new URL(normalized).host === normalizeHost(host, new URL(normalized).protocol);
}

/** The Host header as URL.host would render it for this scheme (default port dropped, lowercase). */
function normalizeHost(host: string, protocol: string): string | null {
  try {
    return new URL(`${protocol}//${host.trim()}`).host.toLowerCase();
  } catch {
    return null;
  }
}
