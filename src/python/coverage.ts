/**
 * How much of the image a walk saw: the share of the image's first-party and installed modules
 * it reached, and the entry points from which it reached none of the application's code (a
 * "blind" scan: a script that loads its app by a name read at run time passes without a look).
 */
import type { FileType, ImageFs } from '../image/image-fs.ts';
import { COMMAND_LOCATION, type Finding, type ScanStats, type ZoneCoverage } from '../report/findings.ts';
import type { EntryPoint } from './entrypoints.ts';
import type { Zone } from './graph.ts';

export type Coverage = NonNullable<ScanStats['coverage']>;

/** A folder Python searches, and the zone its modules are in. */
export interface SearchedFolder {
  path: string;
  zone: 'first-party' | 'installed';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The dotted names of the modules the folders hold, per zone, the first folder holding a name
 * winning as in sys.path: `name.py` and extension modules, regular packages (with `__init__`),
 * and folders without one that hold Python files directly (namespace portions), and in installed
 * folders the top folder of a namespace package. Other folders (`/usr` under a path entry `/`,
 * a package's templates and locales) are not entered: a count, cheap next to the walk, not a
 * second resolver.
 */
export function imageModules(fs: ImageFs, folders: readonly SearchedFolder[], extensionSuffixes: readonly string[]): Record<SearchedFolder['zone'], Set<string>> {
  const modules = { 'first-party': new Set<string>(), 'installed': new Set<string>() };
  const seen = new Set<string>();
  const moduleName = (file: string): string | undefined => {
    const dot = file.indexOf('.');
    if (dot <= 0) return undefined;
    const rest = file.slice(dot);
    if (rest !== '.py' && !extensionSuffixes.includes(rest)) return undefined;
    const name = file.slice(0, dot);
    return IDENTIFIER.test(name) ? name : undefined;
  };
  for (const { path: root, zone } of folders) {
    const add = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      modules[zone].add(name);
    };
    const linked = new Set<string>();
    const rootEntries = listing(fs, root);
    const stack: Array<{ folder: string; prefix: string; entries: Map<string, FileType> }> = rootEntries ? [{ folder: root, prefix: '', entries: rootEntries }] : [];
    while (stack.length > 0) {
      const { folder, prefix, entries } = stack.pop()!;
      for (const [name, type] of entries) {
        if (type === 'file') {
          const module = moduleName(name);
          if (module !== undefined && module !== '__init__') add(`${prefix}${module}`);
          continue;
        }
        if ((type !== 'dir' && type !== 'symlink') || name === '__pycache__' || !IDENTIFIER.test(name)) continue;
        const path = `${folder === '/' ? '' : folder}/${name}`;
        // A link to a folder is entered once: links may loop.
        if (type === 'symlink') {
          const real = fs.realpath(path);
          if (real === undefined || linked.has(real)) continue;
          linked.add(real);
        }
        const inside = listing(fs, path);
        if (!inside) continue;
        let isPackage = false;
        let holdsCode = false;
        for (const child of inside.keys()) {
          const module = moduleName(child);
          if (module === undefined) continue;
          holdsCode = true;
          if (module === '__init__') isPackage = true;
        }
        // A folder of data (templates, locales) is not entered; an installed namespace package's
        // top folder (google/, zope/) may hold only packages.
        if (!isPackage && !holdsCode && !(zone === 'installed' && prefix === '')) continue;
        const dotted = `${prefix}${name}`;
        if (isPackage || holdsCode) add(dotted);
        stack.push({ folder: path, prefix: `${dotted}.`, entries: inside });
      }
    }
  }
  return modules;
}

/** A folder's entries, or undefined when it is none (or a link loops). */
function listing(fs: ImageFs, folder: string): Map<string, FileType> | undefined {
  try {
    return fs.entries(folder);
  } catch {
    return undefined;
  }
}

/** The share of each zone's modules the walk reached. */
export function coverageOf(modules: Record<SearchedFolder['zone'], Set<string>>, reached: ReadonlyMap<string, Zone>): Coverage {
  const count = (names: Set<string>, zone: Zone): ZoneCoverage => {
    let hit = 0;
    for (const [name, reachedZone] of reached) if (reachedZone === zone && names.has(name)) hit++;
    return { reached: hit, total: names.size };
  };
  return { firstParty: count(modules['first-party'], 'first-party'), installed: count(modules.installed, 'third-party') };
}

export interface BlindFacts {
  /** The modules each walked module or script (by its walk key) imports. */
  imports: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every module the walk reached, with its zone. */
  reached: ReadonlyMap<string, Zone>;
  /** The walk key of a script or `-c` entry. */
  keyOf: (entry: EntryPoint) => string;
  /** Modules of the image's own code or installed packages that a blind entry point leaves out. */
  imageModules: number;
  /** The walk's findings: an entry point whose own imports fail is reported for that, not as blind. */
  findings: readonly Finding[];
}

/** `a`, `a.b` for `a.b.c`: importing `a.b.c` runs them first. */
function parents(name: string): string[] {
  const found: string[] = [];
  for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) found.push(name.slice(0, dot));
  return found;
}

/** Whether anything the walk reached from `start` (following imports) is outside the standard library. */
function reachesCode(start: string, facts: BlindFacts): boolean {
  const seen = new Set([start]);
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    for (const module of facts.imports.get(queue[index]!) ?? []) {
      for (const name of [...parents(module), module]) {
        if (seen.has(name)) continue;
        seen.add(name);
        const zone = facts.reached.get(name);
        if (zone === undefined) continue;
        if (zone !== 'stdlib') return true;
        queue.push(name);
      }
    }
  }
  return false;
}

/**
 * A warning for each script entry point (a console script, `python script.py`, `python -c`)
 * from which the walk reached no module of the application's own code or of an installed
 * package: whatever it runs, it loads in a way the walk cannot follow, and the verdict says
 * nothing about it. A module entry point that names what the script runs (its distribution's
 * entry_points.txt target, or one the user gave) is walked from itself and covers it.
 */
export function blindEntries(entries: readonly EntryPoint[], facts: BlindFacts): Finding[] {
  if (facts.imageModules === 0) return [];
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (entry.role !== 'script' || entry.launches || (entry.file === undefined && entry.code === undefined)) continue;
    const name = entry.file?.slice(entry.file.lastIndexOf('/') + 1);
    // The module a console script runs, by its distribution's entry_points.txt or as the user named it, is walked from itself.
    const named = entries.some((other) => (other.role === 'app' || other.role === 'module') && (other.how === 'entrypoints input' || (name !== undefined && other.how.startsWith(`console script ${name} in `))) && facts.reached.has(other.module));
    if (named || reachesCode(facts.keyOf(entry), facts)) continue;
    const what = entry.file ?? 'the python -c code';
    // Its app's modules are missing: the walk saw what it runs, and says it fails.
    const where = entry.file ?? '(python -c)';
    if (facts.findings.some((finding) => finding.location.imagePath === where || finding.chain[0]?.imagePath === where)) continue;
    findings.push({
      kind: 'blind-entry',
      severity: 'warning',
      module: entry.file ?? '(python -c)',
      location: entry.file === undefined ? COMMAND_LOCATION : { imagePath: entry.file, line: 1, column: 1 },
      origin: 'unknown',
      message: `${entry.how}: the walk reached no module of the application's code or of an installed package from ${what}, so this scan checked nothing it runs; it may load its code by a name known only at run time (importlib.import_module of a configured name, a plugin registry). Name the module it runs with the entrypoints input (--entrypoint)`,
      chain: [],
    });
  }
  return findings;
}
