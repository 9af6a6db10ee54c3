import type { LabelSpan, TagType } from '../labels.js';

/** A sentence of a labelled corpus: tokens as the corpus cuts them, names as token spans. */
export interface CorpusSentence {
  readonly tokens: readonly string[];
  readonly spans: readonly LabelSpan[];
  /** Document id where the corpus has documents (used for document-level splits). */
  readonly doc?: string;
}

/** Maps a corpus's own entity class to a tagger type, or null to leave it unlabelled (O). */
export type TypeMap = Readonly<Record<string, TagType | null>>;
