/**
 * Whether the image's dynamic loader would load an extension module the walk reached: every
 * library it needs (and theirs) found where the loader looks, built for the image's machine, and
 * defining the symbol versions it needs (native/loader.ts). Read from the loader facts the image
 * reader captured as the image passed (ContentSelector.elf) and from /etc/ld.so.cache.
 */
import { type ImageFs, SymlinkLoopError } from '../image/image-fs.ts';
import { bytesSource } from '../native/byte-source.ts';
import type { LoaderFileSystem } from '../native/loader-setup.ts';
import { readLoaderSetup } from '../native/loader-setup.ts';
import { architectureOf, ImageLoader, type LoadProblem, type SearchPlace } from '../native/loader.ts';

/** The finding kinds a module that will not load gives. */
export type NativeFindingKind = 'missing-library' | 'wrong-architecture' | 'libc-mismatch';

/** Why an extension module will not load, as the loader would say it and where it looked. */
export interface NativeProblem {
  kind: NativeFindingKind;
  /** The loader's error, as Python's ImportError shows it. */
  message: string;
  /** The extension module's path in the image. */
  extension: string;
  /** The library that is missing, of another machine, or lacks a version. */
  library?: string;
  /** From the extension module to the object that needs the library. */
  objects: string[];
  /** Where the loader looked for a missing library, in its order. */
  searched?: string[];
  /** For a symbol version the image's libraries lack: the version (GLIBC_2.34). */
  version?: string;
}

/** A module's verdict: its problems (none: it loads), or why it could not be checked. */
export type NativeVerdict = { problems: NativeProblem[] } | { unchecked: string };

export interface NativeCheck {
  check(extension: string): NativeVerdict;
}

/** The image's tree as the loader reads it: links followed inside the image, the captured facts of its ELF files. */
function loaderFileSystem(fs: ImageFs): LoaderFileSystem {
  const guarded = <T>(look: () => T): T | undefined => {
    try {
      return look();
    } catch (error) {
      if (error instanceof SymlinkLoopError) return undefined;
      throw error;
    }
  };
  return {
    realpath: (path) => guarded(() => fs.realpath(path)),
    stat: (path) =>
      guarded(() => {
        const entry = fs.stat(path);
        return entry && { type: entry.type === 'file' ? 'file' : entry.type === 'dir' ? 'directory' : 'other', size: entry.size };
      }),
    open: (path) => {
      const kept = guarded(() => fs.keptBytes(path));
      return kept && bytesSource(kept.bytes, kept.size);
    },
    captured: (path) => guarded(() => fs.elfOf(path)),
  };
}

function placeText(place: SearchPlace): string {
  if (place.via === 'ld.so.cache') return '/etc/ld.so.cache';
  return `${place.directory ?? '?'} (${place.via}${place.owner ? ` of ${place.owner}` : ''})`;
}

function nativeProblem(problem: LoadProblem, extension: string, libc: 'glibc' | 'musl'): NativeProblem | undefined {
  const base = { message: problem.message, extension, objects: problem.chain };
  switch (problem.kind) {
    case 'missing-library': {
      // The loader's own words, as Python's ImportError carries them (the objects that need it are in `objects`).
      const message = libc === 'glibc' ? `${problem.library}: cannot open shared object file: No such file or directory` : `Error loading shared library ${problem.library}: No such file or directory (needed by ${problem.chain.at(-1)})`;
      return { ...base, message, kind: 'missing-library', library: problem.library, searched: problem.searched.map(placeText) };
    }
    case 'unloadable-library':
      return { ...base, kind: 'missing-library', ...(problem.library !== undefined && { library: problem.library }) };
    case 'wrong-architecture':
      return { ...base, kind: 'wrong-architecture', ...(problem.library !== undefined && { library: problem.library }) };
    case 'libc-mismatch':
    case 'missing-version':
      return { ...base, kind: 'libc-mismatch', library: problem.library, ...('version' in problem && { version: problem.version }) };
    case 'limit':
      return undefined;
  }
}

/**
 * The check for one image: the loader is set up once, from the Python executable (its machine,
 * its program interpreter), the image's LD_LIBRARY_PATH and the loader's own files.
 */
export function nativeCheck(fs: ImageFs, options: { python: string; env: ReadonlyMap<string, string>; workingDir: string }): NativeCheck {
  let loader: ImageLoader | { unchecked: string } | undefined;
  const loaderOf = (): ImageLoader | { unchecked: string } => {
    if (loader) return loader;
    const files = loaderFileSystem(fs);
    const python = files.captured!(options.python)?.read;
    if (python?.status !== 'ok') return (loader = { unchecked: `the Python executable ${options.python} is not an ELF file the guard could read (${python?.status === 'unreadable' ? python.reason : 'not captured'})` });
    const setup = readLoaderSetup(files, architectureOf(python.elf), { ldLibraryPath: options.env.get('LD_LIBRARY_PATH') ?? '', workingDirectory: options.workingDir || '/', ...(python.elf.interpreter && { programInterpreter: python.elf.interpreter }) });
    if (setup.status !== 'ok') return (loader = { unchecked: setup.status === 'no-loader' ? setup.reason : `${setup.path} was not read` });
    return (loader = new ImageLoader(files, setup.setup, { path: options.python, elf: python.elf }));
  };
  return {
    check(extension) {
      const ready = loaderOf();
      if (!(ready instanceof ImageLoader)) return ready;
      const load = ready.resolve(extension);
      if (load.status === 'incomplete') return { unchecked: `bytes of ${load.needsBytes.map((need) => need.path).join(', ')} that the guard did not keep` };
      // A library missing for several objects fails the import once, as ldd lists it once: the first (shortest) chain tells.
      const seen = new Set<string>();
      const problems = load.problems.flatMap((problem) => nativeProblem(problem, extension, load.libc) ?? []).filter((problem) => {
        const key = `${problem.kind} ${problem.library ?? ''} ${problem.version ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { problems };
    },
  };
}
