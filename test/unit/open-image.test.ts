import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ImageError } from '../../src/errors.ts';
import { type ArchiveFiles, DirectoryFiles } from '../../src/image/archive-files.ts';
import { planOciLayout } from '../../src/image/layouts.ts';
import { forEachPlatform, openImage } from '../../src/image/open-image.ts';
import { listing } from '../helpers/image.ts';
import { docker25Archive, layoutTar, legacyDockerArchive, ociLayout, sha256, tempFolder, type TestImage, writeLayoutDir } from '../helpers/layouts.ts';
import { gzip, tar, zstd } from '../helpers/tar-writer.ts';

const base = tar([{ name: 'usr/lib/python3.11/os.py', content: 'import sys\n' }, { name: 'app/main.py', content: 'import monitoring\n' }, { name: 'app/monitoring/__init__.py', content: '' }]);
const drop = tar([{ name: 'app/.wh.monitoring', content: '' }]);
const add = tar([{ name: 'app/extra.py', content: 'x = 1\n' }]);
const expected = ['/app dir', '/app/extra.py file 6', '/app/main.py file 18', '/usr dir', '/usr/lib dir', '/usr/lib/python3.11 dir', '/usr/lib/python3.11/os.py file 11'];
const config = { Env: ['PATH=/usr/bin', 'PYTHONPATH=/app'], Cmd: ['gunicorn', 'app.main:app'], WorkingDir: '/app', User: 'app', ExposedPorts: { '8000/tcp': {} }, Healthcheck: { Test: ['CMD', 'true'], Interval: 5e9 } };
const image: TestImage = { layers: [gzip(base), zstd(drop), add], config };
const keepPy = (p: string) => (p.endsWith('.py') ? Infinity : 0);

/** Whether a layout file is an image index (kept by a partial export with the top-level index). */
function isIndex(data: Buffer | { symlink: string }): boolean {
  return Buffer.isBuffer(data) && data.toString('utf8').includes('"application/vnd.oci.image.index.v1+json"') && !data.toString('utf8').includes('"layers"');
}

async function writeArchive(dir: string, name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('openImage: layouts', () => {
  it('reads an OCI layout directory with gzip, zstd and plain layers, each sniffed on its own', async () => {
    await using tmp = await tempFolder();
    const dir = await writeLayoutDir(ociLayout([{ ...image, layerMediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }]), tmp.dir);
    const opened = await openImage(dir, { select: keepPy });
    assert.equal(opened.kind, 'oci-dir');
    assert.deepEqual(listing(opened.fs), expected);
    assert.deepEqual(opened.layers.map((layer) => layer.format), ['gzip', 'zstd', 'tar']);
    assert.equal(opened.fs.readText('/app/main.py'), 'import monitoring\n');
    assert.deepEqual(opened.config.cmd, ['gunicorn', 'app.main:app']);
    assert.equal(opened.config.workingDir, '/app');
    assert.equal(opened.config.user, 'app');
    assert.deepEqual(opened.config.exposedPorts, ['8000/tcp']);
    assert.deepEqual(opened.config.healthcheck, { test: ['CMD', 'true'], intervalNs: 5e9 });
    assert.deepEqual(opened.config.platform, { os: 'linux', architecture: 'amd64' });
  });

  it('reads the same image from an OCI archive, a legacy docker-archive and a Docker 25 archive', async () => {
    await using tmp = await tempFolder();
    const sources = {
      'oci-archive': await writeArchive(tmp.dir, 'oci.tar', layoutTar(ociLayout([image]))),
      'docker-archive': await writeArchive(tmp.dir, 'legacy.tar', layoutTar(legacyDockerArchive([{ ...image, tags: ['svc:1'] }]))),
      'docker25': await writeArchive(tmp.dir, 'docker25.tar', layoutTar(docker25Archive(image))),
    };
    for (const [name, file] of Object.entries(sources)) {
      const opened = await openImage(file);
      assert.deepEqual(listing(opened.fs), expected, name);
      assert.deepEqual(opened.config.env, config.Env, name);
    }
    assert.equal((await openImage(sources['docker25'])).kind, 'oci-archive', 'a Docker 25 archive is read through its OCI index');
    assert.equal((await openImage(sources['docker-archive'])).label, 'svc:1');
  });

  it('follows legacy docker-archive layers stored as symlinks to an identical layer', async () => {
    await using tmp = await tempFolder();
    const same = tar([{ name: 'dup/dup.txt', content: 'same' }]);
    const files = legacyDockerArchive([{ layers: [base, same, drop, same] }]);
    assert.ok([...files.values()].some((value) => !Buffer.isBuffer(value)), 'the archive stores a repeated layer as a symlink');
    const opened = await openImage(await writeArchive(tmp.dir, 'dup.tar', layoutTar(files)));
    assert.equal(opened.layers.length, 4);
    assert.deepEqual(opened.layers.map((layer) => layer.entries), [3, 1, 1, 1]);
    assert.ok(opened.fs.stat('/dup/dup.txt'));
  });

  it('picks linux/amd64 from a multi-platform index by default, skips attestations, honours --platform', async () => {
    await using tmp = await tempFolder();
    const arm: TestImage = { layers: [tar([{ name: 'arm.txt', content: 'arm' }])], platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } };
    const amd: TestImage = { layers: [tar([{ name: 'amd.txt', content: 'amd' }])] };
    for (const nestedIndex of [false, true]) {
      const dir = path.join(tmp.dir, `nested-${nestedIndex}`);
      await writeLayoutDir(ociLayout([arm, amd], { withPlatforms: true, attestation: true, nestedIndex }), dir);
      assert.ok((await openImage(`oci-dir:${dir}`)).fs.exists('/amd.txt'));
      assert.ok((await openImage(dir, { platform: { os: 'linux', architecture: 'arm64' } })).fs.exists('/arm.txt'));
      assert.ok((await openImage(dir, { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } })).fs.exists('/arm.txt'));
      await assert.rejects(openImage(dir, { platform: { os: 'linux', architecture: 's390x' } }), (error: Error) => error instanceof ImageError && error.message.includes('no image for platform linux/s390x; it has linux/arm64/v8, linux/amd64'));
    }
  });

  it('reads a partial export (an index listing platforms whose content it lacks) as the platforms it holds', async () => {
    await using tmp = await tempFolder();
    const arm: TestImage = { layers: [tar([{ name: 'arm.txt', content: 'arm' }])], platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } };
    const amd: TestImage = { layers: [tar([{ name: 'amd.txt', content: 'amd' }])] };
    const ppc: TestImage = { layers: [tar([{ name: 'ppc.txt', content: 'ppc' }])], platform: { os: 'linux', architecture: 'ppc64le' } };
    const whole = ociLayout([arm, amd, ppc], { withPlatforms: true, nestedIndex: true });
    // What Docker's containerd store exports for an image pulled for one platform: the index, one platform's blobs.
    const keep = new Set(ociLayout([arm], { withPlatforms: true }).keys());
    const partial = new Map([...whole].filter(([name]) => !name.startsWith('blobs/') || keep.has(name) || isIndex(whole.get(name)!)));
    assert.ok(partial.size < whole.size, 'blobs were left out');
    const dir = await writeLayoutDir(partial, path.join(tmp.dir, 'partial'));
    const opened = await openImage(dir);
    assert.ok(opened.fs.exists('/arm.txt'), 'the one platform held is the image, though linux/amd64 is listed');
    await assert.rejects(openImage(dir, { platform: { os: 'linux', architecture: 'amd64' } }), (error: Error) => error instanceof ImageError && error.message === `${dir}: the index lists an image for platform linux/amd64, but the layout does not hold it (a partial export keeps only the platforms pulled); it holds linux/arm64/v8`);
    const warnings: string[] = [];
    const seen: string[] = [];
    await forEachPlatform(dir, { logger: { info: () => {}, warn: (message) => warnings.push(message), debug: () => {} } }, (image) => {
      seen.push(image.platform ? `${image.platform.os}/${image.platform.architecture}` : '?');
      image.fs.close();
      return Promise.resolve();
    });
    assert.deepEqual(seen, ['linux/arm64']);
    assert.deepEqual(warnings, [`${dir}: not checked, since the layout holds only their index entries (a partial export): linux/amd64, linux/ppc64le`]);
    const none = await writeLayoutDir(new Map([...whole].filter(([name]) => !name.startsWith('blobs/') || isIndex(whole.get(name)!))), path.join(tmp.dir, 'none'));
    await assert.rejects(openImage(none), (error: Error) => error instanceof ImageError && error.message.startsWith(`${none}: the index lists images for linux/arm64/v8, linux/amd64, linux/ppc64le, but the layout holds none of their manifests: a partial export`));
  });

  it("reads only the chosen platform's manifest and config when the index names each platform", async () => {
    await using tmp = await tempFolder();
    const images: TestImage[] = ['arm64', 'amd64', 'ppc64le', 's390x'].map((architecture) => ({ layers: [tar([{ name: `${architecture}.txt`, content: architecture }])], platform: { os: 'linux', architecture } }));
    const dir = await writeLayoutDir(ociLayout(images, { withPlatforms: true, attestation: true }), tmp.dir);
    const files = await DirectoryFiles.open(dir);
    const read: string[] = [];
    const counting: ArchiveFiles = {
      location: files.location,
      size: (name) => files.size(name),
      read: (name, maxBytes) => {
        read.push(name);
        return files.read(name, maxBytes);
      },
      chunks: (name) => files.chunks(name),
      where: (name) => files.where(name),
      close: () => files.close(),
    };
    const plan = await planOciLayout(counting, undefined);
    assert.deepEqual(plan.platform, { os: 'linux', architecture: 'amd64' });
    assert.deepEqual(read.filter((name) => name.startsWith('blobs/')).length, 2, `the amd64 manifest and its config only: ${read.join(', ')}`);
    read.length = 0;
    await planOciLayout(counting, { os: 'linux', architecture: 's390x' });
    assert.equal(read.filter((name) => name.startsWith('blobs/')).length, 2);
  });

  it('asks for a platform when an index has several and none is linux/amd64', async () => {
    await using tmp = await tempFolder();
    const images: TestImage[] = ['arm64', 'ppc64le'].map((architecture) => ({ layers: [tar([{ name: 'a', content: '' }])], platform: { os: 'linux', architecture } }));
    const dir = await writeLayoutDir(ociLayout(images, { withPlatforms: true }), tmp.dir);
    await assert.rejects(openImage(dir), /holds images for linux\/arm64, linux\/ppc64le; choose one with --platform/);
  });

  it('reads the platform from the config when the index does not say', async () => {
    await using tmp = await tempFolder();
    const dir = await writeLayoutDir(ociLayout([{ layers: [tar([])], platform: { os: 'linux', architecture: 'arm64' } }]), tmp.dir);
    assert.deepEqual((await openImage(dir, { platform: { os: 'linux', architecture: 'arm64' } })).config.platform, { os: 'linux', architecture: 'arm64' });
    await assert.rejects(openImage(dir, { platform: { os: 'linux', architecture: 'amd64' } }), /no image for platform linux\/amd64; it has linux\/arm64/);
  });

  it('picks an image of a multi-image docker-archive by tag, and lists the tags otherwise', async () => {
    await using tmp = await tempFolder();
    const file = await writeArchive(tmp.dir, 'two.tar', layoutTar(legacyDockerArchive([{ layers: [tar([{ name: 'one', content: '' }])], tags: ['svc:one'] }, { layers: [tar([{ name: 'two', content: '' }])], tags: ['svc:two'] }])));
    await assert.rejects(openImage(file), /holds 2 images \(svc:one; svc:two\); name one as docker-archive:FILE:TAG/);
    assert.ok((await openImage(`docker-archive:${file}:svc:two`)).fs.exists('/two'));
    await assert.rejects(openImage(`docker-archive:${file}:svc:three`), /no image tagged svc:three; it holds svc:one; svc:two/);
  });

  it('matches a tag as docker normalises names: ex:1 is docker.io/library/ex:1, and the reverse', async () => {
    await using tmp = await tempFolder();
    const file = await writeArchive(tmp.dir, 'named.tar', layoutTar(legacyDockerArchive([
      { layers: [tar([{ name: 'short', content: '' }])], tags: ['ex:1'] },
      { layers: [tar([{ name: 'full', content: '' }])], tags: ['docker.io/library/ex:2'] },
      { layers: [tar([{ name: 'latest', content: '' }])], tags: ['org/ex:latest'] },
      { layers: [tar([{ name: 'registry', content: '' }])], tags: ['localhost:5000/ex:1'] },
    ])));
    for (const [reference, path] of [
      ['ex:1', '/short'], ['docker.io/library/ex:1', '/short'], ['library/ex:1', '/short'], ['index.docker.io/library/ex:1', '/short'],
      ['ex:2', '/full'], ['docker.io/library/ex:2', '/full'], ['docker.io/ex:2', '/full'],
      ['org/ex', '/latest'], ['docker.io/org/ex:latest', '/latest'],
      ['localhost:5000/ex:1', '/registry'],
    ] as const) {
      assert.ok((await openImage(`docker-archive:${file}:${reference}`)).fs.exists(path), reference);
    }
    // Another registry, or another repository of Docker Hub, is another name.
    for (const reference of ['ghcr.io/library/ex:1', 'other/ex:1', 'ex', 'ex:3', 'localhost/ex:1']) {
      await assert.rejects(openImage(`docker-archive:${file}:${reference}`), new RegExp(`no image tagged ${reference.replaceAll('.', '\\.')}; it holds ex:1; docker\\.io/library/ex:2;`), reference);
    }
  });

  it('picks an image of a Docker 25+ archive by the names its index carries', async () => {
    await using tmp = await tempFolder();
    const files = ociLayout(['one', 'two'].map((name) => ({ layers: [tar([{ name, content: '' }])] })));
    const index = JSON.parse((files.get('index.json') as Buffer).toString('utf8')) as { manifests: Array<{ annotations?: Record<string, string> }> };
    // As Docker 25+ `docker save ex:1 ex:2` writes them.
    index.manifests.forEach((descriptor, position) => (descriptor.annotations = { 'io.containerd.image.name': `docker.io/library/ex:${position + 1}`, 'org.opencontainers.image.ref.name': `${position + 1}` }));
    files.set('index.json', Buffer.from(JSON.stringify(index)));
    const file = await writeArchive(tmp.dir, 'docker25.tar', layoutTar(files));
    for (const [reference, path] of [['ex:2', '/two'], ['docker.io/library/ex:2', '/two'], ['ex:1', '/one'], ['library/ex:1', '/one']] as const) {
      assert.ok((await openImage(`docker-archive:${file}:${reference}`)).fs.exists(path), reference);
    }
    await assert.rejects(openImage(`docker-archive:${file}:ex:3`), /no image tagged ex:3; it holds docker\.io\/library\/ex:1, docker\.io\/library\/ex:2$/);
  });
});

describe('openImage: bad input gets a clear error', () => {
  async function rejectsWith(source: string, pattern: RegExp): Promise<void> {
    await assert.rejects(openImage(source), (error: Error) => {
      assert.ok(error instanceof ImageError, `expected an ImageError, got ${error.name}: ${error.message}`);
      assert.match(error.message, pattern);
      return true;
    });
  }

  it('a truncated archive', async () => {
    await using tmp = await tempFolder();
    const whole = layoutTar(ociLayout([image]));
    const file = await writeArchive(tmp.dir, 'cut.tar', whole.subarray(0, Math.floor(whole.length * 0.6)));
    await rejectsWith(file, /cut\.tar: not a valid tar archive \(unexpected end of archive/);
  });

  it('a file that is not an archive', async () => {
    await using tmp = await tempFolder();
    await rejectsWith(await writeArchive(tmp.dir, 'notes.txt', Buffer.from('hello\n'.repeat(200))), /notes\.txt: not a valid tar archive \(header checksum mismatch/);
  });

  it('a tar that is neither layout', async () => {
    await using tmp = await tempFolder();
    await rejectsWith(await writeArchive(tmp.dir, 'plain.tar', tar([{ name: 'hello.txt', content: 'hi' }])), /plain\.tar: neither an OCI image layout \(oci-layout \+ index\.json\) nor a docker-archive/);
  });

  it('corrupt gzip and zstd layers, and a truncated one', async () => {
    await using tmp = await tempFolder();
    const gz = gzip(base);
    const cases: Array<[string, Buffer, RegExp]> = [
      ['gzip', Buffer.concat([gz.subarray(0, 20), Buffer.alloc(200, 0x55), gz.subarray(220)]), /layer 1 of 1 \(blobs\/sha256\/[0-9a-f]{64}\): corrupt gzip data/],
      ['gzip-truncated', gz.subarray(0, gz.length - 30), /layer 1 of 1 .*: corrupt gzip data \(unexpected end of file\)/],
      ['zstd', Buffer.concat([zstd(base).subarray(0, 12), Buffer.alloc(100, 0x55)]), /layer 1 of 1 .*: corrupt zstd data/],
      ['zstd-garbage-block', Buffer.concat([zstd(tar([{ name: 'a/b.py', content: 'x'.repeat(3000) }])).subarray(0, 12), Buffer.alloc(100, 0x55)]), /layer 1 of 1 .*: corrupt zstd data \(Data corruption detected\)/],
      ['zstd-truncated', zstd(base).subarray(0, 40), /layer 1 of 1 .*: corrupt zstd data|layer 1 of 1 .*: not a valid tar stream/],
    ];
    for (const [name, layer, pattern] of cases) {
      const file = await writeArchive(tmp.dir, `${name}.tar`, layoutTar(ociLayout([{ layers: [layer] }])));
      await rejectsWith(file, pattern);
    }
  });

  it('a layer whose tar stream stops in the middle', async () => {
    await using tmp = await tempFolder();
    const file = await writeArchive(tmp.dir, 'short-layer.tar', layoutTar(ociLayout([{ layers: [gzip(base.subarray(0, 700))] }])));
    await rejectsWith(file, /layer 1 of 1 .*: not a valid tar stream \(unexpected end of archive inside the data of "usr\/lib\/python3\.11\/os\.py"/);
  });

  it('a manifest naming a missing blob', async () => {
    await using tmp = await tempFolder();
    const files = ociLayout([image]);
    const missing = sha256(image.layers[1]!);
    files.delete(`blobs/sha256/${missing}`);
    await rejectsWith(await writeArchive(tmp.dir, 'missing.tar', layoutTar(files)), new RegExp(`names layer blob sha256:${missing}, which is missing from the layout`));
    const dir = await writeLayoutDir(files, path.join(tmp.dir, 'dir'));
    await rejectsWith(dir, new RegExp(`names layer blob sha256:${missing}, which is missing`));
  });

  it('a docker-archive manifest naming a missing layer', async () => {
    await using tmp = await tempFolder();
    const files = legacyDockerArchive([{ layers: [base, add] }]);
    const layerName = [...files.keys()].find((name) => name.endsWith('layer.tar'))!;
    files.delete(layerName);
    await rejectsWith(await writeArchive(tmp.dir, 'gap.tar', layoutTar(files)), new RegExp(`manifest\\.json names ${layerName}, which is missing from the archive`));
  });

  it('a layer entry named ../../etc/passwd, refused without writing anything', async () => {
    await using tmp = await tempFolder();
    const evil = tar([{ name: '../../etc/passwd', content: 'root::0:0::/:/bin/sh\n' }]);
    await rejectsWith(await writeArchive(tmp.dir, 'evil.tar', layoutTar(ociLayout([{ layers: [evil] }]))), /entry "\.\.\/\.\.\/etc\/passwd" climbs out of the image root/);
  });

  it('an invalid digest that would climb out of the layout', async () => {
    await using tmp = await tempFolder();
    const files = ociLayout([image]);
    files.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:../../../etc/passwd', size: 1 }] })));
    await rejectsWith(await writeLayoutDir(files, tmp.dir), /"sha256:\.\.\/\.\.\/\.\.\/etc\/passwd" is not a valid digest/);
  });

  it('invalid JSON in index.json', async () => {
    await using tmp = await tempFolder();
    const files = ociLayout([image]);
    files.set('index.json', Buffer.from('{"manifests": ['));
    await rejectsWith(await writeLayoutDir(files, tmp.dir), /index\.json is not valid JSON/);
  });

  it('an OCI archive prefix on a docker-archive', async () => {
    await using tmp = await tempFolder();
    const file = await writeArchive(tmp.dir, 'legacy.tar', layoutTar(legacyDockerArchive([image])));
    await rejectsWith(`oci-archive:${file}`, /legacy\.tar is a docker-archive, not an OCI archive/);
  });

  it('a missing file or directory', async () => {
    await rejectsWith('docker-archive:/nonexistent/image.tar', /\/nonexistent\/image\.tar: no such file or directory \(expected a docker-archive/);
    await rejectsWith('dir:/nonexistent/rootfs', /\/nonexistent\/rootfs: no such directory \(expected a root filesystem\)/);
  });
});

describe('openImage: root filesystem directories', () => {
  it('reads files, symlinks and directories without following links on the host', async () => {
    await using tmp = await tempFolder();
    const root = path.join(tmp.dir, 'rootfs');
    await mkdir(path.join(root, 'app/pkg'), { recursive: true });
    await mkdir(path.join(root, 'etc'), { recursive: true });
    await writeFile(path.join(root, 'etc/passwd'), 'app:x:1000:1000::/home/app:/bin/sh\n');
    await writeFile(path.join(root, 'app/pkg/__init__.py'), 'from . import x\n');
    await writeFile(path.join(root, 'app/data.bin'), Buffer.alloc(100));
    await symlink('/etc/passwd', path.join(root, 'app/passwd-link'));
    await symlink('../../../../../../etc', path.join(root, 'app/etc-up'));
    const opened = await openImage(`dir:${root}`, { select: (p) => (p.endsWith('.py') || p === '/etc/passwd' ? Infinity : 0) });
    assert.equal(opened.kind, 'dir');
    assert.equal(opened.layers.length, 0);
    assert.equal(opened.fs.readText('/app/passwd-link'), 'app:x:1000:1000::/home/app:/bin/sh\n', "the image's /etc/passwd, not the host's");
    assert.equal(opened.fs.realpath('/app/etc-up/passwd'), '/etc/passwd');
    assert.equal(opened.fs.stat('/app/data.bin')?.size, 100);
    assert.equal(opened.fs.readText('/app/pkg/__init__.py'), 'from . import x\n');
  });

  it('takes the configuration from a config blob, docker inspect output, or a bare config', async () => {
    await using tmp = await tempFolder();
    const root = path.join(tmp.dir, 'rootfs');
    await mkdir(root);
    const bare = { Cmd: ['python', '-m', 'app'], WorkingDir: '/srv' };
    const shapes = { blob: { os: 'linux', architecture: 'amd64', config: bare }, inspect: [{ Os: 'linux', Architecture: 'amd64', Config: bare }], bare };
    for (const [name, json] of Object.entries(shapes)) {
      const file = path.join(tmp.dir, `${name}.json`);
      await writeFile(file, JSON.stringify(json));
      const opened = await openImage(root, { configFile: file });
      assert.deepEqual(opened.config.cmd, ['python', '-m', 'app'], name);
      assert.equal(opened.config.workingDir, '/srv', name);
    }
    const broken = path.join(tmp.dir, 'broken.json');
    await writeFile(broken, '{');
    await assert.rejects(openImage(root, { configFile: broken }), /image config .*broken\.json is not valid JSON/);
    await assert.rejects(openImage(root, { configFile: path.join(tmp.dir, 'absent.json') }), /image config .*absent\.json: ENOENT/);
  });
});
