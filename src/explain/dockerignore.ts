/**
 * A build context's ignore file, read and applied as `docker build` does: which paths of the
 * context reach the builder, and for each path left out, the rule that left it out.
 *
 * Docker's rules, each followed here:
 * - Lines: a UTF-8 BOM is dropped, each line is trimmed, lines starting with `#` are comments.
 *   A leading `!` makes an exception; the rest is path-cleaned (`./`, `//`, `..`, a trailing `/`)
 *   and a leading `/` is dropped.
 * - Patterns: `*` and `?` stay within one path segment, `**` spans any number of them, `[...]`
 *   classes and `\` escapes as in Go's filepath.Match. A pattern also matches everything under
 *   a folder it matches.
 * - Order: every rule is tried in turn and the last one that matches decides.
 * - Folders: a left-out folder is not entered at all, unless an exception's text starts with
 *   that folder's path; so `!**\/keep.py` cannot bring back a file under a left-out folder, but
 *   `!app/monitoring/keep.py` can.
 * - The Dockerfile and the ignore file itself are always sent.
 */
import { ConfigurationError } from '../errors.ts';
import { type CharTest, literalStep, type Matcher, notLineEnd, type PatternStep, type Progress, StepsMatcher } from '../pattern.ts';
import { quoted } from './repository-files.ts';

export interface IgnoreRule {
  /** 1-based line of the ignore file. */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  /** The cleaned pattern, without its `!`. */
  pattern: string;
  /** An exception (`!pattern`): what it matches is sent after all. */
  exception: boolean;
}

/** Why one path of the context is left out. */
export interface Exclusion {
  rule: IgnoreRule;
  /** The folder the rule left out, when it was a folder above the path. */
  folder?: string;
}

const BOM = '\ufeff';
/** What Go's strings.TrimSpace trims: Unicode white space, NEL included. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

function trimSpace(text: string): string {
  return text.replace(GO_SPACE, '');
}

/** Go's path.Clean: the shortest equivalent of a slash-separated path. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts.at(-1) !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** The pattern lines of an ignore file, as Docker reads them (see the module comment). */
function readLines(text: string): Array<{ line: number; text: string; pattern: string }> {
  const lines = text.split('\n');
  if (lines[0]?.startsWith(BOM)) lines[0] = lines[0].slice(BOM.length);
  const read: Array<{ line: number; text: string; pattern: string }> = [];
  lines.forEach((raw, index) => {
    const trimmed = trimSpace(raw);
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const exception = trimmed.startsWith('!');
    let pattern = exception ? trimSpace(trimmed.slice(1)) : trimmed;
    if (pattern !== '') {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    read.push({ line: index + 1, text: trimmed, pattern: exception ? `!${pattern}` : pattern });
  });
  return read;
}

/**
 * Whether Go's filepath.Match accepts the pattern: Docker refuses the whole build otherwise.
 * Returns why not, or undefined.
 */
export function goPatternProblem(pattern: string): string | undefined {
  const chars = [...pattern];
  let index = 0;
  /** One character of a class, escaped or not; false where Go's getEsc fails. */
  const classChar = (): boolean => {
    const char = chars[index];
    if (char === undefined || char === '-' || char === ']') return false;
    if (char === '\\') index++;
    if (chars[index] === undefined) return false;
    index++;
    return index < chars.length;
  };
  while (index < chars.length) {
    const char = chars[index]!;
    if (char === '\\') {
      if (index + 1 >= chars.length) return 'it ends with a lone backslash';
      index += 2;
    } else if (char === '[') {
      index++;
      if (chars[index] === '^') index++;
      let ranges = 0;
      for (;;) {
        if (chars[index] === ']' && ranges > 0) {
          index++;
          break;
        }
        if (!classChar()) return 'a [character class] is empty or not closed';
        if (chars[index] === '-') {
          index++;
          if (!classChar()) return 'a range in a [character class] has no end';
        }
        ranges++;
      }
    } else index++;
  }
  return undefined;
}

/** Characters Docker escapes: they mean something to a regular expression, nothing to a pattern. */
const REGEX_ONLY = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

const SLASH = 0x2f;
const notSlash: CharTest = (char) => char !== SLASH;
const isDigit: CharTest = (char) => char >= 0x30 && char <= 0x39;
const isWord: CharTest = (char) => isDigit(char) || (char >= 0x41 && char <= 0x5a) || (char >= 0x61 && char <= 0x7a) || char === 0x5f;
/** JavaScript's `\s`: white space and line terminators. */
const isSpace: CharTest = (char) =>
  (char >= 0x09 && char <= 0x0d) || char === 0x20 || char === 0xa0 || char === 0x1680 || (char >= 0x2000 && char <= 0x200a) || char === 0x2028 || char === 0x2029 || char === 0x202f || char === 0x205f || char === 0x3000 || char === 0xfeff;
/** The escapes the expression may hold, read as JavaScript reads them (Go's `\s` leaves out `\v` and non-ASCII spaces): classes of characters, */
const CLASS_ESCAPES = new Map<string, CharTest>([
  ['d', isDigit],
  ['D', (char) => !isDigit(char)],
  ['s', isSpace],
  ['S', (char) => !isSpace(char)],
  ['w', isWord],
  ['W', (char) => !isWord(char)],
]);
/** single characters, */
const CHAR_ESCAPES = new Map<string, number>([['t', 0x09], ['n', 0x0a], ['v', 0x0b], ['f', 0x0c], ['r', 0x0d]]);
/** and word boundaries (outside a class; inside one, `\b` is a backspace). */
const wordBoundary = (before: number, after: number): boolean => isWord(before) !== isWord(after);

/** One member of a `[...]` class as written: a character (escaped or not), or a class escape like `\d`. */
type ClassItem = { char: number; raw: boolean } | { test: CharTest };

/**
 * A class as the regular expression reads it: a leading `^` negates, `x-y` is a range. Returns
 * the test, or why the expression is refused.
 */
function classTest(items: readonly ClassItem[]): CharTest | string {
  const isRaw = (item: ClassItem | undefined, char: string): boolean => item !== undefined && 'char' in item && item.raw && item.char === char.codePointAt(0);
  const negated = isRaw(items[0], '^');
  const members: CharTest[] = [];
  for (let index = negated ? 1 : 0; index < items.length; index++) {
    const low = items[index]!;
    const high = items[index + 2];
    if (isRaw(items[index + 1], '-') && high !== undefined) {
      if (!('char' in low) || !('char' in high)) return 'a range in a [character class] ends in a class escape';
      if (low.char > high.char) return 'a range in a [character class] runs backwards';
      members.push((char) => char >= low.char && char <= high.char);
      index += 2;
    } else members.push('char' in low ? (char) => char === low.char : low.test);
  }
  return (char) => members.some((member) => member(char)) !== negated;
}

/** A compiled pattern: its matcher, and the steps it runs when it is more than a string comparison. */
export interface IgnorePattern {
  matches: Matcher;
  steps?: StepsMatcher;
}

/**
 * Compiles a cleaned pattern as Docker's patternmatcher does: an exact, prefix or suffix
 * comparison where it can, else the regular expression Docker builds, read as steps that match
 * in linear time. Throws for what that expression would refuse.
 */
export function compileIgnorePattern(pattern: string): IgnorePattern {
  const chars = [...pattern];
  const steps: PatternStep[] = [];
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  let classItems: ClassItem[] | undefined;
  /** What the regular expression would refuse; reported once the whole pattern is read. */
  let refused: string | undefined;
  const add = (item: ClassItem, step: PatternStep): void => {
    if (classItems) classItems.push(item);
    else steps.push(step);
  };
  for (let index = 0, step = 0; index < chars.length; index++, step++) {
    const char = chars[index]!;
    // Docker writes `[^/]*` inside the class, which then means something else entirely.
    if (classItems && (char === '*' || char === '?')) throw new Error(`a ${char} inside [...] is not matched as written`);
    if (char === '*') {
      if (chars[index + 1] === '*') {
        index++;
        // `**/` counts as `**`.
        if (chars[index + 1] === '/') index++;
        if (index + 1 >= chars.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            steps.push({ kind: 'many', test: notLineEnd });
            kind = 'regexp';
          }
        } else {
          // `(.*/)?`: any number of folders, none included.
          steps.push({ kind: 'optional', length: 2 }, { kind: 'many', test: notLineEnd }, literalStep(SLASH));
          kind = 'regexp';
        }
        if (step === 0) kind = 'suffix';
      } else {
        steps.push({ kind: 'many', test: notSlash });
        kind = 'regexp';
      }
    } else if (char === '?') {
      steps.push({ kind: 'one', test: notSlash });
      kind = 'regexp';
    } else if (char === '\\') {
      const next = chars[index + 1];
      if (next === undefined) {
        add({ char: 0x5c, raw: false }, literalStep(0x5c));
        continue;
      }
      index++;
      kind = 'regexp';
      const escaped = CHAR_ESCAPES.get(next) ?? (classItems && next === 'b' ? 0x08 : undefined);
      const escapedClass = CLASS_ESCAPES.get(next);
      if (!/[A-Za-z0-9]/.test(next) || escaped !== undefined) {
        const literal = escaped ?? next.codePointAt(0)!;
        add({ char: literal, raw: false }, literalStep(literal));
      } else if (escapedClass) add({ test: escapedClass }, { kind: 'one', test: escapedClass });
      else if (next === 'b' || next === 'B') {
        if (classItems) refused ??= `\\${next} inside [...] is an escape Docker's regular expressions refuse`;
        else steps.push({ kind: 'assert', test: next === 'b' ? wordBoundary : (before, after) => !wordBoundary(before, after) });
      } else throw new Error(`\\${next} is an escape Docker's regular expressions refuse`);
    } else if (char === '[' && !classItems) {
      classItems = [];
      kind = 'regexp';
    } else if (char === ']' && classItems) {
      const test = classTest(classItems);
      if (typeof test === 'string') refused ??= test;
      else steps.push({ kind: 'one', test });
      classItems = undefined;
    } else if (char === '^' && !classItems) {
      // Left as it is, `^` asserts the start of the text.
      steps.push({ kind: 'assert', test: (before) => before === -1 });
    } else {
      const raw = !REGEX_ONLY.has(char) && char !== '[' && char !== ']' && char !== '/';
      add({ char: char.codePointAt(0)!, raw }, literalStep(char.codePointAt(0)!));
    }
  }
  if (classItems) refused ??= 'a [character class] is not closed';
  if (refused) throw new Error(refused);
  if (kind === 'exact') return { matches: (path) => path === pattern };
  if (kind === 'prefix') {
    const prefix = pattern.slice(0, -2);
    return { matches: (path) => path.startsWith(prefix) };
  }
  if (kind === 'suffix') {
    const suffix = pattern.slice(2);
    return { matches: (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1)) };
  }
  const matcher = new StepsMatcher(steps);
  return { matches: matcher.matches, steps: matcher };
}

interface CompiledRule extends IgnoreRule, IgnorePattern {}

/** What the walk knows about a folder: which rules matched it, whether it is left out, and why. */
interface FolderState {
  matched: boolean[];
  excluded: boolean;
  decidedBy?: CompiledRule;
  /** Not entered: everything under it is left out. */
  skipped: boolean;
  /** How far each rule's steps got along the path (undefined: no path below can match, or the rule has no steps). */
  progress: Array<Progress | undefined>;
}

export class DockerIgnore {
  /** The ignore file, as a path relative to the repository (for annotations). */
  readonly file: string;
  readonly rules: readonly IgnoreRule[];
  private readonly compiled: CompiledRule[];
  private readonly hasExceptions: boolean;
  private readonly folders = new Map<string, FolderState>();

  /**
   * Reads an ignore file's text. `dockerfile` is the Dockerfile's path relative to the context:
   * Docker always sends it and the ignore file. Throws ConfigurationError for a pattern Docker refuses.
   */
  constructor(text: string, file: string, dockerfile = 'Dockerfile') {
    this.file = file;
    const lines = readLines(text);
    const compiled: CompiledRule[] = [];
    for (const line of lines) {
      // Docker trims and cleans each pattern once more before it compiles it.
      let pattern = cleanPath(trimSpace(line.pattern));
      const exception = pattern.startsWith('!');
      if (exception) {
        if (pattern.length === 1) throw new ConfigurationError(`${file} line ${line.line}: "${quoted(line.text)}" is an exception with no pattern; Docker refuses it`);
        pattern = pattern.slice(1);
      }
      const problem = goPatternProblem(pattern);
      let compiledPattern: IgnorePattern;
      try {
        if (problem) throw new Error(problem);
        compiledPattern = compileIgnorePattern(pattern);
      } catch (error) {
        throw new ConfigurationError(`${file} line ${line.line}: "${quoted(line.text)}" is not a pattern Docker accepts (${(error as Error).message}); docker build fails with it`);
      }
      compiled.push({ line: line.line, text: line.text, pattern, exception, ...compiledPattern });
    }
    this.rules = compiled.map(({ line, text, pattern, exception }) => ({ line, text, pattern, exception }));
    // Docker adds an exception for each of the two files when a rule leaves it out.
    const kept = compiled.slice();
    for (const always of ['.dockerignore', cleanPath(dockerfile)]) {
      if (this.matchOrParents(compiled, always)) kept.push({ line: 0, text: `!${always}`, pattern: always, exception: true, ...compileIgnorePattern(always) });
    }
    this.compiled = kept;
    this.hasExceptions = kept.some((rule) => rule.exception);
  }

  /** Why a path of the context (relative, `/`-separated) is not sent to the builder; undefined when it is. */
  exclusion(path: string, isFolder = false): Exclusion | undefined {
    const clean = cleanPath(path);
    if (clean === '.' || clean.startsWith('../')) return undefined;
    const parts = clean.split('/');
    let parent: FolderState | undefined;
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      parent = this.folder(folder, parent);
      if (parent.skipped) return { rule: parent.decidedBy!, folder };
    }
    const own = isFolder ? this.folder(clean, parent) : this.evaluate(clean, parent);
    return own.excluded ? { rule: own.decidedBy! } : undefined;
  }

  /** Whether the context sends this path (a folder is sent when it or anything under it is). */
  sends(path: string, isFolder = false): boolean {
    return this.exclusion(path, isFolder) === undefined;
  }

  private folder(path: string, parent: FolderState | undefined): FolderState {
    let state = this.folders.get(path);
    if (!state) {
      state = this.evaluate(path, parent);
      if (state.excluded) state.skipped = !this.exceptionUnder(path);
      this.folders.set(path, state);
    }
    return state;
  }

  /** Docker enters a left-out folder only for an exception whose text starts with the folder's path. */
  private exceptionUnder(folder: string): boolean {
    if (!this.hasExceptions) return false;
    return this.compiled.some((rule) => rule.exception && `${rule.pattern}/`.startsWith(`${folder}/`));
  }

  /**
   * One path against every rule, as Docker's walk does: a rule the parent folder matched still
   * matches; otherwise a plain rule is tried only while the path is sent, an exception only while
   * it is left out. At the top level (no parent), a rule may also match one of the path's folders.
   * A rule with steps goes on from where it stood at the parent folder: each name is read once.
   */
  private evaluate(path: string, parent: FolderState | undefined): FolderState {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const progress = this.compiled.map((rule, index) => {
      if (!rule.steps) return undefined;
      if (!parent) return rule.steps.advance(rule.steps.start, path);
      const above = parent.progress[index];
      return above && rule.steps.advance(above, `/${name}`);
    });
    let excluded = false;
    let decidedBy: CompiledRule | undefined;
    const matched = this.compiled.map((rule, index) => {
      let match = parent?.matched[index] ?? false;
      if (!match) {
        if (rule.exception !== excluded) return false;
        const reached = progress[index];
        match = rule.steps ? reached !== undefined && rule.steps.accepts(reached) : rule.matches(path);
        if (!match && !parent) match = this.parentFolders(path).some((folder) => rule.matches(folder));
      }
      if (match) {
        excluded = !rule.exception;
        decidedBy = rule;
      }
      return match;
    });
    return { matched, excluded, skipped: false, progress, ...(decidedBy && { decidedBy }) };
  }

  private parentFolders(path: string): string[] {
    const parts = path.split('/');
    return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
  }

  /** Docker's check for the Dockerfile and the ignore file: any rule, on the path or a folder above it. */
  private matchOrParents(rules: readonly CompiledRule[], path: string): boolean {
    let excluded = false;
    for (const rule of rules) {
      if (rule.exception !== excluded) continue;
      if (rule.matches(path) || this.parentFolders(path).some((folder) => rule.matches(folder))) excluded = !rule.exception;
    }
    return excluded;
  }
}
