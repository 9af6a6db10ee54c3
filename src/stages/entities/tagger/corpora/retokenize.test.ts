import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retokenize } from './retokenize.js';

describe('retokenize', () => {
  it('cuts corpus tokens as tokenize() does and moves the spans along', () => {
    const out = retokenize({
      tokens: ['Dinamo', 'a', 'învins', 'C.S.U.', 'Politehnica-Tender', 'Timișoara', ',', 's-a', 'anunțat'],
      spans: [{ start: 0, end: 1, type: 'ORG' }, { start: 3, end: 6, type: 'ORG' }],
    });
    assert.deepEqual(out.tokens, ['Dinamo', 'a', 'învins', 'C.S.U', '.', 'Politehnica', '-', 'Tender', 'Timișoara', ',', 's', '-', 'a', 'anunțat']);
    assert.deepEqual(out.spans, [{ start: 0, end: 1, type: 'ORG' }, { start: 3, end: 9, type: 'ORG' }]);
  });

  it('keeps Arabic words with their clitics whole, drops white-space tokens and keeps the document id', () => {
    const out = retokenize({ tokens: ['وألمانيا', ' ', '(د'], spans: [{ start: 0, end: 1, type: 'LOC' }], doc: 'd1' });
    assert.deepEqual(out, { tokens: ['وألمانيا', '(', 'د'], spans: [{ start: 0, end: 1, type: 'LOC' }], doc: 'd1' });
  });
});
