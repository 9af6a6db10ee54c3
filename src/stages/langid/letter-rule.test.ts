import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLetterRules } from './letter-rule.js';
import { loadLanguageProfiles } from './profiles.js';

const arabic = createLetterRules(loadLanguageProfiles()).get('Arab')!;
const best = (text: string) => arabic.judge(text)[0];

test('only scripts with two or more lettered languages get a rule', () => {
  const rules = createLetterRules(loadLanguageProfiles());
  assert.deepEqual([...rules.keys()], ['Arab']);
});

test('Persian letters vote for Persian, even without ZWNJ', () => {
  const vote = best('رییسجمهور ایران در سفری به مینسک گفت که تحریمها را خنثی میکند');
  assert.equal(vote?.language, 'fa');
  assert.ok(vote.share >= 0.9, `share ${vote.share}`);
  assert.equal(vote.misses, 0);
});

test('Arabic letters vote for Arabic', () => {
  const vote = best('أعلن الرئيس الإيراني خلال مؤتمر صحفي عقده في طهران التوصل إلى اتفاق حول خريطة طريق شاملة');
  assert.equal(vote?.language, 'ar');
  assert.ok(vote.share >= 0.9);
});

test('Urdu and Pashto letters win over the Persian letters they share', () => {
  const urdu = arabic.judge('وزیر اعظم نے کہا کہ حکومت اس مسئلے کو جلد حل کرے گی');
  assert.equal(urdu[0]?.language, 'ur');
  assert.ok(urdu.find((v) => v.language === 'fa')!.misses > 0, 'ے ہ count against Persian');
  assert.equal(best('ولسمشر وویل چې حکومت به دا ستونزه ژر حل کړي')?.language, 'ps');
});

test('a text without distinctive letters casts no vote', () => {
  assert.deepEqual(arabic.judge('قال المتحدث إن القوات أحبطت هجوما مسلحا شمال البلاد'), []);
  assert.deepEqual(arabic.judge('Reuters 2024'), []);
});

test('one letter is weak evidence (Laplace), many are strong', () => {
  assert.equal(best('في')?.share, 2 / 3);
  assert.ok(best('في '.repeat(20))!.share > 0.95);
});

test('judges only the given range', () => {
  const text = 'گفت پزشکیان | قال الرئيس في كلمة';
  assert.equal(arabic.judge(text, 0, 11)[0]?.language, 'fa');
  assert.equal(arabic.judge(text, 14)[0]?.language, 'ar');
});
