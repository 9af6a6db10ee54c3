import { isSupportedLanguage, SUPPORTED_LANGUAGES } from '../../languages/index.js';
import type { Paragraph } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import type { LanguageGuess, LanguageIdentifier } from './identifier.js';
import { splitParagraphs } from './paragraphs.js';
import { createStopwordScreen, type StopwordScreen } from './screen.js';
import { countScripts } from './script.js';

/**
 * The langid stage: a language for the article and for each paragraph, and a warning when a
 * substantial part of the article is confidently in another language.
 *
 * Cost is kept to about one model call per article: the article is identified from its opening
 * (≤ 300 characters), paragraphs that pass a stopword screen for that language take it without a
 * model call (and carry the opening's confidence), and only the others (another script, another
 * language, no pack) are identified on their own. The article's final language is the
 * letter-weighted vote of its paragraphs, so a mixed article is named after most of its text, not
 * after its opening.
 */

/** Paragraphs with fewer letters (a dateline, a byline, a name) are not judged on their own. */
export const MIN_JUDGED_LETTERS = 40;

/** A paragraph must be at least this confident to count as being in another language. */
export const MIXED_CONFIDENCE = 0.8;

/** Share of the article's judged letters that must be in other-language paragraphs to warn. */
export const MIXED_SHARE = 0.15;

// Characters of a paragraph passed to the models: ~35 words, where prose sentences are identified
// at ≥ 99.6% on the dev set (docs/quality.md).
const PARAGRAPH_SAMPLE_CHARS = 240;

interface Judged {
  readonly span: Span;
  readonly letters: number;
  readonly guess: LanguageGuess;
}

/**
 * Creates the stage around an identifier the caller loaded once; `run` loads nothing.
 * @example const langid = createLangidStage(await createLanguageIdentifier());
 */
export function createLangidStage(identifier: LanguageIdentifier): Stage {
  return {
    name: 'langid',
    version: 1,
    requires: [],
    provides: ['language', 'languageConfidence', 'script', 'paragraphs'],
    run(input, ctx) {
      const { text, declaredLanguage } = input.article;
      const spans = splitParagraphs(text);
      const script = countScripts(text).script;
      const opening = identifier.identify(text, declaredLanguage);
      if (spans.length <= 1) {
        ctx.trace(() => `langid: one block → ${opening.language} (${opening.confidence})`);
        return {
          language: opening.language,
          languageConfidence: opening.confidence,
          script,
          paragraphs: spans.map((span) => ({ span, language: opening.language, confidence: opening.confidence })),
        };
      }
      const screen = screenFor(opening.language, ctx);
      const judged: Judged[] = [];
      const short: Span[] = [];
      let screened = 0;
      for (const span of spans) {
        const counts = countScripts(text, span.start, span.end);
        if (counts.letters < MIN_JUDGED_LETTERS) {
          short.push(span);
        } else if (screen && counts.script === opening.script && screen.passes(text, span)) {
          screened++;
          judged.push({ span, letters: counts.letters, guess: opening });
        } else {
          judged.push({ span, letters: counts.letters, guess: identifier.identify(sampleOf(text, span), declaredLanguage) });
        }
      }
      const article: LanguageGuess = { ...(judged.length ? voteByLetters(judged) : opening), script };
      ctx.trace(() => `langid: ${judged.length} paragraphs judged (${screened} by stopwords) → ${article.language} (${article.confidence})`);
      reportMixed(judged, article.language, ctx);
      return {
        language: article.language,
        languageConfidence: article.confidence,
        script,
        paragraphs: toParagraphs(text, judged, short, article, identifier, declaredLanguage),
      };
    },
  };
}

function screenFor(language: string, ctx: StageContext): StopwordScreen | null {
  if (!isSupportedLanguage(language)) return null;
  return createStopwordScreen(ctx.language(language), SUPPORTED_LANGUAGES.map((code) => ctx.language(code)));
}

// A short paragraph in the article's script takes the article's language (a dateline in an Arabic
// article is Arabic); one in another script ("Reuters" under Arabic text) is identified on its own.
function toParagraphs(
  text: string,
  judged: readonly Judged[],
  short: readonly Span[],
  article: LanguageGuess,
  identifier: LanguageIdentifier,
  declared: string | null,
): Paragraph[] {
  const out: Paragraph[] = judged.map((j) => ({ span: j.span, language: j.guess.language, confidence: j.guess.confidence }));
  for (const span of short) {
    const own = countScripts(text, span.start, span.end).script;
    const guess = own === article.script ? article : identifier.identify(text.slice(span.start, span.end), declared);
    out.push({ span, language: guess.language, confidence: guess.confidence });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

// The language with the most letters behind it; confidence is the letter-weighted confidence of
// the paragraphs that voted for it over all judged letters, so disagreement lowers it.
function voteByLetters(judged: readonly Judged[]): Omit<LanguageGuess, 'script'> {
  const weight = new Map<string, number>();
  let total = 0;
  for (const { letters, guess } of judged) {
    total += letters;
    weight.set(guess.language, (weight.get(guess.language) ?? 0) + letters * guess.confidence);
  }
  const best = [...weight].filter(([language]) => language !== 'und').sort((a, b) => b[1] - a[1])[0];
  if (!best) return { language: 'und', confidence: 0 };
  return { language: best[0], confidence: Math.round((best[1] / total) * 1000) / 1000 };
}

function reportMixed(judged: readonly Judged[], language: string, ctx: StageContext): void {
  if (language === 'und') return;
  const offending = judged.filter(
    (j) => j.guess.language !== language && j.guess.language !== 'und' && j.guess.confidence >= MIXED_CONFIDENCE,
  );
  const total = judged.reduce((sum, j) => sum + j.letters, 0);
  const off = offending.reduce((sum, j) => sum + j.letters, 0);
  if (offending.length === 0 || off < total * MIXED_SHARE) return;
  for (const j of offending) {
    ctx.report({
      code: 'langid/mixed-language',
      severity: 'warning',
      span: j.span,
      message: `Paragraph is in ${j.guess.language} (confidence ${j.guess.confidence}), the article in ${language}.`,
    });
  }
}

// The first PARAGRAPH_SAMPLE_CHARS of a paragraph, cut back to a word boundary.
function sampleOf(text: string, span: Span): string {
  if (span.end - span.start <= PARAGRAPH_SAMPLE_CHARS) return text.slice(span.start, span.end);
  const head = text.slice(span.start, span.start + PARAGRAPH_SAMPLE_CHARS);
  const cut = head.lastIndexOf(' ');
  return cut > PARAGRAPH_SAMPLE_CHARS / 2 ? head.slice(0, cut) : head;
}
