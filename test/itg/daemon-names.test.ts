// Image names as the Docker engine reads them, the oracle for the guard's: a tag given to
// docker-archive:FILE:TAG is matched as docker normalises names, and a name that is neither an
// image of the daemon nor a path says both.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { ImageError } from '../../src/errors.ts';
import { openImage } from '../../src/image/open-image.ts';
import { normalizeReference } from '../../src/image/source.ts';
import { BUSYBOX_IMAGE, dockerReady } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';

const TAGGED = 'import-guard-normalize-probe:1';

/** Names of the tagged image, or of others, in every form docker accepts; whether docker finds each is the oracle. */
const FORMS = [
  TAGGED,
  'library/import-guard-normalize-probe:1',
  'docker.io/library/import-guard-normalize-probe:1',
  'docker.io/import-guard-normalize-probe:1',
  'index.docker.io/library/import-guard-normalize-probe:1',
  'import-guard-normalize-probe',
  'import-guard-normalize-probe:2',
  'other/import-guard-normalize-probe:1',
  'localhost/import-guard-normalize-probe:1',
  'localhost:5000/import-guard-normalize-probe:1',
  'ghcr.io/library/import-guard-normalize-probe:1',
];

async function daemonHas(reference: string): Promise<boolean> {
  const result = await execa('docker', ['image', 'inspect', '--format', '{{.Id}}', '--', reference], { reject: false, stdin: 'ignore' });
  return result.exitCode === 0;
}

describe('image names as docker reads them', () => {
  it('the same image for the daemon is the same name for the guard, and a saved archive opens by any of them', async (t) => {
    if (!(await dockerReady(t, { images: [BUSYBOX_IMAGE] }))) return;
    await execa('docker', ['tag', BUSYBOX_IMAGE, TAGGED], { stdin: 'ignore' });
    try {
      await using tmp = await tempFolder();
      const archive = path.join(tmp.dir, 'probe.tar');
      await execa('docker', ['image', 'save', '--output', archive, TAGGED], { stdin: 'ignore' });
      let found = 0;
      for (const form of FORMS) {
        const daemon = await daemonHas(form);
        assert.equal(normalizeReference(form) === normalizeReference(TAGGED), daemon, `${form}: docker ${daemon ? 'finds' : 'does not find'} it`);
        const opened = await openImage(`docker-archive:${archive}:${form}`).then(
          (image) => {
            image.fs.close();
            return true;
          },
          (error: unknown) => {
            assert.ok(error instanceof ImageError && error.message.includes(`no image tagged ${form}; it holds `), String(error));
            return false;
          },
        );
        assert.equal(opened, daemon, `docker-archive:FILE:${form}`);
        if (daemon) found++;
      }
      assert.equal(found, 5, 'the five spellings of the tagged name');
    } finally {
      await execa('docker', ['image', 'rm', TAGGED], { stdin: 'ignore', reject: false });
    }
  });

  it('a name that could be a path or an image, and is neither, says both', async (t) => {
    if (!(await dockerReady(t))) return;
    const name = 'import-guard-test/never-built-nor-saved:1';
    assert.equal(await daemonHas(name), false);
    await assert.rejects(openImage(name), (error: Error) => {
      assert.ok(error instanceof ImageError);
      assert.equal(error.message, `image ${name} is not in the local Docker daemon (\`docker image ls\` lists what is), and no file or directory has that name; build the image first, or give the path of a saved image`);
      return true;
    });
  });
});
