// The scanner against CPython's own `ast`: every .py file of every interpreter on the machine
// (standard library, test suites, site-packages), of the Debian python3 image, and of Debian's
// CPython 3.14 and 3.15 images (standard library and test suite), read and judged in the image.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { glob } from 'glob';
import { openImage } from '../../src/image/open-image.ts';
import { scanSource } from '../../src/python/scanner.ts';
import type { ScanFailure, ScanResult } from '../../src/python/syntax.ts';
import { dockerReady, PYTHON_315_IMAGE, PYTHON_IMAGE, PYTHON_NEXT_IMAGE } from '../helpers/docker.ts';
import { AST_ORACLE, disagreement, pyenvInterpreters, pythonReady, runAstOracle } from '../helpers/python.ts';
import path from 'node:path';

const interpreters = await pyenvInterpreters();

/**
 * Skimming (as the walk does for installed packages: function bodies, header parameters,
 * decorators and assigned values skipped) must keep every import that runs at import time, with
 * its guards, every module-level binding, and `__all__`.
 */
function skimDisagreement(full: ScanResult | ScanFailure, skim: ScanResult | ScanFailure): string | undefined {
  if (!full.ok) return undefined; // a body may hide the error; the full scan found it
  if (!skim.ok) return `refused only when skipping bodies: ${skim.error}`;
  const importTime = (result: ScanResult): string[] => result.imports.filter((item) => !item.guards.some((guard) => guard.kind === 'function')).map((item) => JSON.stringify(item));
  const expected = importTime(full);
  const actual = importTime(skim);
  const index = expected.findIndex((item, i) => item !== actual[i]);
  if (index !== -1 || expected.length !== actual.length) return `import-time imports differ at ${index}: ${expected[index] ?? '(none)'} vs ${actual[index] ?? '(none)'}`;
  if (JSON.stringify(full.all) !== JSON.stringify(skim.all)) return `__all__ differs: ${JSON.stringify(full.all)} vs ${JSON.stringify(skim.all)}`;
  const missing = full.bindings.filter((name) => !skim.bindings.includes(name));
  return missing.length > 0 && !full.openEnded.length ? `bindings only found in function bodies: ${missing.slice(0, 5).join(', ')}` : undefined;
}
/**
 * Reading for imports only (as the walk reads installed modules that are not a package's
 * `__init__`) must keep every import-time import, with its guards.
 */
function importsOnlyDisagreement(full: ScanResult | ScanFailure, only: ScanResult | ScanFailure): string | undefined {
  if (!full.ok) return undefined;
  if (!only.ok) return `refused only when reading for imports: ${only.error}`;
  const importTime = (result: ScanResult): string[] => result.imports.filter((item) => !item.guards.some((guard) => guard.kind === 'function')).map((item) => JSON.stringify(item));
  const expected = importTime(full);
  const actual = importTime(only);
  const index = expected.findIndex((item, i) => item !== actual[i]);
  return index !== -1 || expected.length !== actual.length ? `import-time imports differ at ${index}: ${expected[index] ?? '(none)'} vs ${actual[index] ?? '(none)'}` : undefined;
}
const WANTED = [6, 7, 8, 9, 10, 11, 12, 13];

// Two at a time: each interpreter's oracle runs in its own process while the scanner works.
describe('scanner agrees with CPython ast', { concurrency: 2 }, () => {
  for (const minor of WANTED) {
    it(`CPython 3.${minor}: every .py file of its installation`, async (t) => {
      if (!pythonReady(t, interpreters, [minor])) return;
      const interpreter = interpreters.find((candidate) => candidate.minor === minor)!;
      const files = (await glob('**/*.py', { cwd: path.dirname(interpreter.lib), absolute: true, nodir: true })).sort();
      const oracle = await runAstOracle([interpreter.executable, AST_ORACLE], files);
      assert.equal(oracle.length, files.length, 'the oracle answered for every file');
      const problems: string[] = [];
      const skimProblems: string[] = [];
      const onlyProblems: string[] = [];
      let refused = 0;
      for (const verdict of oracle) {
        const bytes = await readFile(verdict.path);
        const full = scanSource(bytes, minor);
        const problem = disagreement(verdict, full);
        if (problem) problems.push(problem);
        if (!verdict.ok) refused++;
        const skimProblem = skimDisagreement(full, scanSource(bytes, minor, { skipFunctionBodies: true }));
        if (skimProblem) skimProblems.push(`${verdict.path}: ${skimProblem}`);
        const onlyProblem = importsOnlyDisagreement(full, scanSource(bytes, minor, { skipFunctionBodies: true, importsOnly: true }));
        if (onlyProblem) onlyProblems.push(`${verdict.path}: ${onlyProblem}`);
      }
      console.log(`  CPython ${interpreter.version}: ${files.length} files, ${files.length - refused} parsed with identical imports, ${refused} refused by both, ${problems.length} disagreements; skipping function bodies: ${skimProblems.length} differences in import-time imports; reading for imports only: ${onlyProblems.length}`);
      assert.deepEqual(problems.slice(0, 20), []);
      assert.deepEqual(skimProblems.slice(0, 20), []);
      assert.deepEqual(onlyProblems.slice(0, 20), []);
    });
  }

  it("the Debian image's python3: its standard library and dist-packages, read from the image", async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    await compareInImage(PYTHON_IMAGE, /^\/usr\/lib\/python3/, { skim: false });
  });

  // The grammar of the newest releases: t-strings and `except A, B:` (3.14), lazy imports and
  // unpacking in comprehensions (3.15), with the lazy flag of each import compared too.
  for (const [image, minor] of [[PYTHON_NEXT_IMAGE, 14], [PYTHON_315_IMAGE, 15]] as const) {
    it(`Debian's CPython 3.${minor}: its standard library and test suite, read from the image`, async (t) => {
      if (!(await dockerReady(t, { images: [image] }))) return;
      const found = await compareInImage(image, new RegExp(`^/usr/lib/python3\\.${minor}/`), { skim: true });
      assert.equal(found, minor);
    });
  }
});

/**
 * Compares the scanner with the image's own python3 on each .py file under `under`, read from
 * the image, and the oracle run in it with no network; returns the minor version compared.
 */
async function compareInImage(image: string, under: RegExp, options: { skim: boolean }): Promise<number> {
  const started = Date.now();
  const opened = await openImage(`docker:${image}`, { select: (p) => (p.endsWith('.py') ? Infinity : 0) });
  const files = [...opened.fs.walk()].filter((entry) => entry.type === 'file' && entry.path.endsWith('.py') && under.test(entry.path)).map((entry) => entry.path);
  const minor = Number(/\/usr\/lib\/python3\.(\d+)\//.exec(files.find((file) => /python3\.\d+\//.test(file)) ?? '')?.[1]);
  assert.ok(files.length > 500 && minor >= 6, `found ${files.length} sources of python3.${minor} in the image`);
  const oracle = await runAstOracle(['docker', 'run', '--rm', '-i', '--network', 'none', '--volume', `${path.dirname(AST_ORACLE)}:/oracle:ro`, image, `python3.${minor}`, '/oracle/ast_imports.py'], files);
  const problems: string[] = [];
  const skimProblems: string[] = [];
  const onlyProblems: string[] = [];
  let refused = 0;
  let lazy = 0;
  for (const verdict of oracle) {
    const bytes = opened.fs.readFile(verdict.path)!;
    const full = scanSource(bytes, minor);
    const problem = disagreement(verdict, full);
    if (problem) problems.push(problem);
    if (!verdict.ok) refused++;
    if (verdict.imports?.some((row) => row[5] === true)) lazy++;
    if (options.skim) {
      const skimProblem = skimDisagreement(full, scanSource(bytes, minor, { skipFunctionBodies: true }));
      if (skimProblem) skimProblems.push(`${verdict.path}: ${skimProblem}`);
    }
    const onlyProblem = importsOnlyDisagreement(full, scanSource(bytes, minor, { skipFunctionBodies: true, importsOnly: true }));
    if (onlyProblem) onlyProblems.push(`${verdict.path}: ${onlyProblem}`);
  }
  opened.fs.close();
  const skimmed = options.skim ? `skipping function bodies: ${skimProblems.length} differences in import-time imports; ` : '';
  console.log(`  ${image} python3.${minor}: ${files.length} files, ${files.length - refused} parsed with identical imports (${lazy} with lazy imports), ${refused} refused by both, ${problems.length} disagreements; ${skimmed}reading for imports only: ${onlyProblems.length}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.equal(oracle.length, files.length);
  assert.deepEqual(problems.slice(0, 20), []);
  assert.deepEqual(skimProblems.slice(0, 20), []);
  assert.deepEqual(onlyProblems.slice(0, 20), []);
  return minor;
}
