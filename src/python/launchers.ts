/**
 * What a Python launcher script starts: `subprocess.run([...])`, `os.execv(...)`, `os.spawn*`,
 * `os.system("...")`, read from its source without running it. Only arguments whose value the
 * text itself gives are taken: string literals, names bound once to them, `sys.executable`,
 * `sys.argv[1:]`, `__file__`, a venv's `env_exe`, and path arithmetic on those.
 */
import path from 'node:path';
import { type ParseObserver, Parser } from './parser.ts';
import type { Expr } from './syntax.ts';
import { PythonSyntaxError, tokenize } from './tokenizer.ts';

/** A program the launcher starts: an argument vector, or shell text (`shell=True`, `os.system`). */
export type Launch = { line: number; cwd: string } & ({ argv: string[] } | { shellText: string });

/** Folders a script adds to its own sys.path with values its text gives: in front, and at the end. */
export interface PathAdditions {
  front: string[];
  back: string[];
}

export interface LauncherReading {
  launches: Launch[];
  /** What the script adds to sys.path before it imports its app (`sys.path.insert(0, ...)`, `sys.path += [...]`). */
  pathAdditions: PathAdditions;
  /** Calls that start a program with arguments the text does not give: where, and what they run. */
  unreadable: Array<{ line: number; what: string }>;
  /** Why the file could not be read as Python, if it could not. */
  error?: string;
}

/** What is known of the launcher's own run. */
export interface LauncherFacts {
  /** The launcher's path in the image (its `__file__`). */
  file: string;
  /** The interpreter that runs it (`sys.executable`). */
  interpreter: string;
  /** Its arguments (`sys.argv[1:]`). */
  args: string[];
  /** The folder it starts in. */
  cwd: string;
}

/** The syntax launchers are read with: the newest the tokenizer knows, as the launcher's own Python is not known yet. */
const LAUNCHER_SYNTAX_MINOR = 13;
/** How deep names may refer to names (`a = b`, `b = c`...) before a value counts as not literal. */
const MAX_NAME_HOPS = 16;
/** The longest rendering of a call in a message. */
const MAX_SHOWN = 120;

const SUBPROCESS_ARGV = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);
const SHELL_TEXT = new Set(['os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput']);
const PATH_CLASSES = new Set(['pathlib.Path', 'pathlib.PosixPath', 'pathlib.PurePath', 'pathlib.PurePosixPath']);

type Value = { t: 'str'; s: string } | { t: 'list'; items: string[] } | { t: 'venv'; dir: string };

/** Reads the programs a launcher starts. Never throws on what the text holds. */
export function readLaunches(text: string, facts: LauncherFacts): LauncherReading {
  const calls: Array<{ call: Expr & { k: 'call' }; line: number; col: number }> = [];
  const pathChanges: Array<{ how: 'front' | 'back'; list: Expr; value: Expr }> = [];
  const assigned = new Map<string, Expr[]>();
  const seenCalls = new Set<string>();
  const seenAssignments = new Set<string>();
  const observer: ParseObserver = {
    call(call, at) {
      const key = `${at.line}:${at.col}`;
      if (seenCalls.has(key)) return;
      seenCalls.add(key);
      calls.push({ call, line: at.line, col: at.col });
    },
    assign(targets, value, at) {
      const key = `${at.line}:${at.col}`;
      if (seenAssignments.has(key)) return;
      seenAssignments.add(key);
      for (const target of targets) {
        bindTargets(target, value, assigned);
        // sys.path[0:0] = [...]
        if (target.k === 'subscript' && target.slice.k === 'slice' && target.slice.lower?.k === 'num' && target.slice.lower.value === 0) pathChanges.push({ how: 'front', list: target.value, value });
      }
    },
    augmented(target, op, value) {
      if (op === '+=') pathChanges.push({ how: 'back', list: target, value });
    },
  };
  let imports;
  try {
    imports = new Parser(tokenize(text, LAUNCHER_SYNTAX_MINOR), LAUNCHER_SYNTAX_MINOR, observer).parseModule().imports;
  } catch (error) {
    if (error instanceof PythonSyntaxError || error instanceof RangeError) return { launches: [], unreadable: [], pathAdditions: { front: [], back: [] }, error: error instanceof PythonSyntaxError ? error.message : 'too deeply nested to parse' };
    throw error;
  }
  // What each imported name stands for: `sp` for subprocess, `run` for subprocess.run, `Path` for pathlib.Path.
  const aliases = new Map<string, string>();
  for (const statement of imports) {
    if (statement.kind === 'import') aliases.set(statement.asname ?? statement.module.split('.')[0]!, statement.asname ? statement.module : statement.module.split('.')[0]!);
    else if (statement.kind === 'from' && statement.level === 0) for (const name of statement.names) if (name.name !== '*') aliases.set(name.asname ?? name.name, `${statement.module}.${name.name}`);
  }
  const reader = new ValueReader(facts, aliases, assigned);
  const launches: Launch[] = [];
  const unreadable: LauncherReading['unreadable'] = [];
  // `os.chdir(...)` moves the launches written after it.
  const chdirs = calls.filter(({ call }) => reader.dotted(call.func) === 'os.chdir');
  for (const { call, line, col } of calls) {
    const launch = reader.launch(call);
    if (launch === undefined) continue;
    const chdir = chdirs.filter((c) => c.line < line || (c.line === line && c.col < col)).at(-1);
    const movedTo = chdir && reader.str(chdir.call.args[0]);
    if (launch === 'unreadable' || (chdir && movedTo === undefined)) {
      unreadable.push({ line, what: shown(call) });
      continue;
    }
    const cwd = path.posix.resolve(movedTo === undefined ? facts.cwd : path.posix.resolve(facts.cwd, movedTo), launch.cwd ?? '.');
    launches.push('shellText' in launch ? { line, cwd, shellText: launch.shellText } : { line, cwd, argv: launch.argv });
  }
  return { launches, unreadable, pathAdditions: pathAdditions(calls, pathChanges, reader, facts.cwd) };
}

/**
 * The folders `sys.path.insert(i, x)`, `.append(x)`, `.extend([...])`, `sys.path += [...]` and
 * `sys.path[0:0] = [...]` add, each item whose value the text gives (others are left out: an
 * import they would serve is then reported, never one they would not).
 */
function pathAdditions(calls: Array<{ call: Expr & { k: 'call' } }>, changes: Array<{ how: 'front' | 'back'; list: Expr; value: Expr }>, reader: ValueReader, cwd: string): PathAdditions {
  const additions: PathAdditions = { front: [], back: [] };
  const add = (how: 'front' | 'back', value: Expr | undefined): void => {
    const items = value === undefined ? [] : value.k === 'list' || value.k === 'tuple' ? value.elts : [value];
    for (const item of items) {
      const folder = reader.str(item);
      if (folder !== undefined) additions[how].push(path.posix.resolve(cwd, folder));
    }
  };
  for (const { call } of calls) {
    const name = reader.dotted(call.func);
    // Wherever it inserts, it is ahead of the installed packages: in front, for the search.
    if (name === 'sys.path.insert') add('front', call.args[1]);
    else if (name === 'sys.path.append' || name === 'sys.path.extend') add('back', call.args[0]);
  }
  for (const change of changes) if (reader.dotted(change.list) === 'sys.path') add(change.how, change.value);
  return additions;
}

/** Records `target = value`; a name bound more than once (or by unpacking) has no single value. */
function bindTargets(target: Expr, value: Expr, assigned: Map<string, Expr[]>): void {
  if (target.k === 'name') assigned.set(target.id, [...(assigned.get(target.id) ?? []), value]);
  else if (target.k === 'tuple' || target.k === 'list') for (const element of target.elts) bindTargets(element.k === 'starred' ? element.value : element, { k: 'other', what: 'unpacking' }, assigned);
}

class ValueReader {
  private readonly facts: LauncherFacts;
  private readonly aliases: Map<string, string>;
  private readonly assigned: Map<string, Expr[]>;

  constructor(facts: LauncherFacts, aliases: Map<string, string>, assigned: Map<string, Expr[]>) {
    this.facts = facts;
    this.aliases = aliases;
    this.assigned = assigned;
  }

  /** `subprocess.run` for `sp.run` after `import subprocess as sp`; undefined for anything but names and attributes. */
  dotted(expr: Expr): string | undefined {
    if (expr.k === 'name') return this.assigned.has(expr.id) ? undefined : (this.aliases.get(expr.id) ?? expr.id);
    if (expr.k === 'attr') {
      const base = this.dotted(expr.value);
      return base === undefined ? undefined : `${base}.${expr.attr}`;
    }
    return undefined;
  }

  str(expr: Expr | undefined): string | undefined {
    const value = expr && this.value(expr, 0);
    return value?.t === 'str' ? value.s : undefined;
  }

  /** What a call starts: undefined when it starts nothing, 'unreadable' when its arguments are not literal. */
  launch(call: Expr & { k: 'call' }): { argv: string[]; cwd?: string } | { shellText: string; cwd?: string } | 'unreadable' | undefined {
    const name = this.dotted(call.func);
    if (name === undefined) return undefined;
    const keyword = (key: string): Expr | undefined => call.keywords.find((item) => item.name === key)?.value;
    if (SUBPROCESS_ARGV.has(name)) {
      const argsExpr = call.args[0] ?? keyword('args');
      const cwdExpr = keyword('cwd');
      const cwd = cwdExpr === undefined || (cwdExpr.k === 'const' && cwdExpr.value === 'None') ? undefined : this.str(cwdExpr);
      if (argsExpr === undefined || (cwd === undefined && cwdExpr !== undefined && cwdExpr.k !== 'const') || keyword('executable') !== undefined) return 'unreadable';
      const shell = keyword('shell');
      const value = this.value(argsExpr, 0);
      const where = cwd === undefined ? {} : { cwd };
      if (shell !== undefined && !(shell.k === 'const' && shell.value === 'False')) {
        return shell.k === 'const' && shell.value === 'True' && value?.t === 'str' ? { shellText: value.s, ...where } : 'unreadable';
      }
      if (value?.t === 'str') return { argv: [value.s], ...where };
      if (value?.t === 'list' && value.items.length > 0) return { argv: value.items, ...where };
      return 'unreadable';
    }
    if (SHELL_TEXT.has(name)) {
      const text = this.str(call.args[0] ?? keyword('cmd') ?? keyword('command'));
      return text === undefined ? 'unreadable' : { shellText: text };
    }
    const exec = /^os\.(exec|spawn|posix_spawn)(l|v)?(p?)(e?)$/.exec(name);
    if (!exec) return undefined;
    const [, family, form, searchPath, withEnv] = exec;
    if (family !== 'posix_spawn' && form === undefined) return undefined;
    // os.spawn* take a mode first; os.posix_spawn(path, argv, env) is the v form.
    const args = family === 'spawn' ? call.args.slice(1) : call.args;
    const program = this.str(args[0]);
    let argv: string[] | undefined;
    if (family === 'posix_spawn' || form === 'v') {
      const list = args[1] && this.value(args[1], 0);
      argv = list?.t === 'list' ? list.items : undefined;
    } else {
      argv = this.list(withEnv ? args.slice(1, -1) : args.slice(1));
    }
    if (program === undefined || argv === undefined) return 'unreadable';
    // Without p, a name without a slash is a file of the working folder, not a command on PATH.
    const file = searchPath || program.includes('/') ? program : `./${program}`;
    return { argv: [file, ...argv.slice(1)] };
  }

  /** The strings of an argument list (`*rest` spread in), or undefined. */
  private list(exprs: Expr[]): string[] | undefined {
    const items: string[] = [];
    for (const expr of exprs) {
      const value = this.value(expr.k === 'starred' ? expr.value : expr, 0);
      if (expr.k === 'starred' && value?.t === 'list') items.push(...value.items);
      else if (expr.k !== 'starred' && value?.t === 'str') items.push(value.s);
      else return undefined;
    }
    return items;
  }

  private value(expr: Expr, hops: number): Value | undefined {
    if (hops > MAX_NAME_HOPS) return undefined;
    switch (expr.k) {
      case 'str':
        return expr.value === null ? undefined : { t: 'str', s: expr.value };
      case 'name': {
        if (expr.id === '__file__') return { t: 'str', s: this.facts.file };
        const values = this.assigned.get(expr.id);
        return values?.length === 1 ? this.value(values[0]!, hops + 1) : undefined;
      }
      case 'attr': {
        const dotted = this.dotted(expr);
        if (dotted === 'sys.executable') return { t: 'str', s: this.facts.interpreter };
        const base = this.value(expr.value, hops + 1);
        // venv.EnvBuilder's context: env_exe is bin/<the name of the creating interpreter> in the venv.
        if (expr.attr === 'env_exe' && base?.t === 'venv') return { t: 'str', s: path.posix.join(base.dir, 'bin', path.posix.basename(this.facts.interpreter)) };
        if (expr.attr === 'parent' && base?.t === 'str') return { t: 'str', s: path.posix.dirname(base.s) };
        return undefined;
      }
      case 'list':
      case 'tuple': {
        const items = this.list(expr.elts);
        return items === undefined ? undefined : { t: 'list', items };
      }
      case 'subscript': {
        // sys.argv[1:]: the launcher's own arguments.
        const { slice } = expr;
        if (this.dotted(expr.value) === 'sys.argv' && slice.k === 'slice' && slice.lower?.k === 'num' && slice.lower.value === 1 && slice.upper === null && slice.step === null) return { t: 'list', items: this.facts.args };
        return undefined;
      }
      case 'binop': {
        const left = this.value(expr.left, hops + 1);
        const right = this.value(expr.right, hops + 1);
        if (expr.op === '+' && left?.t === 'str' && right?.t === 'str') return { t: 'str', s: left.s + right.s };
        if (expr.op === '+' && left?.t === 'list' && right?.t === 'list') return { t: 'list', items: [...left.items, ...right.items] };
        // A path joined with `/` (pathlib): values of Path() are kept as their strings.
        if (expr.op === '/' && left?.t === 'str' && right?.t === 'str') return { t: 'str', s: joinPaths([left.s, right.s]) };
        return undefined;
      }
      case 'call':
        return this.callValue(expr, hops);
      default:
        return undefined;
    }
  }

  private callValue(call: Expr & { k: 'call' }, hops: number): Value | undefined {
    const strings = (): string[] | undefined => {
      if (call.keywords.length > 0) return undefined;
      const items: string[] = [];
      for (const arg of call.args) {
        const value = arg.k === 'starred' ? undefined : this.value(arg, hops + 1);
        if (value?.t !== 'str') return undefined;
        items.push(value.s);
      }
      return items;
    };
    const name = this.dotted(call.func);
    if (name !== undefined) {
      const args = strings();
      if (args === undefined) return undefined;
      const one = args.length === 1 ? args[0] : undefined;
      if ((name === 'os.path.join' || PATH_CLASSES.has(name)) && args.length > 0) return { t: 'str', s: joinPaths(args) };
      if ((name === 'str' || name === 'os.fspath') && one !== undefined) return { t: 'str', s: one };
      if (name === 'os.path.dirname' && one !== undefined) return { t: 'str', s: path.posix.dirname(one) };
      if ((name === 'os.path.abspath' || name === 'os.path.realpath' || name === 'os.path.normpath') && one !== undefined) return { t: 'str', s: path.posix.resolve(this.facts.cwd, one) };
      return undefined;
    }
    if (call.func.k !== 'attr') return undefined;
    const method = call.func.attr;
    const base = this.value(call.func.value, hops + 1);
    if (method === 'ensure_directories') {
      const dir = call.args.length === 1 && call.keywords.length === 0 ? this.value(call.args[0]!, hops + 1) : undefined;
      return dir?.t === 'str' ? { t: 'venv', dir: path.posix.resolve(this.facts.cwd, dir.s) } : undefined;
    }
    if (base?.t !== 'str') return undefined;
    if ((method === 'resolve' || method === 'absolute') && call.args.length === 0) return { t: 'str', s: path.posix.resolve(this.facts.cwd, base.s) };
    if (method === 'joinpath') {
      const args = strings();
      return args === undefined ? undefined : { t: 'str', s: joinPaths([base.s, ...args]) };
    }
    return undefined;
  }
}

/** os.path.join: an absolute part starts the path over. */
function joinPaths(parts: string[]): string {
  let joined = '';
  for (const part of parts) joined = part.startsWith('/') || joined === '' ? part : joined.endsWith('/') ? joined + part : `${joined}/${part}`;
  return joined;
}

/** A call as a short, plain rendering for a message: `subprocess.run([sys.executable, "-m", ...])`. */
function shown(expr: Expr): string {
  const text = render(expr, 0);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}

function render(expr: Expr, depth: number): string {
  if (depth > 6) return '...';
  const inner = (item: Expr): string => render(item, depth + 1);
  switch (expr.k) {
    case 'name':
      return expr.id;
    case 'attr':
      return `${inner(expr.value)}.${expr.attr}`;
    case 'str':
      return expr.value === null ? '"..."' : JSON.stringify(expr.value);
    case 'num':
      return String(expr.value ?? '...');
    case 'const':
      return expr.value;
    case 'list':
      return `[${expr.elts.map(inner).join(', ')}]`;
    case 'tuple':
      return `(${expr.elts.map(inner).join(', ')})`;
    case 'starred':
      return `*${inner(expr.value)}`;
    case 'subscript':
      return `${inner(expr.value)}[${inner(expr.slice)}]`;
    case 'slice':
      return `${expr.lower ? inner(expr.lower) : ''}:${expr.upper ? inner(expr.upper) : ''}`;
    case 'call':
      return `${inner(expr.func)}(${[...expr.args.map(inner), ...expr.keywords.map((keyword) => (keyword.name ? `${keyword.name}=${inner(keyword.value)}` : `**${inner(keyword.value)}`))].join(', ')})`;
    case 'binop':
      return `${inner(expr.left)} ${expr.op} ${inner(expr.right)}`;
    default:
      return '...';
  }
}
