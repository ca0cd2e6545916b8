// GETs that index.html's start-up script sent before the app's code had loaded (see
// client/build/earlyStart.ts): the API client answers the page's first calls with them instead of
// asking again. Each is used once; a later call for the same path fetches afresh.

/** What the start-up script leaves on `window`. */
interface EarlyStart {
  responses: Record<string, Promise<Response> | undefined>;
  /** Asks for the code the script held back (see client/build/earlyStart.ts); idempotent. */
  preloadRest?: () => void;
}

declare global {
  interface Window {
    __nianjianEarly?: EarlyStart;
  }
}

/** The response the start-up script already asked for at `path`, once; undefined otherwise. */
export function takeEarlyResponse(path: string): Promise<Response> | undefined {
  const responses = typeof window === 'undefined' ? undefined : window.__nianjianEarly?.responses;
  const response = responses?.[path];
  if (response) delete responses[path];
  return response;
}
