import { useState } from 'preact/hooks';
import { getJson, type ArticleSummary, type Health, type Page } from '../api.js';
import { ArticleBadges } from '../components/badges.js';
import { ErrorNote, Loading } from '../components/status.js';
import { navigate } from '../router.js';
import { directionOf, titleOf } from '../text.js';
import { useAsync } from '../use-async.js';
import { storySize, storyTitle, type StoryLike } from '../story-shape.js';

const PAGE = 30;

/**
 * The front page: stories newest first when the story views exist; until then the stored
 * articles, newest first, with a way to put any of them side by side.
 */
export function FeedPage() {
  const health = useAsync(() => getJson<Health>('/api/health'), []);
  if (health.state === 'loading') return <Loading />;
  if (health.state === 'error') return <ErrorNote error={health.error} />;
  if (health.value.articles === 0) {
    return (
      <section>
        <h2>No articles yet</h2>
        <p>
          Add some on the <a href="/ingest">Ingest</a> page, or run <code>npx crosswire demo</code> and reload.
        </p>
      </section>
    );
  }
  return health.value.views.stories ? <StoryFeed /> : <ArticleFeed total={health.value.articles} />;
}

function StoryFeed() {
  const [offset, setOffset] = useState(0);
  const page = useAsync(() => getJson<Page<StoryLike>>('/api/stories', { limit: PAGE, offset }), [offset]);
  return (
    <section>
      <h2>Stories</h2>
      {page.state === 'loading' ? <Loading /> : page.state === 'error' ? <ErrorNote error={page.error} /> : (
        <>
          <ol class="feed">
            {page.value.items.map((story, i) => {
              const id = String(story.id ?? i);
              return (
                <li key={id} class="card">
                  <a href={`/stories/${encodeURIComponent(id)}`} dir="auto">{storyTitle(story)}</a>
                  <span class="badges">
                    {(story.languages ?? []).map((l) => <span key={l} class={`badge lang lang-${l}`}>{l.toUpperCase()}</span>)}
                    {(story.sources ?? story.outlets ?? []).map((s) => <span key={s} class="badge outlet">{s}</span>)}
                    <span class="badge">{storySize(story)} articles</span>
                    {story.date ? <span class="badge date">{story.date}</span> : null}
                  </span>
                </li>
              );
            })}
          </ol>
          <Pager offset={offset} next={page.value.nextOffset} onPage={setOffset} size={PAGE} />
        </>
      )}
    </section>
  );
}

function ArticleFeed(props: { total: number }) {
  const [offset, setOffset] = useState(0);
  const [picked, setPicked] = useState<string[]>([]);
  const page = useAsync(() => getJson<Page<ArticleSummary>>('/api/articles', { limit: PAGE, offset }), [offset]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <section>
      <h2>Articles <span class="muted">({props.total})</span></h2>
      <p class="note pending">Stories are not available in this build yet; pick articles to read them side by side.</p>
      <div class="toolbar">
        <button type="button" disabled={picked.length < 1} onClick={() => navigate(`/compare?ids=${picked.map(encodeURIComponent).join(',')}`)} data-testid="compare">
          Side by side ({picked.length})
        </button>
      </div>
      {page.state === 'loading' ? <Loading /> : page.state === 'error' ? <ErrorNote error={page.error} /> : (
        <>
          <ol class="feed">
            {page.value.items.map((a) => (
              <li key={a.id} class="card">
                <label class="pick">
                  <input type="checkbox" checked={picked.includes(a.id)} onChange={() => toggle(a.id)} aria-label="pick for side by side" data-id={a.id} />
                </label>
                <a href={`/articles/${encodeURIComponent(a.id)}`} dir={directionOf(a.language)} lang={a.language} class="title">{titleOf(a)}</a>
                <ArticleBadges language={a.language} source={a.source} publishedAt={a.publishedAt} />
              </li>
            ))}
          </ol>
          <Pager offset={offset} next={page.value.nextOffset} onPage={setOffset} size={PAGE} />
        </>
      )}
    </section>
  );
}

/** Previous / next page buttons. */
export function Pager(props: { offset: number; next: number | null; size: number; onPage: (offset: number) => void }) {
  return (
    <nav class="pager">
      <button type="button" disabled={props.offset === 0} onClick={() => props.onPage(Math.max(0, props.offset - props.size))}>← Newer</button>
      <button type="button" disabled={props.next === null} onClick={() => props.next !== null && props.onPage(props.next)}>Older →</button>
    </nav>
  );
}
