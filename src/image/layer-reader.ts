import { readSync } from 'node:fs';
import { ImageError } from '../errors.ts';
import type { ContentStore } from './content-store.ts';
import { CorruptDataError, type DecompressingSink, type LayerFormat, SNIFF_BYTES, sniffFormat, tarSink } from './compression.ts';
import { entryPath, imagePath, type LayerEntry } from './layers.ts';
import { limitMessage } from './limits.ts';
import { indexTar, type TarEntry, TarFormatError, TarLimitError, TarParser } from './tar.ts';
import { formatBytes } from '../units.ts';

/**
 * Says how many leading bytes of a regular file to keep: 0 for none, Infinity for all.
 * Everything not kept is streamed past, so memory follows what the analysis reads, not the image.
 */
export type ContentSelector = (path: string, size: number) => number;

export interface ReadLayerResult {
  entries: LayerEntry[];
  format: LayerFormat;
  /** Bytes of tar after decompression. */
  tarBytes: number;
}

/**
 * The bytes of a blob in chunks. A chunk may live in a reused buffer: it is valid only until the
 * consumer asks for the next one, which spares allocating (and collecting) the whole image.
 */
export type ByteChunks = AsyncIterable<Buffer> | Iterable<Buffer>;

/**
 * Reads one layer blob: sniffs its compression, decompresses, parses the tar. The store's budget
 * bounds the bytes of tar (of the layer and of the image so far), the entries and what is kept.
 */
export async function readLayer(input: ByteChunks, select: ContentSelector, store: ContentStore, where: string): Promise<ReadLayerResult> {
  const { budget } = store;
  const { layerTarBytes, layerEntries, keptBytesPerFile } = budget.limits;
  const entries: LayerEntry[] = [];
  // The parser asks what to keep, then delivers the same entry: its path is worked out once.
  let named: { entry: TarEntry; path: string } | undefined;
  const pathOf = (entry: TarEntry): string => {
    if (named?.entry !== entry) named = { entry, path: entryPath(entry.name, where) };
    return named.path;
  };
  const parser = new TarParser(
    (entry) => Math.min(select(imagePath(pathOf(entry)), entry.size), keptBytesPerFile),
    (entry, content) => {
      if (entries.length >= layerEntries) throw new ImageError(limitMessage(where, `the layer lists more than ${layerEntries} entries`, `${layerEntries} entries per layer`));
      const item: LayerEntry = { path: pathOf(entry), entry };
      if (content) item.content = store.put(content, where);
      entries.push(item);
    },
    (size) => store.allocate(size),
  );
  let tarBytes = 0;
  /** Counted per decompressed chunk (a megabyte): a bomb stops at the limit, not at its end. */
  const onTar = (tar: Buffer): void => {
    tarBytes += tar.length;
    if (tarBytes > layerTarBytes) throw new ImageError(limitMessage(where, `the layer expands to more than ${formatBytes(layerTarBytes)}`, `${formatBytes(layerTarBytes)} of tar per layer`));
    budget.addTarBytes(tar.length, where);
    parser.write(tar);
  };

  let format: LayerFormat | undefined;
  let sink: DecompressingSink | undefined;
  /** Bytes seen before the format is known; copied, since the input may reuse its buffer. */
  let head = Buffer.alloc(0);
  const start = (bytes: Buffer): Promise<void> => {
    format = sniffFormat(bytes);
    sink = tarSink(format, onTar);
    return sink.write(bytes);
  };
  try {
    for await (const chunk of input) {
      if (sink) await sink.write(chunk);
      else if (head.length + chunk.length >= SNIFF_BYTES) await start(head.length === 0 ? chunk : Buffer.concat([head, chunk]));
      else head = Buffer.concat([head, chunk]);
    }
    if (!sink) await start(head);
    await sink!.finish();
    parser.end();
  } catch (error) {
    sink?.abort();
    if (error instanceof CorruptDataError) throw new ImageError(`${where}: corrupt ${format} data (${error.message})`);
    throw asImageError(error, where);
  }
  return { entries, format: format ?? 'tar', tarBytes: parser.position };
}

/** Headers are read through a window this large: small files' headers share one read. */
const INDEX_WINDOW = 32 * 1024;

/**
 * Reads a layer stored as plain tar at a known place of a host file (a docker-archive's
 * layer.tar, an uncompressed OCI blob) by its headers alone: kept contents stay where they are,
 * as ranges of that file, and everything else is never read. Undefined when the layer is
 * compressed, for readLayer to stream instead.
 */
export function indexLayer(place: { file: string; offset: number; size: number }, select: ContentSelector, store: ContentStore, where: string): ReadLayerResult | undefined {
  const { layerEntries, keptBytesPerFile } = store.budget.limits;
  const fd = store.attach(place.file);
  const window = Buffer.allocUnsafe(INDEX_WINDOW);
  let windowStart = 0;
  let windowLength = 0;
  /** `length` bytes at `position` of the layer; fewer only at its end. The result is valid until the next call. */
  const readAt = (position: number, length: number): Buffer => {
    const available = Math.max(0, Math.min(length, place.size - position));
    if (position >= windowStart && position + available <= windowStart + windowLength) return window.subarray(position - windowStart, position - windowStart + available);
    const target = available > window.length ? Buffer.allocUnsafe(available) : window;
    let filled = 0;
    const wanted = Math.min(target.length, place.size - position);
    while (filled < wanted) {
      const bytes = readSync(fd, target, filled, wanted - filled, place.offset + position + filled);
      if (bytes === 0) break;
      filled += bytes;
    }
    if (target === window) {
      windowStart = position;
      windowLength = filled;
    }
    return target.subarray(0, Math.min(filled, available));
  };
  if (sniffFormat(readAt(0, SNIFF_BYTES)) !== 'tar') return undefined;
  let listed;
  try {
    listed = indexTar(readAt, place.size, layerEntries);
  } catch (error) {
    throw asImageError(error, where);
  }
  const entries: LayerEntry[] = [];
  for (const entry of listed) {
    const path = entryPath(entry.name, where);
    const item: LayerEntry = { path, entry };
    // As TarParser asks: regular files only, once each.
    const asked = entry.type === 'file' ? Math.min(select(imagePath(path), entry.size), keptBytesPerFile) : 0;
    if (asked > 0) item.content = { fd, offset: place.offset + entry.dataOffset, length: Math.min(asked, entry.size) };
    entries.push(item);
  }
  return { entries, format: 'tar', tarBytes: place.size };
}

function asImageError(error: unknown, where: string): Error {
  if (error instanceof ImageError) return error;
  if (error instanceof TarLimitError) return new ImageError(limitMessage(where, error.what, error.limit));
  if (error instanceof TarFormatError) return new ImageError(`${where}: not a valid tar stream (${error.message})`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EIO') return new ImageError(`${where}: ${(error as Error).message}`);
  return error instanceof Error ? error : new Error(String(error));
}
