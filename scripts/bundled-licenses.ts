// The license texts of the packages a bundle carries. The bundler drops the packages' own license
// files and comments, so dist/ ships them in a file of its own.
import { readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Metafile } from 'esbuild';

/** A package's own license, notice and copying files, by name (LICENSE, license.md, NOTICE.txt, COPYING, ...). */
const LICENSE_FILE = /^(licen[cs]e|notice|copying)([.-].*)?$/i;

export interface BundledPackage {
  name: string;
  version: string;
  /** package.json's `license` (or the old `licenses` list), as the package declares it. */
  license: string;
  /** The package's license files, license texts before notices, with their contents. */
  files: Array<{ name: string; text: string }>;
  /** License comments in its bundled sources (a notice of code it copied from another project, say). */
  comments: string[];
}

/** Legal comments that name a license or a copyright; the bundler's list also holds `@preserve` hints for coverage tools. */
const LICENSE_COMMENT = /licen[cs]e|copyright|spdx/i;

/**
 * The license comments of the bundler's `*.LEGAL.txt` files (legalComments: 'external'), by the
 * folder of the package they came from. Each entry there is one or more source paths relative to
 * the node_modules folder of `root`, each line ending in `:`, then the comments, indented by two spaces.
 */
export async function legalComments(texts: readonly string[], root: string): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const record = async (paths: string[], lines: string[]) => {
    // One comment after another, each starting at the indentation: `/*`, `/*!` or `//`.
    const comments: string[][] = [];
    for (const line of lines.map((text) => text.replace(/^ {2}/, ''))) {
      if (/^\/[*/]/.test(line) || comments.length === 0) comments.push([]);
      comments.at(-1)!.push(line);
    }
    for (const comment of comments.map((comment) => comment.join('\n').trim()).filter((comment) => LICENSE_COMMENT.test(comment))) {
      for (const source of paths) {
        const folder = packageFolder(`node_modules/${source}`);
        if (folder === undefined) continue;
        const key = await realpath(path.resolve(root, folder));
        found.set(key, (found.get(key) ?? new Set()).add(comment));
      }
    }
  };
  for (const text of texts) {
    let paths: string[] = [];
    let lines: string[] = [];
    for (const line of text.replace(/^Bundled license information:\n/, '').split('\n')) {
      if (/^\S.*:$/.test(line)) {
        if (lines.some((comment) => comment.trim() !== '')) {
          await record(paths, lines);
          [paths, lines] = [[], []];
        }
        paths.push(line.slice(0, -1));
      } else lines.push(line);
    }
    await record(paths, lines);
  }
  return found;
}

/** The package folder of a bundled source file (the innermost `node_modules/NAME` or `node_modules/@SCOPE/NAME`), or undefined for the project's own sources. */
export function packageFolder(input: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'));
  return match?.[1];
}

/** Sorts by UTF-16 code units: the same order on every machine, whatever its locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function declaredLicense(manifest: { license?: unknown; licenses?: unknown }): string {
  const named = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'type' in value ? String(value.type) : 'not declared');
  if (manifest.license !== undefined) return named(manifest.license);
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map(named).join(' OR ');
  return 'not declared';
}

/**
 * The packages that put code into the outputs of `metafiles` (inputs with no bytes in any output
 * were parsed, then shaken out), with their license files. `root` is the folder the bundler's
 * paths are relative to. A package without a license file stops the build: its terms cannot be
 * shipped without its text.
 */
export async function bundledPackages(metafiles: readonly Metafile[], root: string, comments: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Promise<BundledPackage[]> {
  const folders = new Set<string>();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, used] of Object.entries(output.inputs)) {
        const folder = used.bytesInOutput > 0 ? packageFolder(input) : undefined;
        if (folder !== undefined) folders.add(await realpath(path.resolve(root, folder)));
      }
    }
  }
  const packages = new Map<string, BundledPackage>();
  for (const folder of folders) {
    const manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown; licenses?: unknown };
    const names = (await readdir(folder)).filter((name) => LICENSE_FILE.test(name));
    // License texts first, then notices (an Apache-2.0 NOTICE belongs with its license).
    names.sort((a, b) => Number(/^notice/i.test(a)) - Number(/^notice/i.test(b)) || byCodeUnits(a, b));
    if (!names.some((name) => !/^notice/i.test(name))) throw new Error(`${manifest.name} ${manifest.version} (${declaredLicense(manifest)}) is bundled but ships no license file`);
    const files = await Promise.all(names.map(async (name) => ({ name, text: (await readFile(path.join(folder, name), 'utf8')).trim() })));
    packages.set(`${manifest.name}@${manifest.version}`, { name: manifest.name, version: manifest.version, license: declaredLicense(manifest), files, comments: [...(comments.get(folder) ?? [])] });
  }
  return [...packages.values()].sort((a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.version, b.version));
}

const RULE = '='.repeat(78);

/** The heading of a package's section in licenses.txt. */
export function packageHeading(bundled: Pick<BundledPackage, 'name' | 'version' | 'license'>): string {
  return `${bundled.name} ${bundled.version} (license: ${bundled.license})`;
}

/** licenses.txt: every bundled package with its license files and the license comments of its sources, verbatim. */
export function licensesText(packages: readonly BundledPackage[]): string {
  const sections = packages.map((bundled) =>
    [
      RULE,
      packageHeading(bundled),
      RULE,
      ...bundled.files.map((file) => `\n--- ${file.name}\n\n${file.text}\n`),
      ...(bundled.comments.length > 0 ? [`\n--- license comments in its sources\n\n${bundled.comments.join('\n\n')}\n`] : []),
    ].join('\n'),
  );
  return `The files of this folder bundle the following ${packages.length} packages. Each is listed with its\nversion, the license its package.json declares and its own license and notice files.\n\n${sections.join('\n')}`;
}
