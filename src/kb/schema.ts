import { z } from 'zod';

/**
 * The knowledge base is data: JSON Lines files, one entity per line, validated by this schema when
 * loaded. Ids are Wikidata QIDs (`Q184`); an entity whose QID could not be verified carries a
 * provisional id (`x:ebrahim-raisi`) until someone checks it — a wrong QID is worse than none.
 */

/** Wikidata QID, or a provisional id (`x:` + lower-case slug). */
export const KB_ID = z.string().regex(/^(Q[1-9]\d*|x:[a-z0-9][a-z0-9.-]*)$/, 'a Wikidata QID ("Q184") or a provisional id ("x:some-slug")');

/** Entity types of the KB (a subset of the model's `EntityType`). */
export const KB_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT'] as const;

const LANGUAGE = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code');
const NAME_LIST = z.array(z.string().trim().min(1)).min(1);

/** Names per language; the first name of a language is its display name. */
const NAMES = z.record(LANGUAGE, NAME_LIST);

/** A date with year, month or day precision: `2024`, `2024-07`, `2024-07-28`. */
export const KB_DATE = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');

/** An office held over a period; `end: null` means still in office (as of the KB's last edit). */
export const KbRoleSchema = z
  .object({
    /** Office kind, shared with `titles.json` roles: president, prime-minister, foreign-minister … */
    role: z.string().regex(/^[a-z][a-z-]*$/, 'a lower-case role name such as "president"'),
    /** The country or organisation of the office. */
    of: KB_ID,
    start: KB_DATE.nullable().default(null),
    end: KB_DATE.nullable().default(null),
    /** Held in an acting capacity (e.g. after a death in office). */
    acting: z.boolean().optional(),
  })
  .strict();

/** One entity of the knowledge base. */
export const KbEntitySchema = z
  .object({
    id: KB_ID,
    type: z.enum(KB_TYPES),
    names: NAMES.refine((n) => Object.keys(n).length > 0, 'at least one language'),
    /** Adjective / nisba / inhabitant forms per language (الإيراني, iranian, иранский). */
    demonyms: NAMES.default({}),
    /**
     * Aliases that are also common words (Arabic "رئيسي" = "main"; Persian "مالی" = "financial"):
     * they link only when the article also names the entity unambiguously, or after a title.
     */
    weak: z.array(z.string().trim().min(1)).default([]),
    roles: z.array(KbRoleSchema).default([]),
    /** The country the entity belongs to (a city's or a person's). */
    country: KB_ID.optional(),
    /** The place it lies in, when narrower than the country (Atlanta → Georgia, US state). */
    in: KB_ID.optional(),
    capital: KB_ID.optional(),
    /** ISO 3166-1 alpha-2 code, for countries and territories. */
    iso: z.string().regex(/^[A-Z]{2}$/).optional(),
    /** Prominence 0..1 used to break ties between entities sharing an alias (default by type). */
    prior: z.number().min(0).max(1).optional(),
    description: z.string().optional(),
  })
  .strict();

/** A validated KB entity. */
export type KbEntity = z.infer<typeof KbEntitySchema>;

/** A validated role. */
export type KbRole = z.infer<typeof KbRoleSchema>;

/** KB entity type. */
export type KbType = (typeof KB_TYPES)[number];
