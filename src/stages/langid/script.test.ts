import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countScripts, NO_SCRIPT } from './script.js';

test('counts letters per script and names the dominant one', () => {
  assert.deepEqual(countScripts('Путин said'), { letters: 9, script: 'Cyrl', dominant: 5 });
  assert.equal(countScripts('Președintele a spus').script, 'Latn');
  assert.equal(countScripts('قال الرئيس Reuters').script, 'Arab');
});

test('digits, harakat, tatweel-free punctuation and spaces are not letters', () => {
  // ١٢٣ are Arabic-Indic digits and ، ؟ Arabic punctuation, all inside the Arabic block.
  assert.deepEqual(countScripts('١٢٣ ، ؟ 45 — !'), { letters: 0, script: NO_SCRIPT, dominant: 0 });
  // Fatha (U+064E) is a combining mark: مَ counts one letter.
  assert.equal(countScripts('مَ').letters, 1);
});

test('counts only inside the given range', () => {
  const text = 'abc Путин';
  assert.equal(countScripts(text, 4, text.length).script, 'Cyrl');
  assert.equal(countScripts(text, 0, 3).letters, 3);
  assert.equal(countScripts(text, 3, 4).letters, 0);
});
