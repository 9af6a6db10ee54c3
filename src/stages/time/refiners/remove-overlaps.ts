import type { Candidate } from '../spec.js';

/**
 * Refiner: keeps the longest of overlapping candidates (chrono's OverlapRemovalRefiner), preferring the
 * earlier on a tie, so "de peste 40 de ani" wins over "40 de ani" and "سه شنبه" (Tuesday) over "سه" (3).
 * Token occupancy makes it linear in the covered tokens (a 100 KB text can hold thousands of candidates).
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first);
  const taken: Candidate[] = [];
  const occupied = new Set<number>();
  for (const c of ranked) {
    let free = true;
    for (let k = c.first; k < c.end && free; k++) free = !occupied.has(k);
    if (!free) continue;
    for (let k = c.first; k < c.end; k++) occupied.add(k);
    taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}
