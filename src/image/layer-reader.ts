import { ImageError } from '../errors.ts';
import type { ContentStore } from './content-store.ts';
import { CorruptDataError, type DecompressingSink, type LayerFormat, SNIFF_BYTES, sniffFormat, tarSink } from './compression.ts';
import { entryComponents, type LayerEntry } from './layers.ts';
import { joinPath } from './image-fs.ts';
import { type TarEntry, TarFormatError, TarParser } from './tar.ts';

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

/** Reads one layer blob: sniffs its compression, decompresses, parses the tar. */
export async function readLayer(input: ByteChunks, select: ContentSelector, store: ContentStore, where: string): Promise<ReadLayerResult> {
  const entries: LayerEntry[] = [];
  // The parser asks what to keep, then delivers the same entry: its components are worked out once.
  let named: { entry: TarEntry; components: string[] } | undefined;
  const componentsOf = (entry: TarEntry): string[] => {
    if (named?.entry !== entry) named = { entry, components: entryComponents(entry.name, where) };
    return named.components;
  };
  const parser = new TarParser(
    (entry) => select(joinPath(componentsOf(entry)), entry.size),
    (entry, content) => {
      const item: LayerEntry = { components: componentsOf(entry), entry };
      if (content) item.content = store.put(content);
      entries.push(item);
    },
    (size) => store.allocate(size),
  );

  let format: LayerFormat | undefined;
  let sink: DecompressingSink | undefined;
  /** Bytes seen before the format is known; copied, since the input may reuse its buffer. */
  let head = Buffer.alloc(0);
  const start = (bytes: Buffer): Promise<void> => {
    format = sniffFormat(bytes);
    sink = tarSink(format, (tar) => parser.write(tar));
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

function asImageError(error: unknown, where: string): Error {
  if (error instanceof ImageError) return error;
  if (error instanceof TarFormatError) return new ImageError(`${where}: not a valid tar stream (${error.message})`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EIO') return new ImageError(`${where}: ${(error as Error).message}`);
  return error instanceof Error ? error : new Error(String(error));
}
