import type { Dossier, DossierEvent, EvidenceRef } from './types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string): string => s.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);

// Evidence links carry the offsets as a text fragment-free anchor the UI resolves (article + span).
function link(e: EvidenceRef): string {
  const href = `#article=${encodeURIComponent(e.article)}&start=${e.start}&end=${e.end}`;
  return `<a class="evidence" href="${escape(href)}" title="${escape(e.outlet ?? e.article)}">${escape(e.article)}:${e.start}-${e.end}</a>`;
}

function eventItem(e: DossierEvent): string {
  const kind = e.mode ? `${e.type}/${e.mode}` : e.type;
  const who = `${e.source.map((r) => escape(r.name)).join(', ') || '?'} → ${e.target.map((r) => escape(r.name)).join(', ') || '?'}`;
  const where = e.location ? ` in ${escape(e.location.name)}` : '';
  // The quoted evidence keeps its own direction (Arabic, Persian) inside a left-to-right page.
  return `<li><b>${kind}</b>${e.negated ? ' (negated)' : ''} ${who}${where} — <q dir="auto" lang="${escape(e.evidence.language)}">${escape(e.evidence.text)}</q> ${link(e.evidence)}</li>`;
}

/** Renders a dossier as a standalone HTML fragment (RTL-safe quotes, one evidence link per line). */
export function renderDossierHtml(d: Dossier): string {
  const parts: string[] = [`<article class="dossier"><h1>${escape(d.a.name)} – ${escape(d.b.name)}</h1>`, '<h2>Timeline</h2>'];
  for (const o of d.timeline) {
    parts.push(`<section><h3>${escape(o.date)}${o.location ? ` · ${escape(o.location.name)}` : ''} — ${escape(o.types.join(', '))}</h3>`);
    parts.push(`<p>Reported by ${escape(o.outlets.join(', '))} (${escape(o.languages.join(', '))})</p>`);
    for (const c of o.dateConflicts) parts.push(`<p class="conflict">Date disputed: ${escape(c.article)} gives ${escape(c.date)}</p>`);
    parts.push(`<ul>${o.events.map(eventItem).join('')}</ul></section>`);
  }
  parts.push('<h2>Agreements</h2>', `<ul>${d.agreements.map(eventItem).join('')}</ul>`);
  parts.push('<h2>Cooperation areas</h2>', `<ul>${d.cooperationAreas.map((a) => `<li>${escape(a.area)} ${a.evidence.map(link).join(' ')}</li>`).join('')}</ul>`);
  parts.push('<h2>Statements</h2>');
  for (const side of [d.a, d.b]) {
    const items = d.statements
      .filter((s) => s.side.id === side.id)
      .map((s) => `<li>${escape(s.speaker.name)}${s.via ? ` via ${escape(s.via.name)}` : ''}${s.stance && s.stance !== 'neutral' ? ` (${escape(s.stance)})` : ''}: <q dir="auto" lang="${escape(s.evidence.language)}">${escape(s.text)}</q> ${link(s.evidence)}</li>`);
    parts.push(`<h3>${escape(side.name)}</h3><ul>${items.join('')}</ul>`);
  }
  if (d.undated.length) parts.push('<h2>Undated</h2>', `<ul>${d.undated.map(eventItem).join('')}</ul>`);
  parts.push('</article>');
  return parts.join('\n');
}
