import { once } from 'node:events';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';

export type LayerFormat = 'gzip' | 'zstd' | 'tar';

/** Decides a layer's compression from its first bytes; media types are often wrong. */
export function sniffFormat(head: Uint8Array): LayerFormat {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'tar';
}

/** Enough bytes to tell every format apart. */
export const SNIFF_BYTES = 4;

const CHUNK = 1024 * 1024;

function decompressorFor(format: 'gzip' | 'zstd'): Transform {
  return format === 'gzip' ? zlib.createGunzip({ chunkSize: CHUNK }) : zlib.createZstdDecompress({ chunkSize: CHUNK });
}

/** The compressed data itself is bad (as opposed to the tar inside it). */
export class CorruptDataError extends Error {
  override name = 'CorruptDataError';
}

export interface DecompressingSink {
  /** Resolves once the chunk is consumed, so the caller may reuse its buffer. */
  write(chunk: Buffer): Promise<void>;
  /** Resolves after the last decompressed byte was handed over. */
  finish(): Promise<void>;
  abort(): void;
}

/** Decompressed chunks waiting for `onData` before the writer is held back. */
const MAX_QUEUED_CHUNKS = 4;

/**
 * Feeds compressed chunks to zlib and hands each decompressed chunk to `onData`. The hand-over
 * is deferred to a microtask, so zlib decompresses the next piece on its thread while `onData`
 * works on this one. Errors of the compressed data reject as CorruptDataError; errors thrown by
 * `onData` reject as themselves. Every wait also ends on error: a failure never hangs a caller.
 */
export function decompressingSink(format: 'gzip' | 'zstd', onData: (chunk: Buffer) => void): DecompressingSink {
  const stream = decompressorFor(format);
  let reject: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, rejectWith) => (reject = rejectWith));
  failed.catch(() => {}); // observed through the races below
  let consumerError: Error | undefined;
  const queue: Buffer[] = [];
  let drainScheduled = false;
  let whenDrained: (() => void) | undefined;
  const drain = (): void => {
    drainScheduled = false;
    try {
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) onData(chunk);
    } catch (error) {
      consumerError = error as Error;
      queue.length = 0;
      reject(consumerError);
      stream.destroy();
    }
    whenDrained?.();
    whenDrained = undefined;
  };
  const drained = (): Promise<void> => (queue.length === 0 && !drainScheduled ? Promise.resolve() : Promise.race([new Promise<void>((resolve) => (whenDrained = resolve)), failed]));
  stream.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    if (!drainScheduled) {
      drainScheduled = true;
      queueMicrotask(drain);
    }
  });
  stream.on('error', (error) => reject(consumerError ?? new CorruptDataError(error.message)));
  const ended = once(stream, 'end');
  ended.catch(() => {});
  return {
    write: async (chunk) => {
      await Promise.race([new Promise<void>((resolve) => stream.write(chunk, () => resolve())), failed]);
      if (queue.length > MAX_QUEUED_CHUNKS) await drained();
    },
    finish: async () => {
      stream.end();
      await Promise.race([ended, failed]);
      await drained();
    },
    abort: () => stream.destroy(),
  };
}

/** Runs bytes through decompression (when compressed) and hands tar bytes to `onTar`. */
export function tarSink(format: LayerFormat, onTar: (chunk: Buffer) => void): DecompressingSink {
  if (format !== 'tar') return decompressingSink(format, onTar);
  return {
    write: (chunk) => {
      onTar(chunk);
      return Promise.resolve();
    },
    finish: () => Promise.resolve(),
    abort: () => {},
  };
}
