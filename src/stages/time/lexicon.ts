import type { LanguagePack } from '../../languages/schema.js';
import { normalizeForMatch } from '../normalize/fold.js';
import type { CalendarName } from './calendars/convert.js';
import { tokenizeTime } from './tokens.js';

/**
 * The time vocabulary of one language pack as a phrase trie over normalised tokens. Every word list of
 * months.json, weekdays.json, calendars.json, relative.json and numbers.json becomes typed entries, so
 * the extractors are one engine for every language: they ask "is there a month here?", never "is this
 * Persian?".
 */

/** Units a duration or relative expression counts in. */
export type TimeUnit =
  | 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'month' | 'week' | 'weekend' | 'day' | 'hour' | 'minute' | 'second';

/** Parts of the day, as TIMEX3 writes them (TMO, TAF, TEV, TNI). */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

/** What a phrase of the lexicon means. One phrase may mean several things ("a" = 1, "luni" = Monday/months). */
export type LexEntry =
  | { readonly kind: 'month'; readonly calendar: CalendarName; readonly month: number; readonly ambiguous: boolean }
  | { readonly kind: 'weekday'; readonly weekday: number; readonly ambiguous: boolean }
  | { readonly kind: 'unit'; readonly unit: TimeUnit; readonly count?: number }
  | { readonly kind: 'cardinal'; readonly value: number }
  | { readonly kind: 'ordinal'; readonly value: number }
  | { readonly kind: 'rel'; readonly offset: -1 | 0 | 1 }
  | { readonly kind: 'ago' }
  | { readonly kind: 'agoBefore' }
  | { readonly kind: 'later' }
  | { readonly kind: 'laterBefore' }
  | { readonly kind: 'deictic'; readonly days: number }
  | { readonly kind: 'named'; readonly amount: number; readonly unit: TimeUnit }
  | { readonly kind: 'ref'; readonly value: string }
  | { readonly kind: 'set'; readonly value: string }
  | { readonly kind: 'mod'; readonly mod: 'START' | 'MID' | 'END' }
  | { readonly kind: 'part'; readonly part: PartOfDay }
  | { readonly kind: 'season'; readonly season: 'SP' | 'SU' | 'FA' | 'WI' }
  | { readonly kind: 'era'; readonly calendar: CalendarName }
  | { readonly kind: 'meridiem'; readonly pm: boolean }
  | { readonly kind: 'clockWord'; readonly hour: number; readonly minute: number }
  | { readonly kind: 'holiday'; readonly rule: string }
  | {
      readonly kind:
        | 'every' | 'approx' | 'future' | 'det' | 'yearCue' | 'yearPrefix' | 'connector' | 'joiner' | 'ordinalSuffix'
        | 'comparative' | 'periodWord' | 'possessive' | 'yearModifierCue' | 'vague' | 'vagueCue' | 'decadeSuffix'
        | 'periodAdjective' | 'periodEnding' | 'timeZone' | 'ageWord' | 'rangeConnector';
    };

/** The kinds of entry, for lookups. */
export type LexKind = LexEntry['kind'];

interface TrieNode {
  entries: LexEntry[];
  next: Map<string, TrieNode>;
}

/** A language's compiled time vocabulary. */
export interface TimeLexicon {
  readonly root: TrieNode;
  /** Proclitics (normalised), longest first. */
  readonly prefixes: readonly string[];
  readonly numericOrder: 'DMY' | 'MDY';
  readonly defaultCalendar: CalendarName;
  /** Calendars that have month names in this pack. */
  readonly calendars: ReadonlySet<CalendarName>;
  readonly hasCase: boolean;
}

const UNIT_NAMES: readonly TimeUnit[] = [
  'century', 'decade', 'year', 'half', 'quarter', 'month', 'week', 'weekend', 'day', 'hour', 'minute', 'second',
];

function newNode(): TrieNode {
  return { entries: [], next: new Map() };
}

function addPhrase(root: TrieNode, phrase: string, entry: LexEntry): void {
  const tokens = tokenizeTime(normalizeForMatch(phrase));
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t.text);
    if (!child) node.next.set(t.text, (child = newNode()));
    node = child;
  }
  node.entries.push(entry);
}

function addAll(root: TrieNode, words: readonly string[] | undefined, entry: LexEntry): void {
  for (const w of words ?? []) addPhrase(root, w, entry);
}

const cache = new Map<string, TimeLexicon>();

/** An empty lexicon, for text in a language without a pack: only digits and ISO dates are found. */
export function emptyLexicon(): TimeLexicon {
  return { root: newNode(), prefixes: [], numericOrder: 'DMY', defaultCalendar: 'gregorian', calendars: new Set(), hasCase: false };
}

/**
 * Compiles (once per pack) the time vocabulary of a language pack.
 * @example buildLexicon(loadLanguage('fa')).calendars.has('persian') // true
 */
export function buildLexicon(pack: LanguagePack): TimeLexicon {
  const hit = cache.get(pack.code);
  if (hit) return hit;
  const root = newNode();
  const ambiguousMonths = new Set(pack.months.ambiguous.map(normalizeForMatch));
  const calendars = new Set<CalendarName>();
  for (const [calendar, months] of Object.entries(pack.months.calendars) as [CalendarName, string[][]][]) {
    calendars.add(calendar);
    months.forEach((forms, i) => {
      for (const form of forms) {
        const ambiguous = ambiguousMonths.has(normalizeForMatch(form));
        addPhrase(root, form, { kind: 'month', calendar, month: i + 1, ambiguous });
      }
    });
  }
  const ambiguousDays = new Set(pack.weekdays.ambiguous.map(normalizeForMatch));
  pack.weekdays.weekdays.forEach((forms, i) => {
    for (const form of forms) {
      addPhrase(root, form, { kind: 'weekday', weekday: i + 1, ambiguous: ambiguousDays.has(normalizeForMatch(form)) });
    }
  });
  for (const [calendar, markers] of Object.entries(pack.calendars.eraMarkers) as [CalendarName, string[]][]) {
    addAll(root, markers, { kind: 'era', calendar });
  }
  for (const h of pack.calendars.holidays) addAll(root, h.forms, { kind: 'holiday', rule: h.rule });
  addRelative(root, pack.relative);
  addNumbers(root, pack.numbers);
  const lexicon: TimeLexicon = {
    root,
    // The proclitics of names are those of time words too ("والأربعاء", "بالعشرين"): one list, clitics.json.
    prefixes: pack.clitics.prefixes.map(normalizeForMatch).sort((a, b) => b.length - a.length),
    numericOrder: pack.calendars.numericOrder,
    defaultCalendar: pack.calendars.default,
    calendars,
    hasCase: pack.info.hasCase,
  };
  cache.set(pack.code, lexicon);
  return lexicon;
}

function addRelative(root: TrieNode, r: LanguagePack['relative']): void {
  addAll(root, r.last, { kind: 'rel', offset: -1 });
  addAll(root, r.next, { kind: 'rel', offset: 1 });
  addAll(root, r.this, { kind: 'rel', offset: 0 });
  for (const kind of ['ago', 'agoBefore', 'later', 'laterBefore'] as const) addAll(root, r[kind], { kind });
  for (const [days, words] of Object.entries(r.deictic)) addAll(root, words, { kind: 'deictic', days: Number(days) });
  for (const [code, words] of Object.entries(r.namedRelative)) {
    const m = /^([-+]?\d+)([YMWD])$/.exec(code)!;
    const unit = ({ Y: 'year', M: 'month', W: 'week', D: 'day' } as const)[m[2] as 'Y' | 'M' | 'W' | 'D'];
    addAll(root, words, { kind: 'named', amount: Number(m[1]), unit });
  }
  for (const [value, words] of Object.entries(r.refs)) addAll(root, words, { kind: 'ref', value });
  for (const unit of UNIT_NAMES) {
    addAll(root, r.units[unit], { kind: 'unit', unit });
    addAll(root, r.dualUnits[unit], { kind: 'unit', unit, count: 2 });
  }
  for (const [value, words] of Object.entries(r.sets)) addAll(root, words, { kind: 'set', value });
  for (const [mod, words] of Object.entries(r.modifiers)) addAll(root, words, { kind: 'mod', mod: mod as 'START' });
  for (const [part, words] of Object.entries(r.partsOfDay)) addAll(root, words, { kind: 'part', part: part as PartOfDay });
  for (const [season, words] of Object.entries(r.seasons)) addAll(root, words, { kind: 'season', season: season as 'SP' });
  for (const [hm, words] of Object.entries(r.clockWords)) {
    addAll(root, words, { kind: 'clockWord', hour: Number(hm.slice(0, 2)), minute: Number(hm.slice(3)) });
  }
  addAll(root, r.meridiem.am, { kind: 'meridiem', pm: false });
  addAll(root, r.meridiem.pm, { kind: 'meridiem', pm: true });
  const simple = [
    ['every', r.every], ['approx', r.approx], ['future', r.future], ['det', r.determiners],
    ['yearCue', r.yearCues], ['yearPrefix', r.yearPrefixes], ['connector', r.connectors],
    ['comparative', r.comparatives], ['periodWord', r.periodWords], ['possessive', r.possessives],
    ['yearModifierCue', r.yearModifierCues], ['vague', r.vagueQuantities], ['vagueCue', r.vagueDurationCues],
    ['decadeSuffix', r.decadeSuffixes], ['periodAdjective', r.periodAdjectives], ['periodEnding', r.periodEndings],
    ['timeZone', r.timeZones], ['ageWord', r.ageWords], ['rangeConnector', r.rangeConnectors],
  ] as const;
  for (const [kind, words] of simple) addAll(root, words, { kind });
}

function addNumbers(root: TrieNode, n: LanguagePack['numbers']): void {
  for (const [value, words] of Object.entries(n.cardinals)) addAll(root, words, { kind: 'cardinal', value: Number(value) });
  for (const [value, words] of Object.entries(n.ordinals)) addAll(root, words, { kind: 'ordinal', value: Number(value) });
  addAll(root, n.joiners, { kind: 'joiner' });
  addAll(root, n.ordinalSuffixes, { kind: 'ordinalSuffix' });
}

/** Follows one token from a trie node. */
export function step(node: TrieNode, token: string): TrieNode | undefined {
  return node.next.get(token);
}

export type { TrieNode };
