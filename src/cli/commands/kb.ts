import { addKbFile, findKbEntries, loadKnowledgeBase } from '../../kb/index.js';
import { explainEntity } from '../../stages/entities/index.js';
import { EXIT, type CommandRegistrar } from '../context.js';

/** `crosswire kb add FILE`, `crosswire kb show NAME` and `crosswire explain-entity NAME`. */
export const kbCommand: CommandRegistrar = (program, ctx, setExit) => {
  const kb = program.command('kb').description('the knowledge base of entities (Wikidata ids, names in every script, roles)');
  kb.command('add')
    .description('validate a JSON Lines file of entities and add it to the user knowledge base')
    .argument('<file>', 'one entity per line (see docs/knowledge-base.md)')
    .action((file: string) => {
      const result = addKbFile(file);
      ctx.stdout.write(`added ${result.added} entit${result.added === 1 ? 'y' : 'ies'} to ${result.file}\n`);
      setExit(EXIT.ok);
    });
  kb.command('show')
    .description('look an entity up by any of its names, in any script')
    .argument('<name...>', 'a name, e.g. Lukashenko, لوكاشينكو or Лукашенко')
    .option('--json', 'print the entries as JSON Lines')
    .action((words: string[], opts: { json?: boolean }) => {
      const entries = findKbEntries(words.join(' '));
      if (entries.length === 0) ctx.stdout.write(`No entity is named "${words.join(' ')}".\n`);
      for (const entry of entries) {
        ctx.stdout.write(opts.json ? `${JSON.stringify(entry)}\n` : `${formatEntry(entry)}\n\n`);
      }
      setExit(entries.length > 0 ? EXIT.ok : EXIT.partial);
    });
  program
    .command('explain-entity')
    .description('show how a name is linked: its transliteration key, the candidates and their scores')
    .argument('<name...>', 'a name in any script')
    .action((words: string[]) => {
      ctx.stdout.write(`${explainEntity(words.join(' '), loadKnowledgeBase())}\n`);
      setExit(EXIT.ok);
    });
};

function formatEntry(entry: ReturnType<typeof findKbEntries>[number]): string {
  const lines = [`${entry.id}  ${entry.type}  ${entry.names.en?.[0] ?? Object.values(entry.names)[0]?.[0] ?? ''}`];
  for (const [lang, names] of Object.entries(entry.names)) lines.push(`  ${lang}: ${names.join(' · ')}`);
  for (const role of entry.roles) lines.push(`  ${role.role} of ${role.of}: ${role.start ?? '?'} – ${role.end ?? 'now'}`);
  return lines.join('\n');
}
