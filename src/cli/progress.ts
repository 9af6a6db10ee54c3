import cliProgress from 'cli-progress';

/** Progress of a long batch; a no-op when the output is not a terminal. */
export interface Progress {
  start(totalFiles: number): void;
  /** One input file done; `articles` is the running count of analysed articles. */
  tick(articles: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a TTY (and not silenced), else nothing. */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { start() {}, tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: ' {bar} {value}/{total} files | {articles} articles | {rate} art/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let startedAt = 0;
  return {
    start(total) {
      startedAt = performance.now();
      bar.start(total, 0, { articles: 0, rate: '0' });
    },
    tick(articles) {
      const seconds = (performance.now() - startedAt) / 1000;
      bar.increment(1, { articles, rate: seconds > 0 ? (articles / seconds).toFixed(0) : '0' });
    },
    stop: () => bar.stop(),
  };
}
