import { createDefaultPipeline } from '../../pipeline/default.js';
import { createStore, resolveStorePath } from '../../store/index.js';
import { runBatch } from '../batch.js';
import { createBatchStories } from '../stories.js';
import { EXIT, reportRejected, type CommandRegistrar } from '../context.js';
import { parseDateFlag, parseMaxSize } from '../options.js';
import { createProgress } from '../progress.js';
import { formatSummary, rejectedCount } from '../summary.js';

/** `crosswire ingest <paths…|->`: analyse inputs and store them, idempotently. */
export const ingestCommand: CommandRegistrar = (program, ctx, setExit, dbOption) => {
  program
    .command('ingest')
    .description('read articles (text, Markdown, HTML, RSS/Atom, JSON Lines; folders recursively; - for stdin) into the store')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .addOption(dbOption())
    .option('--max-size <MB>', 'reject inputs larger than this', '20')
    .option('--published-at <date>', 'publication date (YYYY-MM-DD) for inputs that state none, e.g. plain text files')
    .action(async (paths: string[], opts: { db?: string; maxSize?: string; publishedAt?: string }) => {
      const maxBytes = parseMaxSize(opts.maxSize);
      const store = createStore({ path: resolveStorePath(opts.db) });
      const pipeline = await createDefaultPipeline();
      try {
        const summary = await runBatch({
          paths,
          pipeline,
          store,
          stories: createBatchStories(store),
          defaultPublishedAt: parseDateFlag('--published-at', opts.publishedAt),
          ingest: { maxBytes },
          progress: createProgress(ctx.stderr, !ctx.quiet),
          onRejected: (r, error) => reportRejected(ctx, r, error),
        });
        if (!ctx.quiet) ctx.stderr.write(`${formatSummary(summary, true)}\n`);
        setExit(rejectedCount(summary) > 0 ? EXIT.partial : EXIT.ok);
      } finally {
        pipeline.dispose();
        store.close();
      }
    });
};
