/**
 * The Python environment of an image, worked out from its files the way CPython does at start:
 * which interpreter a command runs, its version and extension suffixes, its prefix and venv,
 * and sys.path for a given launcher, `.pth` files included.
 */
import type { ImageConfig } from '../image/config.ts';
import type { ImageFs } from '../image/image-fs.ts';
import type { PathAdditions } from './launchers.ts';

export interface PythonInstallation {
  /** The interpreter as the command names it, after the PATH lookup (e.g. /venv/bin/python). */
  executable: string;
  /** With every symlink resolved (e.g. /usr/bin/python3.11). */
  realExecutable: string;
  minor: number;
  /** sys.base_prefix: where the standard library lives. */
  basePrefix: string;
  /** `debian` when the interpreter's own site.py uses dist-packages, else a python.org-style layout. */
  flavor: 'debian' | 'python.org';
  /** importlib.machinery.EXTENSION_SUFFIXES, from _sysconfigdata. */
  extensionSuffixes: string[];
  venv?: { dir: string; includeSystemSitePackages: boolean };
}

/** How the interpreter is started decides sys.path[0]. */
export type Launcher =
  | { kind: 'script'; script: string }
  | { kind: 'module'; cwd: string }
  | { kind: 'command' }
  /** An app server that puts these folders first (gunicorn's chdir and --pythonpath, uvicorn's --app-dir); started by its script, or by `python -m` when there is none. */
  | { kind: 'server'; script?: string; prepend: string[] };

export type SysPathOrigin = 'path0' | 'server' | 'script' | 'PYTHONPATH' | 'stdlib-zip' | 'stdlib' | 'lib-dynload' | 'venv-site' | 'user-site' | 'site' | 'pth';

export interface SysPathEntry {
  path: string;
  origin: SysPathOrigin;
  /** For `pth` entries: the .pth file and line that added it. */
  via?: { file: string; line: number };
}

export interface SysPath {
  entries: SysPathEntry[];
  /** `import` lines of .pth files: code that runs at every start. */
  pthImports: Array<{ file: string; line: number; text: string }>;
  /** Entry points (`pkg.mod:callable`) of .start files, which 3.15 calls at every start. */
  startEntryPoints: Array<{ file: string; line: number; text: string }>;
  /** Why some entries were left out, for `inspect`. */
  notes: string[];
}

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** `KEY=VALUE` strings to a map; later keys win, as the runtime does. */
export function environmentOf(config: ImageConfig): Map<string, string> {
  const env = new Map<string, string>();
  for (const item of config.env) {
    const eq = item.indexOf('=');
    if (eq > 0) env.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return env;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

function join(...parts: string[]): string {
  const joined = parts.join('/').replace(/\/+/g, '/');
  const normal: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') normal.pop();
    else normal.push(part);
  }
  return '/' + normal.join('/');
}

function absolute(path: string, cwd: string): string {
  return path.startsWith('/') ? join(path) : join(cwd, path);
}

/** The working directory a container of the image starts in. */
export function workingDirOf(config: ImageConfig): string {
  return config.workingDir ? join(config.workingDir) : '/';
}

/** Finds a command the way execvp does: names with a slash as they are, others along PATH. */
export function findOnPath(fs: ImageFs, command: string, env: Map<string, string>, cwd: string): string | undefined {
  if (command.includes('/')) {
    const path = absolute(command, cwd);
    return fs.stat(path)?.type === 'file' ? path : undefined;
  }
  for (const dir of (env.get('PATH') ?? DEFAULT_PATH).split(':')) {
    const path = absolute(join(dir || '.', command), cwd);
    const entry = fs.stat(path);
    if (entry?.type === 'file' && (entry.mode & 0o111) !== 0) return path;
  }
  return undefined;
}

/** The interpreter a `#!` line names, for console scripts; `/usr/bin/env python3` looks python3 up on PATH. */
export function shebangInterpreter(fs: ImageFs, script: string, env: Map<string, string>, cwd: string): string | undefined {
  // Only the head is kept of files in bin folders; elsewhere, nothing at first: readHead asks for it.
  const head = fs.readHead(script);
  if (!head || head[0] !== 0x23 || head[1] !== 0x21) return undefined;
  const line = head.subarray(2, head.indexOf(0x0a) === -1 ? head.length : head.indexOf(0x0a)).toString('utf8').trim();
  const [program, ...args] = line.split(/\s+/);
  if (!program) return undefined;
  if (program.endsWith('/env')) {
    const name = args.find((arg) => !arg.startsWith('-'));
    return name ? findOnPath(fs, name, env, cwd) : undefined;
  }
  return program;
}

/** The landmark CPython looks for when it searches for its prefix. */
function stdlibLandmark(fs: ImageFs, prefix: string, minor: number): boolean {
  return fs.stat(join(prefix, 'lib', `python3.${minor}`, 'os.py'))?.type === 'file' || fs.exists(join(prefix, 'lib', `python3${minor}.zip`));
}

function versionFromName(path: string): number | undefined {
  const match = /python3\.(\d+)[a-z]*$/.exec(path);
  return match ? Number(match[1]) : undefined;
}

function readPyvenvCfg(fs: ImageFs, file: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of (fs.readText(file) ?? '').split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq > 0) values.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return values;
}

/** Reads `'EXT_SUFFIX': '...'` from the installation's _sysconfigdata module. */
function extensionSuffixes(fs: ImageFs, stdlibDir: string, minor: number): string[] {
  const candidates = (fs.readdir(stdlibDir) ?? []).filter((name) => name.startsWith('_sysconfigdata') && name.endsWith('.py')).sort();
  for (const name of candidates) {
    const text = fs.readText(join(stdlibDir, name)) ?? '';
    const match = /'EXT_SUFFIX':\s*'([^']+)'/.exec(text);
    if (match) return [match[1]!, '.abi3.so', '.so'];
  }
  // Without _sysconfigdata, the suffix CPython builds on x86_64 Linux.
  return [`.cpython-3${minor}${minor < 8 ? 'm' : ''}-x86_64-linux-gnu.so`, '.abi3.so', '.so'];
}

/**
 * Describes the interpreter at `executable` (a path in the image). Follows CPython's getpath:
 * a pyvenv.cfg beside the executable or one folder up makes a venv; the base prefix is the
 * nearest ancestor of the real executable's folder that holds lib/python3.X/os.py.
 */
export function describeInterpreter(fs: ImageFs, executable: string, env: Map<string, string> = new Map()): PythonInstallation {
  const realExecutable = fs.realpath(executable);
  if (!realExecutable || fs.stat(realExecutable)?.type !== 'file') throw new EnvironmentError(`${executable} is not a file in the image`);
  let venv: PythonInstallation['venv'];
  let home: string | undefined;
  for (const dir of [dirname(executable), dirname(dirname(executable))]) {
    const cfg = join(dir, 'pyvenv.cfg');
    if (fs.stat(cfg)?.type === 'file') {
      const values = readPyvenvCfg(fs, cfg);
      venv = { dir, includeSystemSitePackages: (values.get('include-system-site-packages') ?? 'false').toLowerCase() === 'true' };
      home = values.get('home');
      break;
    }
  }
  let minor = versionFromName(realExecutable) ?? versionFromName(executable);
  const pythonHome = env.get('PYTHONHOME');
  const searchFrom = pythonHome ? [pythonHome.split(':')[0]!] : ancestors(dirname(home ? join(home, 'python3') : realExecutable));
  let basePrefix: string | undefined;
  for (const prefix of searchFrom) {
    if (minor === undefined) {
      const versions = (fs.readdir(join(prefix, 'lib')) ?? []).map((name) => /^python3\.(\d+)$/.exec(name)).filter((match) => match !== null);
      if (versions.length === 1) minor = Number(versions[0]![1]);
    }
    if (minor !== undefined && stdlibLandmark(fs, prefix, minor)) {
      basePrefix = prefix;
      break;
    }
  }
  if (minor === undefined || basePrefix === undefined) throw new EnvironmentError(`no standard library found for ${executable} (looked for lib/python3.X/os.py above ${dirname(realExecutable)})`);
  const stdlibDir = join(basePrefix, 'lib', `python3.${minor}`);
  const site = fs.readText(join(stdlibDir, 'site.py')) ?? '';
  const installation: PythonInstallation = {
    executable,
    realExecutable,
    minor,
    basePrefix,
    flavor: site.includes('dist-packages') ? 'debian' : 'python.org',
    extensionSuffixes: extensionSuffixes(fs, stdlibDir, minor),
  };
  if (venv) installation.venv = venv;
  return installation;
}

function ancestors(dir: string): string[] {
  const list: string[] = [];
  for (let current = dirname(dir); ; current = dirname(current)) {
    list.push(current);
    if (current === '/') break;
  }
  return list;
}

/** HOME of the container's user: Env first, else /etc/passwd (as the runtime sets it), else `/`. */
export function homeOf(fs: ImageFs, config: ImageConfig, env: Map<string, string>): string {
  const fromEnv = env.get('HOME');
  if (fromEnv) return fromEnv;
  const user = (config.user || 'root').split(':')[0]!;
  for (const line of (fs.readText('/etc/passwd') ?? '').split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 6 && (fields[0] === user || fields[2] === user)) return fields[5] || '/';
  }
  return '/';
}

/** sys.path as the interpreter builds it for this launcher, site.py and .pth files included. */
export function computeSysPath(fs: ImageFs, config: ImageConfig, python: PythonInstallation, launcher: Launcher, scriptAdds?: PathAdditions): SysPath {
  const env = environmentOf(config);
  const cwd = workingDirOf(config);
  const entries: SysPathEntry[] = [];
  const notes: string[] = [];
  const pthImports: SysPath['pthImports'] = [];
  const startEntryPoints: SysPath['startEntryPoints'] = [];
  const add = (path: string, origin: SysPathOrigin, via?: SysPathEntry['via']): void => {
    const entry: SysPathEntry = { path, origin };
    if (via) entry.via = via;
    entries.push(entry);
  };

  // sys.path[0] (and an app server's folders) go in front after site.py ran: site never sees them.
  const front: SysPathEntry[] = [];
  const safePath = python.minor >= 11 && !!env.get('PYTHONSAFEPATH');
  if (launcher.kind === 'server') for (const dir of launcher.prepend) front.push({ path: absolute(dir, cwd), origin: 'server' });
  if (safePath) notes.push('PYTHONSAFEPATH is set: no script or working directory in front');
  else if (launcher.kind === 'script' || (launcher.kind === 'server' && launcher.script)) front.push({ path: dirname(fs.realpath(absolute(launcher.script!, cwd)) ?? absolute(launcher.script!, cwd)), origin: 'path0' });
  else if (launcher.kind === 'server') front.push({ path: cwd, origin: 'path0' });
  else if (launcher.kind === 'module') front.push({ path: absolute(launcher.cwd, cwd), origin: 'path0' });
  else front.push({ path: '', origin: 'path0' });

  // An empty PYTHONPATH entry is the working directory, as site.py's abspath makes it.
  const pythonPath = env.get('PYTHONPATH');
  if (pythonPath) for (const dir of pythonPath.split(':')) add(absolute(dir, cwd), 'PYTHONPATH');

  const lib = join(python.basePrefix, 'lib');
  add(join(lib, `python3${python.minor}.zip`), 'stdlib-zip');
  add(join(lib, `python3.${python.minor}`), 'stdlib');
  add(join(lib, `python3.${python.minor}`, 'lib-dynload'), 'lib-dynload');

  // site.removeduppaths(): later duplicates go.
  const firstSeen = new Set<string>();
  for (let index = 0; index < entries.length; ) {
    if (firstSeen.has(entries[index]!.path)) entries.splice(index, 1);
    else firstSeen.add(entries[index++]!.path);
  }

  // site.py: known paths start as sys.path so far; each site directory is added when it exists
  // and is not known yet, and its .pth files (sorted, hidden ones skipped) are read either way.
  const known = new Set(entries.map((entry) => entry.path));
  const isDir = (path: string): boolean => fs.stat(path)?.type === 'dir';
  const addSiteDir = (dir: string, origin: SysPathOrigin): void => {
    if (!isDir(dir)) return;
    if (!known.has(dir)) {
      known.add(dir);
      add(dir, origin);
    }
    // Hidden .pth files are skipped from 3.13 on.
    const names = fs.readdir(dir) ?? [];
    const visible = (suffix: string): string[] => names.filter((file) => file.endsWith(suffix) && !(python.minor >= 13 && file.startsWith('.'))).sort();
    // 3.15 (PEP 829): a .start file's entry points run at start, and silence the import lines of the .pth of the same name.
    const startFiles = python.minor >= 15 ? visible('.start').filter((name) => fs.stat(join(dir, name))?.type === 'file') : [];
    for (const name of startFiles) {
      const file = join(dir, name);
      (fs.readText(file) ?? '').split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line !== '' && !line.startsWith('#') && !startEntryPoints.some((known) => known.file === file && known.line === index + 1)) startEntryPoints.push({ file, line: index + 1, text: line });
      });
    }
    for (const name of visible('.pth')) {
      const file = join(dir, name);
      const silenced = startFiles.includes(`${name.slice(0, -'.pth'.length)}.start`);
      const text = fs.stat(file)?.type === 'file' ? (fs.readText(file) ?? '') : '';
      text.split(/\r?\n/).forEach((raw, index) => {
        // 3.15 strips both ends of a line; earlier versions only its end.
        const line = python.minor >= 15 ? raw.trim() : raw.replace(/\s+$/, '');
        if (line === '' || line.startsWith('#')) return;
        if (/^import[ \t]/.test(line)) {
          if (!silenced && !pthImports.some((known) => known.file === file && known.line === index + 1)) pthImports.push({ file, line: index + 1, text: line });
          return;
        }
        const path = absolute(line, dir);
        if (known.has(path) || !fs.exists(path)) return;
        known.add(path);
        add(path, 'pth', { file, line: index + 1 });
      });
    }
  };

  const versionDir = `python3.${python.minor}`;
  /** site.getsitepackages() for these prefixes: Debian's dist-packages layout or python.org's. */
  const siteDirsOf = (prefix: string): string[] => {
    if (python.flavor !== 'debian') return [join(prefix, 'lib', versionDir, 'site-packages')];
    const dirs = [join(prefix, 'local/lib', versionDir, 'dist-packages'), join(prefix, 'lib/python3/dist-packages'), join(prefix, 'lib', versionDir, 'dist-packages')];
    return python.venv ? [join(prefix, 'lib', versionDir, 'site-packages'), ...dirs] : dirs;
  };

  // site.venv(): the venv's own site-packages come first, ahead of the user site; an isolated
  // venv then stops, one with the system's packages goes on with the user site and the base prefix.
  const venv = python.venv;
  if (venv) for (const dir of siteDirsOf(venv.dir)) addSiteDir(dir, 'venv-site');
  const userSiteEnabled = !(venv && !venv.includeSystemSitePackages) && !env.get('PYTHONNOUSERSITE');
  if (env.get('PYTHONNOUSERSITE')) notes.push('PYTHONNOUSERSITE is set: no user site-packages');
  if (userSiteEnabled) addSiteDir(join(homeOf(fs, config, env), '.local', 'lib', versionDir, 'site-packages'), 'user-site');
  const prefixes = venv ? (venv.includeSystemSitePackages ? [venv.dir, python.basePrefix] : [venv.dir]) : [python.basePrefix];
  for (const prefix of prefixes) for (const dir of siteDirsOf(prefix)) addSiteDir(dir, venv && prefix === venv.dir ? 'venv-site' : 'site');
  return finish();

  function finish(): SysPath {
    // What the script adds while it runs comes after site.py: insertions behind sys.path[0], appends last.
    const inserted = (scriptAdds?.front ?? []).map((path): SysPathEntry => ({ path, origin: 'script' }));
    const appended = (scriptAdds?.back ?? []).map((path): SysPathEntry => ({ path, origin: 'script' }));
    return { entries: [...front.slice(0, 1), ...inserted, ...front.slice(1), ...entries, ...appended], pthImports, startEntryPoints, notes };
  }
}

/**
 * Import hooks that `.pth` files install ahead of the normal search, as module redirects.
 * setuptools' distutils-precedence.pth makes `import distutils` load `setuptools._distutils`
 * unless SETUPTOOLS_USE_DISTUTILS says otherwise (the default is read from the .pth line).
 */
export function importRedirects(sysPath: SysPath, config: ImageConfig): Record<string, string> {
  const env = environmentOf(config);
  const redirects: Record<string, string> = {};
  for (const line of sysPath.pthImports) {
    if (!line.text.includes("__import__('_distutils_hack').add_shim()")) continue;
    const variable = /var = '([A-Z_]+)'/.exec(line.text)?.[1] ?? 'SETUPTOOLS_USE_DISTUTILS';
    const fallback = /environ\.get\(var, '(\w+)'\)/.exec(line.text)?.[1] ?? 'local';
    if ((env.get(variable) ?? fallback) === 'local') redirects['distutils'] = 'setuptools._distutils';
  }
  return redirects;
}

const EDITABLE_PTH = /^import (__editable___[\w.]+_finder)\b/;
const QUOTED_PAIR = /(['"])((?:\\.|(?!\1).)*)\1\s*:\s*(['"])((?:\\.|(?!\3).)*)\3/g;

/**
 * setuptools editable installs: each `__editable__.*.pth` imports a finder module whose MAPPING
 * sends top-level names to folders or files of the project's checkout. The finders are appended
 * to sys.meta_path, in .pth order, so they answer only what the normal search cannot find.
 */
export function editableMappings(fs: ImageFs, sysPath: SysPath): Array<Record<string, string>> {
  const mappings: Array<Record<string, string>> = [];
  for (const line of sysPath.pthImports) {
    const module = EDITABLE_PTH.exec(line.text)?.[1];
    if (!module) continue;
    const text = fs.readText(join(dirname(line.file), `${module}.py`)) ?? '';
    const literal = /^MAPPING\s*(?::[^=\n]*)?=\s*(\{.*\})\s*$/m.exec(text)?.[1];
    if (!literal) continue;
    const mapping: Record<string, string> = {};
    for (const pair of literal.matchAll(QUOTED_PAIR)) mapping[pair[2]!] = pair[4]!.replace(/\\(.)/g, '$1');
    mappings.push(mapping);
  }
  return mappings;
}
