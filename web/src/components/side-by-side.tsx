import { getJson, type StoredArticle } from '../api.js';
import { directionOf, hostOf, safeHref, titleOf } from '../text.js';
import { useAsync } from '../use-async.js';
import { AnnotatedText, annotationsOf } from './annotated-text.js';
import { ArticleBadges } from './badges.js';
import { Facts } from './facts.js';
import { ErrorNote, Loading } from './status.js';

/**
 * Articles side by side, each in its original language and direction (`dir` and `lang` set on
 * its own block, so an Arabic column is right-to-left next to a left-to-right Romanian one), with
 * its facts in the display language underneath. Columns stack on a narrow screen.
 */
export function SideBySide(props: { ids: readonly string[] }) {
  const articles = useAsync(() => Promise.all(props.ids.map((id) => getJson<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`))), [props.ids.join(',')]);
  if (articles.state === 'loading') return <Loading />;
  if (articles.state === 'error') return <ErrorNote error={articles.error} />;
  return (
    <div class="columns" style={{ '--cols': String(Math.min(articles.value.length, 3)) }}>
      {articles.value.map((a) => (
        <ArticleColumn key={a.id} article={a} />
      ))}
    </div>
  );
}

/** One article: title, badges, link to the original, the annotated text and the facts. */
export function ArticleColumn(props: { article: StoredArticle }) {
  const a = props.article;
  const prefix = `a-${a.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const href = safeHref(a.url);
  return (
    <article class="column" data-article={a.id}>
      <div class="original" dir={directionOf(a.language)} lang={a.language} data-testid="article-block">
        <h3>
          <a href={`/articles/${encodeURIComponent(a.id)}`}>{titleOf(a, a.text)}</a>
        </h3>
        <ArticleBadges language={a.language} source={a.source} publishedAt={a.publishedAt} />
        {href ? (
          <p class="source-link">
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">{hostOf(href)}</a>
          </p>
        ) : a.url ? <p class="source-link muted">{a.url}</p> : null}
        <AnnotatedText text={a.text} annotations={annotationsOf(a.record, a.text.length)} prefix={prefix} />
      </div>
      <Facts record={a.record} prefix={prefix} language={a.language} />
    </article>
  );
}
