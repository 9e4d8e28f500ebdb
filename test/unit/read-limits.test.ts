// Crafted layers that cost far more to read than they weigh: each read ends at a documented limit
// with a message that names it, in bounded time and memory.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import { ImageError } from '../../src/errors.ts';
import { ContentStore } from '../../src/image/content-store.ts';
import { readLayer } from '../../src/image/layer-reader.ts';
import { applyLayer, TreeBuilder } from '../../src/image/layers.ts';
import type { ReadLimits } from '../../src/image/limits.ts';
import { readRootfs } from '../../src/image/rootfs.ts';
import { silentLogger } from '../../src/logger.ts';
import { fsFromLayers, keepAll } from '../helpers/image.ts';
import { openImage } from '../../src/image/open-image.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { fileHeader, tar, type WriteEntry } from '../helpers/tar-writer.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

type Compression = 'gzip' | 'zstd';

const compressors: Record<Compression, (data: Buffer) => Buffer> = {
  gzip: (data) => zlib.gzipSync(data, { level: 9 }),
  zstd: (data) => zlib.zstdCompressSync(data),
};

const zeroMembers = new Map<string, Buffer>();

/**
 * A layer holding one file of `bytes` zeros, as concatenated gzip members (or zstd frames):
 * `unit` zeros compressed once and repeated, so gigabytes cost a few megabytes and no time to build.
 */
function zeroBomb(format: Compression, bytes: number): Buffer[] {
  const unit = 64 * MiB;
  const key = format;
  let member = zeroMembers.get(key);
  if (!member) zeroMembers.set(key, (member = compressors[format](Buffer.alloc(unit))));
  const compress = compressors[format];
  return [compress(fileHeader('zeros.bin', bytes)), ...Array.from({ length: bytes / unit }, () => member), compress(Buffer.alloc(1024))];
}

const keepNothing = (): number => 0;

function storeWith(limits: Partial<ReadLimits>): ContentStore {
  return new ContentStore({ limits });
}

describe('read limits', () => {
  for (const format of ['gzip', 'zstd'] as const) {
    it(`stops a ${format} bomb at the limit of tar bytes per layer`, async () => {
      const chunks = zeroBomb(format, 4 * GiB);
      const stored = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      assert.ok(stored < 5 * MiB, `the bomb weighs ${stored} bytes`);
      const started = performance.now();
      await assert.rejects(
        readLayer(chunks, keepNothing, storeWith({ layerTarBytes: 256 * MiB }), 'layer 1 of 1 (blobs/sha256/bomb)'),
        (error: Error) => error instanceof ImageError && /^layer 1 of 1 \(blobs\/sha256\/bomb\): the layer expands to more than 256\.0 MiB: the limit is 256\.0 MiB of tar per layer\. .*keep bulk data out of it/.test(error.message),
      );
      // Only the bytes up to the limit (and zlib's chunk in flight) are inflated: not 4 GiB.
      assert.ok(performance.now() - started < 3000, `stopped after ${performance.now() - started} ms`);
    });
  }

  it('stops layers that each stay under their limit once together they pass the image limit', async () => {
    const store = storeWith({ layerTarBytes: 200 * MiB, imageTarBytes: 300 * MiB });
    const tree = new TreeBuilder();
    const first = await readLayer(zeroBomb('gzip', 128 * MiB), keepNothing, store, 'layer 1 of 3');
    applyLayer(tree, first.entries, 'layer 1 of 3');
    await readLayer(zeroBomb('gzip', 128 * MiB), keepNothing, store, 'layer 2 of 3');
    await assert.rejects(readLayer(zeroBomb('gzip', 128 * MiB), keepNothing, store, 'layer 3 of 3'), (error: Error) => error instanceof ImageError && /^layer 3 of 3: the image's layers expand to more than 300\.0 MiB: the limit is 300\.0 MiB of tar per image/.test(error.message));
  });

  for (const reading of ['streamed', 'in place'] as const) {
    it(`stops a layer listing more entries than the limit (${reading})`, async () => {
      const entries: WriteEntry[] = Array.from({ length: 1001 }, (_, i) => ({ name: `d/f${i}` }));
      await assert.rejects(fsFromLayers([entries], keepAll, reading, { limits: { layerEntries: 1000 } }), (error: Error) => error instanceof ImageError && /^layer 1: the (layer|archive) lists more than 1000 entries: the limit is 1000 entries per layer/.test(error.message));
      const fs = await fsFromLayers([entries.slice(0, 1000)], keepAll, reading, { limits: { layerEntries: 1000 } });
      assert.equal(fs.pathCount, 1001, 'at the limit itself, every entry is read');
    });

    it(`stops layers that make more paths than the image's limit, implicit parents included (${reading})`, async () => {
      // 50 entries, each 10 folders deep in a folder of its own: 550 paths.
      const deep: WriteEntry[] = Array.from({ length: 50 }, (_, i) => ({ name: `top${i}/${'d/'.repeat(9)}f.py` }));
      await assert.rejects(fsFromLayers([deep], keepAll, reading, { maxNodes: 500 }), (error: Error) => error instanceof ImageError && /^layer 1: the image's layers make more than 500 paths: the limit is 500 paths per image/.test(error.message));
      const fs = await fsFromLayers([deep.slice(0, 45)], keepAll, reading, { maxNodes: 500 });
      assert.equal(fs.pathCount, 495);
    });

    it(`keeps at most the limit of bytes of any one file, whatever the selection asks (${reading})`, async () => {
      const fs = await fsFromLayers([[{ name: 'app/huge.py', content: 'x = 1\n'.repeat(1000) }]], keepAll, reading, { limits: { keptBytesPerFile: 100 } });
      assert.equal(fs.readHead('/app/huge.py')!.toString(), 'x = 1\n'.repeat(1000).slice(0, 100));
      assert.equal(fs.readText('/app/huge.py'), undefined, 'never handed out as the whole file');
      assert.deepEqual(fs.partlyRead('/app/huge.py'), { path: '/app/huge.py', size: 6000, kept: 100 });
    });
  }

  it('holds a root filesystem on disk to the same bounds: path depth and bytes kept per file', async () => {
    await using tmp = await tempFolder();
    const deep = path.join(tmp.dir, 'deep');
    await mkdir(path.join(deep, ...Array.from({ length: 256 }, () => 'd')), { recursive: true });
    const leaf = path.join(deep, ...Array.from({ length: 256 }, () => 'd'), 'x.py');
    await writeFile(leaf, 'x');
    await assert.rejects(readRootfs(deep, keepAll, new ContentStore(), silentLogger), (error: Error) => error instanceof ImageError && error.message.startsWith(`${deep}: ${leaf} has more than 256 path components: the limit is 256 path components.`));

    const flat = path.join(tmp.dir, 'flat');
    await mkdir(path.join(flat, 'app'), { recursive: true });
    await writeFile(path.join(flat, 'app', 'huge.py'), 'x = 1\n'.repeat(1000));
    const tree = await readRootfs(flat, keepAll, new ContentStore({ limits: { keptBytesPerFile: 100 } }), silentLogger);
    const node = tree.lookup('app/huge.py')!;
    assert.equal(Buffer.isBuffer(node.content) && node.content.length, 100);
    assert.equal(node.contentComplete, false);
  });

  it('reports a name over PATH_MAX in the image archive itself as bad input', async () => {
    await using tmp = await tempFolder();
    const files = ociLayout([{ layers: [tar([{ name: 'app/main.py', content: 'x' }])] }]);
    files.set('a/'.repeat(3000) + 'x', Buffer.from('x'));
    const archive = path.join(tmp.dir, 'image.tar');
    await writeFile(archive, layoutTar(files));
    await assert.rejects(openImage(archive), (error: Error) => error instanceof ImageError && /entry name "a\/a\/.*" is 6001 bytes long: the limit is 4096 bytes/.test(error.message));
  });
});
