import type { ArticleRecord } from '../api.js';
import { useDisplay } from '../display.js';
import { directionOf, formatDate } from '../text.js';
import { anchorId, showEvidence } from './annotated-text.js';

/**
 * What crosswire found in one article, in the display language: entities (display names, linked
 * to their pages), dates (formatted for the display language), quotes and events — each linked
 * to its evidence in the original text beside it.
 */
export function Facts(props: { record: ArticleRecord; prefix: string; language: string }) {
  const display = useDisplay();
  const { record, prefix } = props;
  const evidence = (kind: 'entity' | 'date' | 'quote', start: number, label: string) => (
    <a
      class="evidence"
      href={`#${anchorId(prefix, { kind, start })}`}
      onClick={(e) => {
        e.preventDefault();
        showEvidence(anchorId(prefix, { kind, start }));
      }}
    >
      {label}
    </a>
  );
  const entities = record.entities ?? [];
  const timexes = record.timexes ?? [];
  const quotes = record.quotes ?? [];
  const events = record.events ?? [];
  return (
    <div class="facts" lang={display} dir={directionOf(display)}>
      <h4>Entities</h4>
      {entities.length === 0 ? <p class="muted">None linked yet.</p> : (
        <ul>
          {entities.map((e) => (
            <li key={e.id}>
              {/^Q\d+$/.test(e.id) ? <a href={`/entities/${e.id}`}>{e.name}</a> : e.name} <span class="muted">{e.type}</span>{' '}
              {e.mentions.slice(0, 4).map((m) => (
                <span key={m.start}> {evidence('entity', m.start, m.text)}</span>
              ))}
            </li>
          ))}
        </ul>
      )}
      <h4>Dates</h4>
      {timexes.length === 0 ? <p class="muted">None found.</p> : (
        <ul>
          {timexes.map((t) => (
            <li key={t.start}>
              {formatDate(t.value, display)} <span class="muted">({t.type})</span> ← <span dir={directionOf(props.language)}>{evidence('date', t.start, t.text)}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>Quotes</h4>
      {quotes.length === 0 ? <p class="muted">None found.</p> : (
        <ul>
          {quotes.map((q) => (
            <li key={q.start}>
              <strong>{q.speaker?.name ?? 'Unattributed'}</strong>
              {q.via ? <span class="muted"> via {q.via.name}</span> : null}:{' '}
              <span dir={directionOf(props.language)} lang={props.language}>{evidence('quote', q.start, clip(q.text, 140))}</span>
            </li>
          ))}
        </ul>
      )}
      {events.length > 0 ? (
        <>
          <h4>Events</h4>
          <ul>
            {events.map((e, i) => (
              <li key={i}>
                <strong>{e.type}</strong> {e.source.join(', ')} → {e.target.join(', ')} {e.date ? `(${formatDate(e.date, display)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
