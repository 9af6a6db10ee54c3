import { createServer, isLoopback } from '../../api/index.js';
import { createError } from '../../errors.js';
import { createStore, resolveStorePath } from '../../store/index.js';
import { type CommandRegistrar } from '../context.js';
import { parseMaxSize } from '../options.js';

interface ServeOptions {
  db?: string;
  host: string;
  port: string;
  token?: string;
  maxUpload?: string;
}

/** Default port: unassigned by IANA, and easy to remember ("CROSS" on a phone pad is 27677; too high to type). */
const DEFAULT_PORT = '8377';

/** `crosswire serve`: the JSON API and web UI over the store, on 127.0.0.1 unless told otherwise. */
export const serveCommand: CommandRegistrar = (program, ctx, _setExit, dbOption) => {
  program
    .command('serve')
    .description('start the web UI and JSON API over the store (http://127.0.0.1:8377)')
    .addOption(dbOption())
    .option('--host <address>', 'address to bind; anything but loopback needs --token', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', DEFAULT_PORT)
    .option('--token <secret>', 'require this bearer token for writes (default $CROSSWIRE_TOKEN)')
    .option('--max-upload <MB>', 'largest upload accepted', '20')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw createError('INVALID_ARGUMENT', '--port', opts.port, 'an integer from 0 to 65535');
      const token = opts.token ?? process.env.CROSSWIRE_TOKEN ?? null;
      if (!isLoopback(opts.host) && !token) {
        throw createError('INVALID_ARGUMENT', '--host', opts.host, 'a loopback address (127.0.0.1), or a token for writes with --token or CROSSWIRE_TOKEN');
      }
      const path = resolveStorePath(opts.db);
      const store = createStore({ path });
      let app;
      try {
        app = await createServer({ store, host: opts.host, token, maxUploadBytes: parseMaxSize(opts.maxUpload) });
      } catch (error) {
        store.close();
        throw error;
      }
      const address = await app.listen({ host: opts.host, port });
      ctx.stderr.write(`crosswire: serving ${path} at ${address}${token ? ' (writes need the token)' : ''} — Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await app.close();
      store.close();
    });
};
