// Writes src/python/stdlib-modules.json from real interpreters: each pyenv CPython 3.6+ gives its
// standard-library module names (sys.stdlib_module_names, or the same derived from its files
// before 3.10) and its built-in modules; the Debian test image's python3 gives Debian's
// built-in modules, which differ from a python.org build's; each gives the modules loaded before
// user code runs (`__main__`, site and what it imports); Debian unstable's python3.14 and
// python3.15 give 3.14 and 3.15 (their built-ins are that Debian build's, the only builds of
// those versions at hand).
//
//   node scripts/generate-stdlib.ts     (needs pyenv's interpreters, and Docker for the Debian build)
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { pyenvInterpreters } from '../test/helpers/python.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(ROOT, 'scripts/python/stdlib_names.py');
const DEBIAN_IMAGE = 'import-guard-test/debian-python3:bookworm-2';
/** CPython 3.14 and 3.15 from Debian's unstable suite, as each image names its interpreter: pyenv here stops at 3.13. */
const SID_IMAGES: Array<[image: string, python: string]> = [
  ['import-guard-test/debian-python3.14:sid-2', 'python3.14'],
  ['import-guard-test/debian-python3.15:sid-1', 'python3.15'],
];

interface Report {
  version: string;
  official: string[] | null;
  derived: string[];
  builtins: string[];
  frozen: string[];
  aliases: Record<string, string>;
  startup: string[];
}

export interface StdlibData {
  /** Per version: top-level standard-library module names, and the built-in ones of a python.org build. */
  versions: Record<string, { modules: string[]; builtins: string[]; frozen: string[]; aliases: Record<string, string>; startup: string[]; source: 'sys.stdlib_module_names' | 'derived from the installation' }>;
  /** Built-in, frozen and startup modules of distribution builds, which compile more modules into the interpreter. */
  builds: Record<string, Record<string, { builtins: string[]; frozen: string[]; aliases: Record<string, string>; startup: string[] }>>;
}

export async function collectStdlibData(): Promise<StdlibData> {
  const data: StdlibData = { versions: {}, builds: {} };
  for (const interpreter of await pyenvInterpreters()) {
    const report = JSON.parse((await execa(interpreter.executable, [SCRIPT])).stdout) as Report;
    data.versions[report.version] = {
      modules: report.official ?? report.derived,
      builtins: report.builtins,
      frozen: report.frozen,
      aliases: report.aliases,
      startup: report.startup,
      source: report.official ? 'sys.stdlib_module_names' : 'derived from the installation',
    };
  }
  const run = async (image: string, python: string): Promise<Report> => JSON.parse((await execa('docker', ['run', '--rm', '-i', '--network', 'none', image, python, '-'], { inputFile: SCRIPT })).stdout) as Report;
  const sid: StdlibData['builds'][string] = {};
  for (const [image, python] of SID_IMAGES) {
    const next = await run(image, python);
    if (data.versions[next.version]) continue;
    data.versions[next.version] = { modules: next.official ?? next.derived, builtins: next.builtins, frozen: next.frozen, aliases: next.aliases, startup: next.startup, source: 'sys.stdlib_module_names' };
    sid[next.version] = { builtins: next.builtins, frozen: next.frozen, aliases: next.aliases, startup: next.startup };
  }
  if (Object.keys(sid).length > 0) data.builds['debian-sid'] = sid;
  const debian = await run(DEBIAN_IMAGE, 'python3');
  data.builds['debian-bookworm'] = { [debian.version]: { builtins: debian.builtins, frozen: debian.frozen, aliases: debian.aliases, startup: debian.startup } };
  return data;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await collectStdlibData();
  const target = path.join(ROOT, 'src/python/stdlib-modules.json');
  await writeFile(target, JSON.stringify(data, null, 1) + '\n');
  console.log(`wrote ${path.relative(ROOT, target)}: ${Object.keys(data.versions).join(', ')}; builds ${Object.keys(data.builds).join(', ')}`);
}
