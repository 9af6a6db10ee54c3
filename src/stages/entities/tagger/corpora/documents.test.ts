import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentsOf, PSEUDO_DOCUMENT_TOKENS } from './documents.js';
import type { CorpusSentence } from './types.js';

const sentence = (length: number, doc?: string): CorpusSentence => ({ tokens: Array.from({ length }, () => 'x'), spans: [], ...(doc ? { doc } : {}) });

describe('documentsOf', () => {
  it('groups runs of sentences with the same document id', () => {
    assert.deepEqual(documentsOf([sentence(3, 'a'), sentence(4, 'a'), sentence(2, 'b'), sentence(900, 'b'), sentence(1, 'c')]), [[0, 1], [2, 3], [4]]);
  });

  it('cuts unmarked text into article-sized runs', () => {
    const half = PSEUDO_DOCUMENT_TOKENS / 2;
    assert.deepEqual(documentsOf([sentence(half), sentence(half), sentence(10), sentence(PSEUDO_DOCUMENT_TOKENS), sentence(1)]), [[0, 1], [2, 3], [4]]);
  });

  it('gives nothing for no sentences', () => {
    assert.deepEqual(documentsOf([]), []);
  });
});
