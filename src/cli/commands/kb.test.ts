import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { kbCommand } from './kb.js';

async function run(argv: string[], env: Record<string, string> = {}): Promise<string> {
  let out = '';
  const sink = { write: (s: string) => ((out += s), true), isTTY: false } as unknown as NodeJS.WriteStream;
  const ctx: CliContext = { stdout: sink, stderr: sink, debug: false, quiet: true };
  const program = new Command('crosswire').exitOverride();
  kbCommand(program, ctx, () => {}, () => new Option('--db <path>'));
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } finally {
    process.env = saved;
  }
  return out;
}

test('kb show finds an entity by a name in any script and prints its names and roles', async () => {
  const out = await run(['kb', 'show', 'Лукашенко'], { CROSSWIRE_KB_DIR: mkdtempSync(join(tmpdir(), 'kb-')) });
  assert.match(out, /^Q2866 {2}PER {2}Alexander Lukashenko$/m);
  assert.match(out, /ar: ألكسندر لوكاشينكو/);
  assert.match(out, /president of Q184: 1994-07-20 – now/);
  assert.match(await run(['kb', 'show', 'Nobody', 'Atall']), /No entity is named "Nobody Atall"/);
});

test('kb add validates and copies into $CROSSWIRE_KB_DIR', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  const file = join(mkdtempSync(join(tmpdir(), 'src-')), 'extra.jsonl');
  writeFileSync(file, '{"id":"x:ali-larijani","type":"PER","names":{"en":["Ali Larijani"],"fa":["علی لاریجانی"]}}\n');
  assert.equal(await run(['kb', 'add', file], { CROSSWIRE_KB_DIR: dir }), `added 1 entity to ${join(dir, 'extra.jsonl')}\n`);
  assert.match(await run(['kb', 'show', 'علي لاريجاني'], { CROSSWIRE_KB_DIR: dir }), /^x:ali-larijani {2}PER/m);
});

test('explain-entity prints the key, the candidates and the decision', async () => {
  const out = await run(['explain-entity', 'Pezeshkiyan']);
  assert.match(out, /key: +bzskn/);
  assert.match(out, /decision: +Q5933752 by translit/);
});
