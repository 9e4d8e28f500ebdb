// The table of 3.14 and 3.15 grammar cases (test/helpers/grammar-cases.ts) against the real
// interpreters: each case's expected verdict is what Python 3.13 (pyenv), 3.14 and 3.15 (Debian's,
// in their images, with no network) say of it, through the same ast oracle as the scanner's, and
// the scanner says the same.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scanSource } from '../../src/python/scanner.ts';
import { dockerReady, PYTHON_315_IMAGE, PYTHON_NEXT_IMAGE } from '../helpers/docker.ts';
import { GRAMMAR_CASES, oracleVerdict, scannerVerdict, verdictFor } from '../helpers/grammar-cases.ts';
import { AST_ORACLE, pyenvInterpreters, pythonReady, runAstOracle } from '../helpers/python.ts';

const interpreters = await pyenvInterpreters();

/** Writes each case the version speaks of to a file of its own; returns the folder and the cases with their files. */
async function writeCases(minor: number): Promise<{ folder: string; cases: Array<{ file: string; index: number }> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'grammar-cases-'));
  const cases: Array<{ file: string; index: number }> = [];
  for (const [index, grammarCase] of GRAMMAR_CASES.entries()) {
    if (!verdictFor(grammarCase, minor)) continue;
    const file = `case-${index}.py`;
    await writeFile(path.join(folder, file), grammarCase.source);
    cases.push({ file, index });
  }
  return { folder, cases };
}

async function checkAgainst(minor: number, command: (folder: string) => { run: string[]; folder: string }): Promise<void> {
  const { folder, cases } = await writeCases(minor);
  try {
    const { run, folder: seen } = command(folder);
    const answers = await runAstOracle(run, cases.map((item) => path.posix.join(seen, item.file)));
    assert.equal(answers.length, cases.length, 'the oracle answered for every case');
    const wrong: string[] = [];
    for (const [at, item] of cases.entries()) {
      const grammarCase = GRAMMAR_CASES[item.index]!;
      const expected = verdictFor(grammarCase, minor);
      const actual = oracleVerdict(answers[at]!);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${grammarCase.name}: Python 3.${minor} says ${JSON.stringify(actual)}, the table ${JSON.stringify(expected)}`);
      const mine = scannerVerdict(scanSource(grammarCase.source, minor));
      if (JSON.stringify(mine) !== JSON.stringify(actual)) wrong.push(`${grammarCase.name}: Python 3.${minor} says ${JSON.stringify(actual)}, the scanner ${JSON.stringify(mine)}`);
    }
    console.log(`  Python 3.${minor}: ${cases.length} cases, ${wrong.length} differences`);
    assert.deepEqual(wrong, []);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('the 3.14 and 3.15 grammar cases, as the interpreters see them', () => {
  it('CPython 3.13: the cases of 3.14 are refused or read as before', async (t) => {
    if (!pythonReady(t, interpreters, [13])) return;
    const python = interpreters.find((interpreter) => interpreter.minor === 13)!;
    await checkAgainst(13, (folder) => ({ run: [python.executable, AST_ORACLE], folder }));
  });

  for (const [image, minor] of [[PYTHON_NEXT_IMAGE, 14], [PYTHON_315_IMAGE, 15]] as const) {
    it(`Debian's CPython 3.${minor}`, async (t) => {
      if (!(await dockerReady(t, { images: [image] }))) return;
      await checkAgainst(minor, (folder) => ({
        run: ['docker', 'run', '--rm', '-i', '--network', 'none', '--volume', `${folder}:/cases:ro`, '--volume', `${path.dirname(AST_ORACLE)}:/oracle:ro`, image, `python3.${minor}`, '/oracle/ast_imports.py'],
        folder: '/cases',
      }));
    });
  }
});
