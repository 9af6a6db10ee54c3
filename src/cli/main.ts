import { Command, CommanderError, Option } from 'commander';
import { CrosswireError } from '../errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { demoCommand } from './commands/demo.js';
import { dossierCommand } from './commands/dossier.js';
import { ingestCommand } from './commands/ingest.js';
import { kbCommand } from './commands/kb.js';
import { quotesCommand } from './commands/quotes.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { storiesCommand } from './commands/stories.js';
import { EXIT, type CliContext } from './context.js';

/**
 * The CLI entry point and its single error boundary: catalogued errors become one line naming the
 * input and the reason; anything else is reported as unexpected; stacks only with --debug.
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], streams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const debug = argv.includes('--debug');
  const quiet = argv.includes('--quiet');
  const ctx: CliContext = { ...streams, debug, quiet };
  let exitCode: number = EXIT.ok;
  const program = buildProgram(ctx, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFatal(ctx, error);
  }
}

function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command('crosswire')
    .description('Multilingual news event intelligence: entities, dates, quotes, events and stories, with provenance.')
    .version(process.env.npm_package_version ?? '0.1.0')
    .option('--debug', 'print stack traces of errors')
    .option('--quiet', 'no progress bar or summary')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  const dbOption = () => new Option('--db <path>', 'store file (default ./crosswire.db, or $CROSSWIRE_DB)');
  for (const register of [ingestCommand, analyzeCommand, searchCommand, demoCommand, kbCommand, quotesCommand, dossierCommand, storiesCommand, serveCommand]) {
    register(program, ctx, setExit, dbOption);
  }
  return program;
}

function reportFatal(ctx: CliContext, error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0.
    return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
  }
  if (error instanceof CrosswireError) {
    ctx.stderr.write(`crosswire: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr.write(`crosswire: unexpected error: ${message}${ctx.debug ? '' : ' (run with --debug for details)'}\n`);
  }
  if (ctx.debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  return EXIT.fatal;
}
