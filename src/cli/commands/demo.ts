import { fileURLToPath } from 'node:url';
import { createDefaultPipeline } from '../../pipeline/default.js';
import { createStore, resolveStorePath } from '../../store/index.js';
import { runBatch } from '../batch.js';
import { createBatchStories } from '../stories.js';
import { EXIT, reportRejected, type CommandRegistrar } from '../context.js';
import { formatRecord } from '../format.js';
import { formatSummary, rejectedCount } from '../summary.js';

/** The bundled sample articles: five public news reports in Arabic, Romanian and Persian. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

/** `crosswire demo`: ingest the bundled samples and show what crosswire makes of them. */
export const demoCommand: CommandRegistrar = (program, ctx, setExit, dbOption) => {
  program
    .command('demo')
    .description('ingest the bundled sample articles (ar, ro, fa) and show their analysis')
    .addOption(dbOption())
    .action(async (opts: { db?: string }) => {
      const path = resolveStorePath(opts.db);
      const store = createStore({ path });
      const pipeline = await createDefaultPipeline();
      try {
        ctx.stdout.write(`Analysing the sample articles in ${SAMPLES_DIR} into ${path}\n\n`);
        const summary = await runBatch({
          paths: [SAMPLES_DIR],
          pipeline,
          store,
          stories: createBatchStories(store),
          onRejected: (r, error) => reportRejected(ctx, r, error),
          onResult: ({ record }) => ctx.stdout.write(`${formatRecord(record)}\n\n`),
        });
        ctx.stdout.write(`${formatSummary(summary, true)}\n\n`);
        ctx.stdout.write(
          'Try next:\n' +
            `  npx crosswire search Lukasenko${opts.db ? ` --db ${opts.db}` : ''}\n` +
            `  npx crosswire search "تحریم‌ها"${opts.db ? ` --db ${opts.db}` : ''}\n` +
            `  npx crosswire analyze ${SAMPLES_DIR} --json --no-store\n`,
        );
        setExit(rejectedCount(summary) > 0 ? EXIT.partial : EXIT.ok);
      } finally {
        pipeline.dispose();
        store.close();
      }
    });
};
