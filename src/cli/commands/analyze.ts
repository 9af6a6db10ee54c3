import { resolveStorePath } from '../../store/index.js';
import { EXIT, type CommandRegistrar } from '../context.js';
import { formatRecord } from '../format.js';
import { parseDateFlag, parseMaxSize } from '../options.js';
import { createProgress } from '../progress.js';
import { runInputs } from '../run-inputs.js';
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
      const summary = await runInputs(ctx, {
        paths,
        storePath: opts.store ? resolveStorePath(opts.db) : null,
        maxBytes: parseMaxSize(opts.maxSize),
        defaultPublishedAt: parseDateFlag('--published-at', opts.publishedAt),
        displayLanguage: opts.displayLang,
        // A progress bar would interleave with records printed as they come; only when stdout is elsewhere.
        progress: createProgress(ctx.stderr, !ctx.quiet && !ctx.stdout.isTTY),
        onResult: ({ record }) => {
          ctx.stdout.write(opts.json ? `${JSON.stringify(record)}\n` : `${formatRecord(record)}\n\n`);
        },
      });
      if (!ctx.quiet) ctx.stderr.write(`${formatSummary(summary, opts.store)}\n`);
      setExit(rejectedCount(summary) > 0 ? EXIT.partial : EXIT.ok);
    });
};
