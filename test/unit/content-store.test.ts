import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { ContentStore, type FileRange, readRange, ScratchBuffer } from '../../src/image/content-store.ts';
import { openImage } from '../../src/image/open-image.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

describe('ContentStore', () => {
  it('keeps contents in memory up to the budget and spills the rest to an unlinked file', async () => {
    await using tmp = await tempFolder();
    const store = new ContentStore({ memoryBudget: 10, spillDir: path.join(tmp.dir, 'spill') });
    const parts = ['0123456789', 'spilled one', '', 'spilled two'].map((text) => Buffer.from(text));
    const stored = parts.map((part) => store.put(part));
    assert.ok(Buffer.isBuffer(stored[0]), 'within the budget: in memory');
    assert.ok(!Buffer.isBuffer(stored[1]) && !Buffer.isBuffer(stored[3]), 'beyond it: spilled');
    assert.deepEqual(stored.map((item) => store.get(item).toString()), ['0123456789', 'spilled one', '', 'spilled two']);
    assert.deepEqual(store.usage, { memory: 10, spilled: 22 });
    assert.deepEqual(await readdir(path.join(tmp.dir, 'spill')), [], 'the spill file has no name on disk');
    store.close();
    assert.throws(() => store.get(stored[1]!), /closed/);
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
    const image = await openImage(archive, { select: () => Infinity, contentMemoryBudget: 100, tempDir: tmp.dir });
    for (const file of files) assert.equal(image.fs.readText(`/${file.name}`), file.content);
    image.fs.close();
  });
});
