/**
 * Image paths -> repository paths, so findings land on the files a pull request shows. An
 * explicit `image=repo` prefix map wins; then what the build did (the context and the
 * Dockerfile's COPY and ADD steps); otherwise the checkout file whose folders match the image
 * path's for the longest stretch from the end, one in the build context first.
 */
import { type Dir, opendirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { type Logger, silentLogger } from '../logger.ts';
import { locateInRepository, quoted } from './repository-files.ts';

export interface PathMapping {
  /** A folder in the image, e.g. /srv. */
  image: string;
  /** The folder of the repository it holds, relative to the repository root ('' for the root). */
  repo: string;
}

/** How the image was built from the checkout: the context folder, and what its COPY and ADD steps put where (the latest first). */
export interface BuildPlacements {
  /** Relative to the repository root ('' for the root). */
  context: string;
  copies: ReadonlyArray<{ source: string; destination: string }>;
}

/** The most image paths a warning about ambiguous locations names. */
const NAMED_AMBIGUOUS = 5;

/** Folders never listed: version control, installed packages, caches. */
const SKIPPED = new Set(['.git', 'node_modules', '__pycache__', '.venv', '.tox']);

/** The most entries (files and folders) of a checkout that are listed; the rest are not looked at. */
export const REPOSITORY_LISTING_LIMIT = 200_000;

/** The most names a warning about skipped symbolic links quotes. */
const NAMED_LINKS = 5;

/**
 * The files of a checkout (relative, with forward slashes). Symbolic links to folders are not
 * entered (a link inside the repository lists nothing new; one outside must not be read), and a
 * link to a file is listed only when it resolves inside the repository. At most `limit` entries
 * are looked at, with a warning when the checkout has more.
 */
export function listRepository(root: string, logger: Logger = silentLogger, limit = REPOSITORY_LISTING_LIMIT): string[] {
  const files: string[] = [];
  const outside: string[] = [];
  const folders = [''];
  let realRoot: string | undefined;
  let entries = 0;
  walk: for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    // Read in batches, not whole: a folder may hold millions of entries.
    let directory: Dir;
    try {
      directory = opendirSync(path.join(root, folder), { bufferSize: 256 });
    } catch (error) {
      if (folder === '') throw new ConfigurationError(`the repository ${root} cannot be listed: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message}`);
      // A folder this user may not read (or that went away) holds nothing the build could have sent either.
      logger.warn(`the checkout's folder ${JSON.stringify(quoted(folder))} cannot be listed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); its files are left out`);
      continue;
    }
    try {
      for (let entry = directory.readSync(); entry !== null; entry = directory.readSync()) {
        if (++entries > limit) {
          logger.warn(`the checkout has more than ${limit} files and folders, the most the guard lists; findings in the files past that may not point at the repository. Give the folder of the service as the repository (--repo, or the checkout's path) to list fewer`);
          break walk;
        }
        const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!SKIPPED.has(entry.name)) folders.push(relative);
        } else if (entry.isFile()) {
          files.push(relative);
        } else if (entry.isSymbolicLink()) {
          realRoot ??= realpathSync(root);
          const located = locateInRepository(root, relative, realRoot);
          if ('refused' in located) outside.push(relative);
          else if ('real' in located && statSync(located.real, { throwIfNoEntry: false })?.isFile()) files.push(relative);
        }
      }
    } finally {
      directory.closeSync();
    }
  }
  if (outside.length > 0) {
    const named = outside.sort().slice(0, NAMED_LINKS).map((name) => JSON.stringify(quoted(name))).join(', ');
    logger.warn(`${outside.length} symbolic link${outside.length === 1 ? '' : 's'} of the checkout lead${outside.length === 1 ? 's' : ''} outside the repository and ${outside.length === 1 ? 'is' : 'are'} neither listed nor read: ${named}${outside.length > NAMED_LINKS ? ` and ${outside.length - NAMED_LINKS} more` : ''}`);
  }
  return files.sort();
}

function trim(folder: string): string {
  return folder.replace(/^\.\//, '').replace(/\/+$/, '').replace(/^\/+/, '');
}

export class RepositoryMap {
  private readonly files: ReadonlySet<string>;
  private readonly byName = new Map<string, string[]>();
  private readonly folders = new Set<string>();
  private readonly mappings: PathMapping[];
  /** Image path (a file or a folder) -> repository path, from the build's copies, the latest first. */
  private readonly copied: Array<{ image: string; repo: string }> = [];
  private readonly context: string | undefined;
  /** Image paths that matched several checkout files equally: each with those files. */
  private readonly ambiguous = new Map<string, string[]>();

  constructor(files: readonly string[], mappings: readonly PathMapping[] = [], build?: BuildPlacements) {
    this.files = new Set(files);
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const list = this.byName.get(name);
      if (list) list.push(file);
      else this.byName.set(name, [file]);
      for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) this.folders.add(file.slice(0, slash));
    }
    // Longest image folder first, so nested mappings win.
    this.mappings = mappings.map((mapping) => ({ image: `/${trim(mapping.image)}`, repo: trim(mapping.repo) })).sort((a, b) => b.image.length - a.image.length);
    if (build) {
      this.context = trim(build.context);
      for (const { source, destination } of build.copies) {
        const repo = [this.context, source === '.' ? '' : trim(source)].filter(Boolean).join('/');
        const folder = repo === '' || this.folders.has(repo);
        if (!folder && !this.files.has(repo)) continue;
        const into = destination.replace(/\/+$/, '') || '/';
        // A folder's contents land in the destination; a file lands in it when it is a folder (`COPY a.py /srv/`), else at it.
        const image = folder || !destination.endsWith('/') ? into : `${into === '/' ? '' : into}/${repo.slice(repo.lastIndexOf('/') + 1)}`;
        this.copied.push({ image, repo });
      }
    }
  }

  /**
   * The image paths whose checkout file could not be told (several matched equally), each with
   * the candidates: for a warning that names them and says to set `path-map`.
   */
  ambiguities(): Array<{ imagePath: string; candidates: string[] }> {
    return [...this.ambiguous].map(([imagePath, candidates]) => ({ imagePath, candidates }));
  }

  /** A warning naming the ambiguous image paths `relevant` keeps (at most a few), or undefined when there are none. */
  ambiguityWarning(relevant: (imagePath: string) => boolean = () => true): string | undefined {
    const all = this.ambiguities().filter(({ imagePath }) => relevant(imagePath));
    if (all.length === 0) return undefined;
    const text = (value: string): string => JSON.stringify(quoted(value));
    const named = all.slice(0, NAMED_AMBIGUOUS).map(({ imagePath, candidates }) => `${text(imagePath)} (${candidates.map(text).join(', ')})`);
    const more = all.length > NAMED_AMBIGUOUS ? ` and ${all.length - NAMED_AMBIGUOUS} more` : '';
    return `${all.length === 1 ? '1 image path matches' : `${all.length} image paths match`} several files of the checkout, so ${all.length === 1 ? 'its findings do' : 'their findings do'} not point at the repository: ${named.join('; ')}${more}. Set path-map (IMAGE_FOLDER=REPOSITORY_FOLDER, e.g. /srv=services/api), or context to the folder the image was built from`;
  }

  get size(): number {
    return this.files.size;
  }

  /** The repository file an image path holds, if one can be told. */
  toRepo(imagePath: string): string | undefined {
    for (const mapping of this.mappings) {
      const prefix = mapping.image === '/' ? '/' : `${mapping.image}/`;
      if (!imagePath.startsWith(prefix)) continue;
      const candidate = [mapping.repo, imagePath.slice(prefix.length)].filter(Boolean).join('/');
      return this.files.has(candidate) ? candidate : undefined;
    }
    // What the build copied there, the latest copy first.
    for (const { image, repo } of this.copied) {
      const below = image === '/' ? imagePath.slice(1) : imagePath.startsWith(`${image}/`) ? imagePath.slice(image.length + 1) : imagePath === image ? '' : undefined;
      if (below === undefined) continue;
      const candidate = [repo, below].filter(Boolean).join('/');
      if (this.files.has(candidate)) return candidate;
    }
    // Otherwise the checkout file sharing the longest tail of folders with the image path: the
    // whole repository path, or at least its file name and one folder, and no tie.
    const imageParts = imagePath.split('/');
    let best: string[] = [];
    let bestScore = 0;
    for (const file of this.byName.get(imageParts.at(-1)!) ?? []) {
      const parts = file.split('/');
      let common = 0;
      while (common < parts.length && common < imageParts.length - 1 && parts[parts.length - 1 - common] === imageParts[imageParts.length - 1 - common]) common++;
      const whole = common === parts.length;
      if (!whole && common < 2) continue;
      // A repository path matched whole beats a partial match of the same length.
      const score = common * 2 + (whole ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [[file], score];
      else if (score === bestScore) best.push(file);
    }
    // Of equal matches, the one in the build context (a monorepo's services share a layout).
    const context = this.context;
    const inContext = context === undefined || context === '' ? best : best.filter((file) => file.startsWith(`${context}/`));
    if (inContext.length === 1) return inContext[0];
    if (best.length === 1) return best[0];
    if (best.length > 1) this.ambiguous.set(imagePath, (inContext.length > 1 ? inContext : best).sort());
    return undefined;
  }

  /** Whether the repository holds the source of a dotted module: `a/b/c.py`, or a folder `a/b/c/` with Python files. */
  hasModule(module: string, roots?: ReadonlySet<string>): boolean {
    return this.moduleSources(module, roots).length > 0;
  }

  /**
   * The repository files that are a dotted module's source: `a/b/c.py` or `a/b/c/__init__.py`,
   * else the Python files of a namespace folder `a/b/c/`. With `roots` (folders the image's
   * modules are known to be imported from, '' for the repository root), only sources under one
   * of them count: `tests/fixtures/requests.py` is not the source of a missing `requests`.
   */
  moduleSources(module: string, roots?: ReadonlySet<string>): string[] {
    const relative = module.split('.').join('/');
    const last = module.slice(module.lastIndexOf('.') + 1);
    const underRoot = (folder: string): boolean => roots === undefined || roots.has(folder);
    const rootOf = (file: string, tail: string): string => file.slice(0, file.length - tail.length).replace(/\/$/, '');
    const sources = [...(this.byName.get(`${last}.py`) ?? []), ...(this.byName.get('__init__.py') ?? [])].filter((file) =>
      [`${relative}.py`, `${relative}/__init__.py`].some((tail) => (file === tail || file.endsWith(`/${tail}`)) && underRoot(rootOf(file, tail))),
    );
    if (sources.length > 0) return sources.sort();
    const namespaces = [...this.folders].filter((folder) => (folder === relative || folder.endsWith(`/${relative}`)) && underRoot(rootOf(folder, relative)));
    return [...this.files].filter((file) => file.endsWith('.py') && namespaces.some((folder) => file.startsWith(`${folder}/`))).sort();
  }

  /**
   * The repository folders the image imports modules from, as its entry modules show: the
   * checkout file of `app/main.py` for module `app.main` says the root is the repository's own.
   * `entries` pairs a module name (or `__main__` for a script, whose folder is the root) with
   * its image path.
   */
  importRoots(entries: ReadonlyArray<{ module: string; imagePath: string }>): Set<string> {
    const roots = new Set<string>();
    for (const { module, imagePath } of entries) {
      const repoPath = this.toRepo(imagePath);
      if (!repoPath) continue;
      if (module === '__main__') {
        roots.add(repoPath.includes('/') ? repoPath.slice(0, repoPath.lastIndexOf('/')) : '');
        continue;
      }
      const tail = `${module.split('.').join('/')}${imagePath.endsWith('/__init__.py') ? '/__init__.py' : '.py'}`;
      if (repoPath === tail || repoPath.endsWith(`/${tail}`)) roots.add(repoPath.slice(0, repoPath.length - tail.length).replace(/\/$/, ''));
    }
    return roots;
  }
}

/** `image=repo` lines of the `path-map` input. */
export function parsePathMap(lines: readonly string[]): PathMapping[] | { error: string } {
  const mappings: PathMapping[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0 || !line.startsWith('/')) return { error: `path-map line ${JSON.stringify(line)} is not of the form /image/folder=repository/folder, for example /srv=. or /app=src` };
    mappings.push({ image: line.slice(0, eq).trim(), repo: line.slice(eq + 1).trim() === '.' ? '' : line.slice(eq + 1).trim() });
  }
  return mappings;
}
