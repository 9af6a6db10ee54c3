import type { FactCell, FactKind, FramingMatrix } from './types.js';

const HEADINGS: Record<FactKind, string> = {
  event: 'Events',
  background: 'Background',
  entity: 'Entities named',
  figure: 'Figures',
  quote: 'Statements (attribution)',
};

function cellText(cell: FactCell | null): string {
  if (!cell) return '—';
  const n = cell.count > 1 ? ` ×${cell.count}` : '';
  const how = cell.attribution && cell.attribution !== 'said' ? ` ${cell.attribution}${cell.cues.length ? ` (${cell.cues.join(', ')})` : ''}` : '';
  return `✓${n}${how}`;
}

const escapeCell = (s: string): string => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

/**
 * Renders a framing matrix as Markdown tables, one per kind of fact, then a list of what only one
 * outlet reports.
 * @example console.log(renderFraming(compareStory(records)))
 */
export function renderFraming(m: FramingMatrix): string {
  const head = m.outlets.map((o) => `${escapeCell(o.outlet)} (${o.language})`);
  const out: string[] = [`# Framing${m.story ? ` of story ${m.story}` : ''}`, ''];
  out.push(`Main date ${m.mainDate ?? 'unknown'}; ${m.outlets.length} reports.`, '');
  for (const kind of Object.keys(HEADINGS) as FactKind[]) {
    const rows = m.rows.filter((r) => r.kind === kind);
    if (rows.length === 0) continue;
    out.push(`## ${HEADINGS[kind]}`, '', `| fact | ${head.join(' | ')} |`, `|---|${head.map(() => '---').join('|')}|`);
    for (const r of rows) out.push(`| ${escapeCell(r.label)} | ${r.cells.map((c) => escapeCell(cellText(c))).join(' | ')} |`);
    out.push('');
  }
  if (m.outlets.length > 1) {
    const only = m.rows.filter((r) => r.cells.filter((c) => c !== null).length === 1);
    out.push('## Only one report', '');
    for (const r of only) {
      const at = r.cells.findIndex((c) => c !== null);
      const o = m.outlets[at]!;
      out.push(`- ${o.outlet} (${o.language}): ${HEADINGS[r.kind].toLowerCase()} — ${r.label}${cellText(r.cells[at]!).replace(/^✓( ×\d+)?/u, '')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
