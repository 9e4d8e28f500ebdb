// Builds ImageFs trees in memory from layer descriptions, through the same reader the guard uses.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentStore } from '../../src/image/content-store.ts';
import { ImageFs } from '../../src/image/image-fs.ts';
import { type ContentSelector, indexLayer, readLayer, type ReadLayerResult } from '../../src/image/layer-reader.ts';
import { applyLayer, TreeBuilder } from '../../src/image/layers.ts';
import type { ReadLimits } from '../../src/image/limits.ts';
import { tar, type WriteEntry } from './tar-writer.ts';

export const keepAll: ContentSelector = () => Infinity;

/** How a layer reaches the reader: streamed through the tar parser, or indexed where it lies in a file. */
export type LayerReading = 'streamed' | 'in place';

/** Bounds lowered for a test, so a crafted layer meets them at once. */
export interface TestLimits {
  limits?: Partial<ReadLimits>;
  maxNodes?: number;
}

export async function fsFromLayers(layers: Array<WriteEntry[] | Buffer>, select: ContentSelector = keepAll, reading: LayerReading = 'streamed', bounds: TestLimits = {}): Promise<ImageFs> {
  const tree = new TreeBuilder({ ...(bounds.maxNodes !== undefined && { maxNodes: bounds.maxNodes }) });
  const store = new ContentStore({ ...(bounds.limits && { limits: bounds.limits }) });
  for (const [index, layer] of layers.entries()) {
    const bytes = Buffer.isBuffer(layer) ? layer : tar(layer);
    const where = `layer ${index + 1}`;
    const { entries } = reading === 'streamed' ? await readLayer([bytes], select, store, where) : readInPlace(bytes, select, store, where);
    applyLayer(tree, entries, where);
  }
  return new ImageFs(tree.root, store);
}

/** The layer inside a file, after other bytes, as a docker-archive holds its layer.tar. */
function readInPlace(bytes: Buffer, select: ContentSelector, store: ContentStore, where: string): ReadLayerResult {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'import-guard-layer-'));
  const file = path.join(folder, 'archive');
  const before = Buffer.alloc(1536, 0x5a);
  writeFileSync(file, Buffer.concat([before, bytes]));
  try {
    store.attach(file); // open before the file goes: the store reads it through its descriptor
    const result = indexLayer({ file, offset: before.length, size: bytes.length }, select, store, where);
    assert.ok(result, 'an uncompressed layer is read in place');
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `path type [-> target] [size]` lines for every path: compact to compare in assertions. */
export function listing(fs: ImageFs): string[] {
  return [...fs.walk()].map((entry) => {
    const link = entry.linkTarget !== undefined ? ` -> ${entry.linkTarget}` : '';
    const size = entry.type === 'file' ? ` ${entry.size}` : '';
    return `${entry.path} ${entry.type}${link}${size}`;
  });
}
