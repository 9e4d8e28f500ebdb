import { stat } from 'node:fs/promises';
import { ConfigurationError } from '../errors.ts';

export type SourceKind = 'docker' | 'docker-archive' | 'oci-dir' | 'oci-archive' | 'dir';

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
};

export const SOURCE_FORMS = 'docker:REF, docker-archive:FILE[:TAG], oci-dir:DIR, oci-archive:FILE, dir:ROOTFS, or a file, directory or image reference without a prefix';

export function parseSource(text: string): SourceSpec {
  const trimmed = text.trim();
  if (trimmed === '') throw new ConfigurationError(`image source is empty; expected ${SOURCE_FORMS}`);
  const match = /^([a-z-]+):(.*)$/.exec(trimmed);
  const kind = match ? SCHEMES[match[1]!] : undefined;
  if (!match || !kind) return { kind: 'auto', location: trimmed };
  const location = match[2]!;
  if (location === '') throw new ConfigurationError(`image source ${JSON.stringify(text)} names no ${kind === 'docker' ? 'image reference' : 'path'} after "${match[1]}:"`);
  return { kind, location };
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
