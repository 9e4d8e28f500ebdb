import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openImage } from '../../src/image/open-image.ts';
import { writeExampleImage } from '../../scripts/make-example.ts';
import { cli } from '../helpers/cli.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/fastapi-service');

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((item) => item.isFile()).map((item) => path.relative(dir, path.join(item.parentPath, item.name))).sort();
}

describe('the bundled example', () => {
  it('is what scripts/make-example.ts writes from the example source (run npm run example:write after changing it)', async () => {
    await using tmp = await tempFolder();
    await writeExampleImage(tmp.dir);
    const committed = path.join(EXAMPLE, 'image');
    assert.deepEqual(await files(committed), await files(tmp.dir));
    for (const name of await files(tmp.dir)) assert.ok((await readFile(path.join(committed, name))).equals(await readFile(path.join(tmp.dir, name))), name);
  });

  it('holds the service without the monitoring package its checkout has', async () => {
    const image = await openImage(path.join(EXAMPLE, 'image'));
    assert.deepEqual(image.config.cmd?.at(-1), 'netra_backend.app.main:app');
    assert.ok(image.fs.stat('/srv/netra_backend/app/middleware/gcp_auth_context_middleware.py'));
    assert.equal(image.fs.exists('/srv/netra_backend/app/services/monitoring'), false);
    assert.ok((await readdir(path.join(EXAMPLE, 'netra_backend/app/services/monitoring'))).includes('__init__.py'));
  });

  it('from the root of this repository, whose test fixtures hold copies of its files: context picks its files, and without it the step says to set one', async () => {
    const root = path.resolve(EXAMPLE, '../..');
    const withContext = await cli(['scan', `oci-dir:${path.join(EXAMPLE, 'image')}`, '--repo', root, '--context', 'examples/fastapi-service', '--format', 'json', '--quiet']);
    const [finding] = (parseJsonReport(withContext.stdout)).findings;
    assert.deepEqual([finding!.file, finding!.line, finding!.cause], ['examples/fastapi-service/netra_backend/app/middleware/gcp_auth_context_middleware.py', 23, 'excluded by `examples/fastapi-service/.dockerignore` line 8: `**/monitoring/`']);
    const withoutContext = await cli(['scan', `oci-dir:${path.join(EXAMPLE, 'image')}`, '--repo', root, '--format', 'json']);
    assert.match(withoutContext.stderr, /image paths match several files of the checkout.*"test\/fixtures\/guard-fastapi\/netra_backend\/app\/main\.py".*Set path-map/);
  });
});
