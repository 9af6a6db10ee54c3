/**
 * The seed articles (../shared/seeds, public news): every quoted statement of Lukashenko and
 * Pezeshkian with its speaker, relay, cue and stance. Mentions are given by hand (the entities stage
 * stands in), so these tests measure attribution, not linking. Skipped when the seeds are absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { findQuotes, type AttributedQuote } from './index.js';
import { analysisWithMentions, testContext, type EntitySpec } from './testing.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const present = existsSync(SEEDS);
const skip = present ? false : `seed articles not found at ${SEEDS.pathname}`;

// Provisional ids: the tests are about attribution, not about which KB entry a name links to.
const LUKASHENKO = 'test:lukashenko';
const PEZESHKIAN = 'test:pezeshkian';
const BELTA = 'test:belta';
const IRNA = 'test:irna';
const TASS = 'test:tass';
const INDEPENDENT = 'test:independent';
const REUTERS = 'test:reuters';

function run(file: string, code: string, entities: EntitySpec[]): { text: string; quotes: AttributedQuote[] } {
  const text = readFileSync(new URL(file, SEEDS), 'utf8');
  const quotes = findQuotes(analysisWithMentions(text, code, entities), testContext());
  for (const q of quotes) assert.equal(text.slice(q.span.start, q.span.end), q.text, 'a quote slices the original text');
  return { text, quotes };
}

// The quote whose text starts with `head`; fails with the list of texts when there is none.
function quoteStarting(quotes: readonly AttributedQuote[], head: string): AttributedQuote {
  const q = quotes.find((x) => x.text.startsWith(head));
  assert.ok(q, `no quote starting "${head}" among:\n${quotes.map((x) => x.text.slice(0, 50)).join('\n')}`);
  return q;
}

// The one quote containing `phrase`: quoted words inside reported speech belong to that statement only.
function onlyQuoteContaining(quotes: readonly AttributedQuote[], phrase: string): AttributedQuote {
  const hits = quotes.filter((x) => x.text.includes(phrase));
  assert.equal(hits.length, 1, `quotes containing "${phrase}":\n${hits.map((x) => x.text.slice(0, 50)).join('\n')}`);
  return hits[0]!;
}

function assertQuote(q: AttributedQuote, want: { speaker: string | null; via: string | null; cue: string | null; direct: boolean; stance?: string }) {
  assert.equal(q.speaker?.id ?? null, want.speaker, `speaker of "${q.text.slice(0, 40)}"`);
  assert.equal(q.via?.id ?? null, want.via, `via of "${q.text.slice(0, 40)}"`);
  assert.equal(q.cue?.text ?? null, want.cue, `cue of "${q.text.slice(0, 40)}"`);
  assert.equal(q.direct, want.direct, `direct of "${q.text.slice(0, 40)}"`);
  if (want.stance) assert.equal(q.stance, want.stance);
}

describe('seed 002 (ro)', { skip }, () => {
  const entities: EntitySpec[] = [
    { id: LUKASHENKO, type: 'PER', name: 'Alexander Lukashenko', surfaces: ['Aleksandr Lukașenko', 'Lukașenko'] },
    { id: PEZESHKIAN, type: 'PER', name: 'Masoud Pezeshkian', surfaces: ['Masoud Pezeshkian', 'Pezeshkian'] },
    { id: BELTA, type: 'ORG', name: 'BelTA', surfaces: ['Belta'] },
    { id: REUTERS, type: 'ORG', name: 'Reuters', surfaces: ['Reuters'] },
  ];
  const { text, quotes } = present ? run('002_675631768e0e57dd.txt', 'ro', entities) : { text: '', quotes: [] };

  test('a quote before "a spus Lukașenko, citat de Belta" has its speaker after the cue and Belta as relay', () => {
    const q = quoteStarting(quotes, 'În condițiile turbulențelor geopolitice');
    assertQuote(q, { speaker: LUKASHENKO, via: BELTA, cue: 'a spus', direct: true, stance: 'neutral' });
    assert.ok(text.slice(q.span.end, q.span.end + 1) === '”', 'the span stops inside the closing mark');
  });

  test('the next statement of the same speaker keeps the relay; a partial quote is found once, in its clause', () => {
    assertQuote(quoteStarting(quotes, 'Suntem pregătiți să discutăm'), { speaker: LUKASHENKO, via: BELTA, cue: 'a adăugat', direct: true });
    assertQuote(onlyQuoteContaining(quotes, 'cooperarea militaro-tehnică'), { speaker: LUKASHENKO, via: BELTA, cue: 'menționând', direct: false });
  });

  test('"Acesta a declarat, potrivit Belta, că …" resolves the pronoun to Pezeshkian, not the credited agency', () => {
    assertQuote(quoteStarting(quotes, 'Iranul este pregătit'), { speaker: PEZESHKIAN, via: BELTA, cue: 'a declarat', direct: false });
    assert.equal(onlyQuoteContaining(quotes, 'neutralizeze'), quoteStarting(quotes, 'Iranul este pregătit'));
  });

  test('"l-a declarat Pezeshkian lui Lukașenko": the addressee is not the speaker', () => {
    const q = quoteStarting(quotes, 'Desigur, viziunile noastre');
    assertQuote(q, { speaker: PEZESHKIAN, via: BELTA, cue: 'a declarat', direct: true });
    assert.equal(q.coSpeakers, undefined);
  });

  test('"…, au declarat președinții lor, potrivit Reuters" credits Reuters for the lead', () => {
    const q = quoteStarting(quotes, 'Belarus și Iran');
    assert.equal(q.via?.id, REUTERS);
    assert.equal(q.cue?.text, 'au declarat');
  });
});

describe('seed 000 (ar)', { skip }, () => {
  const entities: EntitySpec[] = [
    { id: LUKASHENKO, type: 'PER', name: 'Alexander Lukashenko', surfaces: ['ألكسندر لوكاشينكو', 'لوكاشينكو'] },
    { id: PEZESHKIAN, type: 'PER', name: 'Masoud Pezeshkian', surfaces: ['مسعود بيزشكيان', 'بيزشكيان'] },
    { id: PEZESHKIAN, type: 'PER', name: 'Masoud Pezeshkian', surfaces: ['الرئيس الإيراني'], form: 'role' },
    { id: IRNA, type: 'ORG', name: 'IRNA', surfaces: ['إرنا'] },
    { id: BELTA, type: 'ORG', name: 'BelTA', surfaces: ['بيلتا'] },
  ];
  const { quotes } = present ? run('000_55d3b1c5a80e4628.txt', 'ar', entities) : { quotes: [] };

  test('"قال الرئيسان … لوكاشينكو، والإيراني … بيزشكيان" is a joint statement of both', () => {
    const q = quoteStarting(quotes, 'إيران، وبيلاروس تعتزمان');
    assertQuote(q, { speaker: LUKASHENKO, via: null, cue: 'قال', direct: false });
    assert.deepEqual(q.coSpeakers?.map((c) => c.id), [PEZESHKIAN]);
  });

  test('the role "الرئيس الإيراني" is Pezeshkian; a quoted name is not the quote; IRNA relays', () => {
    const q = quoteStarting(quotes, 'الولايات المتحدة وبعض الدول الأوروبية');
    assertQuote(q, { speaker: PEZESHKIAN, via: IRNA, cue: 'وأضاف', direct: true });
    assert.ok(!quotes.some((x) => x.text === 'لوكاشينكو'), 'a name in quotation marks is no statement');
  });

  test('"ونقلت الوكالة عن ألكسندر لوكاشينكو" resolves "the agency" to BelTA, named before', () => {
    assertQuote(quoteStarting(quotes, 'في ظل الاضطرابات الجيوسياسية'), { speaker: LUKASHENKO, via: BELTA, cue: 'ونقلت', direct: true });
    assertQuote(quoteStarting(quotes, 'مستعدون لمناقشة أي ملفات'), { speaker: LUKASHENKO, via: BELTA, cue: 'وأضاف', direct: true });
  });

  test('Pezeshkian’s first statements come before any relay is named', () => {
    assertQuote(quoteStarting(quotes, 'لا توجد أي قيود'), { speaker: PEZESHKIAN, via: null, cue: 'وأوضح', direct: true });
    assertQuote(quoteStarting(quotes, 'الأحادية القطبية وتداعياتها المدمرة'), { speaker: PEZESHKIAN, via: null, cue: 'مشيراً', direct: true });
  });
});

describe('seed 003 (fa)', { skip }, () => {
  const entities: EntitySpec[] = [
    { id: LUKASHENKO, type: 'PER', name: 'Alexander Lukashenko', surfaces: ['الکساندر لوکاشنکو', 'لوکاشنکو'] },
    { id: LUKASHENKO, type: 'PER', name: 'Alexander Lukashenko', surfaces: ['رئیسجمهوری بلاروس'], form: 'role' },
    { id: PEZESHKIAN, type: 'PER', name: 'Masoud Pezeshkian', surfaces: ['مسعود پزشکیان', 'پزشکیان'] },
    { id: TASS, type: 'ORG', name: 'TASS', surfaces: ['تاس'] },
    { id: INDEPENDENT, type: 'ORG', name: 'The Independent', surfaces: ['ایندیپندنت'] },
  ];
  const { quotes } = present ? run('003_8e6abbce684b6d74.txt', 'fa', entities) : { quotes: [] };

  test('"مدعی شد که" is a distancing cue with the clause-initial subject as speaker', () => {
    assertQuote(quoteStarting(quotes, 'جمهوری اسلامی حاضر است'), { speaker: PEZESHKIAN, via: null, cue: 'مدعی شد', direct: false, stance: 'distancing' });
  });

  test('an unclosed « runs to the end of its paragraph and is still Lukashenko’s', () => {
    const q = quoteStarting(quotes, 'در شرایط آشفتگی جغرافیای سیاسی');
    assertQuote(q, { speaker: LUKASHENKO, via: null, cue: 'گفت', direct: true });
    assert.ok(q.text.endsWith('تبدیل کنند.'));
  });

  test('"تاس نوشت: «الکساندر لوکاشنکو» … گفت: «…»" relays through TASS; "وی افزود" keeps speaker and relay', () => {
    assertQuote(quoteStarting(quotes, 'ما برای ساختن جهانی چندقطبی'), { speaker: LUKASHENKO, via: TASS, cue: 'گفت', direct: true });
    assertQuote(quoteStarting(quotes, 'میسنک با موفقیت'), { speaker: LUKASHENKO, via: TASS, cue: 'افزود', direct: true });
    assert.ok(!quotes.some((q) => q.cue?.text === 'نوشت' && q.speaker?.id === TASS), 'the relay frame is not a statement of TASS');
  });

  test('"ایندیپندنت … نوشت:" credits The Independent', () => {
    const q = quoteStarting(quotes, 'مقامات بلاروس');
    assert.equal(q.via?.id, INDEPENDENT);
  });
});

describe('seed 001 (ar)', { skip }, () => {
  const entities: EntitySpec[] = [
    { id: LUKASHENKO, type: 'PER', name: 'Alexander Lukashenko', surfaces: ['ألكسندر لوكاشينكو', 'لوكاشينكو'] },
    { id: 'test:raisi', type: 'PER', name: 'Ebrahim Raisi', surfaces: ['إبراهيم رئيسي', 'رئيسي'] },
    { id: 'test:sana', type: 'ORG', name: 'SANA', surfaces: ['سانا'] },
  ];
  const { quotes } = present ? run('001_6b92ae3c6fbfddf2.txt', 'ar', entities) : { quotes: [] };

  test('a name inside the quote does not become the speaker of the participle after it', () => {
    assertQuote(quoteStarting(quotes, 'كلا البلدين يقفان'), { speaker: 'test:raisi', via: 'test:sana', cue: 'مشدّداً', direct: true, stance: 'affirming' });
  });

  test('the dateline "طهران- سانا" relays every statement', () => {
    assertQuote(quoteStarting(quotes, 'لا توجد عقوبات أو ضغوط'), { speaker: LUKASHENKO, via: 'test:sana', cue: 'أكّد', direct: true, stance: 'affirming' });
  });
});

describe('never an entity the article does not mention', { skip }, () => {
  test('every speaker, co-speaker and relay of every seed has a mention', () => {
    const entities: EntitySpec[] = [{ id: LUKASHENKO, type: 'PER', name: 'Alexander Lukashenko', surfaces: ['لوكاشينكو'] }];
    for (const file of ['000_55d3b1c5a80e4628.txt', '001_6b92ae3c6fbfddf2.txt', '004_5bb3f30f2253b840.txt']) {
      const text = readFileSync(new URL(file, SEEDS), 'utf8');
      const analysis = analysisWithMentions(text, 'ar', entities);
      const ids = new Set(analysis.mentions.map((m) => m.entityId));
      for (const q of findQuotes(analysis, testContext())) {
        for (const ref of [q.speaker, q.via, ...(q.coSpeakers ?? [])]) if (ref) assert.ok(ids.has(ref.id), `${file}: ${ref.id} has no mention`);
      }
    }
  });
});
