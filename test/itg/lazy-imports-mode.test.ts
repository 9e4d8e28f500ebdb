// The lazy-imports mode the guard reads from a command's options and environment, against the one
// CPython 3.15 itself reports (sys.get_lazy_imports()) for the same command and environment.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { lazyImportsSetting } from '../../src/python/lazy-imports.ts';
import { dockerReady, PYTHON_315_IMAGE } from '../helpers/docker.ts';

const CASES: Array<{ options: string[]; env?: string }> = [
  { options: [] },
  { options: [], env: 'all' },
  { options: [], env: 'normal' },
  { options: ['-X', 'lazy_imports=all'] },
  { options: ['-Xlazy_imports=all'] },
  { options: ['-X', 'lazy_imports=normal'], env: 'all' },
  { options: ['-X', 'lazy_imports=all'], env: 'normal' },
  { options: ['-E'], env: 'all' },
  { options: ['-I'], env: 'all' },
  { options: ['-uE'], env: 'all' },
  { options: ['-u'], env: 'all' },
  { options: ['-X', 'dev', '-X', 'lazy_imports=all'] },
  { options: ['-X', 'lazy_imports=all', '-X', 'lazy_imports=normal'] },
  { options: ['-X', 'lazy_imports=normal', '-X', 'lazy_imports=all'] },
  { options: ['-E', '-X', 'lazy_imports=all'], env: 'normal' },
  { options: ['-W', 'ignore', '-X', 'lazy_imports=all'] },
];

describe('lazy-imports mode: the guard agrees with CPython 3.15', () => {
  it('for each command line and PYTHON_LAZY_IMPORTS value', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_315_IMAGE] }))) return;
    // One container runs every case: a line of output per case.
    const script = CASES.map(({ options, env }) => `${env ? `PYTHON_LAZY_IMPORTS=${env} ` : ''}python3.15 ${options.map((option) => `'${option}'`).join(' ')} -c 'import sys; print(sys.get_lazy_imports())'`).join('\n');
    const run = await execa('docker', ['run', '--rm', '-i', '--network', 'none', PYTHON_315_IMAGE, 'sh', '-e'], { input: script });
    const actual = run.stdout.trim().split('\n');
    assert.equal(actual.length, CASES.length);
    const mine = CASES.map(({ options, env }) => lazyImportsSetting(options, new Map(env ? [['PYTHON_LAZY_IMPORTS', env]] : [])).mode);
    assert.deepEqual(mine, actual);
    assert.ok(actual.includes('all') && actual.includes('normal'));
  });
});
