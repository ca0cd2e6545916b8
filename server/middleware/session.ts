// Reads the session cookie and sets `c.var.user` / `c.var.session` (null when signed out);
// `requireUser` answers 401 before validation runs, so anonymous callers learn nothing else.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { unauthorized } from '../errors';
import type { AppEnv } from './context';

/** The session cookie's name. */
export const SESSION_COOKIE = 'nianjian_session';

/** Looks up the session of the request's cookie. */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const found = await c.var.services.auth.authenticate(getCookie(c, SESSION_COOKIE));
  c.set('user', found?.user ?? null);
  c.set('session', found?.session ?? null);
  await next();
};

/** 401 unless signed in. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('user')) throw unauthorized();
  await next();
};

/** Sets the session cookie (HttpOnly, SameSite=Lax, Path=/). */
export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.var.settings.secureCookies,
    expires: new Date(expiresAt),
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.settings.secureCookies });
}

/**
 * The session token in a raw Cookie header (the collab upgrade reads it this way), or undefined.
 */
export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
