/**
 * `npm run eval [task…] [-- --data DIR]`: measures accuracy against the labelled data in
 * ../shared/data (or --data). Each task is a module `eval/<task>.ts` exporting `evaluate`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
  for (const task of selected) {
    const mod = (await import(`./${task}.ts`)) as EvalTask;
    console.log(`\n== ${task}`);
    await mod.evaluate({ dataDir, args: flags });
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
