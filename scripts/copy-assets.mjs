// Copies the data files that live beside the sources (language packs, KB, models, migrations)
// into dist/, so modules find them with `new URL('./x.json', import.meta.url)` from src/ and dist/ alike.
import { cpSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ASSET = /\.(json|jsonl|txt|sql|bin|tsv|gz)$/;
const src = 'src';
const out = 'dist';

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // Test fixtures are not shipped.
      if (name !== 'fixtures') walk(path);
    }
    else if (ASSET.test(name)) {
      const target = join(out, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
walk(src);
