import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEpochDay } from './convert.js';
import { holidayDays } from './holidays.js';

const iso = (day: number): string => {
  const d = fromEpochDay(day);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};
const around = (rule: string, year: number): string[] => holidayDays(rule, { year, month: 7, day: 1 }).map(iso);

test('Western Easter follows the Gregorian computus (known dates)', () => {
  assert.deepEqual(around('easter', 2000), ['1999-04-04', '2000-04-23', '2001-04-15']);
  assert.equal(around('easter', 2025)[1], '2025-04-20');
  assert.equal(around('easter-2', 2025)[1], '2025-04-18');
});

test('n-th and last weekday of a month, with a day shift', () => {
  assert.equal(around('11-4#4', 1999)[1], '1999-11-25'); // US Thanksgiving
  assert.equal(around('05-1#-1', 2025)[1], '2025-05-26'); // Memorial Day
  assert.equal(around('11-1#1+1', 1998)[1], '1998-11-03'); // US Election Day
});

test('fixed days in the Solar Hijri and lunar Hijri calendars come back in Gregorian', () => {
  assert.ok(holidayDays('persian:01-01', { year: 2025, month: 8, day: 20 }).map(iso).includes('2025-03-21'));
  assert.ok(holidayDays('islamic:10-01', { year: 2025, month: 8, day: 20 }).map(iso).includes('2025-03-30'));
});

test('an unreadable rule yields no dates', () => {
  assert.deepEqual(holidayDays('13-99x', { year: 2025, month: 1, day: 1 }), []);
});
