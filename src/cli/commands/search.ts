import { createStore, resolveStorePath } from '../../store/index.js';
import type { SearchHit } from '../../search/index.js';
import { EXIT, type CommandRegistrar, type CliContext } from '../context.js';
import { parseDateFlag } from '../options.js';

interface SearchOptions {
  db?: string;
  lang?: string;
  since?: string;
  until?: string;
  source?: string;
  limit: string;
  json?: boolean;
}

/** `crosswire search <query>`: full-text search over the stored articles, in any script. */
export const searchCommand: CommandRegistrar = (program, ctx, setExit, dbOption) => {
  program
    .command('search')
    .description('full-text search over stored articles (letter variants, diacritics and ZWNJ do not matter)')
    .argument('<query...>', 'words (which also match their suffixed forms) and "quoted phrases" (exact)')
    .option('--lang <code>', 'only articles in this language (ISO 639-1)')
    .option('--since <date>', 'published on or after (YYYY[-MM[-DD]])')
    .option('--until <date>', 'published on or before (YYYY[-MM[-DD]])')
    .option('--source <name>', 'only this outlet')
    .option('--limit <n>', 'how many results', '20')
    .option('--json', 'print hits as JSON Lines')
    .addOption(dbOption())
    .action(async (words: string[], opts: SearchOptions) => {
      const store = createStore({ path: resolveStorePath(opts.db) });
      try {
        const hits = store.search({
          text: words.join(' '),
          language: opts.lang,
          since: parseDateFlag('--since', opts.since),
          until: parseDateFlag('--until', opts.until),
          source: opts.source,
          limit: Number.parseInt(opts.limit, 10) || 20,
        });
        if (opts.json) for (const hit of hits) ctx.stdout.write(`${JSON.stringify(hit)}\n`);
        else printHits(ctx, hits);
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
};

function printHits(ctx: CliContext, hits: readonly SearchHit[]): void {
  if (hits.length === 0) {
    ctx.stdout.write('No matches.\n');
    return;
  }
  const color = ctx.stdout.isTTY === true;
  hits.forEach((hit, i) => {
    const meta = [hit.publishedAt?.slice(0, 10) ?? 'undated', hit.language, hit.source].filter(Boolean).join(' · ');
    ctx.stdout.write(`${i + 1}. ${hit.title ?? hit.id}\n   ${meta}\n   ${highlight(hit.snippet, color)}\n\n`);
  });
}

// Marks hits in bold on a terminal, with ⟦ ⟧ elsewhere (so piped output still shows them).
function highlight(snippet: SearchHit['snippet'], color: boolean): string {
  let out = '';
  let at = 0;
  for (const h of snippet.highlights) {
    out += snippet.text.slice(at, h.start);
    const word = snippet.text.slice(h.start, h.end);
    out += color ? `\x1b[1;33m${word}\x1b[0m` : `⟦${word}⟧`;
    at = h.end;
  }
  return (out + snippet.text.slice(at)).replace(/\s+/g, ' ');
}
