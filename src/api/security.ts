import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

/**
 * Who may write, and what every response tells the browser. Articles are hostile input: the UI
 * renders them as text only, and the Content-Security-Policy below is the second line — no inline
 * script, no script from elsewhere — so an injected `<script>` cannot run even if a bug lets
 * markup through.
 */

/** Headers sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * The header write requests must carry. A custom header makes every cross-site write a CORS
 * "non-simple" request, which the browser preflights and this server never approves — so a page
 * on another site cannot post articles into a local store (CSRF), token or not.
 */
export const CLIENT_HEADER = 'x-crosswire-client';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/**
 * Guards write endpoints: the client header always, and the token when one is configured
 * (`Authorization: Bearer <token>`). Compared in constant time.
 */
export function createWriteGuard(token: string | null): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const expected = token ? Buffer.from(token) : null;
  return async (request) => {
    if (!request.headers[CLIENT_HEADER]) {
      throw new ApiError('UNAUTHORIZED', `Write requests need the header "${CLIENT_HEADER}" (any value); browsers add it only from the crosswire UI.`);
    }
    if (!expected) return;
    const given = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    const ok = given !== undefined && given.length === expected.length && timingSafeEqual(Buffer.from(given), expected);
    if (!ok) throw new ApiError('UNAUTHORIZED', 'This server requires a token for writes: send "Authorization: Bearer <token>" (the --token or CROSSWIRE_TOKEN it was started with).');
  };
}

/**
 * When bound to loopback, only Host headers naming loopback are served: a DNS-rebinding page
 * (evil.example resolving to 127.0.0.1) would send its own name and is refused.
 */
export function createHostGuard(boundHost: string): ((request: FastifyRequest) => Promise<void>) | null {
  if (!isLoopback(boundHost)) return null;
  return async (request) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (host !== '' && !isLoopback(host)) {
      throw new ApiError('UNAUTHORIZED', `Host "${host}" is not served: this server answers on loopback names only.`);
    }
  };
}
