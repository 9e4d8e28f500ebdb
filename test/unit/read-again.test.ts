// Files the analysis needs whole but the first pass kept in part (or not at all) are read again
// from the image: from the layer that holds them, whatever it is stored as, also once the
// archive is gone (a daemon image's temporary archive is removed after its first read).
import assert from 'node:assert/strict';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pythonAnalysisContent, READ_AGAIN } from '../../src/image/content.ts';
import { openImage } from '../../src/image/open-image.ts';
import { ImportGraph } from '../../src/python/graph.ts';
import { Resolver } from '../../src/python/resolver.ts';
import { builtinModules, frozenModules, moduleAliases } from '../../src/python/stdlib.ts';
import { fsFromLayers } from '../helpers/image.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { gzip, tar, zstd } from '../helpers/tar-writer.ts';

const launcher = '#!/usr/bin/python3\n' + '# the launcher of the application\n'.repeat(40) + 'import app_lib\n';
const entrypoint = '#!/bin/sh\n' + 'export STEP=1\n'.repeat(1300) + 'exec python3 -m app "$@"\n';
const binary = Buffer.concat([Buffer.from('\x7fELF'), Buffer.alloc(3 * 1024 * 1024, 1)]);

/** Three layers, each stored another way: the launcher in /usr/share linked from /usr/bin, an entrypoint in bin longer than the 16 KiB kept there, a hardlink, a large binary. */
const layers = [
  gzip(tar([{ name: 'usr/share/app/app', content: launcher, mode: 0o755 }, { name: 'usr/share/app/app_lib.py', content: 'x = 1\n' }, { name: 'opt/server', content: binary, mode: 0o755 }])),
  zstd(tar([{ name: 'usr/bin/app', type: 'symlink', linkName: '../share/app/app' }, { name: 'usr/local/bin/docker-entrypoint.sh', content: entrypoint, mode: 0o755 }])),
  tar([{ name: 'srv/run', type: 'hardlink', linkName: 'usr/share/app/app' }, { name: 'usr/local/bin/docker-entrypoint.sh', content: entrypoint.replace('-m app', '-m app2'), mode: 0o755 }]),
];

describe('reading files of the image again', () => {
  it('reads what was asked for, whole, from gzip, zstd and plain layers, after the archive is gone', async () => {
    await using tmp = await tempFolder();
    const archive = path.join(tmp.dir, 'image.tar');
    await writeFile(archive, layoutTar(ociLayout([{ layers, config: { Cmd: ['app'] } }])));
    const image = await openImage(archive, { select: pythonAnalysisContent });
    await rm(archive);
    const { fs } = image;
    try {
      // The first pass kept nothing of /usr/share/app/app, 512 bytes of the entrypoint.
      assert.equal(fs.readText('/usr/bin/app'), undefined);
      assert.equal(fs.readText('/usr/local/bin/docker-entrypoint.sh'), undefined);
      assert.equal(fs.readHead('/usr/local/bin/docker-entrypoint.sh')!.length, 512);
      assert.equal(fs.readHead('/opt/server'), undefined, 'nothing kept outside bin folders');
      assert.equal(fs.readText('/srv/run'), undefined, 'a hardlink to the launcher');
      const first = await fs.readWanted(READ_AGAIN);
      assert.deepEqual(first.read.sort(), ['/opt/server', '/usr/local/bin/docker-entrypoint.sh', '/usr/share/app/app']);
      assert.deepEqual(first.partlyRead, []);
      assert.equal(fs.readText('/usr/bin/app'), launcher);
      assert.equal(fs.readText('/srv/run'), launcher, 'the bytes of the entry the hardlink names');
      assert.equal(fs.readText('/usr/local/bin/docker-entrypoint.sh'), entrypoint.replace('-m app', '-m app2'), 'the top layer wins');
      // A large binary asked for its `#!` line: its head, not the whole.
      assert.deepEqual([fs.readHead('/opt/server')!.length, fs.stat('/opt/server')!.hasWholeContent], [1024 * 1024, false]);
      // Asked again: nothing more to read.
      fs.readText('/usr/bin/app');
      assert.deepEqual(await fs.readWanted(READ_AGAIN), { read: [], partlyRead: [] });
    } finally {
      fs.close();
    }
  });

  it('reads whole up to the limit for one file; beyond it, says how much was read', async () => {
    await using tmp = await tempFolder();
    const archive = path.join(tmp.dir, 'image.tar');
    await writeFile(archive, layoutTar(ociLayout([{ layers: [gzip(tar([{ name: 'usr/bin/big', content: binary, mode: 0o755 }]))] }])));
    const { fs } = await openImage(archive, { select: pythonAnalysisContent });
    try {
      assert.equal(fs.readFile('/usr/bin/big'), undefined);
      const again = await fs.readWanted({ whole: 1024 * 1024, head: 512 });
      assert.deepEqual(again, { read: ['/usr/bin/big'], partlyRead: [{ path: '/usr/bin/big', size: binary.length, kept: 1024 * 1024 }] });
      assert.equal(fs.readFile('/usr/bin/big'), undefined, 'a part is never handed out as the file');
      assert.throws(() => fs.contentOf('/usr/bin/big'), /whole content of \/usr\/bin\/big was not kept/);
    } finally {
      fs.close();
    }
  });

  it('reads a root filesystem directory again from disk', async () => {
    await using tmp = await tempFolder();
    await mkdir(path.join(tmp.dir, 'usr/share/app'), { recursive: true });
    await mkdir(path.join(tmp.dir, 'usr/bin'), { recursive: true });
    await writeFile(path.join(tmp.dir, 'usr/share/app/app'), launcher);
    await symlink('../share/app/app', path.join(tmp.dir, 'usr/bin/app'));
    const { fs } = await openImage(`dir:${tmp.dir}`, { select: pythonAnalysisContent });
    try {
      assert.equal(fs.readText('/usr/bin/app'), undefined);
      assert.deepEqual((await fs.readWanted(READ_AGAIN)).read, ['/usr/share/app/app']);
      assert.equal(fs.readText('/usr/bin/app'), launcher);
    } finally {
      fs.close();
    }
  });
});

describe('the walk and a file kept in part', () => {
  it('reports a warning that names the file and what was read, never a syntax error, and scans nothing of it', async () => {
    // Cut at 200 bytes, the docstring is left open.
    const script = '"""The service.\n\n' + 'It reads its settings from the environment.\n'.repeat(10) + '"""\nimport missing_module\n';
    const fs = await fsFromLayers([[{ name: 'app/main.py', content: script }]], (file) => (file === '/app/main.py' ? 200 : Infinity));
    const resolver = new Resolver(fs, ['/app'], { extensionSuffixes: ['.so'], builtins: builtinModules('3.12'), frozen: frozenModules('3.12'), aliases: moduleAliases('3.12'), cwd: '/app' });
    const graph = new ImportGraph({ fs, resolver, minor: 12, platform: 'linux', thirdPartyDirs: [], stdlibDirs: [], env: new Map() });
    const result = await graph.walk([{ role: 'script', module: '__main__', file: '/app/main.py', how: 'python /app/main.py' }]);
    assert.deepEqual(
      result.findings.map((finding) => [finding.kind, finding.severity, finding.module, finding.location.imagePath, finding.message]),
      [['partly-read', 'warning', '/app/main.py', '/app/main.py', `/app/main.py is ${script.length} B, but only its first 200 B were read (the limit for one file): its imports are not checked`]],
    );
    assert.deepEqual([result.files, result.unparsed], [0, 0]);
  });
});
