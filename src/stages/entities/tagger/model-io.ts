import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './features.js';
import { LABEL_COUNT, LABELS } from './labels.js';
import { createModel, type ModelHeader, type TaggerModel } from './model.js';

/**
 * The model file: gzip of
 *   "CWTAGGR1" · u32 header length · header JSON · u32 rows · u32 key deltas (keys sorted) ·
 *   f32 weight scale · i16 weights (rows × labels) · f32 transitions ((labels + 1) × labels)
 * all little-endian. Sorted, delta-coded keys and int16 weights (step = max |w| / 32767, far
 * below the weights that matter) keep a 300k-feature model near 2 MiB.
 */

const MAGIC = 'CWTAGGR1';
const INT16_MAX = 32767;

/**
 * Serialises a model to gzip'd bytes.
 * @example writeFileSync('ro.bin.gz', serializeModel(model))
 */
export function serializeModel(model: TaggerModel): Uint8Array {
  const L = LABEL_COUNT;
  const order = Array.from(model.keys.keys()).sort((a, b) => model.keys[a]! - model.keys[b]!);
  const rows = order.length;
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / INT16_MAX : 1;
  const header = Buffer.from(JSON.stringify(model.header), 'utf8');
  const out = Buffer.alloc(8 + 4 + header.length + 4 + rows * 4 + 4 + rows * L * 2 + (L + 1) * L * 4);
  let at = out.write(MAGIC, 0, 'latin1');
  at = out.writeUInt32LE(header.length, at);
  at += header.copy(out, at);
  at = out.writeUInt32LE(rows, at);
  let previous = 0;
  for (const r of order) {
    at = out.writeUInt32LE((model.keys[r]! - previous) >>> 0, at);
    previous = model.keys[r]!;
  }
  at = out.writeFloatLE(scale, at);
  for (const r of order) {
    for (let l = 0; l < L; l++) at = out.writeInt16LE(Math.round(model.weights[r * L + l]! / scale), at);
  }
  for (const t of model.transitions) at = out.writeFloatLE(t, at);
  return gzipSync(out, { level: 9 });
}

/**
 * Reads a model serialised by {@link serializeModel}; throws an `Error` naming what is wrong
 * (the loader wraps it into MODEL_LOAD_FAILED with the file name).
 */
export function deserializeModel(bytes: Uint8Array): TaggerModel {
  const L = LABEL_COUNT;
  if (endianness() !== 'LE') throw new Error('model files are little-endian; this platform is not');
  const buf = gunzipSync(bytes);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a crosswire tagger model (bad magic)');
  let at = 8;
  const headerLength = buf.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as ModelHeader;
  at += headerLength;
  checkHeader(header);
  const rows = buf.readUInt32LE(at);
  at += 4;
  // Typed-array copies of the little-endian sections (the platform was checked above).
  const keys = new Uint32Array(copy(buf, at, rows * 4));
  at += rows * 4;
  for (let r = 1; r < rows; r++) keys[r] = (keys[r - 1]! + keys[r]!) >>> 0;
  const scale = buf.readFloatLE(at);
  at += 4;
  const quantised = new Int16Array(copy(buf, at, rows * L * 2));
  at += rows * L * 2;
  const weights = new Float32Array(rows * L);
  for (let i = 0; i < weights.length; i++) weights[i] = quantised[i]! * scale;
  const transitions = Float64Array.from(new Float32Array(copy(buf, at, (L + 1) * L * 4)));
  at += (L + 1) * L * 4;
  if (at !== buf.length) throw new Error(`unexpected size (${buf.length} bytes, expected ${at})`);
  return createModel(header, keys, weights, transitions);
}

function copy(buf: Buffer, at: number, length: number): ArrayBuffer {
  if (at + length > buf.length) throw new Error(`truncated (${buf.length} bytes, needs ${at + length})`);
  return buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + length) as ArrayBuffer;
}

function checkHeader(header: ModelHeader): void {
  if (header.format !== 1) throw new Error(`unknown format ${String(header.format)}`);
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(`trained with feature templates v${header.featureVersion}, this code has v${FEATURE_VERSION}; retrain with npm run train:ner`);
  }
  if (header.labels.join(' ') !== LABELS.join(' ')) throw new Error(`label set ${header.labels.join(' ')} differs from ${LABELS.join(' ')}`);
}
