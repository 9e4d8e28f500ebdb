// Image layouts crafted to make the reader work without end or read the wrong bytes: nested and
// wide indexes, a layer listed thousands of times, blobs truncated or swapped, oversized JSON.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ImageError } from '../../src/errors.ts';
import { type ArchiveFiles, TarFiles } from '../../src/image/archive-files.ts';
import { planOciLayout } from '../../src/image/layouts.ts';
import { openImage, readLayers } from '../../src/image/open-image.ts';
import { addBlob, addImageManifest, imageConfigBlob, layoutTar, legacyDockerArchive, type LayoutFiles, ociLayout, sha256, tempFolder, type TestImage, writeLayoutDir } from '../helpers/layouts.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const INDEX = 'application/vnd.oci.image.index.v1+json';

const appLayer = tar([
  { name: 'app/main.py', content: 'import monitoring\n' },
  { name: 'app/monitoring/__init__.py', content: '' },
]);
const image: TestImage = { layers: [appLayer] };

async function writeArchive(dir: string, name: string, files: LayoutFiles): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, layoutTar(files));
  return file;
}

async function rejectsWith(source: string, pattern: RegExp): Promise<void> {
  await assert.rejects(openImage(source), (error: Error) => {
    assert.ok(error instanceof ImageError, `expected an ImageError, got ${error.name}: ${error.message}`);
    assert.match(error.message, pattern);
    return true;
  });
}

/** The archive's files, counting how often each one's bytes are read. */
function counting(inner: ArchiveFiles): { files: ArchiveFiles; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const count = (name: string): void => void reads.set(name, (reads.get(name) ?? 0) + 1);
  const files: ArchiveFiles = {
    location: inner.location,
    size: (name) => inner.size(name),
    read: (name, maxBytes) => (count(name), inner.read(name, maxBytes)),
    chunks: (name) => (count(name), inner.chunks(name)),
    where: (name) => inner.where(name),
    close: () => inner.close(),
  };
  return { files, reads };
}

/**
 * index.json lists index 1 `fanOut` times, index 1 lists index 2 `fanOut` times, ..., and index
 * `depth` lists the image manifest `fanOut` times: a reader that follows every descriptor reads
 * the manifest fanOut^(depth+1) times, from an archive of a few kilobytes.
 */
function nestedIndexLayout(fanOut: number, depth: number): { files: LayoutFiles; manifest: string } {
  const files: LayoutFiles = new Map();
  const ref = addImageManifest(files, image);
  let child = { mediaType: MANIFEST, digest: ref.digest, size: ref.size };
  for (let level = depth; level >= 1; level--) {
    const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: Array.from({ length: fanOut }, () => child) }));
    child = { mediaType: INDEX, digest: addBlob(files, index), size: index.length };
  }
  files.set('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
  files.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: Array.from({ length: fanOut }, () => child) })));
  return { files, manifest: ref.digest };
}

/** A file of a layout as text (every file these tests change is stored, not a symlink). */
function text(files: LayoutFiles, name: string): string {
  const data = files.get(name);
  assert.ok(Buffer.isBuffer(data), `${name} is a stored file`);
  return data.toString('utf8');
}

/** The hex digest of the first manifest index.json lists. */
function firstManifest(files: LayoutFiles): string {
  const index = JSON.parse(text(files, 'index.json')) as { manifests: Array<{ digest: string }> };
  return index.manifests[0]!.digest.slice('sha256:'.length);
}

/** An OCI layout whose one manifest lists `layers` as given, each blob stored once. */
function manifestListing(layers: Buffer[]): LayoutFiles {
  const files: LayoutFiles = new Map();
  const ref = addImageManifest(files, { layers });
  files.set('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
  files.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: MANIFEST, digest: ref.digest, size: ref.size }] })));
  return files;
}

describe('hostile layouts: nested and wide indexes', () => {
  for (const [fanOut, depth] of [
    [16, 4],
    [8, 6],
  ] as const) {
    it(`indexes nested ${depth} deep with fan-out ${fanOut}: each blob read once, the right image`, { timeout: 60_000 }, async () => {
      await using tmp = await tempFolder();
      const { files: layout, manifest } = nestedIndexLayout(fanOut, depth);
      const file = await writeArchive(tmp.dir, 'nested.tar', layout);
      const { files, reads } = counting(await TarFiles.open(file));
      try {
        const plan = await planOciLayout(files, undefined);
        assert.equal(plan.label, manifest);
        assert.deepEqual(plan.layers.map((layer) => layer.name), [`blobs/sha256/${sha256(appLayer)}`]);
        // index.json, every nested index, the manifest and its config: once each.
        assert.equal(reads.size, depth + 3);
        assert.deepEqual([...reads.values()], Array.from({ length: depth + 3 }, () => 1));
      } finally {
        await files.close();
      }
      assert.ok((await openImage(file)).fs.exists('/app/monitoring/__init__.py'));
    });
  }

  it('indexes nested deeper than 8 levels stop with a message naming the limit', async () => {
    await using tmp = await tempFolder();
    const { files } = nestedIndexLayout(2, 9);
    await rejectsWith(await writeArchive(tmp.dir, 'deep.tar', files), /deep\.tar: image indexes nest more than 8 deep \(index sha256:[0-9a-f]{64} is level 9\), over the limit/);
    assert.ok((await openImage(await writeArchive(tmp.dir, 'eight.tar', nestedIndexLayout(2, 8).files))).fs.exists('/app/main.py'), '8 levels are read');
  });

  it('an index listing over 1,000 distinct manifests stops with a message naming the limit', async () => {
    await using tmp = await tempFolder();
    const files = ociLayout([image], { withPlatforms: true });
    const manifest = JSON.parse(text(files, `blobs/sha256/${firstManifest(files)}`)) as Record<string, unknown>;
    const descriptors = Array.from({ length: 1001 }, (_, index) => {
      // The same image under 1,001 digests: each manifest differs by one annotation.
      const bytes = Buffer.from(JSON.stringify({ ...manifest, annotations: { copy: String(index) } }));
      return { mediaType: MANIFEST, digest: addBlob(files, bytes), size: bytes.length, platform: { os: 'linux', architecture: 'amd64' } };
    });
    files.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: descriptors })));
    await rejectsWith(await writeArchive(tmp.dir, 'wide.tar', files), /wide\.tar: index\.json and the indexes it nests list over 1000 manifests, the limit/);
    files.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: descriptors.slice(0, 1000) })));
    assert.ok((await openImage(await writeArchive(tmp.dir, 'thousand.tar', files))).fs.exists('/app/main.py'), '1,000 are read');
  });
});

describe('hostile layouts: repeated layers', () => {
  it('a manifest or a docker-archive listing one layer 5,000 times is refused, naming the limit', async () => {
    await using tmp = await tempFolder();
    const layer = gzip(appLayer);
    const layers = Array.from({ length: 5000 }, () => layer);
    await rejectsWith(await writeArchive(tmp.dir, 'oci.tar', manifestListing(layers)), /oci\.tar: manifest sha256:[0-9a-f]{64} lists 5000 layers, over the limit of 500 layers per image/);
    await rejectsWith(await writeArchive(tmp.dir, 'legacy.tar', legacyDockerArchive([{ layers }])), /legacy\.tar: manifest\.json lists 5000 layers, over the limit of 500 layers per image/);
  });

  it('a blob listed 500 times is read once and applied at each place, in order', async () => {
    await using tmp = await tempFolder();
    const add = gzip(tar([{ name: 'app/extra.py', content: 'x = 1\n' }]));
    const remove = gzip(tar([{ name: 'app/.wh.extra.py', content: '' }]));
    // add, remove, add, ..., remove: dropping repeats would leave extra.py in place.
    const layers = Array.from({ length: 500 }, (_, index) => (index % 2 === 0 ? add : remove));
    for (const [name, last, present] of [
      ['removed', remove, false],
      ['added', add, true],
    ] as const) {
      const file = await writeArchive(tmp.dir, `${name}.tar`, manifestListing([appLayer, ...layers.slice(0, 498), last]));
      const { files, reads } = counting(await TarFiles.open(file));
      try {
        const plan = await planOciLayout(files, undefined);
        const { fs, layers: read } = await readLayers(files, plan, { select: () => Infinity });
        assert.equal(read.length, 500);
        assert.equal(fs.exists('/app/extra.py'), present, name);
        assert.equal(fs.readText('/app/main.py'), 'import monitoring\n');
        for (const blob of [add, remove]) assert.equal(reads.get(`blobs/sha256/${sha256(blob)}`), 1, `${name}: each repeated blob is read once`);
        fs.close();
      } finally {
        await files.close();
      }
    }
  });
});

describe('hostile layouts: blobs that do not match their descriptors', () => {
  // The same size as appLayer, stored or gzipped, importing a module no layer has.
  const other = tar([
    { name: 'app/main.py', content: 'import nonitoring\n' },
    { name: 'app/monitoring/__init__.py', content: '' },
  ]);

  /** The layout of `image`, with the blob of `original` replaced by `replacement` under the same name. */
  function swapped(original: Buffer, replacement: Buffer, source: TestImage = image): LayoutFiles {
    const files = ociLayout([source]);
    const name = `blobs/sha256/${sha256(original)}`;
    assert.ok(files.has(name));
    files.set(name, replacement);
    return files;
  }

  it('a truncated layer blob is refused, naming the blob and both sizes', async () => {
    await using tmp = await tempFolder();
    // Cut after the first entry: a tar that still parses, with app/monitoring gone.
    const cut = tar([{ name: 'app/main.py', content: 'import monitoring\n' }]).subarray(0, 1024);
    const truncated = new RegExp(`layer blob sha256:${sha256(appLayer)} is 1024 bytes, but manifest sha256:[0-9a-f]{64} says ${appLayer.length}: the blob is truncated or altered`);
    await rejectsWith(await writeArchive(tmp.dir, 'cut.tar', swapped(appLayer, cut)), truncated);
    await rejectsWith(await writeLayoutDir(swapped(appLayer, cut), path.join(tmp.dir, 'cut-dir')), truncated);
    const gz = gzip(appLayer);
    await rejectsWith(await writeArchive(tmp.dir, 'cut-gz.tar', swapped(gz, gz.subarray(0, gz.length - 8), { layers: [gz] })), new RegExp(`layer blob sha256:${sha256(gz)} is ${gz.length - 8} bytes, but manifest sha256:[0-9a-f]{64} says ${gz.length}`));
  });

  it('a layer blob with other content of the same size is refused, naming expected and actual digests', async () => {
    await using tmp = await tempFolder();
    const mismatch = (expected: Buffer, actual: Buffer) => new RegExp(`blobs/sha256/${sha256(expected)}\\): blob content does not match its digest: expected sha256:${sha256(expected)}, found sha256:${sha256(actual)} \\(${actual.length} bytes\\)`);
    // Read in place (uncompressed), streamed (gzip), and a replacement that is not even a tar.
    assert.equal(other.length, appLayer.length);
    await rejectsWith(await writeArchive(tmp.dir, 'tar.tar', swapped(appLayer, other)), mismatch(appLayer, other));
    const gz = gzip(appLayer);
    const otherGz = gzip(other);
    assert.equal(otherGz.length, gz.length, 'same compressed size, so only the digest can tell');
    await rejectsWith(await writeArchive(tmp.dir, 'gz.tar', swapped(gz, otherGz, { layers: [gz] })), mismatch(gz, otherGz));
    const garbage = Buffer.alloc(appLayer.length, 0x55);
    await rejectsWith(await writeArchive(tmp.dir, 'garbage.tar', swapped(appLayer, garbage)), mismatch(appLayer, garbage));
    const gzGarbage = Buffer.concat([gz.subarray(0, 20), Buffer.alloc(gz.length - 20, 0x55)]);
    await rejectsWith(await writeArchive(tmp.dir, 'gz-garbage.tar', swapped(gz, gzGarbage, { layers: [gz] })), mismatch(gz, gzGarbage));
  });

  it('a config or manifest blob with other content is refused', async () => {
    await using tmp = await tempFolder();
    const config = imageConfigBlob(image);
    const forged = Buffer.from(config.toString().replace('"Cmd":["python3"]', '"Cmd":["python9"]'));
    assert.equal(forged.length, config.length);
    await rejectsWith(await writeArchive(tmp.dir, 'config.tar', swapped(config, forged)), new RegExp(`blobs/sha256/${sha256(config)}: blob content does not match its digest: expected sha256:${sha256(config)}, found sha256:${sha256(forged)}`));
    const files = ociLayout([image]);
    const manifestDigest = firstManifest(files);
    files.set(`blobs/sha256/${manifestDigest}`, Buffer.from(text(files, `blobs/sha256/${manifestDigest}`).replace('"schemaVersion":2', '"schemaVersion":3')));
    await rejectsWith(await writeArchive(tmp.dir, 'manifest.tar', files), new RegExp(`blobs/sha256/${manifestDigest}: blob content does not match its digest: expected sha256:${manifestDigest}`));
  });

  it('a docker-archive layer.tar or config that is not what the config and its name say is refused', async () => {
    await using tmp = await tempFolder();
    const files = legacyDockerArchive([{ layers: [appLayer] }]);
    const layerName = [...files.keys()].find((name) => name.endsWith('/layer.tar'))!;
    files.set(layerName, other);
    const swappedLayer = await writeArchive(tmp.dir, 'layer.tar', files);
    await rejectsWith(swappedLayer, new RegExp(`layer 1 of 1 \\(${layerName}\\): blob content does not match its digest: expected sha256:${sha256(appLayer)}, found sha256:${sha256(other)}`));
    // An archive the daemon itself just saved (a docker: source) is not hashed again: its layers are read by their headers alone.
    const trusted = await openImage(`docker-archive:${swappedLayer}`, { verifyLayers: false });
    trusted.fs.close();
    assert.equal(trusted.layers.length, 1);

    const config = legacyDockerArchive([{ layers: [appLayer] }]);
    const configName = `${sha256(imageConfigBlob(image))}.json`;
    config.set(configName, Buffer.from(text(config, configName).replace('"Cmd":["python3"]', '"Cmd":["python9"]')));
    await rejectsWith(await writeArchive(tmp.dir, 'config.tar', config), new RegExp(`${configName}: blob content does not match its digest: expected sha256:${sha256(imageConfigBlob(image))}`));

    const extra = legacyDockerArchive([{ layers: [appLayer] }]);
    const manifest = JSON.parse(text(extra, 'manifest.json')) as Array<{ Layers: string[] }>;
    manifest[0]!.Layers.push(layerName);
    extra.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    await rejectsWith(await writeArchive(tmp.dir, 'extra.tar', extra), /rootfs\.diff_ids lists 1 layers, but manifest\.json lists 2/);
  });
});

describe('hostile layouts: oversized JSON', () => {
  const padding = ' '.repeat(4 * 1024 * 1024);

  it('an index.json, config or manifest.json over 4 MiB is refused, naming the limit', async () => {
    await using tmp = await tempFolder();
    const index = ociLayout([image]);
    index.set('index.json', Buffer.from(text(index, 'index.json') + padding));
    await rejectsWith(await writeArchive(tmp.dir, 'index.tar', index), /index\.tar: index\.json is 4\.0 MiB, over the 4\.0 MiB limit for a JSON document of an image layout/);

    const big = { ...image, config: { Env: [`PAD=${padding}`], Cmd: ['python3'] } };
    await rejectsWith(await writeArchive(tmp.dir, 'config.tar', ociLayout([big])), new RegExp(`config\\.tar: config sha256:${sha256(imageConfigBlob(big))} is 4\\.0 MiB, over the 4\\.0 MiB limit`));

    const legacy = legacyDockerArchive([{ layers: [appLayer] }]);
    legacy.set('manifest.json', Buffer.from(text(legacy, 'manifest.json') + padding));
    await rejectsWith(await writeArchive(tmp.dir, 'legacy.tar', legacy), /legacy\.tar: manifest\.json is 4\.0 MiB, over the 4\.0 MiB limit/);
  });
});
