import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ImageError } from '../../src/errors.ts';
import { type ContentSelector } from '../../src/image/layer-reader.ts';
import { fsFromLayers, type LayerReading, listing } from '../helpers/image.ts';
import type { WriteEntry } from '../helpers/tar-writer.ts';

// Every case twice: a layer streamed through the tar parser, and one indexed where it lies in a file.
for (const reading of ['streamed', 'in place'] as const satisfies LayerReading[]) {
  describe(`applying layers (${reading})`, () => {
    const layersFs = (layers: Array<WriteEntry[] | Buffer>, select?: ContentSelector) => fsFromLayers(layers, select, reading);

    it('a whiteout file removes the lower file', async () => {
      const fs = await layersFs([
        [{ name: 'app/', type: 'dir' }, { name: 'app/a.py', content: 'a' }, { name: 'app/b.py', content: 'b' }],
        [{ name: 'app/.wh.a.py', content: '' }],
      ]);
      assert.deepEqual(listing(fs), ['/app dir', '/app/b.py file 1']);
    });

    it('a whiteout of a directory removes its whole subtree', async () => {
      const fs = await layersFs([
        [{ name: 'app/monitoring/', type: 'dir' }, { name: 'app/monitoring/__init__.py', content: '' }, { name: 'app/monitoring/deep/x.py', content: 'x' }, { name: 'app/keep.py', content: 'k' }],
        [{ name: 'app/.wh.monitoring', content: '' }],
      ]);
      assert.deepEqual(listing(fs), ['/app dir', '/app/keep.py file 1']);
    });

    it('a whiteout hides only lower layers, never the same layer', async () => {
      const fs = await layersFs([
        [{ name: 'x.py', content: 'old' }],
        [{ name: 'x.py', content: 'new!' }, { name: '.wh.x.py', content: '' }],
      ]);
      assert.deepEqual(listing(fs), ['/x.py file 4']);
    });

    it('an opaque directory hides lower children but keeps its own, wherever the marker stands', async () => {
      for (const markerFirst of [true, false]) {
        const marker = { name: 'd/.wh..wh..opq', content: '' };
        const own = [{ name: 'd/', type: 'dir' as const }, { name: 'd/new.py', content: 'n' }];
        const fs = await layersFs([
          [{ name: 'd/old.py', content: 'o' }, { name: 'd/sub/deep.py', content: 'd' }],
          markerFirst ? [marker, ...own] : [...own, marker],
        ]);
        assert.deepEqual(listing(fs), ['/d dir', '/d/new.py file 1'], `marker ${markerFirst ? 'before' : 'after'} the layer's own children`);
      }
    });

    it('a whited-out directory recreated by a later layer holds only the new contents', async () => {
      const fs = await layersFs([[{ name: 'data/old/a.txt', content: 'a' }], [{ name: 'data/.wh.old', content: '' }], [{ name: 'data/old/', type: 'dir' }, { name: 'data/old/c.txt', content: 'c' }]]);
      assert.deepEqual(listing(fs), ['/data dir', '/data/old dir', '/data/old/c.txt file 1']);
    });

    it('a file or symlink over a directory removes the subtree', async () => {
      const fs = await layersFs([
        [{ name: 'a/x.py', content: 'x' }, { name: 'b/y.py', content: 'y' }],
        [{ name: 'a', content: 'now a file' }, { name: 'b', type: 'symlink', linkName: '/a' }],
      ]);
      assert.deepEqual(listing(fs), ['/a file 10', '/b symlink -> /a']);
    });

    it('a directory over a directory keeps the lower children and takes the new mode', async () => {
      const fs = await layersFs([[{ name: 'd/', type: 'dir', mode: 0o700 }, { name: 'd/lower.py', content: 'l' }], [{ name: 'd/', type: 'dir', mode: 0o755 }, { name: 'd/upper.py', content: 'u' }]]);
      assert.deepEqual(listing(fs), ['/d dir', '/d/lower.py file 1', '/d/upper.py file 1']);
      assert.equal(fs.lstat('/d')!.mode, 0o755);
    });

    it('a directory over a file or symlink replaces it', async () => {
      const fs = await layersFs([[{ name: 'target/t.py', content: 't' }, { name: 'd', type: 'symlink', linkName: 'target' }], [{ name: 'd/own.py', content: 'o' }]]);
      assert.deepEqual(listing(fs), ['/d dir', '/d/own.py file 1', '/target dir', '/target/t.py file 1']);
    });

    it('a hardlink may point into a lower layer and shares its content', async () => {
      const fs = await layersFs([[{ name: 'usr/bin/python3.11', content: '#!ELF' }], [{ name: 'usr/local/bin/python', type: 'hardlink', linkName: 'usr/bin/python3.11' }]]);
      assert.deepEqual(listing(fs), ['/usr dir', '/usr/bin dir', '/usr/bin/python3.11 file 5', '/usr/local dir', '/usr/local/bin dir', '/usr/local/bin/python file 5']);
      assert.equal(fs.readText('/usr/local/bin/python'), '#!ELF');
    });

    it('a hardlink survives the removal of the path it was made from', async () => {
      const fs = await layersFs([[{ name: 'a.py', content: 'shared' }, { name: 'b.py', type: 'hardlink', linkName: 'a.py' }], [{ name: '.wh.a.py', content: '' }]]);
      assert.deepEqual(listing(fs), ['/b.py file 6']);
    });

    it('refuses a hardlink to a path no layer holds', async () => {
      await assert.rejects(fsFromLayers([[{ name: 'b.py', type: 'hardlink', linkName: 'nowhere.py' }]]), (error: Error) => error instanceof ImageError && /layer 1: hardlink "b.py" points to "nowhere.py"/.test(error.message));
    });

    it('refuses entry names that climb out of the root', async () => {
      await assert.rejects(fsFromLayers([[{ name: '../../etc/passwd', content: 'root:x:0:0' }]]), (error: Error) => error instanceof ImageError && /layer 1: entry "..\/..\/etc\/passwd" climbs out of the image root/.test(error.message));
      await assert.rejects(fsFromLayers([[{ name: 'a/../../b', content: '' }]]), /climbs out/);
      await assert.rejects(fsFromLayers([[{ name: 'x', type: 'hardlink', linkName: '../host' }]]), /climbs out/);
    });

    it('takes names with ./ or / in front literally from the image root', async () => {
      const fs = await layersFs([[{ name: './', type: 'dir' }, { name: './a/b.py', content: 'b' }, { name: '/c.py', content: 'c' }, { name: 'd//e.py', content: 'e' }]]);
      assert.deepEqual(listing(fs), ['/a dir', '/a/b.py file 1', '/c.py file 1', '/d dir', '/d/e.py file 1']);
    });

    it('keeps dot names that are not . or .. as they are', async () => {
      const fs = await layersFs([[{ name: '.../x.py', content: 'x' }, { name: 'a/.b/', type: 'dir' }, { name: 'a/..c', content: 'c' }, { name: 'a/./d.py', content: 'd' }, { name: 'a/.', type: 'dir' }]]);
      assert.deepEqual(listing(fs), ['/... dir', '/.../x.py file 1', '/a dir', '/a/..c file 1', '/a/.b dir', '/a/d.py file 1']);
    });

    it('follows a folder replaced and written into again within one layer', async () => {
      const fs = await layersFs([
        [{ name: 'a/b/x.py', content: 'x' }, { name: 'c/old.py', content: 'o' }],
        [
          { name: 'a/.wh.b', content: '' },
          { name: 'a/b/y.py', content: 'y' },
          { name: 'c', content: 'file' },
          { name: 'c/new.py', content: 'n' },
          { name: 'e/f.py', content: 'f' },
          { name: 'e', type: 'symlink', linkName: '/a' },
          { name: 'e/g.py', content: 'g' },
        ],
      ]);
      assert.deepEqual(listing(fs), ['/a dir', '/a/b dir', '/a/b/y.py file 1', '/c dir', '/c/new.py file 1', '/e dir', '/e/g.py file 1']);
    });

    it('skips aufs bookkeeping entries', async () => {
      const fs = await layersFs([[{ name: '.wh..wh.plnk/', type: 'dir' }, { name: '.wh..wh.plnk/123.456', content: 'x' }, { name: 'a.py', content: '' }]]);
      assert.deepEqual(listing(fs), ['/a.py file 0']);
    });

    it('refuses a 1 MB pax name and a 20,000-component path with a message naming the limit', async () => {
      const limit = /^layer 1: entry name "a\/a\/.*\.\.\." is \d+ bytes long: the limit is 4096 bytes \(Linux's PATH_MAX\)\. The image is crafted/;
      await assert.rejects(layersFs([[{ name: 'a/'.repeat(500 * 1024) + 'x.py', content: 'x' }]]), (error: Error) => error instanceof ImageError && limit.test(error.message));
      await assert.rejects(layersFs([[{ name: 'a/'.repeat(20_000) + 'x.py', content: 'x' }]]), (error: Error) => error instanceof ImageError && limit.test(error.message));
    });

    it('refuses a path deeper than 256 components, and reads one of 256', async () => {
      await assert.rejects(layersFs([[{ name: 'd/'.repeat(2000) + 'x.py', content: 'x' }]]), (error: Error) => error instanceof ImageError && /^layer 1: entry "d\/d\/.*" has 2001 path components: the limit is 256 path components/.test(error.message));
      await assert.rejects(layersFs([[{ name: './' + 'd/./'.repeat(256) + 'x.py', content: 'x' }]]), /has 257 path components/);
      const fs = await layersFs([[{ name: 'd/'.repeat(255) + 'x.py', content: 'x' }]]);
      assert.equal(fs.readText('/' + 'd/'.repeat(255) + 'x.py'), 'x');
      assert.equal(fs.pathCount, 256);
    });

    it('keeps content only for the files the selection names', async () => {
      const fs = await layersFs([[{ name: 'app/main.py', content: 'import os' }, { name: 'app/blob.bin', content: 'binary' }, { name: 'usr/bin/tool', content: '#!/usr/bin/python3\nbody' }]], (path) => (path.endsWith('.py') ? Infinity : path.startsWith('/usr/bin/') ? 18 : 0));
      assert.equal(fs.readText('/app/main.py'), 'import os');
      assert.equal(fs.readHead('/usr/bin/tool')!.toString(), '#!/usr/bin/python3', 'the head kept');
      assert.equal(fs.readText('/usr/bin/tool'), undefined, 'a head is never handed out as the whole file');
      assert.equal(fs.readFile('/app/blob.bin'), undefined);
      assert.equal(fs.stat('/app/blob.bin')!.size, 6, 'sizes are known without content');
      assert.deepEqual([fs.stat('/usr/bin/tool')!.hasContent, fs.stat('/usr/bin/tool')!.hasWholeContent, fs.stat('/app/main.py')!.hasWholeContent], [true, false, true]);
    });
  });
}
