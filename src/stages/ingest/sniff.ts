import { extname } from 'node:path';
import { fail, type Failure } from './failure.js';

/**
 * Chooses the reader for an input: by extension, corrected by the content when the extension is
 * missing (standard input, odd names) or lies (a `.txt` that is an HTML page, a `.html` that is
 * a feed). Only strong content signals override an extension: a document root element or JSON.
 */

/** The readers ingest has. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'feed' | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl',
};

/** What the start of the content says it is. */
type ContentKind = 'feed' | 'html-document' | 'other-xml' | 'markup' | 'json' | 'text';

// Prolog items that may precede the root element: XML declaration, comments, doctype, PIs.
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i;
const ROOT_TAG = /^<([A-Za-z][\w:.-]*)/;
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);
const HTML_ROOTS = new Set(['html', 'head', 'body']);
// How much of the start is inspected: enough for a long XML prolog with comments.
const SNIFF_CHARS = 4096;

function sniffContent(text: string): { kind: ContentKind; root: string | null } {
  const head = text.slice(0, SNIFF_CHARS).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return { kind: 'json', root: null };
  if (!head.startsWith('<')) return { kind: 'text', root: null };
  const prolog = PROLOG.exec(head)![0];
  const root = ROOT_TAG.exec(head.slice(prolog.length))?.[1]?.toLowerCase() ?? null;
  if (root && FEED_ROOTS.has(root)) return { kind: 'feed', root };
  if ((root && HTML_ROOTS.has(root)) || /<!doctype\s+html/i.test(prolog)) return { kind: 'html-document', root };
  if (/^<\?xml/i.test(head)) return { kind: 'other-xml', root };
  return { kind: 'markup', root };
}

/**
 * Picks the format of an input from its path (`-` for standard input) and decoded text.
 * @example detectFormat('page.txt', '<!DOCTYPE html><html>…') // 'html'
 */
export function detectFormat(path: string, text: string): InputFormat | Failure {
  const byExtension = path === '-' ? undefined : BY_EXTENSION[extname(path).toLowerCase()];
  const plain = byExtension === 'text' || byExtension === 'markdown';
  const { kind, root } = sniffContent(text);
  switch (kind) {
    case 'feed':
      return 'feed';
    case 'html-document':
      return 'html';
    case 'other-xml':
      return plain ? byExtension : fail('unsupported', `XML with root <${root ?? '?'}> is neither an RSS nor an Atom feed`);
    case 'json':
      return plain ? byExtension : 'jsonl';
    case 'markup':
      return byExtension ?? 'html';
    case 'text':
      return byExtension ?? 'text';
  }
}
