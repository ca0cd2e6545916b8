// Reads a resource out of an answer body that is either the resource itself or wraps it under
// one key ({ user }, { yearbooks }); keeps the client working whichever the server chose.

/** Returns body[key] when the body is an object holding that key, else the body itself. */
export function unwrap<T>(body: unknown, key: string): T {
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && key in body) {
    return (body as Record<string, unknown>)[key] as T;
  }
  return body as T;
}
