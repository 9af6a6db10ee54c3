import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { CrosswireError, type ErrorCode } from '../errors.js';

/**
 * The HTTP error boundary (STYLE 11): every failure leaves the server as JSON `{ code, message }`
 * with a status chosen here and nowhere else. Catalogued `CrosswireError` codes map to statuses;
 * HTTP-only conditions (not found, not implemented yet, unauthorised, too large) are `ApiError`s.
 */

/** Codes that exist only at the HTTP boundary. */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'NOT_IMPLEMENTED'
  | 'UNAUTHORIZED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INVALID_REQUEST'
  | 'INTERNAL';

const API_STATUS: Record<ApiErrorCode, number> = {
  NOT_FOUND: 404,
  NOT_IMPLEMENTED: 501,
  UNAUTHORIZED: 401,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_REQUEST: 400,
  INTERNAL: 500,
};

// Catalogue codes that are the caller's fault are 4xx; the rest are the server's (500).
const CATALOGUE_STATUS: Partial<Record<ErrorCode, number>> = {
  INVALID_ARGUMENT: 400,
  LANGUAGE_NOT_SUPPORTED: 400,
  INPUT_NOT_FOUND: 404,
};

/** An error raised by a route; its code decides the status. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
}

/** Maps any thrown value to a status and body. Unknown errors hide their message (it may leak internals). */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) return { status: API_STATUS[error.code], body: { code: error.code, message: error.message } };
  if (error instanceof CrosswireError) {
    return { status: CATALOGUE_STATUS[error.code] ?? 500, body: { code: error.code, message: error.message } };
  }
  if (error instanceof ZodError) return { status: 400, body: { code: 'INVALID_REQUEST', message: describeZodError(error) } };
  const fastify = error as Partial<FastifyError>;
  if (typeof fastify.statusCode === 'number' && typeof fastify.code === 'string') {
    return fromFastifyError(fastify as FastifyError);
  }
  return { status: 500, body: { code: 'INTERNAL', message: 'Unexpected server error; see the server log.' } };
}

// Fastify's own errors (body parsing, size limits, content types) keep their status; the code
// becomes one of ours so clients see one vocabulary.
function fromFastifyError(error: FastifyError): { status: number; body: ErrorBody } {
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: `Request body too large: ${error.message}. Split the upload or raise --max-upload.` } };
  }
  if (status === 415) return { status, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: error.message } };
  if (status >= 400 && status < 500) return { status, body: { code: 'INVALID_REQUEST', message: error.message } };
  return { status: 500, body: { code: 'INTERNAL', message: 'Unexpected server error; see the server log.' } };
}

/** One line per issue, naming the parameter: `limit: Too big: expected number to be <=1000`. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`).join('; ');
}

/** Fastify `setErrorHandler` body: logs server faults, answers with `{ code, message }`. */
export function onError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorResponse(error);
  if (status >= 500 && status !== 501) request.log.error({ err: error }, 'request failed');
  void reply.status(status).type('application/json; charset=utf-8').send(body);
}
