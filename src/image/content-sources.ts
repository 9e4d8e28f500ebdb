/**
 * Reading files of an image again, after its layers were read once: the analysis learns which
 * files it needs whole (a script a command runs, wherever it lives) only once it has read the
 * image's command, and the first pass keeps only what a file's path says it needs.
 */
import { lstat } from 'node:fs/promises';
import { readSync } from 'node:fs';
import path from 'node:path';
import { ImageError } from '../errors.ts';
import type { ContentStore, StoredContent } from './content-store.ts';
import type { ContentRequest, ContentSource } from './image-fs.ts';
import { type ContentSelector, indexLayer, readLayer } from './layer-reader.ts';
import { imagePath } from './layers.ts';
import { readHead } from './rootfs.ts';

/** Where one layer's blob lies in a file of the host, and how messages name it. */
export interface LayerPlace {
  file: string;
  offset: number;
  size: number;
  where: string;
}

const READ_CHUNK = 4 * 1024 * 1024;

/**
 * The layers of a layout, read again through the descriptors the store holds for their files:
 * attached during the first read, they stay readable after the files are gone (a saved image's
 * temporary archive is removed as soon as it has been read once). Only the layers that hold a
 * requested file are read, each once; an uncompressed one by its headers alone.
 */
export function layerContentSource(places: readonly LayerPlace[]): ContentSource {
  return {
    async read(requests: readonly ContentRequest[], store: ContentStore): Promise<Array<StoredContent | undefined>> {
      const contents: Array<StoredContent | undefined> = requests.map(() => undefined);
      const byLayer = new Map<number, number[]>();
      requests.forEach((request, index) => {
        if (request.layer === undefined || !places[request.layer]) return;
        byLayer.set(request.layer, [...(byLayer.get(request.layer) ?? []), index]);
      });
      for (const [layer, indexes] of [...byLayer].sort(([a], [b]) => a - b)) {
        const place = places[layer]!;
        const keep = new Map(indexes.map((index) => [requests[index]!.path, requests[index]!.keep]));
        const select: ContentSelector = (file) => keep.get(file) ?? 0;
        const result = indexLayer(place, select, store, place.where) ?? (await readLayer(placeChunks(store.attach(place.file), place), select, store, place.where));
        // The last entry of a path in a layer is the one the tree holds.
        const found = new Map<string, { size: number; content: StoredContent }>();
        for (const item of result.entries) if (item.content && item.entry.type === 'file') found.set(imagePath(item.path), { size: item.entry.size, content: item.content });
        for (const index of indexes) {
          const hit = found.get(requests[index]!.path);
          if (hit && hit.size === requests[index]!.size) contents[index] = hit.content;
        }
      }
      return contents;
    },
  };
}

/** A layer's bytes from a descriptor, in chunks of one reused buffer. */
function* placeChunks(fd: number, place: LayerPlace): Generator<Buffer> {
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(READ_CHUNK, place.size)));
  for (let position = 0; position < place.size; ) {
    const bytes = readSync(fd, buffer, 0, Math.min(buffer.length, place.size - position), place.offset + position);
    if (bytes === 0) throw new ImageError(`${place.where} ended ${place.size - position} bytes early when read again`);
    position += bytes;
    yield buffer.subarray(0, bytes);
  }
}

/** A root filesystem's files, read again from the folder (as the first read did: a link in the last part is refused). */
export function rootfsContentSource(top: string): ContentSource {
  return {
    async read(requests: readonly ContentRequest[], store: ContentStore): Promise<Array<StoredContent | undefined>> {
      const contents: Array<StoredContent | undefined> = [];
      for (const request of requests) {
        const file = path.join(top, request.path);
        const info = await lstat(file).catch(() => undefined);
        if (!info?.isFile() || info.size !== request.size) {
          contents.push(undefined);
          continue;
        }
        contents.push(store.put(await readHead(file, Math.min(request.keep, info.size)), file));
      }
      return contents;
    },
  };
}
