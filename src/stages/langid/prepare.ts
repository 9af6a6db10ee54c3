/**
 * Text preparation for language identification: one line, legacy letters repaired, a bounded
 * length. The result is only ever fed to the identifiers; offsets never refer to it.
 */

// Romanian written with the legacy cedilla letters (ş ţ, from ISO 8859-2/CP1250 habits) instead of
// the correct comma-below ș ț (U+0219/U+021B). Models trained on modern text see them as Turkish.
const LEGACY_LETTERS: Readonly<Record<string, string>> = { ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț' };
const LEGACY_PATTERN = /[şŞţŢ]/g;

// fastText reads only up to the first newline, so every run of white space becomes one space.
const WHITESPACE_RUN = /\s+/g;

/**
 * Characters past which more text adds no accuracy but costs time (~0.3 µs per character in
 * fastText): ~50 words, two or three sentences, where prose sentences are already identified at
 * ≥ 99.6% (`npm run eval:langid`; docs/quality.md).
 */
export const MAX_MODEL_CHARS = 300;

/**
 * Prepares text for the models: folds legacy ş/ţ, collapses white space, and cuts to `maxChars`
 * at a word boundary.
 * @example prepareText('Preşedintele\n\na spus') // 'Președintele a spus'
 */
export function prepareText(text: string, maxChars = MAX_MODEL_CHARS): string {
  // Cut before collapsing so a long article costs no more than a short one; 2× leaves room for
  // runs of white space that collapse to one.
  const head = text.length > maxChars * 2 ? text.slice(0, maxChars * 2) : text;
  let out = head.replace(WHITESPACE_RUN, ' ').trim();
  if (out.length > maxChars) {
    const cut = out.lastIndexOf(' ', maxChars);
    out = out.slice(0, cut > maxChars / 2 ? cut : maxChars);
  }
  return out.replace(LEGACY_PATTERN, (ch) => LEGACY_LETTERS[ch] ?? ch);
}

/** Counts white-space-separated words (cheaply; for the "short text" policy only). */
export function countWords(prepared: string): number {
  if (prepared.length === 0) return 0;
  let words = 1;
  for (let i = 0; i < prepared.length; i++) if (prepared.charCodeAt(i) === 32) words++;
  return words;
}
