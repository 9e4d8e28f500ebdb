// The resolver against CPython's import system inside a container of each image: for every
// module name it is asked (found ones, missing ones and near misses), the same verdict, kind and file.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { pythonAnalysisContent } from '../../src/image/content.ts';
import { openImage } from '../../src/image/open-image.ts';
import type { ImageFs } from '../../src/image/image-fs.ts';
import { computeSysPath, describeInterpreter, editableMappings, environmentOf, findOnPath, importRedirects, workingDirOf } from '../../src/python/environment.ts';
import { type Resolution, Resolver } from '../../src/python/resolver.ts';
import { builtinModules, frozenModules, moduleAliases } from '../../src/python/stdlib.ts';
import { buildFixture, dockerReady, PYTHON_315_IMAGE, PYTHON_IMAGE, PYTHON_NEXT_IMAGE, PYTHON_ORG_IMAGES } from '../helpers/docker.ts';
import { AST_ORACLE } from '../helpers/python.ts';

const ORACLE_DIR = path.dirname(AST_ORACLE);

interface OracleSpec {
  name: string;
  found?: boolean;
  kind?: string;
  origin?: string | null;
  locations?: string[] | null;
  error?: string;
  message?: string;
}

/** Every module name the image's sys.path offers, two levels deep, plus near misses of each. */
function candidateNames(fs: ImageFs, resolver: Resolver, sysPath: string[], suffixes: string[], limit: number): string[] {
  const names = new Set<string>();
  const moduleNameOf = (file: string): string | undefined => {
    if (file.startsWith('.') || file === '__pycache__' || file.includes('-') && !file.endsWith('.py')) return undefined;
    for (const suffix of [...suffixes, '.py', '.pyc', '.so']) if (file.endsWith(suffix)) return file.slice(0, -suffix.length).split('.')[0];
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(file) ? file : undefined;
  };
  const children = (dirs: string[], prefix: string): string[] =>
    dirs.flatMap((dir) => (fs.readdir(dir) ?? []).map(moduleNameOf).filter((name): name is string => name !== undefined && name !== '__init__' && name !== '__main__').map((name) => prefix + name));
  const topLevel = [...new Set(children(sysPath.filter((entry) => entry !== ''), ''))].sort();
  for (const name of topLevel) {
    names.add(name);
    const found = resolver.resolve(name);
    if (found.found && found.searchLocations) {
      for (const sub of [...new Set(children(found.searchLocations, `${name}.`))].sort().slice(0, 60)) {
        names.add(sub);
        const inner = resolver.resolve(sub);
        if (inner.found && inner.searchLocations) for (const leaf of [...new Set(children(inner.searchLocations, `${sub}.`))].sort().slice(0, 10)) names.add(leaf);
      }
    }
    // Near misses: a wrong case, a typo, a missing submodule, a module used as a package.
    names.add(name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase());
    names.add(`${name}_x`);
    names.add(`${name}.no_such_submodule`);
  }
  for (const extra of ['os.path', 'sys', 'builtins', 'does_not_exist', 'a.b.c', '_frozen_importlib', 'zipimport']) names.add(extra);
  return [...names].slice(0, limit);
}

function verdictOf(resolution: Resolution): OracleSpec {
  if (!resolution.found) return { name: resolution.name, found: false };
  return { name: resolution.name, found: true, kind: resolution.kind, origin: resolution.origin ?? null, locations: resolution.kind === 'package' || resolution.kind === 'namespace' ? (resolution.searchLocations ?? null) : null };
}

interface Target {
  title: string;
  base: string;
  fixture: string;
  tag: string;
  buildArgs?: Record<string, string>;
  /** The interpreter the oracle runs, as the image's command would name it. */
  python: string;
  build?: string;
}

const resolverCases = (title: string, base: string, minor: string, build?: string, python = 'python3'): Target => ({
  title,
  base,
  fixture: 'resolver-cases',
  tag: `import-guard-test/resolver-cases:${base.split(':')[1]}-itg`,
  buildArgs: { BASE: base, MINOR: minor, PYTHON: python },
  python,
  ...(build && { build }),
});

/** Debian's newest interpreters: the resolution cases, and the user site, .pth files and venvs of their environment fixture. */
const nextTargets = ([minor, base]: readonly [string, string]): Target[] => {
  const env = { base, fixture: 'python-next-env', tag: `import-guard-test/python-next-env:3.${minor}-itg`, buildArgs: { BASE: base, MINOR: minor }, build: 'debian-sid' };
  return [
    resolverCases(`Debian's python3.${minor} with dist-packages`, base, minor, 'debian-sid', `python3.${minor}`),
    { ...env, title: `Debian's python3.${minor} as a user with a user site, .pth and .start files`, python: `python3.${minor}` },
    { ...env, title: `a venv made by python3.${minor} -m venv`, python: '/venv/bin/python' },
    { ...env, title: `a venv made by python3.${minor} -m venv --system-site-packages`, python: '/venv-system/bin/python' },
  ];
};

const targets: Target[] = [
  resolverCases("Debian's python3 3.11 with dist-packages", PYTHON_IMAGE, '11', 'debian-bookworm'),
  ...Object.entries(PYTHON_ORG_IMAGES).map(([minor, base]) => resolverCases(`python.org-style CPython 3.${minor}`, base, minor)),
  // The sys.path fixture: a USER with ~/.local site-packages, .pth files, PYTHONPATH, venvs.
  { title: "Debian's python3 as a user with a user site and .pth files", base: PYTHON_IMAGE, fixture: 'python-env', tag: 'import-guard-test/python-env:itg', python: 'python3', build: 'debian-bookworm' },
  { title: 'a venv that includes the system site-packages', base: PYTHON_IMAGE, fixture: 'python-env', tag: 'import-guard-test/python-env:itg', python: '/venv-system/bin/python', build: 'debian-bookworm' },
  ...([['14', PYTHON_NEXT_IMAGE], ['15', PYTHON_315_IMAGE]] as const).flatMap(nextTargets),
];

describe('resolver agrees with importlib.util.find_spec in the image', () => {
  let total = 0;
  for (const target of targets) {
    it(target.title, async (t) => {
      if (!(await dockerReady(t, { images: [target.base] }))) return;
      const tag = target.tag;
      await buildFixture(target.fixture, tag, target.buildArgs);
      const image = await openImage(`docker:${tag}`, { select: pythonAnalysisContent });
      try {
        const env = environmentOf(image.config);
        const cwd = workingDirOf(image.config);
        const python = describeInterpreter(image.fs, findOnPath(image.fs, target.python, env, cwd)!, env);
        const computed = computeSysPath(image.fs, image.config, python, { kind: 'command' });
        const sysPath = computed.entries.map((entry) => entry.path);
        const version = `3.${python.minor}`;
        const resolver = new Resolver(image.fs, sysPath, { extensionSuffixes: python.extensionSuffixes, builtins: builtinModules(version, target.build), frozen: frozenModules(version, target.build), aliases: moduleAliases(version, target.build), redirects: importRedirects(computed, image.config), editableMappings: editableMappings(image.fs, computed), cwd });
        // Names editable installs map, with their submodules: no sys.path folder lists them.
        const editable = editableMappings(image.fs, computed).flatMap((mapping) => Object.keys(mapping));
        const names = [...new Set([...editable.flatMap((name) => [name, `${name}.sub`, `${name}.inner`, `${name}.inner.leaf`, `${name}.missing`]), ...candidateNames(image.fs, resolver, sysPath, python.extensionSuffixes, 4000)])];
        const { stdout } = await execa('docker', ['run', '--rm', '-i', '--network', 'none', '--volume', `${ORACLE_DIR}:/oracle:ro`, tag, target.python, '-c', "exec(open('/oracle/find_specs.py').read())"], { input: names.join('\n'), maxBuffer: 1 << 28 });
        const oracle = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as OracleSpec);
        assert.equal(oracle.length, names.length, 'the oracle answered for every name');
        const problems: string[] = [];
        let compared = 0;
        let runtimeFailures = 0;
        for (const spec of oracle) {
          if (spec.found === undefined) {
            runtimeFailures++; // a parent's __init__ raised while importing: a boot question, not a file question
            continue;
          }
          compared++;
          const expected: OracleSpec = spec.found ? { name: spec.name, found: true, kind: spec.kind!, origin: spec.origin ?? null, locations: spec.locations ?? null } : { name: spec.name, found: false };
          const actual = verdictOf(resolver.resolve(spec.name));
          if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${spec.name}: python ${JSON.stringify(expected)}, resolver ${JSON.stringify(actual)}`);
        }
        total += compared;
        const found = oracle.filter((spec) => spec.found).length;
        console.log(`  ${target.title}: ${compared} names compared (${found} found, ${compared - found} missing), ${runtimeFailures} skipped because a parent package raised on import, ${problems.length} disagreements; ${total} so far`);
        assert.deepEqual(problems.slice(0, 20), []);
      } finally {
        image.fs.close();
      }
    });
  }
});
