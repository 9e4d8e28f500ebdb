/**
 * Plugins loaded by entry-point group. An app that reads a group (`entry_points(group="x")`,
 * pluggy's `load_setuptools_entrypoints("x")`, flake8's filter of every distribution's entry
 * points by a literal set of groups) imports the modules the image's distributions declare in
 * that group: each is an import, written at the line that names the group.
 *
 * The two halves are read here: the entry points the image's metadata declares per group, and
 * where a module's code names a declared group in a form that reads it, and whether that form
 * loads every entry point of the group or may pick some by name.
 */
import type { ImageFs } from '../image/image-fs.ts';
import { type Token, tokenize } from './tokenizer.ts';

/** One `name = module:attr` line of an `entry_points.txt`. */
export interface EntryPointTarget {
  group: string;
  name: string;
  module: string;
  attr?: string;
  /** The entry_points.txt that declares it, and the line. */
  file: string;
  line: number;
}

/** Groups that name programs to run, not plugins an app imports. */
const PROGRAM_GROUPS = new Set(['console_scripts', 'gui_scripts']);
/** A group name worth matching: what packaging tools write, nothing that needs escaping. */
const GROUP_NAME = /^[A-Za-z0-9_][\w.-]*$/;
const ENTRY_LINE = /^\s*([\w.+-]+)\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*(?::\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*))?\s*(?:\[[^\]]*\])?\s*$/;

/** The plugin entry points of one `entry_points.txt` (ConfigParser's form, as importlib.metadata reads it). */
export function parseEntryPoints(text: string, file: string): EntryPointTarget[] {
  const found: EntryPointTarget[] = [];
  let group: string | undefined;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      const name = header[1]!.trim();
      group = GROUP_NAME.test(name) && !PROGRAM_GROUPS.has(name) ? name : undefined;
      continue;
    }
    if (group === undefined || /^\s*([#;]|$)/.test(line)) continue;
    const entry = ENTRY_LINE.exec(line);
    if (!entry) continue;
    const target: EntryPointTarget = { group, name: entry[1]!, module: entry[2]!, file, line: index + 1 };
    if (entry[3]) target.attr = entry[3];
    found.push(target);
  }
  return found;
}

/**
 * The plugin entry points of every distribution in these folders (the site folders on sys.path,
 * where importlib.metadata finds them), by group.
 */
export function entryPointGroups(fs: ImageFs, folders: readonly string[]): Map<string, EntryPointTarget[]> {
  const groups = new Map<string, EntryPointTarget[]>();
  for (const folder of folders) {
    const entries = fs.entries(folder);
    if (!entries) continue;
    for (const [name, type] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (type !== 'dir' || !/\.(dist|egg)-info$/.test(name)) continue;
      const file = `${folder}/${name}/entry_points.txt`;
      const text = fs.readText(file);
      if (text === undefined) continue;
      for (const target of parseEntryPoints(text, file)) {
        let list = groups.get(target.group);
        if (!list) groups.set(target.group, (list = []));
        list.push(target);
      }
    }
  }
  return groups;
}

/** Where a module's code reads a group, and how. */
export interface GroupRead {
  group: string;
  /** The string that names the group (for a constant, the string it is assigned). */
  line: number;
  /** 1-based. */
  column: number;
  /**
   * The form loads every entry point of the group: pluggy's `load_setuptools_entrypoints(group)`
   * without a name, or entry points filtered by `.group == x` / `.group in X` with no name test
   * in the same statement. Other forms may load only the entry points a name selects.
   */
  loadsEvery: boolean;
  /** The form, in words. */
  how: string;
}

/** Calls that read a group named by their first argument or a `group=` / `namespace=` keyword. */
const READ_CALLS = new Set(['entry_points', 'iter_entry_points', 'select', 'load_setuptools_entrypoints', 'ExtensionManager', 'EnabledExtensionManager', 'NamedExtensionManager', 'DriverManager', 'HookManager']);
const GROUP_KEYWORDS = new Set(['group', 'namespace']);
/** Names that may wrap a literal collection of groups in a constant (`frozenset(("a", "b"))`). */
const COLLECTION_CALLS = new Set(['frozenset', 'set', 'tuple', 'list']);

function isOp(token: Token | undefined, value: string): boolean {
  return token?.type === 'op' && token.value === value;
}

function atStatementStart(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return !previous || previous.type === 'newline' || previous.type === 'indent' || previous.type === 'dedent' || isOp(previous, ';');
}

function plainString(token: Token | undefined): string | undefined {
  return token?.type === 'string' && (token.prefix === '' || token.prefix === 'r' || token.prefix === 'u') ? token.body : undefined;
}

/** The index of the token that ends the logical line holding `index`. */
function statementEnd(tokens: readonly Token[], index: number): number {
  let end = index;
  while (end < tokens.length && tokens[end]!.type !== 'newline' && tokens[end]!.type !== 'end') end++;
  return end;
}

function statementStart(tokens: readonly Token[], index: number): number {
  let start = index;
  while (start > 0 && !['newline', 'indent', 'dedent'].includes(tokens[start - 1]!.type)) start--;
  return start;
}

/**
 * The reads of declared groups in a module's source. Only a group named by a plain string (or a
 * module-level constant holding plain strings) in one of the forms above counts: a group name
 * that is also an ordinary word (`hypothesis`) is not read where code merely says it.
 */
export function groupReads(text: string, minor: number, groups: ReadonlySet<string>): GroupRead[] {
  if (![...groups].some((group) => text.includes(group))) return [];
  let tokens: Token[];
  try {
    tokens = tokenize(text, minor);
  } catch {
    return [];
  }
  // Module-level constants that hold only strings: `GROUP = "x"`, `GROUPS = frozenset(("x", "y"))`.
  const constants = new Map<string, Token[]>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'name' || !atStatementStart(tokens, i) || !isOp(tokens[i + 1], '=') || token.col !== 0) continue;
    const strings: Token[] = [];
    let plain = true;
    const end = statementEnd(tokens, i);
    for (let j = i + 2; j < end && plain; j++) {
      const item = tokens[j]!;
      if (item.type === 'string') {
        if (plainString(item) === undefined) plain = false;
        else strings.push(item);
      } else if (!(item.type === 'op' && '()[]{},'.includes(item.value)) && !(item.type === 'name' && COLLECTION_CALLS.has(item.value))) plain = false;
    }
    if (plain && strings.length > 0) constants.set(token.value, strings);
  }
  /** The declared groups a single-token argument names: a literal, or a constant of literals. */
  const named = (token: Token | undefined): Token[] => {
    if (!token) return [];
    const value = plainString(token);
    if (value !== undefined) return groups.has(value) ? [token] : [];
    if (token.type === 'name') return (constants.get(token.value) ?? []).filter((string) => groups.has(string.body!));
    return [];
  };
  const reads: GroupRead[] = [];
  const add = (strings: Token[], loadsEvery: boolean, how: string): void => {
    for (const string of strings) reads.push({ group: string.body!, line: string.line, column: string.col + 1, loadsEvery, how });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A call that reads a group: its first argument or its group keyword, when that is one token.
    if (token.type === 'name' && READ_CALLS.has(token.value) && isOp(tokens[i + 1], '(')) {
      let depth = 0;
      let argumentStart = i + 2;
      let groupArgument: Token | undefined;
      let byName = false;
      let position = 0;
      for (let j = i + 1; j < tokens.length; j++) {
        const item = tokens[j]!;
        if (item.type === 'op' && '([{'.includes(item.value)) depth++;
        else if (item.type === 'op' && ')]}'.includes(item.value)) depth--;
        const endsArgument = depth === 0 || (depth === 1 && isOp(item, ','));
        if (!endsArgument) continue;
        const argument = tokens.slice(argumentStart, j);
        if (argument.length >= 2 && argument[0]!.type === 'name' && isOp(argument[1], '=')) {
          if (GROUP_KEYWORDS.has(argument[0]!.value) && argument.length === 3) groupArgument = argument[2];
          if (argument[0]!.value === 'name' || argument[0]!.value === 'names') byName = true;
        } else if (argument.length > 0) {
          if (position === 0 && argument.length === 1) groupArgument = argument[0];
          // A second positional argument of these calls is a name (pkg_resources, pluggy).
          if (position === 1) byName = true;
          position++;
        }
        argumentStart = j + 1;
        if (depth === 0) break;
      }
      const loadsEvery = token.value === 'load_setuptools_entrypoints' && !byName;
      add(named(groupArgument), loadsEvery, `${token.value}(...)`);
      continue;
    }
    // `x.group == "g"`, `x.group in GROUPS`, `x.group not in GROUPS`: entry points filtered by group.
    if (token.type === 'name' && token.value === 'group' && isOp(tokens[i - 1], '.')) {
      let next = i + 1;
      const comparison = tokens[next];
      if (isOp(comparison, '==')) next++;
      else if (comparison?.type === 'name' && comparison.value === 'in') next++;
      else if (comparison?.type === 'name' && comparison.value === 'not' && tokens[next + 1]?.value === 'in') next += 2;
      else continue;
      const statement = tokens.slice(statementStart(tokens, i), statementEnd(tokens, i));
      const nameTest = statement.some((item, index) => item.type === 'name' && item.value === 'name' && isOp(statement[index - 1], '.') && (isOp(statement[index + 1], '==') || statement[index + 1]?.value === 'in'));
      add(named(tokens[next]), !nameTest, 'entry points filtered by their group');
    }
  }
  // One read per group: a call that loads every entry point first, then a filter that does, then the earliest.
  const rank = (read: GroupRead): number => (read.loadsEvery ? (read.how.endsWith('(...)') ? 2 : 1) : 0);
  const chosen = new Map<string, GroupRead>();
  for (const read of reads) {
    const held = chosen.get(read.group);
    if (!held || rank(read) > rank(held)) chosen.set(read.group, read);
  }
  return [...chosen.values()];
}
