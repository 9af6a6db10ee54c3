import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { removeBoilerplate } from './boilerplate.js';
import { fail } from './failure.js';
import { fragmentToText } from './html.js';
import { toIsoDate, toLanguageCode } from './metadata-values.js';
import type { ArticleFields, ReaderRecord } from './record.js';

/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom (RFC 4287) feeds: every item or entry is an article whose
 * content is HTML, rendered with the same HTML-to-text code as pages. A malformed file is one
 * rejection naming the validator's line and column; an item without text is rejected on its
 * own and the other items proceed.
 */

type XmlNode = Record<string, unknown>;

const OPTIONS = { ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text' } as const;
const parser = new XMLParser({
  ...OPTIONS,
  parseTagValue: false,
  processEntities: true,
  // Feeds written by hand or by CMS templates use HTML entities (&nbsp;, &eacute;) freely.
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});
const builder = new XMLBuilder(OPTIONS);
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** The text of an element that may carry attributes (`{ '#text': …, '@_type': … }`) or repeat. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (value && typeof value === 'object') return textOf((value as XmlNode)['#text']);
  return null;
}

// Content as HTML. Atom `type="xhtml"` arrives parsed into elements, so its markup is rebuilt;
// Atom `type="text"` is escaped so that a literal "<" stays text and line breaks stay (RFC 4287 §3.1.1).
function markupOf(value: unknown): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { ['@_type']: type, ...content } = value as XmlNode;
    if (!('#text' in content)) return builder.build(content) as string;
    const text = textOf(content);
    return type === 'text' && text ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>') : text;
  }
  return textOf(value);
}

// RSS <link>text</link>; Atom <link rel="alternate" href=…/> (rel defaults to alternate, RFC 4287 §4.2.7.2).
function linkOf(item: XmlNode): string | null {
  for (const link of (item['link'] as unknown[] | undefined) ?? []) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    const node = link as XmlNode;
    const rel = (node['@_rel'] as string | undefined) ?? 'alternate';
    if (rel === 'alternate' && typeof node['@_href'] === 'string') return node['@_href'];
  }
  const guid = item['guid'];
  const permalink = typeof guid === 'object' && guid !== null ? (guid as XmlNode)['@_isPermaLink'] !== 'false' : true;
  const id = textOf(guid);
  return permalink && id && /^https?:\/\//.test(id) ? id : null;
}

function plainTitle(item: XmlNode): string | null {
  const raw = textOf(item['title']);
  if (!raw) return null;
  // Titles of type="html" (and many RSS titles in practice) carry markup or entities.
  return /[<&]/.test(raw) ? fragmentToText(raw).replace(/\s+/g, ' ').trim() || null : raw;
}

interface FeedContext {
  readonly source: string | null;
  readonly language: string | null;
}

function readItem(item: XmlNode, feed: FeedContext): ArticleFields | null {
  const body = markupOf(item['content:encoded'] ?? item['content'] ?? item['description'] ?? item['summary']);
  const text = body ? removeBoilerplate(fragmentToText(body)).text.trimEnd() : '';
  if (!MEANINGFUL.test(text)) return null;
  const publishedAt = toIsoDate(textOf(item['pubDate'] ?? item['published'] ?? item['dc:date'] ?? item['updated']));
  const itemSource = textOf(item['source']) ?? textOf((item['source'] as XmlNode | undefined)?.['title']);
  return {
    text,
    title: plainTitle(item),
    url: linkOf(item),
    source: itemSource ?? feed.source,
    publishedAt,
    publishedAtSource: publishedAt ? 'metadata' : 'none',
    declaredLanguage: toLanguageCode(textOf(item['@_xml:lang'])) ?? feed.language,
  };
}

function findItems(doc: XmlNode): { items: XmlNode[]; feed: FeedContext } | null {
  const rss = doc['rss'] as XmlNode | undefined;
  const rdf = doc['rdf:RDF'] as XmlNode | undefined;
  const atom = doc['feed'] as XmlNode | undefined;
  const channel = (rss?.['channel'] ?? rdf?.['channel']) as XmlNode | undefined;
  if (rss || rdf) {
    const items = ((channel?.['item'] ?? rdf?.['item']) as XmlNode[] | undefined) ?? [];
    return { items, feed: { source: textOf(channel?.['title']), language: toLanguageCode(textOf(channel?.['language'] ?? channel?.['dc:language'])) } };
  }
  if (atom) {
    const language = toLanguageCode(textOf(atom['@_xml:lang']));
    return { items: (atom['entry'] as XmlNode[] | undefined) ?? [], feed: { source: textOf(atom['title']), language } };
  }
  return null;
}

/**
 * Reads an RSS or Atom feed into one record per item (1-based `index`).
 * @example [...readFeed('<rss><channel><item><title>T</title><description>Text</description></item></channel></rss>')]
 */
export function* readFeed(xml: string): Generator<ReaderRecord> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    yield { index: null, failure: fail('malformed', `XML error at line ${line}, column ${col}: ${msg}`) };
    return;
  }
  const found = findItems(parser.parse(xml) as XmlNode);
  if (!found) {
    yield { index: null, failure: fail('unsupported', 'XML that is neither an RSS nor an Atom feed') };
    return;
  }
  if (found.items.length === 0) {
    yield { index: null, failure: fail('empty', 'the feed has no items') };
    return;
  }
  for (const [i, item] of found.items.entries()) {
    let fields: ArticleFields | null;
    try {
      fields = readItem(item, found.feed);
    } catch (error) {
      // A crash on one item is a bug, but it must not stop the items after it.
      yield { index: i + 1, failure: fail('failed', `item ${i + 1}: the feed reader failed: ${(error as Error).message}`) };
      continue;
    }
    yield fields
      ? { index: i + 1, fields }
      : { index: i + 1, failure: fail('empty', `item ${i + 1} has no text (no content, description or summary)`) };
  }
}
