import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ImageError } from '../errors.ts';
import { decompressorFor, type LayerFormat, sniffFormat } from './compression.ts';
import { entryComponents, type LayerEntry } from './layers.ts';
import { joinPath } from './image-fs.ts';
import { TarFormatError, TarParser } from './tar.ts';

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

const SNIFF_BYTES = 4;

/** Reads one layer blob: sniffs its compression, decompresses, parses the tar. */
export async function readLayer(input: Readable, select: ContentSelector, where: string): Promise<ReadLayerResult> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head: Buffer = Buffer.alloc(0);
  let inputDone = false;
  try {
    while (head.length < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done) {
        inputDone = true;
        break;
      }
      head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
    }
  } catch (error) {
    throw asImageError(error, where);
  }
  const format = sniffFormat(head);
  const entries: LayerEntry[] = [];
  const parser = new TarParser(
    (entry) => select(joinPath(entryComponents(entry.name, where)), entry.size),
    (entry, content) => {
      const item: LayerEntry = { components: entryComponents(entry.name, where), entry };
      if (content) item.content = content;
      entries.push(item);
    },
  );

  async function* layerBytes(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (inputDone) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }

  const decompressor = decompressorFor(format);
  let decompressError: unknown;
  decompressor?.once('error', (error) => (decompressError = error));
  try {
    const consume = async (tar: AsyncIterable<Buffer>): Promise<void> => {
      for await (const chunk of tar) parser.write(chunk);
    };
    if (decompressor) await pipeline(layerBytes, decompressor, consume);
    else await consume(layerBytes());
    parser.end();
  } catch (error) {
    input.destroy();
    if (error === decompressError) throw new ImageError(`${where}: corrupt ${format} data (${(error as Error).message})`);
    throw asImageError(error, where);
  }
  return { entries, format, tarBytes: parser.position };
}

function asImageError(error: unknown, where: string): Error {
  if (error instanceof ImageError) return error;
  if (error instanceof TarFormatError) return new ImageError(`${where}: not a valid tar stream (${error.message})`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EIO') return new ImageError(`${where}: ${(error as Error).message}`);
  return error instanceof Error ? error : new Error(String(error));
}
