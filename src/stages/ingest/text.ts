import { removeBoilerplate } from './boilerplate.js';
import type { ReaderRecord } from './record.js';

/**
 * Plain text and Markdown: the decoded content is the article text, less any furniture tail and
 * trailing white space. The first line also serves as the title when it looks like one; it stays
 * in the text, so offsets cover everything the file said.
 */

// A title is a short line that does not end a sentence. 200 code units holds the longest
// headlines seen in the seeds (70) with room; a longer first line is a paragraph.
const MAX_TITLE_LENGTH = 200;
// Sentence-final punctuation in our scripts (Arabic ؟, Urdu/Persian full stop ۔), plus the colon
// and ellipsis that introduce or trail off a sentence; closing quotes or brackets may follow.
const SENTENCE_END = /[.!?؟۔:…][\s"'»”’)\]]*$/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/u;

/**
 * Finds the title line of a text: the first non-blank line when it is short, does not end in
 * sentence punctuation, and more text follows it.
 * @example detectTitle('Iran and Belarus sign a roadmap\n\nThe two presidents…', false) // 'Iran and Belarus sign a roadmap'
 */
export function detectTitle(text: string, markdown: boolean): string | null {
  const match = /^\s*([^\r\n]*)(?:\r\n|\n|\r)/u.exec(text);
  if (!match) return null;
  const line = match[1]!.trim();
  const rest = text.slice(match[0].length);
  if (line === '' || line.length > MAX_TITLE_LENGTH || rest.trim() === '') return null;
  if (SENTENCE_END.test(line)) return null;
  if (!markdown) return line;
  const heading = MARKDOWN_HEADING.exec(line);
  return heading ? heading[1]!.trim() || null : line;
}

/**
 * Reads a plain-text or Markdown article.
 * @example readText('Title\nBody…', { markdown: false }).fields.title // 'Title'
 */
export function readText(decoded: string, options: { markdown: boolean }): ReaderRecord {
  const text = removeBoilerplate(decoded).text.trimEnd();
  return { index: null, fields: { text, title: detectTitle(text, options.markdown) } };
}
