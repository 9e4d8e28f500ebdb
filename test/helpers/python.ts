// Real CPython interpreters as oracles: where they are, and how to compare the scanner with them.
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import type { ScanFailure, ScanResult } from '../../src/python/syntax.ts';

export const AST_ORACLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/python/ast_imports.py');
const REQUIRE_PYTHON = 'IMPORT_GUARD_REQUIRE_PYTHON';

export interface Interpreter {
  version: string;
  minor: number;
  executable: string;
  /** The folder holding its standard library, test suites and site-packages. */
  lib: string;
}

/** CPython 3.6+ interpreters installed by pyenv, one per minor version. */
export async function pyenvInterpreters(): Promise<Interpreter[]> {
  let root = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
  try {
    root = (await execa('pyenv', ['root'])).stdout.trim();
  } catch {
    // no pyenv on PATH: fall back to the usual folder
  }
  const versions = await readdir(path.join(root, 'versions')).catch(() => [] as string[]);
  const found = new Map<number, Interpreter>();
  for (const version of versions.sort()) {
    const match = /^3\.(\d+)\.\d+$/.exec(version);
    if (!match || Number(match[1]) < 6) continue;
    const minor = Number(match[1]);
    found.set(minor, { version, minor, executable: path.join(root, 'versions', version, 'bin', 'python3'), lib: path.join(root, 'versions', version, 'lib', `python3.${minor}`) });
  }
  return [...found.values()].sort((a, b) => a.minor - b.minor);
}

/** Skips (or, with IMPORT_GUARD_REQUIRE_PYTHON set, fails) when the interpreters are missing. */
export function pythonReady(t: TestContext, interpreters: Interpreter[], wanted: number[]): boolean {
  const have = new Set(interpreters.map((interpreter) => interpreter.minor));
  const missing = wanted.filter((minor) => !have.has(minor)).map((minor) => `3.${minor}`);
  if (missing.length === 0) return true;
  const reason = `CPython ${missing.join(', ')} not installed (pyenv install them)`;
  if (process.env[REQUIRE_PYTHON]) throw new Error(`${REQUIRE_PYTHON} is set, but ${reason}`);
  t.skip(reason);
  return false;
}

/** One row per `import` alias or `from` statement, as the oracle script writes them; `lazy` only for an explicit lazy import (3.15). */
export type ImportRow = [kind: 'import' | 'from', module: string, level: number, names: string[], line: number, lazy?: true];

export interface OracleResult {
  path: string;
  ok: boolean;
  imports?: ImportRow[];
  error?: string;
  /** For a SyntaxError: its message and line, as CPython gives them. */
  message?: string;
  line?: number;
}

/** Runs the ast oracle with `command` (an interpreter, possibly inside a container) over `files`. */
export async function runAstOracle(command: string[], files: string[]): Promise<OracleResult[]> {
  const { stdout } = await execa(command[0]!, command.slice(1), { input: files.join('\n'), maxBuffer: 1 << 30 });
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as OracleResult);
}

export function scannerRows(result: ScanResult): ImportRow[] {
  return result.imports
    .filter((statement) => statement.kind !== 'dynamic')
    .map((statement): ImportRow => {
      const row: ImportRow = statement.kind === 'import' ? ['import', statement.module, 0, [], statement.line] : ['from', statement.module, statement.level, statement.names.map((name) => name.name), statement.line];
      if (statement.lazy) row.push(true);
      return row;
    });
}

/** How the scanner's view of one file differs from the oracle's, or undefined when they agree. */
export function disagreement(oracle: OracleResult, mine: ScanResult | ScanFailure): string | undefined {
  if (!oracle.ok) return mine.ok ? `${oracle.path}: ast refuses it (${oracle.error}), the scanner accepts it` : undefined;
  if (!mine.ok) return `${oracle.path}: ast accepts it, the scanner refuses it (${mine.error})`;
  const key = (row: ImportRow): string => JSON.stringify(row);
  const expected = (oracle.imports ?? []).map(key).sort();
  const actual = scannerRows(mine).map(key).sort();
  if (expected.join('\n') === actual.join('\n')) return undefined;
  const missing = expected.filter((row) => !actual.includes(row));
  const extra = actual.filter((row) => !expected.includes(row));
  return `${oracle.path}: imports differ; missing ${missing.slice(0, 3).join(' ')}; extra ${extra.slice(0, 3).join(' ')}`;
}
