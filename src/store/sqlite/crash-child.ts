/**
 * Test fixture for crash.test.ts, run as a child process: writes batches to the store given on
 * the command line forever, printing `ack <batch>` after each committed batch, until killed.
 * Usage: node --import tsx crash-child.ts <db-path> <batch-size>
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore } from '../index.js';
import { makeSaveItem } from '../test-items.js';
import type { SaveItem } from '../store.js';

// Real sentences in three scripts, repeated to the ≈3 KB of a news article.
const SENTENCES = [
  'Belarus și Iran intenționează să aprofundeze relațiile bilaterale în toate domeniile, inclusiv în apărare.',
  'پزشکیان برای مقابله با تحریمهای غرب، به رییس‌جمهور بلاروس مشاوره می‌دهد.',
  'قال الرئيسان البيلاروسي ألكسندر لوكاشينكو والإيراني مسعود بيزشكيان إن البلدين يعتزمان تعزيز العلاقات.',
];

/** The id of item `i` of batch `batch`. */
export function crashItemId(batch: number, i: number): string {
  return `crash-${batch}-${i}`;
}

/** The unique word in an item's text, for checking its FTS row. */
export function crashMarker(batch: number, i: number): string {
  return `marker${batch}x${i}`;
}

/** The full text of an item, so the parent can check it was stored whole. */
export function crashItemText(batch: number, i: number): string {
  const body = Array.from({ length: 10 }, (_, k) => SENTENCES[(k + i) % SENTENCES.length]).join(' ');
  return `${body}\n\n${crashMarker(batch, i)} ${body}`;
}

function batchItems(batch: number, size: number): SaveItem[] {
  return Array.from({ length: size }, (_, i) =>
    makeSaveItem({ id: crashItemId(batch, i), text: crashItemText(batch, i), language: 'ro', title: `Lot ${batch}` }),
  );
}

// Batches are built before writing starts, so after an ack the child is straight back inside a
// transaction and the parent's kill lands mid-write rather than while items are being prepared.
const PREBUILT_BATCHES = 12;

function main(path: string, size: number): void {
  const store = createStore({ path });
  const prebuilt = Array.from({ length: PREBUILT_BATCHES }, (_, batch) => batchItems(batch, size));
  for (let batch = 0; ; batch++) {
    store.saveBatch(prebuilt[batch] ?? batchItems(batch, size));
    // stdout to a pipe is synchronous on Linux, so the ack is out once this returns.
    process.stdout.write(`ack ${batch}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]!, Number(process.argv[3] ?? 200));
}
