import { readSync } from 'node:fs';
import { ImageError } from '../errors.ts';
import type { ContentStore } from './content-store.ts';
import { CorruptDataError, type DecompressingSink, type LayerFormat, SNIFF_BYTES, sniffFormat, tarSink } from './compression.ts';
import { entryPath, imagePath, type LayerEntry } from './layers.ts';
import { limitMessage } from './limits.ts';
import { indexTar, type TarEntry, TarFormatError, TarLimitError, TarParser } from './tar.ts';
import { formatBytes } from '../units.ts';
import { CaptureBuffers, captureElf, ElfCapture } from '../native/elf-capture.ts';
import type { ByteSource } from '../native/byte-source.ts';

/**
 * Says how many leading bytes of a regular file to keep: 0 for none, Infinity for all.
 * Everything not kept is streamed past, so memory follows what the analysis reads, not the image.
 * `elf`, when given, names the files whose dynamic loader facts to capture as they pass (see
 * native/elf-capture.ts): shared libraries and extension modules, read by what their ELF headers
 * point to rather than kept.
 */
export interface ContentSelector {
  (path: string, size: number): number;
  elf?: (path: string, size: number) => boolean;
}

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
  const reading = new LayerReading(select, store, where);
  try {
    for await (const chunk of input) await reading.write(chunk);
  } catch (error) {
    reading.abort();
    throw asImageError(error, where);
  }
  return reading.finish();
}

/**
 * One layer blob read as its bytes are pushed in (see readLayer): for a layer that arrives inside
 * another stream, an image export, whose reader cannot hand out an iterator of it.
 */
export class LayerReading {
  private readonly entries: LayerEntry[] = [];
  private readonly parser: TarParser;
  private readonly where: string;
  private format: LayerFormat | undefined;
  private sink: DecompressingSink | undefined;
  /** Bytes seen before the format is known; copied, since the input may reuse its buffer. */
  private head = Buffer.alloc(0);

  constructor(select: ContentSelector, store: ContentStore, where: string) {
    this.where = where;
    const { budget } = store;
    const { layerTarBytes, layerEntries, keptBytesPerFile } = budget.limits;
    const entries = this.entries;
    // The parser asks what to keep, then delivers the same entry: its path is worked out once.
    let named: { entry: TarEntry; path: string } | undefined;
    const pathOf = (entry: TarEntry): string => {
      if (named?.entry !== entry) named = { entry, path: entryPath(entry.name, where) };
      return named.path;
    };
    const keepOf = (entry: TarEntry): number => Math.min(select(imagePath(pathOf(entry)), entry.size), keptBytesPerFile);
    // A file whose loader facts are captured flows through the capture, which keeps its head too when that is asked for.
    const captureBuffers = new CaptureBuffers();
    let capturing: { entry: TarEntry; capture: ElfCapture; head: Buffer | undefined; kept: number } | undefined;
    const elf = select.elf;
    const stream = elf && ((entry: TarEntry) => {
      if (!elf(imagePath(pathOf(entry)), entry.size)) return undefined;
      const keep = Math.min(keepOf(entry), entry.size);
      const current = { entry, capture: new ElfCapture(entry.size, captureBuffers), head: keep > 0 ? store.allocate(keep) : undefined, kept: 0 };
      capturing = current;
      return (piece: Buffer): void => {
        current.capture.write(piece);
        if (current.head && current.kept < current.head.length) current.kept += piece.copy(current.head, current.kept, 0, Math.min(piece.length, current.head.length - current.kept));
      };
    });
    this.parser = new TarParser(
      keepOf,
      (entry, content) => {
        if (entries.length >= layerEntries) throw new ImageError(limitMessage(where, `the layer lists more than ${layerEntries} entries`, `${layerEntries} entries per layer`));
        const item: LayerEntry = { path: pathOf(entry), entry };
        if (capturing?.entry === entry) {
          item.elf = capturing.capture.finish();
          content = capturing.head;
          capturing = undefined;
        }
        if (content) item.content = store.put(content, where);
        entries.push(item);
      },
      (size) => store.allocate(size),
      stream,
    );
    let tarBytes = 0;
    /** Counted per decompressed chunk (a megabyte): a bomb stops at the limit, not at its end. */
    this.onTar = (tar: Buffer): void => {
      tarBytes += tar.length;
      if (tarBytes > layerTarBytes) throw new ImageError(limitMessage(where, `the layer expands to more than ${formatBytes(layerTarBytes)}`, `${formatBytes(layerTarBytes)} of tar per layer`));
      budget.addTarBytes(tar.length, where);
      this.parser.write(tar);
    };
  }

  private readonly onTar: (tar: Buffer) => void;

  /** Takes the next bytes of the blob; they may be reused by the caller once the promise settles. */
  async write(chunk: Buffer): Promise<void> {
    try {
      if (this.sink) await this.sink.write(chunk);
      else if (this.head.length + chunk.length >= SNIFF_BYTES) await this.start(this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]));
      else this.head = Buffer.concat([this.head, chunk]);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** At the blob's end: the layer's entries, or why it is not a whole layer. */
  async finish(): Promise<ReadLayerResult> {
    try {
      if (!this.sink) await this.start(this.head);
      await this.sink!.finish();
      this.parser.end();
    } catch (error) {
      this.abort();
      throw this.failure(error);
    }
    return { entries: this.entries, format: this.format ?? 'tar', tarBytes: this.parser.position };
  }

  /** Stops decompressing, when the blob will not be read to its end. */
  abort(): void {
    this.sink?.abort();
  }

  private start(bytes: Buffer): Promise<void> {
    this.format = sniffFormat(bytes);
    this.sink = tarSink(this.format, this.onTar);
    return this.sink.write(bytes);
  }

  private failure(error: unknown): Error {
    if (error instanceof CorruptDataError) return new ImageError(`${this.where}: corrupt ${this.format} data (${error.message})`);
    return asImageError(error, this.where);
  }
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
    // The file lies here: its loader facts are read where they are, a few ranges of it.
    if (entry.type === 'file' && select.elf?.(imagePath(path), entry.size)) {
      const dataOffset = place.offset + entry.dataOffset;
      item.elf = { later: () => captureElf(fileRangeSource(fd, dataOffset, entry.size)) };
    }
    entries.push(item);
  }
  return { entries, format: 'tar', tarBytes: place.size };
}

/** Random access to `size` bytes at `offset` of an open file. */
export function fileRangeSource(fd: number, offset: number, size: number): ByteSource {
  return {
    size,
    read(at, length) {
      if (at < 0 || length < 0 || at + length > size) return undefined;
      const buffer = Buffer.allocUnsafe(length);
      for (let filled = 0; filled < length; ) {
        const bytes = readSync(fd, buffer, filled, length - filled, offset + at + filled);
        if (bytes === 0) return undefined;
        filled += bytes;
      }
      return buffer;
    },
  };
}

function asImageError(error: unknown, where: string): Error {
  if (error instanceof ImageError) return error;
  if (error instanceof TarLimitError) return new ImageError(limitMessage(where, error.what, error.limit));
  if (error instanceof TarFormatError) return new ImageError(`${where}: not a valid tar stream (${error.message})`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EIO') return new ImageError(`${where}: ${(error as Error).message}`);
  return error instanceof Error ? error : new Error(String(error));
}
