import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageError } from '../errors.ts';
import { type Logger, silentLogger } from '../logger.ts';
import { formatBytes } from '../units.ts';
import { type ArchiveFiles, DirectoryFiles, TarFiles } from './archive-files.ts';
import { type BlobExpectation, BlobMismatchError, checkBlob, digestAlgorithm, hashChunks, HashingChunks } from './blob-digest.ts';
import type { LayerFormat } from './compression.ts';
import { ContentStore } from './content-store.ts';
import { exportContentSource, layerContentSource, type LayerPlace, type RefetchedLayer, rootfsContentSource } from './content-sources.ts';
import { emptyConfig, formatPlatform, type ImageConfig, parseImageConfig, type Platform } from './config.ts';
import { containerContentSource, readContainerExport, unsurePaths } from './container-export.ts';
import { createReadingContainer, type DaemonImage, daemonImage, type DaemonOptions, daemonImageId, exportContainer, exportDaemonImage, NotInDaemonError, removeReadingContainer } from './daemon.ts';
import { exportedLayer, readExport } from './export-stream.ts';
import { ImageFs } from './image-fs.ts';
import { type ContentSelector, indexLayer, readLayer, type ReadLayerResult } from './layer-reader.ts';
import { applyLayer, TreeBuilder } from './layers.ts';
import { detectLayout, type ImagePlan, type PlannedLayer, planDockerArchive, planOciLayout, planOciPlatforms } from './layouts.ts';
import { openRegistryFiles, type RegistryOptions } from './registry/open.ts';
import { RegistryFiles } from './registry/registry-files.ts';
import { readRootfs } from './rootfs.ts';
import { couldBeReference, isDirectory, isFile, parseSource, type SourceKind, type SourceSpec, splitArchiveReference } from './source.ts';

export interface LayerInfo {
  /** Layout-relative name of the layer blob. */
  name: string;
  format: LayerFormat;
  /** Bytes as stored (compressed, if it is). */
  storedBytes: number;
  /** Bytes of tar after decompression. */
  tarBytes: number;
  entries: number;
}

export interface Image {
  fs: ImageFs;
  config: ImageConfig;
  layers: LayerInfo[];
  /** The kind the source turned out to be, after auto-detection. */
  kind: SourceKind;
  location: string;
  /** The chosen image inside the source: a tag, a manifest digest, or the directory. */
  label: string;
  /** For a `docker:` source, the daemon's ID of the image read: what the boot runs. */
  daemonId?: string;
  /** The platform of an OCI layout's image as its index entry gives it (else its config's). */
  platform?: Platform;
  /** For a `registry:` source, `REPOSITORY@DIGEST` of the manifest read: what the boot pulls. */
  pullReference?: string;
}

export interface OpenImageOptions extends DaemonOptions {
  /** Pick this platform from a multi-platform index (default: linux/amd64 when there is a choice). */
  platform?: Platform;
  /** Which file contents to keep; default none. */
  select?: ContentSelector;
  /** For `dir:` sources: an image configuration JSON file (config blob, inspect output, or bare config). */
  configFile?: string;
  /** Kept contents beyond this many bytes are compressed in memory (default 32 MiB)... */
  contentMemoryBudget?: number;
  /** ...up to this many compressed bytes (default 96 MiB); the rest goes to an unlinked temporary file. */
  compressedMemoryBudget?: number;
  /**
   * Whether layers are hashed against their digests (default true): false only for an archive
   * known to hold what its producer verified, where hashing would read every byte of layers that
   * are otherwise read by their headers alone. A daemon's export is never hashed (see openExport).
   */
  verifyLayers?: boolean;
  /**
   * For `docker:` sources: `save` (the default) reads the image's own export, layer by layer;
   * `container` reads what a container of it sees (see container-export.ts), faster, whose
   * ImageFs tells when the analysis looked at a path whose state may differ from the image's.
   */
  daemonRead?: 'save' | 'container';
  /** `KEY=VALUE`: the label a container made to read an image carries. */
  containerLabel?: string;
  /** For `registry:` sources: credentials, a private CA and plain HTTP. */
  registry?: RegistryOptions;
  logger?: Logger;
}

const KEEP_NOTHING: ContentSelector = () => 0;
/** An image declaring more volumes is read by `docker image save`: a container of it would create one volume each. */
export const MAX_READING_VOLUMES = 32;
/** An export's kept contents held as they are, before the rest is compressed (see openExport). */
const EXPORT_PLAIN_BUDGET = 4 * 1024 * 1024;

function contentStore(options: OpenImageOptions): ContentStore {
  return new ContentStore({
    ...(options.tempDir && { spillDir: options.tempDir }),
    ...(options.contentMemoryBudget !== undefined && { memoryBudget: options.contentMemoryBudget }),
    ...(options.compressedMemoryBudget !== undefined && { compressedBudget: options.compressedMemoryBudget }),
  });
}

/** Opens any supported image source as one read-only file system plus its configuration. */
export async function openImage(source: string | SourceSpec, options: OpenImageOptions = {}): Promise<Image> {
  const spec = await splitArchiveReference(typeof source === 'string' ? parseSource(source) : source);
  const kind = spec.kind === 'auto' ? await detectKind(spec.location, options) : spec.kind;
  if (kind === 'docker') {
    return openDaemonImage(spec.location, options).catch((error: unknown) => {
      // Without a prefix, `a/b` may have meant a file as well as an image: neither is there.
      if (error instanceof NotInDaemonError && spec.kind === 'auto' && spec.location.includes('/')) {
        throw new ImageError(`image ${spec.location} is not in the local Docker daemon (\`docker image ls\` lists what is), and no file or directory has that name; build the image first, or give the path of a saved image`);
      }
      throw error;
    });
  }
  if (kind === 'dir') return openRootfs(spec.location, options);
  if (kind === 'registry') return openRegistry(spec.location, options);
  return openLayoutSource({ ...spec, kind }, options);
}

/**
 * Without a prefix: a file is an archive, a directory a layout or a root filesystem, a path
 * docker could not read as an image reference (`/x`, `./x`) a missing file, and anything else a
 * daemon reference.
 */
async function detectKind(location: string, options: OpenImageOptions): Promise<SourceKind> {
  if (await isFile(location)) return 'docker-archive'; // refined by content in openLayoutSource
  if (await isDirectory(location)) {
    const files = await DirectoryFiles.open(location);
    if (await detectLayout(files)) return 'oci-dir';
    if (options.configFile || (await looksLikeRootfs(location))) return 'dir';
    throw new ImageError(`${location} is not an image: it holds no OCI image layout (oci-layout and index.json), no docker-archive (manifest.json), and no root filesystem (${ROOTFS_FOLDERS.map((name) => `${name}/`).join(', ')} at its top); give oci-dir:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF, or dir:ROOTFS for a root filesystem laid out otherwise`);
  }
  // One that starts with "-" is refused as a daemon reference, which docker would read as an option.
  if (!couldBeReference(location) && !location.startsWith('-')) throw new ImageError(`${location}: no such file or directory (expected an image archive, an OCI layout folder or a root filesystem)`);
  return 'docker';
}

/** Top folders of a root filesystem: a directory with none of them is not one (a source folder, say). */
const ROOTFS_FOLDERS = ['usr', 'bin', 'lib', 'etc', 'opt'];

async function looksLikeRootfs(location: string): Promise<boolean> {
  for (const name of ROOTFS_FOLDERS) if (await isDirectory(path.join(location, name))) return true;
  return false;
}

const KIND_NAMES: Record<SourceKind, string> = {
  'docker': 'a Docker daemon image',
  'docker-archive': 'a docker-archive (docker save)',
  'oci-dir': 'an OCI image layout directory',
  'oci-archive': 'an OCI archive',
  'dir': 'a root filesystem directory',
  'registry': 'an image in a registry',
};

/** The files of an archive or layout folder, checked against the kind asked for. */
async function openLayoutFiles(spec: SourceSpec & { kind: SourceKind }): Promise<ArchiveFiles> {
  const asFile = await isFile(spec.location);
  if (!asFile && !(await isDirectory(spec.location))) {
    throw new ImageError(`${spec.location}: no such file or directory (expected ${KIND_NAMES[spec.kind]})`);
  }
  if (spec.kind === 'oci-archive' && !asFile) {
    throw new ImageError(`${spec.location} is a folder, and oci-archive: expects a file (a tar of an OCI layout); for a folder use oci-dir:${spec.location}`);
  }
  return asFile ? TarFiles.open(spec.location) : DirectoryFiles.open(spec.location);
}

/** The layout's kind by content; Docker 25+ `docker save` writes an OCI layout and a manifest.json: the OCI index wins. */
async function layoutKind(files: ArchiveFiles, spec: SourceSpec & { kind: SourceKind }): Promise<{ layout: 'oci' | 'docker-archive'; kind: SourceKind }> {
  const layout = await detectLayout(files);
  if (!layout) {
    throw new ImageError(`${spec.location}: neither an OCI image layout (oci-layout + index.json) nor a docker-archive (manifest.json listing images)`);
  }
  // An unpacked docker-archive directory reads like the archive itself.
  const kind: SourceKind = layout === 'docker-archive' ? 'docker-archive' : files instanceof TarFiles ? 'oci-archive' : 'oci-dir';
  if (spec.kind === 'oci-archive' && layout !== 'oci') {
    throw new ImageError(`${spec.location} is a docker-archive, not an OCI archive: use docker-archive:${spec.location} or no prefix`);
  }
  return { layout, kind };
}

async function openLayoutSource(spec: SourceSpec & { kind: SourceKind }, options: OpenImageOptions): Promise<Image> {
  const files = await openLayoutFiles(spec);
  try {
    const { kind, plan } = await planLayout(files, spec, options);
    const { fs, layers } = await readLayers(files, plan, options);
    return { fs, config: plan.config, layers, kind, location: spec.location, label: plan.label, ...(plan.platform && { platform: plan.platform }) };
  } finally {
    await files.close();
  }
}

/**
 * `platform: all`: the image of each platform the source holds, read one at a time and handed to
 * `each`, which closes it before the next is read (memory holds one platform's tree). The
 * platforms are those of the OCI layout's index (attestations left out); any other source, or a
 * layout of one image, is one image. The layout is opened once for all of them.
 */
/**
 * `notHeld`: the platforms the index lists whose images the layout lacks (a partial export),
 * told before the first image; they cannot be checked.
 */
export async function forEachPlatform(source: string | SourceSpec, options: Omit<OpenImageOptions, 'platform'>, each: (image: Image, platforms: Platform[]) => Promise<void>, notHeld?: (platforms: string[]) => void): Promise<void> {
  const spec = await splitArchiveReference(typeof source === 'string' ? parseSource(source) : source);
  const kind = spec.kind === 'auto' ? await detectKind(spec.location, options) : spec.kind;
  if (kind === 'docker' || kind === 'dir') {
    const image = await openImage({ ...spec, kind }, options);
    await each(image, image.config.platform ? [image.config.platform] : []);
    return;
  }
  if (kind === 'registry') {
    options.logger?.info(`reading ${spec.location} from its registry`);
    const files = await openRegistryFiles(spec.location, options.registry ?? {});
    try {
      // The registry reader checks each blob as it streams it (see openRegistry).
      await forEachOciPlatform(files, { kind, location: spec.location }, { ...options, verifyLayers: false }, (image, platforms) => each({ ...image, pullReference: files.pullReference(image.label) }, platforms), notHeld);
    } finally {
      await files.close();
    }
    return;
  }
  const files = await openLayoutFiles({ ...spec, kind });
  try {
    const { layout, kind: found } = await layoutKind(files, { ...spec, kind });
    if (layout === 'docker-archive') {
      const plan = await planDockerArchive(files, spec.reference);
      const { fs, layers } = await readLayers(files, plan, options);
      await each({ fs, config: plan.config, layers, kind: found, location: spec.location, label: plan.label }, plan.config.platform ? [plan.config.platform] : []);
      return;
    }
    await forEachOciPlatform(files, { kind: found, location: spec.location, ...(spec.reference !== undefined && { reference: spec.reference }) }, options, each, notHeld);
  } finally {
    await files.close();
  }
}

/** What a layout's index or manifest says of the image the source names: its kind by content, and its plan. */
async function planLayout(files: ArchiveFiles, spec: SourceSpec & { kind: SourceKind }, options: OpenImageOptions): Promise<{ kind: SourceKind; plan: ImagePlan }> {
  const { layout, kind } = await layoutKind(files, spec);
  const plan = layout === 'oci' ? await planOciLayout(files, options.platform, spec.reference) : await planDockerArchive(files, spec.reference);
  if (options.platform && layout !== 'oci' && plan.config.platform && !platformMatches(plan.config.platform, options.platform)) {
    throw new ImageError(`${spec.location}: the image is for ${formatPlatform(plan.config.platform)}, not ${formatPlatform(options.platform)}`);
  }
  // A daemon's export is the daemon's image, whatever layout it came in.
  return { kind: spec.kind === 'docker' ? 'docker' : kind, plan };
}

/**
 * A daemon image, read from the daemon's export as it streams (see export-stream.ts): no copy of
 * the image is made on disk. The export is the daemon's own, of the image it verified when it
 * stored it, so its layers are not hashed again. Files the analysis turns out to need beyond
 * what was kept are read from a second export.
 */
async function openDaemonImage(reference: string, options: OpenImageOptions): Promise<Image> {
  const logger = options.logger ?? silentLogger;
  if (options.daemonRead === 'container') {
    const daemon = await daemonImage(reference, options);
    if (daemon.volumes.length > MAX_READING_VOLUMES) {
      logger.info(`${reference} declares ${daemon.volumes.length} volumes, more than the ${MAX_READING_VOLUMES} a container made to read it may mount: reading it with docker image save`);
    } else if (daemon.storageDriver === 'vfs') {
      // vfs has no copy-on-write: a container's layers are whole copies of the image.
      logger.info(`the Docker daemon stores ${reference} with the vfs driver, which copies the whole image for a container: reading it with docker image save`);
    } else {
      const container = await createReadingContainer(daemon.id, reference, { ...options, ...(options.containerLabel && { label: options.containerLabel }) }).catch((error: unknown) => {
        if (!(error instanceof ImageError)) throw error;
        logger.info(`no container could be made to read ${reference} from (${error.message}): reading it with docker image save`);
        return undefined;
      });
      if (container !== undefined) return openContainerImage(reference, daemon, container, options);
    }
    return openSavedDaemonImage(reference, daemon.id, options);
  }
  return openSavedDaemonImage(reference, await daemonImageId(reference, options), options);
}

/** A daemon image read from `docker image save`: the image's own layers, exactly. */
async function openSavedDaemonImage(reference: string, daemonId: string, options: OpenImageOptions): Promise<Image> {
  (options.logger ?? silentLogger).info(`reading ${reference} as the Docker daemon exports it`);
  const image = await openExport(() => exportDaemonImage(daemonId, reference, options), `docker:${reference}`, options);
  return { ...image, kind: 'docker', location: reference, label: reference, daemonId };
}

/**
 * A daemon image read as a container of it sees it (see container-export.ts), from the
 * container `container` made to read it; removed once read. Files needed beyond what was kept are
 * read from the export of another such container.
 */
async function openContainerImage(reference: string, daemon: DaemonImage, container: string, options: OpenImageOptions): Promise<Image> {
  const select = options.select ?? KEEP_NOTHING;
  const where = `docker:${reference} (container export)`;
  (options.logger ?? silentLogger).info(`reading ${reference} as a container of it sees it (docker container export)`);
  const creating = { ...options, ...(options.containerLabel && { label: options.containerLabel }) };
  const exportAgain = async function* (): AsyncGenerator<Buffer> {
    yield* exportContainer(await createReadingContainer(daemon.id, reference, creating), reference, options);
  };
  const store = contentStore({ ...options, contentMemoryBudget: options.contentMemoryBudget ?? EXPORT_PLAIN_BUDGET });
  try {
    const { root, result } = await readContainerExport(exportContainer(container, reference, options), select, store, where);
    // The working directory as the daemon made it: through the image's own links.
    const workingDir = daemon.config.workingDir.startsWith('/') ? (new ImageFs(root).realpath(daemon.config.workingDir) ?? '') : '';
    const unsure = unsurePaths(root, { workingDir, volumes: daemon.volumes });
    const layers: LayerInfo[] = [{ name: 'container export', format: result.format, storedBytes: result.tarBytes, tarBytes: result.tarBytes, entries: result.entries.length }];
    return { fs: new ImageFs(root, store, containerContentSource(exportAgain, where), unsure), config: daemon.config, layers, kind: 'docker', location: reference, label: reference, daemonId: daemon.id };
  } catch (error) {
    store.close();
    await removeReadingContainer(container, reference, options);
    throw error;
  }
}

/**
 * An image read from an export stream (see export-stream.ts), which `exportImage` produces anew
 * for every pass: the first reads the image, a second only when the analysis needs files it did
 * not keep. Layers are not hashed: this is for exports whose producer verified them.
 */
export async function openExport(exportImage: () => AsyncIterable<Buffer> | Iterable<Buffer>, location: string, options: OpenImageOptions): Promise<Image> {
  const logger = options.logger ?? silentLogger;
  const select = options.select ?? KEEP_NOTHING;
  // Nothing of an export stays on disk to read kept contents from: they are kept compressed from
  // the first megabytes on, which costs less memory than it costs time (Python sources shrink fourfold).
  const store = contentStore({ ...options, contentMemoryBudget: options.contentMemoryBudget ?? EXPORT_PLAIN_BUDGET });
  try {
    const reading = await readExport(exportImage(), { selectFor: () => select, store, location, onLayer: (name, size) => logger.info(`reading ${name} (${formatBytes(size)})`) });
    const { plan } = await planLayout(reading.files, { kind: 'docker', location }, options);
    const tree = new TreeBuilder();
    const layers: LayerInfo[] = [];
    const keys: string[] = [];
    for (const [index, layer] of plan.layers.entries()) {
      const where = `${location}: layer ${index + 1} of ${plan.layers.length} (${layer.name})`;
      const key = reading.files.canonical(layer.name);
      if (key === undefined) throw new ImageError(`${where}: missing from the export`);
      const result = await exportedLayer(reading, key, select, store, where);
      applyLayer(tree, result.entries, where, index);
      keys.push(key);
      layers.push({ name: layer.name, format: result.format, storedBytes: (await reading.files.size(key)) ?? 0, tarBytes: result.tarBytes, entries: result.entries.length });
    }
    return { fs: new ImageFs(tree.root, store, exportContentSource(exportImage, keys, location)), config: plan.config, layers, kind: 'docker', location, label: plan.label };
  } catch (error) {
    store.close();
    throw error;
  }
}

/**
 * The platforms of any files that present an OCI layout (an archive, a folder, a registry's
 * manifests and blobs), each read and handed to `each` in the index's order; the caller closes `files`.
 */
export async function forEachOciPlatform(files: ArchiveFiles, source: { kind: SourceKind; location: string; reference?: string }, options: Omit<OpenImageOptions, 'platform'>, each: (image: Image, platforms: Platform[]) => Promise<void>, notHeld?: (platforms: string[]) => void): Promise<void> {
  const { plans, absent } = await planOciPlatforms(files, source.reference);
  if (absent.length > 0) {
    options.logger?.warn(`${source.location}: not checked, since the layout holds only their index entries (a partial export): ${absent.join(', ')}`);
    notHeld?.(absent);
  }
  const platforms = plans.flatMap((plan) => plan.platform ?? plan.config.platform ?? []);
  if (plans.length > 1) options.logger?.info(`${source.location} holds ${plans.length} platforms: ${platforms.map(formatPlatform).join(', ')}`);
  for (const [index, plan] of plans.entries()) {
    const platform = plan.platform ?? plan.config.platform;
    if (plans.length > 1) options.logger?.info(`platform ${index + 1} of ${plans.length}: ${platform ? formatPlatform(platform) : plan.label}`);
    const { fs, layers } = await readLayers(files, plan, options);
    await each({ fs, config: plan.config, layers, kind: source.kind, location: source.location, label: plan.label, ...(platform && { platform }) }, platforms);
  }
}

function platformMatches(have: Platform, want: Platform): boolean {
  return have.os === want.os && have.architecture === want.architecture && (!want.variant || have.variant === want.variant);
}

/** A blob's identity for reuse: where its bytes lie (legacy archives link repeated layers), else its name. */
async function blobKey(files: ArchiveFiles, name: string): Promise<string> {
  const place = await files.where(name);
  return place ? `${place.file}\0${place.offset}` : name;
}

/**
 * Applies the plan's layers bottom to top. Every occurrence of a layer is applied, in order: a
 * layer listed twice is not the same as once (a layer in between may change what it overlays),
 * so repeats are not dropped; MAX_LAYERS bounds them instead. A blob listed again later is read
 * and verified once, and its parsed entries (with the contents kept) are applied again.
 */
export async function readLayers(files: ArchiveFiles, plan: ImagePlan, options: OpenImageOptions): Promise<{ fs: ImageFs; layers: LayerInfo[] }> {
  const tree = new TreeBuilder();
  const store = contentStore(options);
  const layers: LayerInfo[] = [];
  const places: Array<LayerPlace | RefetchedLayer> = [];
  const logger = options.logger ?? silentLogger;
  try {
    const keys = await Promise.all(plan.layers.map((layer) => blobKey(files, layer.name)));
    const lastUse = new Map<string, number>();
    keys.forEach((key, index) => lastUse.set(key, index));
    const parsed = new Map<string, ReadLayerResult>();
    for (const [index, layer] of plan.layers.entries()) {
      const { name } = layer;
      const key = keys[index]!;
      const where = `${files.location}: layer ${index + 1} of ${plan.layers.length} (${name})`;
      const storedBytes = (await files.size(name)) ?? 0;
      // Opened now, for the files the analysis will need read again: the layout may be gone by then.
      const place = await files.where(name);
      if (place) {
        store.attach(place.file);
        places[index] = { ...place, where };
      } else if (files instanceof RegistryFiles) places[index] = { fetch: () => files.chunks(name), where };
      let result = parsed.get(key);
      if (!result) {
        logger.info(`reading layer ${index + 1}/${plan.layers.length} (${formatBytes(storedBytes)})`);
        const checked = options.verifyLayers === false ? { name: layer.name } : layer;
        result = await readVerifiedLayer(files, checked, options.select ?? KEEP_NOTHING, store, where);
        if (lastUse.get(key)! > index) parsed.set(key, result);
      }
      if (lastUse.get(key) === index) parsed.delete(key);
      applyLayer(tree, result.entries, where, index);
      layers.push({ name, format: result.format, storedBytes, tarBytes: result.tarBytes, entries: result.entries.length });
    }
  } catch (error) {
    store.close();
    throw error;
  }
  return { fs: new ImageFs(tree.root, store, layerContentSource(places)), layers };
}

/**
 * Reads one layer and checks its bytes: an OCI blob against its descriptor's digest (hashed as it
 * streams, or in one pass when an uncompressed layer is indexed in place), a docker-archive layer
 * stored uncompressed against its config's diff_id. When reading fails on a blob that does not
 * match, the mismatch is what the message names, not the first symptom it caused.
 */
async function readVerifiedLayer(files: ArchiveFiles, layer: PlannedLayer, select: ContentSelector, store: ContentStore, where: string): Promise<ReadLayerResult> {
  const { name, blob } = layer;
  const diffId = layer.diffId ? { digest: layer.diffId } : undefined;
  const hashAll = async (expected: BlobExpectation): Promise<void> => checkBlob(await hashChunks(files.chunks(name), digestAlgorithm(expected.digest, where)), expected, where);
  /** Whether the stored bytes are a plain tar, the only case where a diff_id names them. */
  let storedAsTar = false;
  try {
    // An uncompressed layer in a file is read in place (headers only), then hashed in one pass.
    const place = await files.where(name);
    if (place) {
      storedAsTar = true; // unless indexLayer says otherwise: it throws only on a tar
      const indexed = indexLayer(place, select, store, where);
      storedAsTar = indexed !== undefined;
      if (indexed) {
        const expected = blob ?? diffId;
        if (expected) await hashAll(expected);
        return indexed;
      }
    }
    // Any other is streamed through, hashed on the way.
    const expected = blob ?? diffId;
    const hashing = expected && new HashingChunks(files.chunks(name), digestAlgorithm(expected.digest, where));
    const result = await readLayer(hashing ?? files.chunks(name), select, store, where);
    storedAsTar = result.format === 'tar';
    const facts = hashing?.facts();
    if (hashing && !facts) throw new Error(`${where}: the layer reader stopped before the end of the blob`);
    if (facts && blob) checkBlob(facts, blob, where);
    if (facts && diffId && storedAsTar) checkBlob(facts, diffId, where);
    return result;
  } catch (error) {
    const recheck = blob ?? (storedAsTar ? diffId : undefined);
    if (recheck && error instanceof ImageError && !(error instanceof BlobMismatchError)) await hashAll(recheck);
    throw error;
  }
}

/**
 * An image read from a registry: its manifest (or index) first, then each layer streamed once.
 * The layers are checked against their digests by the registry reader itself, as it streams them.
 */
async function openRegistry(location: string, options: OpenImageOptions): Promise<Image> {
  options.logger?.info(`reading ${location} from its registry`);
  const files = await openRegistryFiles(location, options.registry ?? {});
  try {
    const plan = await planOciLayout(files, options.platform);
    const { fs, layers } = await readLayers(files, plan, { ...options, verifyLayers: false });
    // Named by repository and digest: what was read, whatever the tag names by now.
    const pullReference = files.pullReference(plan.label);
    return { fs, config: plan.config, layers, kind: 'registry', location, label: pullReference, pullReference };
  } finally {
    await files.close();
  }
}

async function openRootfs(location: string, options: OpenImageOptions): Promise<Image> {
  if (!(await isDirectory(location))) throw new ImageError(`${location}: no such directory (expected a root filesystem)`);
  let config = emptyConfig();
  if (options.configFile) {
    let text: string;
    try {
      text = await readFile(options.configFile, 'utf8');
    } catch (error) {
      throw new ImageError(`image config ${options.configFile}: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ImageError(`image config ${options.configFile} is not valid JSON (${(error as Error).message})`);
    }
    config = parseImageConfig(json, `image config ${options.configFile}`);
  }
  const store = contentStore(options);
  const tree = await readRootfs(location, options.select ?? KEEP_NOTHING, store, options.logger ?? silentLogger).catch((error: unknown) => {
    store.close();
    throw error;
  });
  return { fs: new ImageFs(tree.root, store, rootfsContentSource(location)), config, layers: [], kind: 'dir', location, label: location };
}
