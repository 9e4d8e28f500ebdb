/**
 * A registry repository presented as an OCI image layout, so that the layout reader picks the
 * platform and handles Docker and OCI manifests as it does for a folder: `oci-layout` and an
 * `index.json` naming the manifest the reference points at, and `blobs/ALG/HEX` fetched by digest.
 * Every blob is checked against its digest as it streams (its name is its digest), so a second
 * read of a layer, for the files the analysis asks for later, is as sure as the first.
 */
import { createHash } from 'node:crypto';
import { ImageError } from '../../errors.ts';
import type { ArchiveFiles } from '../archive-files.ts';
import { BlobMismatchError, digestAlgorithm } from '../blob-digest.ts';
import { MAX_JSON_BYTES } from '../layouts.ts';
import type { RegistryClient } from './client.ts';
import { referenceName } from './reference.ts';

const BLOB_NAME = /^blobs\/([a-z0-9]+)\/([0-9a-f]+)$/;
const DOCKER_SCHEMA1 = new Set(['application/vnd.docker.distribution.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws']);

export class RegistryFiles implements ArchiveFiles {
  readonly location: string;
  /** Layers read from here can be fetched again after the first pass: the client outlives close(). */
  readonly refetchable = true;
  private readonly client: RegistryClient;
  /** Manifests and indexes fetched, by digest (each at most MAX_JSON_BYTES; the layout reader bounds their count). */
  private readonly manifests = new Map<string, Buffer>();
  /** Digests that manifests read so far name as manifests (an index's entries). */
  private readonly manifestDigests = new Set<string>();
  /** Sizes that manifests read so far give their blobs: the stream is held to them. */
  private readonly declaredSizes = new Map<string, number>();
  private readonly layoutFiles = new Map<string, Buffer>();
  private closed = false;
  /** The digest of the manifest the reference named. */
  readonly topDigest: string;

  private constructor(client: RegistryClient, topDigest: string, topBytes: Buffer, mediaType: string | undefined) {
    this.client = client;
    this.location = `registry:${client.describe()}`;
    this.topDigest = topDigest;
    this.manifests.set(topDigest, topBytes);
    this.note(topBytes);
    const descriptor = { ...(mediaType && { mediaType }), digest: topDigest, size: topBytes.length };
    this.layoutFiles.set('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
    this.layoutFiles.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [descriptor] })));
  }

  /** Fetches the manifest the reference names (checked against its digest when it gives one). */
  static async open(client: RegistryClient): Promise<RegistryFiles> {
    const { tag, digest } = client.reference;
    const { bytes, mediaType } = await client.manifest(digest ?? tag ?? 'latest', MAX_JSON_BYTES);
    const where = `registry:${client.describe()}`;
    if (mediaType && DOCKER_SCHEMA1.has(mediaType)) {
      throw new ImageError(`${where}: the registry has only a Docker schema 1 manifest for it, a format retired in 2017 that import-guard does not read; push the image again with a current docker or skopeo`);
    }
    const algorithm = digest ? digestAlgorithm(digest, where) : 'sha256';
    const actual = `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
    if (digest && actual !== digest) throw new BlobMismatchError(`${where}: the registry answered with a manifest whose digest is ${actual}, not the ${digest} asked for`);
    return new RegistryFiles(client, actual, bytes, mediaType);
  }

  /** `repository@digest` of the manifest read (of the platform chosen, when the reference named an index). */
  pullReference(manifestDigest: string): string {
    return `${referenceName(this.client.reference)}@${manifestDigest}`;
  }

  /** Learns from a manifest or index what its descriptors name: manifests, and blob sizes. */
  private note(bytes: Buffer): void {
    let json: { manifests?: unknown; config?: unknown; layers?: unknown };
    try {
      json = JSON.parse(bytes.toString('utf8')) as typeof json;
    } catch {
      return; // the layout reader says what is wrong with it
    }
    if (typeof json !== 'object' || json === null) return;
    const descriptors = (value: unknown): Array<{ digest: string; size?: unknown }> =>
      (Array.isArray(value) ? value : [value]).filter((item): item is { digest: string } => typeof item === 'object' && item !== null && typeof (item as { digest?: unknown }).digest === 'string');
    for (const child of descriptors(json.manifests)) {
      this.manifestDigests.add(child.digest);
      this.recordSize(child);
    }
    for (const blob of [...descriptors(json.config), ...descriptors(json.layers)]) this.recordSize(blob);
  }

  private recordSize(descriptor: { digest: string; size?: unknown }): void {
    if (Number.isSafeInteger(descriptor.size) && (descriptor.size as number) >= 0) this.declaredSizes.set(descriptor.digest, descriptor.size as number);
  }

  private digestOf(name: string): string | undefined {
    const match = BLOB_NAME.exec(name);
    return match ? `${match[1]}:${match[2]}` : undefined;
  }

  private async fetchManifest(digest: string): Promise<Buffer> {
    let bytes = this.manifests.get(digest);
    if (!bytes) {
      bytes = (await this.client.manifest(digest, MAX_JSON_BYTES)).bytes;
      this.manifests.set(digest, bytes);
      this.note(bytes);
    }
    return bytes;
  }

  async size(name: string): Promise<number | undefined> {
    const layoutFile = this.layoutFiles.get(name);
    if (layoutFile) return layoutFile.length;
    const digest = this.digestOf(name);
    if (!digest) return undefined;
    if (this.manifests.has(digest) || this.manifestDigests.has(digest)) return (await this.fetchManifest(digest)).length;
    return this.declaredSizes.get(digest) ?? (await this.client.blobSize(digest));
  }

  async read(name: string, maxBytes: number): Promise<Buffer> {
    const layoutFile = this.layoutFiles.get(name);
    if (layoutFile) return layoutFile;
    const digest = this.digestOf(name);
    if (!digest) throw new ImageError(`${this.location}: ${name} is missing`);
    if (this.manifests.has(digest) || this.manifestDigests.has(digest)) return this.fetchManifest(digest);
    const size = this.declaredSizes.get(digest) ?? (await this.client.blobSize(digest));
    if (size === undefined) throw new ImageError(`${this.location}: blob ${digest} is missing`);
    if (size > maxBytes) throw new ImageError(`${this.location}: ${name} is ${size} bytes, more than the ${maxBytes} expected`);
    const chunks: Buffer[] = [];
    for await (const chunk of this.chunks(name)) chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    this.note(bytes);
    return bytes;
  }

  /** The blob's bytes as fetched, its digest and length checked when the stream ends. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const layoutFile = this.layoutFiles.get(name);
    if (layoutFile) {
      yield layoutFile;
      return;
    }
    const digest = this.digestOf(name);
    if (!digest) throw new ImageError(`${this.location}: ${name} is missing`);
    const where = `${this.location}: blob ${digest}`;
    const algorithm = digestAlgorithm(digest, where);
    if (this.manifests.has(digest) || this.manifestDigests.has(digest)) {
      yield await this.fetchManifest(digest);
      return;
    }
    const size = this.declaredSizes.get(digest) ?? (await this.client.blobSize(digest));
    if (size === undefined) throw new ImageError(`${this.location}: blob ${digest} is missing`);
    const hash = createHash(algorithm);
    let length = 0;
    try {
      for await (const chunk of this.client.blob(digest, size, this.location)) {
        hash.update(chunk);
        length += chunk.length;
        yield chunk;
      }
    } finally {
      // A layer read again after close(): its connection is not kept for a next request.
      if (this.closed) this.client.close();
    }
    const actual = `${algorithm}:${hash.digest('hex')}`;
    if (actual !== digest || length !== size) {
      throw new BlobMismatchError(`${where}: the registry served ${length} bytes whose digest is ${actual}; the blob is corrupt or altered in the registry`);
    }
  }

  where(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  /** Ends idle connections; the client stays usable for layers read again later. */
  close(): Promise<void> {
    this.closed = true;
    this.client.close();
    return Promise.resolve();
  }
}
