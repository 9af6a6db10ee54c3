import { resolveStorePath } from '../../store/index.js';
import { EXIT, type CommandRegistrar } from '../context.js';
import { parseDateFlag, parseMaxSize } from '../options.js';
import { createProgress } from '../progress.js';
import { runInputs } from '../run-inputs.js';
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
      const summary = await runInputs(ctx, {
        paths,
        storePath: resolveStorePath(opts.db),
        maxBytes: parseMaxSize(opts.maxSize),
        defaultPublishedAt: parseDateFlag('--published-at', opts.publishedAt),
        progress: createProgress(ctx.stderr, !ctx.quiet),
      });
      if (!ctx.quiet) ctx.stderr.write(`${formatSummary(summary, true)}\n`);
      setExit(rejectedCount(summary) > 0 ? EXIT.partial : EXIT.ok);
    });
};
