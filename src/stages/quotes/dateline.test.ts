import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../model/analysis.js';
import { findDatelineCredit } from './dateline.js';

// ORG mentions at every occurrence of `names`, as the entities stage would give them.
function orgs(text: string, ...names: string[]): Mention[] {
  return names
    .flatMap((name) => [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({ start: m.index, end: m.index + name.length, name })))
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, name }) => ({ span: { start, end }, text: name, form: 'name', type: 'ORG', entityId: name, method: 'test', confidence: 1 }));
}

test('a wire credit in brackets or after a dash on a short dateline line', () => {
  const ap = 'Trump urges supporters.\n\nWASHINGTON (AP) — Donald Trump is once again questioning the system.';
  assert.equal(findDatelineCredit(ap, orgs(ap, 'AP'))?.span.start, 37);
  const sana = 'رئيسي ولوكاشينكو يتفقان على خريطة طريق\nطهران- سانا\nأعلن الرئيس الإيراني';
  assert.equal(findDatelineCredit(sana, orgs(sana, 'سانا'))?.text, 'سانا');
  const irna = 'بيلاروسيا: ينبغي زيادة التعاون\n\nطهران / 6 تشرين الاول /اكتوبر/ارنا- دعا نائب أمين';
  assert.equal(findDatelineCredit(irna, orgs(irna, 'ارنا'))?.text, 'ارنا');
});

test('negatives: an outlet named in running text, or far down the article', () => {
  const running = 'The Federal Reserve raised rates - the Fed said the move was expected by Reuters and others in the market.';
  assert.equal(findDatelineCredit(running, orgs(running, 'Reuters')), null);
  const late = `${'word '.repeat(100)}\nLONDON (Reuters) - late`;
  assert.equal(findDatelineCredit(late, orgs(late, 'Reuters')), null);
});
