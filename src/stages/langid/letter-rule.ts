import type { LanguageProfile } from './profiles.js';

/**
 * The letter rule: within one script, letters only some languages write are votes. Persian writes
 * ک ی پ چ ژ گ, Arabic writes ك ي ة ى, Urdu ے ں ٹ, Pashto ښ ړ ې … Every letter in a language's
 * `distinctiveLetters` is a vote for it and every letter in its `excludedLetters` one against it.
 *
 * Urdu and Pashto also write the Persian letters, so Persian lists their own letters as excluded:
 * on Urdu text Persian then collects votes against it while Urdu has none, and Urdu wins. That is
 * how "Urdu/Pashto letters are checked first" falls out of the data rather than an ordering.
 */

/** A language's standing under the letter rule. */
export interface LetterVote {
  readonly language: string;
  /** Letters voting for it. */
  readonly hits: number;
  /** Letters voting against it. */
  readonly misses: number;
  /** (hits + 1) / (hits + misses + 2): Laplace's rule of succession, so one letter is weak evidence. */
  readonly share: number;
}

/** The rule for one script. */
export interface LetterRule {
  readonly script: string;
  /** Votes per language over `[start, end)`, best first; empty when no letter voted. */
  judge(text: string, start?: number, end?: number): LetterVote[];
}

/**
 * Builds one rule per script that has at least two languages with letter data.
 * @example createLetterRules(loadLanguageProfiles()).get('Arab')?.judge('پزشکیان گفت')[0].language // 'fa'
 */
export function createLetterRules(profiles: readonly LanguageProfile[]): Map<string, LetterRule> {
  const byScript = new Map<string, LanguageProfile[]>();
  for (const p of profiles) {
    if (!p.distinctiveLetters && !p.excludedLetters) continue;
    byScript.set(p.script, [...(byScript.get(p.script) ?? []), p]);
  }
  const rules = new Map<string, LetterRule>();
  for (const [script, members] of byScript) {
    if (members.length >= 2) rules.set(script, buildRule(script, members));
  }
  return rules;
}

// Per code unit, the (language index, +1 | −1) votes it casts. All letters involved are in the BMP.
function buildRule(script: string, members: readonly LanguageProfile[]): LetterRule {
  const votes = new Map<number, [number, number][]>();
  const cast = (letters: string, index: number, sign: number): void => {
    for (const ch of letters) {
      const unit = ch.charCodeAt(0);
      votes.set(unit, [...(votes.get(unit) ?? []), [index, sign]]);
    }
  };
  members.forEach((p, i) => {
    cast(p.distinctiveLetters, i, 1);
    cast(p.excludedLetters, i, -1);
  });
  return {
    script,
    judge(text, start = 0, end = text.length) {
      const hits = new Uint32Array(members.length);
      const misses = new Uint32Array(members.length);
      let any = false;
      for (let i = start; i < end; i++) {
        const cast = votes.get(text.charCodeAt(i));
        if (!cast) continue;
        any = true;
        for (const [index, sign] of cast) (sign > 0 ? hits : misses)[index]!++;
      }
      if (!any) return [];
      return members
        .map((p, i) => ({
          language: p.code,
          hits: hits[i]!,
          misses: misses[i]!,
          share: (hits[i]! + 1) / (hits[i]! + misses[i]! + 2),
        }))
        .sort((a, b) => b.share - a.share || b.hits - a.hits);
    },
  };
}
