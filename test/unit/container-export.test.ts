import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContainerExport, unsurePaths } from '../../src/image/container-export.ts';
import { ContentStore } from '../../src/image/content-store.ts';
import { ImageFs } from '../../src/image/image-fs.ts';
import { tar, type WriteEntry } from '../helpers/tar-writer.ts';

/** What Docker's init layer leaves in a container of an image that has none of its paths. */
const INIT_MADE: WriteEntry[] = [
  { name: '.dockerenv', content: '' },
  { name: 'dev/pts', type: 'dir' },
  { name: 'dev/shm', type: 'dir' },
  { name: 'dev/console', content: '' },
  { name: 'etc/hosts', content: '' },
  { name: 'etc/hostname', content: '' },
  { name: 'etc/resolv.conf', content: '' },
  { name: 'etc/mtab', type: 'symlink', linkName: '/proc/mounts' },
  { name: 'proc', type: 'dir' },
  { name: 'sys', type: 'dir' },
];

async function exported(entries: WriteEntry[], made: { workingDir?: string; volumes?: string[] } = {}): Promise<ImageFs> {
  const store = new ContentStore();
  const { root } = await readContainerExport([tar(entries)], () => Infinity, store, 'test export');
  return new ImageFs(root, store, undefined, unsurePaths(root, { workingDir: made.workingDir ?? '', volumes: made.volumes ?? [] }));
}

describe('container export', () => {
  it('marks what creating a container may have made: the init layer, a made working directory and mount point, and folders holding nothing else', async () => {
    const fs = await exported([...INIT_MADE, { name: 'srv/made/here', type: 'dir' }, { name: 'data', type: 'dir' }, { name: 'usr/lib/python3/os.py', content: 'import sys\n' }], { workingDir: '/srv/made/here', volumes: ['/data'] });
    assert.deepEqual(fs.unsurePaths, ['/.dockerenv', '/data', '/dev', '/dev/console', '/dev/pts', '/dev/shm', '/etc', '/etc/hostname', '/etc/hosts', '/etc/mtab', '/etc/resolv.conf', '/proc', '/srv', '/srv/made', '/srv/made/here', '/sys']);
  });

  it("leaves what can only be the image's own: a file with bytes, a folder at a file's place, a folder with contents, another link", async () => {
    const fs = await exported([
      { name: '.dockerenv', content: '' },
      { name: 'etc/hosts', content: '127.0.0.1 localhost\n' },
      { name: 'etc/hostname/__init__.py', content: 'x = 1\n' },
      { name: 'etc/resolv.conf', content: '' },
      { name: 'etc/mtab', type: 'symlink', linkName: '/etc/elsewhere' },
      { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
      { name: 'dev/null', type: 'char' },
      { name: 'dev/pts', type: 'dir' },
      { name: 'proc/self', type: 'dir' },
      { name: 'sys', type: 'dir' },
      { name: 'app/main.py', content: 'import os\n' },
    ], { workingDir: '/app', volumes: ['/var/lib/data', 'relative'] });
    assert.deepEqual(fs.unsurePaths, ['/.dockerenv', '/dev/pts', '/etc/resolv.conf', '/sys']);
  });

  it('counts a lookup that reaches or passes an unsure path, by path or by name in a listing', async () => {
    const lookups: Array<[string, (fs: ImageFs) => unknown, string | undefined]> = [
      ['a module of the image', (fs) => fs.readText('/usr/lib/python3/os.py'), undefined],
      ['through an unsure folder', (fs) => fs.stat('/proc/self/status'), '/proc'],
      ['an unsure file', (fs) => fs.stat('/etc/hosts'), '/etc/hosts'],
      ['an unsure folder itself', (fs) => fs.lstat('/proc'), '/proc'],
      ['the mtab link, followed', (fs) => fs.stat('/usr/mtab/x'), '/etc/mtab'],
      ['by name in a listing', (fs) => fs.entries('/')!.get('sys'), '/sys'],
      ['by has in a listing', (fs) => fs.entries('/etc')!.has('hostname'), '/etc/hostname'],
      ['another name in the same listing', (fs) => fs.entries('/')!.get('usr'), undefined],
      ['going through a listing', (fs) => [...fs.entries('/')!], '/.dockerenv'],
      ['its names', (fs) => [...fs.entries('/etc')!.keys()], '/etc/hosts'],
      ['a folder made for unsure ones', (fs) => fs.entries('/dev'), '/dev'],
      ['readdir', (fs) => fs.readdir('/etc'), '/etc/hosts'],
      ['a file beside unsure ones', (fs) => fs.readText('/etc/passwd'), undefined],
      ['the whole tree, listed', (fs) => [...fs.walk()], undefined],
      ['anything, unwatched', (fs) => fs.unwatched(() => [fs.stat('/etc/hosts'), [...fs.entries('/')!]]), undefined],
    ];
    for (const [what, look, expected] of lookups) {
      const fs = await exported([...INIT_MADE, { name: 'usr/lib/python3/os.py', content: 'import sys\n' }, { name: 'usr/mtab', type: 'symlink', linkName: '/etc/mtab' }, { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' }]);
      look(fs);
      assert.equal(fs.unsureLookedAt, expected, what);
      fs.stat('/etc/hosts');
      assert.equal(fs.unsureLookedAt, expected ?? '/etc/hosts', `${what}: the first path looked at is kept`);
    }
  });

  it('refuses a compressed stream: the daemon exports a plain tar', async () => {
    const { gzipSync } = await import('node:zlib');
    await assert.rejects(readContainerExport([gzipSync(tar([{ name: 'a', content: 'b' }]))], () => 0, new ContentStore(), 'the export'), /the export: expected a plain tar from the daemon, found gzip/);
  });
});
