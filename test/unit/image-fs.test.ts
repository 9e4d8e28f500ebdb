import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ImageFs, SymlinkLoopError, underAny } from '../../src/image/image-fs.ts';
import { TreeBuilder } from '../../src/image/layers.ts';
import { fsFromLayers } from '../helpers/image.ts';

const layer = [
  { name: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\n' },
  { name: 'usr/lib/python3.11/os.py', content: 'import sys' },
  { name: 'usr/bin/python3.11', content: 'ELF' },
  { name: 'usr/bin/python3', type: 'symlink' as const, linkName: 'python3.11' },
  { name: 'usr/local/bin/python', type: 'symlink' as const, linkName: '/usr/bin/python3' },
  { name: 'lib', type: 'symlink' as const, linkName: 'usr/lib' },
  { name: 'app/up', type: 'symlink' as const, linkName: '../../../../../../usr' },
  { name: 'app/abs', type: 'symlink' as const, linkName: '/etc/passwd' },
  { name: 'app/dotdot-abs', type: 'symlink' as const, linkName: '/../../etc/passwd' },
  { name: 'app/loop-a', type: 'symlink' as const, linkName: 'loop-b' },
  { name: 'app/loop-b', type: 'symlink' as const, linkName: './loop-a' },
  { name: 'app/self', type: 'symlink' as const, linkName: 'self/x' },
  { name: 'app/dangling', type: 'symlink' as const, linkName: '/nowhere' },
  { name: 'app/file-as-dir', type: 'symlink' as const, linkName: '/etc/passwd/x' },
];

describe('ImageFs', () => {
  it('follows relative and absolute symlinks, chained', async () => {
    const fs = await fsFromLayers([layer]);
    assert.equal(fs.realpath('/usr/local/bin/python'), '/usr/bin/python3.11');
    assert.equal(fs.stat('/usr/local/bin/python')?.type, 'file');
    assert.equal(fs.lstat('/usr/local/bin/python')?.type, 'symlink');
    assert.equal(fs.lstat('/usr/local/bin/python')?.linkTarget, '/usr/bin/python3');
    assert.equal(fs.readText('/lib/python3.11/os.py'), 'import sys', 'symlinked directory in the middle of a path');
  });

  it('stops .. at the image root, so links never leave the image', async () => {
    const fs = await fsFromLayers([layer]);
    assert.equal(fs.realpath('/app/up'), '/usr');
    assert.equal(fs.realpath('/app/up/bin/python3'), '/usr/bin/python3.11');
    assert.equal(fs.realpath('/app/dotdot-abs'), '/etc/passwd');
    assert.equal(fs.realpath('/../../../etc/passwd'), '/etc/passwd');
  });

  it('resolves an absolute link inside the image, never on the host', async () => {
    const fs = await fsFromLayers([layer]);
    assert.equal(fs.readText('/app/abs'), 'root:x:0:0:root:/root:/bin/sh\n');
  });

  it('reports symlink loops with the path asked for', async () => {
    const fs = await fsFromLayers([layer]);
    assert.throws(() => fs.stat('/app/loop-a'), (error: Error) => error instanceof SymlinkLoopError && /symlink loop while resolving \/app\/loop-a/.test(error.message));
    assert.throws(() => fs.realpath('/app/self'), SymlinkLoopError);
    assert.equal(fs.lstat('/app/loop-a')?.type, 'symlink', 'lstat does not follow');
  });

  it('answers the same, asked again, for every path in a folder already resolved', async () => {
    const fs = await fsFromLayers([layer]);
    for (let round = 0; round < 2; round++) {
      assert.equal(fs.realpath('/lib/python3.11/os.py'), '/usr/lib/python3.11/os.py');
      assert.equal(fs.lstat('/usr/bin/python3')?.type, 'symlink');
      assert.equal(fs.realpath('/usr/bin/python3'), '/usr/bin/python3.11');
      assert.equal(fs.stat('/usr/bin/missing'), undefined);
      assert.equal(fs.stat('/etc/passwd/x'), undefined);
      assert.equal(fs.realpath('/app/up/bin/.'), '/usr/bin');
      assert.equal(fs.realpath('/app/up/bin/..'), '/usr');
      assert.throws(() => fs.stat('/app/self/y'), SymlinkLoopError);
      assert.equal(fs.realpath('/nowhere/x'), undefined);
    }
  });

  it('treats dangling links and files used as directories as missing', async () => {
    const fs = await fsFromLayers([layer]);
    assert.equal(fs.stat('/app/dangling'), undefined);
    assert.equal(fs.stat('/app/file-as-dir'), undefined);
    assert.equal(fs.readFile('/etc/passwd/x'), undefined);
    assert.equal(fs.exists('/app/dangling'), false);
  });

  it('lists directories sorted, through symlinks', async () => {
    const fs = await fsFromLayers([layer]);
    assert.deepEqual(fs.readdir('/lib'), ['python3.11']);
    assert.deepEqual(fs.readdir('/usr/bin'), ['python3', 'python3.11']);
    assert.equal(fs.readdir('/etc/passwd'), undefined);
    assert.equal(fs.pathCount, [...fs.walk()].length);
  });
});

describe('ImageFs on crafted trees', () => {
  /** A tree made directly, as a root filesystem on disk could hold it, past what the tar reader accepts. */
  function treeFs(nodes: Array<[string, { type: 'file' } | { type: 'dir' } | { type: 'symlink'; target: string }]>): ImageFs {
    const tree = new TreeBuilder();
    for (const [path, node] of nodes) {
      if (node.type === 'symlink') tree.put(path, { type: 'symlink', mode: 0o777, size: 0, linkTarget: node.target });
      else if (node.type === 'dir') tree.put(path, { type: 'dir', mode: 0o755, size: 0, children: new Map() });
      else tree.put(path, { type: 'file', mode: 0o644, size: 1 });
    }
    return new ImageFs(tree.root);
  }

  it('follows a symlink whose target has two million components, in a loop', () => {
    const fs = treeFs([
      ['etc/passwd', { type: 'file' }],
      ['app/link', { type: 'symlink', target: '../'.repeat(2_000_000) + 'etc/passwd' }],
    ]);
    assert.equal(fs.realpath('/app/link'), '/etc/passwd');
    assert.equal(fs.realpath('/app/' + 'x/../'.repeat(500_000) + 'link'), undefined, 'a component that is missing ends the walk');
  });

  it('follows a chain of 40 links and reports the 41st as a loop, as Linux does', () => {
    const chain = (length: number) =>
      treeFs([
        ['target/x.py', { type: 'file' }],
        ...Array.from({ length }, (_, i): [string, { type: 'symlink'; target: string }] => [`l${i}`, { type: 'symlink', target: i === length - 1 ? 'target' : `/l${i + 1}` }]),
      ]);
    const fs = chain(40);
    assert.equal(fs.realpath('/l0/x.py'), '/target/x.py');
    assert.equal(fs.realpath('/l39/x.py'), '/target/x.py');
    // Asked in the other order, from the end of the chain: links met again are not counted short.
    const longer = chain(41);
    assert.equal(longer.realpath('/l1/x.py'), '/target/x.py');
    assert.throws(() => longer.realpath('/l0/x.py'), (error: Error) => error instanceof SymlinkLoopError && /more than 40 links followed/.test(error.message));
  });

  it('resolves a chain of long links once, not once per lookup through it', () => {
    // Each link's target climbs 800 times in and out of a folder before naming the next link.
    const detour = 'd/../'.repeat(800);
    const fs = treeFs([
      ['d', { type: 'dir' }],
      ...Array.from({ length: 5000 }, (_, i): [string, { type: 'file' }] => [`target/s${i}/x.py`, { type: 'file' }]),
      ...Array.from({ length: 39 }, (_, i): [string, { type: 'symlink'; target: string }] => [`l${i}`, { type: 'symlink', target: i === 38 ? `${detour}target` : `${detour}l${i + 1}` }]),
    ]);
    const started = performance.now();
    for (let i = 0; i < 5000; i++) assert.equal(fs.realpath(`/l0/s${i}/x.py`), `/target/s${i}/x.py`);
    const elapsed = performance.now() - started;
    // Unremembered, each lookup walks 39 x 1,600 components: over 300 million steps in all.
    assert.ok(elapsed < 2000, `5,000 lookups through the chain took ${elapsed.toFixed(0)} ms`);
  });
});

describe('underAny', () => {
  it('holds for a folder itself and what lies below it, not for a sibling that shares its name as a prefix', () => {
    assert.equal(underAny('/usr/lib/python3/dist-packages', ['/usr/lib/python3/dist-packages']), true);
    assert.equal(underAny('/usr/lib/python3/dist-packages/a.py', ['/opt', '/usr/lib/python3/dist-packages']), true);
    assert.equal(underAny('/usr/lib/python3/dist-packages2/a.py', ['/usr/lib/python3/dist-packages']), false);
    assert.equal(underAny('/usr/lib/python3/a.py', ['/usr/lib/python3/dist-packages']), false);
    assert.equal(underAny('/app/x.py', ['/app/']), true, 'a folder given with its trailing slash');
    assert.equal(underAny('/x.py', ['/']), true);
    assert.equal(underAny('/x.py', []), false);
  });
});
