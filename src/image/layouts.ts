import { ImageError } from '../errors.ts';
import { formatBytes } from '../units.ts';
import type { ArchiveFiles } from './archive-files.ts';
import { type BlobExpectation, BlobMismatchError, checkBytes, digestAlgorithm } from './blob-digest.ts';
import { formatPlatform, type ImageConfig, layerDiffIds, parseImageConfig, parsePlatform, type Platform } from './config.ts';
import { normalizeReference } from './source.ts';

/** One layer of a plan: where its blob is and what its bytes must hash to. */
export interface PlannedLayer {
  /** Layout-relative name of the layer blob. */
  name: string;
  /** The stored blob's digest and size, from its OCI descriptor. */
  blob?: BlobExpectation;
  /** A docker-archive config's `rootfs.diff_ids` entry: the sha256 of the layer's uncompressed tar. */
  diffId?: string;
}

/** What a layout says about one image: its configuration and its layers, bottom first. */
export interface ImagePlan {
  config: ImageConfig;
  layers: PlannedLayer[];
  /** How the chosen image is named in messages (a tag or a manifest digest). */
  label: string;
  /** The platform its index entry (or else its config) gives, for an image of an OCI layout. */
  platform?: Platform;
}

// Limits against hostile layouts. Real images stay far below each one; the README lists them.
/** index.json, manifest.json, manifests, nested indexes and configs: each at most this large. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** Image indexes nested inside index.json. */
export const MAX_INDEX_DEPTH = 8;
/** Descriptors listed by index.json and all the (distinct) indexes it reaches, together. */
export const MAX_INDEX_DESCRIPTORS = 1000;
/** Layers of one image; Docker's classic layer store refuses more than 125. */
export const MAX_LAYERS = 500;
/** Platforms `platform: all` checks in one run; official multi-platform images have about ten. */
export const MAX_PLATFORMS = 32;
/** A platform's name (os/arch/variant) with `platform: all`, where every finding's message carries it. */
const MAX_PLATFORM_NAME = 100;

const LIMIT_HINT = 'no image built by Docker, BuildKit, Buildah or a registry comes near it; check where this image comes from';

async function readJsonBytes(files: ArchiveFiles, name: string, what: string): Promise<Buffer> {
  const size = await files.size(name);
  if (size === undefined) throw new ImageError(`${files.location}: ${name} is missing`);
  if (size > MAX_JSON_BYTES) {
    throw new ImageError(`${files.location}: ${what} is ${formatBytes(size)}, over the ${formatBytes(MAX_JSON_BYTES)} limit for a JSON document of an image layout; ${LIMIT_HINT}`);
  }
  return files.read(name, MAX_JSON_BYTES);
}

function parseJson(bytes: Buffer, files: ArchiveFiles, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    throw new ImageError(`${files.location}: ${what} is not valid JSON (${(error as Error).message})`);
  }
}

/** A JSON file of the layout, at most MAX_JSON_BYTES; checked against `expected` when given. */
export async function readJson(files: ArchiveFiles, name: string, expected?: BlobExpectation): Promise<unknown> {
  const bytes = await readJsonBytes(files, name, name);
  if (expected) checkBytes(bytes, expected, `${files.location}: ${name}`);
  return parseJson(bytes, files, name);
}

function tooManyLayers(files: ArchiveFiles, what: string, count: number): ImageError {
  return new ImageError(`${files.location}: ${what} lists ${count} layers, over the limit of ${MAX_LAYERS} layers per image; ${LIMIT_HINT}`);
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
    const wanted = normalizeReference(reference);
    chosen = images.find((entry) => tagsOf(entry).some((tag) => normalizeReference(tag) === wanted));
    if (!chosen) throw new ImageError(`${files.location}: no image tagged ${reference}; it holds ${describeTags(images.map(tagsOf))}`);
  } else if (images.length === 1) {
    chosen = images[0];
  } else {
    throw new ImageError(`${files.location}: holds ${images.length} images (${describeTags(images.map(tagsOf))}); name one as docker-archive:FILE:TAG`);
  }
  const entry = chosen!;
  if (entry.Layers.length > MAX_LAYERS) throw tooManyLayers(files, 'manifest.json', entry.Layers.length);
  for (const layer of [entry.Config, ...entry.Layers]) {
    if ((await files.size(layer)) === undefined) throw new ImageError(`${files.location}: manifest.json names ${layer}, which is missing from the archive`);
  }
  // `docker save` names the config by its sha256 (`<hex>.json`): check it when it is so named.
  const configDigest = /^(?:.*\/)?([0-9a-f]{64})(?:\.json)?$/.exec(entry.Config)?.[1];
  const configJson = await readJson(files, entry.Config, configDigest ? { digest: `sha256:${configDigest}` } : undefined);
  const where = `${files.location}: ${entry.Config}`;
  const config = parseImageConfig(configJson, where);
  const diffIds = layerDiffIds(configJson, where);
  if (diffIds && diffIds.length !== entry.Layers.length) {
    throw new ImageError(`${where}: rootfs.diff_ids lists ${diffIds.length} layers, but manifest.json lists ${entry.Layers.length}: the archive is inconsistent; export the image again`);
  }
  const layers = entry.Layers.map((name, index): PlannedLayer => {
    const diffId = diffIds?.[index];
    if (diffId === undefined) return { name };
    digestAlgorithm(diffId, where);
    return { name, diffId };
  });
  return { config, layers, label: tagsOf(entry)[0] ?? entry.Config };
}

function describeTags(tagLists: string[][]): string {
  return tagLists.map((tags) => (tags.length > 0 ? tags.join(', ') : '(untagged)')).join('; ');
}

// ---- OCI image layout (directory or archive; also Docker 25+ `docker save`) ----

interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: unknown;
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

/**
 * Where a descriptor's blob is and what it must be. A stored size that differs from the
 * descriptor's is refused here, before anything is read: that is how a truncated blob shows.
 */
async function locateBlob(files: ArchiveFiles, descriptor: Descriptor, referrer: string, kind: string): Promise<{ name: string; expected: BlobExpectation; storedSize: number }> {
  const { digest, size } = descriptor;
  const name = blobName(files, digest);
  digestAlgorithm(digest, `${files.location}: ${referrer}`);
  if (size !== undefined && !(Number.isSafeInteger(size) && (size as number) >= 0)) {
    throw new ImageError(`${files.location}: ${referrer} gives ${kind} ${digest} the size ${JSON.stringify(size)}, which is not a byte count`);
  }
  const expected: BlobExpectation = { digest, size: size as number | undefined };
  const storedSize = await files.size(name);
  if (storedSize === undefined) throw new ImageError(`${files.location}: ${referrer} names ${kind} ${digest}, which is missing from the layout (expected at ${name})`);
  if (expected.size !== undefined && storedSize !== expected.size) {
    throw new BlobMismatchError(`${files.location}: ${name}: ${kind} ${digest} is ${storedSize} bytes, but ${referrer} says ${expected.size}: the blob is truncated or altered; export the image again`);
  }
  return { name, expected, storedSize };
}

/** The platform an index entry gives, when it gives os and architecture. */
function platformOf(descriptor: Descriptor): Platform | undefined {
  if (!descriptor.platform?.os || !descriptor.platform.architecture) return undefined;
  const platform: Platform = { os: descriptor.platform.os, architecture: descriptor.platform.architecture };
  if (descriptor.platform.variant) platform.variant = descriptor.platform.variant;
  return platform;
}

function descriptorList(value: unknown): Descriptor[] {
  const manifests = (value as { manifests?: unknown } | null)?.manifests;
  return Array.isArray(manifests) ? manifests.filter(isDescriptor) : [];
}

/** Build attestations (SBOM, provenance) ride in the index as manifests for "unknown/unknown". */
function isAttestation(descriptor: Descriptor): boolean {
  return descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || descriptor.platform?.os === 'unknown';
}

/** An image manifest of the index, and its configuration. */
interface LoadedImage {
  manifest: { config?: Descriptor; layers?: unknown[] };
  config: ImageConfig;
}

interface Candidate {
  digest: string;
  platform: Platform | undefined;
  /**
   * The manifest and its configuration, read when first asked for; undefined when the layout
   * lacks the manifest (a partial export: Docker's containerd image store saves a multi-platform
   * image pulled for one platform with the whole index and that platform's blobs).
   */
  load(): Promise<LoadedImage | undefined>;
}

/** `load` run once, its promise kept. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/**
 * One walk over index.json and the indexes it nests. Every blob is read (and verified) at most
 * once, an index reached twice is expanded once, and the walk stops at MAX_INDEX_DEPTH levels
 * and MAX_INDEX_DESCRIPTORS descriptors: a small archive cannot make it read without end. An
 * entry that names its platform is read only when that platform is chosen: a registry's index
 * lists many, each one more request.
 */
class IndexWalk {
  readonly candidates: Candidate[] = [];
  private readonly files: ArchiveFiles;
  private readonly blobs = new Map<string, unknown>();
  private readonly visited = new Set<string>();
  private descriptors = 0;

  constructor(files: ArchiveFiles) {
    this.files = files;
  }

  private async blobJson(descriptor: Descriptor, referrer: string, kind: string): Promise<unknown> {
    if (this.blobs.has(descriptor.digest)) return this.blobs.get(descriptor.digest);
    const { name, expected } = await locateBlob(this.files, descriptor, referrer, kind);
    const what = `${kind} ${descriptor.digest}`;
    const bytes = await readJsonBytes(this.files, name, what);
    checkBytes(bytes, expected, `${this.files.location}: ${name}`);
    const json = parseJson(bytes, this.files, what);
    this.blobs.set(descriptor.digest, json);
    return json;
  }

  async visit(descriptors: Descriptor[], referrer: string, depth: number): Promise<void> {
    this.descriptors += descriptors.length;
    if (this.descriptors > MAX_INDEX_DESCRIPTORS) {
      throw new ImageError(`${this.files.location}: index.json and the indexes it nests list over ${MAX_INDEX_DESCRIPTORS} manifests, the limit; ${LIMIT_HINT}`);
    }
    for (const descriptor of descriptors) {
      if (isAttestation(descriptor) || this.visited.has(descriptor.digest)) continue;
      this.visited.add(descriptor.digest);
      const listed = platformOf(descriptor);
      if (listed && !INDEX_TYPES.has(descriptor.mediaType ?? '')) {
        this.candidates.push({ digest: descriptor.digest, platform: listed, load: once(() => this.loadListed(descriptor, referrer)) });
        continue;
      }
      const blob = await this.blobJson(descriptor, referrer, 'manifest');
      const mediaType = descriptor.mediaType ?? (blob as { mediaType?: string } | null)?.mediaType ?? '';
      const isObject = typeof blob === 'object' && blob !== null;
      if (INDEX_TYPES.has(mediaType) || (isObject && !('layers' in blob) && 'manifests' in blob)) {
        if (depth + 1 > MAX_INDEX_DEPTH) {
          throw new ImageError(`${this.files.location}: image indexes nest more than ${MAX_INDEX_DEPTH} deep (index ${descriptor.digest} is level ${depth + 1}), over the limit; ${LIMIT_HINT}`);
        }
        await this.visit(descriptorList(blob), `index ${descriptor.digest}`, depth + 1);
        continue;
      }
      const loaded = await this.image(descriptor, blob);
      this.candidates.push({ digest: descriptor.digest, platform: loaded.config.platform, load: () => Promise.resolve(loaded) });
    }
  }

  /** An entry that named its platform, once chosen; undefined when the layout lacks its manifest. */
  private async loadListed(descriptor: Descriptor, referrer: string): Promise<LoadedImage | undefined> {
    if ((await this.files.size(blobName(this.files, descriptor.digest))) === undefined) return undefined;
    return this.image(descriptor, await this.blobJson(descriptor, referrer, 'manifest'));
  }

  private async image(descriptor: Descriptor, blob: unknown): Promise<LoadedImage> {
    const manifest = (typeof blob === 'object' && blob !== null ? blob : {}) as LoadedImage['manifest'];
    if (!isDescriptor(manifest.config) || !Array.isArray(manifest.layers)) {
      throw new ImageError(`${this.files.location}: manifest ${descriptor.digest} has no config or layers`);
    }
    const configJson = await this.blobJson(manifest.config, `manifest ${descriptor.digest}`, 'config');
    return { manifest, config: parseImageConfig(configJson, `${this.files.location}: config ${manifest.config.digest}`) };
  }
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

/** The names an index entry carries: containerd's full name, and the OCI ref name (a tag, or a full name). */
function namesOf(descriptor: Descriptor): string[] {
  const annotations = descriptor.annotations ?? {};
  return [annotations['io.containerd.image.name'], annotations['org.opencontainers.image.ref.name']].filter((name): name is string => typeof name === 'string' && name !== '');
}

/** index.json's image manifests (attestations left out); `reference` picks the entries named so. */
async function ociCandidates(files: ArchiveFiles, reference: string | undefined): Promise<Candidate[]> {
  const index = await readJson(files, 'index.json');
  const walk = new IndexWalk(files);
  let top = descriptorList(index);
  if (reference) {
    const wantedName = normalizeReference(reference);
    const named = top.filter((descriptor) => namesOf(descriptor).some((name) => name === reference || normalizeReference(name) === wantedName));
    if (named.length === 0) {
      const held = [...new Set(top.flatMap((descriptor) => namesOf(descriptor).slice(0, 1)))];
      throw new ImageError(`${files.location}: no image tagged ${reference}; it holds ${held.length > 0 ? held.join(', ') : 'no named image'}`);
    }
    top = named;
  }
  await walk.visit(top, 'index.json', 0);
  if (walk.candidates.length === 0) throw new ImageError(`${files.location}: index.json lists no image manifest`);
  return walk.candidates;
}

/** The candidates the layout holds, each with its manifest, and the platforms of those it lacks. */
async function loadAll(files: ArchiveFiles, candidates: readonly Candidate[]): Promise<{ present: Array<Candidate & { loaded: LoadedImage }>; absent: Platform[] }> {
  const present: Array<Candidate & { loaded: LoadedImage }> = [];
  const absent: Platform[] = [];
  for (const candidate of candidates) {
    const loaded = await candidate.load();
    if (loaded) present.push({ ...candidate, loaded });
    else if (candidate.platform) absent.push(candidate.platform);
  }
  if (present.length === 0) {
    throw new ImageError(`${files.location}: the index lists images for ${describePlatforms(absent)}, but the layout holds none of their manifests: a partial export; export the image again with its content (docker pull it for the platform first)`);
  }
  return { present, absent };
}

/**
 * A platform as messages and reports name it: the index's words, so only when they are
 * os/arch[/variant] of at most MAX_PLATFORM_NAME characters.
 */
export function platformName(platform: Platform | undefined): string {
  if (!platform) return 'unknown platform';
  const name = formatPlatform(platform);
  const parsed = name.length <= MAX_PLATFORM_NAME ? parsePlatform(name) : undefined;
  return parsed && formatPlatform(parsed) === name ? name : 'a platform not named os/arch[/variant]';
}

function describePlatforms(platforms: ReadonlyArray<Platform | undefined>): string {
  return [...new Set(platforms.map(platformName))].join(', ');
}

async function planCandidate(files: ArchiveFiles, image: Candidate, loaded: LoadedImage): Promise<ImagePlan> {
  const layerDescriptors = loaded.manifest.layers ?? [];
  if (layerDescriptors.length > MAX_LAYERS) throw tooManyLayers(files, `manifest ${image.digest}`, layerDescriptors.length);
  const layers: PlannedLayer[] = [];
  for (const layer of layerDescriptors) {
    if (!isDescriptor(layer)) throw new ImageError(`${files.location}: manifest ${image.digest} has a malformed layer descriptor`);
    const { name, expected } = await locateBlob(files, layer, `manifest ${image.digest}`, 'layer blob');
    layers.push({ name, blob: expected });
  }
  const platform = image.platform ?? loaded.config.platform;
  return { config: loaded.config, layers, label: image.digest, ...(platform && { platform }) };
}

/** `reference` picks, among index.json's entries, those named so (Docker 25+ `docker save` of several images). */
export async function planOciLayout(files: ArchiveFiles, wanted: Platform | undefined, reference?: string): Promise<ImagePlan> {
  const candidates = await ociCandidates(files, reference);
  if (wanted) {
    const chosen = candidates.find((candidate) => matches(candidate.platform, wanted));
    if (!chosen) throw new ImageError(`${files.location}: no image for platform ${formatPlatform(wanted)}; it has ${describePlatforms(candidates.map((candidate) => candidate.platform))}`);
    const loaded = await chosen.load();
    if (loaded) return planCandidate(files, chosen, loaded);
    const { present } = await loadAll(files, candidates);
    throw new ImageError(`${files.location}: the index lists an image for platform ${formatPlatform(wanted)}, but the layout does not hold it (a partial export keeps only the platforms pulled); it holds ${describePlatforms(present.map((candidate) => candidate.platform))}`);
  }
  // linux/amd64 when the index lists it and the layout holds it; else the one image held.
  const preferred = candidates.length === 1 ? candidates[0] : candidates.find((candidate) => matches(candidate.platform, DEFAULT_PLATFORM));
  const loaded = await preferred?.load();
  if (preferred && loaded) return planCandidate(files, preferred, loaded);
  const { present } = await loadAll(files, candidates);
  if (present.length === 1) return planCandidate(files, present[0]!, present[0]!.loaded);
  throw new ImageError(`${files.location}: holds images for ${describePlatforms(present.map((candidate) => candidate.platform))}; choose one with --platform (input platform)`);
}

/**
 * Every platform's image of an OCI layout (`platform: all`), in index order; attestations and
 * `unknown/unknown` entries are not images and are left out. Two images for one platform cannot
 * both be meant: that is refused, naming them, as is an image whose platform nothing tells.
 */
export async function planOciPlatforms(files: ArchiveFiles, reference?: string): Promise<{ plans: ImagePlan[]; absent: string[] }> {
  const { present: candidates, absent: missing } = await loadAll(files, await ociCandidates(files, reference));
  const absent = [...new Set(missing.map(platformName))];
  if (candidates.length === 1) return { plans: [await planCandidate(files, candidates[0]!, candidates[0]!.loaded)], absent };
  if (candidates.length > MAX_PLATFORMS) {
    throw new ImageError(`${files.location}: holds ${candidates.length} images, over the limit of ${MAX_PLATFORMS} platforms checked at once; ${LIMIT_HINT}, or check one with --platform (input platform)`);
  }
  const seen = new Map<string, string>();
  for (const candidate of candidates) {
    if (!candidate.platform) throw new ImageError(`${files.location}: manifest ${candidate.digest} names no platform, in its index entry or its config, so its verdict could not be told apart; choose one image with --platform (input platform)`);
    const name = formatPlatform(candidate.platform);
    // The name goes into every finding's message: what no real platform is, is refused, not repeated.
    const parsed = name.length <= MAX_PLATFORM_NAME ? parsePlatform(name) : undefined;
    if (!parsed || formatPlatform(parsed) !== name) {
      throw new ImageError(`${files.location}: manifest ${candidate.digest} gives the platform ${JSON.stringify(name.slice(0, MAX_PLATFORM_NAME))}${name.length > MAX_PLATFORM_NAME ? '…' : ''}, which is not os/arch[/variant] of letters, digits, dots, dashes and underscores (at most ${MAX_PLATFORM_NAME} characters); ${LIMIT_HINT}`);
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) throw new ImageError(`${files.location}: holds two images for ${name} (manifests ${earlier} and ${candidate.digest}); check one of them with --platform (input platform) instead of all`);
    seen.set(name, candidate.digest);
  }
  const plans: ImagePlan[] = [];
  for (const candidate of candidates) plans.push(await planCandidate(files, candidate, candidate.loaded));
  return { plans, absent };
}
