import fs from 'node:fs';
import { fail, type Failure } from './failure.js';

/**
 * Reads an input's bytes within a size limit. Files are measured with `stat` first, so a file over
 * the limit is rejected without being read; standard input is read until it passes the limit.
 */

/** Options for {@link readBytes}. */
export interface ReadBytesOptions {
  readonly maxBytes: number;
  /** The stream `-` stands for (default: process.stdin). */
  readonly stdin?: NodeJS.ReadableStream;
}

const MIB = 1024 * 1024;

function formatSize(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`;
}

function tooLarge(size: number | null, maxBytes: number): Failure {
  const what = size === null ? 'more than' : formatSize(size) + ', over';
  return fail('too-large', `${what} the limit of ${formatSize(maxBytes)}`);
}

// Node error codes → a short phrase for people.
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** A short sentence for a failed file-system call. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && FS_ERRORS[code]) ?? (error as Error).message;
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | Failure> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > maxBytes) return tooLarge(null, maxBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    return fail('unreadable', describeFsError(error));
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a file (or `-`, standard input) into memory, or says why not (`unreadable`, `too-large`).
 * @example await readBytes('article.txt', { maxBytes: 20 * 1024 * 1024 })
 */
export async function readBytes(path: string, options: ReadBytesOptions): Promise<Uint8Array | Failure> {
  if (path === '-') return readStream(options.stdin ?? process.stdin, options.maxBytes);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(path);
  } catch (error) {
    return fail('unreadable', describeFsError(error));
  }
  if (stat.isDirectory()) {
    const error: unknown = await fs.promises.readdir(path).then(() => null, (e: unknown) => e);
    return fail('unreadable', error ? `cannot list the folder: ${describeFsError(error)}` : 'is a folder, not a file (readInputs expands folders)');
  }
  // Pipes and devices have no size to check: read them as a stream, up to the limit.
  if (!stat.isFile()) return readStream(fs.createReadStream(path), options.maxBytes);
  if (stat.size > options.maxBytes) return tooLarge(stat.size, options.maxBytes);
  try {
    const bytes = await fs.promises.readFile(path);
    // A file that grew after stat: the limit still holds.
    return bytes.length > options.maxBytes ? tooLarge(bytes.length, options.maxBytes) : bytes;
  } catch (error) {
    return fail('unreadable', describeFsError(error));
  }
}
