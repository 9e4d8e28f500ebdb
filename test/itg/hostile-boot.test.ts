// An image controls what runs inside its container, never what runs on the host: the variables
// its command exports (PATH, DOCKER_HOST) reach the booted container and no host process.
import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execaSync } from 'execa';
import { scanImage } from '../../src/guard.ts';
import { makeSettings } from '../../src/settings.ts';
import { runStep } from '../helpers/action-runner.ts';
import { buildFixture, dockerReady, guardContainers, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { bootOf, readJsonReport } from '../helpers/json-report.ts';

describe('an image that exports PATH and DOCKER_HOST (bundled Action, real engine)', () => {
  it('boots with those variables in the container, runs the runner\'s own docker, and talks to the runner\'s own daemon', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    await using tmp = await tempFolder();
    // A daemon address the image points the docker CLI at: nothing may connect to it.
    const connections: string[] = [];
    const trap = net.createServer((socket) => {
      socket.once('data', (data) => connections.push(data.toString('latin1').split('\r\n')[0]!));
      socket.destroy();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    t.after(() => trap.close());
    const dockerHost = `tcp://127.0.0.1:${(trap.address() as net.AddressInfo).port}`;

    const context = path.join(tmp.dir, 'image');
    await mkdir(context);
    await writeFile(path.join(context, 'Dockerfile'), [
      `FROM ${PYTHON_IMAGE}`,
      'WORKDIR /srv',
      'COPY app.py /srv/app.py',
      `CMD ["sh", "-c", "export PATH=tools:$PATH; export DOCKER_HOST=${dockerHost}; exec python3 -m app"]`,
      '',
    ].join('\n'));
    // The import boot fails unless the container got the variables the command exports.
    await writeFile(path.join(context, 'app.py'), `import os\nassert os.environ["PATH"].startswith("tools:"), os.environ["PATH"]\nassert os.environ["DOCKER_HOST"] == ${JSON.stringify(dockerHost)}\n`);
    const tag = `import-guard-test/hostile-path:${process.pid}`;
    await buildFixture(context, tag);
    t.after(() => execaSync('docker', ['image', 'rm', tag], { reject: false }));

    // The workspace the step runs in holds a `tools/docker` that tells on itself if it is run.
    const workspace = path.join(tmp.dir, 'workspace');
    const ranOnHost = path.join(workspace, 'ran-on-host');
    await mkdir(path.join(workspace, 'tools'), { recursive: true });
    await writeFile(path.join(workspace, 'tools', 'docker'), `#!/bin/sh\nenv > ${JSON.stringify(ranOnHost)}\nexit 1\n`);
    await chmod(path.join(workspace, 'tools', 'docker'), 0o755);

    const step = await runStep('index.js', workspace, { 'INPUT_IMAGE': `docker:${tag}`, 'INPUT_BOOT': 'import', 'INPUT_GITHUB-TOKEN': 'ghs_not_for_the_image', 'INPUT_ENV': 'GUARD_SECRET=never-on-a-command-line' });
    assert.equal(existsSync(ranOnHost), false, `the workspace's tools/docker ran on the host:\n${existsSync(ranOnHost) ? await readFile(ranOnHost, 'utf8') : ''}`);
    assert.deepEqual(connections, [], 'the docker CLI talked to the address the image exported');
    assert.equal(step.exitCode, 0, step.stdout);
    const report = await readJsonReport(step.outputs['report-json']!);
    assert.deepEqual([bootOf(report).mode, bootOf(report).ok], ['import', true], bootOf(report).outcome);
    assert.deepEqual(await guardContainers(), [], 'the boot left no container behind');
  });

  it('boots the image it read, by ID, even when its tag is moved to another image in between', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    await using tmp = await tempFolder();
    const build = async (name: string, source: string): Promise<string> => {
      const context = path.join(tmp.dir, name);
      await mkdir(context);
      await writeFile(path.join(context, 'Dockerfile'), `FROM ${PYTHON_IMAGE}\nWORKDIR /srv\nCOPY . /srv\nCMD ["python3", "-m", "app"]\n`);
      await writeFile(path.join(context, 'app.py'), source);
      const tag = `import-guard-test/moved-${name}:${process.pid}`;
      await buildFixture(context, tag);
      t.after(() => execaSync('docker', ['image', 'rm', tag], { reject: false }));
      return tag;
    };
    const read = await build('read', 'import json\n');
    // The image the tag is moved to would fail its boot.
    const other = await build('other', 'import not_installed_anywhere\n');
    // Once the tag moves, the image read is named by its ID alone.
    const readId = execaSync('docker', ['image', 'inspect', '--format', '{{.Id}}', read]).stdout;
    t.after(() => execaSync('docker', ['image', 'rm', readId], { reject: false }));
    const moveTag = (message: string): void => {
      if (message.startsWith('Walking imports')) execaSync('docker', ['tag', other, read]);
    };
    const report = await scanImage(makeSettings({ image: `docker:${read}`, boot: 'import' }), { info: moveTag, warn: () => {}, debug: () => {} });
    assert.equal(execaSync('docker', ['image', 'inspect', '--format', '{{.Id}}', read]).stdout, execaSync('docker', ['image', 'inspect', '--format', '{{.Id}}', other]).stdout, 'the tag was moved before the boot');
    assert.deepEqual([report.boot?.mode, report.boot && 'ok' in report.boot && report.boot.ok], ['import', true], JSON.stringify(report.boot));
    assert.deepEqual(report.findings.filter((finding) => finding.unreported === undefined), []);
  });

  it('loads an archive for its boot without moving a tag the runner has, and removes what it loaded', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    await using tmp = await tempFolder();
    const idOf = (reference: string): string => execaSync('docker', ['image', 'inspect', '--format', '{{.Id}}', reference], { reject: false }).stdout;
    // The runner's own image, under a tag the archive will claim too.
    const victim = `import-guard-test/runner-own:${process.pid}`;
    execaSync('docker', ['tag', PYTHON_IMAGE, victim]);
    t.after(() => execaSync('docker', ['image', 'rm', victim], { reject: false }));
    const context = path.join(tmp.dir, 'archive');
    await mkdir(context);
    await writeFile(path.join(context, 'Dockerfile'), `FROM ${PYTHON_IMAGE}\nWORKDIR /srv\nCOPY app.py /srv/app.py\nCMD ["python3", "-m", "app"]\nLABEL run=${process.pid}-${Date.now()}\n`);
    await writeFile(path.join(context, 'app.py'), 'import json\n');
    const built = `import-guard-test/archive-source:${process.pid}`;
    await buildFixture(context, built);
    const archiveId = idOf(built);
    // An archive whose manifest names the runner's tag, and an image the daemon then no longer has.
    execaSync('docker', ['tag', built, victim]);
    const archive = path.join(tmp.dir, 'image.tar');
    execaSync('docker', ['image', 'save', '--output', archive, victim]);
    execaSync('docker', ['tag', PYTHON_IMAGE, victim]);
    execaSync('docker', ['image', 'rm', built]);
    assert.equal(idOf(archiveId), '', 'the archive\'s image is not in the daemon before the boot');
    const report = await scanImage(makeSettings({ image: `docker-archive:${archive}`, boot: 'import' }), { info: () => {}, warn: () => {}, debug: () => {} });
    assert.deepEqual([report.boot?.mode, report.boot && 'ok' in report.boot && report.boot.ok], ['import', true], JSON.stringify(report.boot));
    assert.equal(idOf(victim), idOf(PYTHON_IMAGE), 'the runner\'s tag still names its own image');
    assert.equal(idOf(archiveId), '', 'the loaded image was removed after the boot');
  });
});
