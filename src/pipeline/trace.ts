/** A lazy trace: the closure runs only when tracing is on, so the hot path pays nothing. */
export type Trace = (message: () => string) => void;

/** A trace that does nothing. */
export const silentTrace: Trace = () => {};

/** A trace that keeps messages in memory (for tests and `--explain`). */
export function createBufferedTrace(prefix = ''): { trace: Trace; lines: string[] } {
  const lines: string[] = [];
  return { trace: (message) => lines.push(prefix + message()), lines };
}

/** A trace that writes each message to a stream as it comes. */
export function createStreamTrace(write: (line: string) => void, prefix = ''): Trace {
  return (message) => write(prefix + message() + '\n');
}
