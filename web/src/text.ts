/**
 * Helpers for showing hostile text safely and in the right direction. Article text, titles,
 * authors and URLs are only ever rendered as text nodes or checked attributes: nothing in this
 * UI sets innerHTML.
 */

// Right-to-left languages among those crosswire reads or may meet (ISO 639-1).
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'yi']);

/** The writing direction for a language code. */
export function directionOf(language: string | null | undefined): 'rtl' | 'ltr' {
  return language && RTL.has(language) ? 'rtl' : 'ltr';
}

/** An href only for http(s) URLs; `javascript:`, `data:` and the rest become undefined (no link). */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a URL for display, or the raw string when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A date (ISO) formatted for the display language; the ISO value when it cannot be read. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
  const options: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: 'medium', timeZone: 'UTC' } : m[2] ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}

/** The article's title, else the opening of its text. */
export function titleOf(article: { title: string | null; id: string }, text?: string): string {
  return article.title?.trim() || text?.slice(0, 90).trim() || `Article ${article.id}`;
}

/** Language names for badges, in the display language when the browser knows them. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
