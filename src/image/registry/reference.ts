/** A registry image reference, split as the distribution API addresses it. */
import { ConfigurationError } from '../../errors.ts';
import { couldBeReference, normalizeReference } from '../source.ts';

export interface RegistryReference {
  /** `host[:port]` as the user wrote it (Docker Hub: `docker.io`). */
  registry: string;
  /** The host requests go to (Docker Hub's API lives at registry-1.docker.io). */
  apiHost: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** `host[:port]/path[:tag][@digest]`, with Docker Hub's domain and `library/` filled in as docker does. */
export function parseRegistryReference(text: string): RegistryReference {
  if (!couldBeReference(text) || text.startsWith('-')) {
    throw new ConfigurationError(`registry:${text} is not an image reference; expected registry:HOST[:PORT]/REPOSITORY[:TAG][@DIGEST], for example registry:ghcr.io/org/app:1.0`);
  }
  const full = normalizeReference(text);
  const slash = full.indexOf('/');
  const registry = full.slice(0, slash);
  let rest = full.slice(slash + 1);
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) [rest, digest] = [rest.slice(0, at), rest.slice(at + 1)];
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon !== -1) [rest, tag] = [rest.slice(0, colon), rest.slice(colon + 1)];
  return { registry, apiHost: registry === 'docker.io' ? 'registry-1.docker.io' : registry, repository: rest, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}

/** How the reference is named in messages and pulled by digest. */
export function referenceName(reference: RegistryReference): string {
  return `${reference.registry}/${reference.repository}`;
}
