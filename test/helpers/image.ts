// Builds ImageFs trees in memory from layer descriptions, through the same reader the guard uses.
import { ContentStore } from '../../src/image/content-store.ts';
import { ImageFs } from '../../src/image/image-fs.ts';
import { type ContentSelector, readLayer } from '../../src/image/layer-reader.ts';
import { applyLayer, TreeBuilder } from '../../src/image/layers.ts';
import { tar, type WriteEntry } from './tar-writer.ts';

export const keepAll: ContentSelector = () => Infinity;

export async function fsFromLayers(layers: Array<WriteEntry[] | Buffer>, select: ContentSelector = keepAll): Promise<ImageFs> {
  const tree = new TreeBuilder();
  const store = new ContentStore();
  for (const [index, layer] of layers.entries()) {
    const bytes = Buffer.isBuffer(layer) ? layer : tar(layer);
    const where = `layer ${index + 1}`;
    const { entries } = await readLayer([bytes], select, store, where);
    applyLayer(tree, entries, where);
  }
  return new ImageFs(tree.root, store);
}

/** `path type [-> target] [size]` lines for every path: compact to compare in assertions. */
export function listing(fs: ImageFs): string[] {
  return [...fs.walk()].map((entry) => {
    const link = entry.linkTarget !== undefined ? ` -> ${entry.linkTarget}` : '';
    const size = entry.type === 'file' ? ` ${entry.size}` : '';
    return `${entry.path} ${entry.type}${link}${size}`;
  });
}
