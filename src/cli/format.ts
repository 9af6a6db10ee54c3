import type { ArticleRecord } from '../output/record.js';

// How many items of each kind the readable view lists before "…and N more".
const LIST_LIMIT = 8;

/** A readable multi-line summary of one analysed article (the non-JSON view of `analyze`). */
export function formatRecord(record: ArticleRecord): string {
  const lines: string[] = [];
  const where = record.file ?? record.url ?? record.id;
  lines.push(`${where}  [${record.language} ${record.languageConfidence.toFixed(2)}, ${record.script}]`);
  if (record.title) lines.push(`  title:     ${record.title}`);
  const published = record.publishedAt ? `${record.publishedAt} (${record.publishedAtSource})` : 'unknown';
  lines.push(`  published: ${published}${record.eventDate ? `   event date: ${record.eventDate}` : ''}`);
  if (record.source) lines.push(`  source:    ${record.source}`);
  lines.push(...list('entities', record.entities.map((e) => `${e.name} (${e.id}) ×${e.mentions.length}`)));
  lines.push(...list('dates', record.timexes.map((t) => `${t.text} → ${t.value}`)));
  lines.push(
    ...list(
      'quotes',
      record.quotes.map((q) => `${q.speaker?.name ?? '?'}${q.via ? ` via ${q.via.name}` : ''}: ${clip(q.text, 70)}`),
    ),
  );
  lines.push(...list('events', record.events.map((e) => `${e.type} ${e.source.join('+')} → ${e.target.join('+')} ${e.date ?? ''}`)));
  if (record.story) lines.push(`  story:     ${record.story}`);
  for (const d of record.diagnostics) if (d.severity !== 'info') lines.push(`  ${d.severity}: ${d.code} ${d.message}`);
  return lines.join('\n');
}

function list(label: string, items: string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, LIST_LIMIT);
  const more = items.length > LIST_LIMIT ? ` …and ${items.length - LIST_LIMIT} more` : '';
  return [`  ${`${label}:`.padEnd(10)} ${shown.join('; ')}${more}`];
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
