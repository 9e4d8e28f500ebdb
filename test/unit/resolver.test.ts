import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImageFs } from '../../src/image/image-fs.ts';
import { editableMappings, type SysPath } from '../../src/python/environment.ts';
import { absoluteName, classifyFromImport, Resolver } from '../../src/python/resolver.ts';
import { scanSource } from '../../src/python/scanner.ts';
import { fsFromLayers } from '../helpers/image.ts';

const EXT = '.cpython-312-x86_64-linux-gnu.so';

async function resolverFor(files: Array<{ name: string; content?: string; type?: 'symlink'; linkName?: string }>, sysPath = ['/first', '/second']): Promise<{ fs: ImageFs; resolver: Resolver }> {
  const fs = await fsFromLayers([files.map((file) => ({ content: '', ...file }))]);
  const resolver = new Resolver(fs, sysPath, { extensionSuffixes: [EXT, '.abi3.so', '.so'], builtins: new Set(['sys', 'builtins']), frozen: new Set(['os', 'os.path']), aliases: { 'os.path': 'posixpath' }, cwd: '/work' });
  return { fs, resolver };
}

function brief(resolution: ReturnType<Resolver['resolve']>): string {
  if (!resolution.found) return `missing ${resolution.missing} (${resolution.reason})`;
  return `${resolution.kind} ${resolution.origin ?? ''} ${resolution.searchLocations?.join(',') ?? ''}`.trim();
}

describe('Resolver', () => {
  it('follows FileFinder: package before module before namespace, extensions before sources before bytecode', async () => {
    const { resolver } = await resolverFor([
      { name: 'first/dual/__init__.py' },
      { name: 'first/dual.py' },
      { name: 'first/modns.py' },
      { name: 'first/modns/inner.py' },
      { name: `first/both${EXT}` },
      { name: 'first/both.py' },
      { name: 'first/legacy.pyc' },
      { name: 'first/__pycache__/cached.cpython-312.pyc' },
      { name: 'first/old.cpython-39-x86_64-linux-gnu.so' },
      { name: 'first/pycinit/__init__.pyc' },
    ]);
    assert.equal(brief(resolver.resolve('dual')), 'package /first/dual/__init__.py /first/dual');
    assert.equal(brief(resolver.resolve('modns')), 'source /first/modns.py');
    assert.equal(brief(resolver.resolve('modns.inner')), 'missing modns.inner (not-a-package)');
    assert.equal(brief(resolver.resolve('both')), `extension /first/both${EXT}`);
    assert.equal(brief(resolver.resolve('legacy')), 'bytecode /first/legacy.pyc');
    assert.equal(brief(resolver.resolve('cached')), 'missing cached (not-found)');
    assert.equal(brief(resolver.resolve('old')), 'missing old (not-found)');
    assert.equal(brief(resolver.resolve('pycinit')), 'package /first/pycinit/__init__.pyc /first/pycinit');
  });

  it('merges namespace portions only when no entry holds a regular package or module', async () => {
    const { resolver } = await resolverFor([{ name: 'first/ns/a.py' }, { name: 'second/ns/b.py' }, { name: 'first/reg/x.py' }, { name: 'second/reg/__init__.py' }, { name: 'second/reg/y.py' }]);
    assert.equal(brief(resolver.resolve('ns')), 'namespace  /first/ns,/second/ns');
    assert.equal(brief(resolver.resolve('ns.b')), 'source /second/ns/b.py');
    assert.equal(brief(resolver.resolve('reg')), 'package /second/reg/__init__.py /second/reg');
    assert.equal(brief(resolver.resolve('reg.x')), 'missing reg.x (not-found)');
  });

  it('puts built-in and frozen modules first, follows aliases, and reports a missing parent', async () => {
    const { resolver } = await resolverFor([{ name: 'first/sys.py' }, { name: 'first/posixpath.py' }, { name: 'first/os.py' }]);
    assert.equal(brief(resolver.resolve('sys')), 'builtin');
    assert.equal(brief(resolver.resolve('os')), 'frozen');
    assert.equal(brief(resolver.resolve('os.path')), 'source /first/posixpath.py');
    assert.equal(brief(resolver.resolve('nowhere.deep.name')), 'missing nowhere (not-found)');
  });

  it('treats symlink loops and dangling links as nothing, and an empty entry as the working directory', async () => {
    const { resolver } = await resolverFor([{ name: 'first/loop-a.py', type: 'symlink', linkName: 'loop-b.py' }, { name: 'first/loop-b.py', type: 'symlink', linkName: 'loop-a.py' }, { name: 'first/dangling.py', type: 'symlink', linkName: '/nowhere.py' }, { name: 'work/here.py' }], ['', '/first']);
    assert.equal(brief(resolver.resolve('loop-a')), 'missing loop-a (not-found)');
    assert.equal(brief(resolver.resolve('dangling')), 'missing dangling (not-found)');
    assert.equal(brief(resolver.resolve('here')), 'source /work/here.py');
  });

  it('classifies from-imports: attribute, submodule, neither, or unknown when the names cannot be listed', async () => {
    const { fs, resolver } = await resolverFor([
      { name: 'first/pkg/__init__.py', content: 'from .core import handler\nVERSION = 1\n' },
      { name: 'first/pkg/core.py', content: 'def handler(): pass\n' },
      { name: 'first/pkg/sub.py' },
      { name: 'first/lazy/__init__.py', content: 'def __getattr__(name): ...\n' },
      { name: 'first/star/__init__.py', content: 'from os import *\n' },
      { name: 'first/nsp/part.py' },
    ]);
    const bindingsOf = (file: string) => {
      const result = scanSource(fs.readFile(file)!, 12);
      return result.ok ? result : undefined;
    };
    assert.equal(classifyFromImport(resolver, 'pkg', 'handler', bindingsOf), 'attribute');
    assert.equal(classifyFromImport(resolver, 'pkg', 'VERSION', bindingsOf), 'attribute');
    assert.equal(classifyFromImport(resolver, 'pkg', 'sub', bindingsOf), 'submodule');
    assert.equal(classifyFromImport(resolver, 'pkg', 'missing_name', bindingsOf), 'neither');
    assert.equal(classifyFromImport(resolver, 'lazy', 'anything', bindingsOf), 'unknown');
    assert.equal(classifyFromImport(resolver, 'star', 'path', bindingsOf), 'unknown');
    assert.equal(classifyFromImport(resolver, 'nsp', 'part', bindingsOf), 'submodule');
    assert.equal(classifyFromImport(resolver, 'nsp', 'other', bindingsOf), 'neither');
  });
});

describe('editable installs', () => {
  it("reads the finder's MAPPING from its .pth and consults it after the path search", async () => {
    const fs = await fsFromLayers([
      [
        { name: 'site/__editable__.demo-1.0.pth', content: 'import __editable___demo_1_0_finder; __editable___demo_1_0_finder.install()\n' },
        { name: 'site/__editable___demo_1_0_finder.py', content: "import sys\nMAPPING = {'demo': '/checkout/src/demo', 'tool': '/checkout/tool.py'}\nNAMESPACES = {}\n" },
        { name: 'checkout/src/demo/__init__.py', content: '' },
        { name: 'checkout/src/demo/core.py', content: '' },
        { name: 'checkout/tool.py', content: '' },
        { name: 'site/shadow.py', content: '' },
        { name: 'checkout/src/shadow/__init__.py', content: '' },
      ],
    ], () => Infinity);
    const sysPath: SysPath = { entries: [{ path: '/site', origin: 'site' }], pthImports: [{ file: '/site/__editable__.demo-1.0.pth', line: 1, text: 'import __editable___demo_1_0_finder; __editable___demo_1_0_finder.install()' }], startEntryPoints: [], notes: [] };
    const mappings = editableMappings(fs, sysPath);
    assert.deepEqual(mappings, [{ demo: '/checkout/src/demo', tool: '/checkout/tool.py' }]);
    const resolver = new Resolver(fs, ['/site'], { extensionSuffixes: [EXT], builtins: new Set(), frozen: new Set(), aliases: {}, editableMappings: mappings, cwd: '/' });
    assert.equal(brief(resolver.resolve('demo')), 'package /checkout/src/demo/__init__.py /checkout/src/demo');
    assert.equal(brief(resolver.resolve('demo.core')), 'source /checkout/src/demo/core.py');
    assert.equal(brief(resolver.resolve('tool')), 'source /checkout/tool.py');
    assert.equal(brief(resolver.resolve('shadow')), 'source /site/shadow.py', 'the path search comes first');
    assert.equal(brief(resolver.resolve('demo.nope')), 'missing demo.nope (not-found)');
  });
});

describe('absoluteName', () => {
  it('resolves relative imports against the importing module, as CPython does', () => {
    assert.deepEqual(absoluteName('x', 1, { name: 'app.services.auth', isPackage: false }), { name: 'app.services.x' });
    assert.deepEqual(absoluteName('', 1, { name: 'app.services', isPackage: true }), { name: 'app.services' });
    assert.deepEqual(absoluteName('models', 2, { name: 'app.services.auth', isPackage: false }), { name: 'app.models' });
    assert.deepEqual(absoluteName('x', 3, { name: 'app.services.auth', isPackage: false }), { error: 'attempted relative import beyond top-level package' });
    assert.deepEqual(absoluteName('x', 1, { name: 'main', isPackage: false }), { error: 'attempted relative import with no known parent package' });
    assert.deepEqual(absoluteName('os', 0, { name: 'main', isPackage: false }), { name: 'os' });
  });
});
