import type { CorpusSentence } from './types.js';

/**
 * The documents of a corpus, for document-history features (history.ts): runs of sentences with
 * the same document id, or, where a corpus has no document marks (ANERcorp, Arman, RONEC, the
 * CoNLL dev file here), consecutive runs of about one news article's length. Training and
 * evaluation cut the same way; at run time a document is one article.
 */

/** Tokens of a pseudo-document: a 3,000-character article is about 500–600 tokens. */
export const PSEUDO_DOCUMENT_TOKENS = 500;

/**
 * Sentence indices grouped into documents, in corpus order.
 * @example documentsOf([{ tokens: ['a'], spans: [], doc: '1' }, { tokens: ['b'], spans: [], doc: '2' }]) // [[0], [1]]
 */
export function documentsOf(sentences: readonly CorpusSentence[]): number[][] {
  const documents: number[][] = [];
  let current: number[] = [];
  let tokens = 0;
  sentences.forEach((s, i) => {
    const previous = i > 0 ? sentences[i - 1]! : null;
    const newDocument = previous !== null && (s.doc !== undefined || previous.doc !== undefined ? s.doc !== previous.doc : tokens >= PSEUDO_DOCUMENT_TOKENS);
    if (newDocument) {
      documents.push(current);
      current = [];
      tokens = 0;
    }
    current.push(i);
    tokens += s.tokens.length;
  });
  if (current.length > 0) documents.push(current);
  return documents;
}
