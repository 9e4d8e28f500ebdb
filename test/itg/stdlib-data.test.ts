// The committed standard-library data must be what the interpreters say today.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collectStdlibData } from '../../scripts/generate-stdlib.ts';
import { dockerReady, PYTHON_IMAGE, PYTHON_NEXT_IMAGE } from '../helpers/docker.ts';
import { pyenvInterpreters, pythonReady } from '../helpers/python.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('standard-library data', () => {
  it('equals what the interpreters on this machine report (run scripts/generate-stdlib.ts if not)', async (t) => {
    if (!pythonReady(t, await pyenvInterpreters(), [6, 7, 8, 9, 10, 11, 12, 13])) return;
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE, PYTHON_NEXT_IMAGE] }))) return;
    const committed = JSON.parse(await readFile(path.join(ROOT, 'src/python/stdlib-modules.json'), 'utf8')) as unknown;
    const live = await collectStdlibData();
    assert.deepEqual(committed, JSON.parse(JSON.stringify(live)));
  });
});
