import { toIsoDate, toLanguageCode } from './metadata-values.js';

/**
 * Article metadata from an HTML document's head: Open Graph and article:* properties
 * (ogp.me), classic meta names, `<time datetime>`, `<link rel=canonical>` (RFC 6596) and
 * schema.org JSON-LD (NewsArticle and kin, also inside `@graph`).
 */

/** The part of a DOM element this module reads. */
export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** The part of a DOM document this module reads. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  readonly documentElement: MetaElement | null;
}

/** Metadata an HTML page states about itself. */
export interface HtmlMetadata {
  /** The headline the page gives for sharing (og:title, twitter:title, JSON-LD headline). */
  readonly title: string | null;
  /** The `<title>` element, which often carries the site name too ("Headline | Site"). */
  readonly documentTitle: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly declaredLanguage: string | null;
}

// Meta keys for the publication date, most specific first.
const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'];
// schema.org types whose datePublished is the article's (CreativeWork subtypes used by news sites).
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

interface JsonLdFacts {
  readonly datePublished: string | null;
  readonly publisher: string | null;
  readonly headline: string | null;
}

function metaMap(doc: MetaDocument): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv'))
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function firstText(doc: MetaDocument, selector: string, attribute?: string): string | null {
  const found = doc.querySelectorAll(selector);
  for (let i = 0; i < found.length; i++) {
    const value = (attribute ? found[i]!.getAttribute(attribute) : found[i]!.textContent)?.trim();
    if (value) return value;
  }
  return null;
}

function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

// Flattens JSON-LD blocks (arrays, @graph) into nodes, so references by @id can be resolved.
function jsonLdNodes(doc: MetaDocument): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    for (const item of asArray(value)) {
      if (typeof item !== 'object' || item === null) continue;
      const node = item as Record<string, unknown>;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common and harmless: the other sources of metadata remain.
    }
  }
  return nodes;
}

function readJsonLd(doc: MetaDocument): JsonLdFacts {
  const nodes = jsonLdNodes(doc);
  const article = nodes.find((n) => asArray(n['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)));
  if (!article) return { datePublished: null, publisher: null, headline: null };
  let publisher = asArray(article['publisher'])[0] as Record<string, unknown> | string | undefined;
  if (publisher && typeof publisher === 'object' && !publisher['name'] && publisher['@id']) {
    publisher = nodes.find((n) => n['@id'] === (publisher as Record<string, unknown>)['@id']) ?? publisher;
  }
  return {
    datePublished: stringOf(article['datePublished']),
    publisher: typeof publisher === 'string' ? stringOf(publisher) : stringOf(publisher?.['name']),
    headline: stringOf(article['headline']),
  };
}

function publishedDate(meta: Map<string, string>, ld: JsonLdFacts, doc: MetaDocument): string | null {
  const candidates = [
    meta.get('article:published_time'),
    ld.datePublished,
    ...DATE_KEYS.slice(1).map((k) => meta.get(k)),
    firstText(doc, 'time[pubdate]', 'datetime'),
    firstText(doc, 'time[datetime]', 'datetime'),
  ];
  for (const candidate of candidates) {
    const iso = toIsoDate(candidate);
    if (iso) return iso;
  }
  return null;
}

/**
 * Reads what a page says about itself; call it before Readability, which edits the DOM.
 * @example readHtmlMetadata(parseHTML(html).document).publishedAt // '2025-03-12T10:00:00+03:00'
 */
export function readHtmlMetadata(doc: MetaDocument): HtmlMetadata {
  const meta = metaMap(doc);
  const ld = readJsonLd(doc);
  const ogUrl = absoluteUrl(meta.get('og:url'), null);
  const root = doc.documentElement;
  const lang = root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? meta.get('content-language') ?? meta.get('og:locale');
  return {
    title: meta.get('og:title') ?? meta.get('twitter:title') ?? ld.headline,
    documentTitle: firstText(doc, 'title'),
    url: absoluteUrl(firstText(doc, 'link[rel="canonical"]', 'href'), ogUrl) ?? ogUrl,
    source: meta.get('og:site_name') ?? ld.publisher ?? null,
    publishedAt: publishedDate(meta, ld, doc),
    declaredLanguage: toLanguageCode(lang),
  };
}
