import { storedRecords } from '../records.js';
import { filterQuotes } from '../../stages/quotes/index.js';
import { createStore, resolveStorePath } from '../../store/index.js';
import { EXIT, type CommandRegistrar } from '../context.js';

interface QuotesOptions {
  db?: string;
  speaker?: string;
  via?: string;
  since?: string;
  json?: boolean;
}

/** `crosswire quotes --speaker NAME [--via AGENCY] [--since DATE]`: statements across the store. */
export const quotesCommand: CommandRegistrar = (program, ctx, setExit, dbOption) => {
  program
    .command('quotes')
    .description('list stored statements by speaker and relaying agency, in any language')
    .option('--speaker <name>', 'who said it (a name in any script, or a QID)')
    .option('--via <agency>', 'the outlet or agency the article credits')
    .option('--since <date>', 'articles published on or after (YYYY-MM-DD)')
    .option('--json', 'print matches as JSON Lines')
    .addOption(dbOption())
    .action((opts: QuotesOptions) => {
      const store = createStore({ path: resolveStorePath(opts.db) });
      try {
        const records = storedRecords(store);
        const found = filterQuotes(records, { speaker: opts.speaker, via: opts.via, since: opts.since });
        for (const { article, quote } of found) {
          if (opts.json) {
            ctx.stdout.write(`${JSON.stringify({ article, quote })}\n`);
            continue;
          }
          const who = quote.speaker?.name ?? 'unknown speaker';
          const via = quote.via ? ` (via ${quote.via.name})` : '';
          const stance = quote.stance && quote.stance !== 'neutral' ? ` [${quote.stance}]` : '';
          const date = article.publishedAt?.slice(0, 10) ?? 'undated';
          ctx.stdout.write(`${who}${via}${stance} — ${date} ${article.language} ${article.title ?? article.id}\n  ${quote.text.replace(/\s+/g, ' ')}\n\n`);
        }
        if (!opts.json && found.length === 0) ctx.stdout.write('No matching statements.\n');
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
};
