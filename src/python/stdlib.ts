import data from './stdlib-modules.json' with { type: 'json' };

/**
 * Standard-library module names per Python version, generated from real interpreters by
 * scripts/generate-stdlib.ts (never a hand list), and what follows from them: which top-level
 * names a version has, and when a name was added or removed.
 */

interface VersionData {
  modules: string[];
  builtins: string[];
  frozen: string[];
  aliases: Record<string, string>;
  startup: string[];
}

const versions = data.versions as Record<string, VersionData>;
const builds = data.builds as Record<string, Record<string, { builtins: string[]; frozen: string[]; aliases: Record<string, string>; startup: string[] }>>;
const KNOWN = Object.keys(versions).sort((a, b) => minorOf(a) - minorOf(b));
const moduleSets = new Map(KNOWN.map((version) => [version, new Set(versions[version]!.modules)]));

function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}

/**
 * The Python versions the guard knows, oldest first ("3.6" ... "3.15"): their standard-library
 * data, and the grammar the scanner reads them with. The one list the reports name.
 */
export function knownVersions(): string[] {
  return [...KNOWN];
}

/** How the guard reads an image whose Python is 3.`minor`. */
export interface VersionReading {
  /** The image's version ("3.16"). */
  version: string;
  /** The version whose grammar and standard-library data the scan uses: the image's, or the newest known when the image's is newer. */
  readAs: string;
  /** True when the image's Python is newer than every version the guard knows: what it added cannot be read. */
  newer: boolean;
}

export function versionReading(minor: number): VersionReading {
  const newest = KNOWN.at(-1)!;
  const version = `3.${minor}`;
  return minor > minorOf(newest) ? { version, readAs: newest, newer: true } : { version, readAs: version, newer: false };
}

/** What the reports say when the image's Python is newer than the guard knows. */
export function newerVersionMessage(reading: VersionReading): string {
  return `Python ${reading.version} is newer than the newest version import-guard knows (${reading.readAs}): its files were read with ${reading.readAs}'s grammar and standard-library data, and any file that does not parse with them is not checked, so the verdict may be incomplete`;
}

/** Top-level module names of that version's standard library, or undefined for an unknown version. */
export function stdlibModules(version: string): ReadonlySet<string> | undefined {
  return moduleSets.get(version);
}

export function isStdlibModule(topLevel: string, version: string): boolean {
  return moduleSets.get(version)?.has(topLevel) ?? false;
}

/**
 * Built-in modules (compiled into the interpreter, no file) of a build: `debian-bookworm` for
 * Debian's python3, otherwise a python.org-style build (what pyenv and the python images compile).
 */
export function builtinModules(version: string, build?: string): ReadonlySet<string> {
  const names = (build && builds[build]?.[version]?.builtins) ?? versions[version]?.builtins ?? [];
  return new Set(names);
}

/** Modules the interpreter carries frozen, dotted names included (3.11+ freezes `os`, `site` and more). */
export function frozenModules(version: string, build?: string): ReadonlySet<string> {
  const names = (build && builds[build]?.[version]?.frozen) ?? versions[version]?.frozen ?? [];
  return new Set(names);
}

/** sys.modules entries the standard library points at another module (`os.path` -> `posixpath`). */
export function moduleAliases(version: string, build?: string): Readonly<Record<string, string>> {
  return (build ? builds[build]?.[version]?.aliases : undefined) ?? versions[version]?.aliases ?? {};
}

/**
 * Modules in sys.modules when user code starts, as that build's interpreter reports them:
 * `__main__`, the import system, the codecs and what `site` imports (not .pth imports or
 * sitecustomize, which depend on the image and are found by their files).
 */
export function startupModules(version: string, build?: string): ReadonlySet<string> {
  return new Set((build && builds[build]?.[version]?.startup) ?? versions[version]?.startup ?? ['__main__']);
}

/** The first known version without `topLevel`, when an earlier known version had it. */
export function removedIn(topLevel: string): string | undefined {
  let seen = false;
  for (const version of KNOWN) {
    const has = moduleSets.get(version)!.has(topLevel);
    if (has) seen = true;
    else if (seen) return version;
  }
  return undefined;
}

/** The first known version with `topLevel`, when the oldest known one lacks it. */
export function addedIn(topLevel: string): string | undefined {
  if (moduleSets.get(KNOWN[0]!)!.has(topLevel)) return undefined;
  return KNOWN.find((version) => moduleSets.get(version)!.has(topLevel));
}
