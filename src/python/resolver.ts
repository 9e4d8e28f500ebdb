/**
 * Module name -> what the image's interpreter would load, or why nothing: CPython's meta path
 * (built-in, frozen, then the path finder) and FileFinder's rules, on the image's files.
 */
import type { ImageFs } from '../image/image-fs.ts';

/** `preloaded`: in sys.modules before user code runs (`__main__`, what `site` imports), found whatever the files say. */
export type ModuleKind = 'builtin' | 'frozen' | 'preloaded' | 'package' | 'source' | 'bytecode' | 'extension' | 'namespace';

export interface FoundModule {
  found: true;
  name: string;
  kind: ModuleKind;
  /** The file that is loaded (a package's `__init__`); absent for built-in, frozen and namespace modules. */
  origin?: string;
  /** `__path__` of a package or the portions of a namespace package. */
  searchLocations?: string[];
}

export interface MissingModule {
  found: false;
  name: string;
  /** The first dotted prefix that could not be found (the name itself, or a parent). */
  missing: string;
  /** `not-a-package` when a parent is a plain module: `'a.b' is not a package`. */
  reason: 'not-found' | 'not-a-package';
  /** The directories searched for the missing part. */
  tried: string[];
}

export type Resolution = FoundModule | MissingModule;

export interface ResolverOptions {
  /** importlib.machinery.EXTENSION_SUFFIXES of the interpreter. */
  extensionSuffixes: string[];
  builtins: ReadonlySet<string>;
  frozen: ReadonlySet<string>;
  /**
   * Modules the interpreter has imported before user code runs (see startupModules): an import
   * of one finds it in sys.modules, so one the path finder cannot find (`__main__`) still imports.
   */
  preloaded?: ReadonlySet<string>;
  /** sys.modules entries that hold another module once their package is imported (`os.path` -> posixpath). */
  aliases: Readonly<Record<string, string>>;
  /** Top-level names an import hook sends elsewhere before any other finder runs (see importRedirects). */
  redirects?: Readonly<Record<string, string>>;
  /** MAPPINGs of setuptools editable finders, consulted after the path search (see editableMappings). */
  editableMappings?: ReadonlyArray<Readonly<Record<string, string>>>;
  /** The working directory, which an empty sys.path entry stands for. */
  cwd: string;
}

type FileKind = Exclude<ModuleKind, 'builtin' | 'frozen' | 'preloaded' | 'package' | 'namespace'>;

export class Resolver {
  private readonly fs: ImageFs;
  private readonly sysPath: string[];
  private readonly options: ResolverOptions;
  private readonly suffixes: Array<[string, FileKind]>;
  private readonly cache = new Map<string, Resolution>();
  private readonly listings = new Map<string, Map<string, string> | null>();
  private readonly folderTypes = new Map<string, string | undefined>();

  constructor(fs: ImageFs, sysPath: string[], options: ResolverOptions) {
    this.fs = fs;
    this.sysPath = sysPath;
    this.options = options;
    // FileFinder's loader order: extension modules, then sources, then legacy bytecode.
    this.suffixes = [...options.extensionSuffixes.map((suffix): [string, FileKind] => [suffix, 'extension']), ['.py', 'source'], ['.pyc', 'bytecode']];
  }

  resolve(name: string): Resolution {
    let result = this.cache.get(name);
    if (!result) {
      result = this.find(name);
      if (!result.found && result.missing === name && result.reason === 'not-found') result = this.findEditable(name) ?? result;
      if (!result.found && this.options.preloaded?.has(name)) result = { found: true, name, kind: 'preloaded' };
      this.cache.set(name, result);
    }
    return result;
  }

  /** setuptools' _EditableFinder, after the path finder: `pkg[.rest]` -> MAPPING[pkg]/rest, as __init__.py or a module file. */
  private findEditable(name: string): FoundModule | undefined {
    for (const mapping of this.options.editableMappings ?? []) {
      for (const [pkg, target] of Object.entries(mapping).reverse()) {
        if (name !== pkg && !name.startsWith(`${pkg}.`)) continue;
        const rest = name.slice(pkg.length).split('.').filter(Boolean);
        const candidate = [target, ...rest].join('/');
        const init = `${candidate}/__init__.py`;
        if (this.exists(init)) return { found: true, name, kind: 'package', origin: init, searchLocations: [candidate] };
        const slash = candidate.lastIndexOf('/');
        const dot = candidate.lastIndexOf('.');
        const stem = dot > slash + 1 ? candidate.slice(0, dot) : candidate;
        // importlib.machinery.all_suffixes(): sources, bytecode, then extensions.
        for (const [suffix, kind] of [['.py', 'source'], ['.pyc', 'bytecode'], ...this.options.extensionSuffixes.map((ext) => [ext, 'extension'])] as Array<[string, FileKind]>) {
          if (this.exists(stem + suffix)) return { found: true, name, kind, origin: stem + suffix };
        }
        break; // this finder answered (with nothing); the next finder may still know the name
      }
    }
    return undefined;
  }

  private find(name: string): Resolution {
    const redirect = this.options.redirects?.[name];
    if (redirect) {
      // What gets loaded is the target module itself, under this name.
      const target = this.resolve(redirect);
      if (target.found && target.origin) return { ...target, name };
    }
    const alias = this.options.aliases[name];
    if (alias && this.resolve(name.split('.')[0]!).found) {
      const target = this.resolve(alias);
      return target.found ? { ...target, name } : target;
    }
    const dot = name.lastIndexOf('.');
    let locations = this.sysPath;
    if (dot > 0) {
      const parentName = name.slice(0, dot);
      const parent = this.resolve(parentName);
      if (!parent.found) return { ...parent, name };
      if (!parent.searchLocations) return { found: false, name, missing: name, reason: 'not-a-package', tried: [] };
      locations = parent.searchLocations;
    } else if (this.options.builtins.has(name)) {
      return { found: true, name, kind: 'builtin' };
    }
    if (this.options.frozen.has(name)) return { found: true, name, kind: 'frozen' };
    const tail = name.slice(dot + 1);
    const portions: string[] = [];
    const tried: string[] = [];
    for (const entry of locations) {
      const dir = entry === '' ? this.options.cwd : entry;
      if (this.folderType(dir) !== 'dir') continue; // no finder for a missing entry (or a zip archive)
      tried.push(dir);
      const hit = this.findInDirectory(dir, tail);
      if (hit === undefined) continue;
      if (typeof hit === 'string') portions.push(hit);
      else return { found: true, name, ...hit };
    }
    if (portions.length > 0) return { found: true, name, kind: 'namespace', searchLocations: portions };
    return { found: false, name, missing: name, reason: 'not-found', tried };
  }

  /** FileFinder.find_spec for one directory: a package, a module, a namespace portion (its path), or nothing. */
  /**
   * Whether a submodule `tail` of package `name` is anywhere `pkgutil.extend_path(__path__,
   * __name__)` would look: the `<name as a path>` folder of every sys.path entry.
   */
  inExtendedPath(name: string, tail: string): boolean {
    const relative = name.replaceAll('.', '/');
    for (const entry of this.sysPath) {
      const dir = `${entry === '' ? this.options.cwd : entry}/${relative}`.replace(/^\/\//, '/');
      if (this.folderType(dir) === 'dir' && this.findInDirectory(dir, tail) !== undefined) return true;
    }
    return false;
  }

  private findInDirectory(dir: string, tail: string): Omit<FoundModule, 'found' | 'name'> | string | undefined {
    const base = `${dir === '/' ? '' : dir}/${tail}`;
    let portion: string | undefined;
    if (this.typeIn(dir, tail) === 'dir') {
      for (const [suffix] of this.suffixes) {
        if (this.typeIn(base, `__init__${suffix}`) === 'file') return { kind: 'package', origin: `${base}/__init__${suffix}`, searchLocations: [base] };
      }
      portion = base;
    }
    for (const [suffix, kind] of this.suffixes) {
      if (this.typeIn(dir, tail + suffix) === 'file') return { kind, origin: base + suffix };
    }
    return portion;
  }

  /**
   * What a path names, through a cached listing of its folder as FileFinder keeps one: each
   * folder is listed once, and only symlinks cost a lookup of their own.
   */
  private typeIn(dir: string, name: string): string | undefined {
    let listing = this.listings.get(dir);
    if (listing === undefined) {
      listing = this.fs.entries(dir) ?? null;
      this.listings.set(dir, listing);
    }
    const type = listing?.get(name);
    if (type !== 'symlink') return type;
    return this.typeOf(`${dir === '/' ? '' : dir}/${name}`);
  }

  private exists(path: string): boolean {
    return this.typeOf(path) !== undefined;
  }

  /** typeOf for the folders modules are looked for in, asked again for every name: cached. */
  private folderType(path: string): string | undefined {
    if (!this.folderTypes.has(path)) this.folderTypes.set(path, this.typeOf(path));
    return this.folderTypes.get(path);
  }

  /** The type of what a path names, symlinks followed; a symlink loop names nothing, as os.stat fails on it. */
  private typeOf(path: string): string | undefined {
    try {
      return this.fs.stat(path)?.type;
    } catch {
      return undefined;
    }
  }
}

/** The absolute name a relative import means, or CPython's error for it. */
export function absoluteName(module: string, level: number, importer: { name: string; isPackage: boolean }): { name: string } | { error: string } {
  if (level === 0) return { name: module };
  const packageName = importer.isPackage ? importer.name : importer.name.slice(0, Math.max(0, importer.name.lastIndexOf('.')));
  if (packageName === '') return { error: 'attempted relative import with no known parent package' };
  const bits = packageName.split('.');
  if (level - 1 >= bits.length) return { error: 'attempted relative import beyond top-level package' };
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return { name: module ? `${base}.${module}` : base };
}

export type FromImportVerdict = 'attribute' | 'submodule' | 'neither' | 'unknown';

/** Attributes the import system sets on a module (`__path__` on a package), which no statement binds. */
const MODULE_ATTRIBUTES = new Set(['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__cached__', '__builtins__', '__dict__', '__class__']);

/** What a module source file binds, for `from m import name`; undefined when it cannot be read. */
export type BindingsOf = (file: string) => { bindings: readonly string[]; openEnded: readonly string[] } | undefined;

/**
 * `from pkg import name`: an attribute the module binds (checked first, as IMPORT_FROM does),
 * else a submodule, else neither, which fails with "cannot import name". `unknown` when the
 * module's names cannot be listed (not source, star imports, module __getattr__, exec).
 */
export function classifyFromImport(resolver: Resolver, pkg: string, name: string, bindingsOf: BindingsOf): FromImportVerdict {
  const module = resolver.resolve(pkg);
  if (!module.found) return 'unknown';
  if (MODULE_ATTRIBUTES.has(name) || (name === '__path__' && module.searchLocations)) return 'attribute';
  const scanned = module.kind === 'source' || module.kind === 'package' ? (module.origin?.endsWith('.py') ? bindingsOf(module.origin) : undefined) : undefined;
  if (scanned?.bindings.includes(name)) return 'attribute';
  if (module.searchLocations && resolver.resolve(`${pkg}.${name}`).found) return 'submodule';
  if (module.kind === 'namespace') return 'neither';
  if (!scanned || scanned.openEnded.length > 0) return 'unknown';
  return 'neither';
}
