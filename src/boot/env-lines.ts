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

/** The values to hide from every output, longest first so that one containing another is hidden whole. */
export function secretValues(env: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.values(env).filter((value) => value.length >= MASKED_LENGTH))].sort((a, b) => b.length - a.length);
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
