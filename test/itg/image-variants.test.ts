// Every way an image can reach the guard must flatten to exactly what the engine itself runs:
// the tree of `docker export` of a container of that image.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { openImage, type OpenImageOptions } from '../../src/image/open-image.ts';
import { ImageFs } from '../../src/image/image-fs.ts';
import { BUSYBOX_IMAGE, buildFixture, dockerReady, exportedTree, isRuntimePath, PYTHON_IMAGE, type PathFacts } from '../helpers/docker.ts';
import { docker25Archive, layoutTar, ociLayout, tempFolder, type TestImage } from '../helpers/layouts.ts';

const LAYERED = 'import-guard-test/layered:itg';
const PYTHON_LAYERS = 'import-guard-test/python-layers:itg';

function treeOf(fs: ImageFs): Map<string, PathFacts> {
  const tree = new Map<string, PathFacts>();
  for (const entry of fs.walk()) {
    if (isRuntimePath(entry.path)) continue;
    tree.set(entry.path, entry.type === 'symlink' ? { type: 'symlink', size: 0, linkTarget: entry.linkTarget! } : { type: entry.type, size: entry.size });
  }
  return tree;
}

function differences(expected: Map<string, PathFacts>, actual: Map<string, PathFacts>): string[] {
  const found: string[] = [];
  for (const [p, facts] of expected) {
    const mine = actual.get(p);
    if (!mine) found.push(`missing ${p} (${JSON.stringify(facts)})`);
    else if (JSON.stringify(mine) !== JSON.stringify(facts)) found.push(`differs ${p}: engine ${JSON.stringify(facts)}, guard ${JSON.stringify(mine)}`);
  }
  for (const p of actual.keys()) if (!expected.has(p)) found.push(`extra ${p}`);
  return found.slice(0, 25);
}

interface Prepared {
  dir: string;
  exported: Map<string, PathFacts>;
  /** Layer blobs and runtime config of the OCI copy, to write layouts the tools do not. */
  image: TestImage;
}

const workspace = await tempFolder('import-guard-itg-');
after(() => workspace[Symbol.asyncDispose]());

const prepared = new Map<string, Promise<Prepared>>();

/** Builds the fixture once, saves it, and converts it with skopeo into every layout under test. */
function prepare(fixture: string, tag: string): Promise<Prepared> {
  let ready = prepared.get(tag);
  if (!ready) {
    ready = (async () => {
      const dir = path.join(workspace.dir, fixture);
      await buildFixture(fixture, tag);
      await execa('mkdir', ['-p', dir]);
      await execa('docker', ['image', 'save', '--output', path.join(dir, 'legacy.tar'), tag]);
      const from = `docker-archive:${path.join(dir, 'legacy.tar')}`;
      await execa('skopeo', ['copy', '--quiet', from, `oci:${path.join(dir, 'oci')}:latest`]);
      await execa('skopeo', ['copy', '--quiet', from, `oci-archive:${path.join(dir, 'oci.tar')}:latest`]);
      await execa('skopeo', ['copy', '--quiet', '--dest-compress-format', 'zstd', from, `oci:${path.join(dir, 'oci-zstd')}:latest`]);
      await execa('skopeo', ['copy', '--quiet', '--dest-compress-format', 'zstd', from, `oci-archive:${path.join(dir, 'oci-zstd.tar')}:latest`]);
      const image = await ociImageParts(path.join(dir, 'oci'));
      await writeFile(path.join(dir, 'docker25.tar'), layoutTar(docker25Archive(image)));
      const arm: TestImage = { layers: image.layers.slice(0, 1), config: image.config!, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } };
      await writeFile(path.join(dir, 'two-platforms.tar'), layoutTar(ociLayout([arm, image], { withPlatforms: true, attestation: true })));
      return { dir, exported: await exportedTree(tag), image };
    })();
    prepared.set(tag, ready);
  }
  return ready;
}

async function ociImageParts(dir: string): Promise<TestImage> {
  const blob = async (digest: string): Promise<Buffer> => readFile(path.join(dir, 'blobs', ...digest.split(':')));
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
  const manifest = JSON.parse((await blob(index.manifests[0]!.digest)).toString()) as { config: { digest: string }; layers: Array<{ digest: string }> };
  const config = JSON.parse((await blob(manifest.config.digest)).toString()) as { config: Record<string, unknown> };
  return { layers: await Promise.all(manifest.layers.map((layer) => blob(layer.digest))), config: config.config };
}

async function compare(t: TestContext, fixture: string, tag: string, base: string, source: (dir: string) => string, options: OpenImageOptions = {}): Promise<void> {
  if (!(await dockerReady(t, { tools: ['skopeo'], images: [base] }))) return;
  const { dir, exported } = await prepare(fixture, tag);
  const image = await openImage(source(dir), options);
  const mine = treeOf(image.fs);
  assert.deepEqual(differences(exported, mine), []);
  assert.equal(mine.size, exported.size);
  t.diagnostic(`${source(dir).replace(dir, fixture)}: ${exported.size} paths compared, ${image.layers.length} layers (${[...new Set(image.layers.map((layer) => layer.format))].join(', ')})`);
  console.log(`  ${tag} via ${image.kind} ${path.basename(source(dir))}: ${exported.size} paths compared with docker export`);
}

describe('layered fixture: every source kind flattens like the engine', () => {
  const variants: Array<[string, (dir: string) => string]> = [
    ['legacy docker save archive (repeated layer stored as a symlink)', (dir) => path.join(dir, 'legacy.tar')],
    ['OCI layout directory (skopeo, gzip)', (dir) => path.join(dir, 'oci')],
    ['OCI archive (skopeo, gzip)', (dir) => `oci-archive:${path.join(dir, 'oci.tar')}`],
    ['OCI layout directory with zstd layers', (dir) => `oci-dir:${path.join(dir, 'oci-zstd')}`],
    ['OCI archive with zstd layers', (dir) => path.join(dir, 'oci-zstd.tar')],
    ['Docker 25-style archive (OCI blobs plus manifest.json)', (dir) => `docker-archive:${path.join(dir, 'docker25.tar')}`],
    ['two-platform index with an attestation, default platform', (dir) => path.join(dir, 'two-platforms.tar')],
    ['the daemon itself', () => `docker:${LAYERED}`],
  ];
  for (const [name, source] of variants) {
    it(name, (t) => compare(t, 'layered', LAYERED, BUSYBOX_IMAGE, source));
  }

  it('two-platform index: --platform linux/arm64 picks the other image', async (t) => {
    if (!(await dockerReady(t, { tools: ['skopeo'], images: [BUSYBOX_IMAGE] }))) return;
    const { dir } = await prepare('layered', LAYERED);
    const arm = await openImage(path.join(dir, 'two-platforms.tar'), { platform: { os: 'linux', architecture: 'arm64' } });
    assert.deepEqual(arm.config.platform, { os: 'linux', architecture: 'arm64', variant: 'v8' });
    assert.equal(arm.layers.length, 1);
    assert.equal(arm.fs.exists('/app'), false);
    await assert.rejects(openImage(path.join(dir, 'two-platforms.tar'), { platform: { os: 'windows', architecture: 'amd64' } }), /no image for platform windows\/amd64; it has linux\/arm64\/v8, linux\/amd64/);
  });

  it('the layer rules the fixture exercises are really in the image', async (t) => {
    if (!(await dockerReady(t, { tools: ['skopeo'], images: [BUSYBOX_IMAGE] }))) return;
    const { dir, exported } = await prepare('layered', LAYERED);
    const legacy = await readFile(path.join(dir, 'legacy.tar'));
    assert.ok(legacy.includes('/layer.tar\0'), 'legacy save stores a layer.tar as a link');
    assert.equal(exported.has('/data/keep/b.txt'), false, 'deleted file');
    assert.deepEqual(exported.get('/data/replace-with-link'), { type: 'symlink', size: 0, linkTarget: '../app' });
    assert.deepEqual(exported.get('/data/replace-with-file'), { type: 'file', size: 11 });
    assert.deepEqual([...exported.keys()].filter((p) => p.startsWith('/data/old')), ['/data/old', '/data/old/c.txt'].filter((p) => exported.has(p)));
    assert.ok(exported.has('/data/old/c.txt') && !exported.has('/data/old/deep'), 'whited-out directory recreated');
    assert.ok(exported.has('/data/recreate/new.txt') && !exported.has('/data/recreate/z'), 'opaque directory');
    assert.deepEqual(exported.get('/data/hardlink.txt'), exported.get('/data/shared.txt'), 'hardlink');
    assert.ok([...exported.keys()].some((p) => p.length > 200), 'a long name');
  });
});

describe('Debian python3 image: thousands of paths', () => {
  for (const [name, source] of [
    ['legacy docker save archive', (dir: string) => path.join(dir, 'legacy.tar')],
    ['OCI archive with zstd layers', (dir: string) => path.join(dir, 'oci-zstd.tar')],
  ] as const) {
    it(name, (t) => compare(t, 'python-layers', PYTHON_LAYERS, PYTHON_IMAGE, source));
  }
});
