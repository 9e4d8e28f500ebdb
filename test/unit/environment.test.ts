import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyConfig, type ImageConfig } from '../../src/image/config.ts';
import { computeSysPath, describeInterpreter, environmentOf, findOnPath, homeOf, importRedirects, shebangInterpreter } from '../../src/python/environment.ts';
import { fsFromLayers } from '../helpers/image.ts';

const SYSCONFIG = "build_time_vars = {'EXT_SUFFIX': '.cpython-312-x86_64-linux-gnu.so'}\n";

async function pythonOrgImage() {
  return fsFromLayers([
    [
      { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
      { name: 'usr/local/bin/python3', type: 'symlink', linkName: 'python3.12' },
      { name: 'usr/local/bin/gunicorn', content: '#!/usr/local/bin/python3.12\nimport gunicorn\n', mode: 0o755 },
      { name: 'usr/local/bin/envscript', content: '#!/usr/bin/env -S python3 -u\n', mode: 0o755 },
      { name: 'usr/local/lib/python3.12/os.py', content: '' },
      { name: 'usr/local/lib/python3.12/site.py', content: '# site-packages only\n' },
      { name: 'usr/local/lib/python3.12/_sysconfigdata__linux_x86_64-linux-gnu.py', content: SYSCONFIG },
      { name: 'usr/local/lib/python3.12/site-packages/', type: 'dir' },
      { name: 'usr/local/lib/python3.12/site-packages/distutils-precedence.pth', content: "import os; var = 'SETUPTOOLS_USE_DISTUTILS'; enabled = os.environ.get(var, 'local') == 'local'; enabled and __import__('_distutils_hack').add_shim(); \n" },
      { name: 'venv/bin/python', type: 'symlink', linkName: '/usr/local/bin/python3.12' },
      { name: 'venv/pyvenv.cfg', content: 'home = /usr/local/bin\ninclude-system-site-packages = false\n' },
      { name: 'venv/lib/python3.12/site-packages/', type: 'dir' },
      { name: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n' },
    ],
  ], (path) => (path.endsWith('.py') || path.endsWith('.pth') || path.endsWith('.cfg') || path === '/etc/passwd' || path.includes('/bin/') ? Infinity : 0));
}

function config(overrides: Partial<ImageConfig> = {}): ImageConfig {
  return { ...emptyConfig(), env: ['PATH=/usr/local/bin:/usr/bin:/bin'], workingDir: '/app', ...overrides };
}

describe('environment', () => {
  it('finds commands on the image PATH and interpreters in #! lines', async () => {
    const fs = await pythonOrgImage();
    const env = environmentOf(config());
    assert.equal(findOnPath(fs, 'python3', env, '/app'), '/usr/local/bin/python3');
    assert.equal(findOnPath(fs, 'nonexistent', env, '/app'), undefined);
    assert.equal(shebangInterpreter(fs, '/usr/local/bin/gunicorn', env, '/app'), '/usr/local/bin/python3.12');
    assert.equal(shebangInterpreter(fs, '/usr/local/bin/envscript', env, '/app'), '/usr/local/bin/python3');
  });

  it('describes a python.org installation and a venv', async () => {
    const fs = await pythonOrgImage();
    const python = describeInterpreter(fs, '/usr/local/bin/python3');
    assert.deepEqual(
      { real: python.realExecutable, minor: python.minor, prefix: python.basePrefix, flavor: python.flavor, suffixes: python.extensionSuffixes, venv: python.venv },
      { real: '/usr/local/bin/python3.12', minor: 12, prefix: '/usr/local', flavor: 'python.org', suffixes: ['.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so'], venv: undefined },
    );
    const venv = describeInterpreter(fs, '/venv/bin/python');
    assert.deepEqual(venv.venv, { dir: '/venv', includeSystemSitePackages: false });
    assert.equal(venv.basePrefix, '/usr/local');
  });

  it('builds sys.path for each launcher', async () => {
    const fs = await pythonOrgImage();
    const python = describeInterpreter(fs, '/usr/local/bin/python3');
    const tail = ['/usr/local/lib/python312.zip', '/usr/local/lib/python3.12', '/usr/local/lib/python3.12/lib-dynload', '/usr/local/lib/python3.12/site-packages'];
    const paths = (launcher: Parameters<typeof computeSysPath>[3], extra: Partial<ImageConfig> = {}) => computeSysPath(fs, config(extra), python, launcher).entries.map((entry) => entry.path);
    assert.deepEqual(paths({ kind: 'command' }), ['', ...tail]);
    assert.deepEqual(paths({ kind: 'module', cwd: '/app' }), ['/app', ...tail]);
    assert.deepEqual(paths({ kind: 'script', script: '/usr/local/bin/gunicorn' }), ['/usr/local/bin', ...tail]);
    assert.deepEqual(paths({ kind: 'server', script: '/usr/local/bin/gunicorn', prepend: ['/srv', 'src'] }), ['/srv', '/app/src', '/usr/local/bin', ...tail]);
    assert.deepEqual(paths({ kind: 'command' }, { env: ['PATH=/usr/local/bin', 'PYTHONPATH=/lib:rel'] }), ['', '/lib', '/app/rel', ...tail]);
    assert.deepEqual(paths({ kind: 'module', cwd: '/app' }, { env: ['PYTHONSAFEPATH=1'] }), tail);
  });

  it('reads the user home from Env, then /etc/passwd, else /', async () => {
    const fs = await pythonOrgImage();
    assert.equal(homeOf(fs, config({ user: 'app' }), new Map()), '/home/app');
    assert.equal(homeOf(fs, config({ user: '1000:1000' }), new Map()), '/home/app');
    assert.equal(homeOf(fs, config({ user: 'app' }), new Map([['HOME', '/custom']])), '/custom');
    assert.equal(homeOf(fs, config({ user: 'ghost' }), new Map()), '/');
  });

  it("flags .pth import lines and reads setuptools' distutils redirect", async () => {
    const fs = await pythonOrgImage();
    const python = describeInterpreter(fs, '/usr/local/bin/python3');
    const sysPath = computeSysPath(fs, config(), python, { kind: 'command' });
    assert.equal(sysPath.pthImports.length, 1);
    assert.deepEqual(importRedirects(sysPath, config()), { distutils: 'setuptools._distutils' });
    assert.deepEqual(importRedirects(sysPath, config({ env: ['SETUPTOOLS_USE_DISTUTILS=stdlib'] })), {});
  });

  it('reads .pth files as 3.15 does: lines stripped at both ends, import lines silenced by a .start file of the same name', async () => {
    const site = (minor: number): Array<{ name: string; content?: string; type?: 'dir' | 'symlink'; mode?: number; linkName?: string }> => [
      { name: `usr/local/bin/python3.${minor}`, content: 'ELF', mode: 0o755 },
      { name: `usr/local/lib/python3.${minor}/os.py`, content: '' },
      { name: `usr/local/lib/python3.${minor}/site-packages/padded/`, type: 'dir' },
      { name: `usr/local/lib/python3.${minor}/site-packages/a.pth`, content: '  padded  \n  # indented comment\nimport a_hook\n' },
      { name: `usr/local/lib/python3.${minor}/site-packages/a.start`, content: '# entry points\n  pkg.mod:setup  \n' },
      { name: `usr/local/lib/python3.${minor}/site-packages/b.pth`, content: 'import b_hook\n' },
      { name: `usr/local/lib/python3.${minor}/site-packages/.hidden.start`, content: 'hidden:run\n' },
    ];
    const read = async (minor: number) => {
      const fs = await fsFromLayers([site(minor)]);
      const sysPath = computeSysPath(fs, config(), describeInterpreter(fs, `/usr/local/bin/python3.${minor}`), { kind: 'command' });
      return { paths: sysPath.entries.filter((entry) => entry.origin === 'pth').map((entry) => entry.path), imports: sysPath.pthImports.map((line) => line.text), starts: sysPath.startEntryPoints.map((line) => `${line.file}:${line.line} ${line.text}`) };
    };
    assert.deepEqual(await read(15), { paths: ['/usr/local/lib/python3.15/site-packages/padded'], imports: ['import b_hook'], starts: ['/usr/local/lib/python3.15/site-packages/a.start:2 pkg.mod:setup'] });
    // 3.14 keeps the leading spaces (no such folder), runs both import lines and knows no .start files.
    assert.deepEqual(await read(14), { paths: [], imports: ['import a_hook', 'import b_hook'], starts: [] });
  });

  it('says what is missing when there is no standard library', async () => {
    const fs = await fsFromLayers([[{ name: 'usr/bin/python3.11', content: 'ELF', mode: 0o755 }]]);
    assert.throws(() => describeInterpreter(fs, '/usr/bin/python3.11'), /no standard library found for \/usr\/bin\/python3\.11 \(looked for lib\/python3\.X\/os\.py above \/usr\/bin\)/);
  });
});
