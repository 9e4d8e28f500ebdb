// Writes image layouts (OCI directory or archive, docker-archive) from layer bytes, for tests.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { tar, type WriteEntry } from './tar-writer.ts';

export interface TestImage {
  layers: Buffer[];
  config?: Record<string, unknown>;
  platform?: { os: string; architecture: string; variant?: string };
  /** Media type written into the descriptor, whatever the bytes are. */
  layerMediaType?: string;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function imageConfigBlob(image: TestImage): Buffer {
  const platform = image.platform ?? { os: 'linux', architecture: 'amd64' };
  return Buffer.from(
    JSON.stringify({
      ...platform,
      config: image.config ?? { Env: ['PATH=/usr/bin:/bin'], Cmd: ['python3'] },
      rootfs: { type: 'layers', diff_ids: image.layers.map((layer) => `sha256:${sha256(layer)}`) },
    }),
  );
}

/** A folder that removes itself; every test layout goes in one. */
export async function tempFolder(prefix = 'import-guard-test-'): Promise<{ dir: string; [Symbol.asyncDispose](): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, [Symbol.asyncDispose]: () => rm(dir, { recursive: true, force: true }) };
}

/** Files of a layout as name -> bytes, before they are written to a directory or a tar. */
export type LayoutFiles = Map<string, Buffer | { symlink: string }>;

/** Stores `data` as a blob named by its sha256; returns the digest. */
export function addBlob(files: LayoutFiles, data: Buffer): string {
  const digest = `sha256:${sha256(data)}`;
  files.set(`blobs/sha256/${sha256(data)}`, data);
  return digest;
}

export interface ManifestRef {
  digest: string;
  size: number;
  platform: { os: string; architecture: string; variant?: string };
}

export function addImageManifest(files: LayoutFiles, image: TestImage): ManifestRef {
  const config = imageConfigBlob(image);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: addBlob(files, config), size: config.length },
      layers: image.layers.map((layer) => ({ mediaType: image.layerMediaType ?? 'application/vnd.oci.image.layer.v1.tar+gzip', digest: addBlob(files, layer), size: layer.length })),
    }),
  );
  return { digest: addBlob(files, manifest), size: manifest.length, platform: image.platform ?? { os: 'linux', architecture: 'amd64' } };
}

/** An OCI layout whose index.json lists `descriptors` (default: one manifest per image, no platform). */
export function ociLayout(images: TestImage[], options: { withPlatforms?: boolean; attestation?: boolean; nestedIndex?: boolean } = {}): LayoutFiles {
  const files: LayoutFiles = new Map();
  const refs = images.map((image) => addImageManifest(files, image));
  const descriptors: unknown[] = refs.map((ref) => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: ref.digest,
    size: ref.size,
    ...(options.withPlatforms && { platform: ref.platform }),
  }));
  if (options.attestation) {
    const attestation = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: `sha256:${sha256('none')}`, size: 0 }, layers: [] }));
    descriptors.push({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: addBlob(files, attestation),
      size: attestation.length,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': refs[0]?.digest ?? '' },
    });
  }
  let top = descriptors;
  if (options.nestedIndex) {
    const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: descriptors }));
    top = [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: addBlob(files, index), size: index.length }];
  }
  files.set('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
  files.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: top })));
  return files;
}

/**
 * A legacy docker-archive (`docker save` before Docker 25): `<id>/layer.tar`, `<id>.json`,
 * `manifest.json`. Identical layers are stored once; later copies are symlinks, as Docker does.
 */
export function legacyDockerArchive(images: Array<TestImage & { tags?: string[] }>): LayoutFiles {
  const files: LayoutFiles = new Map();
  const manifest = images.map((image) => {
    const config = imageConfigBlob(image);
    const configName = `${sha256(config)}.json`;
    files.set(configName, config);
    const seen = new Map<string, string>();
    const layers = image.layers.map((layer, index) => {
      const id = sha256(`${index}:${sha256(layer)}:${configName}`);
      const name = `${id}/layer.tar`;
      const first = seen.get(sha256(layer));
      files.set(name, first ? { symlink: `../${first}` } : layer);
      if (!first) seen.set(sha256(layer), name);
      return name;
    });
    return { Config: configName, RepoTags: image.tags ?? null, Layers: layers };
  });
  files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
  return files;
}

/** Docker 25+ `docker save`: an OCI layout plus a manifest.json naming blobs. */
export function docker25Archive(image: TestImage): LayoutFiles {
  const files = ociLayout([image]);
  const config = imageConfigBlob(image);
  files.set('manifest.json', Buffer.from(JSON.stringify([{ Config: `blobs/sha256/${sha256(config)}`, RepoTags: ['test:latest'], Layers: image.layers.map((layer) => `blobs/sha256/${sha256(layer)}`) }])));
  return files;
}

export async function writeLayoutDir(files: LayoutFiles, dir: string): Promise<string> {
  for (const [name, data] of files) {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    if (Buffer.isBuffer(data)) await writeFile(target, data);
    else throw new Error('symlinks only in archives');
  }
  return dir;
}

export function layoutTar(files: LayoutFiles): Buffer {
  const entries: WriteEntry[] = [...files].map(([name, data]) => (Buffer.isBuffer(data) ? { name, content: data } : { name, type: 'symlink', linkName: data.symlink }));
  return tar(entries);
}
