// Signals: Ctrl-C or a CI runner's SIGINT/SIGTERM ends the command line and the Action's main step
// within seconds, at any moment, and a boot's container does not outlive them, not even one whose
// `docker create` is still in flight when the signal comes. Each test looks only at the
// containers of its own run, found by the run label.
import assert from 'node:assert/strict';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { INTERRUPT_CLEANUP_SECONDS } from '../../src/boot/interrupt.ts';
import { RUN_LABEL } from '../../src/boot/runtime.ts';
import { parseCommandFile, ROOT, runStep, startStep } from '../helpers/action-runner.ts';
import { buildFixture, dockerReady, FIXTURES, guardContainers, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';

const SERVICE = 'import-guard-test/boot-service:e2e';
const CLI = path.join(ROOT, 'src', 'cli-main.ts');
/** MODE=silent makes the service sleep for an hour when it is imported: a boot that never ends by itself. */
const SLEEPING_IMPORT = ['scan', `docker:${SERVICE}`, '--boot', 'import', '--env', 'MODE=silent', '--boot-timeout', '300'];

async function ready(t: TestContext): Promise<boolean> {
  if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return false;
  await buildFixture(path.join(FIXTURES, 'boot-service'), SERVICE);
  return true;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The containers of one command-line run: its run id is `local-PID-…`. */
async function cliContainers(pid: number): Promise<string[]> {
  const { stdout } = await execa('docker', ['ps', '--all', '--format', `{{.ID}} {{.Label "${RUN_LABEL}"}}`, '--filter', `label=${RUN_LABEL}`]);
  return stdout.split('\n').filter((line) => line.split(' ')[1]?.startsWith(`local-${pid}-`)).map((line) => line.split(' ')[0]!);
}

async function removeContainers(ids: string[]): Promise<void> {
  if (ids.length > 0) await execa('docker', ['rm', '--force', ...ids], { reject: false });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds = 120): Promise<T> {
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await sleep(100)) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function exists(file: string): Promise<true | undefined> {
  return stat(file).then(
    () => true as const,
    () => undefined,
  );
}

/** The command line in a process group of its own, as a shell runs a foreground job. */
function startCli(args: string[], env: Record<string, string> = {}, nodeOptions: string[] = []) {
  const child = execa(process.execPath, [...nodeOptions, CLI, ...args], { reject: false, detached: true, stdin: 'ignore', env });
  return { child, pid: child.pid! };
}

type Cli = ReturnType<typeof startCli>;

/** Sends `signal` and waits for the process to end: how it ended, and how long that took. */
async function interrupt(cli: Cli, signal: NodeJS.Signals, target: 'process' | 'group' = 'process', waitSeconds = 20): Promise<{ signal: string | undefined; exitCode: number | undefined; stderr: string; ms: number }> {
  const sent = performance.now();
  process.kill(target === 'group' ? -cli.pid : cli.pid, signal);
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([cli.child, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitSeconds * 1000)))]);
  clearTimeout(timer);
  const ms = Math.round(performance.now() - sent);
  if (!ended) {
    process.kill(-cli.pid, 'SIGKILL');
    await cli.child;
    return { signal: undefined, exitCode: undefined, stderr: `still running ${ms} ms after ${signal}`, ms };
  }
  return { signal: ended.signal, exitCode: ended.exitCode, stderr: String(ended.stderr), ms };
}

/**
 * A `docker` first on PATH that runs the real one, but holds `subcommand` for `seconds` first, as
 * a slow or stuck daemon would. While it holds, it ignores SIGINT and SIGTERM: the request is
 * with the daemon, which finishes it whatever happens to the client.
 */
async function slowDocker(dir: string, subcommand: string, seconds: number): Promise<{ path: string; started: string; done: string }> {
  const real = (await execa('sh', ['-c', 'command -v docker'])).stdout.trim();
  const started = path.join(dir, `${subcommand}-started`);
  const done = path.join(dir, `${subcommand}-done`);
  const script = `#!/bin/sh
if [ "$1" = "${subcommand}" ]; then
  trap '' INT TERM
  : > "${started}"
  sleep ${seconds}
  "${real}" "$@"
  status=$?
  : > "${done}"
  exit $status
fi
exec "${real}" "$@"
`;
  await writeFile(path.join(dir, 'docker'), script);
  await chmod(path.join(dir, 'docker'), 0o755);
  return { path: `${dir}:${process.env.PATH ?? ''}`, started, done };
}

describe('signals (command line and Action, real Docker)', () => {
  it('SIGTERM while `docker wait` is in flight: the container is removed and the CLI ends by SIGTERM within seconds', async (t) => {
    if (!(await ready(t))) return;
    const cli = startCli(SLEEPING_IMPORT);
    try {
      await until('the boot to start its container', async () => ((await cliContainers(cli.pid)).length > 0 ? true : undefined));
      // The import sleeps: `docker wait` has been in flight since the container started.
      await sleep(500);
      const ended = await interrupt(cli, 'SIGTERM');
      t.diagnostic(`ended ${ended.ms} ms after SIGTERM`);
      assert.equal(ended.signal, 'SIGTERM', ended.stderr);
      assert.ok(ended.ms < 5000, `ended ${ended.ms} ms after the signal`);
      assert.deepEqual(await cliContainers(cli.pid), [], 'no container of the run is left');
      assert.match(ended.stderr, /SIGTERM: removing the boot's container before exiting/);
    } finally {
      await removeContainers(await cliContainers(cli.pid));
    }
  });

  it("Ctrl-C in a terminal (SIGINT to the whole process group) during a serve boot: the cleanup's docker calls still run", async (t) => {
    if (!(await ready(t))) return;
    const cli = startCli(['scan', `docker:${SERVICE}`, '--boot', 'serve', '--health-path', '/health', '--env', 'MODE=silent', '--boot-timeout', '300']);
    try {
      await until('the boot to start its container', async () => ((await cliContainers(cli.pid)).length > 0 ? true : undefined));
      await sleep(500);
      const ended = await interrupt(cli, 'SIGINT', 'group');
      t.diagnostic(`ended ${ended.ms} ms after SIGINT`);
      assert.equal(ended.signal, 'SIGINT', ended.stderr);
      assert.ok(ended.ms < 5000, `ended ${ended.ms} ms after the signal`);
      assert.deepEqual(await cliContainers(cli.pid), [], 'no container of the run is left');
    } finally {
      await removeContainers(await cliContainers(cli.pid));
    }
  });

  it('SIGTERM while `docker create` is in flight: the cleanup waits for it and removes the container it made', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const docker = await slowDocker(tmp.dir, 'create', 3);
    const cli = startCli(SLEEPING_IMPORT, { PATH: docker.path });
    try {
      await until('docker create to start', () => exists(docker.started));
      const ended = await interrupt(cli, 'SIGTERM');
      t.diagnostic(`ended ${ended.ms} ms after SIGTERM`);
      // Whatever became of the process, the create finishes: only then can a leftover be seen.
      await until('docker create to finish', () => exists(docker.done), 30);
      assert.equal(ended.signal, 'SIGTERM', ended.stderr);
      assert.ok(ended.ms < 3000 + 5000, `ended ${ended.ms} ms after the signal`);
      assert.deepEqual(await cliContainers(cli.pid), [], 'the container the create made after the signal was removed');
    } finally {
      await removeContainers(await cliContainers(cli.pid));
    }
  });

  it('a second signal while the cleanup waits for docker ends the CLI at once', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const docker = await slowDocker(tmp.dir, 'ps', 30);
    const cli = startCli(SLEEPING_IMPORT, { PATH: docker.path });
    try {
      await until('the boot to start its container', async () => ((await cliContainers(cli.pid)).length > 0 ? true : undefined));
      process.kill(cli.pid, 'SIGTERM');
      await until("the cleanup's docker ps to start", () => exists(docker.started), 30);
      const ended = await interrupt(cli, 'SIGINT');
      t.diagnostic(`ended ${ended.ms} ms after the second signal`);
      assert.equal(ended.signal, 'SIGINT', ended.stderr);
      assert.ok(ended.ms < 1000, `ended ${ended.ms} ms after the second signal`);
    } finally {
      await removeContainers(await cliContainers(cli.pid));
    }
  });

  it(`a docker that does not answer the cleanup: the CLI ends after ${INTERRUPT_CLEANUP_SECONDS} s and says how to remove the container`, async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const docker = await slowDocker(tmp.dir, 'ps', 60);
    const cli = startCli(SLEEPING_IMPORT, { PATH: docker.path });
    try {
      await until('the boot to start its container', async () => ((await cliContainers(cli.pid)).length > 0 ? true : undefined));
      const ended = await interrupt(cli, 'SIGTERM', 'process', INTERRUPT_CLEANUP_SECONDS + 20);
      t.diagnostic(`ended ${ended.ms} ms after SIGTERM`);
      assert.equal(ended.signal, 'SIGTERM', ended.stderr);
      assert.ok(ended.ms >= INTERRUPT_CLEANUP_SECONDS * 1000 - 500 && ended.ms < INTERRUPT_CLEANUP_SECONDS * 1000 + 5000, `ended ${ended.ms} ms after the signal`);
      assert.match(ended.stderr, new RegExp(`warning: could not remove the boot's container \\(docker did not answer within ${INTERRUPT_CLEANUP_SECONDS} s\\); remove it with: docker rm --force \\$\\(docker ps --all --quiet --filter label=${RUN_LABEL.replace(/\./g, '\\.')}=local-${cli.pid}-[0-9a-f]{8}\\)$`));
    } finally {
      await removeContainers(await cliContainers(cli.pid));
    }
  });

  it('the Action sent SIGTERM mid-boot removes its container itself; the post step then finds none', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const main = await startStep('index.js', tmp.dir, { 'INPUT_IMAGE': `docker:${SERVICE}`, 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_ENV': 'MODE=silent', 'INPUT_BOOT-TIMEOUT': '300', 'GITHUB_WORKSPACE': path.join(FIXTURES, 'boot-service') }, 'src');
    const runId = await until('the run id in the step state', async () => parseCommandFile(await readFile(path.join(tmp.dir, 'state'), 'utf8'))['boot-run']);
    try {
      await until('the boot to start its container', async () => ((await guardContainers(runId)).length > 0 ? true : undefined));
      const sent = performance.now();
      main.process.kill('SIGTERM');
      const killed = await main.process;
      const ms = Math.round(performance.now() - sent);
      t.diagnostic(`ended ${ms} ms after SIGTERM`);
      assert.equal(killed.signal, 'SIGTERM', String(killed.stdout));
      assert.ok(ms < 5000, `ended ${ms} ms after the signal`);
      assert.deepEqual(await guardContainers(runId), [], 'the main step removed its container');
      assert.match(String(killed.stdout), /SIGTERM: removing the boot's container before exiting/);
      const post = await runStep('post.js', tmp.dir, { 'STATE_boot-run': runId }, 'src');
      assert.equal(post.exitCode, 0, post.stdout);
      assert.doesNotMatch(post.stdout, /removed \d+ container/);
    } finally {
      await removeContainers(await guardContainers(runId));
    }
  });
});

describe('signals during synchronous work (no Docker)', () => {
  it('SIGTERM while the scan is busy in synchronous work ends the CLI at once', async (t) => {
    await using tmp = await tempFolder();
    // From the moment the walk starts, the main thread spins for a minute, as a hostile input can keep a scan busy.
    const busy = path.join(tmp.dir, 'busy.mjs');
    await writeFile(
      busy,
      `const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk, ...rest) => {
  const written = write(chunk, ...rest);
  if (String(chunk).startsWith('Walking imports')) for (const end = Date.now() + 60_000; Date.now() < end; );
  return written;
};
`,
    );
    const cli = startCli(['scan', path.join(ROOT, 'examples/fastapi-service/image'), '--boot', 'none'], {}, ['--import', busy]);
    let stderr = '';
    cli.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await until('the walk to start', () => Promise.resolve(stderr.includes('Walking imports') ? true : undefined), 60);
    const ended = await interrupt(cli, 'SIGTERM');
    t.diagnostic(`ended ${ended.ms} ms after SIGTERM`);
    assert.equal(ended.signal, 'SIGTERM', ended.stderr);
    assert.ok(ended.ms < 2000, `ended ${ended.ms} ms after the signal`);
  });
});
