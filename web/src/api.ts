/**
 * The UI's only way to the data: typed fetches of the crosswire JSON API (src/api). Errors come back
 * as `{ code, message }` and are thrown as ApiFailure so pages can show the message as is.
 */

export interface Span { start: number; end: number }

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  language: string;
  script: string;
}

export interface MentionRecord { start: number; end: number; text: string; form: string }

export interface ArticleRecord {
  entities?: { id: string; type: string; name: string; mentions: MentionRecord[] }[];
  timexes?: { start: number; end: number; text: string; type: string; value: string }[];
  quotes?: { start: number; end: number; text: string; direct: boolean; speaker: { id: string; name: string } | null; via: { id: string; name: string } | null }[];
  events?: { type: string; source: string[]; target: string[]; date: string | null; evidence: { start: number; end: number; text: string } }[];
  story?: string | null;
  eventDate?: string | null;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  record: ArticleRecord;
}

export interface Page<T> { items: T[]; limit: number; offset: number; nextOffset: number | null }

export interface SearchHit extends ArticleSummary {
  score: number;
  snippet: { text: string; span: Span; highlights: Span[] };
}

export interface FacetCount { value: string; count: number }
export interface SearchResult extends Page<SearchHit> { facets: Record<'language' | 'source' | 'month', FacetCount[]> | null }

export interface Health { ok: boolean; articles: number; views: { stories: boolean; dossiers: boolean; framing: boolean }; writeToken: boolean; maxUploadBytes: number }

export interface EntityPage {
  id: string;
  type: string;
  name: string;
  names: Record<string, string[]>;
  description: string | null;
  roles: { role: string; of: string; ofName: string; start: string | null; end: string | null }[];
  appearances: (SearchHit & { matched: string })[];
}

export interface IngestJob {
  id: string;
  name: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  processed: number;
  articles: { id: string; status: string; title: string | null; language: string }[];
  rejected: { input: string; reason: string; detail: string }[];
  error: string | null;
}

/** An API error, with the server's code and message. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** GETs a JSON resource. */
export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const response = await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } });
  return readJson<T>(response);
}

async function readJson<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = (body ?? {}) as { code?: string; message?: string };
    throw new ApiFailure(response.status, error.code ?? 'HTTP_' + response.status, error.message ?? response.statusText);
  }
  return body as T;
}

/** The write token, kept for the browser tab only. */
export function getToken(): string {
  return sessionStorage.getItem('crosswire-token') ?? '';
}

export function setToken(token: string): void {
  sessionStorage.setItem('crosswire-token', token);
}

/**
 * Uploads one input for ingest with upload progress (XMLHttpRequest: fetch reports none), and
 * resolves with the queued job.
 */
export function uploadInput(name: string, body: Blob, onProgress: (fraction: number) => void): Promise<IngestJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/ingest?name=${encodeURIComponent(name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-crosswire-client', 'web');
    const token = getToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: { code?: string; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON: reported below with the status */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as IngestJob);
      else reject(new ApiFailure(xhr.status, body.code ?? `HTTP_${xhr.status}`, body.message ?? xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiFailure(0, 'NETWORK', 'The server could not be reached.'));
    xhr.send(body);
  });
}
