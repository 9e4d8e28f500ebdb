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
import { exportedLayer, readExport } from './export-stream.ts';
import { type ByteChunks, type ContentSelector, indexLayer, readLayer, type ReadLayerResult } from './layer-reader.ts';
import { imagePath } from './layers.ts';
import { readHead } from './rootfs.ts';

/** Where one layer's blob lies in a file of the host, and how messages name it. */
export interface LayerPlace {
  file: string;
  offset: number;
  size: number;
  where: string;
}

/** A layer with no file on the host (a registry's blob): fetched again, checked against its digest as it streams. */
export interface RefetchedLayer {
  fetch: () => ByteChunks;
  where: string;
}

const READ_CHUNK = 4 * 1024 * 1024;

/**
 * The layers of a layout, read again through the descriptors the store holds for their files:
 * attached during the first read, they stay readable after the files are gone (a saved image's
 * temporary archive is removed as soon as it has been read once). Only the layers that hold a
 * requested file are read, each once; an uncompressed one by its headers alone.
 */
export function layerContentSource(places: ReadonlyArray<LayerPlace | RefetchedLayer | undefined>): ContentSource {
  return {
    async read(requests: readonly ContentRequest[], store: ContentStore): Promise<Array<StoredContent | undefined>> {
      const contents: Array<StoredContent | undefined> = requests.map(() => undefined);
      for (const [layer, indexes] of requestsByLayer(requests, (index) => places[index] !== undefined)) {
        const place = places[layer]!;
        const select = requestedFiles(requests, indexes);
        const result =
          'fetch' in place
            ? await readLayer(place.fetch(), select, store, place.where)
            : (indexLayer(place, select, store, place.where) ?? (await readLayer(placeChunks(store.attach(place.file), place), select, store, place.where)));
        takeRequested(result, requests, indexes, contents);
      }
      return contents;
    },
  };
}

/** The requests of one layer, by index, grouped by the layer that holds them (layers read once each, bottom first). */
export function requestsByLayer(requests: readonly ContentRequest[], readable: (layer: number) => boolean): Array<[number, number[]]> {
  const byLayer = new Map<number, number[]>();
  requests.forEach((request, index) => {
    if (request.layer === undefined || !readable(request.layer)) return;
    byLayer.set(request.layer, [...(byLayer.get(request.layer) ?? []), index]);
  });
  return [...byLayer].sort(([a], [b]) => a - b);
}

/** Keeps, of a layer, the files the requests at `indexes` name, as far as each asks. */
export function requestedFiles(requests: readonly ContentRequest[], indexes: readonly number[]): ContentSelector {
  const keep = new Map(indexes.map((index) => [requests[index]!.path, requests[index]!.keep]));
  return (file) => keep.get(file) ?? 0;
}

/** Fills in the contents a layer read again holds for the requests at `indexes`: the last entry of a path in a layer is the one the tree holds. */
export function takeRequested(result: ReadLayerResult, requests: readonly ContentRequest[], indexes: readonly number[], contents: Array<StoredContent | undefined>): void {
  const found = new Map<string, { size: number; content: StoredContent }>();
  for (const item of result.entries) if (item.content && item.entry.type === 'file') found.set(imagePath(item.path), { size: item.entry.size, content: item.content });
  for (const index of indexes) {
    const hit = found.get(requests[index]!.path);
    if (hit && hit.size === requests[index]!.size) contents[index] = hit.content;
  }
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

/**
 * An image export's layers, read again by exporting the image again: the first read kept no copy
 * of it. One pass serves all requests; only the layers that hold a requested file are parsed.
 * `keys` names each layer of the image (bottom first) by its entry in the export.
 */
export function exportContentSource(exportAgain: () => AsyncIterable<Buffer> | Iterable<Buffer>, keys: readonly string[], location: string): ContentSource {
  return {
    async read(requests: readonly ContentRequest[], store: ContentStore): Promise<Array<StoredContent | undefined>> {
      const contents: Array<StoredContent | undefined> = requests.map(() => undefined);
      // A layer listed twice is one entry of the export: its requests are read together.
      const byKey = new Map<string, number[]>();
      for (const [layer, indexes] of requestsByLayer(requests, (index) => keys[index] !== undefined)) byKey.set(keys[layer]!, [...(byKey.get(keys[layer]!) ?? []), ...indexes]);
      if (byKey.size === 0) return contents;
      const selectors = new Map([...byKey].map(([key, indexes]) => [key, requestedFiles(requests, indexes)]));
      const reading = await readExport(exportAgain(), { selectFor: (name) => selectors.get(name), store, location });
      for (const [key, indexes] of byKey) takeRequested(await exportedLayer(reading, key, selectors.get(key)!, store, `${location}: ${key}`), requests, indexes, contents);
      return contents;
    },
  };
}
