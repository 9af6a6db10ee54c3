/** Where an article's publication date came from (see docs/output.md). */
export type PublishedAtSource = 'metadata' | 'dateline' | 'text' | 'none';

/**
 * The immutable input of the pipeline. `text` is the stored original and is never altered:
 * every offset crosswire emits refers to it.
 */
export interface Article {
  /** Stable id: the caller's, or derived from the canonical URL or the text. */
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  /** Outlet or site name as given by the input (e.g. HTML `og:site_name`, feed title). */
  readonly source: string | null;
  /** ISO 8601 timestamp or date, when the input states one. */
  readonly publishedAt: string | null;
  readonly publishedAtSource: PublishedAtSource;
  /** The file (or `-` for standard input) and, for multi-record inputs, the record position. */
  readonly file: string | null;
  /** Language declared by the input (ISO 639-1), checked but not trusted blindly by langid. */
  readonly declaredLanguage: string | null;
}

/** Fields a reader may supply; the rest get defaults from {@link createArticle}. */
export type ArticleInit = Partial<Omit<Article, 'text'>> & { readonly text: string };

/** Builds a frozen Article with defaults for missing metadata. */
export function createArticle(init: ArticleInit, id: string): Article {
  return Object.freeze({
    id: init.id ?? id,
    text: init.text,
    title: init.title ?? null,
    url: init.url ?? null,
    source: init.source ?? null,
    publishedAt: init.publishedAt ?? null,
    publishedAtSource: init.publishedAtSource ?? (init.publishedAt ? 'metadata' : 'none'),
    file: init.file ?? null,
    declaredLanguage: init.declaredLanguage ?? null,
  });
}
