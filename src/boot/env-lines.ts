/**
 * Environment for the booted container, as `docker run --env-file` reads it: `NAME=value` per
 * line, the value taken literally (quotes included); a bare `NAME` passes the value the guard
 * itself was given, or nothing when it has none; blank lines and `#` comments are skipped.
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.ts';

const NAME = /^[^=\s]+$/;

/** Parses lines from `origin` (`env`, `env-file app.env`) into `into`; later lines win. */
export function parseEnvLines(lines: readonly string[], origin: string, into: Record<string, string> = {}, hostEnv: Readonly<Record<string, string | undefined>> = process.env): Record<string, string> {
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\s+/, '').replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) return;
    const equals = line.indexOf('=');
    const name = equals === -1 ? line : line.slice(0, equals);
    if (!NAME.test(name)) throw new ConfigurationError(`${origin} line ${index + 1}: ${JSON.stringify(name)} is not a variable name; write NAME=value`);
    if (equals !== -1) into[name] = line.slice(equals + 1);
    else if (hostEnv[name] !== undefined) into[name] = hostEnv[name];
  });
  return into;
}

/** Values short enough to be ordinary words or numbers are not masked: masking `1` would hide every digit. */
export const MASKED_LENGTH = 4;

/**
 * The strings to hide from every output: each value and its encoded forms (see `secretForms`),
 * longest first so that one containing another is hidden whole.
 */
export function secretValues(env: Readonly<Record<string, string>>): string[] {
  const values = Object.values(env).filter((value) => value.length >= MASKED_LENGTH);
  const forms = new Set(values.flatMap(secretForms).filter((form) => form.length >= MASKED_LENGTH));
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Standard base64 as URL-safe base64 writes it. */
function urlSafe(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * The characters of a base64 stream that encode only `bytes`, when `bytes` start `offset` (0, 1
 * or 2) bytes into a group of three: the characters they share with the bytes around them differ
 * from stream to stream, so they are left out.
 */
function base64Inside(bytes: Buffer, offset: number): string {
  const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64').replace(/=+$/, '');
  // Characters 0..1 mix a leading byte in at offset 1, 0..2 at offset 2; the last one mixes in
  // the byte that follows, unless the bytes end a group of three.
  const start = offset === 0 ? 0 : offset + 1;
  const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
  return encoded.slice(start, end);
}

/**
 * A secret as it may show in a log: as it is; in base64, standard and URL-safe, padded and not,
 * and inside a longer base64 stream at each of the three alignments; in hex, lower and upper
 * case; URL-encoded (`encodeURIComponent`). Encodings are of its UTF-8 bytes.
 */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const base64 = bytes.toString('base64');
  const inside = [0, 1, 2].map((offset) => base64Inside(bytes, offset));
  const hex = bytes.toString('hex');
  const forms = [secret, base64, base64.replace(/=+$/, ''), ...inside, hex, hex.toUpperCase()];
  forms.push(...forms.slice(1, 6).map(urlSafe));
  try {
    forms.push(encodeURIComponent(secret));
  } catch {
    // A lone surrogate has no URL encoding.
  }
  return [...new Set(forms)];
}

/** Replaces every secret value in `text` with `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) masked = masked.split(secret).join('***');
  return masked;
}

/** The lines of an env file, or a clear error that names it. */
export async function readEnvFile(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n');
  } catch (error) {
    throw new ConfigurationError(`cannot read env-file ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}
