/**
 * Reading the checkout, which the pull request controls: any file in it may be a symbolic link to
 * anywhere on the runner (`/proc/self/environ`), and a `-r ../../x` include may climb out of it.
 * Every file the explain stage reads goes through `readRepositoryFile`: it must resolve inside the
 * repository (symbolic links followed) and be a regular file of bounded size, else it is skipped
 * with a warning and nothing of it is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.ts';

/** The most bytes read from one file of the checkout (requirements, pyproject.toml, setup.cfg, ignore files, the Dockerfile). */
export const REPOSITORY_FILE_LIMIT = 1024 * 1024;

/** The most characters of a checkout file's text (a rule, a COPY line, a requirement) a message quotes. */
export const QUOTED_TEXT_LIMIT = 200;

/** Whether `target` is `root` or under it; both absolute, already resolved. */
function isWithin(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** Where a path of the checkout really is: its real path when that is inside the repository. */
export type Located = { real: string } | { missing: true } | { refused: string };

/**
 * Resolves `target` (absolute, or relative to `root`) with every symbolic link followed. Outside
 * the repository, lexically or through a link, it is refused before anything there is looked at.
 * `realRoot` is the root's own real path, when the caller has it already.
 */
export function locateInRepository(root: string, target: string, realRoot?: string): Located {
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(absoluteRoot, target);
  if (!isWithin(absoluteRoot, absolute)) return { refused: 'it is outside the repository' };
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { refused: `it cannot be resolved (${code ?? (error as Error).message})` };
  }
  if (!isWithin(realRoot ?? realpathSync(absoluteRoot), real)) return { refused: 'it is a symbolic link (or under one) that leads outside the repository' };
  return { real };
}

/** `text` on one line (no control characters but tabs) and at most `limit` characters, for quoting checkout text in a message. */
export function quoted(text: string, limit = QUOTED_TEXT_LIMIT): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const flat = text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  if (flat.length <= limit) return flat;
  // Never cut a surrogate pair in two.
  const end = /[\ud800-\udbff]/.test(flat[limit - 1]!) ? limit - 1 : limit;
  return `${flat.slice(0, end)}…`;
}

/**
 * The text of the checkout file `relative` (to the repository `root`), or undefined: silently
 * when there is no such file, with a warning naming the file when it resolves outside the
 * repository, is not a regular file, or is over `limit` bytes.
 */
export function readRepositoryFile(root: string, relative: string, logger: Logger, limit = REPOSITORY_FILE_LIMIT): string | undefined {
  const name = JSON.stringify(quoted(relative));
  const located = locateInRepository(root, relative);
  if ('missing' in located) return undefined;
  if ('refused' in located) {
    logger.warn(`skipped ${name} of the checkout: ${located.refused}; the guard reads only files inside the repository`);
    return undefined;
  }
  let descriptor: number;
  try {
    // No blocking on a FIFO, and no link swapped in since the path was resolved.
    descriptor = openSync(located.real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    logger.warn(`skipped ${name} of the checkout: it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return undefined;
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) {
      logger.warn(`skipped ${name} of the checkout: it is not a regular file`);
      return undefined;
    }
    // Read to the end, not to the size fstat gave: the file may have grown since.
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(Math.min(limit + 1, 64 * 1024));
    let total = 0;
    for (let read = readSync(descriptor, chunk); read > 0; read = readSync(descriptor, chunk)) {
      total += read;
      if (total > limit) {
        logger.warn(`skipped ${name} of the checkout: it is over the ${formatLimit(limit)} limit for a file the guard reads to explain findings, so nothing in it explains one`);
        return undefined;
      }
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

function formatLimit(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes}-byte`;
}
