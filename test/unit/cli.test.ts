import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI_OPTIONS } from '../../src/cli.ts';
import { parseSource } from '../../src/image/source.ts';
import { nodeTooOld, REQUIRED_NODE_MAJOR } from '../../src/node-version.ts';
import { makeSettings } from '../../src/settings.ts';
import { TOOL_VERSION } from '../../src/version.ts';
import { cli } from '../helpers/cli.ts';
import { ROOT } from '../helpers/action-runner.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

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
    const json = parseJsonReport(never.stdout);
    assert.equal(json.result, 'pass');
    assert.deepEqual(json.counts, { error: 1, warning: 0, notice: 0, unreported: 2 });
    assert.deepEqual(json.findings.map((finding) => [finding.module, finding.reported]), [['netra_backend.app.services.monitoring', true], ['starlette.requests', false], ['starlette.responses', false]]);
    // The two imports for type checkers only are not reported, so SARIF leaves them out and counts them.
    const sarif = JSON.parse((await cli(['scan', ...example, '--format', 'sarif'])).stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string }>; properties: { leftOut?: unknown } }> };
    assert.deepEqual([sarif.version, sarif.runs[0]!.results.map((result) => result.ruleId), sarif.runs[0]!.properties.leftOut], ['2.1.0', ['missing-module'], { unreported: 2 }]);
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
    assert.deepEqual((parseJsonReport(routesOnly.stdout)).entryPoints.map((entry) => entry.module), ['netra_backend.app.routes.health']);
    const ignored = await cli(['scan', ...example, '--ignore', 'netra_backend.app.services.*', '--format', 'json']);
    assert.equal(ignored.code, 0, ignored.stderr);
    assert.equal((parseJsonReport(ignored.stdout)).findings[0]!.unreported, 'ignored');
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
    // A given entry point the image lacks is a name to fix, unless the checkout has it: then it was lost in packaging.
    const mistyped = await cli(['scan', '--quiet', file, '--entrypoint', 'app.main', '--format', 'json']);
    assert.equal(mistyped.code, 2, mistyped.stderr);
    assert.equal(mistyped.stdout, '');
    assert.equal(mistyped.stderr, "import-guard: entry point app.main (from the entrypoints input, --entrypoint on the command line) is not in the image: no module named 'app' in its sys.path ('' (the working directory), /usr/lib/python311.zip, /usr/lib/python3.11, /usr/lib/python3.11/lib-dynload); give a module the image runs\n");
    const checkout = path.join(tmp.dir, 'checkout');
    await mkdir(path.join(checkout, 'app'), { recursive: true });
    await writeFile(path.join(checkout, 'app/main.py'), 'print(1)\n');
    const lost = await cli(['scan', '--quiet', file, '--repo', checkout, '--entrypoint', 'app.main', '--format', 'json']);
    assert.equal(lost.code, 1, lost.stderr);
    assert.deepEqual((parseJsonReport(lost.stdout)).findings.map((finding) => [finding.message, finding.inCheckout]), [["entrypoints input loads app.main, but: No module named 'app'", true]]);
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

describe('messages that point the right way', () => {
  const example = 'examples/fastapi-service/image';

  it('a path that does not exist is "no such file or directory", not an image missing from the daemon', async () => {
    for (const source of ['/nonexistent/path', './missing.tar', '../missing/image', '/Capitals/Are/No/Reference']) {
      const result = await cli(['scan', source]);
      assert.equal(result.code, 2, source);
      assert.equal(result.stderr, `import-guard: ${source}: no such file or directory (expected an image archive, an OCI layout folder or a root filesystem)\n`);
    }
  });

  it('a folder that is no image says so, what it looked for and the prefixes; dir: still reads it as a root filesystem', async () => {
    const result = await cli(['scan', 'src']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'import-guard: src is not an image: it holds no OCI image layout (oci-layout and index.json), no docker-archive (manifest.json), and no root filesystem (usr/, bin/, lib/, etc/, opt/ at its top); give oci-dir:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF, or dir:ROOTFS for a root filesystem laid out otherwise\n');
    assert.match((await cli(['scan', '--quiet', 'dir:src'])).stderr, /^import-guard: src: no Python interpreter found/);
    // A folder with a root filesystem's top folders is one, without a prefix.
    await using tmp = await tempFolder();
    await mkdir(path.join(tmp.dir, 'usr/bin'), { recursive: true });
    assert.equal((await cli(['scan', '--quiet', tmp.dir])).stderr, `import-guard: ${tmp.dir}: no Python interpreter found: the image's command is [] and PATH holds no python3\n`);
  });

  it('oci-archive: given a folder names the prefix for folders', async () => {
    const result = await cli(['scan', `oci-archive:${example}`]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `import-guard: ${example} is a folder, and oci-archive: expects a file (a tar of an OCI layout); for a folder use oci-dir:${example}\n`);
  });

  it('--repo that is no folder says so before the image is read', async () => {
    const missing = await cli(['scan', example, '--repo', '/nonexistent']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'import-guard: --repo /nonexistent: no such folder; give the folder of the checkout the image was built from\n');
    const file = await cli(['scan', example, '--repo', 'package.json']);
    assert.equal(file.stderr, 'import-guard: --repo package.json: is a file, not a folder; give the folder of the checkout the image was built from\n');
  });

  it('an unknown or incomplete option is one line and a pointer to --help, with a guess when one is close', async () => {
    for (const [args, line] of [
      [['scan', '--foo', 'x'], 'unknown option --foo'],
      [['scan', '--fromat', 'json', 'x'], 'unknown option --fromat (did you mean --format?)'],
      [['scan', '--entry', 'a', 'x'], 'unknown option --entry (did you mean --entrypoint or --entrypoints-file?)'],
      [['inspect', '-x', 'y'], 'unknown option -x'],
      [['scan', 'x', '--repo'], '--repo needs a value'],
      [['inspect', '--quiet=yes', 'x'], '--quiet takes no value'],
    ] as const) {
      const result = await cli([...args]);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, `import-guard: ${line}\nRun import-guard --help for the commands and options.\n`);
    }
  });

  it('an entry point that is not a name is a usage error naming it; valid forms pass', async () => {
    for (const value of [':', 'a..b', 'app:', '.app', 'app.', '1app', 'a b', 'app:1']) {
      const result = await cli(['scan', example, '--quiet', '--entrypoint', value]);
      assert.equal(result.code, 2, value);
      assert.equal(result.stderr, `import-guard: entrypoints line ${JSON.stringify(value)} is not an entry point: give a module (pkg.app), an app object (pkg.app:app) or a script path (/srv/run.py)\n`);
    }
    for (const value of ['netra_backend.app.main', 'netra_backend.app.main:app', 'netra_backend.app.main: app', 'netra_backend.app.main:create_app()', 'auto']) {
      const result = await cli(['scan', example, '--quiet', '--entrypoint', value, '--fail-on', 'never']);
      assert.equal(result.code, 0, `${value}: ${result.stderr}`);
    }
  });

  it('a valid entry point the image and the checkout lack is the user\'s name to fix, exit 2', async () => {
    const result = await cli(['scan', example, '--quiet', '--repo', 'examples/fastapi-service', '--entrypoint', 'does.not.exist']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, "import-guard: entry point does.not.exist (from the entrypoints input, --entrypoint on the command line) is not in the image: no module named 'does' in its sys.path (/srv, /usr/local/bin, /usr/local/lib/python312.zip, /usr/local/lib/python3.12, /usr/local/lib/python3.12/lib-dynload, /usr/local/lib/python3.12/site-packages), nor in the checkout; give a module the image runs\n");
    const notPackage = await cli(['scan', example, '--quiet', '--entrypoint', 'netra_backend.app.main.sub']);
    assert.equal(notPackage.code, 2);
    assert.match(notPackage.stderr, /is not in the image: netra_backend\.app\.main is a module, not a package; give a module the image runs\n$/);
    // The checkout has it: lost in packaging, a finding with its cause.
    const lost = await cli(['scan', example, '--quiet', '--repo', 'examples/fastapi-service', '--entrypoint', 'netra_backend.app.services.monitoring', '--format', 'json']);
    assert.equal(lost.code, 1, lost.stderr);
    assert.deepEqual((parseJsonReport(lost.stdout)).findings.map((finding) => [finding.module, finding.origin, finding.severity]), [['netra_backend.app.services.monitoring', 'first-party', 'error']]);
  });

  it('--json is --format json for both commands; inspect --format json is its JSON, and a format a command lacks is refused', async () => {
    const inspectJson = await cli(['inspect', '--quiet', '--json', example]);
    assert.equal(inspectJson.code, 0, inspectJson.stderr);
    assert.equal((JSON.parse(inspectJson.stdout) as { source: { kind: string } }).source.kind, 'oci-dir');
    assert.deepEqual(await cli(['inspect', '--quiet', '--format', 'json', example]), inspectJson);
    assert.match((await cli(['inspect', '--quiet', '--format', 'text', example])).stdout, /^Image +examples\/fastapi-service\/image \(oci-dir/);
    const scanJson = await cli(['scan', '--quiet', '--format', 'json', example]);
    const alias = await cli(['scan', '--quiet', '--json', example]);
    assert.equal(alias.code, 1, alias.stderr);
    // The same report, but for its timing.
    const untimed = (text: string): unknown => ({ ...(parseJsonReport(text)), stats: undefined });
    assert.deepEqual(untimed(alias.stdout), untimed(scanJson.stdout));
    for (const [args, message] of [
      [['inspect', '--format', 'sarif', example], '--format is "sarif"; inspect prints text or json'],
      [['inspect', '--format', 'xml', example], '--format is "xml"; expected one of text, json'],
      [['scan', '--json', '--format', 'sarif', example], '--json and --format sarif ask for two formats; give one'],
    ] as const) {
      const result = await cli([...args]);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stderr, `import-guard: ${message}\n`);
    }
  });
});

describe('import-guard --version and the Node it needs', () => {
  async function manifest(): Promise<{ version: string; engines: { node: string } }> {
    return JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };
  }

  it('prints the version of package.json, in either form and after a command', async () => {
    const { version } = await manifest();
    assert.equal(TOOL_VERSION, version, 'src/version.ts follows package.json');
    for (const args of [['--version'], ['-V'], ['scan', 'image.tar', '--version']]) {
      assert.deepEqual(await cli(args), { code: 0, stdout: `import-guard ${version}\n`, stderr: '' }, args.join(' '));
    }
    assert.match((await cli(['--help'])).stdout, /^ {2}-V, --version {10}Print the version\.$/m);
  });

  it('names the Node it needs on an older one, and none on Node 24 and later', () => {
    assert.equal(nodeTooOld('20.20.2', '/usr/bin/node'), 'this is Node 20.20.2 (/usr/bin/node); import-guard needs Node 24 or newer');
    for (const version of ['v18.20.8', '22.12.0', '23.11.1']) assert.match(nodeTooOld(version, 'node') ?? '', new RegExp(`^this is Node ${version.replace(/^v/, '')} \\(node\\); import-guard needs Node 24 or newer$`));
    for (const version of ['24.0.0', 'v24.21.0', '25.2.1', '100.0.0']) assert.equal(nodeTooOld(version, 'node'), undefined, version);
    assert.equal(nodeTooOld(process.versions.node, process.execPath), undefined, 'the Node running these tests is new enough');
  });

  it('needs the Node that package.json and action.yml name', async () => {
    assert.equal((await manifest()).engines.node, `>=${REQUIRED_NODE_MAJOR}`);
    assert.match(await readFile(path.join(ROOT, 'action.yml'), 'utf8'), new RegExp(`^ {2}using: node${REQUIRED_NODE_MAJOR}$`, 'm'));
  });
});
