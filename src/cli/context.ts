import type { Rejected } from '../model/diagnostic.js';
import { formatRejected } from '../model/diagnostic.js';

/** What a command may touch: its streams and flags. Commands never call process.exit. */
export interface CliContext {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly debug: boolean;
  readonly quiet: boolean;
}

/** Exit codes (README, "Exit codes"). */
export const EXIT = {
  /** Everything succeeded. */
  ok: 0,
  /** The command ran, but some inputs were rejected or failed. */
  partial: 1,
  /** Nothing could run: bad usage, configuration or store error. */
  fatal: 2,
} as const;

/** Prints a rejected input as one line on stderr, with the stack only under --debug. */
export function reportRejected(ctx: CliContext, rejected: Rejected, error?: unknown): void {
  ctx.stderr.write(`crosswire: ${formatRejected(rejected)}\n`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
}

/** Registers one command on the program; `setExit` records the exit code of the run. */
export type CommandRegistrar = (
  program: import('commander').Command,
  ctx: CliContext,
  setExit: (code: number) => void,
  dbOption: () => import('commander').Option,
) => void;
