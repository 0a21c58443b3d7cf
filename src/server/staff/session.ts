import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { Staff } from '../../api/staff.ts';
import type { Database, StaffRow } from '../db/schema.ts';
import { deleteSession, findSession, touchSession } from '../db/sessions.ts';
import { fail } from '../http/respond.ts';
import { staffOf } from './permissions.ts';

export interface SessionSettings {
  /** A session unused for this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  maxHours: number;
}

export type StaffVariables = { staff: Staff; staffId: number; sessionHash: string };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');

/**
 * Whether the request came over https: then the cookie is `__Host-` (Secure, Path=/, no Domain),
 * which no other site nor a subdomain can set or read. Behind a trusted proxy, its
 * X-Forwarded-Proto says.
 */
export function isHttps(context: Context, trustedProxies: number): boolean {
  if (new URL(context.req.url).protocol === 'https:') return true;
  return trustedProxies > 0 && context.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

const cookieName = (secure: boolean) => (secure ? '__Host-help-center-staff' : 'help-center-staff');

export function readSessionCookie(context: Context, trustedProxies: number): string | undefined {
  return getCookie(context, cookieName(isHttps(context, trustedProxies)));
}

export function writeSessionCookie(context: Context, token: string, trustedProxies: number, maxHours: number) {
  const secure = isHttps(context, trustedProxies);
  setCookie(context, cookieName(secure), token, {
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: '/',
    maxAge: maxHours * 3600,
  });
}

export function clearSessionCookie(context: Context, trustedProxies: number) {
  const secure = isHttps(context, trustedProxies);
  deleteCookie(context, cookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
}

/**
 * The live session a request carries: known to the database (so signing out or removing the
 * account ends it at once), used within the idle time, younger than the maximum. A session past
 * either is deleted, and the browser told to forget its cookie.
 */
export async function liveSession(
  context: Context,
  db: Kysely<Database>,
  settings: SessionSettings,
  trustedProxies: number,
  now: () => Date,
): Promise<{ hash: string; staff: StaffRow } | undefined> {
  const token = readSessionCookie(context, trustedProxies);
  if (!token) return undefined;
  const hash = hashToken(token);
  const session = await findSession(db, hash);
  const at = now().getTime();
  const ended =
    !session ||
    at - Date.parse(session.lastSeenAt) > settings.idleMinutes * 60_000 ||
    at - Date.parse(session.createdAt) > settings.maxHours * 3_600_000;
  if (ended) {
    if (session) await deleteSession(db, hash);
    clearSessionCookie(context, trustedProxies);
    return undefined;
  }
  // Counted once a minute, not on every request.
  if (at - Date.parse(session.lastSeenAt) > 60_000) await touchSession(db, hash, new Date(at).toISOString());
  return { hash, staff: session.staff };
}

/** Lets a request through only with a live session (401 otherwise), and says whose it is. */
export function requireStaff(
  db: Kysely<Database>,
  settings: SessionSettings,
  trustedProxies: number,
  now: () => Date,
): MiddlewareHandler<{ Variables: StaffVariables }> {
  return async (context, next) => {
    const session = await liveSession(context, db, settings, trustedProxies, now);
    if (!session) return fail(context, 401, { code: 'not-signed-in' });
    context.set('staff', staffOf(session.staff));
    context.set('staffId', session.staff.id);
    context.set('sessionHash', session.hash);
    await next();
  };
}

/**
 * State-changing staff requests must come from a page of the service's own origin: SameSite=Strict
 * keeps the cookie off cross-site requests, and this refuses any that still carry it (a form on
 * another site, a sibling subdomain). A request with no Origin at all is refused too.
 */
export function sameOriginOnly(): MiddlewareHandler {
  return async (context, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(context.req.method)) return next();
    const origin = context.req.header('origin');
    let host: string | undefined;
    try {
      host = origin ? new URL(origin).host : undefined;
    } catch {
      host = undefined;
    }
    const site = context.req.header('sec-fetch-site');
    if (!host || host !== context.req.header('host') || (site && site !== 'same-origin')) {
      return fail(context, 403, { code: 'origin-not-allowed' });
    }
    return next();
  };
}
