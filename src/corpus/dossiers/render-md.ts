import type { Dossier, DossierEvent, EvidenceRef, NamedRef } from './types.js';

const names = (refs: readonly NamedRef[]): string => refs.map((r) => r.name).join(', ') || '?';
const clip = (text: string, max = 160): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** `[article:start-end]`: the link from a line to its evidence (UTF-16 offsets into the original). */
export function citeEvidence(e: EvidenceRef): string {
  return `[${e.article}:${e.start}-${e.end}]`;
}

/** One event as a Markdown list line, with its evidence. */
export function formatEventLine(e: DossierEvent): string {
  const kind = e.mode ? `${e.type}/${e.mode}` : e.type;
  const where = e.location ? ` in ${e.location.name}` : '';
  const not = e.negated ? ' (negated)' : '';
  const outlet = e.evidence.outlet ?? e.evidence.article;
  return `- **${kind}**${not} ${names(e.source)} → ${names(e.target)}${where} — “${clip(e.evidence.text)}” (${outlet}, ${e.evidence.language}) ${citeEvidence(e.evidence)}`;
}

/**
 * Renders a dossier as Markdown: timeline, agreements, cooperation areas, statements by side,
 * undated events. Every line ends with its evidence reference.
 */
export function renderDossierMarkdown(d: Dossier): string {
  const out: string[] = [`# ${d.a.name} – ${d.b.name}`, ''];
  out.push(`${d.timeline.length} occasions from ${d.articles} articles${d.since ? ` since ${d.since}` : ''}.`, '', '## Timeline', '');
  for (const o of d.timeline) {
    out.push(`### ${o.date}${o.location ? ` · ${o.location.name}` : ''} — ${o.types.join(', ')}`, '');
    out.push(`Reported by ${o.outlets.join(', ')} (${o.languages.join(', ')})${o.stories.length ? `; story ${o.stories.join(', ')}` : ''}.`);
    for (const c of o.dateConflicts) out.push(`Date disputed: ${c.article} gives ${c.date}.`);
    out.push('', ...o.events.map(formatEventLine), '');
  }
  out.push('## Agreements', '', ...(d.agreements.length ? d.agreements.map(formatEventLine) : ['None reported.']), '');
  out.push('## Cooperation areas', '');
  out.push(...(d.cooperationAreas.length ? d.cooperationAreas.map((a) => `- ${a.area}: ${a.evidence.map(citeEvidence).join(' ')}`) : ['None named.']), '');
  out.push('## Statements', '');
  for (const side of [d.a, d.b]) {
    const mine = d.statements.filter((s) => s.side.id === side.id);
    out.push(`### ${side.name}`, '');
    if (mine.length === 0) out.push('No statements.');
    for (const s of mine) {
      const via = s.via ? ` via ${s.via.name}` : '';
      const stance = s.stance && s.stance !== 'neutral' ? ` (${s.stance})` : '';
      out.push(`- ${s.speaker.name}${via}${stance}: “${clip(s.text, 240)}” (${s.evidence.outlet ?? s.evidence.article}, ${s.evidence.language}) ${citeEvidence(s.evidence)}`);
    }
    out.push('');
  }
  if (d.undated.length) out.push('## Undated', '', ...d.undated.map(formatEventLine), '');
  return out.join('\n');
}
