/** What the scanner reports about one Python source file. */

/** A small expression tree: enough to evaluate guards and read literal arguments. */
export type Expr =
  | { k: 'name'; id: string }
  | { k: 'attr'; value: Expr; attr: string }
  | { k: 'call'; func: Expr; args: Expr[]; keywords: Array<{ name: string | null; value: Expr }> }
  | { k: 'str'; value: string | null }
  | { k: 'num'; value: number | null }
  | { k: 'const'; value: 'True' | 'False' | 'None' | '...' }
  | { k: 'tuple' | 'list' | 'set'; elts: Expr[] }
  | { k: 'starred'; value: Expr }
  | { k: 'subscript'; value: Expr; slice: Expr }
  | { k: 'slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
  | { k: 'compare'; left: Expr; ops: string[]; comparators: Expr[] }
  | { k: 'boolop'; op: 'and' | 'or'; values: Expr[] }
  | { k: 'not'; operand: Expr }
  | { k: 'unary'; op: string; operand: Expr }
  | { k: 'binop'; op: string; left: Expr; right: Expr }
  | { k: 'other'; what: string };

/** Why an import may not run, or may fail harmlessly. */
export type Guard =
  /** Inside the body of a `try` whose handlers catch these names (`*` for a bare `except`). */
  | { kind: 'try'; catches: string[]; handlers?: Array<{ catches: string[]; exits: boolean }> }
  /** Inside `with contextlib.suppress(...)`. */
  | { kind: 'suppress'; exceptions: string[] }
  /** Inside a branch of an `if`: `then` runs when `test` is true, `else` when it is false. */
  | { kind: 'if'; test: Expr; branch: 'then' | 'else' }
  /** Inside an `except` handler for these names (`*` for a bare one): runs only when one was raised. */
  | { kind: 'except'; catches: string[] }
  /** Inside a function or lambda body: runs only when called. */
  | { kind: 'function'; name: string }
  /** Inside a class body. */
  | { kind: 'class'; name: string };

export interface ImportedName {
  name: string;
  asname?: string;
}

export interface ImportStatement {
  /** `import m` (one per alias), `from m import ...`, or a literal `importlib.import_module("m")` / `__import__("m")`. */
  kind: 'import' | 'from' | 'dynamic';
  /** Dotted module name as written; '' for `from . import x`. */
  module: string;
  /** Leading dots of a relative import. */
  level: number;
  /** For `from`: the names imported (`*` for a star import). */
  names: ImportedName[];
  /** For `import m as a`. */
  asname?: string;
  /** For `import_module("m", package)`: the package argument, if it is a literal. */
  package?: string;
  /** `lazy import m` / `lazy from m import x` (3.15, PEP 810). */
  lazy?: true;
  line: number;
  col: number;
  /** Innermost last. */
  guards: Guard[];
}

export interface ScanResult {
  ok: true;
  imports: ImportStatement[];
  /** Names bound at module level: defs, classes, assignments, loop and with targets, imports. */
  bindings: string[];
  /** A literal `__all__`, when the module defines one that can be read. */
  all?: string[];
  /** Why the module's names cannot be listed in full (module `__getattr__`, star import, `globals()`, `exec`). */
  openEnded: string[];
}

export interface ScanFailure {
  ok: false;
  /** The reason, as CPython words it where possible. */
  error: string;
  line?: number;
}
