/**
 * What the guards around an import mean for the image's interpreter: does the statement run at
 * import time, only under a condition, only when a function is called, and does a handler
 * catch its ImportError.
 */
import type { Expr, Guard } from './syntax.ts';

export interface GuardContext {
  /** The interpreter's minor version (3.X). */
  minor: number;
  /** sys.platform of the image. */
  platform: string;
  /** The importing module's `__name__` (`__main__` for a script). */
  moduleName: string;
}

export interface GuardVerdict {
  /** `never`: the statement cannot run (TYPE_CHECKING, a dead version or platform branch). */
  runs: 'always' | 'conditionally' | 'when-called' | 'never';
  /** Why it never runs. */
  never?: 'type-checking' | 'dead-branch';
  /** A handler around it catches ImportError (try/except or contextlib.suppress). */
  caught: boolean;
  /** The deciding guard in words, for the report. */
  describe?: string;
  /** A lazy import no code that runs at start reads: it fails where its name is first used. */
  lazy?: true;
}

const CATCHES_IMPORT_ERROR = new Set(['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException', '*']);

/**
 * `sys.version_info`: a 5-tuple (major, minor, micro, releaselevel, serial) of which only the
 * first two items are known. It compares as the longer tuple: `(3, 12, 1, 'final', 0) > (3, 12)`.
 */
interface VersionInfo {
  versionInfo: [number, number];
}

type Value = boolean | number | string | Value[] | VersionInfo | undefined;

const VERSION_INFO_LENGTH = 5;

function isVersionInfo(value: Value): value is VersionInfo {
  return typeof value === 'object' && !Array.isArray(value);
}

/** The items of a tuple, unknown ones as undefined. */
function items(value: Value): Value[] | undefined {
  if (Array.isArray(value)) return value;
  if (isVersionInfo(value)) return [...value.versionInfo, ...Array<Value>(VERSION_INFO_LENGTH - value.versionInfo.length).fill(undefined)];
  return undefined;
}

function isTypeChecking(expr: Expr): boolean {
  return (expr.k === 'name' && expr.id === 'TYPE_CHECKING') || (expr.k === 'attr' && expr.attr === 'TYPE_CHECKING');
}

function dotted(expr: Expr): string | undefined {
  if (expr.k === 'name') return expr.id;
  if (expr.k === 'attr') {
    const base = dotted(expr.value);
    return base === undefined ? undefined : `${base}.${expr.attr}`;
  }
  return undefined;
}

/** Evaluates the parts of a test that are known before the program runs; undefined for the rest. */
function evaluate(expr: Expr, context: GuardContext): Value {
  switch (expr.k) {
    case 'num':
      return expr.value ?? undefined;
    case 'str':
      return expr.value ?? undefined;
    case 'const':
      return expr.value === 'True' ? true : expr.value === 'False' ? false : undefined;
    case 'tuple':
    case 'list': {
      const values = expr.elts.map((elt) => evaluate(elt, context));
      return values.some((value) => value === undefined) ? undefined : values;
    }
    case 'name':
    case 'attr': {
      if (isTypeChecking(expr)) return false;
      const name = dotted(expr);
      if (name === 'sys.version_info') return { versionInfo: [3, context.minor] };
      if (name === 'sys.platform') return context.platform;
      if (name === 'os.name') return 'posix';
      if (name === '__name__') return context.moduleName;
      if (name === 'sys.version_info.major') return 3;
      if (name === 'sys.version_info.minor') return context.minor;
      if (name === 'PY2' || name === 'six.PY2') return false;
      if (name === 'PY3' || name === 'six.PY3') return true;
      return undefined;
    }
    case 'subscript': {
      const base = items(evaluate(expr.value, context));
      if (!base) return undefined;
      if (expr.slice.k === 'num' && expr.slice.value !== null) return base[expr.slice.value];
      if (expr.slice.k === 'slice' && !expr.slice.step) {
        const lower = expr.slice.lower ? evaluate(expr.slice.lower, context) : 0;
        const upper = expr.slice.upper ? evaluate(expr.slice.upper, context) : base.length;
        if (typeof lower !== 'number' || typeof upper !== 'number') return undefined;
        // Python slices clamp and count negative bounds from the end, as Array.prototype.slice does.
        const part = base.slice(lower, upper);
        return part.some((item) => item === undefined) ? undefined : part;
      }
      return undefined;
    }
    case 'call': {
      // sys.platform.startswith("linux")
      if (expr.func.k === 'attr' && expr.func.attr === 'startswith' && expr.args.length === 1) {
        const base = evaluate(expr.func.value, context);
        const prefix = evaluate(expr.args[0]!, context);
        if (typeof base === 'string' && typeof prefix === 'string') return base.startsWith(prefix);
        if (typeof base === 'string' && Array.isArray(prefix)) return prefix.some((item) => typeof item === 'string' && base.startsWith(item));
      }
      return undefined;
    }
    case 'not': {
      const value = evaluate(expr.operand, context);
      return value === undefined ? undefined : !truthy(value);
    }
    case 'boolop': {
      // Short-circuit: a known deciding operand settles it even when others are unknown.
      let unknown = false;
      for (const operand of expr.values) {
        const value = evaluate(operand, context);
        if (value === undefined) unknown = true;
        else if (expr.op === 'and' && !truthy(value)) return false;
        else if (expr.op === 'or' && truthy(value)) return true;
      }
      return unknown ? undefined : expr.op === 'and';
    }
    case 'compare': {
      let left = evaluate(expr.left, context);
      for (let i = 0; i < expr.ops.length; i++) {
        const right = evaluate(expr.comparators[i]!, context);
        if (left === undefined || right === undefined) return undefined;
        const result = compare(left, expr.ops[i]!, right);
        if (result === undefined) return undefined;
        if (!result) return false;
        left = right;
      }
      return true;
    }
    default:
      return undefined;
  }
}

function truthy(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** How two values order: a number, `unordered` for values of different types, `unknown` when an item is not known. */
function order(a: Value, b: Value): number | 'unordered' | 'unknown' {
  if (a === undefined || b === undefined) return 'unknown';
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const left = items(a);
  const right = items(b);
  if (left && right) {
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      const item = order(left[i], right[i]);
      if (item !== 0) return item;
    }
    return left.length - right.length;
  }
  return 'unordered';
}

function compare(left: Value, op: string, right: Value): boolean | undefined {
  if (op === 'in' || op === 'not in') {
    if (!Array.isArray(right) && typeof right !== 'string') return undefined;
    let found: boolean | undefined;
    if (typeof right === 'string') found = typeof left === 'string' && right.includes(left);
    else {
      const orders = right.map((item) => order(item, left));
      found = orders.includes(0) ? true : orders.includes('unknown') ? undefined : false;
    }
    return found === undefined ? undefined : op === 'in' ? found : !found;
  }
  const cmp = order(left, right);
  if (cmp === 'unknown') return undefined;
  if (cmp === 'unordered') return op === '==' ? false : op === '!=' ? true : undefined;
  switch (op) {
    case '==':
    case 'is':
      return cmp === 0;
    case '!=':
    case 'is not':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '>=':
      return cmp >= 0;
    default:
      return undefined;
  }
}

function source(expr: Expr): string {
  switch (expr.k) {
    case 'name':
      return expr.id;
    case 'attr':
      return `${source(expr.value)}.${expr.attr}`;
    case 'str':
      return JSON.stringify(expr.value ?? '');
    case 'num':
      return String(expr.value ?? '?');
    case 'const':
      return expr.value;
    case 'not':
      return `not ${source(expr.operand)}`;
    case 'compare':
      return [source(expr.left), ...expr.ops.flatMap((op, i) => [op, source(expr.comparators[i]!)])].join(' ');
    case 'boolop':
      return expr.values.map(source).join(` ${expr.op} `);
    case 'call':
      return `${source(expr.func)}(...)`;
    case 'subscript':
      return `${source(expr.value)}[...]`;
    case 'tuple':
      return `(${expr.elts.map(source).join(', ')})`;
    default:
      return '...';
  }
}

/** Reads the guards of one import statement (outermost first) for this interpreter and module. */
export function judgeGuards(guards: readonly Guard[], context: GuardContext): GuardVerdict {
  let condition: string | undefined;
  let functionName: string | undefined;
  let handler: string | undefined;
  for (const guard of guards) {
    if (guard.kind === 'if') {
      const describe = `${guard.branch === 'then' ? 'if' : 'else of if'} ${source(guard.test)}`;
      if (isTypeChecking(guard.test) && guard.branch === 'then') return { runs: 'never', never: 'type-checking', caught: false, describe };
      const value = evaluate(guard.test, context);
      if (value === undefined) condition ??= describe;
      else if (truthy(value) !== (guard.branch === 'then')) return { runs: 'never', never: 'dead-branch', caught: false, describe };
    } else if (guard.kind === 'except') {
      // A handler runs only when its try body raised: an import there is a fallback.
      condition ??= `in except ${guard.catches.includes('*') ? '(bare)' : guard.catches.join(', ')} handler`;
    } else if (guard.kind === 'function') {
      functionName ??= guard.name;
    } else if (guard.kind === 'try' || guard.kind === 'suppress') {
      const names = guard.kind === 'try' ? guard.catches : guard.exceptions;
      const catchesImportError = (caught: readonly string[]): boolean => caught.some((name) => CATCHES_IMPORT_ERROR.has(name.split('.').at(-1)!));
      // The first handler that matches ImportError takes it: one that ends the program (`sys.exit(1)`) is no fallback.
      const taking = guard.kind === 'try' ? guard.handlers?.find((item) => catchesImportError(item.catches)) : undefined;
      if (!taking?.exits && catchesImportError(names)) {
        handler = guard.kind === 'try' ? `try/except ${names.includes('*') ? '(bare)' : names.join(', ')}` : `contextlib.suppress(${names.join(', ')})`;
      }
    }
  }
  const runs: GuardVerdict['runs'] = functionName !== undefined ? 'when-called' : condition !== undefined ? 'conditionally' : 'always';
  const describe = handler ?? (functionName !== undefined ? `inside ${functionName}()` : condition);
  return describe === undefined ? { runs, caught: handler !== undefined } : { runs, caught: handler !== undefined, describe };
}
