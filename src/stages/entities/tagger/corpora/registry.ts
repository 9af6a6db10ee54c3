import { join } from 'node:path';
import { readAnercorp } from './anercorp.js';
import { readArman } from './arman.js';
import { readConll } from './conll.js';
import { readFactRuEval } from './factrueval.js';
import { readRonec } from './ronec.js';
import { retokenize } from './retokenize.js';
import type { CorpusSentence } from './types.js';

/**
 * The labelled NER corpus of each language (../shared/data/ner, see its README), its licence,
 * whether a model trained on it may ship in the repository, and the fixed evaluation split.
 */

/** A train/test division of a corpus. */
export interface Fold {
  readonly train: readonly CorpusSentence[];
  readonly test: readonly CorpusSentence[];
}

/** A corpus read and divided: every sentence (for the shipped model) and the evaluation folds. */
export interface LoadedCorpus {
  readonly all: readonly CorpusSentence[];
  readonly folds: readonly Fold[];
}

/** What crosswire knows about a language's NER corpus. */
export interface NerCorpus {
  readonly language: string;
  readonly name: string;
  readonly licence: string;
  /** Whether the licence lets a model trained on it be committed and redistributed. */
  readonly shippable: boolean;
  /** The evaluation protocol in words (for reports and docs/quality.md). */
  readonly protocol: string;
  /** Reads the corpus under `dataDir` (the folder holding `ner/`), re-cut into run-time tokens. */
  load(dataDir: string): LoadedCorpus;
}

// Share of sentences (or documents) held out at the end of a corpus for evaluation.
const TEST_SHARE = 0.2;

/** The last 20% of sentences as test, the rest as train. */
function tailSplit(all: readonly CorpusSentence[]): Fold[] {
  const cut = Math.round(all.length * (1 - TEST_SHARE));
  return [{ train: all.slice(0, cut), test: all.slice(cut) }];
}

/** The last 20% of documents (in corpus order) as test. */
function documentSplit(all: readonly CorpusSentence[]): Fold[] {
  const docs = [...new Set(all.map((s) => s.doc ?? ''))];
  const testDocs = new Set(docs.slice(Math.round(docs.length * (1 - TEST_SHARE))));
  return [{ train: all.filter((s) => !testDocs.has(s.doc ?? '')), test: all.filter((s) => testDocs.has(s.doc ?? '')) }];
}

// Idempotent: RONEC, which needs run-time tokens before narrowing its spans, comes out recut already.
const recut = (sentences: readonly CorpusSentence[]) => sentences.map(retokenize);

/** Every language with a labelled corpus, ISO 639-1 keyed. */
export const NER_CORPORA: Readonly<Record<string, NerCorpus>> = {
  ar: {
    language: 'ar',
    name: 'ANERcorp (CAMeL Lab release), first 125,000 tokens',
    licence: 'research use (CAMeL release CC BY-SA 4.0)',
    shippable: false,
    protocol: 'sentences cut at . ! ? ؟; train on the first 80%, test on the last 20%',
    load(dataDir) {
      const all = recut(readAnercorp(join(dataDir, 'ner/ar-anercorp-train.txt')));
      return { all, folds: tailSplit(all) };
    },
  },
  fa: {
    language: 'fa',
    name: 'ArmanPersoNERCorpus, partitions 1 and 2',
    licence: 'academic research only',
    shippable: false,
    protocol: '2-fold: train part1 → test part2, train part2 → test part1; counts summed over both folds',
    load(dataDir) {
      const part1 = recut(readArman(join(dataDir, 'ner/fa-arman-part1.txt')));
      const part2 = recut(readArman(join(dataDir, 'ner/fa-arman-part2.txt')));
      return { all: [...part1, ...part2], folds: [{ train: part1, test: part2 }, { train: part2, test: part1 }] };
    },
  },
  ro: {
    language: 'ro',
    name: 'RONEC v2 validation split (1,330 sentences)',
    licence: 'MIT',
    shippable: true,
    protocol: 'file order; train on the first 80% of sentences, test on the last 20%',
    load(dataDir) {
      const all = recut(readRonec(join(dataDir, 'ner/ro-ronec-valid.json')));
      return { all, folds: tailSplit(all) };
    },
  },
  en: {
    language: 'en',
    name: 'CoNLL-2003 English dev (3,250 sentences)',
    licence: 'research use (Reuters RCV1)',
    shippable: false,
    protocol: 'file order (no document marks in this file); train on the first 80% of sentences, test on the last 20%',
    load(dataDir) {
      const all = recut(readConll(join(dataDir, 'ner/en-conll2003-dev.txt')));
      return { all, folds: tailSplit(all) };
    },
  },
  ru: {
    language: 'ru',
    name: 'factRuEval-2016 dev (122 documents)',
    licence: 'MIT',
    shippable: true,
    protocol: 'document split: documents in numeric id order, train on the first 80%, test on the last 20%',
    load(dataDir) {
      const all = recut(readFactRuEval(join(dataDir, 'ner/ru-factrueval-dev')));
      return { all, folds: documentSplit(all) };
    },
  },
};
