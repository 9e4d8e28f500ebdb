import { ImageError } from '../errors.ts';
import type { ArchiveFiles } from './archive-files.ts';
import { formatPlatform, type ImageConfig, parseImageConfig, type Platform } from './config.ts';

/** What a layout says about one image: its configuration and its layers, bottom first. */
export interface ImagePlan {
  config: ImageConfig;
  /** Layout-relative names of the layer blobs, bottom layer first. */
  layers: string[];
  /** How the chosen image is named in messages (a tag or a manifest digest). */
  label: string;
}

const MAX_JSON_BYTES = 16 * 1024 * 1024;

export async function readJson(files: ArchiveFiles, name: string): Promise<unknown> {
  const size = await files.size(name);
  if (size === undefined) throw new ImageError(`${files.location}: ${name} is missing`);
  const bytes = await files.read(name, MAX_JSON_BYTES);
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    throw new ImageError(`${files.location}: ${name} is not valid JSON (${(error as Error).message})`);
  }
}

/** Layout kind decided by content, never by the file name. */
export async function detectLayout(files: ArchiveFiles): Promise<'oci' | 'docker-archive' | undefined> {
  if ((await files.size('oci-layout')) !== undefined && (await files.size('index.json')) !== undefined) return 'oci';
  if ((await files.size('manifest.json')) !== undefined && Array.isArray(await readJson(files, 'manifest.json'))) return 'docker-archive';
  return undefined;
}

// ---- docker-archive (`docker save`, legacy layout) ----

interface DockerManifestEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

function isDockerManifestEntry(value: unknown): value is DockerManifestEntry {
  const entry = value as DockerManifestEntry;
  return typeof entry === 'object' && entry !== null && typeof entry.Config === 'string' && Array.isArray(entry.Layers) && entry.Layers.every((layer) => typeof layer === 'string');
}

/** Reads `manifest.json` of a docker-archive; `reference` picks one image when it holds several. */
export async function planDockerArchive(files: ArchiveFiles, reference: string | undefined): Promise<ImagePlan> {
  const manifest = (await readJson(files, 'manifest.json')) as unknown[];
  const images = manifest.filter(isDockerManifestEntry);
  if (images.length === 0) throw new ImageError(`${files.location}: manifest.json lists no image`);
  const tagsOf = (entry: DockerManifestEntry): string[] => entry.RepoTags ?? [];
  let chosen: DockerManifestEntry | undefined;
  if (reference) {
    chosen = images.find((entry) => tagsOf(entry).includes(reference) || tagsOf(entry).includes(`${reference}:latest`));
    if (!chosen) throw new ImageError(`${files.location}: no image tagged ${reference}; it holds ${describeTags(images.map(tagsOf))}`);
  } else if (images.length === 1) {
    chosen = images[0];
  } else {
    throw new ImageError(`${files.location}: holds ${images.length} images (${describeTags(images.map(tagsOf))}); name one as docker-archive:FILE:TAG`);
  }
  const entry = chosen!;
  for (const layer of [entry.Config, ...entry.Layers]) {
    if ((await files.size(layer)) === undefined) throw new ImageError(`${files.location}: manifest.json names ${layer}, which is missing from the archive`);
  }
  const config = parseImageConfig(await readJson(files, entry.Config), `${files.location}: ${entry.Config}`);
  return { config, layers: entry.Layers, label: tagsOf(entry)[0] ?? entry.Config };
}

function describeTags(tagLists: string[][]): string {
  return tagLists.map((tags) => (tags.length > 0 ? tags.join(', ') : '(untagged)')).join('; ');
}

// ---- OCI image layout (directory or archive; also Docker 25+ `docker save`) ----

interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

function isDescriptor(value: unknown): value is Descriptor {
  return typeof value === 'object' && value !== null && typeof (value as Descriptor).digest === 'string';
}

function blobName(files: ArchiveFiles, digest: string): string {
  if (!DIGEST.test(digest)) throw new ImageError(`${files.location}: ${JSON.stringify(digest)} is not a valid digest`);
  const [algorithm, hex] = digest.split(':') as [string, string];
  return `blobs/${algorithm}/${hex}`;
}

async function readBlobJson(files: ArchiveFiles, digest: string, referrer: string): Promise<unknown> {
  const name = blobName(files, digest);
  if ((await files.size(name)) === undefined) throw new ImageError(`${files.location}: ${referrer} names blob ${digest}, which is missing from the layout (expected at ${name})`);
  return readJson(files, name);
}

function descriptorList(value: unknown): Descriptor[] {
  const manifests = (value as { manifests?: unknown } | null)?.manifests;
  return Array.isArray(manifests) ? manifests.filter(isDescriptor) : [];
}

/** Build attestations (SBOM, provenance) ride in the index as manifests for "unknown/unknown". */
function isAttestation(descriptor: Descriptor): boolean {
  return descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || descriptor.platform?.os === 'unknown';
}

interface Candidate {
  digest: string;
  platform: Platform | undefined;
  manifest: { config?: Descriptor; layers?: unknown[] };
  config: ImageConfig;
}

async function collectCandidates(files: ArchiveFiles, descriptors: Descriptor[], referrer: string, depth: number): Promise<Candidate[]> {
  if (depth > 4) throw new ImageError(`${files.location}: image indexes nested too deep`);
  const candidates: Candidate[] = [];
  for (const descriptor of descriptors) {
    if (isAttestation(descriptor)) continue;
    const blob = await readBlobJson(files, descriptor.digest, referrer);
    const mediaType = descriptor.mediaType ?? (blob as { mediaType?: string }).mediaType ?? '';
    if (INDEX_TYPES.has(mediaType) || (!('layers' in (blob as object)) && 'manifests' in (blob as object))) {
      candidates.push(...(await collectCandidates(files, descriptorList(blob), `index ${descriptor.digest}`, depth + 1)));
      continue;
    }
    const manifest = blob as Candidate['manifest'];
    if (!isDescriptor(manifest.config) || !Array.isArray(manifest.layers)) {
      throw new ImageError(`${files.location}: manifest ${descriptor.digest} has no config or layers`);
    }
    const config = parseImageConfig(await readBlobJson(files, manifest.config.digest, `manifest ${descriptor.digest}`), `${files.location}: config ${manifest.config.digest}`);
    let platform: Platform | undefined;
    if (descriptor.platform?.os && descriptor.platform.architecture) {
      platform = { os: descriptor.platform.os, architecture: descriptor.platform.architecture };
      if (descriptor.platform.variant) platform.variant = descriptor.platform.variant;
    } else platform = config.platform;
    candidates.push({ digest: descriptor.digest, platform, manifest, config });
  }
  return candidates;
}

function matches(platform: Platform | undefined, wanted: Platform): boolean {
  if (!platform) return false;
  if (platform.os !== wanted.os || platform.architecture !== wanted.architecture) return false;
  return wanted.variant === undefined || (platform.variant ?? defaultVariant(platform)) === wanted.variant;
}

function defaultVariant(platform: Platform): string | undefined {
  return platform.architecture === 'arm64' ? 'v8' : undefined;
}

const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

export async function planOciLayout(files: ArchiveFiles, wanted: Platform | undefined): Promise<ImagePlan> {
  const index = await readJson(files, 'index.json');
  const candidates = await collectCandidates(files, descriptorList(index), 'index.json', 0);
  if (candidates.length === 0) throw new ImageError(`${files.location}: index.json lists no image manifest`);
  const available = candidates.map((candidate) => (candidate.platform ? formatPlatform(candidate.platform) : 'unknown platform'));
  let chosen: Candidate | undefined;
  if (wanted) {
    chosen = candidates.find((candidate) => matches(candidate.platform, wanted));
    if (!chosen) throw new ImageError(`${files.location}: no image for platform ${formatPlatform(wanted)}; it has ${[...new Set(available)].join(', ')}`);
  } else if (candidates.length === 1) {
    chosen = candidates[0];
  } else {
    chosen = candidates.find((candidate) => matches(candidate.platform, DEFAULT_PLATFORM));
    if (!chosen) throw new ImageError(`${files.location}: holds images for ${[...new Set(available)].join(', ')}; choose one with --platform (input platform)`);
  }
  const image = chosen!;
  const layers: string[] = [];
  for (const layer of image.manifest.layers ?? []) {
    if (!isDescriptor(layer)) throw new ImageError(`${files.location}: manifest ${image.digest} has a malformed layer descriptor`);
    const name = blobName(files, layer.digest);
    if ((await files.size(name)) === undefined) throw new ImageError(`${files.location}: manifest ${image.digest} names layer blob ${layer.digest}, which is missing from the layout (expected at ${name})`);
    layers.push(name);
  }
  return { config: image.config, layers, label: image.digest };
}
