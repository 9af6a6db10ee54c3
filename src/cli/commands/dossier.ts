import { buildDossier, renderDossier, type DossierFormat } from '../../corpus/dossiers/index.js';
import { exportEvents } from '../../corpus/export/index.js';
import { createError } from '../../errors.js';
import { storedRecords } from '../records.js';
import { createStore, resolveStorePath } from '../../store/index.js';
import { EXIT, type CommandRegistrar } from '../context.js';
import { parseDateFlag } from '../options.js';

const DOSSIER_FORMATS = ['md', 'html', 'json'] as const;
const EXPORT_FORMATS = ['jsonl', 'tsv'] as const;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw createError('INVALID_ARGUMENT', name, value, `one of ${allowed.join(', ')}`);
}

/** `crosswire dossier A B` (an actor pair over time) and `crosswire export-events` (JSONL or TSV). */
export const dossierCommand: CommandRegistrar = (program, ctx, setExit, dbOption) => {
  program
    .command('dossier')
    .description('the relationship between two actors over time: events, agreements, statements, coverage, with evidence')
    .argument('<a>', 'an actor: a QID or a name in any script (Iran, إيران, Q794)')
    .argument('<b>', 'the other actor')
    .option('--since <date>', 'events on or after (YYYY[-MM[-DD]])')
    .option('--format <format>', 'md, html or json', 'md')
    .option('--display-lang <code>', 'language of entity names', 'en')
    .addOption(dbOption())
    .action((a: string, b: string, opts: { since?: string; format: string; displayLang: string; db?: string }) => {
      const format = oneOf<DossierFormat>('--format', opts.format, DOSSIER_FORMATS);
      const since = parseDateFlag('--since', opts.since);
      const store = createStore({ path: resolveStorePath(opts.db) });
      try {
        const records = [...storedRecords(store)];
        const dossier = buildDossier(records, a, b, { since, displayLanguage: opts.displayLang });
        ctx.stdout.write(`${renderDossier(dossier, format)}\n`);
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
  program
    .command('export-events')
    .description('all stored events as JSON Lines or a GDELT/PLOVER-like TSV, with evidence offsets')
    .option('--format <format>', 'jsonl or tsv', 'tsv')
    .addOption(dbOption())
    .action((opts: { format: string; db?: string }) => {
      const format = oneOf('--format', opts.format, EXPORT_FORMATS);
      const store = createStore({ path: resolveStorePath(opts.db) });
      try {
        ctx.stdout.write(exportEvents([...storedRecords(store)], format));
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
};
