// Booting a registry: image: pulled into the daemon by the digest read only when boot asks for it,
// booted by that image's ID, and removed again afterwards.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa, execaSync } from 'execa';
import { scanImage } from '../../src/guard.ts';
import { makeSettings } from '../../src/settings.ts';
import { buildFixture, dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { makeTestCa, startRegistry } from '../helpers/registry.ts';

const quiet = { info: () => {}, warn: () => {}, debug: () => {} };
const idOf = (reference: string): string => execaSync('docker', ['image', 'inspect', '--format', '{{.Id}}', reference], { reject: false }).stdout;

describe('booting a registry: image', () => {
  it('pulls the image read, by digest, only when boot asks for it, boots it and removes it', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    await using tmp = await tempFolder('import-guard-registry-boot-');
    const ca = await makeTestCa(tmp.dir);
    const registry = await startRegistry(tmp.dir, ca, 'anonymous');
    t.after(() => registry.stop());
    const context = path.join(tmp.dir, 'app');
    await mkdir(context);
    await writeFile(path.join(context, 'Dockerfile'), `FROM ${PYTHON_IMAGE}\nWORKDIR /srv\nCOPY app.py /srv/app.py\nCMD ["python3", "-m", "app"]\nLABEL run=${process.pid}-${Date.now()}\n`);
    await writeFile(path.join(context, 'app.py'), 'import json\n');
    const built = `import-guard-test/registry-boot:${process.pid}`;
    await buildFixture(context, built);
    const builtId = idOf(built);
    t.after(() => execaSync('docker', ['image', 'rm', builtId], { reject: false }));
    await execa('skopeo', ['copy', '--quiet', ...registry.pushFlags, `docker-daemon:${built}`, `docker://${registry.host}/guard/boot:1`]);
    // The daemon has the image only by what this test pulls from now on.
    execaSync('docker', ['image', 'rm', built]);
    assert.equal(idOf(builtId), '', 'the image is not in the daemon before the run');
    const settings = (boot: string) => makeSettings({ image: `registry:${registry.host}/guard/boot:1`, boot, registryCa: ca.caFile });

    const auto = await scanImage(settings('auto'), quiet);
    assert.deepEqual(auto.boot, { mode: 'none', reason: 'the image is read from a registry, not from the Docker daemon; set boot: import to pull it (by the digest read) and boot it' });
    assert.equal(idOf(builtId), '', 'boot: auto pulls nothing');

    const pulled: string[] = [];
    const report = await scanImage(settings('import'), { ...quiet, info: (message) => void (message.startsWith('Booting') && pulled.push(idOf(builtId))) });
    assert.deepEqual([report.boot?.mode, report.boot && 'ok' in report.boot && report.boot.ok], ['import', true], JSON.stringify(report.boot));
    // The image the boot ran is the one pushed: its ID is its config's digest, which the pull kept.
    assert.deepEqual(pulled, [builtId], 'the image was in the daemon, by the ID built, when the boot started');
    assert.deepEqual(report.findings.filter((finding) => finding.unreported === undefined), []);
    assert.equal(idOf(builtId), '', 'the pulled image was removed after the boot');
  });
});
