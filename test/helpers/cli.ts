import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (tests run from it, but do not rely on that). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The shared seed articles, or null when ../shared is absent (tests then skip). */
export const SEEDS = existsSync(join(ROOT, '../shared/seeds')) ? join(ROOT, '../shared/seeds') : null;

/** Result of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `crosswire` binary (as users do) with a private store. */
export function runCli(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/crosswire.js'), ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'crosswire-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
