/**
 * A Python tokenizer that follows CPython's (3.6 to 3.15) on what matters for finding imports
 * and for telling valid files from invalid ones: indentation (tabs, form feeds, TabError),
 * continuations, brackets, every string form (prefixes, triple quotes, f-strings with the
 * nesting 3.12 allows, 3.14's t-strings), numbers (leading zeros are an error), Unicode identifiers.
 */

export type TokenType = 'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'end';

export interface Token {
  type: TokenType;
  value: string;
  /** 1-based line and 0-based column (in characters) where the token starts. */
  line: number;
  col: number;
  /** For strings: the lower-cased prefix (`''`, `'b'`, `'rb'`, `'f'`...). */
  prefix?: string;
  /** For strings: the text between the quotes. */
  body?: string;
}

export class PythonSyntaxError extends Error {
  override name = 'PythonSyntaxError';
  readonly line: number;
  readonly col: number;

  constructor(message: string, line: number, col: number) {
    super(`${message} (line ${line})`);
    this.line = line;
    this.col = col;
  }
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~',
];
/** Operators by their first character, longest first, so one lookup finds the candidates. */
const OPERATORS_BY_FIRST = new Map<string, string[]>();
for (const op of OPERATORS) OPERATORS_BY_FIRST.set(op[0]!, [...(OPERATORS_BY_FIRST.get(op[0]!) ?? []), op]);
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);
/** CPython's tokenizer refuses deeper bracket nesting (MAXLEVEL). */
const MAX_NESTING = 200;
/** What an ASCII character means to skipBlock: most mean nothing. */
const PLAIN = 0;
const LINE_BREAK = 1;
const COMMENT = 2;
const BACKSLASH = 3;
const OPENER = 4;
const CLOSER = 5;
const QUOTE = 6;
const BODY_CHARS = new Uint8Array(0x80);
for (const [chars, kind] of [['\n\r', LINE_BREAK], ['#', COMMENT], ['\\', BACKSLASH], ['([{', OPENER], [')]}', CLOSER], ['"\'', QUOTE]] as const) {
  for (const char of chars) BODY_CHARS[char.charCodeAt(0)] = kind;
}
/** The characters skim() looks at; it reads past all others. */
const SKIM_STOPS = new Uint8Array(0x80);
for (const char of '\n\r#\\()[]{}"\'=;:') SKIM_STOPS[char.charCodeAt(0)] = 1;
/** `def name` (or `async def name`) right before its `(`, as skimMember looks for a method. */
const METHOD_HEAD = /(?:async[ \t]+)?def[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*(?=\()/y;
/** Characters that make an `=` after them part of another operator (`==`, `<=`, `+=`, `:=`...). */
const BEFORE_EQUALS = new Set([0x3d, 0x21, 0x3c, 0x3e, 0x3a, 0x2b, 0x2d, 0x2a, 0x2f, 0x25, 0x26, 0x7c, 0x5e, 0x40]);
/**
 * Text the parser must see even where import-time code is skimmed: literal dynamic imports. (So
 * must `:=`, which binds a module name from inside any expression: skim() watches for it.)
 */
const SKIM_TRIGGERS = ['import_module', '__import__'];

/** Whether text holds a literal dynamic import (see SKIM_TRIGGERS). */
function holdsTrigger(region: string): boolean {
  return region.includes('import') && SKIM_TRIGGERS.some((trigger) => region.includes(trigger));
}
/** What a statement is to importsOnly: read as usual, a `def`, a decorator, or any other. */
type StatementKind = 'read' | 'definition' | 'decorator' | 'simple';

/**
 * Whether skipped text holds what importsOnly must read: a `;` (a statement after it may
 * import), `:=` or a literal dynamic import. Looked for anywhere, strings included: at worst a
 * statement is read that need not have been.
 */
function mustBeRead(region: string): boolean {
  return region.includes(';') || region.includes(':=') || holdsTrigger(region);
}

/** The first word of a line. */
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const ASYNC_DEF = /async[ \t]+def\b/y;
/**
 * Words that start the statements ending a handler that ends the program (`raise`, `sys.exit()`,
 * `exit()`, `quit()`, `os._exit()`): read, so a guard says the same as in a full parse.
 */
const PROGRAM_ENDS = ['raise', 'sys', 'exit', 'quit', 'os'];
/**
 * Words that start a line importsOnly reads as usual: imports (with 3.15's `lazy import`; a
 * statement that starts with the name `lazy` otherwise is rare enough to be read as well), the
 * compound statements whose bodies run on import or that guard them (`match` and `case` may be
 * either), and `print` and `exec`, whose Python 2 statements are the commonest reason an
 * installed module does not parse, and what may end a program (PROGRAM_ENDS).
 */
const READ_STATEMENTS = new Set(['import', 'from', 'lazy', 'if', 'elif', 'else', 'try', 'except', 'finally', 'with', 'for', 'while', 'class', 'async', 'match', 'case', 'print', 'exec', ...PROGRAM_ENDS]);
/** What skipping by lines looks for within a line: where strings, escapes and comments start. */
const MARKS = ['"', "'", '\\', '#'];
export const HARD_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
/** Template string prefixes (PEP 750), from 3.14 on. */
const TEMPLATE_PREFIXES = new Set(['t', 'tr', 'rt']);
/** The prefix letters CPython's tokenizer (3.14 on) refuses together, in the order it checks them. */
const INCOMPATIBLE_PREFIXES = [['u', 'b'], ['u', 'r'], ['u', 'f'], ['u', 't'], ['b', 'f'], ['b', 't'], ['f', 't']] as const;

/** Whether a word is made of distinct prefix letters: from 3.14 on, a prefix before a quote, valid or not. */
function prefixLetters(word: string): boolean {
  return word.length <= 5 && /^[brutf]+$/i.test(word) && new Set(word.toLowerCase()).size === word.length;
}

/** The first pair of a word's prefix letters that CPython refuses together (a word of them that is no valid prefix has one). */
function incompatiblePrefixes(word: string): readonly [string, string] {
  const letters = word.toLowerCase();
  return INCOMPATIBLE_PREFIXES.find(([a, b]) => letters.includes(a) && letters.includes(b))!;
}
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
/** Keywords that may directly follow a number (`1if x else 2`): CPython warns, but accepts. */
const AFTER_NUMBER_KEYWORDS = /^(and|else|for|if|in|is|not|or)(?![\p{XID_Continue}])/u;

const NUMBER = new RegExp(
  [
    '0[xX](?:_?[0-9a-fA-F])+',
    '0[oO](?:_?[0-7])+',
    '0[bB](?:_?[01])+',
    // floats and imaginaries before integers, so the longest form wins
    '(?:(?:[0-9](?:_?[0-9])*)?\\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\\.)(?:[eE][-+]?[0-9](?:_?[0-9])*)?[jJ]?',
    '[0-9](?:_?[0-9])*[eE][-+]?[0-9](?:_?[0-9])*[jJ]?',
    '[0-9](?:_?[0-9])*[jJ]',
    '[1-9](?:_?[0-9])*',
    '0+(?:_?0)*',
  ].join('|'),
  'y',
);

/** The strings whose replacement fields hold expressions, as CPython's messages name them. */
type Interpolated = 'f-string' | 't-string';

/** Which kind of interpolated string a (lower-cased, valid) prefix starts, if any. */
function interpolated(prefix: string): Interpolated | undefined {
  return prefix.includes('f') ? 'f-string' : prefix.includes('t') ? 't-string' : undefined;
}

function isIdentifierChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code >= 0x80;
}

function isIdentifierStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code >= 0x80;
}

interface Bracket {
  char: string;
  line: number;
  col: number;
}

export interface TokenizeOptions {
  /**
   * Read only what import-time code needs, for code where nothing else counts (installed
   * packages): the body of every `def` becomes `pass`, the parameters and bases of `def` and
   * `class` headers become `()`, each decorator `@_`, and the value of a plain assignment
   * (`name = value`) `None`. Skipped text is still read past, strings and brackets included,
   * but yields no tokens, so syntax errors inside it go unnoticed. Text that holds a literal
   * dynamic import or `:=` is never skipped but a function body: it keeps its imports and bindings.
   */
  skipFunctionBodies?: boolean;
  /**
   * Further, for code whose module names nothing reads (an installed module that is not a
   * package's `__init__`): only what can hold or guard an import-time import is read. Any other
   * statement (a `def` with its body, an assignment, an expression, a decorator) is read past
   * with the lines indented below it, as function bodies are, and a run of them becomes one
   * `pass`; but one whose text holds `;`, `:=` or a literal dynamic import is read, unless it
   * is a `def`. A syntax error in what is read past goes unnoticed, but for Python 2's `print`
   * and `exec` statements. Implies skipFunctionBodies.
   */
  importsOnly?: boolean;
}

/** Tokenizes decoded source for Python 3.`minor`. Throws PythonSyntaxError where CPython would refuse the file. */
export function tokenize(text: string, minor: number, options: TokenizeOptions = {}): Token[] {
  const importsOnly = options.importsOnly === true;
  if (options.skipFunctionBodies !== true && !importsOnly) return new Tokenizer(text, minor, 'none', false).run();
  try {
    return new Tokenizer(text, minor, 'by-lines', importsOnly).run();
  } catch (error) {
    // A body skipped by its lines may have ended inside brackets, which always surfaces as an
    // error further on (an unmatched closer): read its bodies again, character by character.
    if (error instanceof PythonSyntaxError) return new Tokenizer(text, minor, 'by-characters', importsOnly).run();
    throw error;
  }
}

/**
 * How function bodies are skipped, when they are: 'by-lines' trusts indentation and looks
 * within a line only at quotes, backslashes and `#`; 'by-characters' also follows brackets.
 */
type BodySkip = 'none' | 'by-lines' | 'by-characters';

/** The column measureIndent found last: a second result, kept out of a tuple the hottest loops would allocate per line. */
let measuredColumn = 0;

/**
 * Where the first non-blank character of the line that starts at `from` is; its indentation
 * (tabs to multiples of 8) is left in measuredColumn.
 */
function measureIndent(text: string, from: number): number {
  let column = 0;
  let at = from;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x20) column++;
    else if (code === 0x09) column = (Math.floor(column / 8) + 1) * 8;
    else if (code === 0x0c) column = 0;
    else break;
  }
  measuredColumn = column;
  return at;
}

const SPACES: string[] = [];

/** `indent` spaces. */
function indentSpaces(indent: number): string {
  return (SPACES[indent] ??= ' '.repeat(indent));
}

/** V8 cuts substrings this long as views of the whole string, which they then keep alive. */
const SHARED_SLICE_LENGTH = 13;

/**
 * `value` in memory of its own. A name or string kept in a scan's result must not keep the
 * whole source alive (and copied by every garbage collection) as long as the result lives.
 */
export function ownString(value: string): string {
  return value.length < SHARED_SLICE_LENGTH ? value : (' ' + value).slice(1);
}

function startsStatement(token: Token | undefined): boolean {
  return token === undefined || token.type === 'newline' || token.type === 'indent' || token.type === 'dedent';
}

class Tokenizer {
  private readonly text: string;
  private readonly minor: number;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];
  private readonly brackets: Bracket[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly skipFunctionBodies: boolean;
  private readonly importsOnly: boolean;
  /**
   * The line before was a decorator read as usual (it holds a trigger, or follows one that
   * did): what it decorates must be read too, or the parser would find a decorator on `pass`.
   */
  private decoratorRead = false;
  /** Within a `def` header, at its closing colon, and when its indented body is next. */
  private defState: 'none' | 'header' | 'colon' | 'body-next' = 'none';
  /** Index of the first token of the current logical line, and of the last line whose value skimValue tried. */
  private lineFirst = 0;
  private valueTried = -1;
  /** When skimming: for each indented block, the first word of the line that opened it. */
  private readonly blocks: string[] = [];

  /** Whether the text's line breaks are all `\n`, so that a native search finds each one. */
  private readonly lineFeedsOnly: boolean;
  /** Whether the text holds a form feed, which sets a line's indentation back to 0. */
  private readonly formFeeds: boolean;
  /** Whether skipBlock may go by lines (see BodySkip). */
  private readonly byLines: boolean;
  /** Where the next `"`, `'`, `\\` and `#` are: found by native search, looked for again only once passed. */
  private readonly nextFound = [-1, -1, -1, -1];
  /** The nearest of those: good while at or after the position asked (see nextMark). */
  private markFound = -1;

  constructor(text: string, minor: number, bodies: BodySkip, importsOnly: boolean) {
    this.text = text;
    this.minor = minor;
    this.skipFunctionBodies = bodies !== 'none';
    this.importsOnly = importsOnly;
    this.lineFeedsOnly = !text.includes('\r');
    this.formFeeds = text.includes('\f');
    this.byLines = bodies === 'by-lines' && this.lineFeedsOnly;
  }

  private error(message: string, line = this.line, col = this.pos - this.lineStart): never {
    throw new PythonSyntaxError(message, line, col);
  }

  private push(type: TokenType, value: string, line: number, col: number): Token {
    const token: Token = { type, value, line, col };
    if (this.skipFunctionBodies) this.trackDef(token);
    this.tokens.push(token);
    return token;
  }

  /** Follows `[async] def name(...) -> T:` at the start of a statement up to a body on the lines below. */
  private trackDef(token: Token): void {
    if (this.defState === 'colon') {
      // A body on the header's own line is kept: it is one line.
      this.defState = token.type === 'newline' ? 'body-next' : 'none';
    } else if (this.defState === 'header') {
      if (token.type === 'op' && token.value === ':' && this.brackets.length === 0) this.defState = 'colon';
      else if (token.type === 'newline') this.defState = 'none';
    } else if (token.type === 'name' && token.value === 'def' && this.brackets.length === 0) {
      const previous = this.tokens.at(-1);
      if (startsStatement(previous) || (previous!.type === 'name' && previous!.value === 'async' && startsStatement(this.tokens.at(-2)))) this.defState = 'header';
    }
  }

  /** The position of the next MARKS[which] at or after pos; the text's length for none. */
  private nextOf(which: number, pos: number): number {
    let at = this.nextFound[which]!;
    if (at < pos) {
      at = this.text.indexOf(MARKS[which]!, pos);
      if (at === -1) at = this.text.length;
      this.nextFound[which] = at;
    }
    return at;
  }

  /**
   * The position of the next quote, backslash or `#` at or after pos; the text's length for
   * none. Each was found from a place at or before pos, so the nearest, once at or after pos, is it.
   */
  private nextMark(pos: number): number {
    let mark = this.markFound;
    if (mark < pos) {
      mark = Math.min(this.nextOf(0, pos), this.nextOf(1, pos), this.nextOf(2, pos), this.nextOf(3, pos));
      this.markFound = mark;
    }
    return mark;
  }

  /** Forgets the marks found ahead, which were found from further on than a rewind goes back to. */
  private forgetMarks(): void {
    this.nextFound.fill(-1);
    this.markFound = -1;
  }

  /** Counts the line breaks in [from, to), as newline() would have. */
  private countLines(from: number, to: number): void {
    for (let at = this.text.indexOf('\n', from); at !== -1 && at < to; at = this.text.indexOf('\n', at + 1)) {
      this.line++;
      this.lineStart = at + 1;
    }
  }

  /**
   * skipBlock for text whose line breaks are all `\n`: native searches find each line break and
   * each quote, backslash or `#`, and only those are looked at. Brackets are not followed: a line
   * inside them indented less than the block ends it early, and the closer that follows is then
   * unmatched, an error that makes tokenize() read the file again with brackets followed.
   */
  private skipBlockByLines(indent: number): void {
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    const spaces = this.formFeeds ? undefined : indentSpaces(indent);
    for (;;) {
      // Most lines hold no mark: their end is the next line break.
      let end = text.indexOf('\n', pos);
      if (end === -1) end = length;
      if (this.nextMark(pos) < end) {
        this.pos = pos;
        this.readLineAsCode();
        end = this.pos;
      }
      if (end >= length) {
        this.pos = end;
        return;
      }
      pos = end + 1;
      this.line++;
      this.lineStart = pos;
      // A line that starts with the block's indentation in spaces is in it (a form feed could reset its column).
      if (spaces !== undefined && text.startsWith(spaces, pos)) continue;
      const at = measureIndent(text, pos);
      if (at >= length) {
        this.pos = at;
        return;
      }
      const next = text.charCodeAt(at);
      if (next !== 0x23 && next !== 0x0a && measuredColumn < indent) {
        this.pos = pos;
        return;
      }
      pos = at;
    }
  }

  /** From pos to the `\n` that ends a line of code, past its strings, comment and continuations. */
  private readLineAsCode(): void {
    const text = this.text;
    for (;;) {
      let end = text.indexOf('\n', this.pos);
      if (end === -1) end = text.length;
      const mark = this.nextMark(this.pos);
      if (mark >= end) {
        this.pos = end;
        return;
      }
      this.pos = mark;
      const code = text.charCodeAt(mark);
      if (code === 0x23) {
        this.pos = end;
        return;
      }
      if (code === 0x5c) {
        this.pos++;
        if (text.charCodeAt(this.pos) === 0x0a) this.newline();
        else this.pos++;
      } else this.skipString();
    }
  }

  /**
   * Reads past an indented block whose INDENT was just emitted, to the first logical line
   * indented less than `indent` (left for indentation() to measure), emitting nothing.
   */
  private skipBlock(indent: number): void {
    if (this.byLines) {
      this.skipBlockByLines(indent);
      return;
    }
    const text = this.text;
    const length = text.length;
    let depth = 0;
    // The hottest loop of a skim: a local position, and one table lookup per character.
    let pos = this.pos;
    while (pos < length) {
      const code = text.charCodeAt(pos);
      const kind = code < 0x80 ? BODY_CHARS[code]! : PLAIN;
      if (kind === PLAIN) {
        pos++;
      } else if (kind === LINE_BREAK) {
        this.pos = pos;
        this.newline();
        pos = this.pos;
        if (depth > 0) continue;
        // A new logical line: measure its indentation, skipping blank and comment-only lines.
        const at = measureIndent(text, pos);
        if (at >= length) {
          this.pos = at;
          return;
        }
        const next = text.charCodeAt(at);
        if (next === 0x23 || next === 0x0a || next === 0x0d) continue;
        if (measuredColumn < indent) {
          this.pos = pos;
          return;
        }
        pos = at;
      } else if (kind === OPENER) {
        depth++;
        pos++;
      } else if (kind === CLOSER) {
        if (depth > 0) depth--;
        pos++;
      } else {
        this.pos = pos;
        if (kind === COMMENT) this.skipComment();
        else if (kind === QUOTE) this.skipString();
        else {
          // A backslash: a continuation, or an escape of the next character.
          this.pos++;
          const next = text.charCodeAt(this.pos);
          if (next === 0x0a || next === 0x0d) this.newline();
          else this.pos++;
        }
        pos = this.pos;
      }
    }
    this.pos = pos;
  }

  /**
   * Puts the position (and line count) back to a place saved before; returns false, for
   * `return this.rewind(...)`. A method, not a closure per skim: a fresh closure each time
   * makes the optimized skim give way again and again.
   */
  private rewind(pos: number, line: number, lineStart: number): false {
    this.pos = pos;
    this.line = line;
    this.lineStart = lineStart;
    return false;
  }

  /**
   * Reads past import-time text the parser need not see, emitting nothing: with `until` 'value',
   * the rest of a logical line that holds no other `=` or `;`; with 'header', a `def` or `class`
   * header from its `(` through its `:`. Returns false, having moved nothing, where that text
   * is not there to skip or must be read: a trigger or `:=` in it, an unmatched bracket, a stray `\`.
   */
  private skim(until: 'value' | 'header'): boolean {
    const text = this.text;
    const length = text.length;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    let depth = 0;
    let done = false;
    while (this.pos < length && !done) {
      const code = text.charCodeAt(this.pos);
      if (code === 0x0a || code === 0x0d) {
        if (depth === 0) {
          if (until === 'header') return this.rewind(start, startLine, startLineStart);
          break;
        }
        this.newline();
      } else if (code === 0x23) {
        this.skipComment();
      } else if (code === 0x5c) {
        const next = text.charCodeAt(this.pos + 1);
        if (next !== 0x0a && next !== 0x0d) return this.rewind(start, startLine, startLineStart);
        this.pos++;
        this.newline();
      } else if (code === 0x28 || code === 0x5b || code === 0x7b) {
        depth++;
        this.pos++;
      } else if (code === 0x29 || code === 0x5d || code === 0x7d) {
        if (depth === 0) return this.rewind(start, startLine, startLineStart);
        depth--;
        this.pos++;
      } else if (code === 0x22 || code === 0x27) {
        this.skipString();
      } else if (code === 0x3d || code === 0x3b) {
        // A second `=` (chained assignment) or a `;` ends what one placeholder can stand for.
        if (depth > 0) this.pos++;
        else if (code === 0x3b) return this.rewind(start, startLine, startLineStart);
        else if (text.charCodeAt(this.pos + 1) === 0x3d) this.pos += 2;
        else if (BEFORE_EQUALS.has(text.charCodeAt(this.pos - 1))) this.pos++;
        else return this.rewind(start, startLine, startLineStart);
      } else if (code === 0x3a) {
        if (text.charCodeAt(this.pos + 1) === 0x3d) return this.rewind(start, startLine, startLineStart);
        this.pos++;
        if (depth === 0 && until === 'header') done = true;
      } else {
        let pos = this.pos + 1;
        while (pos < length) {
          const next = text.charCodeAt(pos);
          if (next < 0x80 && SKIM_STOPS[next] === 1) break;
          pos++;
        }
        this.pos = pos;
      }
    }
    if (until === 'header' && !done) return this.rewind(start, startLine, startLineStart);
    if (depth > 0 || holdsTrigger(text.slice(start, this.pos))) return this.rewind(start, startLine, startLineStart);
    return true;
  }

  /**
   * For importsOnly, at the first character of a logical line: reads past the statements at
   * this indentation, from here on, that can neither hold nor guard an import-time import (see
   * TokenizeOptions), each with the lines indented below it (a `def`'s body, a bracket's
   * continuation), and emits one `pass` for them. False, having moved nothing, when the first of
   * them must be read as usual. Lines are skipped as function bodies are: see skipBlockByLines.
   */
  private skimStatements(decorated: boolean): boolean {
    const text = this.text;
    const indent = this.indents.at(-1)!;
    const line = this.line;
    const col = this.pos - this.lineStart;
    /** The statement being skipped: where it and its line start, and whether it is the run's first. */
    let statement = { pos: this.pos, line: this.line, lineStart: this.lineStart, kind: 'simple' as StatementKind, first: true };
    let first = true;
    for (;;) {
      let kind = this.statementKind();
      // A closing bracket at the statement's own indentation (`) -> T:` under a `def f(`) continues it.
      const continued = kind === 'continuation' && !first;
      if (continued) kind = statement.kind;
      else if (kind === 'continuation') kind = 'simple';
      if (kind === 'read' || (first && decorated && kind !== 'simple')) {
        // A later statement is read from its line's start, for indentation() to measure.
        if (!first) this.pos = this.lineStart;
        break;
      }
      if (!continued) statement = { pos: this.pos, line: this.line, lineStart: this.lineStart, kind, first };
      this.skipBlock(indent + 1);
      // Nothing in a function runs on import; anything else must not hide a statement or a binding import.
      if (kind !== 'definition' && mustBeRead(text.slice(statement.pos, this.pos))) {
        // The marks found ahead were found from further on: look for them again from here.
        this.forgetMarks();
        first = statement.first;
        this.rewind(first ? statement.pos : statement.lineStart, statement.line, statement.lineStart);
        break;
      }
      first = false;
      const at = measureIndent(text, this.pos);
      if (at >= text.length || measuredColumn !== indent) break;
      this.lineStart = this.pos;
      this.pos = at;
    }
    if (first) return false;
    this.push('name', 'pass', line, col);
    this.push('newline', '', line, col);
    return true;
  }

  /** What the statement at pos is to skimStatements, or a line that continues the one before. */
  private statementKind(): StatementKind | 'continuation' {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === 0x40) return 'decorator';
    if (code === 0x29 || code === 0x5d || code === 0x7d) return 'continuation';
    if (code >= 0x80 || !isIdentifierStart(code)) return 'simple';
    WORD.lastIndex = start;
    const word = WORD.exec(text)![0];
    const after = text.charCodeAt(start + word.length);
    // A string prefix starts an expression statement, not a word.
    if (after === 0x22 || after === 0x27) return 'simple';
    if (word === 'def') return 'definition';
    if (word === 'async') {
      ASYNC_DEF.lastIndex = start;
      return ASYNC_DEF.test(text) ? 'definition' : 'read';
    }
    return READ_STATEMENTS.has(word) ? 'read' : 'simple';
  }

  /**
   * At the start of a line inside a class: a method, header and indented body, becomes `pass`; a
   * decorator line nothing. False, having moved nothing, for anything else, where skim() would
   * not skip the header or decorator, or below a decorator read as usual (then the line is read
   * as usual).
   */
  private skimMember(decorated: boolean): boolean {
    const text = this.text;
    const start = this.pos;
    const line = this.line;
    const lineStart = this.lineStart;
    if (decorated) return false;
    if (text.charCodeAt(start) === 0x40) {
      this.pos++;
      return this.skim('value') || this.rewind(start, line, lineStart);
    }
    METHOD_HEAD.lastIndex = start;
    const head = METHOD_HEAD.exec(text);
    if (!head) return false;
    this.pos = start + head[0].length;
    if (!this.skim('header')) return this.rewind(start, line, lineStart);
    // A body on the header's own line is read as usual.
    let at = this.pos;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
    const next = text.charCodeAt(at);
    if (next !== 0x0a && next !== 0x0d && next !== 0x23) return this.rewind(start, line, lineStart);
    this.pos = at;
    this.push('name', 'pass', line, start - lineStart);
    this.push('newline', '', line, start - lineStart);
    this.skipBlock(this.indents.at(-1)! + 1);
    return true;
  }

  /** At a `(` of a `def` or `class` header at the start of a line: `()` and the `:` stand for the header's rest. */
  private skimHeader(): boolean {
    const tokens = this.tokens;
    const count = tokens.length - this.lineFirst;
    const keyword = tokens[tokens.length - 2];
    if (tokens.at(-1)?.type !== 'name' || keyword?.type !== 'name' || (keyword.value !== 'def' && keyword.value !== 'class')) return false;
    if (count !== 2 && !(count === 3 && keyword.value === 'def' && tokens[this.lineFirst]!.value === 'async')) return false;
    const line = this.line;
    const col = this.pos - this.lineStart;
    if (!this.skim('header')) return false;
    this.push('op', '(', line, col);
    this.push('op', ')', line, col + 1);
    this.push('op', ':', this.line, this.pos - 1 - this.lineStart);
    return true;
  }

  /** After the `=` of a plain assignment or a decorator's `@` that starts its line: `None` stands for the rest of it. */
  private skimValue(after: Token): void {
    const first = this.tokens[this.lineFirst]!;
    const decorator = after.value === '@' && first === after;
    const assignment = after.value === '=' && first.type === 'name' && first.value !== '__all__' && this.brackets.length === 0 && this.defState === 'none' && !HARD_KEYWORDS.has(first.value);
    // Only the line's first `=`: a later one belongs to the value the first gave up on (`lambda x=1: x`).
    if ((!decorator && !assignment) || this.valueTried === this.lineFirst) return;
    this.valueTried = this.lineFirst;
    const line = this.line;
    const col = this.pos - this.lineStart;
    while (this.text.charCodeAt(this.pos) === 0x20 || this.text.charCodeAt(this.pos) === 0x09) this.pos++;
    const code = this.text.charCodeAt(this.pos);
    // Nothing to skip at the end of a line, or where the value is `yield` (refused at import time).
    if (code === 0x0a || code === 0x0d || code === 0x23 || Number.isNaN(code) || this.text.startsWith('yield', this.pos)) return;
    if (this.skim('value')) this.push('name', decorator ? '_' : 'None', line, col);
  }

  /** The string prefix (`rb`, `f`...) that ends right before a quote at `quote`, lower-cased; '' for none. */
  private prefixBefore(quote: number): string {
    let start = quote;
    while (start > 0 && quote - start < 3 && isIdentifierChar(this.text.charCodeAt(start - 1))) start--;
    // A longer word before the quote is a keyword (`elif"x"`), not a prefix.
    if (start > 0 && isIdentifierChar(this.text.charCodeAt(start - 1))) return '';
    const prefix = this.text.slice(start, quote).toLowerCase();
    return this.isPrefix(prefix) ? prefix : '';
  }

  /** Past a string whose opening quote is at pos, as string() reads it, without a token. */
  private skipString(): void {
    const line = this.line;
    const col = this.pos - this.lineStart;
    const text = this.text;
    const quote = text.charCodeAt(this.pos);
    const triple = text.charCodeAt(this.pos + 1) === quote && text.charCodeAt(this.pos + 2) === quote;
    const delimiter = quote === 0x22 ? (triple ? '"""' : '"') : triple ? "'''" : "'";
    // Only 3.12's f-strings (and 3.14's t-strings) are read differently; a prefix needs looking at only then.
    const prefix = this.minor >= 12 && isIdentifierChar(text.charCodeAt(this.pos - 1)) ? this.prefixBefore(this.pos) : '';
    this.pos += delimiter.length;
    const kind = interpolated(prefix);
    if (kind) this.fstringBody(delimiter, prefix.includes('r'), line, col, kind);
    else this.plainBody(delimiter, line, col);
    this.pos += delimiter.length;
  }

  /** Whether a word (lower-cased) right before a quote is a string prefix in this version. */
  private isPrefix(word: string): boolean {
    return STRING_PREFIXES.has(word) || (this.minor >= 14 && TEMPLATE_PREFIXES.has(word));
  }

  /** Moves to the line break that ends a comment (or to the end of the text). */
  private skipComment(): void {
    const text = this.text;
    const newline = text.indexOf('\n', this.pos);
    const end = newline === -1 ? text.length : newline;
    // A lone \r also ends a line; look for one only up to the \n, not through the whole file.
    let at = this.pos;
    while (at < end && text.charCodeAt(at) !== 0x0d) at++;
    this.pos = at;
  }

  /** Consumes one line break (\n, \r\n or \r) at pos. */
  private newline(): void {
    if (this.text.charCodeAt(this.pos) === 0x0d && this.text.charCodeAt(this.pos + 1) === 0x0a) this.pos += 2;
    else this.pos += 1;
    this.line++;
    this.lineStart = this.pos;
  }

  run(): Token[] {
    if (this.text.includes('\0')) this.error('source code cannot contain null bytes', 1, 0);
    const length = this.text.length;
    let atLineStart = true;
    let lineHasTokens = false;
    while (this.pos < length) {
      if (atLineStart && this.brackets.length === 0) {
        if (!this.indentation()) continue; // a blank or comment-only line: nothing to emit
        atLineStart = false;
        this.lineFirst = this.tokens.length;
        if (this.defState === 'body-next') {
          this.defState = 'none';
          const indent = this.tokens.at(-1);
          if (indent?.type === 'indent') {
            // The function's body, as far as the parser is told: `pass`.
            this.push('name', 'pass', this.line, this.pos - this.lineStart);
            this.push('newline', '', this.line, this.pos - this.lineStart);
            this.skipBlock(this.indents.at(-1)!);
            atLineStart = true;
            continue;
          }
        }
        const decorated = this.decoratorRead;
        this.decoratorRead = false;
        if (this.importsOnly && this.skimStatements(decorated)) {
          atLineStart = true;
          continue;
        }
        // A method binds no module name: in a class body, it need not be read at all.
        if (this.skipFunctionBodies && this.blocks.includes('class') && this.skimMember(decorated)) {
          atLineStart = true;
          continue;
        }
        this.decoratorRead = this.skipFunctionBodies && this.text.charCodeAt(this.pos) === 0x40;
      }
      const code = this.text.charCodeAt(this.pos);
      const ch = this.text[this.pos]!;
      if (ch === ' ' || ch === '\t' || ch === '\f') {
        this.pos++;
      } else if (ch === '#') {
        this.skipComment();
      } else if (ch === '\n' || ch === '\r') {
        if (this.brackets.length === 0 && lineHasTokens) {
          this.push('newline', '', this.line, this.pos - this.lineStart);
          lineHasTokens = false;
        }
        this.newline();
        if (this.brackets.length === 0) atLineStart = true;
      } else if (ch === '\\') {
        const next = this.text[this.pos + 1];
        if (next === '\n' || next === '\r') {
          this.pos++;
          this.newline();
          if (this.pos >= length) this.error('unexpected EOF while parsing');
        } else if (next === undefined) {
          this.error('unexpected EOF while parsing');
        } else this.error('unexpected character after line continuation character');
      } else if (isIdentifierStart(code)) {
        this.nameOrString();
        lineHasTokens = true;
      } else if ((code >= 0x30 && code <= 0x39) || (ch === '.' && /[0-9]/.test(this.text[this.pos + 1] ?? ''))) {
        this.number();
        lineHasTokens = true;
      } else if (ch === '"' || ch === "'") {
        this.string('', this.pos);
        lineHasTokens = true;
      } else {
        lineHasTokens = true;
        if (code === 0x28 && this.skipFunctionBodies && this.brackets.length === 0 && this.skimHeader()) continue;
        this.operator();
      }
    }
    if (this.brackets.length > 0) {
      const open = this.brackets.at(-1)!;
      this.error(`'${open.char}' was never closed`, open.line, open.col);
    }
    if (lineHasTokens) this.push('newline', '', this.line, this.pos - this.lineStart);
    for (let i = 1; i < this.indents.length; i++) this.push('dedent', '', this.line, 0);
    this.push('end', '', this.line, 0);
    return this.tokens;
  }

  /**
   * Measures the indentation of a new logical line and emits INDENT / DEDENT. Returns false
   * (having consumed the line) when the line is blank or holds only a comment.
   */
  private indentation(): boolean {
    let col = 0;
    let altCol = 0;
    const length = this.text.length;
    for (; this.pos < length; this.pos++) {
      const ch = this.text[this.pos];
      if (ch === ' ') {
        col++;
        altCol++;
      } else if (ch === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        altCol++;
      } else if (ch === '\f') {
        col = 0;
        altCol = 0;
      } else break;
    }
    const ch = this.text[this.pos];
    if (ch === undefined) return false;
    if (ch === '#' || ch === '\n' || ch === '\r') {
      while (this.pos < length && this.text[this.pos] !== '\n' && this.text[this.pos] !== '\r') this.pos++;
      if (this.pos < length) this.newline();
      return false;
    }
    const top = this.indents.at(-1)!;
    if (col > top) {
      if (altCol <= this.altIndents.at(-1)!) this.error('inconsistent use of tabs and spaces in indentation');
      this.indents.push(col);
      // The first word of the line above names the block: `class`, `if`, `def`...
      if (this.skipFunctionBodies) this.blocks.push(this.tokens[this.lineFirst]?.value ?? '');
      this.altIndents.push(altCol);
      this.push('indent', '', this.line, 0);
    } else if (col < top) {
      while (col < this.indents.at(-1)!) {
        this.indents.pop();
        this.blocks.pop();
        this.altIndents.pop();
        this.push('dedent', '', this.line, 0);
      }
      if (col !== this.indents.at(-1)) this.error('unindent does not match any outer indentation level');
      if (altCol !== this.altIndents.at(-1)) this.error('inconsistent use of tabs and spaces in indentation');
    } else if (altCol !== this.altIndents.at(-1)) {
      this.error('inconsistent use of tabs and spaces in indentation');
    }
    return true;
  }

  private nameOrString(): void {
    const start = this.pos;
    const length = this.text.length;
    let end = start;
    let ascii = true;
    for (let code = this.text.charCodeAt(end); end < length && isIdentifierChar(code); code = this.text.charCodeAt(++end)) if (code >= 0x80) ascii = false;
    const word = ownString(this.text.slice(start, end));
    const quote = this.text[end];
    if ((quote === '"' || quote === "'") && this.isPrefix(word.toLowerCase())) {
      this.pos = end;
      this.string(word.toLowerCase(), start);
      return;
    }
    if ((quote === '"' || quote === "'") && this.minor >= 14 && prefixLetters(word)) {
      this.error(`'${incompatiblePrefixes(word).join("' and '")}' prefixes are incompatible`, this.line, start - this.lineStart);
    }
    if ((quote === '"' || quote === "'") && /^(ur|ru)$/i.test(word)) this.error('invalid string prefix');
    // ASCII letters, digits and _ after a non-digit start are always an identifier: skip the Unicode checks.
    if (ascii) {
      this.push('name', word, this.line, start - this.lineStart);
      this.pos = end;
      return;
    }
    if (!IDENTIFIER.test(word)) {
      for (const char of word) {
        if (!/[\p{XID_Continue}]/u.test(char) || (char === word[0] && !/[\p{XID_Start}_]/u.test(char))) {
          this.error(`invalid character '${char}' (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`, this.line, start - this.lineStart);
        }
      }
      this.error('invalid character in identifier', this.line, start - this.lineStart);
    }
    this.push('name', word.normalize('NFKC'), this.line, start - this.lineStart);
    this.pos = end;
  }

  private number(): void {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.text);
    if (!match) this.error('invalid decimal literal');
    let end = start + match[0].length;
    const value = match[0];
    const next = this.text.charCodeAt(end);
    if (next >= 0x30 && next <= 0x39 && /^0+(?:_?0)*$/.test(value)) {
      this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
    }
    if (next === 0x5f || (next >= 0x30 && next <= 0x39)) this.error('invalid decimal literal');
    if (isIdentifierStart(next) && !AFTER_NUMBER_KEYWORDS.test(this.text.slice(end, end + 4))) {
      const kind = /^0[xX]/.test(value) ? 'hexadecimal' : /^0[oO]/.test(value) ? 'octal' : /^0[bB]/.test(value) ? 'binary' : /[jJ]$/.test(value) ? 'imaginary' : 'decimal';
      this.error(`invalid ${kind} literal`);
    }
    if (/^0[oObB]/.test(value) && next >= 0x30 && next <= 0x39) this.error('invalid digit in literal');
    this.push('number', value, this.line, start - this.lineStart);
    end = start + value.length;
    this.pos = end;
  }

  /** A string whose prefix (lower-cased) ends at pos, on its opening quote; `start` is where the prefix began. */
  private string(prefix: string, start: number): void {
    const line = this.line;
    const col = start - this.lineStart;
    const quote = this.text[this.pos]!;
    const triple = this.text.startsWith(quote.repeat(3), this.pos);
    const delimiter = triple ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    const bodyStart = this.pos;
    const kind = interpolated(prefix);
    const raw = prefix.includes('r');
    if (kind && this.minor >= 12) this.fstringBody(delimiter, raw, line, col, kind);
    else this.plainBody(delimiter, line, col);
    const body = this.text.slice(bodyStart, this.pos);
    this.pos += delimiter.length;
    if (prefix.includes('b') && /[^\p{ASCII}]/u.test(body)) this.error('bytes can only contain ASCII literal characters', line, col);
    const token = this.push('string', this.text.slice(start, this.pos), line, col);
    token.prefix = prefix;
    token.body = body;
  }

  /** Advances to the closing delimiter of a string without replacement fields (or any string before 3.12). */
  private plainBody(delimiter: string, line: number, col: number): void {
    const text = this.text;
    const length = text.length;
    const triple = delimiter.length === 3;
    if (triple && this.lineFeedsOnly) {
      this.tripleBody(delimiter, line, col);
      return;
    }
    const quote = delimiter.charCodeAt(0);
    while (true) {
      if (this.pos >= length) this.error(triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal', line, col);
      const code = text.charCodeAt(this.pos);
      if (code === 0x5c) {
        this.pos++;
        const next = text.charCodeAt(this.pos);
        if (next === 0x0a || next === 0x0d) this.newline();
        else this.pos++;
      } else if (code === 0x0a || code === 0x0d) {
        if (!triple) this.error('unterminated string literal', line, col);
        this.newline();
      } else if (code === quote && (!triple || text.startsWith(delimiter, this.pos))) {
        return;
      } else this.pos++;
    }
  }

  /** plainBody for a triple-quoted string in text whose line breaks are all `\n`: by native search. */
  private tripleBody(delimiter: string, line: number, col: number): void {
    const text = this.text;
    let close = text.indexOf(delimiter, this.pos);
    for (;;) {
      const escape = this.nextOf(2, this.pos);
      if (close === -1 && escape >= text.length) {
        this.countLines(this.pos, text.length);
        this.pos = text.length;
        this.error('unterminated triple-quoted string literal', line, col);
      }
      if (close !== -1 && close < escape) {
        this.countLines(this.pos, close);
        this.pos = close;
        return;
      }
      // A backslash escapes the character after it, a line break included.
      this.countLines(this.pos, escape + 2);
      this.pos = escape + 2;
      if (close !== -1 && close < this.pos) close = text.indexOf(delimiter, this.pos);
    }
  }

  /**
   * 3.12+ f-string (and 3.14+ t-string) body: replacement fields may hold any expression,
   * including strings with the same quotes, comments in multi-line fields, and nested fields in
   * format specs.
   */
  private fstringBody(delimiter: string, raw: boolean, line: number, col: number, kind: Interpolated): void {
    const length = this.text.length;
    const triple = delimiter.length === 3;
    while (true) {
      if (this.pos >= length) this.error(triple ? `unterminated triple-quoted ${kind} literal` : `unterminated ${kind} literal`, line, col);
      const ch = this.text[this.pos]!;
      if (ch === '\\' && !raw) {
        this.pos++;
        if (this.text[this.pos] === '\n' || this.text[this.pos] === '\r') this.newline();
        else if (this.text[this.pos] !== '{') this.pos++;
      } else if (ch === '\\') {
        this.pos += this.text[this.pos + 1] === '{' || this.text[this.pos + 1] === '}' ? 1 : 2;
      } else if (ch === '\n' || ch === '\r') {
        if (!triple) this.error(`unterminated ${kind} literal`, line, col);
        this.newline();
      } else if (this.text.startsWith(delimiter, this.pos)) {
        return;
      } else if (ch === '{') {
        if (this.text[this.pos + 1] === '{') this.pos += 2;
        else this.replacementField(delimiter, raw, line, col, kind);
      } else if (ch === '}') {
        if (this.text[this.pos + 1] === '}') this.pos += 2;
        else this.error(`${kind}: single '}' is not allowed`);
      } else this.pos++;
    }
  }

  /** From a field's `{` past its `}`: an expression, optional `=`, `!conversion`, `:format spec`. */
  private replacementField(delimiter: string, raw: boolean, line: number, col: number, kind: Interpolated): void {
    this.pos++; // the {
    const length = this.text.length;
    let depth = 0;
    const triple = delimiter.length === 3;
    let first = this.pos;
    while (first < length && ' \t\f\n\r'.includes(this.text[first]!)) first++;
    const opening = this.text[first];
    if (opening === '=' || opening === '!' || opening === ':' || opening === '}') this.error(`${kind}: valid expression required before '${opening}'`);
    while (true) {
      if (this.pos >= length) this.error(`${kind}: expecting '}'`, line, col);
      const ch = this.text[this.pos]!;
      if (ch === '\n' || ch === '\r') {
        if (!triple && this.minor < 12) this.error('unterminated f-string literal', line, col);
        this.newline();
        continue;
      }
      if (ch === '#') {
        while (this.pos < length && this.text[this.pos] !== '\n' && this.text[this.pos] !== '\r') this.pos++;
        continue;
      }
      if (ch === '\\' && (this.text[this.pos + 1] === '\n' || this.text[this.pos + 1] === '\r')) {
        this.pos++;
        this.newline();
        continue;
      }
      if (ch === '"' || ch === "'") {
        this.nestedString('');
        continue;
      }
      if (isIdentifierStart(this.text.charCodeAt(this.pos))) {
        let end = this.pos;
        while (end < length && isIdentifierChar(this.text.charCodeAt(end))) end++;
        const word = this.text.slice(this.pos, end);
        const quote = this.text[end];
        if ((quote === '"' || quote === "'") && this.isPrefix(word.toLowerCase())) {
          this.pos = end;
          this.nestedString(word.toLowerCase());
          continue;
        }
        // A name right before a string is no expression (`{t'a'}` before 3.14); a keyword may be (`{a if'b' else c}`).
        if ((quote === '"' || quote === "'") && !HARD_KEYWORDS.has(word) && word !== 'await') {
          if (this.minor >= 14 && prefixLetters(word)) this.error(`'${incompatiblePrefixes(word).join("' and '")}' prefixes are incompatible`);
          this.error(`${kind}: expecting '=', or '!', or ':', or '}'`);
        }
        this.pos = end;
        continue;
      }
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']') depth--;
      else if (ch === '}') {
        if (depth === 0) {
          this.pos++;
          return;
        }
        depth--;
      } else if ((ch === ':' || ch === '!') && depth === 0 && !(ch === '!' && this.text[this.pos + 1] === '=')) {
        this.pos++;
        this.formatSpec(delimiter, raw, line, col, kind, ch === '!');
        return;
      }
      this.pos++;
    }
  }

  /** After `!` or `:` at the top of a field: the conversion and/or the format spec, through the closing `}`. */
  private formatSpec(delimiter: string, raw: boolean, line: number, col: number, kind: Interpolated, conversion: boolean): void {
    const length = this.text.length;
    if (conversion) {
      const start = this.pos;
      while (this.pos < length && /[a-zA-Z]/.test(this.text[this.pos]!)) this.pos++;
      const letter = this.text.slice(start, this.pos);
      if (letter === '') this.error(`${kind}: missing conversion character`);
      if (letter !== 's' && letter !== 'r' && letter !== 'a') this.error(`${kind}: invalid conversion character '${letter}': expected 's', 'r', or 'a'`);
      while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
      if (this.text[this.pos] === '}') {
        this.pos++;
        return;
      }
      if (this.text[this.pos] !== ':') this.error(`${kind}: expecting '}'`, line, col);
      this.pos++;
    }
    while (true) {
      if (this.pos >= length) this.error(`${kind}: expecting '}'`, line, col);
      const ch = this.text[this.pos]!;
      if (this.text.startsWith(delimiter, this.pos)) this.error(`${kind}: expecting '}'`, line, col);
      if (ch === '}') {
        this.pos++;
        return;
      }
      if (ch === '{') {
        this.replacementField(delimiter, raw, line, col, kind);
        continue;
      }
      if (ch === '\\' && !raw) this.pos++;
      if (ch === '\n' || ch === '\r') {
        if (delimiter.length !== 3) this.error(`unterminated ${kind} literal`, line, col);
        this.newline();
        continue;
      }
      this.pos++;
    }
  }

  /** A string inside a replacement field: skipped over, f-strings and t-strings recursively. */
  private nestedString(prefix: string): void {
    const line = this.line;
    const col = this.pos - this.lineStart;
    const quote = this.text[this.pos]!;
    const delimiter = this.text.startsWith(quote.repeat(3), this.pos) ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    const kind = interpolated(prefix);
    if (kind) this.fstringBody(delimiter, prefix.includes('r'), line, col, kind);
    else this.plainBody(delimiter, line, col);
    this.pos += delimiter.length;
  }

  private operator(): void {
    const start = this.pos;
    const ch = this.text[start]!;
    let op: string | undefined;
    for (const candidate of OPERATORS_BY_FIRST.get(ch) ?? []) {
      if (candidate.length === 1 || this.text.startsWith(candidate, start)) {
        op = candidate;
        break;
      }
    }
    if (!op) {
      if (ch === '<' && this.text[start + 1] === '>') this.error('invalid syntax');
      const code = ch.codePointAt(0)!;
      this.error(`invalid character '${String.fromCodePoint(code)}' (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
    }
    if (op === '<' && this.text[start + 1] === '>') this.error('invalid syntax');
    if (OPENERS[op]) {
      if (this.brackets.length >= MAX_NESTING) this.error('too many nested parentheses');
      this.brackets.push({ char: op, line: this.line, col: start - this.lineStart });
    }
    else if (CLOSERS.has(op)) {
      const open = this.brackets.pop();
      if (!open) this.error(`unmatched '${op}'`);
      if (OPENERS[open.char] !== op) this.error(`closing parenthesis '${op}' does not match opening parenthesis '${open.char}'`);
    }
    const token = this.push('op', op, this.line, start - this.lineStart);
    this.pos = start + op.length;
    if (this.skipFunctionBodies && (op === '=' || op === '@')) this.skimValue(token);
  }
}
