import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { removeBoilerplate } from './boilerplate.js';
import { fail, type Failure } from './failure.js';
import { readHtmlMetadata, type MetaDocument } from './html-meta.js';
import { nodeToText, type DomNode } from './html-text.js';
import type { ArticleFields } from './record.js';

/**
 * HTML → article: metadata from the head, main text by Mozilla Readability over a linkedom DOM
 * (linkedom support since readability PR #677), rendered with paragraph breaks by html-text.ts.
 * When Readability finds nothing (tiny or odd pages), the body minus page chrome is used.
 */

/** The part of a linkedom document this module uses. */
interface HtmlDocument extends MetaDocument {
  readonly body: (DomNode & { querySelectorAll(selector: string): ArrayLike<{ remove(): void }> }) | null;
}

// Page chrome dropped when falling back to the whole body.
const CHROME = 'nav, header, footer, aside, form, script, style, noscript, [role="navigation"], [role="banner"], [role="contentinfo"]';
const HAS_DOCUMENT_ROOT = /<(html|body)[\s>]/i;
const MEANINGFUL = /[\p{L}\p{N}]/u;
// Below this many code units, Readability's pick is checked against the chrome-less body.
const SHORT_TEXT = 500;

function parse(html: string): HtmlDocument | null {
  // linkedom builds a broken tree for fragments without <html>, so wrap them as a document.
  const source = HAS_DOCUMENT_ROOT.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: HtmlDocument };
  return document.documentElement && document.body ? document : null;
}

/**
 * Parses HTML into a document, tolerating truncation: a tag cut in the middle is dropped, and
 * when no tree can be built at all, the markup is parsed again as a fragment (and, failing that,
 * an empty document stands in, so callers always get a tree).
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  const lastOpen = html.lastIndexOf('<');
  const cut = lastOpen > html.lastIndexOf('>') ? html.slice(0, lastOpen) : html;
  return parse(html) ?? parse(cut) ?? parse(cut.replace(/<\/?(html|head|body)[^>]*>/gi, '')) ?? parse('')!;
}

/** Renders an HTML fragment (a feed item's content) as paragraphs, without Readability. */
export function fragmentToText(html: string): string {
  const body = parseHtmlDocument(html).body;
  return body ? nodeToText(body) : '';
}

interface ReadableArticle {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly text: string;
}

function runReadability(doc: HtmlDocument): ReadableArticle | null {
  try {
    const result = new Readability<DomNode>(doc as never, { serializer: (node: unknown) => node as DomNode }).parse();
    if (!result?.content) return null;
    return { title: result.title?.trim() || null, siteName: result.siteName?.trim() || null, text: nodeToText(result.content) };
  } catch {
    // Readability throws on some malformed trees; the body fallback below still applies.
    return null;
  }
}

function bodyWithoutChrome(html: string): string {
  const body = parseHtmlDocument(html).body;
  if (!body) return '';
  const chrome = body.querySelectorAll(CHROME);
  for (let i = chrome.length - 1; i >= 0; i--) chrome[i]!.remove();
  return nodeToText(body);
}

/**
 * Extracts an article from an HTML page, or fails with `empty` when no text remains.
 * @example extractHtml('<html lang="ro"><body><p>Text…</p></body></html>') // { text: 'Text…', declaredLanguage: 'ro', … }
 */
export function extractHtml(html: string): ArticleFields | Failure {
  const doc = parseHtmlDocument(html);
  const meta = readHtmlMetadata(doc);
  const readable = runReadability(doc);
  // On a page with little text Readability settles for whatever there is, menus included; the
  // body without its chrome says whether the page has any content of its own.
  const plain = !readable || readable.text.length < SHORT_TEXT ? bodyWithoutChrome(html) : null;
  if (plain !== null && !MEANINGFUL.test(plain)) return fail('empty', 'no article text found in the HTML');
  let text = readable && MEANINGFUL.test(readable.text) ? readable.text : (plain ?? bodyWithoutChrome(html));
  text = removeBoilerplate(text).text.trimEnd();
  if (!MEANINGFUL.test(text)) return fail('empty', 'no article text found in the HTML');
  return {
    text,
    title: meta.title ?? readable?.title ?? meta.documentTitle,
    url: meta.url,
    source: meta.source ?? readable?.siteName ?? null,
    publishedAt: meta.publishedAt,
    publishedAtSource: meta.publishedAt ? 'metadata' : 'none',
    declaredLanguage: meta.declaredLanguage,
  };
}
