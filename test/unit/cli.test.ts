import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli.ts';
import { parseSource } from '../../src/image/source.ts';
import { makeSettings } from '../../src/settings.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (chunk: Buffer) => chunks.out.push(chunk));
  err.on('data', (chunk: Buffer) => chunks.err.push(chunk));
  const code = await runCli(args, out, err);
  return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
}

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
