import type { ByteRange } from './byte-source.ts';
import { architectureName, type ElfArchitecture, machineName, sameArchitecture } from './elf-machine.ts';
import { DF_1_NODEFLIB, ELF_HEAD_BYTES, type ElfObject, readElf } from './elf.ts';
import { cacheFlagsFor, cacheIndex, type LdCacheEntry } from './ld-cache.ts';
import { type GlibcSetup, type LoaderFileSystem, type LoaderSetup, type MuslSetup } from './loader-setup.ts';

/**
 * Resolves the shared libraries an extension module needs, as the image's dynamic loader would
 * when Python loads the module, and checks the symbol versions they must define.
 *
 * glibc (dl-load.c, _dl_map_object): a name with a slash is a path. Otherwise, in order: the
 * DT_RPATH of the object that needs the library and of each object up the chain that loaded it
 * (only when the needing object has no DT_RUNPATH), LD_LIBRARY_PATH, the needing object's own
 * DT_RUNPATH, /etc/ld.so.cache, then the trusted directories (these two skipped for an object
 * flagged DF_1_NODEFLIB). A candidate of another ELF class or machine is passed over; one that is
 * not ELF at all ends the search with an error. Names already loaded (by name, soname or the same
 * file) are not searched again; dependencies load breadth first. Variants in glibc-hwcaps
 * subdirectories depend on the CPU that will run the image and are not considered: the baseline
 * library is what must be present.
 *
 * musl (ldso/dynlink.c, load_library): the names of its own parts (libc.so*, libm.so*,
 * libpthread.so*...) are musl itself. Otherwise LD_LIBRARY_PATH, then the DT_RUNPATH or DT_RPATH
 * of the needing object and of each object up its chain, then the path file
 * /etc/ld-musl-<arch>.path or the default /lib:/usr/local/lib:/usr/lib. The first file found is
 * taken, whatever it is. musl ignores symbol versions.
 */

/** Objects one module may bring in, itself included. */
export const MAX_LOADED_OBJECTS = 2048;
/** Links in a chain of needed libraries. */
export const MAX_DEPENDENCY_DEPTH = 256;
/** Directories tried for one name, over all its search paths. */
export const MAX_SEARCH_DIRECTORIES = 4096;

export interface LoadedObject {
  /** The name it was asked for (DT_NEEDED); the module's path for the module. */
  name: string;
  /** Where the loader found it, as the loader names it: the search directory and the name, not resolved. */
  path: string;
  realPath: string;
  /** The index in `loaded` of the object whose DT_NEEDED brought it in; -1 for the module. */
  neededBy: number;
}

export type SearchVia = 'RPATH' | 'LD_LIBRARY_PATH' | 'RUNPATH' | 'ld.so.cache' | 'system' | 'musl path' | 'path';

/** One place the loader looked. */
export interface SearchPlace {
  via: SearchVia;
  /** The directory (absent for the cache). */
  directory?: string;
  /** For RPATH and RUNPATH: the object whose search path it is. */
  owner?: string;
}

interface ProblemBase {
  /** The objects from the module to the one that needs the library: [module, ..., needing object]. */
  chain: string[];
  /** What the loader would say, in words. */
  message: string;
}

export type LoadProblem =
  | (ProblemBase & { kind: 'missing-library'; library: string; searched: SearchPlace[]; otherArchitectures: string[] })
  | (ProblemBase & { kind: 'wrong-architecture'; library?: string; path: string; architecture: string; expected: string })
  | (ProblemBase & { kind: 'libc-mismatch'; reason: 'missing-version'; library: string; path: string; version: string })
  | (ProblemBase & { kind: 'libc-mismatch'; reason: 'glibc-on-musl' | 'musl-on-glibc'; library: string })
  | (ProblemBase & { kind: 'missing-version'; library: string; path: string; version: string })
  | (ProblemBase & { kind: 'unloadable-library'; library?: string; path: string; reason: string })
  | (ProblemBase & { kind: 'limit'; reason: string });

export interface ModuleLoad {
  module: string;
  /** `incomplete`: some bytes were not at hand (see needsBytes); the verdict may change once they are. */
  status: 'ok' | 'problems' | 'incomplete';
  libc: 'glibc' | 'musl';
  /** Objects in load order (the module first). */
  loaded: LoadedObject[];
  problems: LoadProblem[];
  needsBytes: { path: string; missing: ByteRange[] }[];
}

/** The executable that loads the module (the Python interpreter): its RPATH ends every RPATH chain. */
export interface LoadingProgram {
  path: string;
  elf: ElfObject;
}

type Candidate =
  | { status: 'found'; path: string; realPath: string; elf: ElfObject }
  | { status: 'absent' }
  | { status: 'other-architecture'; path: string; architecture: string }
  | { status: 'unloadable'; path: string; reason: string }
  | { status: 'incomplete'; path: string; missing: ByteRange[] };

interface Node {
  object: LoadedObject;
  elf: ElfObject | undefined;
  depth: number;
  /** The object that loaded this one (for the RPATH chain); undefined for the module, whose loader is the program. */
  loader: Node | undefined;
}

/** glibc's names for its own libraries' symbol versions. */
const GLIBC_VERSION = /^GLIBC_/;
/** Names of glibc's libc and loader, which a musl image lacks. */
const GLIBC_LIBC_NAMES = /^(libc\.so\.6|ld-linux[^/]*\.so\.\d|ld64\.so\.\d)$/;
/** musl's libc as objects built against musl name it (Alpine's soname, or plain libc.so elsewhere); glibc's is libc.so.6. */
const MUSL_LIBC_NAMES = /^(libc\.musl-[^/]+\.so\.1|ld-musl-[^/]+\.so\.1|libc\.so)$/;
/** musl answers these names with itself (its "reserved" list: libc, libpthread, librt, libm, libdl, libutil, libxnet). */
const MUSL_RESERVED = /^lib(c|pthread|rt|m|dl|util|xnet)\./;
/** The tokens glibc expands in search paths; a bare name must not run on into more name characters. */
const DYNAMIC_STRING_TOKEN = /\$(?:\{(ORIGIN|LIB|PLATFORM)\}|(ORIGIN|LIB|PLATFORM)(?![A-Za-z0-9_]))/g;

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

function joinPath(directory: string, name: string): string {
  return directory.endsWith('/') ? `${directory}${name}` : `${directory}/${name}`;
}

/** A directory of a search path as glibc keeps it: absolute (relative ones count from the working directory), without trailing slashes. */
function searchDirectory(directory: string, workingDirectory: string): string {
  const absolute = directory.startsWith('/') ? directory : joinPath(workingDirectory, directory);
  return absolute.length > 1 ? absolute.replace(/\/+$/, '') || '/' : absolute;
}

/**
 * The loader of one image: reads each library once and answers for any number of modules.
 * All answers are plain data (JSON-serialisable).
 */
export class ImageLoader {
  private readonly fs: LoaderFileSystem;
  private readonly setup: LoaderSetup;
  private readonly program: LoadingProgram | undefined;
  private readonly candidates = new Map<string, Candidate>();
  private readonly cacheByName: Map<string, LdCacheEntry[]>;
  private readonly interpreter: { path: string; realPath: string; elf: ElfObject | undefined } | undefined;

  constructor(fs: LoaderFileSystem, setup: LoaderSetup, program?: LoadingProgram) {
    this.fs = fs;
    this.setup = setup;
    this.program = program;
    this.cacheByName = setup.kind === 'glibc' ? cacheIndex(setup.cache) : new Map<string, LdCacheEntry[]>();
    const realPath = setup.interpreter ? fs.realpath(setup.interpreter) : undefined;
    if (realPath) {
      const candidate = this.examine(setup.interpreter);
      this.interpreter = { path: setup.interpreter, realPath, elf: candidate.status === 'found' ? candidate.elf : undefined };
    }
  }

  /** Resolves everything a module needs; the module's path is where Python finds it. */
  resolve(modulePath: string): ModuleLoad {
    const result: ModuleLoad = { module: modulePath, status: 'ok', libc: this.setup.kind, loaded: [], problems: [], needsBytes: [] };
    const module = this.examine(modulePath);
    if (module.status !== 'found') {
      this.reportCandidate(result, module, undefined, [], modulePath);
      return finish(result);
    }
    const nodes: Node[] = [];
    const byName = new Map<string, Node>();
    const byRealPath = new Map<string, Node>();
    const add = (node: Node): void => {
      nodes.push(node);
      result.loaded.push(node.object);
      byName.set(node.object.name, node);
      byName.set(node.object.path, node);
      if (node.elf?.soname && this.setup.kind === 'glibc') byName.set(node.elf.soname, node);
      byRealPath.set(node.object.realPath, node);
    };
    add({ object: { name: modulePath, path: modulePath, realPath: module.realPath, neededBy: -1 }, elf: module.elf, depth: 0, loader: undefined });
    // The loader itself is in every process: its names answer without a search (glibc: its path and
    // soname; musl: also the names of the libraries it implements). It joins `loaded` when first needed.
    const ldso: Node | undefined = this.interpreter && { object: { name: this.interpreter.path, path: this.interpreter.path, realPath: this.interpreter.realPath, neededBy: -1 }, elf: this.interpreter.elf, depth: 1, loader: undefined };
    if (ldso) {
      byName.set(ldso.object.path, ldso);
      byName.set(this.interpreter!.elf?.soname ?? ldso.object.path.slice(ldso.object.path.lastIndexOf('/') + 1), ldso);
      byRealPath.set(ldso.object.realPath, ldso);
    }
    const useLdso = (name: string, neededBy: Node, index: number): void => {
      if (!ldso || nodes.includes(ldso)) return;
      ldso.object.name = name;
      ldso.object.neededBy = index;
      ldso.loader = neededBy;
      nodes.push(ldso);
      result.loaded.push(ldso.object);
    };

    if (!module.elf.dynamic) return finish(result);
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      const needed = node.elf?.needed ?? [];
      for (const name of needed) {
        const known = byName.get(name);
        if (known) {
          if (known === ldso) useLdso(name, node, index);
          continue;
        }
        const chain = chainOf(node);
        if (node.depth + 1 > MAX_DEPENDENCY_DEPTH || nodes.length >= MAX_LOADED_OBJECTS) {
          result.problems.push({ kind: 'limit', chain, reason: `more than ${MAX_LOADED_OBJECTS} libraries or ${MAX_DEPENDENCY_DEPTH} levels of dependencies`, message: `the dependencies of ${modulePath} go beyond ${MAX_LOADED_OBJECTS} libraries or ${MAX_DEPENDENCY_DEPTH} levels; the rest is not checked` });
          return finish(result);
        }
        if (this.setup.kind === 'musl' && MUSL_RESERVED.test(name) && !name.includes('/')) {
          if (ldso) {
            byName.set(name, ldso);
            useLdso(name, node, index);
          }
          if (GLIBC_LIBC_NAMES.test(name) && !this.setup.glibcCompatibility) this.reportGlibcOnMusl(result, name, chain);
          continue;
        }
        if (this.setup.kind === 'glibc' && MUSL_LIBC_NAMES.test(name)) {
          result.problems.push({ kind: 'libc-mismatch', reason: 'musl-on-glibc', library: name, chain, message: `${chain.at(-1)} is built for musl (it needs ${name}); the image's C library is glibc` });
          byName.set(name, node);
          continue;
        }
        const found = this.search(name, node, result, chain);
        if (!found) continue;
        const existing = byRealPath.get(found.realPath);
        if (existing) {
          byName.set(name, existing);
          if (existing === ldso) useLdso(name, node, index);
          continue;
        }
        add({ object: { name, path: found.path, realPath: found.realPath, neededBy: index }, elf: found.elf, depth: node.depth + 1, loader: node });
      }
    }
    if (this.setup.kind === 'glibc') this.checkVersions(result, nodes, byName);
    else if (!this.setup.glibcCompatibility) {
      for (const node of nodes) {
        const glibcVersion = node.elf?.versionNeeds.flatMap((need) => need.versions).find((version) => GLIBC_VERSION.test(version.name));
        if (glibcVersion) this.reportGlibcOnMusl(result, glibcVersion.name, chainOf(node));
      }
    }
    return finish(result);
  }

  private reportGlibcOnMusl(result: ModuleLoad, needs: string, chain: string[]): void {
    if (result.problems.some((problem) => problem.kind === 'libc-mismatch' && problem.reason === 'glibc-on-musl')) return;
    result.problems.push({ kind: 'libc-mismatch', reason: 'glibc-on-musl', library: needs, chain, message: `${chain.at(-1)} is built for glibc (it needs ${needs}); the image's C library is musl` });
  }

  /** glibc's check after loading: every version an object needs from a loaded library must be defined there (a library without version definitions passes). */
  private checkVersions(result: ModuleLoad, nodes: readonly Node[], byName: ReadonlyMap<string, Node>): void {
    for (const node of nodes) {
      for (const need of node.elf?.versionNeeds ?? []) {
        const provider = byName.get(need.file);
        if (!provider?.elf || provider.elf.versionDefinitions.length === 0) continue;
        const defined = new Set(provider.elf.versionDefinitions.map((definition) => definition.name));
        for (const version of need.versions) {
          if (version.weak || defined.has(version.name)) continue;
          const base = { library: need.file, path: provider.object.path, version: version.name, chain: chainOf(node), message: `${provider.object.path}: version '${version.name}' not found (required by ${node.object.path})` };
          result.problems.push(GLIBC_VERSION.test(version.name) ? { kind: 'libc-mismatch', reason: 'missing-version', ...base } : { kind: 'missing-version', ...base });
        }
      }
    }
  }

  /** Finds a needed library for `node`, noting a problem when it cannot be loaded. */
  private search(name: string, node: Node, result: ModuleLoad, chain: string[]): (Candidate & { status: 'found' }) | undefined {
    const searched: SearchPlace[] = [];
    const otherArchitectures: string[] = [];
    let tried = 0;
    const attempt = (path: string): Candidate | 'continue' => {
      const candidate = this.examine(path);
      if (candidate.status === 'absent') return 'continue';
      if (candidate.status === 'other-architecture' && this.setup.kind === 'glibc') {
        otherArchitectures.push(`${candidate.path} (${candidate.architecture})`);
        return 'continue';
      }
      return candidate;
    };
    const tryDirectories = (directories: readonly string[], place: Omit<SearchPlace, 'directory'>): Candidate | 'continue' | 'limit' => {
      for (const directory of directories) {
        if (++tried > MAX_SEARCH_DIRECTORIES) return 'limit';
        searched.push({ ...place, directory });
        const outcome = attempt(joinPath(directory, name));
        if (outcome !== 'continue') return outcome;
      }
      return 'continue';
    };
    let outcome: Candidate | 'continue' | 'limit';
    if (name.includes('/')) {
      const path = name.startsWith('/') ? name : joinPath(this.setup.workingDirectory, name);
      searched.push({ via: 'path', directory: dirname(path) });
      outcome = this.examine(path);
      if (outcome.status === 'absent') outcome = 'continue';
    } else if (this.setup.kind === 'glibc') {
      outcome = this.searchGlibc(this.setup, name, node, tryDirectories, attempt, searched);
    } else {
      outcome = this.searchMusl(this.setup, node, tryDirectories);
    }
    if (outcome === 'limit') {
      result.problems.push({ kind: 'limit', chain, reason: `more than ${MAX_SEARCH_DIRECTORIES} directories to search`, message: `${name} (needed by ${chain.at(-1)}) would be searched in more than ${MAX_SEARCH_DIRECTORIES} directories; it is not checked` });
      return undefined;
    }
    if (outcome === 'continue') {
      if (otherArchitectures.length) {
        const [first] = otherArchitectures;
        result.problems.push({ kind: 'wrong-architecture', library: name, path: first!.replace(/ \(.*$/, ''), architecture: first!.replace(/^.* \((.*)\)$/, '$1'), expected: architectureName(this.setup.arch), chain, message: `${name} (needed by ${chain.at(-1)}) is found only for another architecture: ${otherArchitectures.join(', ')}; the image is ${architectureName(this.setup.arch)}` });
      } else {
        result.problems.push({ kind: 'missing-library', library: name, searched, otherArchitectures, chain, message: `${name}: cannot open shared object file: No such file or directory (needed by ${chain.at(-1)})` });
      }
      return undefined;
    }
    if (outcome.status === 'found') return outcome;
    this.reportCandidate(result, outcome, name, chain, name);
    return undefined;
  }

  private searchGlibc(
    setup: GlibcSetup,
    name: string,
    node: Node,
    tryDirectories: (directories: readonly string[], place: Omit<SearchPlace, 'directory'>) => Candidate | 'continue' | 'limit',
    attempt: (path: string) => Candidate | 'continue',
    searched: SearchPlace[],
  ): Candidate | 'continue' | 'limit' {
    let outcome: Candidate | 'continue' | 'limit';
    if (node.elf?.runpath === undefined) {
      // The RPATH of the needing object, then of each object up the chain that loaded it, then of the program.
      const owners: { path: string; elf: ElfObject | undefined; origin: string }[] = [];
      for (let owner: Node | undefined = node; owner; owner = owner.loader) owners.push({ path: owner.object.path, elf: owner.elf, origin: dirname(owner.object.path) });
      if (this.program) owners.push({ path: this.program.path, elf: this.program.elf, origin: dirname(this.fs.realpath(this.program.path) ?? this.program.path) });
      for (const owner of owners) {
        if (owner.elf?.rpath === undefined) continue;
        outcome = tryDirectories(this.expand(owner.elf.rpath, owner.origin), { via: 'RPATH', owner: owner.path });
        if (outcome !== 'continue') return outcome;
      }
    }
    outcome = tryDirectories(setup.ldLibraryPath.map((directory) => searchDirectory(directory, setup.workingDirectory)), { via: 'LD_LIBRARY_PATH' });
    if (outcome !== 'continue') return outcome;
    if (node.elf?.runpath !== undefined) {
      outcome = tryDirectories(this.expand(node.elf.runpath, dirname(node.object.path)), { via: 'RUNPATH', owner: node.object.path });
      if (outcome !== 'continue') return outcome;
    }
    const nodeflib = ((node.elf?.dynamicFlags1 ?? 0) & DF_1_NODEFLIB) !== 0;
    const accepted = cacheFlagsFor(setup.arch);
    const entries = (this.cacheByName.get(name) ?? []).filter((entry) => accepted.includes(entry.flags));
    const cached = entries.find((entry) => entry.hwcap === '0') ?? entries[0];
    if (setup.cache.length) searched.push({ via: 'ld.so.cache' });
    const inSystemDirectory = (path: string) => setup.systemDirectories.some((directory) => path.startsWith(`${directory}/`));
    if (cached && !(nodeflib && inSystemDirectory(cached.path))) {
      outcome = attempt(cached.path);
      if (outcome !== 'continue') return outcome;
    }
    if (nodeflib) return 'continue';
    return tryDirectories(setup.systemDirectories, { via: 'system' });
  }

  private searchMusl(setup: MuslSetup, node: Node, tryDirectories: (directories: readonly string[], place: Omit<SearchPlace, 'directory'>) => Candidate | 'continue' | 'limit'): Candidate | 'continue' | 'limit' {
    let outcome = tryDirectories(setup.ldLibraryPath, { via: 'LD_LIBRARY_PATH' });
    if (outcome !== 'continue') return outcome;
    const owners: { path: string; elf: ElfObject | undefined; origin: string }[] = [];
    for (let owner: Node | undefined = node; owner; owner = owner.loader) owners.push({ path: owner.object.path, elf: owner.elf, origin: dirname(owner.object.path) });
    if (this.program) owners.push({ path: this.program.path, elf: this.program.elf, origin: dirname(this.fs.realpath(this.program.path) ?? this.program.path) });
    for (const owner of owners) {
      // musl takes DT_RUNPATH over DT_RPATH, treats both alike, and ignores a path with a $ token other than $ORIGIN.
      const path = owner.elf?.runpath ?? owner.elf?.rpath;
      if (path === undefined || /\$(?!\{ORIGIN\}|ORIGIN)/.test(path)) continue;
      const directories = path.replace(/\$\{ORIGIN\}|\$ORIGIN/g, owner.origin).split(/[:\n]/).filter(Boolean);
      outcome = tryDirectories(directories, { via: owner.elf?.runpath !== undefined ? 'RUNPATH' : 'RPATH', owner: owner.path });
      if (outcome !== 'continue') return outcome;
    }
    return tryDirectories(setup.searchPath, { via: 'musl path' });
  }

  /** A search path's directories with $ORIGIN, $LIB and $PLATFORM expanded, each once, as glibc's fillin_rpath keeps them. */
  private expand(searchPath: string, origin: string): string[] {
    const setup = this.setup as GlibcSetup;
    const directories: string[] = [];
    for (const entry of searchPath.split(':')) {
      const expanded = entry.replace(DYNAMIC_STRING_TOKEN, (_, braced: string | undefined, bare: string | undefined) => {
        const token = braced ?? bare;
        return token === 'ORIGIN' ? origin : token === 'LIB' ? setup.dstLib : setup.dstPlatform;
      });
      if (expanded.length === 0) continue;
      const directory = searchDirectory(expanded, setup.workingDirectory);
      if (!directories.includes(directory)) directories.push(directory);
    }
    return directories;
  }

  private reportCandidate(result: ModuleLoad, candidate: Candidate, library: string | undefined, chain: string[], name: string): void {
    const named = library === undefined ? {} : { library };
    switch (candidate.status) {
      case 'absent':
        result.problems.push({ kind: 'unloadable-library', ...named, path: name, reason: 'not found', chain, message: `${name}: no such file` });
        break;
      case 'other-architecture':
        result.problems.push({ kind: 'wrong-architecture', ...named, path: candidate.path, architecture: candidate.architecture, expected: architectureName(this.setup.arch), chain, message: `${candidate.path} is built for ${candidate.architecture}; the image is ${architectureName(this.setup.arch)}` });
        break;
      case 'unloadable':
        result.problems.push({ kind: 'unloadable-library', ...named, path: candidate.path, reason: candidate.reason, chain, message: `${candidate.path}: cannot be loaded: ${candidate.reason}` });
        break;
      case 'incomplete':
        result.needsBytes.push({ path: candidate.path, missing: candidate.missing });
        break;
      case 'found':
        break;
    }
  }

  /** What the loader finds at a path: nothing, an object it can load, or one it cannot. Cached per path. */
  private examine(path: string): Candidate {
    const known = this.candidates.get(path);
    if (known) return known;
    const candidate = this.examineUncached(path);
    if (candidate.status !== 'incomplete') this.candidates.set(path, candidate);
    return candidate;
  }

  private examineUncached(path: string): Candidate {
    const stat = this.fs.stat(path);
    const realPath = this.fs.realpath(path);
    if (stat?.type !== 'file' || realPath === undefined) return { status: 'absent' };
    const captured = this.fs.captured?.(path);
    const source = captured ? undefined : this.fs.open(path);
    if (!captured && !source) return { status: 'unloadable', path, reason: 'the file cannot be read' };
    // glibc judges the identification bytes first: another class or machine is passed over even when the rest is damaged.
    const ident = captured ? captured.ident : source!.read(0, Math.min(20, source!.size));
    if (!ident) return { status: 'incomplete', path, missing: [{ offset: 0, length: Math.min(ELF_HEAD_BYTES, source!.size) }] };
    const read = captured ? captured.read : readElf(source!);
    if (ident.length === 20 && ident[0] === 0x7f && ident[1] === 0x45 && ident[2] === 0x4c && ident[3] === 0x46) {
      const elfClass = ident[4] === 1 ? 32 : ident[4] === 2 ? 64 : undefined;
      const little = ident[5] === 1;
      const machine = little ? ident[18]! | (ident[19]! << 8) : (ident[18]! << 8) | ident[19]!;
      const named = read.status === 'ok' ? architectureName(read.elf) : `${machineName(machine)} ${elfClass ?? '?'}-bit`;
      if (elfClass !== undefined && elfClass !== this.setup.arch.elfClass) return { status: 'other-architecture', path, architecture: named };
      if ((ident[5] === 1 || ident[5] === 2) && little !== (this.setup.arch.endian === 'little')) return { status: 'unloadable', path, reason: `ELF file data encoding is ${little ? 'little' : 'big'}-endian` };
      if (machine !== this.setup.arch.machine) return { status: 'other-architecture', path, architecture: named };
    }
    if (read.status === 'incomplete') return { status: 'incomplete', path, missing: read.missing };
    if (read.status === 'unreadable') return { status: 'unloadable', path, reason: read.problem === 'not-elf' ? 'invalid ELF header' : read.reason };
    const elf = read.elf;
    // Same class and machine by now; on ARM the float ABI may still differ, and glibc passes over such an object too.
    if (!sameArchitecture(this.setup.arch, elf)) return { status: 'other-architecture', path, architecture: architectureName(elf) };
    return { status: 'found', path, realPath, elf };
  }
}

function chainOf(node: Node): string[] {
  const chain: string[] = [];
  for (let at: Node | undefined = node; at; at = at.loader) chain.unshift(at.object.path);
  return chain;
}

function finish(result: ModuleLoad): ModuleLoad {
  result.status = result.needsBytes.length ? 'incomplete' : result.problems.length ? 'problems' : 'ok';
  return result;
}

/** The image's architecture as the loader sees it, from its Python executable (or any of its ELF objects). */
export function architectureOf(elf: ElfObject): ElfArchitecture {
  return { elfClass: elf.elfClass, endian: elf.endian, machine: elf.machine, ...(elf.armFloat ? { armFloat: elf.armFloat } : {}) };
}
