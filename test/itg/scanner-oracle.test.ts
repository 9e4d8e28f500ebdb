// The scanner against CPython's own `ast`: every .py file of every interpreter on the machine
// (standard library, test suites, site-packages) and of the Debian python3 image.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { glob } from 'glob';
import { openImage } from '../../src/image/open-image.ts';
import { scanSource } from '../../src/python/scanner.ts';
import { dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { AST_ORACLE, disagreement, pyenvInterpreters, pythonReady, runAstOracle } from '../helpers/python.ts';
import path from 'node:path';

const interpreters = await pyenvInterpreters();
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
      let refused = 0;
      for (const verdict of oracle) {
        const problem = disagreement(verdict, scanSource(await readFile(verdict.path), minor));
        if (problem) problems.push(problem);
        if (!verdict.ok) refused++;
      }
      console.log(`  CPython ${interpreter.version}: ${files.length} files, ${files.length - refused} parsed with identical imports, ${refused} refused by both, ${problems.length} disagreements`);
      assert.deepEqual(problems.slice(0, 20), []);
    });
  }

  it("the Debian image's python3: its standard library and dist-packages, read from the image", async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const image = await openImage(`docker:${PYTHON_IMAGE}`, { select: (p) => (p.endsWith('.py') ? Infinity : 0) });
    const files = [...image.fs.walk()].filter((entry) => entry.type === 'file' && entry.path.endsWith('.py') && /^\/usr\/lib\/python3/.test(entry.path)).map((entry) => entry.path);
    const minor = Number(/\/usr\/lib\/python3\.(\d+)\//.exec(files.find((file) => /python3\.\d+\//.test(file)) ?? '')?.[1]);
    assert.ok(files.length > 500 && minor >= 6, `found ${files.length} sources of python3.${minor} in the image`);
    const oracle = await runAstOracle(['docker', 'run', '--rm', '-i', '--network', 'none', '--volume', `${path.dirname(AST_ORACLE)}:/oracle:ro`, PYTHON_IMAGE, 'python3', '/oracle/ast_imports.py'], files);
    const problems = oracle.map((verdict) => disagreement(verdict, scanSource(image.fs.readFile(verdict.path)!, minor))).filter((problem) => problem !== undefined);
    image.fs.close();
    console.log(`  ${PYTHON_IMAGE} python3.${minor}: ${files.length} files compared, ${problems.length} disagreements`);
    assert.equal(oracle.length, files.length);
    assert.deepEqual(problems.slice(0, 20), []);
  });
});
