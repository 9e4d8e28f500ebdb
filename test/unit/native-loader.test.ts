import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readElf } from '../../src/native/elf.ts';
import { readLoaderSetup } from '../../src/native/loader-setup.ts';
import { architectureOf, ImageLoader } from '../../src/native/loader.ts';
import { diskFileSystem, diskReads, FileSource, LDSO, ldd, loaderVerdict, normalized, pythonExtensionModules, skipWithout } from '../helpers/native-files.ts';

/** Runs `work` over items with a few at a time. */
async function eachLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

function machineLoader(hidden?: ReadonlySet<string>): ImageLoader {
  const fs = diskFileSystem(hidden);
  const python = new FileSource('/usr/bin/python3');
  const read = readElf(python);
  python.close();
  assert.equal(read.status, 'ok');
  if (read.status !== 'ok') throw new Error('unreachable');
  const setup = readLoaderSetup(fs, architectureOf(read.elf), { programInterpreter: read.elf.interpreter });
  assert.equal(setup.status, 'ok');
  if (setup.status !== 'ok') throw new Error('unreachable');
  assert.equal(setup.setup.kind, 'glibc');
  return new ImageLoader(fs, setup.setup);
}

describe('loader against ldd', { skip: skipWithout('ldd') }, () => {
  const modules = pythonExtensionModules();

  it('resolves the same libraries as ldd for every Python extension module of the machine', async () => {
    const loader = machineLoader();
    diskReads.bytes = 0;
    diskReads.reads = 0;
    const started = performance.now();
    const loads = modules.map((module) => loader.resolve(module));
    const seconds = (performance.now() - started) / 1000;
    const oracle = await eachLimited(modules, 2, (module) => ldd(module));
    const disagreements: string[] = [];
    let withProblems = 0;
    let libraries = 0;
    for (const [index, module] of modules.entries()) {
      const ours = normalized(loaderVerdict(loads[index]!));
      const theirs = normalized(oracle[index]!);
      libraries += theirs.paths.length;
      if (loads[index]!.status !== 'ok') withProblems++;
      try {
        assert.deepEqual(ours, theirs);
      } catch {
        disagreements.push(`${module}: ours ${JSON.stringify(ours)} ldd ${JSON.stringify(theirs)}`);
      }
    }
    console.log(
      `ldd oracle: ${modules.length} extension modules (${libraries} resolved libraries, ${withProblems} modules with problems), ${disagreements.length} disagreements; resolved at ${Math.round(modules.length / seconds)} modules/s (${seconds.toFixed(2)} s), ${Math.round(diskReads.bytes / modules.length)} bytes read per module with the library reads cached across modules`,
    );
    assert.deepEqual(disagreements.slice(0, 20), []);
    assert.ok(modules.length > 100, `${modules.length} modules`);
  });

  it('reports a missing library with its chain when a library is hidden, as ldd does without it', () => {
    // Every library some module loads indirectly (not needed by the module itself) is hidden in turn, for a deterministic sample of modules.
    const loader = machineLoader();
    const sample = modules.filter((_, index) => index % 5 === 0);
    let checked = 0;
    for (const module of sample) {
      const load = loader.resolve(module);
      const indirect = load.loaded.find((object) => object.neededBy > 0 && !LDSO.test(object.path) && !/\/libc\.so\.6$/.test(object.path));
      if (!indirect) continue;
      const hidden = new Set([diskFileSystem().realpath(indirect.path)!]);
      const hiddenLoad = machineLoader(hidden).resolve(module);
      const problem = hiddenLoad.problems.find((candidate) => candidate.kind === 'missing-library' && candidate.library === indirect.name);
      assert.ok(problem, `${module}: hiding ${indirect.path} gives ${JSON.stringify(hiddenLoad.problems)}`);
      const needing = load.loaded[indirect.neededBy]!;
      assert.equal(problem.chain.at(-1), needing.path, `${module}: the chain ends at the object that needs ${indirect.name}`);
      assert.equal(problem.chain[0], module);
      if (problem.kind === 'missing-library') {
        assert.ok(problem.searched.some((place) => place.via === 'ld.so.cache') && problem.searched.some((place) => place.via === 'system'), 'the cache and the trusted directories are searched');
      }
      checked++;
    }
    console.log(`hidden libraries: ${checked} modules checked with one indirect library hidden`);
    assert.ok(checked > 10);
  });
});
