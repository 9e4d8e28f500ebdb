/**
 * An image export read as it is produced: `docker image save`'s stream, a docker-archive (legacy
 * layout) or the OCI layout Docker 25 and later write, in whatever order its entries come. Both
 * layouts put their manifest after the layers, so every layer is parsed as it passes, keeping
 * only its entries and the contents the analysis asks for, and applied once the manifest says
 * which layers make the image and in what order. Nothing of the export is written to disk.
 */
import { ImageError } from '../errors.ts';
import { formatBytes } from '../units.ts';
import { type ArchiveFiles, cleanName, followLinks } from './archive-files.ts';
import type { ContentStore } from './content-store.ts';
import { type ContentSelector, LayerReading, readLayer, type ReadLayerResult } from './layer-reader.ts';
import { MAX_JSON_BYTES } from './layouts.ts';
import { limitMessage } from './limits.ts';
import { type TarEntry, type TarEntryType, TarFormatError, TarParser } from './tar.ts';

/** Entries this small are kept as they are until the manifest says what they are (a config, a tiny layer). */
const SMALL_ENTRY_BYTES = 64 * 1024;
/** The bytes kept of an export's small entries and JSON documents together; the README lists it. */
export const MAX_EXPORT_KEPT_BYTES = 64 * 1024 * 1024;

interface ExportEntry {
  name: string;
  type: TarEntryType;
  linkName: string;
  size: number;
  /** The bytes, for an entry kept as it is. */
  data?: Buffer;
}

/** The export's entries once it has passed: its small files and JSON documents by content, the rest by size. */
export class ExportFiles implements ArchiveFiles {
  readonly location: string;
  private readonly entries: ReadonlyMap<string, ExportEntry>;

  constructor(location: string, entries: ReadonlyMap<string, ExportEntry>) {
    this.location = location;
    this.entries = entries;
  }

  /** The name of the regular file a name leads to (links followed): what a streamed layer is known by. */
  canonical(name: string): string | undefined {
    return followLinks(this.entries, name, this.location)?.name;
  }

  /** The bytes of an entry kept as it is; undefined for one that streamed past. */
  data(name: string): Buffer | undefined {
    return followLinks(this.entries, name, this.location)?.data;
  }

  size(name: string): Promise<number | undefined> {
    return Promise.resolve(followLinks(this.entries, name, this.location)?.size);
  }

  read(name: string, maxBytes: number): Promise<Buffer> {
    const entry = followLinks(this.entries, name, this.location);
    if (!entry) return Promise.reject(new ImageError(`${this.location}: ${name} is missing from the export`));
    if (entry.size > maxBytes) return Promise.reject(new ImageError(`${this.location}: ${name} is ${entry.size} bytes, more than the ${maxBytes} expected`));
    if (!entry.data) return Promise.reject(new ImageError(`${this.location}: ${name} was read as a layer as it streamed past, and is not kept`));
    return Promise.resolve(entry.data);
  }

  chunks(name: string): Iterable<Buffer> {
    const data = this.data(name);
    if (!data) throw new ImageError(`${this.location}: ${name} streamed past and is not kept`);
    return [data];
  }

  where(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  async close(): Promise<void> {}
}

/** What an export held: its entries, and each layer-sized entry as read (or why it could not be). */
export interface ExportReading {
  files: ExportFiles;
  layers: Map<string, ReadLayerResult | Error>;
}

export interface ExportReadOptions {
  /** What to keep of the files of the entry of this (clean) name, read as a layer; undefined to let it pass unread. */
  selectFor: (name: string) => ContentSelector | undefined;
  store: ContentStore;
  /** How messages name the export. */
  location: string;
  /** Told of each entry read as a layer, as it starts. */
  onLayer?: (name: string, size: number) => void;
}

/** A JSON document starts with `{` or `[`, after white space; a layer (tar, gzip or zstd) never does. */
function looksLikeJson(head: Buffer): boolean {
  for (const byte of head) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

/**
 * Reads an export stream to its end. An entry larger than SMALL_ENTRY_BYTES that is not JSON is
 * read as a layer while it passes; a failure there is remembered, not thrown, since only the
 * manifest says whether the entry is a layer at all (a legacy archive's `VERSION` is not).
 */
export async function readExport(input: AsyncIterable<Buffer> | Iterable<Buffer>, options: ExportReadOptions): Promise<ExportReading> {
  const { store, location } = options;
  const entries = new Map<string, ExportEntry>();
  const layers = new Map<string, ReadLayerResult | Error>();
  let kept = 0;
  const keep = (size: number): void => {
    kept += size;
    if (kept > MAX_EXPORT_KEPT_BYTES) {
      throw new ImageError(limitMessage(location, `its small files and JSON documents add up to more than ${formatBytes(MAX_EXPORT_KEPT_BYTES)}`, `${formatBytes(MAX_EXPORT_KEPT_BYTES)} for them per export`));
    }
  };
  const record = (entry: TarEntry, name: string, data?: Buffer): void => {
    entries.set(name, { name, type: entry.type, linkName: entry.linkName, size: entry.size, ...(data && { data }) });
  };

  /** Steps on layer readings, taken in order after each chunk: a reading's writes are asynchronous, the tar parser's callbacks not. */
  const steps: Array<() => Promise<void>> = [];
  const active = new Set<LayerReading>();
  /** The entry whose data is streaming, and what becomes of it. */
  let streaming: { entry: TarEntry; name: string; json?: { bytes: Buffer; filled: number }; reading?: LayerReading; failure?: Error } | undefined;

  const startLayer = (name: string, size: number, select: ContentSelector): LayerReading => {
    const reading = new LayerReading(select, store, `${location}: ${name}`);
    active.add(reading);
    options.onLayer?.(name, size);
    return reading;
  };

  const parser = new TarParser(
    (entry) => {
      if (entry.size > SMALL_ENTRY_BYTES) return 0;
      keep(entry.size);
      return entry.size;
    },
    (entry, data) => {
      const current = streaming;
      if (current?.entry !== entry) {
        record(entry, cleanName(entry.name), data ?? (entry.type === 'file' && entry.size === 0 ? Buffer.alloc(0) : undefined));
        return;
      }
      streaming = undefined;
      record(entry, current.name, current.json?.bytes);
      const { reading, name } = current;
      if (!reading) return;
      steps.push(async () => {
        active.delete(reading);
        if (current.failure) return;
        try {
          layers.set(name, await reading.finish());
        } catch (error) {
          layers.set(name, error as Error);
        }
      });
    },
    undefined,
    (entry) => {
      if (entry.size <= SMALL_ENTRY_BYTES) return undefined;
      const name = cleanName(entry.name);
      const select = options.selectFor(name);
      const current: NonNullable<typeof streaming> = { entry, name };
      streaming = current;
      return (piece) => {
        if (!current.json && !current.reading && !current.failure) {
          if (!name.endsWith('/layer.tar') && entry.size <= MAX_JSON_BYTES && looksLikeJson(piece)) {
            keep(entry.size);
            current.json = { bytes: Buffer.allocUnsafe(entry.size), filled: 0 };
          } else if (select) current.reading = startLayer(name, entry.size, select);
          else current.failure = new ImageError(`${location}: ${name} was let pass unread`);
        }
        if (current.json) {
          current.json.filled += piece.copy(current.json.bytes, current.json.filled);
          return;
        }
        const reading = current.reading;
        if (!reading) return;
        steps.push(async () => {
          if (current.failure) return;
          try {
            await reading.write(piece);
          } catch (error) {
            current.failure = error as Error;
            reading.abort();
            active.delete(reading);
            layers.set(name, current.failure);
          }
        });
      };
    },
  );

  try {
    for await (const chunk of input) {
      parser.write(chunk);
      // The pieces are views of `chunk`, which nothing else reuses: they stay valid while these run.
      for (const step of steps) await step();
      steps.length = 0;
    }
    parser.end();
  } catch (error) {
    for (const reading of active) reading.abort();
    if (error instanceof TarFormatError) throw new ImageError(`${location}: not a valid tar stream (${error.message})`);
    throw error;
  }
  return { files: new ExportFiles(location, entries), layers };
}

/**
 * The layer an export's entry holds, as read: while it streamed, or now from the bytes kept of a
 * small one. Throws what reading it met.
 */
export async function exportedLayer(reading: ExportReading, key: string, select: ContentSelector, store: ContentStore, where: string): Promise<ReadLayerResult> {
  let result = reading.layers.get(key);
  if (result === undefined) {
    const data = reading.files.data(key);
    if (!data) throw new ImageError(`${where}: the export holds no layer there`);
    result = await readLayer([data], select, store, where).catch((error: unknown) => error as Error);
    reading.layers.set(key, result);
  }
  if (result instanceof Error) throw result;
  return result;
}
