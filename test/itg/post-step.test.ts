// The Action's post step from its sources, as the runner runs it with the state the main step
// saved: it removes the containers of its own run and no other, and its temporary folder, with
// or without a docker CLI on the runner.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { RUN_LABEL } from '../../src/boot/runtime.ts';
import { runStep } from '../helpers/action-runner.ts';
import { BUSYBOX_IMAGE, dockerReady, guardContainers, TEST_RUN_ID } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';

async function createLabelled(runId: string): Promise<string> {
  return (await execa('docker', ['create', '--label', `${RUN_LABEL}=${runId}`, BUSYBOX_IMAGE, 'sleep', '60'])).stdout.trim();
}

describe('the post step', () => {
  it('removes the containers its run left behind, and no other run’s', async (t) => {
    if (!(await dockerReady(t, { images: [BUSYBOX_IMAGE] }))) return;
    await using tmp = await tempFolder();
    const [ours, other] = [`${TEST_RUN_ID}-post`, `${TEST_RUN_ID}-post-other`];
    const otherId = await createLabelled(other);
    try {
      await createLabelled(ours);
      await createLabelled(ours);
      assert.equal((await guardContainers(ours)).length, 2);
      const post = await runStep('post.js', tmp.dir, { 'STATE_boot-run': ours });
      assert.deepEqual({ exitCode: post.exitCode, stdout: post.stdout }, { exitCode: 0, stdout: 'removed 2 containers the boot left behind' });
      assert.deepEqual(await guardContainers(ours), []);
      assert.deepEqual(await guardContainers(other), [otherId.slice(0, 12)], 'another run’s container stays');
      const again = await runStep('post.js', tmp.dir, { 'STATE_boot-run': ours });
      assert.deepEqual({ exitCode: again.exitCode, stdout: again.stdout }, { exitCode: 0, stdout: '' }, 'nothing left, nothing said');
    } finally {
      await execa('docker', ['rm', '--force', otherId]);
    }
  });

  it('without a docker CLI, says so in a debug line and still removes its temporary folder, the name escaped as the runner reads it', async () => {
    await using tmp = await tempFolder();
    const noDocker = path.join(tmp.dir, 'bin');
    await mkdir(noDocker);
    // A folder name with the characters a workflow command escapes: `%` and a line break.
    const left = path.join(tmp.dir, 'runner-temp', 'import-guard-4242-1 100%\nsure');
    await mkdir(path.join(left, 'import-guard-save-x'), { recursive: true });
    await writeFile(path.join(left, 'import-guard-save-x', 'image.tar'), 'partial');
    const post = await runStep('post.js', tmp.dir, { 'PATH': noDocker, 'STATE_boot-run': `${TEST_RUN_ID}-post-nodocker`, 'STATE_temp-dir': left });
    assert.equal(post.exitCode, 0, post.stdout);
    assert.equal(post.stdout, `::debug::no containers to remove: the docker CLI is not installed\n::debug::removed ${left.replace('%', '%25').replace('\n', '%0A')}`);
    assert.equal(existsSync(left), false);
  });
});
