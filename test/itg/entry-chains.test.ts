// Entry chains on images built by the engine: a sh/python polyglot on PATH, and a shell script
// that runs a Python launcher that runs `python -m app` with a venv's interpreter. The image's
// own command, run in a container, is the oracle: it boots, or it crashes with the missing module.
import assert from 'node:assert/strict';
import { after, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { buildFixture, dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { cli } from '../helpers/cli.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const built: string[] = [];
after(async () => {
  if (built.length > 0) await execa('docker', ['image', 'rm', '--force', ...built], { stdin: 'ignore', reject: false });
});

/** Builds a variant of a fixture under a tag of this test process. */
async function build(fixture: string, variant: string, buildArgs: Record<string, string> = {}): Promise<string> {
  const tag = `import-guard-test/${fixture}:itg-${variant}-${process.pid}`;
  await buildFixture(fixture, tag, buildArgs);
  built.push(tag);
  return tag;
}

/** Runs the image's own command, without network, and returns its exit code and output. */
async function boot(tag: string): Promise<{ exitCode: number; output: string }> {
  const result = await execa('docker', ['run', '--rm', '--network', 'none', '--name', `ig-entry-chains-${process.pid}-${built.indexOf(tag)}`, tag], { stdin: 'ignore', reject: false, all: true });
  return { exitCode: result.exitCode ?? -1, output: result.all ?? '' };
}

interface Scan {
  code: number;
  stderr: string;
  findings: Array<[string, string, string, number]>;
  entryPoints: string[];
}

async function scan(tag: string): Promise<Scan> {
  const result = await cli(['scan', `docker:${tag}`, '--quiet', '--boot', 'none', '--format', 'json']);
  const json = parseJsonReport(result.stdout);
  return {
    code: result.code,
    stderr: result.stderr,
    findings: json.findings.map((finding) => [finding.severity, finding.module, finding.file, finding.line]),
    entryPoints: json.entryPoints.map((entry) => `${entry.module} (${entry.how})`),
  };
}

async function ready(t: TestContext): Promise<boolean> {
  return dockerReady(t, { images: [PYTHON_IMAGE] });
}

describe('entry chains (images from the engine, the container as the oracle)', () => {
  it('a sh/python polyglot on PATH runs itself as __main__: $0 is its own path', async (t) => {
    if (!(await ready(t))) return;
    const good = await build('entry-polyglot', 'good');
    const broken = await build('entry-polyglot', 'broken', { DROP: 'words.py' });
    assert.deepEqual(await boot(good), { exitCode: 0, output: 'hello world' });
    const crash = await boot(broken);
    assert.equal(crash.exitCode, 1, crash.output);
    assert.match(crash.output, /File "\/usr\/lib\/python3\/dist-packages\/greetpkg\/main\.py", line 2, in <module>\n {4}import greetpkg\.words\nModuleNotFoundError: No module named 'greetpkg\.words'$/);

    const passes = await scan(good);
    assert.deepEqual([passes.code, passes.findings, passes.entryPoints], [0, [], ['/usr/local/bin/greet (python /usr/local/bin/greet)']], passes.stderr);
    const fails = await scan(broken);
    assert.deepEqual([fails.code, fails.findings], [1, [['error', 'greetpkg.words', '/usr/lib/python3/dist-packages/greetpkg/main.py', 2]]], fails.stderr);
  });

  it('follows a shell script to a Python launcher to `python -m app` with the venv interpreter of EnvBuilder.env_exe', async (t) => {
    if (!(await ready(t))) return;
    const good = await build('entry-chain', 'good');
    const broken = await build('entry-chain', 'broken', { DROP: 'handlers.py' });
    assert.deepEqual(await boot(good), { exitCode: 0, output: 'READY' });
    const crash = await boot(broken);
    assert.equal(crash.exitCode, 1, crash.output);
    assert.match(crash.output, /File "\/srv\/app\/server\.py", line 4, in <module>\n {4}import app\.handlers\nModuleNotFoundError: No module named 'app\.handlers'$/);

    // tinyfmt is in the venv only: the app is walked with the venv's sys.path.
    const passes = await scan(good);
    assert.deepEqual([passes.code, passes.findings, passes.entryPoints], [0, [], ['/srv/bin/launch (console script /srv/bin/launch)', 'app (python -m app)']], passes.stderr);
    const fails = await scan(broken);
    assert.deepEqual([fails.code, fails.findings], [1, [['error', 'app.handlers', '/srv/app/server.py', 4]]], fails.stderr);
  });

  it('says where a chain stops when a launcher runs a module it takes from the environment', async (t) => {
    if (!(await ready(t))) return;
    const tag = await build('entry-chain', 'env', { LAUNCHER: 'launch-env' });
    assert.deepEqual(await boot(tag), { exitCode: 0, output: 'READY' });
    const result = await scan(tag);
    // The walk sees the launcher alone: the scan says it checked nothing the launcher runs.
    assert.deepEqual([result.code, result.findings, result.entryPoints], [0, [['warning', '/srv/bin/launch-env', '/srv/bin/launch-env', 1]], ['/srv/bin/launch-env (console script /srv/bin/launch-env)']]);
    assert.equal(
      result.stderr,
      'warning: /srv/bin/launch-env:7 runs subprocess.call(["venv/bin/python", "-m", os.environ["APP_MODULE"]]), whose arguments are not literal: the chain of entry points is not followed past /srv/bin/launch-env\n',
    );
  });
});
