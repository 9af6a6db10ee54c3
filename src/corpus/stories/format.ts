import type { StoryExplanation } from './explain.js';
import type { StoryListItem, StoryView } from './views.js';

/**
 * Plain-text renderings of the story views for the CLI (`crosswire stories`, `story`, `explain-story`);
 * the views themselves are data, so `--json` can print them as they are.
 */

const n3 = (x: number) => x.toFixed(3);

/** One line per story: date, article count (independent reports), languages, outlets, title. */
export function formatStoryList(items: readonly StoryListItem[]): string {
  return items
    .map((s) => {
      const outlets = s.outlets.length ? ` · ${s.outlets.join(', ')}` : '';
      return `${s.date ?? '????-??-??'}  ${s.id}  ${s.articles} art. (${s.independentReports} indep.)  [${s.languages.join(' ')}]${outlets}\n    ${s.title}`;
    })
    .join('\n');
}

/** A story: its articles side by side, shared entities, quotes and storyline. */
export function formatStory(view: StoryView): string {
  const lines = [`${view.id}  ${view.firstDate ?? '?'} … ${view.lastDate ?? '?'}  ${view.title}`, '', 'Articles:'];
  for (const m of view.members) {
    const copy = m.duplicateOf ? `  (copy of ${m.duplicateOf})` : '';
    lines.push(`  ${m.id}  [${m.language}] ${m.source ?? '-'}  event ${m.eventDate ?? '?'}  published ${m.publishedAt ?? '?'}${copy}`);
    lines.push(`      ${m.title ?? m.lead}`);
  }
  if (view.sharedEntities.length) lines.push('', 'Shared entities:', ...view.sharedEntities.map((e) => `  ${e.name} (${e.id}) in ${e.articles} articles`));
  if (view.quotes.length) lines.push('', 'Quotes:', ...view.quotes.map((q) => `  ${q.articleId}  ${q.speaker ?? '?'}${q.via ? ` via ${q.via}` : ''}: ${q.text}`));
  if (view.storyline && view.storyline.chain.length > 1) {
    lines.push('', 'Storyline:', ...view.storyline.chain.map((s) => `  ${s.firstDate ?? '?'}  ${s.storyId}${s.storyId === view.id ? ' ←' : ''}  (${s.articles} art.; shares ${s.shared.join(', ')})`));
  }
  return lines.join('\n');
}

/** Why an article is in its story: the best match, its features with weights, dates and participants. */
export function formatExplanation(e: StoryExplanation): string {
  const lines = [`${e.articleId} ${e.action} ${e.storyId} (threshold ${e.threshold})`];
  const anchors = e.duplicate?.anchors;
  if (e.duplicate && anchors) lines.push(`  translation of ${e.duplicate.of} (${anchors.shared} names and numbers shared, ${n3(anchors.order)} in order)`);
  else if (e.duplicate) lines.push(`  copy of ${e.duplicate.of} (shingle Jaccard ≈ ${n3(e.duplicate.jaccard)})`);
  if (e.match) {
    const m = e.match;
    lines.push(`  best match ${m.articleId} score ${n3(m.score)}: ${m.title ?? ''}`);
    lines.push(`  per kind: ${Object.entries(m.kinds).map(([k, v]) => `${k} ${n3(v ?? 0)}`).join(', ')}`);
    lines.push(`  dates: ${m.dates.relation}${m.dates.days !== null ? ` (${m.dates.days} days by ${m.dates.basis})` : ''}${m.dateBonus ? `, ${m.dateBonus > 0 ? '+' : ''}${n3(m.dateBonus)}` : ''}`);
    lines.push(`  participants: ${m.participants}${m.participantPenalty ? `, −${n3(m.participantPenalty)}` : ''}`);
    lines.push('  matched features:', ...m.features.map((f) => `    ${n3(f.weight)}  ${f.kind.padEnd(6)} ${f.label}  (${f.feature})`));
  } else lines.push('  no candidate story shared a feature');
  if (e.others.length) lines.push(`  other stories: ${e.others.map((o) => `${o.storyId} ${n3(o.score)}`).join(', ')}`);
  lines.push(`  cost: ${e.cost.compared} articles compared, ${e.cost.postingsRead} postings read`);
  return lines.join('\n');
}
