/**
 * `npm run train:ner [-- --lang ro,ru] [--data DIR] [--epochs N] [--min-count N] [--out DIR] [--gazetteer MODULE]`
 *
 * Trains the named-entity taggers on ALL the labelled data of each language (../shared/data/ner,
 * see its README) and writes one model per language. Where the corpus licence allows
 * redistribution (RONEC: MIT; factRuEval-2016: MIT) the model goes to
 * src/stages/entities/tagger/models/ and is committed; otherwise (ANERcorp, Arman, CoNLL-2003:
 * research use) it goes to the git-ignored .models/ at the repository root, where loadTagger()
 * also looks. Gazetteer features come from the bundled KB (the lookup the entities stage gives
 * the taggers at run time); `--gazetteer none` trains without them, `--gazetteer MODULE` uses a
 * module exporting `gazetteerFor(code)`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { NER_CORPORA } from '../src/stages/entities/tagger/corpora/registry.js';
import { LOCAL_MODEL_DIR, modelFileName, SHIPPED_MODEL_DIR } from '../src/stages/entities/tagger/load.js';
import { serializeModel } from '../src/stages/entities/tagger/model-io.js';
import { describeGazetteerOption, resolveGazetteerOption } from '../src/stages/entities/tagger/training/gazetteer-option.js';
import { trainLanguage } from '../src/stages/entities/tagger/training/train-language.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: resolve(REPO_ROOT, '../shared/data') },
      lang: { type: 'string' },
      epochs: { type: 'string' },
      'min-count': { type: 'string' },
      out: { type: 'string' },
      gazetteer: { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  const dataDir = resolve(values.data);
  if (!existsSync(resolve(dataDir, 'ner'))) {
    console.error(`train:ner: labelled data not found at ${dataDir}/ner (pass --data DIR)`);
    return 2;
  }
  const codes = values.lang ? values.lang.split(',') : Object.keys(NER_CORPORA);
  const unknown = codes.find((c) => !(c in NER_CORPORA));
  if (unknown) {
    console.error(`train:ner: no NER corpus for "${unknown}". Languages: ${Object.keys(NER_CORPORA).join(', ')}`);
    return 2;
  }
  const gazetteerFor = await resolveGazetteerOption(values.gazetteer);
  console.log(`train:ner: ${describeGazetteerOption(values.gazetteer)}`);
  for (const code of codes) {
    const corpus = NER_CORPORA[code]!;
    const started = performance.now();
    const { all } = corpus.load(dataDir);
    const gazetteer = gazetteerFor(code);
    const model = trainLanguage(code, all, {
      trainedOn: `${corpus.name}, all ${all.length} sentences`,
      licence: corpus.licence,
      ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
      ...(values['min-count'] ? { minCount: Number(values['min-count']) } : {}),
      ...(gazetteer ? { gazetteer } : {}),
    });
    const dir = values.out ? pathToFileURL(resolve(values.out) + '/') : corpus.shippable ? SHIPPED_MODEL_DIR : LOCAL_MODEL_DIR;
    mkdirSync(dir, { recursive: true });
    const file = new URL(modelFileName(code), dir);
    const bytes = serializeModel(model);
    writeFileSync(file, bytes);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const where = relative(REPO_ROOT, fileURLToPath(file));
    console.log(
      `${code}: ${model.header.sentences} sentences, ${model.header.tokens} tokens, ${model.keys.length} features → ` +
        `${where} (${(bytes.length / 1024).toFixed(0)} KiB, ${seconds}s; ${corpus.licence}${corpus.shippable ? '; shipped' : '; local only'})`,
    );
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`train:ner: ${(error as Error).message}`);
  if (process.argv.includes('--debug')) console.error(error);
  process.exitCode = 1;
}
