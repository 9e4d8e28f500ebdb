/**
 * Lazy imports (PEP 810, Python 3.15): an import that binds a placeholder and runs only when its
 * name is first used. Which imports are lazy, and where the names they bind are used.
 */
import { Parser } from './parser.ts';
import { decodeSource } from './source-text.ts';
import type { Expr, Guard, ImportStatement } from './syntax.ts';
import { tokenize } from './tokenizer.ts';

/** `normal`: only `lazy import` and `__lazy_modules__`; `all`: every import that may be lazy. */
export type LazyImportsMode = 'normal' | 'all';

export interface LazyImportsSetting {
  mode: LazyImportsMode;
  /** Where `all` comes from, in words (`-X lazy_imports=all`, `PYTHON_LAZY_IMPORTS=all`). */
  from?: string;
}

/** The first Python that has lazy imports. */
export const LAZY_IMPORTS_MINOR = 15;

/**
 * The lazy-imports mode of `python OPTIONS...` (the options before the script, `-m` or `-c`) in
 * this environment: `-X lazy_imports=` wins over `PYTHON_LAZY_IMPORTS`, which `-E` and `-I`
 * make the interpreter ignore. 3.15 accepts `all` and `normal` only (any other value stops it
 * before it runs anything, which the boot shows).
 */
export function lazyImportsSetting(options: readonly string[], env: ReadonlyMap<string, string>): LazyImportsSetting {
  let fromOption: string | undefined;
  let ignoreEnvironment = false;
  for (let i = 0; i < options.length; i++) {
    const arg = options[i]!;
    if (arg === '--' || !arg.startsWith('-') || arg === '-') break;
    if (arg.startsWith('--')) continue;
    // A group of one-letter flags (`-IEu`) ends at the first that takes a value.
    const letters = arg.slice(1);
    const valued = letters.search(/[XWmc]/);
    const flags = valued === -1 ? letters : letters.slice(0, valued);
    if (/[EI]/.test(flags)) ignoreEnvironment = true;
    if (valued === -1) continue;
    const letter = letters[valued]!;
    if (letter === 'm' || letter === 'c') break;
    const value = valued + 1 < letters.length ? letters.slice(valued + 1) : options[++i];
    // The interpreter reads the first `-X lazy_imports=` given.
    if (letter === 'X' && value?.startsWith('lazy_imports=') && fromOption === undefined) fromOption = value.slice('lazy_imports='.length);
  }
  if (fromOption !== undefined) return fromOption === 'all' ? { mode: 'all', from: `-X lazy_imports=${fromOption}` } : { mode: 'normal' };
  const variable = ignoreEnvironment ? undefined : env.get('PYTHON_LAZY_IMPORTS');
  return variable === 'all' ? { mode: 'all', from: 'PYTHON_LAZY_IMPORTS=all' } : { mode: 'normal' };
}

/**
 * Whether an import may be made lazy by `__lazy_modules__` or the `all` mode: a module-level
 * `import` or `from` statement outside a `try` body, an `except` handler, class and function
 * bodies, and not a star import (3.15 runs those eagerly; `if`, `with`, loops, `else` and
 * `finally` blocks do not keep it eager).
 */
export function mayBeLazy(statement: ImportStatement): boolean {
  if (statement.kind === 'dynamic' || statement.module === '__future__') return false;
  if (statement.kind === 'from' && statement.names.some((name) => name.name === '*')) return false;
  return statement.guards.every((guard) => guard.kind === 'if' || guard.kind === 'suppress');
}

/** A read of a name an import binds: where it is, and the attribute read from it (`json.dumps`). */
export interface NameUse {
  name: string;
  attribute?: string;
  line: number;
  guards: readonly Guard[];
}

export interface LazyFacts {
  /** Each `__lazy_modules__ = [...]` (a literal list, tuple or set of strings): its line and names. */
  declared: Array<{ line: number; modules: string[] }>;
  /** Reads of the names asked for, in source order. */
  uses: NameUse[];
}

function literalStrings(value: Expr): string[] | undefined {
  if (value.k !== 'list' && value.k !== 'tuple' && value.k !== 'set') return undefined;
  const names: string[] = [];
  for (const element of value.elts) {
    if (element.k !== 'str' || element.value === null) return undefined;
    names.push(element.value);
  }
  return names;
}

/** What a module says of lazy imports: its `__lazy_modules__`, and where `names` are read. Undefined when it does not parse. */
export function lazyFacts(source: Uint8Array | string, minor: number, names: ReadonlySet<string>): LazyFacts | undefined {
  const facts: LazyFacts = { declared: [], uses: [] };
  // A rewound look-ahead may show a read twice.
  const seen = new Set<string>();
  try {
    const text = typeof source === 'string' ? source : decodeSource(source);
    new Parser(tokenize(text, minor), minor, {
      assign(targets, value, at) {
        if (!targets.some((target) => target.k === 'name' && target.id === '__lazy_modules__')) return;
        facts.declared.push({ line: at.line, modules: literalStrings(value) ?? [] });
      },
      name(name, attribute, at, guards) {
        const key = `${at.line}:${at.col}`;
        if (!names.has(name) || seen.has(key)) return;
        seen.add(key);
        facts.uses.push({ name, ...(attribute !== undefined && { attribute }), line: at.line, guards });
      },
    }).parseModule();
    facts.uses.sort((a, b) => a.line - b.line);
    return facts;
  } catch {
    return undefined;
  }
}

/**
 * The name an import binds for `module` (absolute), and the attribute whose read loads it: `a`
 * and `b` for a missing `a.b` under `import a.b.c`; `x` for `from m import x as y`'s `y` (no
 * attribute: any read). Undefined when the statement binds nothing for it.
 */
export function boundNames(statement: ImportStatement, missing: string, imported: string): Array<{ name: string; attribute?: string }> {
  if (statement.kind === 'from') return statement.names.map((each) => ({ name: each.asname ?? each.name }));
  if (statement.asname !== undefined) return [{ name: statement.asname }];
  const [top, second] = imported.split('.');
  // `import a.b` binds `a`: reading `a` loads `a` only; `a.b` is loaded when `a.b` is read.
  return missing === top || second === undefined ? [{ name: top! }] : [{ name: top!, attribute: second }];
}
