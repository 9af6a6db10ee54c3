import { isSupportedLanguage, loadLanguage } from '../../languages/index.js';
import { compilePhrase } from '../../stages/events/lexicon.js';
import { matchPhraseAt } from '../../stages/events/match.js';
import { tokenize } from '../../stages/segment/index.js';
import type { EvidenceRef } from './types.js';

/**
 * Fields of cooperation named in pieces of evidence ("المجالات الاقتصادية والثقافية", "cooperarea
 * militaro-tehnică"), by the English keys of each pack's `event-cues.json` `areas`.
 * @example findAreas([evidence]).map((a) => a.area) // ['cultural', 'economic']
 */
export function findAreas(evidence: readonly EvidenceRef[]): { area: string; evidence: EvidenceRef[] }[] {
  const found = new Map<string, EvidenceRef[]>();
  for (const ev of evidence) {
    if (!isSupportedLanguage(ev.language)) continue;
    const pack = loadLanguage(ev.language);
    const words = tokenize(ev.text).filter((t) => t.kind !== 'punct');
    for (const [area, forms] of Object.entries(pack.eventCues.areas)) {
      const phrases = forms.map(compilePhrase);
      const named = words.some((_, i) => phrases.some((p) => matchPhraseAt(words, i, p, pack.clitics.prefixes) === p.length));
      if (!named) continue;
      const list = found.get(area) ?? [];
      if (!list.some((x) => x.article === ev.article && x.start === ev.start)) list.push(ev);
      found.set(area, list);
    }
  }
  return [...found.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0])).map(([area, ev]) => ({ area, evidence: ev }));
}
