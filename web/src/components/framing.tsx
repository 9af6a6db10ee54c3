import { getJson } from '../api.js';
import { directionOf } from '../text.js';
import { useAsync } from '../use-async.js';
import { ErrorNote, Loading } from './status.js';

/** The framing matrix as src/corpus/framing returns it (types.ts there), as far as the UI reads it. */
interface FramingMatrix {
  dyad: string[];
  mainDate: string | null;
  outlets: { article: string; outlet: string; language: string }[];
  rows: { kind: string; key: string; label: string; cells: ({ count: number; attribution: string | null; cues: string[] } | null)[] }[];
}

function isMatrix(value: unknown): value is FramingMatrix {
  const v = value as Partial<FramingMatrix> | null;
  return !!v && Array.isArray(v.outlets) && Array.isArray(v.rows);
}

/**
 * Facts × outlets: what each outlet reported (✓, or the attribution when it is not neutral —
 * "claimed" distances, "stressed" affirms) and what it left out (—). Loaded from `url`.
 */
export function Framing(props: { url: string }) {
  const framing = useAsync(() => getJson<unknown>(props.url), [props.url]);
  return (
    <section class="framing">
      <h3>Framing</h3>
      {framing.state === 'loading' ? <Loading /> : framing.state === 'error' ? <ErrorNote error={framing.error} /> : isMatrix(framing.value) ? <Matrix m={framing.value} /> : <pre class="json">{JSON.stringify(framing.value, null, 2)}</pre>}
    </section>
  );
}

function Matrix(props: { m: FramingMatrix }) {
  const { m } = props;
  return (
    <div class="table-wrap">
      <table class="matrix">
        <thead>
          <tr>
            <th>Fact</th>
            {m.outlets.map((o) => (
              <th key={o.article}>
                <a href={`/articles/${encodeURIComponent(o.article)}`} dir="auto">{o.outlet}</a> <span class="badge lang" data-dir={directionOf(o.language)}>{o.language.toUpperCase()}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" dir="auto"><span class="muted">{row.kind}</span> {row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i} class={cell ? `reported ${cell.attribution ?? ''}` : 'omitted'} title={cell?.cues.join(', ') || undefined}>
                  {cell ? (cell.attribution && cell.attribution !== 'said' ? cell.attribution : '✓') : '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
