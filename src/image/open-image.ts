import { readFile } from 'node:fs/promises';
import { ImageError } from '../errors.ts';
import { type Logger, silentLogger } from '../logger.ts';
import { formatBytes } from '../units.ts';
import { type ArchiveFiles, DirectoryFiles, TarFiles } from './archive-files.ts';
import type { LayerFormat } from './compression.ts';
import { ContentStore } from './content-store.ts';
import { emptyConfig, formatPlatform, type ImageConfig, parseImageConfig, type Platform } from './config.ts';
import { type DaemonOptions, withSavedImage } from './daemon.ts';
import { ImageFs } from './image-fs.ts';
import { type ContentSelector, indexLayer, readLayer } from './layer-reader.ts';
import { applyLayer, TreeBuilder } from './layers.ts';
import { detectLayout, type ImagePlan, planDockerArchive, planOciLayout } from './layouts.ts';
import { readRootfs } from './rootfs.ts';
import { isDirectory, isFile, parseSource, type SourceKind, type SourceSpec, splitArchiveReference } from './source.ts';

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
}

export interface OpenImageOptions extends DaemonOptions {
  /** Pick this platform from a multi-platform index (default: linux/amd64 when there is a choice). */
  platform?: Platform;
  /** Which file contents to keep; default none. */
  select?: ContentSelector;
  /** For `dir:` sources: an image configuration JSON file (config blob, inspect output, or bare config). */
  configFile?: string;
  /** Kept contents beyond this many bytes go to an unlinked temporary file (default 32 MiB). */
  contentMemoryBudget?: number;
  logger?: Logger;
}

const KEEP_NOTHING: ContentSelector = () => 0;

function contentStore(options: OpenImageOptions): ContentStore {
  return new ContentStore({ ...(options.tempDir && { spillDir: options.tempDir }), ...(options.contentMemoryBudget !== undefined && { memoryBudget: options.contentMemoryBudget }) });
}

/** Opens any supported image source as one read-only file system plus its configuration. */
export async function openImage(source: string | SourceSpec, options: OpenImageOptions = {}): Promise<Image> {
  const spec = await splitArchiveReference(typeof source === 'string' ? parseSource(source) : source);
  const kind = spec.kind === 'auto' ? await detectKind(spec.location) : spec.kind;
  if (kind === 'docker') {
    options.logger?.info(`saving ${spec.location} from the Docker daemon`);
    return withSavedImage(spec.location, options, async (archive, daemonId) => {
      const image = await openLayoutSource({ kind: 'docker-archive', location: archive }, options);
      return { ...image, kind: 'docker', location: spec.location, label: spec.location, daemonId };
    });
  }
  if (kind === 'dir') return openRootfs(spec.location, options);
  return openLayoutSource({ ...spec, kind }, options);
}

/** Without a prefix: a file is an archive, a directory a layout or a rootfs, anything else a daemon reference. */
async function detectKind(location: string): Promise<SourceKind> {
  if (await isFile(location)) return 'docker-archive'; // refined by content in openLayoutSource
  if (await isDirectory(location)) {
    const files = await DirectoryFiles.open(location);
    return (await detectLayout(files)) ? 'oci-dir' : 'dir';
  }
  return 'docker';
}

const KIND_NAMES: Record<SourceKind, string> = {
  'docker': 'a Docker daemon image',
  'docker-archive': 'a docker-archive (docker save)',
  'oci-dir': 'an OCI image layout directory',
  'oci-archive': 'an OCI archive',
  'dir': 'a root filesystem directory',
};

async function openLayoutSource(spec: SourceSpec & { kind: SourceKind }, options: OpenImageOptions): Promise<Image> {
  const asFile = await isFile(spec.location);
  if (!asFile && !(await isDirectory(spec.location))) {
    throw new ImageError(`${spec.location}: no such file or directory (expected ${KIND_NAMES[spec.kind]})`);
  }
  const isArchive = asFile;
  const files: ArchiveFiles = isArchive ? await TarFiles.open(spec.location) : await DirectoryFiles.open(spec.location);
  try {
    const layout = await detectLayout(files);
    if (!layout) {
      throw new ImageError(`${spec.location}: neither an OCI image layout (oci-layout + index.json) nor a docker-archive (manifest.json listing images)`);
    }
    // Docker 25+ `docker save` writes an OCI layout and a manifest.json: the OCI index wins.
    // An unpacked docker-archive directory reads like the archive itself.
    const kind: SourceKind = layout === 'docker-archive' ? 'docker-archive' : isArchive ? 'oci-archive' : 'oci-dir';
    if (spec.kind === 'oci-archive' && layout !== 'oci') {
      throw new ImageError(`${spec.location} is a docker-archive, not an OCI archive: use docker-archive:${spec.location} or no prefix`);
    }
    const plan = layout === 'oci' ? await planOciLayout(files, options.platform) : await planDockerArchive(files, spec.reference);
    if (options.platform && layout !== 'oci' && plan.config.platform && !platformMatches(plan.config.platform, options.platform)) {
      throw new ImageError(`${spec.location}: the image is for ${formatPlatform(plan.config.platform)}, not ${formatPlatform(options.platform)}`);
    }
    const { fs, layers } = await readLayers(files, plan, options);
    return { fs, config: plan.config, layers, kind, location: spec.location, label: plan.label };
  } finally {
    await files.close();
  }
}

function platformMatches(have: Platform, want: Platform): boolean {
  return have.os === want.os && have.architecture === want.architecture && (!want.variant || have.variant === want.variant);
}

async function readLayers(files: ArchiveFiles, plan: ImagePlan, options: OpenImageOptions): Promise<{ fs: ImageFs; layers: LayerInfo[] }> {
  const tree = new TreeBuilder();
  const store = contentStore(options);
  const layers: LayerInfo[] = [];
  const logger = options.logger ?? silentLogger;
  try {
    for (const [index, name] of plan.layers.entries()) {
      const where = `${files.location}: layer ${index + 1} of ${plan.layers.length} (${name})`;
      const storedBytes = (await files.size(name)) ?? 0;
      logger.info(`reading layer ${index + 1}/${plan.layers.length} (${formatBytes(storedBytes)})`);
      const select = options.select ?? KEEP_NOTHING;
      // An uncompressed layer in a file is read in place; any other is streamed through.
      const place = await files.where(name);
      const result = (place && indexLayer(place, select, store, where)) ?? (await readLayer(files.chunks(name), select, store, where));
      applyLayer(tree, result.entries, where);
      layers.push({ name, format: result.format, storedBytes, tarBytes: result.tarBytes, entries: result.entries.length });
    }
  } catch (error) {
    store.close();
    throw error;
  }
  return { fs: new ImageFs(tree.root, store), layers };
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
  return { fs: new ImageFs(tree.root, store), config, layers: [], kind: 'dir', location, label: location };
}
