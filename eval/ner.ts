/**
 * `npm run eval:ner [-- --lang=ro,ru] [--epochs=N] [--min-count=N] [--seed=N] [--gazetteer=none|MODULE]
 * [--history=none] [--show-errors]`: strict span P/R/F1 of the trained taggers per language and
 * type, on a part of each corpus not used for training. `--history=none` trains sentence-only
 * models; `--seed` changes the perceptron's shuffling (to see the run-to-run spread);
 * `--show-errors` prints every wrong test sentence (missed names with -, spurious ones with +).
 *
 * Models are trained on the fly on the train part of each fixed split (see the corpus registry
 * for the protocol per language) — never the shipped models, which saw all the data. Scores are
 * strict (conlleval): a name counts when start, end and type all match. The headline figure
 * counts PER, ORG and LOC (GPE read as LOC); MISC is reported apart and left out of it.
 * Gazetteer features come from the bundled KB unless `--gazetteer=none` (as in train:ner).
 */
import { NER_CORPORA } from '../src/stages/entities/tagger/corpora/registry.js';
import { deserializeModel, serializeModel } from '../src/stages/entities/tagger/model-io.js';
import { createTagger } from '../src/stages/entities/tagger/tagger.js';
import { scoreTypes, type CountTable, type SpanScore } from '../src/stages/entities/tagger/training/score.js';
import { describeGazetteerOption, resolveGazetteerOption } from '../src/stages/entities/tagger/training/gazetteer-option.js';
import { countTaggerSpans, trainLanguage } from '../src/stages/entities/tagger/training/train-language.js';
import type { CorpusSentence } from '../src/stages/entities/tagger/corpora/types.js';
import type { LabelSpan, TagType } from '../src/stages/entities/tagger/labels.js';

const NAME_TYPES: readonly TagType[] = ['PER', 'ORG', 'LOC'];
const COLUMNS: readonly [string, readonly TagType[]][] = [['PER+ORG+LOC', NAME_TYPES], ['PER', ['PER']], ['ORG', ['ORG']], ['LOC', ['LOC']], ['MISC', ['MISC']]];

/** Runs the NER evaluation and returns `<lang>.F1`, `<lang>.P`, `<lang>.R` and `<lang>.<TYPE>.F1`. */
export async function evaluate(options: { dataDir: string; args: string[] }): Promise<Record<string, number>> {
  const flag = (name: string) => options.args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const codes = flag('lang')?.split(',') ?? Object.keys(NER_CORPORA);
  const epochs = flag('epochs') ? Number(flag('epochs')) : undefined;
  const minCount = flag('min-count') ? Number(flag('min-count')) : undefined;
  const seed = flag('seed') ? Number(flag('seed')) : undefined;
  const gazetteerFor = await resolveGazetteerOption(flag('gazetteer'));
  const history = flag('history') !== 'none';
  const showErrors = options.args.includes('--show-errors');
  const scores: Record<string, number> = {};
  console.log(`strict span P / R / F1 (%); headline = PER+ORG+LOC micro-average, MISC apart; ${describeGazetteerOption(flag('gazetteer'))}`);
  console.log(`${'lang'.padEnd(5)}${COLUMNS.map(([name]) => name.padEnd(20)).join('')}train   load  tag tok/s cold/warm`);
  for (const code of codes) {
    const corpus = NER_CORPORA[code];
    if (!corpus) throw new Error(`eval:ner: no NER corpus for "${code}". Languages: ${Object.keys(NER_CORPORA).join(', ')}`);
    const { folds } = corpus.load(options.dataDir);
    const gazetteer = gazetteerFor(code);
    const table: CountTable = new Map();
    let trainMs = 0;
    let loadMs = 0;
    let coldMs = 0;
    let warmMs = 0;
    let tokens = 0;
    for (const fold of folds) {
      const started = performance.now();
      const model = trainLanguage(code, fold.train, {
        trainedOn: `${corpus.name}, evaluation train part`,
        licence: corpus.licence,
        ...(epochs ? { epochs } : {}),
        ...(minCount ? { minCount } : {}),
        ...(seed ? { seed } : {}),
        ...(gazetteer ? { gazetteer } : {}),
        history,
      });
      trainMs += performance.now() - started;
      // Speed as the entities stage sees it: a model read from its file, then tagging with an
      // empty word cache (cold) and again with the words seen (warm; news repeats its words).
      const bytes = serializeModel(model);
      const loadStarted = performance.now();
      const tagger = createTagger(deserializeModel(bytes), gazetteer);
      loadMs += performance.now() - loadStarted;
      const coldStarted = performance.now();
      tokens += countTaggerSpans(tagger, fold.test, table, showErrors ? printErrors : undefined);
      coldMs += performance.now() - coldStarted;
      const warmStarted = performance.now();
      for (const sentence of fold.test) tagger.tag(sentence.tokens);
      warmMs += performance.now() - warmStarted;
    }
    const cells = COLUMNS.map(([name, types]) => {
      const s = scoreTypes(table, types);
      record(scores, name === 'PER+ORG+LOC' ? code : `${code}.${name}`, s);
      return format(s).padEnd(20);
    });
    const rate = (ms: number) => Math.round(tokens / (ms / 1000)).toString();
    const timing = `${(trainMs / 1000).toFixed(1).padStart(5)}s ${(loadMs / folds.length).toFixed(0).padStart(4)}ms  ${rate(coldMs)}/${rate(warmMs)}`;
    console.log(`${code.padEnd(5)}${cells.join('')}${timing}`);
    scores[`${code}.tokensPerSecond`] = tokens / (warmMs / 1000);
  }
  for (const code of codes) console.log(`  ${code}: ${NER_CORPORA[code]!.name} — ${NER_CORPORA[code]!.protocol}`);
  return scores;
}

// One line per wrong sentence: missed gold names (-), spurious predictions (+), in context.
function printErrors(sentence: CorpusSentence, predicted: readonly LabelSpan[]): void {
  const key = (s: LabelSpan) => `${s.start}:${s.end}:${s.type}`;
  const gold = new Set(sentence.spans.map(key));
  const found = new Set(predicted.map(key));
  const text = (s: LabelSpan) => `${s.type}[${sentence.tokens.slice(s.start, s.end).join(' ')}]`;
  const missed = sentence.spans.filter((s) => !found.has(key(s))).map((s) => `-${text(s)}`);
  const spurious = predicted.filter((s) => !gold.has(key(s))).map((s) => `+${text(s)}`);
  if (missed.length + spurious.length === 0) return;
  console.log(`  ${[...missed, ...spurious].join(' ')}  ‖ ${sentence.tokens.join(' ')}`);
}

function record(scores: Record<string, number>, prefix: string, s: SpanScore): void {
  scores[`${prefix}.P`] = s.precision;
  scores[`${prefix}.R`] = s.recall;
  scores[`${prefix}.F1`] = s.f1;
}

function format(s: SpanScore): string {
  const pct = (x: number) => (x * 100).toFixed(1);
  return `${pct(s.precision)}/${pct(s.recall)}/${pct(s.f1)}`;
}
