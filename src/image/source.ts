import { stat } from 'node:fs/promises';
import { ConfigurationError } from '../errors.ts';

export type SourceKind = 'docker' | 'docker-archive' | 'oci-dir' | 'oci-archive' | 'dir' | 'registry';

/** An image source as the user wrote it: a kind (or `auto`) and where it is. */
export interface SourceSpec {
  kind: SourceKind | 'auto';
  location: string;
  /** For a docker-archive holding several images: the tag to pick. */
  reference?: string;
}

/** Scheme prefixes, as syft and skopeo users write them. */
const SCHEMES: Record<string, SourceKind> = {
  'docker': 'docker',
  'docker-daemon': 'docker',
  'docker-archive': 'docker-archive',
  'oci-dir': 'oci-dir',
  'oci': 'oci-dir',
  'oci-archive': 'oci-archive',
  'dir': 'dir',
  'registry': 'registry',
};

export const SOURCE_FORMS = 'docker:REF, registry:REF, docker-archive:FILE[:TAG], oci-dir:DIR, oci-archive:FILE, dir:ROOTFS, or a file, directory or image reference without a prefix';

export function parseSource(text: string): SourceSpec {
  const trimmed = text.trim();
  if (trimmed === '') throw new ConfigurationError(`image source is empty; expected ${SOURCE_FORMS}`);
  const match = /^([a-z-]+):(.*)$/.exec(trimmed);
  const kind = match ? SCHEMES[match[1]!] : undefined;
  if (!match || !kind) return { kind: 'auto', location: trimmed };
  const location = match[2]!;
  if (location === '') throw new ConfigurationError(`image source ${JSON.stringify(text)} names no ${kind === 'docker' || kind === 'registry' ? 'image reference' : 'path'} after "${match[1]}:"`);
  return { kind, location };
}

// Docker's reference grammar (distribution/reference): [host[:port]/]path[:tag][@digest].
const HOST = String.raw`(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(`^(?:${HOST}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`);
const IMAGE_ID = /^(?:sha256:)?[0-9a-f]{1,64}$/;

/** Whether docker could read the text as an image reference or ID; a path such as /x or ./x it could not. */
export function couldBeReference(text: string): boolean {
  // Docker refuses names over 255 characters; the bound also keeps the match short.
  return text.length <= 512 && (REFERENCE.test(text) || IMAGE_ID.test(text));
}

/**
 * A reference as docker normalises it, so that `ex:1`, `library/ex:1` and
 * `docker.io/library/ex:1` are one name: Docker Hub's domain and `library/` filled in, and the
 * tag `latest` when neither a tag nor a digest is given.
 */
export function normalizeReference(reference: string): string {
  const at = reference.indexOf('@');
  const digest = at === -1 ? '' : reference.slice(at);
  let name = at === -1 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(':');
  let tag = '';
  if (colon > name.lastIndexOf('/')) [name, tag] = [name.slice(0, colon), name.slice(colon)];
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const hasDomain = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  let domain = hasDomain ? first : 'docker.io';
  let rest = hasDomain ? name.slice(slash + 1) : name;
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`;
  if (tag === '' && digest === '') tag = ':latest';
  return `${domain}/${rest}${tag}${digest}`;
}

/**
 * `docker-archive:FILE:TAG`: the tag follows the last colon only when the whole string is not a
 * file itself and the part before it is.
 */
export async function splitArchiveReference(spec: SourceSpec): Promise<SourceSpec> {
  if (spec.kind !== 'docker-archive' || (await isFile(spec.location))) return spec;
  for (let colon = spec.location.indexOf(':'); colon > 0; colon = spec.location.indexOf(':', colon + 1)) {
    const file = spec.location.slice(0, colon);
    if (await isFile(file)) return { kind: 'docker-archive', location: file, reference: spec.location.slice(colon + 1) };
  }
  return spec;
}

export async function isFile(location: string): Promise<boolean> {
  try {
    return (await stat(location)).isFile();
  } catch {
    return false;
  }
}

export async function isDirectory(location: string): Promise<boolean> {
  try {
    return (await stat(location)).isDirectory();
  } catch {
    return false;
  }
}
