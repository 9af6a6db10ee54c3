import { useState } from 'preact/hooks';
import { getJson } from '../api.js';
import { ErrorNote, Loading } from '../components/status.js';
import { Timeline } from '../components/timeline.js';
import { useDisplay } from '../display.js';
import { isDossier, type Dossier, type EvidenceRef } from '../dossier-shape.js';
import { navigate } from '../router.js';
import { directionOf, formatDate } from '../text.js';
import { useAsync } from '../use-async.js';
import { DataTable } from './story.js';

/** A dyad dossier: what happened between two actors, on a timeline, with who said what. */
export function DossierPage(props: { a: string; b: string }) {
  const display = useDisplay();
  const [a, setA] = useState(props.a);
  const [b, setB] = useState(props.b);
  const ready = props.a.trim().length > 1 && props.b.trim().length > 1;
  const dossier = useAsync(
    () => (ready ? getJson<unknown>(`/api/dossiers/${encodeURIComponent(props.a)}/${encodeURIComponent(props.b)}`, { display }) : Promise.resolve(null)),
    [props.a, props.b, display],
  );
  return (
    <section>
      <h2>Dyad dossier</h2>
      <form class="toolbar" onSubmit={(e) => { e.preventDefault(); navigate(`/dossiers?a=${encodeURIComponent(a.trim())}&b=${encodeURIComponent(b.trim())}`); }}>
        <input value={a} dir="auto" onInput={(e) => setA(e.currentTarget.value)} placeholder="Actor A: Iran, Q794, ایران" aria-label="actor A" />
        <input value={b} dir="auto" onInput={(e) => setB(e.currentTarget.value)} placeholder="Actor B: Belarus, Q184, بلاروس" aria-label="actor B" />
        <button type="submit">Show</button>
      </form>
      {!ready ? <p class="muted">Name two actors (an entity id or a name in any script).</p>
        : dossier.state === 'loading' ? <Loading />
        : dossier.state === 'error' ? <ErrorNote error={dossier.error} />
        : isDossier(dossier.value) ? <DossierView dossier={dossier.value} locale={display} />
        : <DataTable value={dossier.value} />}
    </section>
  );
}

function DossierView(props: { dossier: Dossier; locale: string }) {
  const d = props.dossier;
  return (
    <>
      <h3>
        <a href={`/entities/${d.a.id}`}>{d.a.name}</a> — <a href={`/entities/${d.b.id}`}>{d.b.name}</a>{' '}
        <span class="muted">{d.articles} articles{d.since ? ` since ${formatDate(d.since, props.locale)}` : ''}</span>
      </h3>
      <Timeline
        title="Occasions between the two, by where they happened"
        points={d.timeline.map((o) => ({ date: o.date, label: `${o.types.join(', ')}${o.location ? ` · ${o.location.name}` : ''}`, group: o.location?.name ?? 'unplaced', href: o.events[0] ? `/articles/${encodeURIComponent(o.events[0].evidence.article)}` : undefined }))}
      />
      {d.timeline.length === 0 ? <p class="muted">No dated events between the two in the stored articles.</p> : (
        <ol class="feed">
          {d.timeline.map((o, i) => (
            <li key={i} class="card occasion">
              <strong>{formatDate(o.date, props.locale)}</strong> {o.location ? `· ${o.location.name}` : ''} <span class="badges">{o.types.map((t) => <span key={t} class="badge">{t}</span>)}{o.languages.map((l) => <span key={l} class={`badge lang lang-${l}`} data-dir={directionOf(l)}>{l.toUpperCase()}</span>)}</span>
              {o.dateConflicts.length > 0 ? <p class="note pending">Other dates reported: {o.dateConflicts.map((c) => c.date).join(', ')}</p> : null}
              <ul>
                {o.events.map((e, k) => (
                  <li key={k}>
                    {e.source.map((s) => s.name).join(', ')} <strong>{e.negated ? `not ${e.type}` : e.type}</strong> {e.target.map((t) => t.name).join(', ')} — <Evidence evidence={e.evidence} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {d.agreements.length > 0 ? (
        <>
          <h3>Agreements</h3>
          <ul>{d.agreements.map((e, i) => <li key={i}>{e.date ? formatDate(e.date, props.locale) : 'undated'} — <Evidence evidence={e.evidence} /></li>)}</ul>
        </>
      ) : null}
      {d.cooperationAreas.length > 0 ? (
        <>
          <h3>Fields of cooperation</h3>
          <p class="badges">{d.cooperationAreas.map((c) => <span key={c.area} class="badge">{c.area} ({c.evidence.length})</span>)}</p>
        </>
      ) : null}
      <h3>Statements</h3>
      {d.statements.length === 0 ? <p class="muted">No quotes by either side.</p> : (
        <ul>
          {d.statements.map((s, i) => (
            <li key={i}>
              <strong>{s.speaker.name}</strong> <span class="muted">({s.side.name}{s.via ? `, via ${s.via.name}` : ''})</span>: <Evidence evidence={s.evidence} text={s.text} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A quoted piece of evidence in its original language, linked to its article. */
function Evidence(props: { evidence: EvidenceRef; text?: string }) {
  const e = props.evidence;
  return (
    <a href={`/articles/${encodeURIComponent(e.article)}`} class="evidence" dir={directionOf(e.language)} lang={e.language} title={e.outlet ?? undefined}>
      “{props.text ?? e.text}”
    </a>
  );
}
