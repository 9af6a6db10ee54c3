/**
 * The quality gate: `eval/baseline.json` pins a floor for each named score of each task, with a
 * digest of the data the task read. `npm run eval -- --gate` fails when a score falls below its
 * floor by more than the noise margin; `--update-baseline` re-pins the floors from this run and
 * refuses to lower one unless `--allow-lower` is given too (say why in docs/quality.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pinned baseline. */
export interface Baseline {
  /** Allowed drop below a floor before the gate fails (run-to-run noise, e.g. tie order). */
  readonly margin: number;
  /** Per task: sha256 of the data files it reads, so floors are only compared on the same data. */
  readonly data: Record<string, string>;
  /** `task.score` → floor. */
  readonly floors: Record<string, number>;
}

export const BASELINE_PATH = new URL('./baseline.json', import.meta.url);

const DEFAULT_MARGIN = 0.005;

// The folders of ../shared/data (and the seeds beside it) that each task reads.
const TASK_DATA: Record<string, readonly string[]> = {
  langid: ['ner'],
  ner: ['ner'],
  names: ['names'],
  // The multilingual time, quote and event gold sets point into the seed articles (and NER texts).
  time: ['time', 'ner', '../seeds'],
  quotes: ['quotes', 'ner', '../seeds'],
  stories: ['stories', '../seeds'],
  events: ['events', '../seeds'],
};

export function readBaseline(): Baseline | null {
  return existsSync(BASELINE_PATH) ? (JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline) : null;
}

/** sha256 over the relative paths and contents of every file a task reads, in sorted order. */
export function dataDigest(dataDir: string, task: string): string {
  const hash = createHash('sha256');
  for (const folder of TASK_DATA[task] ?? []) {
    const root = join(dataDir, folder);
    if (!existsSync(root)) continue;
    for (const file of listFiles(root)) {
      hash.update(`${folder}/${file}\0`);
      hash.update(readFileSync(join(root, file)));
    }
  }
  return hash.digest('hex');
}

function listFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out;
}

/** One gate verdict per pinned score of the tasks that ran. */
export interface GateResult {
  readonly failures: readonly string[];
  readonly notes: readonly string[];
}

/**
 * Compares this run's scores with the baseline. A task whose data digest differs is not gated (its
 * floors were pinned on other data) and is named in the notes.
 */
export function checkGate(baseline: Baseline, scores: Record<string, Record<string, number>>, digests: Record<string, string>): GateResult {
  const failures: string[] = [];
  const notes: string[] = [];
  for (const [task, taskScores] of Object.entries(scores)) {
    if (baseline.data[task] !== digests[task]) {
      notes.push(`${task}: data differs from the baseline's; not gated (re-pin with --update-baseline)`);
      continue;
    }
    for (const [key, floor] of Object.entries(baseline.floors)) {
      if (!key.startsWith(`${task}.`)) continue;
      const score = taskScores[key.slice(task.length + 1)];
      if (isSpeed(key)) continue;
      if (score === undefined) notes.push(`${key}: pinned but not reported by this run`);
      else if (score < floor - baseline.margin) failures.push(`${key}: ${score.toFixed(4)} < floor ${floor.toFixed(4)} (margin ${baseline.margin})`);
    }
  }
  return { failures, notes };
}

/**
 * The baseline after this run: floors of the tasks that ran are replaced by their scores (rounded
 * down to 4 decimals). Returns the floors that would go down, which the caller must allow.
 */
export function updatedBaseline(
  previous: Baseline | null,
  scores: Record<string, Record<string, number>>,
  digests: Record<string, string>,
): { baseline: Baseline; lowered: string[] } {
  const floors = { ...(previous?.floors ?? {}) };
  const data = { ...(previous?.data ?? {}) };
  const lowered: string[] = [];
  for (const [task, taskScores] of Object.entries(scores)) {
    for (const key of Object.keys(floors)) if (key.startsWith(`${task}.`)) delete floors[key];
    for (const [name, score] of Object.entries(taskScores)) {
      if (!Number.isFinite(score) || isSpeed(name)) continue;
      const key = `${task}.${name}`;
      const floor = Math.floor(score * 10_000) / 10_000;
      const before = previous?.floors[key];
      if (before !== undefined && previous?.data[task] === digests[task] && floor < before - (previous?.margin ?? 0)) {
        lowered.push(`${key}: ${before} → ${floor}`);
      }
      floors[key] = floor;
    }
    data[task] = digests[task]!;
  }
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { baseline: { margin: previous?.margin ?? DEFAULT_MARGIN, data, floors: sorted }, lowered };
}

// Speed figures vary with the machine's load: `npm run bench` reports them, the gate does not pin them.
const isSpeed = (name: string): boolean => /PerSecond$|[Mm]s$/.test(name);

export function writeBaseline(baseline: Baseline): void {
  writeFileSync(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
}
