import type { ArticleRecord } from '../../output/record.js';
import type { NameBook } from './names.js';
import { evidenceOf } from './names.js';
import type { Statement } from './types.js';

/**
 * Statements by either side in the given records: quotes whose speaker is `a` or `b` or belongs to
 * one of them (a president speaks for their country), with the relaying outlet and the stance of
 * the reporting verb (said vs claimed).
 */
export function collectStatements(records: readonly ArticleRecord[], a: string, b: string, names: NameBook): Statement[] {
  const out: Statement[] = [];
  for (const r of records) {
    for (const q of r.quotes) {
      if (!q.speaker) continue;
      const side = q.speaker.id === a || q.speaker.id === b ? q.speaker.id : names.country(q.speaker.id);
      if (side !== a && side !== b) continue;
      out.push({
        side: names.ref(side),
        speaker: { id: q.speaker.id, name: names.name(q.speaker.id) },
        via: q.via ? { id: q.via.id, name: names.name(q.via.id) } : null,
        text: q.text,
        stance: q.stance,
        evidence: evidenceOf(r, q),
      });
    }
  }
  return out;
}
