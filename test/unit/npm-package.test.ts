// The npm package as `npm pack` makes it from this checkout: what it holds, and that it installs
// (locally and with -g) with no registry at all and runs the bundled example as the checkout does.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { ROOT } from '../helpers/action-runner.ts';
import { cli } from '../helpers/cli.ts';
import { parseJsonReport } from '../helpers/json-report.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { installGlobally, npmEnvironment, packPackage, run, type PackedFile } from '../helpers/npm-package.ts';
import { olderNodes } from '../helpers/node-versions.ts';

const EXAMPLE = path.join(ROOT, 'examples/fastapi-service');

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** The JSON report without its timing, which differs from run to run. */
function withoutTiming(json: string): unknown {
  const report = parseJsonReport(json);
  return { ...report, stats: { ...report.stats, seconds: undefined } };
}

describe('the npm package', () => {
  let tarball: string;
  let packed: PackedFile[];
  let work: { dir: string; [Symbol.asyncDispose](): Promise<void> };

  before(async () => {
    work = await tempFolder('import-guard-npm-');
    ({ tarball, files: packed } = packPackage(work.dir));
  });
  after(() => work[Symbol.asyncDispose]());

  it('holds what the command line runs, its licenses, the report schema and the docs, and nothing else', async () => {
    const dist = path.join(ROOT, 'dist');
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cli.js',
      'dist/scan-worker.js',
      'dist/read-ahead-worker.js',
      'dist/licenses.txt',
      ...(await readdir(path.join(dist, 'cli-chunks'))).map((name) => `dist/cli-chunks/${name}`),
      ...(existsSync(path.join(ROOT, 'schema')) ? (await filesUnder(path.join(ROOT, 'schema'))).map((name) => `schema/${name}`) : []),
    ];
    assert.deepEqual(packed.map((file) => file.path).sort(), expected.sort());
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.private, undefined, 'a private package cannot be published');
    assert.equal(manifest.dependencies, undefined, 'dist/ is bundled: nothing is installed with it');
    assert.deepEqual(manifest.engines, { node: '>=24' });
  });

  it('passes npm publish --dry-run, which the release workflow runs for real with an NPM_TOKEN secret', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const publish = run('npm', ['publish', '--dry-run'], { cwd: ROOT, env: npmEnvironment(path.join(work.dir, 'home-publish')) });
    assert.equal(publish.status, 0, publish.stderr);
    assert.match(publish.stdout, new RegExp(`^\\+ import-guard@${version.replaceAll('.', '\\.')}$`, 'm'));
    const workflow = await readFile(path.join(ROOT, '.github/workflows/release.yml'), 'utf8');
    assert.match(workflow, /^ {6}- name: Publish the npm package\n(?: {8}.*\n)+ {10}npm publish --provenance --access public\n$/m);
    assert.match(workflow, /^ {6}id-token: write$/m, 'provenance needs the workflow identity');
  });

  it('installs in an empty folder with no registry and runs the bundled example as this checkout does', async (t: TestContext) => {
    const project = path.join(work.dir, 'project');
    const home = path.join(work.dir, 'home-local');
    const env = npmEnvironment(home);
    const install = run('npm', ['install', '--prefix', project, tarball], { cwd: work.dir, env });
    assert.equal(install.status, 0, install.stderr);
    const installed = path.join(project, 'node_modules');
    assert.deepEqual((await readdir(installed)).filter((name) => !name.startsWith('.')), ['import-guard'], 'no other package was installed');
    const bytes = (await Promise.all((await filesUnder(installed)).map(async (name) => (await stat(path.join(installed, name))).size))).reduce((sum, size) => sum + size, 0);
    t.diagnostic(`installed: ${(bytes / 1024 / 1024).toFixed(2)} MB in ${packed.length} files`);
    assert.ok(bytes < 4 * 1024 * 1024, `the install holds ${bytes} bytes`);

    const args = ['scan', `oci-dir:${path.join(EXAMPLE, 'image')}`, '--repo', EXAMPLE];
    const viaNpx = run('npx', ['--offline', 'import-guard', ...args, '--format', 'json', '--quiet'], { cwd: project, env });
    const here = await cli([...args, '--format', 'json', '--quiet']);
    assert.equal(viaNpx.status, 1, viaNpx.stderr);
    assert.equal(here.code, 1);
    assert.deepEqual(withoutTiming(viaNpx.stdout), withoutTiming(here.stdout));

    const text = run(path.join(installed, '.bin/import-guard'), args, { cwd: project, env });
    assert.equal(text.status, 1, text.stderr);
    assert.match(text.stdout, /excluded by `\.dockerignore` line 8: `\*\*\/monitoring\/`/);
  });

  it('installs globally with no registry, and on an older Node says which one it needs', async (t: TestContext) => {
    const prefix = path.join(work.dir, 'global');
    const home = path.join(work.dir, 'home-global');
    const bin = path.join(installGlobally(tarball, prefix, home), 'import-guard');
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const current = run(bin, ['--version'], { env: npmEnvironment(home) });
    assert.deepEqual([current.status, current.stdout, current.stderr], [0, `import-guard ${version}\n`, '']);

    const older = olderNodes();
    if (older.length === 0) return t.skip('no Node older than 24 on PATH, in /usr/bin or /usr/local/bin');
    for (const { node, version: olderVersion } of older) {
      // The installed command's `#!/usr/bin/env node` finds the older Node first on PATH.
      const result = run(bin, ['scan', 'image.tar'], { env: npmEnvironment(home, path.dirname(node)) });
      assert.deepEqual([result.status, result.stdout], [2, '']);
      assert.match(result.stderr, new RegExp(`^import-guard: this is Node ${olderVersion.replaceAll('.', '\\.')} \\(.*\\); import-guard needs Node 24 or newer\\n$`));
    }
  });
});
