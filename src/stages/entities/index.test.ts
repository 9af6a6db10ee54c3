import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../kb/load.js';
import { loadLanguage } from '../../languages/index.js';
import { createArticle } from '../../model/article.js';
import { emptyAnalysis, type Analysis } from '../../model/analysis.js';
import { createBufferedTrace, silentTrace, type Trace } from '../../pipeline/trace.js';
import { foldText } from '../normalize/fold.js';
import { segmentSentences, tokenize } from '../segment/index.js';
import { createEntitiesStage } from './index.js';

const kb = loadKnowledgeBase({ userDir: null });

function analysis(text: string, language: string, publishedAt: string | null = '2025-08-20'): Analysis {
  const article = createArticle({ text, publishedAt }, 'a');
  const sentences = segmentSentences(text, loadLanguage(language)).map((span) => ({ span }));
  return { ...emptyAnalysis(article), language, normalized: foldText(text), tokens: tokenize(text), sentences };
}

function ctx(trace: Trace = silentTrace, reference = new Date('2025-08-20')) {
  return { reference, now: reference, language: loadLanguage, trace, report: () => {} };
}

test('the stage declares what it needs and gives', () => {
  const stage = createEntitiesStage({ kb, tagger: false });
  assert.equal(stage.name, 'entities');
  assert.equal(stage.version, 1);
  assert.deepEqual(stage.requires, ['language', 'normalized', 'tokens', 'sentences']);
  assert.deepEqual(stage.provides, ['mentions', 'entities']);
});

test('entities come in order of first mention, named in the display language', async () => {
  const text = 'Lukașenko și Pezeshkian au discutat. Lukașenko a spus că Belarusul este pregătit.';
  const en = await createEntitiesStage({ kb, tagger: false }).run(analysis(text, 'ro'), ctx());
  assert.deepEqual(en.entities, [
    { id: 'Q2866', type: 'PER', name: 'Alexander Lukashenko' },
    { id: 'Q5933752', type: 'PER', name: 'Masoud Pezeshkian' },
    { id: 'Q184', type: 'GPE', name: 'Belarus' },
  ]);
  const ar = await createEntitiesStage({ kb, tagger: false, displayLanguage: 'ar' }).run(analysis(text, 'ro'), ctx());
  assert.deepEqual(ar.entities!.map((e) => e.name), ['ألكسندر لوكاشينكو', 'مسعود بزشكيان', 'بيلاروسيا']);
  const de = await createEntitiesStage({ kb, tagger: false, displayLanguage: 'de' }).run(analysis(text, 'ro'), ctx());
  assert.equal(de.entities![2]!.name, 'Belarus', 'CLDR display names in more languages');
  assert.equal(de.entities![0]!.name, 'Alexander Lukashenko', 'English when the display language has no name');
});

test('role mentions resolve on the publication date, else on the reference date', async () => {
  const stage = createEntitiesStage({ kb, tagger: false });
  const text = 'Președintele Iranului a sosit la Minsk.';
  const dated = await stage.run(analysis(text, 'ro', '2023-03-13T08:00:00Z'), ctx());
  assert.equal(dated.mentions![0]!.entityId, 'x:ebrahim-raisi');
  const undated = await stage.run(analysis(text, 'ro', null), ctx(silentTrace, new Date('2025-08-20')));
  assert.equal(undated.mentions![0]!.entityId, 'Q5933752');
  assert.equal(undated.mentions![0]!.method, 'role@date');
});

test('spans leave out detached clitics but keep inflections, and always slice the original', async () => {
  const text = 'وَلِبيلاروس علاقات مع الإيرانيين.';
  const { mentions } = await createEntitiesStage({ kb, tagger: false }).run(analysis(text, 'ar'), ctx());
  // The harakat on the proclitics (وَلِ) are dropped by folding; the span still starts at ب.
  assert.deepEqual(
    mentions!.map((m) => [m.text, m.span.start, text.slice(m.span.start, m.span.end)]),
    [['بيلاروس', text.indexOf('بيلاروس'), 'بيلاروس'], ['إيرانيين', text.indexOf('إيرانيين'), 'إيرانيين']],
  );
});

test('Persian detachable suffixes, stacked and joined with ZWNJ, are left out of the span', async () => {
  const text = 'روسیه‌ای‌ها و تهرانی‌ها';
  const { mentions } = await createEntitiesStage({ kb, tagger: false }).run(analysis(text, 'fa'), ctx());
  assert.deepEqual(mentions!.map((m) => [m.text, m.entityId]), [['روسیه', 'Q159'], ['تهران', 'Q3616']]);
});

test('the longest KB name wins over the names inside it', async () => {
  const text = 'The Islamic Republic of Iran and the United Arab Emirates signed.';
  const { mentions } = await createEntitiesStage({ kb, tagger: false }).run(analysis(text, 'en'), ctx());
  assert.deepEqual(mentions!.map((m) => [m.text, m.entityId]), [['Islamic Republic of Iran', 'Q794'], ['United Arab Emirates', 'Q878']]);
});

test('explain: the trace says how each mention was linked, and costs nothing when off', async () => {
  const { trace, lines } = createBufferedTrace();
  await createEntitiesStage({ kb, tagger: false }).run(analysis('رئيس بيلاروس في طهران', 'ar'), ctx(trace));
  assert.ok(lines.some((l) => l.includes('"رئيس بيلاروس"') && l.includes('Q2866') && l.includes('role@date')), lines.join('\n'));
});

test('tagger spans add unknown names with provisional ids, never replacing KB mentions', async () => {
  const text = 'Lukașenko l-a primit pe Aliaksandr Volfovich la Minsk.';
  const tokens = tokenize(text);
  const surfaces = tokens.map((t) => text.slice(t.span.start, t.span.end));
  const tagger = {
    language: 'ro',
    document() {
      return { tag: (words: readonly string[]) => tagger.tag(words) };
    },
    tag: (words: readonly string[]) => {
      assert.deepEqual(words, surfaces, 'the tagger sees the sentence tokens as written');
      const at = words.indexOf('Aliaksandr');
      // A PER over Volfovich and an overlapping LOC over Minsk, which the KB already covers.
      return [
        { start: at, end: at + 2, type: 'PER' as const, score: 0.9 },
        { start: words.indexOf('Minsk'), end: words.indexOf('Minsk') + 1, type: 'LOC' as const, score: 0.8 },
      ];
    },
  };
  const { recognizeEntities } = await import('./recognize.js');
  const mentions = recognizeEntities(
    { text, tokens, sentences: [{ span: { start: 0, end: text.length } }], language: 'ro', date: '2025-08-20' },
    { kb, tagger },
  );
  assert.deepEqual(
    mentions.map((m) => [m.text, m.entityId, m.method, m.type]),
    [
      ['Lukașenko', 'Q2866', 'alias', 'PER'],
      // Key: A-l-i-a-k-s-a-n-d-r → lksndr; V-o-l-f-o-v-i-ch → f l f f s → flfs (doubles collapse).
      ['Aliaksandr Volfovich', 'x:lksndr-flfs', 'tagger', 'PER'],
      ['Minsk', 'Q2280', 'alias', 'GPE'],
    ],
  );
});
