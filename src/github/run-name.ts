/**
 * The name that tells apart the results of several import-guard steps on one commit (one per
 * image or platform of a matrix): it is in the check run's name, the pull request comment's key
 * and the SARIF category.
 */
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { formatPlatform, type Platform } from '../image/config.ts';
import type { SourceSpec } from '../image/source.ts';

export const NAME_LIMIT = 100;

/** What a given `name` may hold: it goes into an HTML comment, a check run's name and a SARIF id. */
const NAME_CHARS = /^[A-Za-z0-9 ._:/@+()=,-]+$/;

/** Archive and layout endings that say nothing about which image it is. */
const FILE_ENDING = /\.(tar(\.(gz|zst|xz))?|tgz|oci)$/i;

/**
 * `ghcr.io/org/api:1.2` → `org/api:1.2`: the first part of a reference is a registry when it has
 * a dot or a port, or is `localhost` (the rule Docker applies); Docker Hub's `library/` goes too.
 * A digest is cut to its first 12 hex digits.
 */
function referenceName(reference: string): string {
  const parts = reference.split('/');
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost')) parts.shift();
  if (parts.length > 1 && parts[0] === 'library') parts.shift();
  return parts.join('/').replace(/@(sha256:)?([0-9a-f]{12})[0-9a-f]*$/i, '@$2');
}

/**
 * A file or folder as the step named it, without `./` or an archive ending; an absolute path
 * relative to the checkout when it is inside, else its last part (a runner's temporary folder
 * says nothing about the image).
 */
function pathName(location: string, workspace?: string): string {
  let name = location.replace(/\/+$/, '').replace(FILE_ENDING, '');
  if (name.startsWith('/')) {
    const inside = workspace ? path.posix.relative(path.posix.resolve(workspace), name) : '..';
    name = inside !== '' && !inside.startsWith('..') ? inside : path.posix.basename(name);
  }
  return name.replace(/^(\.\.?\/)+/, '');
}

/** Looks like a path rather than an image reference (an unprefixed `image` input). */
function looksLikePath(location: string): boolean {
  return /^(\/|\.\.?\/|~)/.test(location) || FILE_ENDING.test(location);
}

/** Keeps the characters a given name may hold, one `-` for each run of others, at most NAME_LIMIT from the end. */
function sanitize(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9._:/@+-]+/g, '-').replace(/^[-/.]+|[-/]+$/g, '');
  return clean.length > NAME_LIMIT ? clean.slice(-NAME_LIMIT).replace(/^[-/.]+/, '') : clean;
}

/**
 * The default name: the image reference without its registry, or the archive's or folder's path
 * without its ending (relative to `workspace`, the checkout); with the platform after a space
 * when one was chosen.
 */
export function defaultRunName(source: SourceSpec, platform?: Platform, workspace?: string): string {
  const isReference = source.kind === 'docker' || source.kind === 'registry' || (source.kind === 'auto' && !looksLikePath(source.location));
  const base = source.reference !== undefined ? referenceName(source.reference) : isReference ? referenceName(source.location) : pathName(source.location, workspace);
  const name = sanitize(base) || 'image';
  return platform ? `${name} ${formatPlatform(platform)}` : name;
}

/** The `name` input, checked; empty means the default. */
export function runName(given: string, source: SourceSpec, platform?: Platform, workspace?: string): { name: string; isDefault: boolean } {
  const name = given.trim();
  if (name === '') return { name: defaultRunName(source, platform, workspace), isDefault: true };
  if (name.length > NAME_LIMIT || !NAME_CHARS.test(name)) {
    throw new ConfigurationError(`name ${JSON.stringify(name)} is not a short label: use up to ${NAME_LIMIT} letters, digits, spaces and . _ : / @ + ( ) = , -, for example api or worker (linux/arm64)`);
  }
  return { name, isDefault: false };
}
