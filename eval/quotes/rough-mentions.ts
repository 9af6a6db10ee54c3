/**
 * A stand-in for the entities stage on English evaluation text: runs of capitalised words become
 * mentions (ORG when they end in an organisation word or are an all-capitals acronym, else PER),
 * with the last word as the entity id so "Donald Trump" and "Trump" are one entity. It is crude on
 * purpose: the quote evaluation measures attribution, not recognition.
 */
import type { Mention, Token } from '../../src/model/analysis.js';

const ORG_WORDS = new Set([
  'department', 'commission', 'party', 'committee', 'agency', 'post', 'times', 'news', 'press', 'campaign',
  'foundation', 'institute', 'association', 'council', 'court', 'university', 'bureau', 'house', 'senate',
  'congress', 'administration', 'journal', 'network', 'cnn', 'fbi', 'reuters', 'ap', 'upi', 'afp', 'politifact',
]);

/** Mentions for every run of capitalised words in `tokens`, skipping sentence-initial function words. */
export function roughMentions(text: string, tokens: readonly Token[], stopwords: ReadonlySet<string>, calendar: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    while (i < tokens.length && isName(text, tokens[i]!, stopwords)) i++;
    if (i === start) {
      i++;
      continue;
    }
    const first = tokens[start]!;
    const last = tokens[i - 1]!;
    const words = tokens.slice(start, i).map((t) => t.norm);
    const lastWord = words[words.length - 1]!;
    const acronym = /^\p{Lu}{2,5}$/u.test(text.slice(last.span.start, last.span.end));
    // "American", "Democratic" alone are group adjectives; weekdays and months are not names at all.
    const type: Mention['type'] = ORG_WORDS.has(lastWord) || acronym ? 'ORG'
      : words.length === 1 && /(an|ic|ish)$/.test(lastWord) ? 'NORP'
      : calendar.has(lastWord) ? 'MISC' : 'PER';
    const span = { start: first.span.start, end: last.span.end };
    out.push({ span, text: text.slice(span.start, span.end), form: 'name', type, entityId: lastWord, method: 'rough', confidence: 0.5 });
  }
  return out;
}

function isName(text: string, t: Token, stopwords: ReadonlySet<string>): boolean {
  if (t.kind !== 'word' || stopwords.has(t.norm)) return false;
  return /^\p{Lu}/u.test(text.slice(t.span.start, t.span.end));
}
