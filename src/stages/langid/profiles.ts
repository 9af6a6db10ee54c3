import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createError } from '../../errors.js';
import { loadAllLanguages } from '../../languages/index.js';
import { IdentificationSchema } from '../../languages/schema.js';

/**
 * What langid knows about each language it can name by rule rather than by model: the packs'
 * `identification` data plus a few Arabic-script languages without a pack (other-languages.json).
 */

/** Identification data of one language. */
export interface LanguageProfile {
  /** ISO 639-1 code. */
  readonly code: string;
  /** ISO 15924 script the letters belong to. */
  readonly script: string;
  readonly distinctiveLetters: string;
  readonly excludedLetters: string;
  readonly varieties: readonly string[];
  readonly confusableWith: readonly string[];
  /** True when crosswire has a language pack for it. */
  readonly hasPack: boolean;
}

const OtherLanguagesSchema = z.object({
  comment: z.string().optional(),
  languages: z.array(
    IdentificationSchema.extend({
      code: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code'),
      script: z.string().regex(/^[A-Z][a-z]{3}$/),
    }),
  ),
});

const OTHER_LANGUAGES_FILE = 'other-languages.json';

function readOtherLanguages(): z.infer<typeof OtherLanguagesSchema> {
  try {
    const raw: unknown = JSON.parse(readFileSync(new URL(`./${OTHER_LANGUAGES_FILE}`, import.meta.url), 'utf8'));
    return OtherLanguagesSchema.parse(raw);
  } catch (cause) {
    throw createError('MODEL_LOAD_FAILED', `langid ${OTHER_LANGUAGES_FILE}`, (cause as Error).message, { cause });
  }
}

/**
 * Collects the identification profiles of every pack and of the extra languages.
 * @example loadLanguageProfiles().find((p) => p.code === 'fa')?.distinctiveLetters // 'پچژگکیۀ'
 */
export function loadLanguageProfiles(): LanguageProfile[] {
  const profiles: LanguageProfile[] = loadAllLanguages().map((pack) => {
    const id = pack.info.identification;
    return {
      code: pack.code,
      script: pack.info.script,
      distinctiveLetters: id?.distinctiveLetters ?? '',
      excludedLetters: id?.excludedLetters ?? '',
      varieties: id?.varieties ?? [],
      confusableWith: id?.confusableWith ?? [],
      hasPack: true,
    };
  });
  for (const other of readOtherLanguages().languages) {
    profiles.push({ ...other, hasPack: false });
  }
  return profiles;
}
