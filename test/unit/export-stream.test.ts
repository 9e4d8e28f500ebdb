import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ImageError } from '../../src/errors.ts';
import { MAX_EXPORT_KEPT_BYTES } from '../../src/image/export-stream.ts';
import { READ_AGAIN } from '../../src/image/content.ts';
import { openExport, openImage, type OpenImageOptions } from '../../src/image/open-image.ts';
import { listing } from '../helpers/image.ts';
import { docker25Archive, type LayoutFiles, layoutTar, legacyDockerArchive, tempFolder, type TestImage } from '../helpers/layouts.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';

/** A layer larger than an export's small entries, so that it is read as it streams. */
const big = tar([
  { name: 'usr/lib/python3.11/os.py', content: 'import sys\n' },
  { name: 'usr/share/data.bin', content: Buffer.alloc(300 * 1024, 7) },
  { name: 'app/main.py', content: 'import monitoring\n' },
  { name: 'app/monitoring/__init__.py', content: '' },
  { name: 'entrypoint.sh', content: '#!/bin/sh\nexec python3 /app/main.py\n', mode: 0o755 },
]);
const drop = tar([{ name: 'app/.wh.monitoring', content: '' }]);
const add = gzip(tar([{ name: 'app/extra.py', content: 'x = 1\n' }, { name: 'usr/share/more.bin', content: Buffer.alloc(200 * 1024, 1) }]));
// A configuration larger than an export's small entries: still read as the JSON document it is.
const labels = Object.fromEntries(Array.from({ length: 2000 }, (_, index) => [`org.example.label-${index}`, 'x'.repeat(40)]));
const image: TestImage = { layers: [big, drop, add], config: { Env: ['PATH=/usr/bin'], Cmd: ['/entrypoint.sh'], Labels: labels } };
const keepPy = (file: string): number => (file.endsWith('.py') ? Infinity : 0);

/** The layout's entries in another order: `first` names go first, the rest as they were. */
function reordered(files: LayoutFiles, first: (name: string) => boolean): LayoutFiles {
  return new Map([...[...files].filter(([name]) => first(name)), ...[...files].filter(([name]) => !first(name))]);
}

/** An export made anew for each pass, cut into chunks of `size` bytes; counts the passes. */
function exporter(bytes: Buffer, size: number): { exportImage: () => Iterable<Buffer>; passes: () => number } {
  let passes = 0;
  return {
    exportImage: function* () {
      passes++;
      for (let at = 0; at < bytes.length; at += size) yield Buffer.from(bytes.subarray(at, at + size));
    },
    passes: () => passes,
  };
}

async function fromFile(files: LayoutFiles, options: OpenImageOptions = {}): Promise<Awaited<ReturnType<typeof openImage>>> {
  const tmp = await tempFolder();
  const file = path.join(tmp.dir, 'image.tar');
  await writeFile(file, layoutTar(files));
  try {
    return await openImage(file, options);
  } finally {
    await tmp[Symbol.asyncDispose]();
  }
}

describe('an image export read as it streams', () => {
  const layouts: Record<string, LayoutFiles> = {
    'legacy, as Docker writes it (layers, config, manifest last)': reordered(legacyDockerArchive([{ ...image, tags: ['svc:1'] }]), (name) => name.endsWith('/layer.tar')),
    'legacy, manifest first': reordered(legacyDockerArchive([{ ...image, tags: ['svc:1'] }]), (name) => name === 'manifest.json'),
    'Docker 25 (blobs, then index.json and manifest.json)': reordered(docker25Archive(image), (name) => name.startsWith('blobs/')),
    'Docker 25, index first': reordered(docker25Archive(image), (name) => !name.startsWith('blobs/')),
  };

  it('gives the same tree, contents and configuration as the archive read from a file, whatever the order and the chunks', async () => {
    for (const [what, files] of Object.entries(layouts)) {
      const expected = await fromFile(files, { select: keepPy });
      for (const size of [1000, 4096, 65536, 1 << 20]) {
        const { exportImage, passes } = exporter(layoutTar(files), size);
        const opened = await openExport(exportImage, 'docker:svc:1', { select: keepPy });
        const label = `${what}, chunks of ${size}`;
        assert.deepEqual(listing(opened.fs), listing(expected.fs), label);
        assert.ok(!listing(opened.fs).some((line) => line.startsWith('/app/monitoring')), `${label}: the whiteout applies`);
        assert.equal(opened.fs.readText('/app/main.py'), 'import monitoring\n', label);
        assert.equal(opened.fs.readText('/app/extra.py'), 'x = 1\n', label);
        assert.deepEqual(opened.config, expected.config, label);
        assert.deepEqual(opened.config.cmd, ['/entrypoint.sh'], label);
        assert.deepEqual(opened.layers.map((layer) => [layer.format, layer.entries]), expected.layers.map((layer) => [layer.format, layer.entries]), label);
        assert.equal(passes(), 1, `${label}: one export`);
        opened.fs.close();
      }
      expected.fs.close();
    }
  });

  it('applies a legacy layer stored once and listed twice at both places', async () => {
    const dup = tar([{ name: 'dup/dup.txt', content: Buffer.alloc(100 * 1024, 3) }]);
    const remove = tar([{ name: 'dup/.wh.dup.txt', content: '' }]);
    const files = legacyDockerArchive([{ layers: [dup, remove, dup], config: {} }]);
    assert.ok([...files.values()].some((data) => !Buffer.isBuffer(data)), 'the repeat is a symlink');
    const opened = await openExport(exporter(layoutTar(files), 8192).exportImage, 'docker:dup', {});
    assert.ok(listing(opened.fs).includes(`/dup/dup.txt file ${100 * 1024}`), 'the third layer brings the file back');
    assert.equal(opened.layers.length, 3);
  });

  it('passes over a large entry that is no layer, and names a broken one when the manifest lists it', async () => {
    const withJunk = legacyDockerArchive([{ ...image }]);
    withJunk.set('junk/extra.bin', Buffer.alloc(200 * 1024, 0x41));
    const opened = await openExport(exporter(layoutTar(withJunk), 65536).exportImage, 'docker:junk', { select: keepPy });
    assert.equal(opened.fs.readText('/app/main.py'), 'import monitoring\n');

    const broken = legacyDockerArchive([{ ...image }]);
    const [firstLayer] = [...broken.keys()].filter((name) => name.endsWith('/layer.tar'));
    broken.set(firstLayer!, Buffer.concat([Buffer.alloc(512, 0x41), big.subarray(512)]));
    await assert.rejects(openExport(exporter(layoutTar(broken), 65536).exportImage, 'docker:broken', {}), (error: Error) => error instanceof ImageError && error.message.startsWith(`docker:broken: ${firstLayer}: not a valid tar stream`), 'names the export and the entry');
  });

  it('ends a truncated export with a message that names it', async () => {
    const bytes = layoutTar(layouts['legacy, as Docker writes it (layers, config, manifest last)']!);
    await assert.rejects(openExport(exporter(bytes.subarray(0, 200_000), 65536).exportImage, 'docker:cut', {}), (error: Error) => error instanceof ImageError && error.message.startsWith('docker:cut: not a valid tar stream (unexpected end of archive'));
  });

  it('stops at the limit of small entries and JSON documents kept, with a message naming it', async () => {
    const files = legacyDockerArchive([{ ...image }]);
    const json = Buffer.from(`[${'0,'.repeat(512 * 1024 - 1)}0]`);
    for (let index = 0; index * json.length <= MAX_EXPORT_KEPT_BYTES; index++) files.set(`extra/${index}.json`, json);
    await assert.rejects(openExport(exporter(layoutTar(files), 1 << 20).exportImage, 'docker:many', {}), (error: Error) => error instanceof ImageError && error.message.startsWith('docker:many: its small files and JSON documents add up to more than 64.0 MiB: the limit is 64.0 MiB for them per export.'));
  });

  it('reads files it did not keep from one more export, for all of them at once', async () => {
    const files = layouts['Docker 25 (blobs, then index.json and manifest.json)']!;
    const { exportImage, passes } = exporter(layoutTar(files), 65536);
    const opened = await openExport(exportImage, 'docker:again', { select: keepPy });
    assert.equal(opened.fs.readFile('/entrypoint.sh'), undefined, 'not kept: remembered');
    assert.equal(opened.fs.readHead('/usr/share/more.bin'), undefined, 'not kept: remembered');
    const { read } = await opened.fs.readWanted(READ_AGAIN);
    assert.deepEqual(read.sort(), ['/entrypoint.sh', '/usr/share/more.bin']);
    assert.equal(opened.fs.readText('/entrypoint.sh'), '#!/bin/sh\nexec python3 /app/main.py\n');
    assert.deepEqual(opened.fs.readFile('/usr/share/more.bin'), Buffer.alloc(200 * 1024, 1));
    assert.equal(passes(), 2, 'the first export, then one more for both files (in two layers)');
    opened.fs.close();
  });
});
