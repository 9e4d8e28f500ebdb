import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI_OPTIONS } from '../../src/cli.ts';
import { parseSource } from '../../src/image/source.ts';
import { makeSettings } from '../../src/settings.ts';
import { cli } from '../helpers/cli.ts';
import { ROOT } from '../helpers/action-runner.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';

async function sampleArchive(dir: string): Promise<string> {
  const file = path.join(dir, 'image.tar');
  const layer = gzip(tar([{ name: 'app/main.py', content: 'print(1)\n' }, { name: 'app/lib', type: 'symlink', linkName: '/usr/lib' }]));
  await writeFile(file, layoutTar(ociLayout([{ layers: [layer], config: { Env: ['A=1'], Entrypoint: ['python'], Cmd: ['-m', 'app'], WorkingDir: '/app', ExposedPorts: { '8080/tcp': {} } } }])));
  return file;
}

describe('import-guard inspect', () => {
  it('prints the configuration, layers and path counts', async () => {
    await using tmp = await tempFolder();
    const result = await cli(['inspect', await sampleArchive(tmp.dir)]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Entrypoint +\["python"\]/);
    assert.match(result.stdout, /Cmd +\["-m","app"\]/);
    assert.match(result.stdout, /WorkingDir +\/app/);
    assert.match(result.stdout, /ExposedPorts 8080\/tcp/);
    assert.match(result.stdout, /Layers +1\n +1\. gzip/);
    assert.match(result.stdout, /Paths +3 \(1 dir, 1 file, 1 symlink\)/);
    assert.match(result.stdout, /Python +no Python interpreter found: the image's command is \["python","-m","app"\] and PATH holds no python3/);
    assert.match(result.stderr, /reading layer 1\/1/, 'progress goes to stderr');
  });

  it('prints JSON with --json and no progress with --quiet', async () => {
    await using tmp = await tempFolder();
    const result = await cli(['inspect', '--json', '--quiet', `oci-archive:${await sampleArchive(tmp.dir)}`]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout) as { source: { kind: string }; config: { env: string[] }; layers: Array<{ format: string }>; paths: { total: number } };
    assert.equal(report.source.kind, 'oci-archive');
    assert.deepEqual(report.config.env, ['A=1']);
    assert.equal(report.layers[0]!.format, 'gzip');
    assert.equal(report.paths.total, 3);
  });

  it('reports input problems in one line with exit status 2, no stack trace', async () => {
    for (const args of [['inspect', '/nonexistent.tar', '--platform', 'linux'], ['inspect', 'docker-archive:/nonexistent.tar'], ['inspect'], ['frobnicate', 'x'], ['inspect', '--bogus', 'x']]) {
      const result = await cli(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /^import-guard: /, args.join(' '));
      assert.doesNotMatch(result.stderr, /\n\s+at /, `no stack trace for ${args.join(' ')}`);
    }
    assert.match((await cli(['inspect', 'x', '--platform', 'linux'])).stderr, /platform "linux" is not of the form os\/arch\[\/variant\]/);
  });

  it("shows the Python the image's command starts, with its sys.path", async () => {
    const result = await cli(['inspect', '--quiet', 'examples/fastapi-service/image']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Python +3\.12 \/usr\/local\/bin\/python3\.12 \(python\.org layout, prefix \/usr\/local\)/);
    assert.match(result.stdout, /chosen +the image's command runs \/usr\/local\/bin\/gunicorn, a script for \/usr\/local\/bin\/python3\.12/);
    assert.match(result.stdout, /\/usr\/local\/lib\/python3\.12\/site-packages +site/);
  });

  it('shows the import hooks .pth files install: the distutils redirect and editable installs', async () => {
    await using tmp = await tempFolder();
    const site = 'usr/local/lib/python3.12/site-packages';
    const layer = tar([
      { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
      { name: 'usr/local/lib/python3.12/os.py', content: '' },
      { name: `${site}/distutils-precedence.pth`, content: "import os; var = 'SETUPTOOLS_USE_DISTUTILS'; enabled = os.environ.get(var, 'local') == 'local'; enabled and __import__('_distutils_hack').add_shim(); \n" },
      { name: `${site}/__editable__.demo-1.0.pth`, content: 'import __editable___demo_1_0_finder; __editable___demo_1_0_finder.install()\n' },
      { name: `${site}/__editable___demo_1_0_finder.py`, content: "MAPPING = {'demo': '/checkout/src/demo'}\nNAMESPACES = {}\n" },
    ]);
    const file = path.join(tmp.dir, 'hooks.tar');
    await writeFile(file, layoutTar(ociLayout([{ layers: [layer], config: { Env: ['PATH=/usr/local/bin'], Cmd: ['python3.12', '-m', 'demo'] } }])));
    const result = await cli(['inspect', '--quiet', file]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /redirect +import distutils loads setuptools\._distutils/);
    assert.match(result.stdout, /editable +demo -> \/checkout\/src\/demo/);
    assert.match(result.stdout, /\.pth code +\/usr\/local\/lib\/python3\.12\/site-packages\/__editable__\.demo-1\.0\.pth:1/);
  });

  it('prints help', async () => {
    const result = await cli(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /import-guard scan SOURCE/);
    assert.match(result.stdout, /import-guard inspect SOURCE/);
  });
});

describe('source forms', () => {
  it('recognizes scheme prefixes as syft and skopeo users write them', () => {
    assert.deepEqual(parseSource('docker:my/app:1.2'), { kind: 'docker', location: 'my/app:1.2' });
    assert.deepEqual(parseSource('docker-archive:./image.tar'), { kind: 'docker-archive', location: './image.tar' });
    assert.deepEqual(parseSource('oci-dir:out/oci'), { kind: 'oci-dir', location: 'out/oci' });
    assert.deepEqual(parseSource('oci:out/oci'), { kind: 'oci-dir', location: 'out/oci' });
    assert.deepEqual(parseSource('oci-archive:x.tar'), { kind: 'oci-archive', location: 'x.tar' });
    assert.deepEqual(parseSource('dir:/rootfs'), { kind: 'dir', location: '/rootfs' });
  });

  it('leaves registry references and plain paths to auto-detection', () => {
    assert.deepEqual(parseSource('localhost:5000/app:dev'), { kind: 'auto', location: 'localhost:5000/app:dev' });
    assert.deepEqual(parseSource('ghcr.io/org/app@sha256:abc'), { kind: 'auto', location: 'ghcr.io/org/app@sha256:abc' });
    assert.deepEqual(parseSource('image.tar'), { kind: 'auto', location: 'image.tar' });
  });

  it('refuses an empty source or an empty location after a prefix', () => {
    assert.throws(() => parseSource('  '), /image source is empty; expected docker:REF/);
    assert.throws(() => parseSource('docker-archive:'), /names no path after "docker-archive:"/);
    assert.throws(() => makeSettings({ image: '' }), /image is required/);
  });
});

describe('import-guard scan', () => {
  const example = ['examples/fastapi-service/image', '--repo', 'examples/fastapi-service', '--quiet'];

  it('reports the example\'s missing monitoring package with its chain, and exits 1', async () => {
    const result = await cli(['scan', ...example]);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^import-guard FAIL: 1 error, 0 warnings, 0 notices \(fails on error\)\n/);
    assert.ok(
      result.stdout.includes(
        [
          'error   netra_backend/app/middleware/gcp_auth_context_middleware.py:23:1  netra_backend.app.services.monitoring is missing from the image',
          "        ModuleNotFoundError: No module named 'netra_backend.app.services.monitoring'",
          '        origin: first-party; cause: excluded by `.dockerignore` line 8: `**/monitoring/`',
          '        Lost in packaging: the checkout has this module, the image does not',
          '        chain: netra_backend.app.main',
          '          -> netra_backend/app/main.py:3 imports netra_backend.app.middleware.gcp_auth_context_middleware',
          '          -> netra_backend/app/middleware/gcp_auth_context_middleware.py:23 imports netra_backend.app.services.monitoring',
        ].join('\n'),
      ),
      result.stdout,
    );
    assert.ok(!result.stdout.includes('\u001b['), 'no colour when not on a terminal');
  });

  it('exits 0 when --fail-on is above every finding, and prints JSON, SARIF and workflow commands', async () => {
    const never = await cli(['scan', ...example, '--fail-on', 'never', '--format', 'json']);
    assert.equal(never.code, 0);
    const json = JSON.parse(never.stdout) as { result: string; counts: Record<string, number>; findings: Array<{ module: string; reported: boolean }> };
    assert.equal(json.result, 'pass');
    assert.deepEqual(json.counts, { error: 1, warning: 0, notice: 0, unreported: 2 });
    assert.deepEqual(json.findings.map((finding) => [finding.module, finding.reported]), [['netra_backend.app.services.monitoring', true], ['starlette.requests', false], ['starlette.responses', false]]);
    const sarif = JSON.parse((await cli(['scan', ...example, '--format', 'sarif'])).stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.deepEqual([sarif.version, sarif.runs[0]!.results.map((result) => result.ruleId)], ['2.1.0', ['missing-module', 'missing-module', 'missing-module']]);
    const github = await cli(['scan', ...example, '--format', 'github']);
    assert.equal(github.code, 1);
    assert.deepEqual(
      github.stdout.split('\n').map((line) => line.slice(0, line.indexOf('::', 2))),
      ['::error file=.dockerignore,line=8,col=1,title=This line leaves netra_backend.app.services.monitoring out of the image', '::error file=netra_backend/app/middleware/gcp_auth_context_middleware.py,line=23,col=1,title=netra_backend.app.services.monitoring is missing from the image', ''],
    );
    assert.match(github.stdout, /line=8,col=1,[^:]*::`\*\*\/monitoring\/` leaves netra_backend\/app\/services\/monitoring\/ out of the build context/);
  });

  it('takes entry points from --entrypoint, and --ignore keeps a module out of the verdict', async () => {
    const routesOnly = await cli(['scan', ...example, '--entrypoint', 'netra_backend.app.routes.health', '--format', 'json']);
    assert.equal(routesOnly.code, 0, routesOnly.stderr);
    assert.deepEqual((JSON.parse(routesOnly.stdout) as { entryPoints: Array<{ module: string }> }).entryPoints.map((entry) => entry.module), ['netra_backend.app.routes.health']);
    const ignored = await cli(['scan', ...example, '--ignore', 'netra_backend.app.services.*', '--format', 'json']);
    assert.equal(ignored.code, 0, ignored.stderr);
    assert.equal((JSON.parse(ignored.stdout) as { findings: Array<{ unreported?: string }> }).findings[0]!.unreported, 'ignored');
  });

  it('names the bad flag value and the expected form, exit 2', async () => {
    for (const [args, message] of [
      [['--format', 'xml'], /--format is "xml"; expected one of text, json, sarif, github/],
      [['--fail-on', 'fatal'], /fail-on is "fatal"; expected one of error, warning, notice, never/],
      [['--path-map', 'srv=.'], /path-map line "srv=\." is not of the form \/image\/folder=repository\/folder/],
      [['--ignore', 'a/b'], /ignore pattern "a\/b" is not a module glob/],
      [['--entrypoints-file', 'no-such-file'], /cannot read --entrypoints-file no-such-file/],
      [['--target', 'prod'], /target "prod" is not a stage of Dockerfile; it names no stage \(FROM image AS name\)/],
      [['--boot', 'run'], /boot is "run"; expected one of auto, import, serve, none/],
      [['--health-path', '/health'], /health-path is used by boot: serve, and boot is auto; set boot: serve/],
      [['--boot', 'serve', '--port', 'http'], /port is "http"; expected the container port/],
      [['--boot-timeout=-1'], /boot-timeout is "-1"; expected a number of seconds above 0/],
      [['--env', 'A B=1'], /env line 1: "A B" is not a variable name; write NAME=value/],
      [['--boot-env-file', 'no-such.env'], /cannot read env-file no-such.env: no such file/],
      [['--env-file=app.env'], /--env-file is an option of Node itself, which read it before import-guard started .*; variables for the booted container are given with --boot-env-file FILE/],
    ] as const) {
      const result = await cli(['scan', ...example, ...args]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
    }
  });

  it('says what the image runs when no entry point can be derived, and asks for --entrypoint', async () => {
    await using tmp = await tempFolder();
    const noPython = await cli(['scan', '--quiet', await sampleArchive(tmp.dir)]);
    assert.equal(noPython.code, 2);
    assert.match(noPython.stderr, /no Python interpreter found/);
    const file = path.join(tmp.dir, 'node.tar');
    const layer = tar([
      { name: 'usr/bin/python3.11', content: 'ELF', mode: 0o755 },
      { name: 'usr/bin/python3', type: 'symlink', linkName: 'python3.11' },
      { name: 'usr/lib/python3.11/os.py', content: '' },
      { name: 'usr/bin/node', content: 'ELF', mode: 0o755 },
    ]);
    await writeFile(file, layoutTar(ociLayout([{ layers: [layer], config: { Cmd: ['node', 'server.js'], WorkingDir: '/srv' } }])));
    const result = await cli(['scan', '--quiet', file]);
    assert.equal(result.code, 2, result.stderr);
    assert.equal(result.stderr, 'import-guard: the image\'s command ["node","server.js"] starts no Python entry point the guard recognizes; list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)\n');
    const given = await cli(['scan', '--quiet', file, '--entrypoint', 'app.main', '--format', 'json']);
    assert.equal(given.code, 1, given.stderr);
    assert.deepEqual((JSON.parse(given.stdout) as { findings: Array<{ message: string }> }).findings.map((finding) => finding.message), ["entrypoints input loads app.main, but: No module named 'app'"]);
  });
});

describe('the command line and Node', () => {
  /** Runs the bundled CLI as `node dist/cli.js ARGS`; whether Node ran the code a NODE_OPTIONS in `envFile` asks for. */
  async function nodeRanEnvFile(args: (envFile: string) => string[]): Promise<{ ran: boolean; code: number | null }> {
    await using tmp = await tempFolder();
    const marker = path.join(tmp.dir, 'ran');
    const script = path.join(tmp.dir, 'marker.cjs');
    await writeFile(script, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n`);
    const envFile = path.join(tmp.dir, 'app.env');
    await writeFile(envFile, `NODE_OPTIONS=--require=${script}\n`);
    const child = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args(envFile)], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return { ran: existsSync(marker), code: child.status };
  }

  it('Node reads --env-file even after the script name (the control), and the CLI then refuses it', async () => {
    const read = await nodeRanEnvFile((file) => ['scan', 'image.tar', '--env-file', file]);
    assert.deepEqual(read, { ran: true, code: 2 });
  });

  it('Node reads none of the options of the CLI, in either form', async () => {
    for (const name of Object.keys(CLI_OPTIONS)) {
      for (const form of [(file: string) => [`--${name}`, file, '--help'], (file: string) => [`--${name}=${file}`, '--help']]) {
        const result = await nodeRanEnvFile(form);
        assert.equal(result.ran, false, `Node read --${name}`);
        assert.notEqual(result.code, 9, `Node refused --${name}`);
      }
    }
  });
});
