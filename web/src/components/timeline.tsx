import { useDisplay } from '../display.js';
import { formatDate } from '../text.js';

/** A point on a timeline: a dated item with a label and a link. */
export interface TimelinePoint {
  readonly date: string;
  readonly label: string;
  readonly href?: string;
  readonly group?: string;
}

const WIDTH = 800;
const ROW = 22;
const PAD = 12;

/**
 * A timeline chart as inline SVG: one row per group (an outlet, a language, an actor), a dot per
 * item at its date. Labels are SVG text nodes (escaped like any text). Scales to its container.
 */
export function Timeline(props: { points: readonly TimelinePoint[]; title: string }) {
  const display = useDisplay();
  const dated = props.points.map((p) => ({ ...p, t: Date.parse(p.date.length === 4 ? `${p.date}-01-01` : p.date.length === 7 ? `${p.date}-01` : p.date) })).filter((p) => Number.isFinite(p.t));
  if (dated.length === 0) return <p class="muted">No dated items for a timeline.</p>;
  const groups = [...new Set(dated.map((p) => p.group ?? ''))];
  const min = Math.min(...dated.map((p) => p.t));
  const max = Math.max(...dated.map((p) => p.t));
  const span = max - min || 86_400_000;
  const left = 110;
  const x = (t: number) => left + ((t - min) / span) * (WIDTH - left - PAD * 2);
  const height = PAD * 2 + groups.length * ROW + 24;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={props.title} preserveAspectRatio="xMinYMin meet">
        {groups.map((g, i) => (
          <g key={g}>
            <text x={4} y={PAD + i * ROW + 15} class="tl-group">{g.slice(0, 16)}</text>
            <line x1={left} x2={WIDTH - PAD} y1={PAD + i * ROW + 11} y2={PAD + i * ROW + 11} class="tl-axis" />
          </g>
        ))}
        {dated.map((p, i) => {
          const row = groups.indexOf(p.group ?? '');
          const dot = <circle cx={x(p.t)} cy={PAD + row * ROW + 11} r={6} class="tl-dot"><title>{`${formatDate(p.date, display)}: ${p.label}`}</title></circle>;
          return p.href ? <a key={i} href={p.href}>{dot}</a> : <g key={i}>{dot}</g>;
        })}
        <text x={left} y={height - 6} class="tl-tick">{formatDate(new Date(min).toISOString().slice(0, 10), display)}</text>
        <text x={WIDTH - PAD} y={height - 6} class="tl-tick" text-anchor="end">{formatDate(new Date(max).toISOString().slice(0, 10), display)}</text>
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}
