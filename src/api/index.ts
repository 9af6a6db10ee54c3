/**
 * The HTTP API and web UI server (`crosswire serve`). Re-exports only.
 */
export { createServer, DEFAULT_MAX_UPLOAD_BYTES, type ServerOptions } from './server.js';
export { ApiError, toErrorResponse, type ApiErrorCode, type ErrorBody } from './errors.js';
export { CLIENT_HEADER, isLoopback } from './security.js';
export { DEFAULT_WEB_ROOT } from './static.js';
export { createCorpusViews, type CorpusViews } from './views.js';
