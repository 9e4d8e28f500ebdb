// The committed standard-library data must be what the interpreters say today.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collectStdlibData } from '../../scripts/generate-stdlib.ts';
import { execa } from 'execa';
import { startupModules } from '../../src/python/stdlib.ts';
import { dockerReady, PYTHON_BIG_IMAGE, PYTHON_IMAGE, PYTHON_315_IMAGE, PYTHON_NEXT_IMAGE, PYTHON_ORG_IMAGES } from '../helpers/docker.ts';
import { pyenvInterpreters, pythonReady } from '../helpers/python.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('standard-library data', () => {
  it('equals what the interpreters on this machine report (run scripts/generate-stdlib.ts if not)', async (t) => {
    if (!pythonReady(t, await pyenvInterpreters(), [6, 7, 8, 9, 10, 11, 12, 13])) return;
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE, PYTHON_NEXT_IMAGE, PYTHON_315_IMAGE] }))) return;
    const committed = JSON.parse(await readFile(path.join(ROOT, 'src/python/stdlib-modules.json'), 'utf8')) as unknown;
    const live = await collectStdlibData();
    assert.deepEqual(committed, JSON.parse(JSON.stringify(live)));
  });

  // Each image's own interpreter, as its command runs it (a script, with site and its .pth files):
  // every module the data says is loaded before user code is in sys.modules when the script starts.
  const images: Array<[string, string, string | undefined]> = [
    [PYTHON_IMAGE, '3.11', 'debian-bookworm'],
    [PYTHON_BIG_IMAGE, '3.11', 'debian-bookworm'],
    [PYTHON_NEXT_IMAGE, '3.14', 'debian-sid'],
    [PYTHON_315_IMAGE, '3.15', 'debian-sid'],
    ...Object.entries(PYTHON_ORG_IMAGES).map(([minor, image]): [string, string, undefined] => [image, `3.${minor}`, undefined]),
  ];
  for (const [image, version, build] of images) {
    const python = build === 'debian-sid' ? `python${version}` : 'python3';
    it(`lists modules ${image} has loaded when user code starts`, async (t) => {
      if (!(await dockerReady(t, { images: [image] }))) return;
      const script = 'import sys\nloaded = sorted(sys.modules)\nprint(" ".join(loaded))\n';
      const { stdout } = await execa('docker', ['run', '--rm', '--network', 'none', '--entrypoint', 'sh', image, '-c', `printf '%s' '${script}' > /tmp/startup.py && exec ${python} /tmp/startup.py`]);
      const loaded = new Set(stdout.trim().split(' '));
      const expected = [...startupModules(version, build)];
      assert.ok(expected.length > 20 && expected.includes('__main__') && expected.includes('site'), expected.join(' '));
      assert.deepEqual(expected.filter((name) => !loaded.has(name)), []);
    });
  }
});
