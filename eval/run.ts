/**
 * `npm run eval [task…] [-- --data DIR] [--gate] [--update-baseline [--allow-lower]]`: measures
 * accuracy against the labelled data in ../shared/data (or --data). Each task is a module
 * `eval/<task>.ts` exporting `evaluate`. `--gate` checks the scores against the floors pinned in
 * eval/baseline.json (see eval/gate.ts) and exits 1 when one falls below.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkGate, dataDigest, readBaseline, updatedBaseline, writeBaseline } from './gate.js';

/** What every evaluation module exports. */
export interface EvalTask {
  /** Runs the evaluation, prints a report, and returns named scores (e.g. `fa.F1`) for the gate. */
  evaluate(options: { dataDir: string; args: string[] }): Promise<Record<string, number>>;
}

const TASKS = ['langid', 'ner', 'names', 'time', 'quotes', 'stories', 'events'] as const;

async function main(argv: string[]): Promise<number> {
  const dataFlag = argv.indexOf('--data');
  const dataDir = resolve(dataFlag >= 0 ? argv[dataFlag + 1]! : '../shared/data');
  const rest = dataFlag >= 0 ? argv.filter((_, i) => i !== dataFlag && i !== dataFlag + 1) : argv;
  const requested = rest.filter((a) => !a.startsWith('--'));
  const flags = rest.filter((a) => a.startsWith('--'));
  if (!existsSync(dataDir)) {
    console.error(`eval: labelled data not found at ${dataDir} (pass --data DIR)`);
    return 2;
  }
  const unknown = requested.filter((t) => !(TASKS as readonly string[]).includes(t));
  if (unknown.length) {
    console.error(`eval: unknown task "${unknown[0]}". Tasks: ${TASKS.join(', ')}`);
    return 2;
  }
  const selected = requested.length ? requested : TASKS.filter((t) => existsSync(new URL(`./${t}.ts`, import.meta.url)));
  const scores: Record<string, Record<string, number>> = {};
  const digests: Record<string, string> = {};
  for (const task of selected) {
    const mod = (await import(`./${task}.ts`)) as EvalTask;
    console.log(`\n== ${task}`);
    const taskScores = await mod.evaluate({ dataDir, args: flags });
    if (Object.keys(taskScores).length === 0) continue; // skipped: its data is absent
    scores[task] = taskScores;
    digests[task] = dataDigest(dataDir, task);
  }
  if (flags.includes('--update-baseline')) return updateBaseline(scores, digests, flags.includes('--allow-lower'));
  if (flags.includes('--gate')) return gate(scores, digests);
  return 0;
}

function gate(scores: Record<string, Record<string, number>>, digests: Record<string, string>): number {
  const baseline = readBaseline();
  if (!baseline) {
    console.error('eval: no eval/baseline.json to gate against (pin one with --update-baseline)');
    return 2;
  }
  const { failures, notes } = checkGate(baseline, scores, digests);
  console.log('\n== gate');
  for (const note of notes) console.log(`note: ${note}`);
  for (const failure of failures) console.log(`FAIL ${failure}`);
  console.log(failures.length ? `${failures.length} score(s) below their floor` : 'every pinned score is at or above its floor');
  return failures.length ? 1 : 0;
}

function updateBaseline(scores: Record<string, Record<string, number>>, digests: Record<string, string>, allowLower: boolean): number {
  const { baseline, lowered } = updatedBaseline(readBaseline(), scores, digests);
  if (lowered.length && !allowLower) {
    for (const line of lowered) console.error(`would lower ${line}`);
    console.error('eval: refusing to lower floors; pass --allow-lower and say why in docs/quality.md');
    return 1;
  }
  writeBaseline(baseline);
  console.log(`\neval/baseline.json: ${Object.keys(baseline.floors).length} floors pinned`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
