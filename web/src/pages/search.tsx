import { useState } from 'preact/hooks';
import { getJson, type FacetCount, type SearchHit, type SearchResult } from '../api.js';
import { ArticleBadges } from '../components/badges.js';
import { ErrorNote, Loading } from '../components/status.js';
import { navigate } from '../router.js';
import { directionOf, titleOf } from '../text.js';
import { useAsync } from '../use-async.js';
import { Pager } from './feed.js';

const FILTERS = ['language', 'source', 'since', 'until', 'entity'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number] | 'q' | 'offset', string>>;

/** Search with filters and facets; the query lives in the URL so results can be shared. */
export function SearchPage(props: { params: URLSearchParams }) {
  const current: Filters = Object.fromEntries([...props.params].filter(([k]) => k === 'q' || k === 'offset' || (FILTERS as readonly string[]).includes(k)));
  const [form, setForm] = useState<Filters>(current);
  const go = (next: Filters) => {
    const qs = new URLSearchParams(Object.entries(next).filter(([, v]) => v) as [string, string][]);
    navigate(`/search?${qs}`);
  };
  const key = JSON.stringify(current);
  const result = useAsync(
    () => (current.q ? getJson<SearchResult>('/api/search', { ...current, limit: 20 }) : Promise.resolve(null)),
    [key],
  );
  // Facets cost a wider search, so they come in a second request and never delay the hits.
  const { offset: _offset, ...facetQuery } = current;
  const facets = useAsync(
    () => (current.q ? getJson<SearchResult>('/api/search', { ...facetQuery, limit: 1, facets: 'true' }).then((r) => r.facets) : Promise.resolve(null)),
    [JSON.stringify(facetQuery)],
  );
  const field = (name: keyof Filters, label: string, placeholder: string) => (
    <label>
      {label}
      <input name={name} value={form[name] ?? ''} placeholder={placeholder} dir="auto" onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })} />
    </label>
  );
  return (
    <section>
      <h2>Search</h2>
      <form class="search-form" onSubmit={(e) => { e.preventDefault(); go({ ...form, offset: undefined }); }}>
        <input type="search" name="q" class="q" value={form.q ?? ''} dir="auto" placeholder='Any language: Lukasenko, "مینسک", Лукашенко' onInput={(e) => setForm({ ...form, q: e.currentTarget.value })} />
        <div class="filters">
          {field('language', 'Language', 'ar, fa, ro, en, ru')}
          {field('source', 'Outlet', 'e.g. IRNA')}
          {field('since', 'Since', '2025-08')}
          {field('until', 'Until', '2025-08-31')}
          {field('entity', 'Entity', 'Q184')}
        </div>
        <button type="submit">Search</button>
      </form>
      {result.state === 'loading' ? <Loading /> : result.state === 'error' ? <ErrorNote error={result.error} /> : result.value === null ? null : (
        <div class="results">
          {facets.state === 'ready' && facets.value ? (
            <aside class="facets" aria-label="Refine">
              <Facet name="Language" values={facets.value.language} pick={(v) => go({ ...current, language: v, offset: undefined })} />
              <Facet name="Outlet" values={facets.value.source} pick={(v) => go({ ...current, source: v, offset: undefined })} />
              <Facet name="Month" values={facets.value.month} pick={(v) => go({ ...current, since: v, until: v, offset: undefined })} />
            </aside>
          ) : <aside class="facets" />}
          <div>
            {result.value.items.length === 0 ? <p class="muted">No matches.</p> : (
              <ol class="feed">{result.value.items.map((hit) => <Hit key={hit.id} hit={hit} />)}</ol>
            )}
            <Pager offset={Number(current.offset ?? 0)} next={result.value.nextOffset} size={20} onPage={(o) => go({ ...current, offset: String(o) })} />
          </div>
        </div>
      )}
    </section>
  );
}

function Facet(props: { name: string; values: FacetCount[]; pick: (value: string) => void }) {
  if (props.values.length === 0) return null;
  return (
    <div class="facet">
      <h4>{props.name}</h4>
      <ul>
        {props.values.slice(0, 12).map((v) => (
          <li key={v.value}>
            <button type="button" class="chip" dir="auto" onClick={() => props.pick(v.value)}>{v.value} <span class="muted">{v.count}</span></button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A hit with its snippet; matched words are <mark>ed by offsets, the text stays text. */
function Hit(props: { hit: SearchHit }) {
  const { hit } = props;
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const h of hit.snippet.highlights) {
    parts.push(hit.snippet.text.slice(at, h.start));
    parts.push(<mark key={h.start}>{hit.snippet.text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  parts.push(hit.snippet.text.slice(at));
  return (
    <li class="card" dir={directionOf(hit.language)} lang={hit.language}>
      <a href={`/articles/${encodeURIComponent(hit.id)}`} class="title">{titleOf(hit)}</a>
      <ArticleBadges language={hit.language} source={hit.source} publishedAt={hit.publishedAt} />
      <p class="snippet">…{parts}…</p>
    </li>
  );
}
