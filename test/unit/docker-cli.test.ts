// What the host's docker CLI is given: its binary from the runner's PATH alone, an environment
// without the job's inputs, and a container's variables on its command line or in an env file.
import assert from 'node:assert/strict';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LOG_LIMIT_BYTES } from '../../src/boot/limits.ts';
import { createArgs, envFileText, keptLogEnd } from '../../src/boot/runtime.ts';
import { dockerEnvironment, findExecutable } from '../../src/docker-cli.ts';
import { tempFolder } from '../helpers/layouts.ts';

describe('the docker binary', () => {
  it('is the first executable on the absolute folders of PATH; relative folders, which resolve in the checkout, are skipped', async () => {
    await using tmp = await tempFolder();
    const write = async (folder: string, mode: number): Promise<string> => {
      await mkdir(path.join(tmp.dir, folder), { recursive: true });
      const file = path.join(tmp.dir, folder, 'docker');
      await writeFile(file, '#!/bin/sh\n');
      await chmod(file, mode);
      return file;
    };
    await write('tools', 0o755);
    await write('not-executable', 0o644);
    const runner = await write('runner-bin', 0o755);
    const cwd = process.cwd();
    process.chdir(tmp.dir);
    try {
      const searched = ['tools', '', './tools', path.join(tmp.dir, 'nowhere'), path.join(tmp.dir, 'not-executable'), path.join(tmp.dir, 'runner-bin')].join(path.delimiter);
      assert.equal(findExecutable('docker', searched), runner);
      assert.equal(findExecutable('docker', `tools${path.delimiter}`), undefined);
      assert.equal(findExecutable('docker', undefined), undefined);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("the docker CLI's environment", () => {
  it("keeps the runner's variables and drops the Action's inputs and the runner's tokens", () => {
    const env = dockerEnvironment({ 'PATH': '/usr/bin', 'HOME': '/root', 'DOCKER_CONFIG': '/root/.docker', 'INPUT_GITHUB-TOKEN': 'ghs_x', 'INPUT_ENV': 'A=1', 'GITHUB_TOKEN': 'ghs_y', 'ACTIONS_RUNTIME_TOKEN': 'z', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN': 'w', 'GITHUB_WORKSPACE': '/w' });
    assert.deepEqual(env, { PATH: '/usr/bin', HOME: '/root', DOCKER_CONFIG: '/root/.docker', GITHUB_WORKSPACE: '/w' });
  });
});

describe("a container's variables", () => {
  const base = { timeoutSeconds: 1, runId: 'r' };

  it("the image's own go on the command line; the user's only through the env file, and win over the image's", () => {
    const args = createArgs('img', { ...base, env: { PATH: 'tools:/usr/bin', SHARED: 'image' }, secretEnv: { SHARED: 'user', TOKEN: 's3cret' }, envFile: '/tmp/x/boot.env' });
    assert.deepEqual(args.slice(args.indexOf('--env-file')), ['--env-file', '/tmp/x/boot.env', '--env', 'PATH=tools:/usr/bin', '--', 'img']);
    assert.ok(!args.some((arg) => arg.includes('s3cret') || arg.includes('SHARED')));
  });

  it('the env file holds NAME=value lines taken literally, and refuses a line break a value cannot carry there', () => {
    assert.equal(envFileText({ A: ' spaced "quoted" #x', B: '' }), 'A= spaced "quoted" #x\nB=\n');
    assert.throws(() => envFileText({ A: 'one\ntwo' }), /the value of A holds a line break/);
  });

  it('the log is limited at the daemon, and the CPU too', () => {
    const args = createArgs('img', base);
    assert.deepEqual(args.slice(args.indexOf('--log-driver'), args.indexOf('--log-driver') + 6), ['--log-driver', 'json-file', '--log-opt', `max-size=${LOG_LIMIT_BYTES / 2048}k`, '--log-opt', 'max-file=2']);
    assert.equal(args[args.indexOf('--cpus') + 1], '1');
  });
});

describe("the container's log as read", () => {
  it('keeps its last LOG_LIMIT_BYTES from a line start, saying how much was left out', () => {
    assert.equal(keptLogEnd('short\nlog\n'), 'short\nlog\n');
    const line = `${'x'.repeat(99)}\n`;
    const log = line.repeat(Math.ceil((3 * LOG_LIMIT_BYTES) / line.length)) + 'Traceback (most recent call last):\nKeyError: 1\n';
    const tail = keptLogEnd(log);
    assert.ok(tail.length <= LOG_LIMIT_BYTES + 200, String(tail.length));
    assert.ok(tail.endsWith('Traceback (most recent call last):\nKeyError: 1\n'));
    const [notice, first] = tail.split('\n');
    assert.match(notice!, /^\[import-guard: the first \d+ characters of the log were left out; its last 1024 KiB follow\]$/);
    assert.equal(first, 'x'.repeat(99), 'the tail starts at a line');
  });
});
