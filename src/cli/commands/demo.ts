import { fileURLToPath } from 'node:url';
import { resolveStorePath } from '../../store/index.js';
import { EXIT, type CommandRegistrar } from '../context.js';
import { formatRecord } from '../format.js';
import { runInputs } from '../run-inputs.js';
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
      ctx.stdout.write(`Analysing the sample articles in ${SAMPLES_DIR} into ${path}\n\n`);
      const summary = await runInputs(ctx, {
        paths: [SAMPLES_DIR],
        storePath: path,
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
    });
};
