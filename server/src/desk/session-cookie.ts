/**
 * The desk's session cookie and the check that a state-changing request comes from the desk's own
 * pages. The cookie is HttpOnly and SameSite=Strict, Secure when PUBLIC_URL is https, and limited
 * to /desk/; Origin is checked on top of SameSite for every POST.
 */
import type { FastifyRequest } from 'fastify';
import { SESSION_HOURS } from './sign-in.js';

export const SESSION_COOKIE = 'itc_desk';

/** The session cookie's value in a request, if any. */
export function sessionCookie(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

const attributes = (publicUrl: string) => `Path=/desk/; HttpOnly; SameSite=Strict${publicUrl.startsWith('https:') ? '; Secure' : ''}`;

export const setSessionCookie = (value: string, publicUrl: string) => `${SESSION_COOKIE}=${value}; Max-Age=${SESSION_HOURS * 3600}; ${attributes(publicUrl)}`;

export const clearSessionCookie = (publicUrl: string) => `${SESSION_COOKIE}=; Max-Age=0; ${attributes(publicUrl)}`;

/**
 * Whether the request's Origin is this server: PUBLIC_URL's origin, or the origin the request was
 * addressed to (the server reached by another name, as in tests and behind a proxy that keeps Host).
 * A request without Origin is refused: browsers send it with every POST.
 */
export function fromOwnOrigin(request: FastifyRequest, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return false;
  return origin === new URL(publicUrl).origin || origin === `${request.protocol}://${request.host}`;
}
