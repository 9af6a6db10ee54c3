/**
 * Reading PolNeAR (Newell et al. 2018): brat standoff `.ann` files over `text/`, one attribution per
 * `E` line (`Attribution:T4 Content:T3 Cue:T2 Source:T1`), each `T` a typed span (possibly
 * discontinuous: `Content 10 20;25 30`). `metadata.tsv` gives each article's wire credit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/model/span.js';

/** One gold attribution. */
export interface GoldAttribution {
  readonly content: readonly Span[];
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
}

/** One annotated article. */
export interface GoldDocument {
  readonly name: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
  /** The `wire` column: `AP`, `UPI`, `reuters`, `None`; `NA` when unknown. */
  readonly wire: string;
  /** The `publication_date` column (`2016-03-11`), or null when unknown. */
  readonly published: string | null;
}

/** Loads the documents of one compartment (`dev`, `train`) with their first annotator's attributions. */
export function loadPolnear(root: string, compartment: string): GoldDocument[] {
  const dir = join(root, compartment);
  if (!existsSync(dir)) return [];
  const { wires, dates } = readMetadata(join(root, 'metadata.tsv'));
  const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const docs: GoldDocument[] = [];
  for (const ann of annFiles) {
    const name = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const textPath = join(dir, 'text', `${name}.txt`);
    if (!existsSync(textPath)) continue;
    docs.push({
      name,
      text: readFileSync(textPath, 'utf8'),
      attributions: parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8')),
      wire: wires.get(name) ?? 'NA',
      published: dates.get(name) ?? null,
    });
  }
  return docs;
}

function parseAnn(source: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const events: string[] = [];
  for (const line of source.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const ranges = body.slice(body.indexOf(' ') + 1);
      spans.set(id, ranges.split(';').map((r) => {
        const [a, b] = r.trim().split(' ').map(Number);
        return { start: a!, end: b! };
      }));
    } else if (id.startsWith('E')) events.push(body);
  }
  for (const body of events) {
    const roles = new Map(body.split(' ').map((p) => p.split(':') as [string, string]));
    const get = (role: string) => spans.get(roles.get(role) ?? '') ?? [];
    if (get('Content').length) out.push({ content: get('Content'), source: get('Source'), cue: get('Cue') });
  }
  return out;
}

function readMetadata(path: string): { wires: Map<string, string>; dates: Map<string, string> } {
  const wires = new Map<string, string>();
  const dates = new Map<string, string>();
  if (!existsSync(path)) return { wires, dates };
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
  const cols = header!.split('\t');
  const nameAt = cols.indexOf('filename');
  const wireAt = cols.indexOf('wire');
  const dateAt = cols.indexOf('publication_date');
  for (const row of rows) {
    const cells = row.split('\t');
    if (!cells[nameAt]) continue;
    wires.set(cells[nameAt]!, cells[wireAt] ?? 'NA');
    if (/^\d{4}-\d{2}-\d{2}$/.test(cells[dateAt] ?? '')) dates.set(cells[nameAt]!, cells[dateAt]!);
  }
  return { wires, dates };
}
