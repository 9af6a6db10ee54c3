import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Failure } from './failure.js';
import { extractHtml, fragmentToText } from './html.js';
import { readHtmlMetadata, type MetaDocument } from './html-meta.js';
import { nodeToText, type DomNode } from './html-text.js';
import type { ArticleFields } from './record.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function article(result: ArticleFields | Failure): ArticleFields {
  assert.ok('text' in result, `expected an article, got ${JSON.stringify(result)}`);
  return result;
}

function metadataOf(html: string) {
  return readHtmlMetadata(parseHTML(html).document as unknown as MetaDocument);
}

test('a news page: main text in paragraphs, without menus, scripts, "Citește și" or the share line', () => {
  const page = article(extractHtml(fixture('page-ro.html')));
  assert.equal(
    page.text,
    [
      'Președintele Belarusului, Aleksandr Lukașenko, l-a primit miercuri la Minsk pe omologul său iranian, Masoud Pezeshkian, pentru discuții despre comerț, energie și apărare.',
      'Cei doi lideri au convenit să lucreze la un tratat de parteneriat strategic, a relatat agenția de stat Belta.',
      '„Suntem pregătiți să ne extindem cooperarea în toate domeniile”, a declarat Lukașenko\nla finalul întâlnirii de la Palatul Independenței.',
      'Comerțul bilateral a crescut anul trecut.',
      'Următoarea rundă de discuții va avea loc la Teheran.',
      'Pezeshkian a spus că Iranul este gata să împărtășească experiența sa în ocolirea sancțiunilor, subliniind că cele două țări au interese comune.',
    ].join('\n\n'),
  );
  assert.doesNotMatch(page.text, /Acasă|analytics|Distribuie|Toate drepturile/);
});

test('a news page: title, canonical URL, site name, publication date and language from the head', () => {
  const page = article(extractHtml(fixture('page-ro.html')));
  assert.equal(page.title, 'Iranul și Belarusul își extind cooperarea');
  // The relative canonical link resolves against og:url, dropping og:url's tracking query.
  assert.equal(page.url, 'https://stiri.example.ro/externe/iran-belarus-cooperare');
  assert.equal(page.source, 'Știri Exemplu');
  assert.equal(page.publishedAt, '2025-08-20T14:30:00+03:00');
  assert.equal(page.publishedAtSource, 'metadata');
  assert.equal(page.declaredLanguage, 'ro');
});

test('truncated HTML still yields the text that is there, cut word included', () => {
  const page = article(extractHtml(fixture('truncated-ar.html')));
  assert.equal(page.text.split('\n\n').length, 3);
  assert.ok(page.text.startsWith('بحث الرئيس البيلاروسي ألكسندر لوكاشينكو'));
  assert.ok(page.text.endsWith('في مجالات التجارة والنقل وال'));
  assert.equal(page.title, 'بيلاروسيا وإيران تبحثان التعاون الدفاعي');
  assert.equal(page.publishedAt, '2025-08-20');
  assert.equal(page.declaredLanguage, 'ar');
});

test('HTML cut inside a tag keeps the text before the cut', () => {
  const page = article(extractHtml('<html><body><p>Minsk and Tehran signed a roadmap on Monday.</p><p>The talks <a href="https://ex'));
  assert.equal(page.text, 'Minsk and Tehran signed a roadmap on Monday.\n\nThe talks');
});

test('a page with nothing but chrome and scripts is empty', () => {
  const result = extractHtml('<html><head><title>Site</title><script>var x = 1;</script></head><body><nav><a href="/">Home</a></nav><footer>©</footer></body></html>');
  assert.deepEqual(result, { reason: 'empty', detail: 'no article text found in the HTML' });
});

test('JSON-LD inside @graph gives the date and the publisher by @id; <time datetime> is a fallback', () => {
  const ld = metadataOf(`<html><head><script type="application/ld+json">{"@graph":[
    {"@type":"Organization","@id":"#o","name":"IRNA"},
    {"@type":["NewsArticle"],"datePublished":"2025-10-06T09:15:00+03:30","publisher":{"@id":"#o"},"headline":"H"}]}</script></head><body></body></html>`);
  assert.deepEqual([ld.publishedAt, ld.source, ld.title], ['2025-10-06T09:15:00+03:30', 'IRNA', 'H']);
  const time = metadataOf('<html lang="fa-IR"><body><time datetime="2025-10-06">۱۴ مهر</time></body></html>');
  assert.deepEqual([time.publishedAt, time.declaredLanguage, time.source], ['2025-10-06', 'fa', null]);
  const broken = metadataOf('<html><head><script type="application/ld+json">{broken</script><title>Only title</title></head></html>');
  assert.deepEqual([broken.publishedAt, broken.title, broken.documentTitle], [null, null, 'Only title']);
});

test('block elements become paragraphs, <br> a line break, inline markup joins words', () => {
  const { document } = parseHTML('<html><body><h2>Head</h2><div>One <b>bold</b>\n   word<div>Nested block</div>tail</div><table><tr><td>a</td><td>b</td></tr></table><pre>x\n  y</pre></body></html>');
  assert.equal(nodeToText(document.body as unknown as DomNode), 'Head\n\nOne bold word\n\nNested block\n\ntail\n\na b\n\nx\ny');
  assert.equal(fragmentToText('<p>Para &amp; one</p>Loose text<p>two&nbsp;words</p>'), 'Para & one\n\nLoose text\n\ntwo\u00a0words');
});
