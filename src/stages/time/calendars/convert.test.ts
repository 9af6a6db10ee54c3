import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEpochDay, fromGregorian, toEpochDay, toGregorian, type CalendarDate } from './convert.js';

const iso = (d: CalendarDate | null): string | null =>
  d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

test('known conversions (IRNA and Umm al-Qura tables)', () => {
  // 29 Mordad 1404 was Wednesday 20 August 2025 (seed article 003).
  assert.equal(iso(toGregorian('persian', { year: 1404, month: 5, day: 29 })), '2025-08-20');
  assert.deepEqual(fromGregorian('persian', { year: 2025, month: 3, day: 21 }), { year: 1404, month: 1, day: 1 });
  // 1 Ramadan 1446 AH = 1 March 2025 in Umm al-Qura.
  assert.equal(iso(toGregorian('islamic', { year: 1446, month: 9, day: 1 })), '2025-03-01');
  assert.deepEqual(fromGregorian('islamic', { year: 2025, month: 8, day: 20 }), { year: 1447, month: 2, day: 26 });
});

test('dates that do not exist convert to null', () => {
  assert.equal(toGregorian('persian', { year: 1404, month: 12, day: 30 }), null); // 1404 is not leap
  assert.equal(iso(toGregorian('persian', { year: 1403, month: 12, day: 30 })), '2025-03-20'); // 1403 is
  assert.equal(toGregorian('persian', { year: 1404, month: 7, day: 31 }), null); // Mehr has 30 days
  assert.equal(toGregorian('gregorian', { year: 2025, month: 2, day: 29 }), null);
  assert.equal(toGregorian('islamic', { year: 1447, month: 13, day: 1 }), null);
});

test('every day 1990–2040 round-trips Gregorian ↔ Solar Hijri ↔ Hijri', () => {
  const first = toEpochDay({ year: 1990, month: 1, day: 1 });
  const last = toEpochDay({ year: 2040, month: 12, day: 31 });
  let previousPersian = '';
  for (let day = first; day <= last; day++) {
    const g = fromEpochDay(day);
    const persian = fromGregorian('persian', g);
    const islamic = fromGregorian('islamic', g);
    // Gregorian → Solar Hijri → Gregorian, and Gregorian → Hijri → Gregorian.
    assert.deepEqual(toGregorian('persian', persian), g, `persian ${iso(g)}`);
    assert.deepEqual(toGregorian('islamic', islamic), g, `islamic ${iso(g)}`);
    // Solar Hijri → Hijri through Gregorian lands on the same day.
    assert.deepEqual(fromGregorian('islamic', toGregorian('persian', persian)!), islamic);
    // Consecutive days are consecutive calendar dates (no day skipped or repeated).
    const p = iso(persian)!;
    assert.ok(p > previousPersian, `persian order at ${iso(g)}`);
    previousPersian = p;
  }
});
