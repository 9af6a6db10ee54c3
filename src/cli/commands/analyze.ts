import { createDefaultPipeline } from '../../pipeline/default.js';
import { createStore, resolveStorePath } from '../../store/index.js';
import { runBatch } from '../batch.js';
import { createBatchStories } from '../stories.js';
import { EXIT, reportRejected, type CommandRegistrar } from '../context.js';
import { formatRecord } from '../format.js';
import { parseDateFlag, parseMaxSize } from '../options.js';
import { createProgress } from '../progress.js';
import { formatSummary, rejectedCount } from '../summary.js';

interface AnalyzeOptions {
  db?: string;
  store: boolean;
  json?: boolean;
  maxSize?: string;
  publishedAt?: string;
  displayLang?: string;
}

/** `crosswire analyze <paths…|->`: print the analysis of each article (JSON Lines with --json). */
export const analyzeCommand: CommandRegistrar = (program, ctx, setExit, dbOption) => {
  program
    .command('analyze')
    .description('analyse articles and print the result (the JSON Lines contract with --json, see docs/output.md)')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--json', 'print one JSON object per article (JSON Lines)')
    .option('--no-store', 'do not read or write the store (batch use)')
    .addOption(dbOption())
    .option('--max-size <MB>', 'reject inputs larger than this', '20')
    .option('--published-at <date>', 'publication date (YYYY-MM-DD) for inputs that state none, e.g. plain text files')
    .option('--display-lang <code>', 'language of entity names in the output', 'en')
    .action(async (paths: string[], opts: AnalyzeOptions) => {
      const maxBytes = parseMaxSize(opts.maxSize);
      const store = opts.store ? createStore({ path: resolveStorePath(opts.db) }) : null;
      const pipeline = await createDefaultPipeline({ displayLanguage: opts.displayLang });
      try {
        const summary = await runBatch({
          paths,
          pipeline,
          store,
          stories: createBatchStories(store),
          defaultPublishedAt: parseDateFlag('--published-at', opts.publishedAt),
          ingest: { maxBytes },
          // A progress bar would interleave with records printed as they come; only when stdout is elsewhere.
          progress: createProgress(ctx.stderr, !ctx.quiet && !ctx.stdout.isTTY),
          onRejected: (r, error) => reportRejected(ctx, r, error),
          onResult: ({ record }) => {
            ctx.stdout.write(opts.json ? `${JSON.stringify(record)}\n` : `${formatRecord(record)}\n\n`);
          },
        });
        if (!ctx.quiet) ctx.stderr.write(`${formatSummary(summary, store !== null)}\n`);
        setExit(rejectedCount(summary) > 0 ? EXIT.partial : EXIT.ok);
      } finally {
        pipeline.dispose();
        store?.close();
      }
    });
};
