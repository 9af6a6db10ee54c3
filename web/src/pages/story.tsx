import { getJson, type StoredArticle } from '../api.js';
import { ArticleColumn, SideBySide } from '../components/side-by-side.js';
import { Framing } from '../components/framing.js';
import { ErrorNote, Loading } from '../components/status.js';
import { storyArticleIds, storyTitle, type StoryLike } from '../story-shape.js';
import { useAsync } from '../use-async.js';

/** A story: its articles side by side, and the framing matrix when the framing view exists. */
export function StoryPage(props: { id: string }) {
  const story = useAsync(() => getJson<StoryLike>(`/api/stories/${encodeURIComponent(props.id)}`), [props.id]);
  if (story.state === 'loading') return <Loading />;
  if (story.state === 'error') return <ErrorNote error={story.error} />;
  return (
    <section>
      <h2 dir="auto">{storyTitle(story.value)}</h2>
      <SideBySide ids={storyArticleIds(story.value)} />
      <Framing url={`/api/stories/${encodeURIComponent(props.id)}/framing`} />
    </section>
  );
}

/** Articles picked by id (`/compare?ids=a,b,c`): the story view before stories exist. */
export function ComparePage(props: { ids: string[] }) {
  if (props.ids.length === 0) return <p>Pick articles on the <a href="/">front page</a> to compare them.</p>;
  return (
    <section>
      <h2>Side by side</h2>
      <SideBySide ids={props.ids} />
      {props.ids.length > 1 ? <Framing url={`/api/framing?ids=${props.ids.map(encodeURIComponent).join(',')}`} /> : null}
    </section>
  );
}

/** One article with its facts. */
export function ArticlePage(props: { id: string }) {
  const article = useAsync(() => getJson<StoredArticle>(`/api/articles/${encodeURIComponent(props.id)}`), [props.id]);
  if (article.state === 'loading') return <Loading />;
  if (article.state === 'error') return <ErrorNote error={article.error} />;
  return (
    <section class="single">
      <ArticleColumn article={article.value} />
    </section>
  );
}

/** A table of an array of flat objects (or of an object's first array field); JSON text otherwise. */
export function DataTable(props: { value: unknown }) {
  const rows = toRows(props.value);
  if (!rows) return <pre class="json">{JSON.stringify(props.value, null, 2)}</pre>;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>{columns.map((c) => <th key={c}>{c}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{columns.map((c) => <td key={c} dir="auto">{cell(r[c])}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function toRows(value: unknown): Record<string, unknown>[] | null {
  if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) return value as Record<string, unknown>[];
  if (value && typeof value === 'object') {
    const first = Object.values(value).find((v) => Array.isArray(v));
    return first ? toRows(first) : null;
  }
  return null;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return Array.isArray(value) ? value.map(cell).join(', ') : JSON.stringify(value);
  return String(value);
}
