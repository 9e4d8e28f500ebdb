// The container runtime against the real engine: the import boot reads tracebacks out of a real
// container, and no container is ever left behind, on failure, on timeout, or after a cancelled run.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { applicationFrame } from '../../src/boot/tracebacks.ts';
import { importCheck } from '../../src/boot/import-check.ts';
import { LOG_LIMIT_BYTES } from '../../src/boot/limits.ts';
import { createArgs, removeRunContainers, RUN_LABEL, runContainer } from '../../src/boot/runtime.ts';
import { serveCheck } from '../../src/boot/serve-check.ts';
import { serverLoadErrors } from '../../src/boot/server-errors.ts';
import { buildFixture, dockerReady, FIXTURES, PYTHON_IMAGE } from '../helpers/docker.ts';

async function containersOf(runId: string): Promise<string[]> {
  const { stdout } = await execa('docker', ['ps', '--all', '--quiet', '--filter', `label=${RUN_LABEL}=${runId}`]);
  return stdout.split('\n').filter(Boolean);
}

describe('booting the image in a real container', () => {
  it('imports each entry module with the image’s interpreter, reads the traceback of each failure, and removes the container', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const tag = 'import-guard-test/guard-removed-after-copy:e2e';
    await buildFixture(path.join(FIXTURES, 'guard-removed-after-copy'), tag);
    const runId = `test-import-${process.pid}`;
    const check = await importCheck(tag, '/usr/bin/python3', [{ module: 'json' }, { module: 'app.main' }, { module: 'app.missing_too' }, { module: 'json', attr: 'nothing_here' }], { runId, timeoutSeconds: 60, front: ['/srv'] });
    assert.equal(check.container.exitCode, 1, check.container.logs);
    assert.equal(check.container.timedOut, false);
    assert.deepEqual(check.failures.map((failure) => [failure.target, failure.traceback?.exception, failure.traceback?.message]), [
      ['app.main', 'ModuleNotFoundError', "No module named 'app.plugins'"],
      ['app.missing_too', 'ModuleNotFoundError', "No module named 'app.missing_too'"],
      ['json:nothing_here', 'AttributeError', "module 'json' has no attribute 'nothing_here'"],
    ]);
    assert.deepEqual(applicationFrame(check.failures[0]!.traceback!, (file) => file.startsWith('/srv/')), { file: '/srv/app/main.py', line: 2, function: '<module>' });
    assert.deepEqual(await containersOf(runId), [], 'no container left');
  });

  it('stops and removes a container that outlives the timeout', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const runId = `test-timeout-${process.pid}`;
    const result = await runContainer(PYTHON_IMAGE, { entrypoint: '/bin/sleep', command: ['60'], timeoutSeconds: 2, runId });
    assert.deepEqual([result.exitCode, result.timedOut], [null, true]);
    assert.ok(result.seconds < 30, `took ${result.seconds} s`);
    assert.deepEqual(await containersOf(runId), []);
  });

  it('runs with no network, limits and no new privileges', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const runId = `test-limits-${process.pid}`;
    const probe = 'import os, socket; print(sorted(socket.if_nameindex()), open("/sys/fs/cgroup/pids.max").read().strip() if os.path.exists("/sys/fs/cgroup/pids.max") else open("/sys/fs/cgroup/pids/pids.max").read().strip())';
    const result = await runContainer(PYTHON_IMAGE, { entrypoint: '/usr/bin/python3', command: ['-c', probe], timeoutSeconds: 60, runId, pids: 99 });
    assert.equal(result.exitCode, 0, result.logs);
    assert.match(result.logs, /^\[\(1, 'lo'\)\] 99$/m, 'only the loopback interface, and the pids limit');
  });

  it('passes the user\'s variables in an env file, on no command line, and the image\'s own on the command line; the user\'s win', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const runId = `test-env-${process.pid}`;
    const secret = 'value-with spaces=and-equals "quoted" #not-a-comment';
    const probe = 'import os; print(repr(os.environ["GUARD_SECRET"]), repr(os.environ["FROM_IMAGE"]), os.environ["BOTH"], os.getcwd())';
    const options = { env: { FROM_IMAGE: 'two\nlines', BOTH: 'image' }, secretEnv: { GUARD_SECRET: secret, BOTH: 'user' }, timeoutSeconds: 60, runId };
    const result = await runContainer(PYTHON_IMAGE, { entrypoint: '/usr/bin/python3', command: ['-c', probe], workdir: '/tmp', ...options });
    assert.equal(result.logs.trim(), `'${secret}' 'two\\nlines' user /tmp`);
    const args = createArgs(PYTHON_IMAGE, options);
    assert.ok(!args.some((arg) => arg.includes(secret) || arg.includes('BOTH')), args.join(' '));
    assert.ok(args.includes('FROM_IMAGE=two\nlines'));
  });

  it('a container that floods its log: the daemon keeps and the guard reads only its last MiB, with the end intact', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const runId = `test-flood-${process.pid}`;
    // About 100 MB of 64 KiB lines, then the line that matters.
    const probe = 'import sys\nline = "x" * 65535 + "\\n"\nfor _ in range(1500): sys.stdout.write(line)\nsys.stdout.flush()\nprint("the last line")';
    const result = await runContainer(PYTHON_IMAGE, { entrypoint: '/usr/bin/python3', command: ['-c', probe], timeoutSeconds: 120, runId });
    assert.equal(result.exitCode, 0, result.logs.slice(-500));
    assert.ok(result.logs.length <= LOG_LIMIT_BYTES + 200, `${result.logs.length} characters read`);
    assert.match(result.logs, /^\[import-guard: the first \d+ characters of the log were left out; its last 1024 KiB follow\]\n|^x/);
    assert.ok(result.logs.endsWith('the last line'), result.logs.slice(-100));
    assert.deepEqual(await containersOf(runId), []);
  });

  it('reads the one-line load errors of uvicorn and gunicorn, which come with no traceback', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    await buildFixture(path.join(FIXTURES, 'boot-service'), 'import-guard-test/boot-service:e2e');
    const runId = `test-servers-${process.pid}`;
    const read = async (command: string[]): Promise<Array<[string, string]>> => {
      const result = await runContainer('import-guard-test/boot-service:e2e', { command, timeoutSeconds: 60, runId });
      assert.notEqual(result.exitCode, 0, result.logs);
      return serverLoadErrors(result.logs).map((error) => [error.exception, error.message]);
    };
    assert.deepEqual(await read(['python3', '-m', 'uvicorn', 'nosuch:app']), [['ModuleNotFoundError', "No module named 'nosuch'"]]);
    assert.deepEqual(await read(['python3', '-m', 'uvicorn', 'service:nothing']), [['AttributeError', "module 'service' has no attribute 'nothing'"]]);
    assert.deepEqual(await read(['gunicorn', 'service:nothing']), [['AttributeError', "module 'service' has no attribute 'nothing'"]]);
    // A module gunicorn cannot import comes with a traceback, which the traceback reader reads.
    assert.deepEqual(await read(['gunicorn', 'nosuch:app']), []);
    assert.deepEqual(await containersOf(runId), []);
  });

  it('removes what a cancelled run left behind, by its label', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const runId = `test-cancelled-${process.pid}`;
    await execa('docker', ['create', '--label', `${RUN_LABEL}=${runId}`, PYTHON_IMAGE, 'sleep', '60']);
    await execa('docker', ['create', '--label', `${RUN_LABEL}=${runId}`, PYTHON_IMAGE, 'sleep', '60']);
    assert.equal((await containersOf(runId)).length, 2);
    assert.equal(await removeRunContainers(runId), 2);
    assert.deepEqual(await containersOf(runId), []);
    assert.equal(await removeRunContainers(runId), 0);
  });
});

describe('serving the image in a real container', () => {
  const tag = 'import-guard-test/boot-service:e2e';
  async function ready(t: TestContext): Promise<boolean> {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return false;
    await buildFixture(path.join(FIXTURES, 'boot-service'), tag);
    return true;
  }

  it('is ready when the health path answers 2xx through the published port', async (t) => {
    if (!(await ready(t))) return;
    const runId = `test-serve-path-${process.pid}`;
    const result = await serveCheck(tag, { port: 8000, healthPath: '/health', timeoutSeconds: 60, runId });
    assert.deepEqual([result.verdict, result.readyBy], ['ready', 'health-path'], result.logs);
    assert.match(result.logs, /Uvicorn running on http:\/\/0\.0\.0\.0:8000/);
    assert.deepEqual(await containersOf(runId), []);
  });

  it("is ready when the image's own HEALTHCHECK says healthy, with no health path", async (t) => {
    if (!(await ready(t))) return;
    const runId = `test-serve-healthcheck-${process.pid}`;
    const result = await serveCheck(tag, { timeoutSeconds: 60, runId });
    assert.deepEqual([result.verdict, result.readyBy], ['ready', 'healthcheck'], result.logs);
    assert.deepEqual(await containersOf(runId), []);
  });

  it('fails at once when the process exits, with its status and log', async (t) => {
    if (!(await ready(t))) return;
    const runId = `test-serve-exit-${process.pid}`;
    const result = await serveCheck(tag, { port: 8000, healthPath: '/health', env: { MODE: 'exit' }, timeoutSeconds: 60, runId });
    assert.deepEqual([result.verdict, result.exitCode], ['exited', 1], result.logs);
    assert.match(result.logs, /configuration missing: DATABASE_URL is not set/);
    assert.ok(result.seconds < 30, `${result.seconds} s`);
    assert.deepEqual(await containersOf(runId), []);
  });

  it('times out when the service never answers, and removes the container', async (t) => {
    if (!(await ready(t))) return;
    const runId = `test-serve-silent-${process.pid}`;
    const waits: number[] = [];
    const result = await serveCheck(tag, { port: 8000, healthPath: '/health', env: { MODE: 'silent' }, timeoutSeconds: 4, runId, onWait: (seconds) => waits.push(seconds), waitEverySeconds: 1 });
    assert.equal(result.verdict, 'timeout', result.logs);
    // Each second of waiting is told once, in order (a slow look may pass over one).
    assert.ok(waits.length >= 3 && waits.every((seconds, index) => Number.isInteger(seconds) && seconds >= 1 && seconds <= 4 && (index === 0 || seconds > waits[index - 1]!)), `progress while it waits: ${waits.join(', ')}`);
    assert.ok(result.seconds >= 4 && result.seconds < 30, `${result.seconds} s`);
    assert.deepEqual(await containersOf(runId), []);
  });
});
