import type { DossierEvent, NamedRef, Occasion } from './types.js';

// Reports that date one occasion differently (a year-only "in 2022" for a March 2023 signing) are
// folded into it when they agree on place and kind, at most this many years apart.
const CONFLICT_YEARS = 1;

interface Draft {
  date: string;
  location: NamedRef | null;
  events: DossierEvent[];
  conflicts: { date: string; article: string }[];
}

const sameOrOpenPlace = (a: NamedRef | null, b: NamedRef | null): boolean => !a || !b || a.id === b.id;

/**
 * Groups dated, non-negated events into occasions: same day (or a coarser date containing it) and
 * same place; a coarse date that contradicts a dated occasion of the same place and kind joins it as
 * a date conflict instead of inventing a second occasion. Sorted by date.
 * @example groupOccasions(events).map((o) => `${o.date} ${o.location?.name}`)
 */
export function groupOccasions(events: readonly DossierEvent[]): Occasion[] {
  const dated = events.filter((e): e is DossierEvent & { date: string } => e.date !== null && !e.negated);
  // Precise dates first, so coarse ones find the occasion they belong to.
  const ordered = [...dated].sort((x, y) => y.date.length - x.date.length || x.date.localeCompare(y.date));
  const drafts: Draft[] = [];
  for (const e of ordered) {
    const same = drafts.find((d) => (d.date === e.date || d.date.startsWith(e.date)) && sameOrOpenPlace(d.location, e.location));
    if (same) {
      same.events.push(e);
      same.location ??= e.location;
      continue;
    }
    const conflicting = e.date.length < 10 && e.location ? drafts.find((d) => conflictsWith(d, e)) : undefined;
    if (conflicting) {
      conflicting.events.push(e);
      if (!conflicting.conflicts.some((c) => c.date === e.date && c.article === e.evidence.article)) {
        conflicting.conflicts.push({ date: e.date, article: e.evidence.article });
      }
      continue;
    }
    drafts.push({ date: e.date, location: e.location, events: [e], conflicts: [] });
  }
  return drafts.sort((x, y) => x.date.localeCompare(y.date)).map(toOccasion);
}

function conflictsWith(d: Draft, e: DossierEvent & { date: string }): boolean {
  if (!d.location || d.location.id !== e.location?.id) return false;
  const years = Math.abs(Number(d.date.slice(0, 4)) - Number(e.date.slice(0, 4)));
  return years <= CONFLICT_YEARS && d.events.some((x) => x.type === e.type);
}

function toOccasion(d: Draft): Occasion {
  const events = [...d.events].sort((x, y) => x.evidence.article.localeCompare(y.evidence.article) || x.evidence.start - y.evidence.start);
  const uniq = (xs: readonly (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))].sort();
  return {
    date: d.date,
    location: d.location,
    types: uniq(events.map((e) => (e.mode ? `${e.type}/${e.mode}` : e.type))),
    events,
    stories: uniq(events.map((e) => e.story)),
    outlets: uniq(events.map((e) => e.evidence.outlet ?? e.evidence.article)),
    languages: uniq(events.map((e) => e.evidence.language)),
    dateConflicts: d.conflicts,
  };
}
