import { useState } from 'preact/hooks';
import { getJson, type EntityPage as Entity, type Page } from '../api.js';
import { ArticleBadges } from '../components/badges.js';
import { ErrorNote, Loading } from '../components/status.js';
import { Timeline } from '../components/timeline.js';
import { useDisplay } from '../display.js';
import { navigate } from '../router.js';
import { directionOf, formatDate, languageName, titleOf } from '../text.js';
import { useAsync } from '../use-async.js';

/** An entity: its names across scripts, roles, and a timeline of the articles naming it. */
export function EntityPage(props: { id: string }) {
  const display = useDisplay();
  const entity = useAsync(() => getJson<Entity>(`/api/entities/${encodeURIComponent(props.id)}`, { display }), [props.id, display]);
  if (entity.state === 'loading') return <Loading />;
  if (entity.state === 'error') return <ErrorNote error={entity.error} />;
  const e = entity.value;
  return (
    <section>
      <h2>{e.name} <span class="muted">{e.type} · {e.id}</span></h2>
      {e.description ? <p>{e.description}</p> : null}
      <h3>Names</h3>
      <dl class="names">
        {Object.entries(e.names).map(([lang, names]) => (
          <div key={lang}>
            <dt>{languageName(lang, display)}</dt>
            <dd dir={directionOf(lang)} lang={lang}>{names.join(' · ')}</dd>
          </div>
        ))}
      </dl>
      {e.roles.length > 0 ? (
        <>
          <h3>Roles</h3>
          <ul>
            {e.roles.map((r, i) => (
              <li key={i}>
                {r.role} of <a href={`/entities/${r.of}`}>{r.ofName}</a> <span class="muted">{formatDate(r.start, display)} – {r.end ? formatDate(r.end, display) : 'now'}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Appearances <span class="muted">({e.appearances.length})</span></h3>
      <Timeline
        title="Articles naming this entity, by outlet or language"
        points={e.appearances.filter((a) => a.publishedAt).map((a) => ({ date: a.publishedAt!, label: titleOf(a), href: `/articles/${encodeURIComponent(a.id)}`, group: a.source ?? a.language }))}
      />
      <ol class="feed">
        {e.appearances.map((a) => (
          <li key={a.id} class="card">
            <a href={`/articles/${encodeURIComponent(a.id)}`} dir={directionOf(a.language)} lang={a.language}>{titleOf(a)}</a>
            <ArticleBadges language={a.language} source={a.source} publishedAt={a.publishedAt} />
            <span class="muted" dir="auto"> as “{a.matched}”</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Looks entities up by name in any script. */
export function EntityLookup(props: { q: string }) {
  const [q, setQ] = useState(props.q);
  const found = useAsync(() => (props.q ? getJson<Page<Entity>>('/api/entities', { q: props.q }) : Promise.resolve(null)), [props.q]);
  return (
    <section>
      <h2>Entities</h2>
      <form class="toolbar" onSubmit={(e) => { e.preventDefault(); navigate(`/entities?q=${encodeURIComponent(q)}`); }}>
        <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} placeholder="Name in any script: Lukashenko, لوكاشينكو, Лукашенко" dir="auto" />
        <button type="submit">Find</button>
      </form>
      {found.state === 'loading' ? <Loading /> : found.state === 'error' ? <ErrorNote error={found.error} /> : found.value === null ? null : found.value.items.length === 0 ? <p class="muted">No entity has that name.</p> : (
        <ul>
          {found.value.items.map((e) => <li key={e.id}><a href={`/entities/${e.id}`}>{e.name}</a> <span class="muted">{e.type} · {e.id}</span></li>)}
        </ul>
      )}
    </section>
  );
}
