import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { execFileSync, spawnSync } from 'node:child_process';
import { ImageError } from '../../src/errors.ts';
import { ContentStore, contentBytes, type FileRange, isPacked, type PackedContent, readRange, ScratchBuffer } from '../../src/image/content-store.ts';
import { readLayer } from '../../src/image/layer-reader.ts';
import { openImage } from '../../src/image/open-image.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

describe('ContentStore', () => {
  it('keeps contents in memory up to the budget and spills the rest to an unlinked file', async () => {
    await using tmp = await tempFolder();
    const store = new ContentStore({ memoryBudget: 10, compressedBudget: 0, spillDir: path.join(tmp.dir, 'spill') });
    const parts = ['0123456789', 'spilled one', '', 'spilled two'].map((text) => Buffer.from(text));
    const stored = parts.map((part) => store.put(part));
    assert.ok(Buffer.isBuffer(stored[0]), 'within the budget: in memory');
    assert.ok(!Buffer.isBuffer(stored[1]) && !Buffer.isBuffer(stored[3]), 'beyond it: spilled');
    assert.deepEqual(stored.map((item) => store.get(item).toString()), ['0123456789', 'spilled one', '', 'spilled two']);
    assert.deepEqual(store.usage, { memory: 10, compressed: 0, spilled: 22 });
    assert.deepEqual(await readdir(path.join(tmp.dir, 'spill')), [], 'the spill file has no name on disk');
    store.close();
    assert.throws(() => store.get(stored[1]!), /closed/);
  });

  it('packs contents beyond the plain budget into compressed blocks while the compressed budget lasts, then spills', async () => {
    await using tmp = await tempFolder();
    const source = (i: number): Buffer => Buffer.from(`import os\nvalue_${i} = os.path.join("a", "b")\n`.repeat(40));
    const store = new ContentStore({ memoryBudget: source(0).length, compressedBudget: 1, spillDir: tmp.dir });
    const stored = Array.from({ length: 150 }, (_, i) => store.put(source(i)));
    assert.ok(Buffer.isBuffer(stored[0]), 'the first in memory as it is');
    assert.ok(isPacked(stored[1]!) && isPacked(stored[2]!) && stored[1].block === stored[2].block, 'the next packed together in one block');
    const sealed = stored.filter((item): item is PackedContent => isPacked(item) && item.block.packed !== undefined);
    assert.ok(sealed.length > 10 && sealed.every((item) => item.block.raw === undefined), 'a full block is sealed: compressed, its raw bytes let go');
    assert.ok(stored.some((item) => !Buffer.isBuffer(item) && !isPacked(item)), 'once the compressed budget is spent, spilled');
    const { memory, compressed, spilled } = store.usage;
    assert.ok(memory === source(0).length && compressed > 0 && compressed * 4 < sealed.length * source(0).length && spilled > 0, JSON.stringify(store.usage));
    // Every form reads back the same, here and as a worker reads it.
    stored.forEach((item, i) => {
      assert.deepEqual(store.get(item), source(i));
      assert.deepEqual(contentBytes(item, new ScratchBuffer()), source(i));
      assert.equal(item.length, source(i).length, "the length is the file's, whatever the form");
    });
    const large = Buffer.from('x = 1\n'.repeat(40_000));
    const alone = new ContentStore({ memoryBudget: 0 }).put(large);
    assert.ok(isPacked(alone) && alone.block.packed !== undefined && alone.offset === 0, 'a content larger than a block is a sealed block of its own');
    assert.deepEqual(contentBytes(alone), large);
    store.close();
  });

  it('gives copies to keep, lends views of the block unpacked last, and frees each unpacked block once the next replaces it', () => {
    const source = (i: number): Buffer => Buffer.from(`# module ${i}\n` + `value_${i} = ${'"x" * 7, '.repeat(i % 9)}0\n`.repeat(12_000));
    const store = new ContentStore({ memoryBudget: 0, compressedBudget: 1 << 30 });
    // Each content is a block of its own (larger than a block): every read below unpacks another.
    const stored = Array.from({ length: 60 }, (_, i) => store.put(source(i))) as PackedContent[];
    assert.ok(stored.every((item) => isPacked(item) && item.block.packed !== undefined && item.length > 128 * 1024));
    const kept = store.get(stored[0]!);
    const lent = contentBytes(stored[1]!);
    assert.deepEqual(lent, source(1));
    // Made before the count starts: only what unpacking leaves behind is counted.
    const sources = stored.map((_, i) => source(i));
    const before = process.memoryUsage().arrayBuffers;
    for (const [i, item] of stored.entries()) assert.ok(contentBytes(item).equals(sources[i]!), `content ${i}`);
    const grown = process.memoryUsage().arrayBuffers - before;
    const unpackedBytes = stored.reduce((sum, item) => sum + item.length, 0);
    assert.ok(grown < unpackedBytes / 10, `unpacking ${unpackedBytes} bytes left ${grown} bytes of buffers behind`);
    assert.equal(lent.length, 0, 'a lent view goes with its block');
    assert.deepEqual(kept, source(0), 'a copy stays');
    // Small blocks come out of Node's shared pool: releasing one must not take the pool's other buffers with it.
    const tiny = new ContentStore({ memoryBudget: 0 });
    const neighbour = Buffer.from('a buffer of the shared pool');
    const small = [tiny.put(Buffer.from('a = 1\n')), new ContentStore({ memoryBudget: 0 }).put(Buffer.from('b = 2\n'))] as PackedContent[];
    for (const item of small) if (item.block.raw) (tiny as unknown as { seal(block: unknown): void }).seal(item.block);
    assert.equal(contentBytes(small[0]!).toString(), 'a = 1\n');
    assert.equal(contentBytes(small[1]!).toString(), 'b = 2\n');
    assert.equal(contentBytes(small[0]!).toString(), 'a = 1\n');
    assert.equal(neighbour.toString(), 'a buffer of the shared pool');
    store.close();
  });

  it('reads an uncompressed layer in place: contents are ranges of the archive, nothing is copied or spilled', async () => {
    await using tmp = await tempFolder();
    const files = Array.from({ length: 20 }, (_, i) => ({ name: `app/m${i}.py`, content: `value = ${i}\n`.repeat(i + 1) }));
    const archive = path.join(tmp.dir, 'image.tar');
    await writeFile(archive, layoutTar(ociLayout([{ layers: [tar(files)] }])));
    const image = await openImage(archive, { select: () => Infinity, contentMemoryBudget: 0, tempDir: path.join(tmp.dir, 'spill') });
    for (const file of files) {
      const content = image.fs.contentOf(`/${file.name}`)!;
      assert.ok(!Buffer.isBuffer(content), 'a range of the archive');
      assert.equal(image.fs.readText(`/${file.name}`), file.content);
    }
    assert.deepEqual(await readdir(tmp.dir), ['image.tar'], 'no spill file was needed');
    // Read to be decoded at once: each range into the same memory.
    const scratch = new ScratchBuffer();
    const read = files.map((file) => readRange(image.fs.contentOf(`/${file.name}`) as FileRange, scratch));
    assert.equal(new Set(read.map((bytes) => bytes.buffer)).size, 1, 'one buffer for all');
    assert.equal(read.at(-1)!.toString(), files.at(-1)!.content);
    assert.deepEqual(read.map((bytes) => bytes.length), files.map((file) => Buffer.byteLength(file.content)));
    image.fs.close();
    assert.throws(() => image.fs.readFile('/app/m1.py'), /closed/);
  });

  it('serves spilled contents through ImageFs exactly as in-memory ones', async () => {
    await using tmp = await tempFolder();
    const files = Array.from({ length: 50 }, (_, i) => ({ name: `app/m${i}.py`, content: `value = ${i}\n`.repeat(i + 1) }));
    const archive = path.join(tmp.dir, 'image.tar');
    await writeFile(archive, layoutTar(ociLayout([{ layers: [gzip(tar(files))] }])));
    const image = await openImage(archive, { select: () => Infinity, contentMemoryBudget: 100, compressedMemoryBudget: 0, tempDir: tmp.dir });
    assert.ok(!Buffer.isBuffer(image.fs.contentOf('/app/m49.py')) && !isPacked(image.fs.contentOf('/app/m49.py')!), 'spilled');
    for (const file of files) assert.equal(image.fs.readText(`/${file.name}`), file.content);
    image.fs.close();
  });
});

describe('the spill file', () => {
  const sources = Array.from({ length: 20 }, (_, i) => ({ name: `app/m${i}.py`, content: `value = ${i}\n`.repeat(100) }));

  it('stops at its budget with a message naming the limit, the layer and the folder', async () => {
    await using tmp = await tempFolder();
    const store = new ContentStore({ memoryBudget: 0, compressedBudget: 0, spillDir: tmp.dir, limits: { spillBytes: 10_000 } });
    await assert.rejects(readLayer([gzip(tar(sources))], () => Infinity, store, 'layer 2 of 3'), (error: Error) => error instanceof ImageError && error.message.startsWith(`layer 2 of 3: the file contents kept for the analysis need more than 9.8 KiB of temporary disk space: the limit is 9.8 KiB for the spill file in ${tmp.dir}.`));
    assert.ok(store.usage.spilled <= 10_000, `${store.usage.spilled} bytes spilled`);
    store.close();
  });

  it('turns a full disk into a message, not a stack trace', async (t) => {
    // A 64 KiB tmpfs in a mount namespace of its own, where one is allowed.
    const probe = spawnSync('unshare', ['-Urm', 'true']);
    if (probe.status !== 0) return t.skip('no mount namespaces here to make a small disk in');
    await using tmp = await tempFolder();
    const layer = path.join(tmp.dir, 'layer.tar.gz');
    await writeFile(layer, gzip(tar(sources.map((file) => ({ ...file, content: file.content.repeat(20) })))));
    const mount = path.join(tmp.dir, 'small');
    await mkdir(mount);
    const script = `
      const { ContentStore } = await import(${JSON.stringify(path.resolve('src/image/content-store.ts'))});
      const { readLayer } = await import(${JSON.stringify(path.resolve('src/image/layer-reader.ts'))});
      const { readFileSync } = await import('node:fs');
      const store = new ContentStore({ memoryBudget: 0, compressedBudget: 0, spillDir: ${JSON.stringify(mount)} });
      try {
        await readLayer([readFileSync(${JSON.stringify(layer)})], () => Infinity, store, 'layer 1 of 1');
        console.log('read in full');
      } catch (error) {
        console.log(error.name + ': ' + error.message);
      }`;
    const output = execFileSync('unshare', ['-Urm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs "$1" && exec "$2" --input-type=module -e "$3"`, 'sh', mount, process.execPath, script], { encoding: 'utf8' });
    assert.match(output.trim(), new RegExp(`^ImageError: layer 1 of 1: no disk space left in ${mount} for the file contents kept for the analysis \\([0-9.]+ KiB written, ENOSPC\\): free space there`));
  });
});
