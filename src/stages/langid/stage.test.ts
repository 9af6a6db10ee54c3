import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createArticle } from '../../model/article.js';
import { createPipeline, type Pipeline } from '../../pipeline/pipeline.js';
import { createLanguageIdentifier } from './identifier.js';
import { createLangidStage } from './stage.js';

let pipeline: Pipeline;
before(async () => {
  const identifier = await createLanguageIdentifier();
  pipeline = createPipeline([createLangidStage(identifier)], { dispose: () => identifier.dispose() });
});
after(() => pipeline.dispose());

const analyse = (text: string, declaredLanguage: string | null = null) =>
  pipeline.run(createArticle({ text, declaredLanguage }, 't'), { now: new Date('2025-01-01T00:00:00Z') });

const FA_1 =
  'مسعود پزشکیان رییس‌جمهور ایران روز چهارشنبه در سفری به مینسک با الکساندر لوکاشنکو همتای بلاروسی خود دیدار کرد. ' +
  'دو طرف درباره گسترش همکاری‌های اقتصادی، تجاری و دفاعی گفت‌وگو کردند و بر ادامه رایزنی‌ها تاکید داشتند.';
const FA_2 = 'پزشکیان در این دیدار گفت که جمهوری اسلامی آماده است تجربیات خود در مقابله با تحریم‌های غرب را در اختیار بلاروس قرار دهد.';
const EN =
  'The Iranian president said on Wednesday that his country was ready to share its experience of countering ' +
  'Western sanctions with Belarus, according to a statement published by the presidential office after the talks.';

test('a long English paragraph in a Persian article is flagged, with its span', async () => {
  const text = `${FA_1}\n\n${FA_2}\n\n${EN}\n`;
  const analysis = await analyse(text);
  assert.equal(analysis.language, 'fa');
  assert.equal(analysis.script, 'Arab');
  assert.equal(analysis.diagnostics.length, 1);
  const [d] = analysis.diagnostics;
  assert.equal(d!.code, 'langid/mixed-language');
  assert.equal(d!.severity, 'warning');
  assert.equal(d!.stage, 'langid');
  const start = text.indexOf('The Iranian');
  assert.deepEqual(d!.span, { start, end: start + EN.length });
  assert.equal(text.slice(d!.span!.start, d!.span!.end), EN);
});

test('paragraph spans are offsets into the original text, each with its language', async () => {
  const text = `  ${FA_1}\r\n\r\n${FA_2}\n \n${EN}  `;
  const analysis = await analyse(text);
  assert.deepEqual(
    analysis.paragraphs.map((p) => [text.slice(p.span.start, p.span.end), p.language]),
    [[FA_1, 'fa'], [FA_2, 'fa'], [EN, 'en']],
  );
  for (const p of analysis.paragraphs) assert.ok(p.confidence >= 0.8, `${p.language} ${p.confidence}`);
});

test('a short line in another language is not judged; a dateline takes the article language', async () => {
  const text = `طهران - رويترز\n\nقال المتحدث باسم وزارة الخارجية الإيرانية في مؤتمر صحفي أسبوعي إن المحادثات مع الجانب البيلاروسي كانت مثمرة.\n\nReuters\n\nوأضاف أن البلدين سيوقعان اتفاقية للتعاون الاقتصادي خلال الزيارة المقبلة.`;
  const analysis = await analyse(text);
  assert.equal(analysis.language, 'ar');
  assert.deepEqual(analysis.diagnostics, []);
  const dateline = analysis.paragraphs[0]!;
  assert.equal(text.slice(dateline.span.start, dateline.span.end), 'طهران - رويترز');
  assert.equal(dateline.language, 'ar');
  const byline = analysis.paragraphs[2]!;
  assert.equal(text.slice(byline.span.start, byline.span.end), 'Reuters');
  assert.notEqual(byline.language, 'ar');
});

test('an English paragraph under 15% of the letters is not flagged', async () => {
  const long = Array.from({ length: 8 }, () => FA_1).join('\n\n');
  const analysis = await analyse(`${long}\n\n${EN}`);
  assert.equal(analysis.language, 'fa');
  assert.deepEqual(analysis.diagnostics, []);
});

test('a single-paragraph article gets one paragraph with the article language', async () => {
  const text = 'Președintele Lukașenko a spus miercuri că Belarus și Iranul vor semna un tratat de parteneriat strategic.';
  const analysis = await analyse(text);
  assert.deepEqual(
    [analysis.language, analysis.script, analysis.paragraphs.length],
    ['ro', 'Latn', 1],
  );
  assert.deepEqual(analysis.paragraphs[0]!.span, { start: 0, end: text.length });
  assert.equal(analysis.paragraphs[0]!.language, 'ro');
});

test('an article without letters is und with confidence 0 and no paragraphs judged', async () => {
  const analysis = await analyse('2024 — 12:30\n\n15 / 20');
  assert.deepEqual([analysis.language, analysis.languageConfidence, analysis.script], ['und', 0, 'Zyyy']);
  assert.deepEqual(analysis.diagnostics, []);
});

test('the declared language breaks a tie on a short article', async () => {
  assert.equal((await analyse('la categoria', 'ro')).language, 'ro');
  assert.equal((await analyse('la categoria', 'ru')).language === 'ru', false);
});

test('an English paragraph in a Romanian article is found though both are Latin script', async () => {
  const ro1 =
    'Belarus și Iran intenționează să aprofundeze relațiile bilaterale în toate domeniile, inclusiv în apărare, ' +
    'au declarat președinții lor miercuri, la Minsk, potrivit agenției de presă de stat.';
  const ro2 =
    'Agenția de presă de stat din Belarus a relatat că președinții au convenit să lucreze la un tratat de ' +
    'parteneriat strategic, care ar urma să fie semnat până la sfârșitul anului.';
  const text = `${ro1}\n\n${EN}\n\n${ro2}`;
  const analysis = await analyse(text);
  assert.equal(analysis.language, 'ro');
  assert.deepEqual(
    analysis.diagnostics.map((d) => text.slice(d.span!.start, d.span!.end)),
    [EN],
  );
  assert.deepEqual(analysis.paragraphs.map((p) => p.language), ['ro', 'en', 'ro']);
});
