import { createRequire as __importGuardCreateRequire } from 'node:module';
const require = __importGuardCreateRequire(import.meta.url);

// src/python/scan-worker.ts
import { parentPort } from "node:worker_threads";

// src/image/content-store.ts
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { constants as zlibConstants, zstdCompressSync, zstdDecompressSync } from "node:zlib";

// src/image/limits.ts
var GiB = 1024 * 1024 * 1024;
var DEFAULT_READ_LIMITS = {
  layerTarBytes: 32 * GiB,
  imageTarBytes: 128 * GiB,
  layerEntries: 2e6,
  spillBytes: 4 * GiB,
  keptBytesPerFile: 64 * 1024 * 1024
};
var MAX_PAX_HEADER_BYTES = 1024 * 1024;

// src/image/content-store.ts
var DEFAULT_MEMORY_BUDGET = 32 * 1024 * 1024;
var DEFAULT_COMPRESSED_BUDGET = 96 * 1024 * 1024;
var BLOCK_BYTES = 128 * 1024;
var ZSTD_FAST = { params: { [zlibConstants.ZSTD_c_compressionLevel]: 1 } };
var SLAB_BYTES = 1024 * 1024;
var OWN_BUFFER_FROM = 64 * 1024;
var ScratchBuffer = class {
  buffer = Buffer.alloc(0);
  /** `size` bytes, valid until the next take. */
  take(size) {
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(Math.max(size, 2 * this.buffer.length, 64 * 1024));
    return this.buffer.subarray(0, size);
  }
};
function readRange(range, scratch2) {
  const buffer = scratch2 ? scratch2.take(range.length) : Buffer.allocUnsafe(range.length);
  for (let read = 0; read < range.length; ) {
    const bytes = readSync(range.fd, buffer, read, range.length - read, range.offset + read);
    if (bytes === 0) throw new Error(`file ended early: ${range.length - read} bytes of a kept content are missing`);
    read += bytes;
  }
  return buffer;
}

// src/python/tokenizer.ts
var PythonSyntaxError = class extends Error {
  name = "PythonSyntaxError";
  line;
  col;
  constructor(message, line, col) {
    super(`${message} (line ${line})`);
    this.line = line;
    this.col = col;
  }
};
var OPERATORS = [
  "**=",
  "//=",
  ">>=",
  "<<=",
  "...",
  "!=",
  "%=",
  "&=",
  "**",
  "*=",
  "+=",
  "-=",
  "->",
  "//",
  "/=",
  ":=",
  "<<",
  "<=",
  "==",
  ">=",
  ">>",
  "@=",
  "^=",
  "|=",
  "%",
  "&",
  "(",
  ")",
  "*",
  "+",
  ",",
  "-",
  ".",
  "/",
  ":",
  ";",
  "<",
  "=",
  ">",
  "@",
  "[",
  "]",
  "^",
  "{",
  "|",
  "}",
  "~"
];
var OPERATORS_BY_FIRST = /* @__PURE__ */ new Map();
for (const op of OPERATORS) OPERATORS_BY_FIRST.set(op[0], [...OPERATORS_BY_FIRST.get(op[0]) ?? [], op]);
var OPENERS = { "(": ")", "[": "]", "{": "}" };
var CLOSERS = /* @__PURE__ */ new Set([")", "]", "}"]);
var MAX_NESTING = 200;
var PLAIN = 0;
var LINE_BREAK = 1;
var COMMENT = 2;
var BACKSLASH = 3;
var OPENER = 4;
var CLOSER = 5;
var QUOTE = 6;
var BODY_CHARS = new Uint8Array(128);
for (const [chars, kind] of [["\n\r", LINE_BREAK], ["#", COMMENT], ["\\", BACKSLASH], ["([{", OPENER], [")]}", CLOSER], [`"'`, QUOTE]]) {
  for (const char of chars) BODY_CHARS[char.charCodeAt(0)] = kind;
}
var SKIM_STOPS = new Uint8Array(128);
for (const char of `
\r#\\()[]{}"'=;:`) SKIM_STOPS[char.charCodeAt(0)] = 1;
var METHOD_HEAD = /(?:async[ \t]+)?def[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*(?=\()/y;
var BEFORE_EQUALS = /* @__PURE__ */ new Set([61, 33, 60, 62, 58, 43, 45, 42, 47, 37, 38, 124, 94, 64]);
var SKIM_TRIGGERS = ["import_module", "__import__"];
function holdsTrigger(region) {
  return region.includes("import") && SKIM_TRIGGERS.some((trigger) => region.includes(trigger));
}
function mustBeRead(region) {
  return region.includes(";") || region.includes(":=") || holdsTrigger(region);
}
var WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
var ASYNC_DEF = /async[ \t]+def\b/y;
var PROGRAM_ENDS = ["raise", "sys", "exit", "quit", "os"];
var READ_STATEMENTS = /* @__PURE__ */ new Set(["import", "from", "lazy", "if", "elif", "else", "try", "except", "finally", "with", "for", "while", "class", "async", "match", "case", "print", "exec", ...PROGRAM_ENDS]);
var MARKS = ['"', "'", "\\", "#"];
var HARD_KEYWORDS = /* @__PURE__ */ new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield"
]);
var STRING_PREFIXES = /* @__PURE__ */ new Set(["r", "u", "b", "br", "rb", "f", "fr", "rf"]);
var TEMPLATE_PREFIXES = /* @__PURE__ */ new Set(["t", "tr", "rt"]);
var INCOMPATIBLE_PREFIXES = [["u", "b"], ["u", "r"], ["u", "f"], ["u", "t"], ["b", "f"], ["b", "t"], ["f", "t"]];
function prefixLetters(word) {
  return word.length <= 5 && /^[brutf]+$/i.test(word) && new Set(word.toLowerCase()).size === word.length;
}
function incompatiblePrefixes(word) {
  const letters = word.toLowerCase();
  return INCOMPATIBLE_PREFIXES.find(([a, b]) => letters.includes(a) && letters.includes(b));
}
var IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
var AFTER_NUMBER_KEYWORDS = /^(and|else|for|if|in|is|not|or)(?![\p{XID_Continue}])/u;
var NUMBER = new RegExp(
  [
    "0[xX](?:_?[0-9a-fA-F])+",
    "0[oO](?:_?[0-7])+",
    "0[bB](?:_?[01])+",
    // floats and imaginaries before integers, so the longest form wins
    "(?:(?:[0-9](?:_?[0-9])*)?\\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\\.)(?:[eE][-+]?[0-9](?:_?[0-9])*)?[jJ]?",
    "[0-9](?:_?[0-9])*[eE][-+]?[0-9](?:_?[0-9])*[jJ]?",
    "[0-9](?:_?[0-9])*[jJ]",
    "[1-9](?:_?[0-9])*",
    "0+(?:_?0)*"
  ].join("|"),
  "y"
);
function interpolated(prefix) {
  return prefix.includes("f") ? "f-string" : prefix.includes("t") ? "t-string" : void 0;
}
function isIdentifierChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code >= 128;
}
function isIdentifierStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95 || code >= 128;
}
function tokenize(text, minor, options = {}) {
  const importsOnly = options.importsOnly === true;
  if (options.skipFunctionBodies !== true && !importsOnly) return new Tokenizer(text, minor, "none", false).run();
  try {
    return new Tokenizer(text, minor, "by-lines", importsOnly).run();
  } catch (error) {
    if (error instanceof PythonSyntaxError) return new Tokenizer(text, minor, "by-characters", importsOnly).run();
    throw error;
  }
}
var measuredColumn = 0;
function measureIndent(text, from) {
  let column = 0;
  let at = from;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 32) column++;
    else if (code === 9) column = (Math.floor(column / 8) + 1) * 8;
    else if (code === 12) column = 0;
    else break;
  }
  measuredColumn = column;
  return at;
}
var SPACES = [];
function indentSpaces(indent) {
  return SPACES[indent] ??= " ".repeat(indent);
}
var SHARED_SLICE_LENGTH = 13;
function ownString(value) {
  return value.length < SHARED_SLICE_LENGTH ? value : (" " + value).slice(1);
}
function startsStatement(token) {
  return token === void 0 || token.type === "newline" || token.type === "indent" || token.type === "dedent";
}
var Tokenizer = class {
  text;
  minor;
  pos = 0;
  line = 1;
  lineStart = 0;
  tokens = [];
  brackets = [];
  indents = [0];
  altIndents = [0];
  skipFunctionBodies;
  importsOnly;
  /**
   * The line before was a decorator read as usual (it holds a trigger, or follows one that
   * did): what it decorates must be read too, or the parser would find a decorator on `pass`.
   */
  decoratorRead = false;
  /** Within a `def` header, at its closing colon, and when its indented body is next. */
  defState = "none";
  /** Index of the first token of the current logical line, and of the last line whose value skimValue tried. */
  lineFirst = 0;
  valueTried = -1;
  /** When skimming: for each indented block, the first word of the line that opened it. */
  blocks = [];
  /** Whether the text's line breaks are all `\n`, so that a native search finds each one. */
  lineFeedsOnly;
  /** Whether the text holds a form feed, which sets a line's indentation back to 0. */
  formFeeds;
  /** Whether skipBlock may go by lines (see BodySkip). */
  byLines;
  /** Where the next `"`, `'`, `\\` and `#` are: found by native search, looked for again only once passed. */
  nextFound = [-1, -1, -1, -1];
  /** The nearest of those: good while at or after the position asked (see nextMark). */
  markFound = -1;
  constructor(text, minor, bodies, importsOnly) {
    this.text = text;
    this.minor = minor;
    this.skipFunctionBodies = bodies !== "none";
    this.importsOnly = importsOnly;
    this.lineFeedsOnly = !text.includes("\r");
    this.formFeeds = text.includes("\f");
    this.byLines = bodies === "by-lines" && this.lineFeedsOnly;
  }
  error(message, line = this.line, col = this.pos - this.lineStart) {
    throw new PythonSyntaxError(message, line, col);
  }
  push(type, value, line, col) {
    const token = { type, value, line, col };
    if (this.skipFunctionBodies) this.trackDef(token);
    this.tokens.push(token);
    return token;
  }
  /** Follows `[async] def name(...) -> T:` at the start of a statement up to a body on the lines below. */
  trackDef(token) {
    if (this.defState === "colon") {
      this.defState = token.type === "newline" ? "body-next" : "none";
    } else if (this.defState === "header") {
      if (token.type === "op" && token.value === ":" && this.brackets.length === 0) this.defState = "colon";
      else if (token.type === "newline") this.defState = "none";
    } else if (token.type === "name" && token.value === "def" && this.brackets.length === 0) {
      const previous = this.tokens.at(-1);
      if (startsStatement(previous) || previous.type === "name" && previous.value === "async" && startsStatement(this.tokens.at(-2))) this.defState = "header";
    }
  }
  /** The position of the next MARKS[which] at or after pos; the text's length for none. */
  nextOf(which, pos) {
    let at = this.nextFound[which];
    if (at < pos) {
      at = this.text.indexOf(MARKS[which], pos);
      if (at === -1) at = this.text.length;
      this.nextFound[which] = at;
    }
    return at;
  }
  /**
   * The position of the next quote, backslash or `#` at or after pos; the text's length for
   * none. Each was found from a place at or before pos, so the nearest, once at or after pos, is it.
   */
  nextMark(pos) {
    let mark = this.markFound;
    if (mark < pos) {
      mark = Math.min(this.nextOf(0, pos), this.nextOf(1, pos), this.nextOf(2, pos), this.nextOf(3, pos));
      this.markFound = mark;
    }
    return mark;
  }
  /** Forgets the marks found ahead, which were found from further on than a rewind goes back to. */
  forgetMarks() {
    this.nextFound.fill(-1);
    this.markFound = -1;
  }
  /** Counts the line breaks in [from, to), as newline() would have. */
  countLines(from, to) {
    for (let at = this.text.indexOf("\n", from); at !== -1 && at < to; at = this.text.indexOf("\n", at + 1)) {
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
  skipBlockByLines(indent) {
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    const spaces = this.formFeeds ? void 0 : indentSpaces(indent);
    for (; ; ) {
      let end = text.indexOf("\n", pos);
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
      if (spaces !== void 0 && text.startsWith(spaces, pos)) continue;
      const at = measureIndent(text, pos);
      if (at >= length) {
        this.pos = at;
        return;
      }
      const next = text.charCodeAt(at);
      if (next !== 35 && next !== 10 && measuredColumn < indent) {
        this.pos = pos;
        return;
      }
      pos = at;
    }
  }
  /** From pos to the `\n` that ends a line of code, past its strings, comment and continuations. */
  readLineAsCode() {
    const text = this.text;
    for (; ; ) {
      let end = text.indexOf("\n", this.pos);
      if (end === -1) end = text.length;
      const mark = this.nextMark(this.pos);
      if (mark >= end) {
        this.pos = end;
        return;
      }
      this.pos = mark;
      const code = text.charCodeAt(mark);
      if (code === 35) {
        this.pos = end;
        return;
      }
      if (code === 92) {
        this.pos++;
        if (text.charCodeAt(this.pos) === 10) this.newline();
        else this.pos++;
      } else this.skipString();
    }
  }
  /**
   * Reads past an indented block whose INDENT was just emitted, to the first logical line
   * indented less than `indent` (left for indentation() to measure), emitting nothing.
   */
  skipBlock(indent) {
    if (this.byLines) {
      this.skipBlockByLines(indent);
      return;
    }
    const text = this.text;
    const length = text.length;
    let depth = 0;
    let pos = this.pos;
    while (pos < length) {
      const code = text.charCodeAt(pos);
      const kind = code < 128 ? BODY_CHARS[code] : PLAIN;
      if (kind === PLAIN) {
        pos++;
      } else if (kind === LINE_BREAK) {
        this.pos = pos;
        this.newline();
        pos = this.pos;
        if (depth > 0) continue;
        const at = measureIndent(text, pos);
        if (at >= length) {
          this.pos = at;
          return;
        }
        const next = text.charCodeAt(at);
        if (next === 35 || next === 10 || next === 13) continue;
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
          this.pos++;
          const next = text.charCodeAt(this.pos);
          if (next === 10 || next === 13) this.newline();
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
  rewind(pos, line, lineStart) {
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
  skim(until) {
    const text = this.text;
    const length = text.length;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    let depth = 0;
    let done = false;
    while (this.pos < length && !done) {
      const code = text.charCodeAt(this.pos);
      if (code === 10 || code === 13) {
        if (depth === 0) {
          if (until === "header") return this.rewind(start, startLine, startLineStart);
          break;
        }
        this.newline();
      } else if (code === 35) {
        this.skipComment();
      } else if (code === 92) {
        const next = text.charCodeAt(this.pos + 1);
        if (next !== 10 && next !== 13) return this.rewind(start, startLine, startLineStart);
        this.pos++;
        this.newline();
      } else if (code === 40 || code === 91 || code === 123) {
        depth++;
        this.pos++;
      } else if (code === 41 || code === 93 || code === 125) {
        if (depth === 0) return this.rewind(start, startLine, startLineStart);
        depth--;
        this.pos++;
      } else if (code === 34 || code === 39) {
        this.skipString();
      } else if (code === 61 || code === 59) {
        if (depth > 0) this.pos++;
        else if (code === 59) return this.rewind(start, startLine, startLineStart);
        else if (text.charCodeAt(this.pos + 1) === 61) this.pos += 2;
        else if (BEFORE_EQUALS.has(text.charCodeAt(this.pos - 1))) this.pos++;
        else return this.rewind(start, startLine, startLineStart);
      } else if (code === 58) {
        if (text.charCodeAt(this.pos + 1) === 61) return this.rewind(start, startLine, startLineStart);
        this.pos++;
        if (depth === 0 && until === "header") done = true;
      } else {
        let pos = this.pos + 1;
        while (pos < length) {
          const next = text.charCodeAt(pos);
          if (next < 128 && SKIM_STOPS[next] === 1) break;
          pos++;
        }
        this.pos = pos;
      }
    }
    if (until === "header" && !done) return this.rewind(start, startLine, startLineStart);
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
  skimStatements(decorated) {
    const text = this.text;
    const indent = this.indents.at(-1);
    const line = this.line;
    const col = this.pos - this.lineStart;
    let statement = { pos: this.pos, line: this.line, lineStart: this.lineStart, kind: "simple", first: true };
    let first = true;
    for (; ; ) {
      let kind = this.statementKind();
      const continued = kind === "continuation" && !first;
      if (continued) kind = statement.kind;
      else if (kind === "continuation") kind = "simple";
      if (kind === "read" || first && decorated && kind !== "simple") {
        if (!first) this.pos = this.lineStart;
        break;
      }
      if (!continued) statement = { pos: this.pos, line: this.line, lineStart: this.lineStart, kind, first };
      this.skipBlock(indent + 1);
      if (kind !== "definition" && mustBeRead(text.slice(statement.pos, this.pos))) {
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
    this.push("name", "pass", line, col);
    this.push("newline", "", line, col);
    return true;
  }
  /** What the statement at pos is to skimStatements, or a line that continues the one before. */
  statementKind() {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === 64) return "decorator";
    if (code === 41 || code === 93 || code === 125) return "continuation";
    if (code >= 128 || !isIdentifierStart(code)) return "simple";
    WORD.lastIndex = start;
    const word = WORD.exec(text)[0];
    const after = text.charCodeAt(start + word.length);
    if (after === 34 || after === 39) return "simple";
    if (word === "def") return "definition";
    if (word === "async") {
      ASYNC_DEF.lastIndex = start;
      return ASYNC_DEF.test(text) ? "definition" : "read";
    }
    return READ_STATEMENTS.has(word) ? "read" : "simple";
  }
  /**
   * At the start of a line inside a class: a method, header and indented body, becomes `pass`; a
   * decorator line nothing. False, having moved nothing, for anything else, where skim() would
   * not skip the header or decorator, or below a decorator read as usual (then the line is read
   * as usual).
   */
  skimMember(decorated) {
    const text = this.text;
    const start = this.pos;
    const line = this.line;
    const lineStart = this.lineStart;
    if (decorated) return false;
    if (text.charCodeAt(start) === 64) {
      this.pos++;
      return this.skim("value") || this.rewind(start, line, lineStart);
    }
    METHOD_HEAD.lastIndex = start;
    const head = METHOD_HEAD.exec(text);
    if (!head) return false;
    this.pos = start + head[0].length;
    if (!this.skim("header")) return this.rewind(start, line, lineStart);
    let at = this.pos;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const next = text.charCodeAt(at);
    if (next !== 10 && next !== 13 && next !== 35) return this.rewind(start, line, lineStart);
    this.pos = at;
    this.push("name", "pass", line, start - lineStart);
    this.push("newline", "", line, start - lineStart);
    this.skipBlock(this.indents.at(-1) + 1);
    return true;
  }
  /** At a `(` of a `def` or `class` header at the start of a line: `()` and the `:` stand for the header's rest. */
  skimHeader() {
    const tokens = this.tokens;
    const count = tokens.length - this.lineFirst;
    const keyword = tokens[tokens.length - 2];
    if (tokens.at(-1)?.type !== "name" || keyword?.type !== "name" || keyword.value !== "def" && keyword.value !== "class") return false;
    if (count !== 2 && !(count === 3 && keyword.value === "def" && tokens[this.lineFirst].value === "async")) return false;
    const line = this.line;
    const col = this.pos - this.lineStart;
    if (!this.skim("header")) return false;
    this.push("op", "(", line, col);
    this.push("op", ")", line, col + 1);
    this.push("op", ":", this.line, this.pos - 1 - this.lineStart);
    return true;
  }
  /** After the `=` of a plain assignment or a decorator's `@` that starts its line: `None` stands for the rest of it. */
  skimValue(after) {
    const first = this.tokens[this.lineFirst];
    const decorator = after.value === "@" && first === after;
    const assignment = after.value === "=" && first.type === "name" && first.value !== "__all__" && this.brackets.length === 0 && this.defState === "none" && !HARD_KEYWORDS.has(first.value);
    if (!decorator && !assignment || this.valueTried === this.lineFirst) return;
    this.valueTried = this.lineFirst;
    const line = this.line;
    const col = this.pos - this.lineStart;
    while (this.text.charCodeAt(this.pos) === 32 || this.text.charCodeAt(this.pos) === 9) this.pos++;
    const code = this.text.charCodeAt(this.pos);
    if (code === 10 || code === 13 || code === 35 || Number.isNaN(code) || this.text.startsWith("yield", this.pos)) return;
    if (this.skim("value")) this.push("name", decorator ? "_" : "None", line, col);
  }
  /** The string prefix (`rb`, `f`...) that ends right before a quote at `quote`, lower-cased; '' for none. */
  prefixBefore(quote) {
    let start = quote;
    while (start > 0 && quote - start < 3 && isIdentifierChar(this.text.charCodeAt(start - 1))) start--;
    if (start > 0 && isIdentifierChar(this.text.charCodeAt(start - 1))) return "";
    const prefix = this.text.slice(start, quote).toLowerCase();
    return this.isPrefix(prefix) ? prefix : "";
  }
  /** Past a string whose opening quote is at pos, as string() reads it, without a token. */
  skipString() {
    const line = this.line;
    const col = this.pos - this.lineStart;
    const text = this.text;
    const quote = text.charCodeAt(this.pos);
    const triple = text.charCodeAt(this.pos + 1) === quote && text.charCodeAt(this.pos + 2) === quote;
    const delimiter = quote === 34 ? triple ? '"""' : '"' : triple ? "'''" : "'";
    const prefix = this.minor >= 12 && isIdentifierChar(text.charCodeAt(this.pos - 1)) ? this.prefixBefore(this.pos) : "";
    this.pos += delimiter.length;
    const kind = interpolated(prefix);
    if (kind) this.fstringBody(delimiter, prefix.includes("r"), line, col, kind);
    else this.plainBody(delimiter, line, col);
    this.pos += delimiter.length;
  }
  /** Whether a word (lower-cased) right before a quote is a string prefix in this version. */
  isPrefix(word) {
    return STRING_PREFIXES.has(word) || this.minor >= 14 && TEMPLATE_PREFIXES.has(word);
  }
  /** Moves to the line break that ends a comment (or to the end of the text). */
  skipComment() {
    const text = this.text;
    const newline = text.indexOf("\n", this.pos);
    const end = newline === -1 ? text.length : newline;
    let at = this.pos;
    while (at < end && text.charCodeAt(at) !== 13) at++;
    this.pos = at;
  }
  /** Consumes one line break (\n, \r\n or \r) at pos. */
  newline() {
    if (this.text.charCodeAt(this.pos) === 13 && this.text.charCodeAt(this.pos + 1) === 10) this.pos += 2;
    else this.pos += 1;
    this.line++;
    this.lineStart = this.pos;
  }
  run() {
    if (this.text.includes("\0")) this.error("source code cannot contain null bytes", 1, 0);
    const length = this.text.length;
    let atLineStart = true;
    let lineHasTokens = false;
    while (this.pos < length) {
      if (atLineStart && this.brackets.length === 0) {
        if (!this.indentation()) continue;
        atLineStart = false;
        this.lineFirst = this.tokens.length;
        if (this.defState === "body-next") {
          this.defState = "none";
          const indent = this.tokens.at(-1);
          if (indent?.type === "indent") {
            this.push("name", "pass", this.line, this.pos - this.lineStart);
            this.push("newline", "", this.line, this.pos - this.lineStart);
            this.skipBlock(this.indents.at(-1));
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
        if (this.skipFunctionBodies && this.blocks.includes("class") && this.skimMember(decorated)) {
          atLineStart = true;
          continue;
        }
        this.decoratorRead = this.skipFunctionBodies && this.text.charCodeAt(this.pos) === 64;
      }
      const code = this.text.charCodeAt(this.pos);
      const ch = this.text[this.pos];
      if (ch === " " || ch === "	" || ch === "\f") {
        this.pos++;
      } else if (ch === "#") {
        this.skipComment();
      } else if (ch === "\n" || ch === "\r") {
        if (this.brackets.length === 0 && lineHasTokens) {
          this.push("newline", "", this.line, this.pos - this.lineStart);
          lineHasTokens = false;
        }
        this.newline();
        if (this.brackets.length === 0) atLineStart = true;
      } else if (ch === "\\") {
        const next = this.text[this.pos + 1];
        if (next === "\n" || next === "\r") {
          this.pos++;
          this.newline();
          if (this.pos >= length) this.error("unexpected EOF while parsing");
        } else if (next === void 0) {
          this.error("unexpected EOF while parsing");
        } else this.error("unexpected character after line continuation character");
      } else if (isIdentifierStart(code)) {
        this.nameOrString();
        lineHasTokens = true;
      } else if (code >= 48 && code <= 57 || ch === "." && /[0-9]/.test(this.text[this.pos + 1] ?? "")) {
        this.number();
        lineHasTokens = true;
      } else if (ch === '"' || ch === "'") {
        this.string("", this.pos);
        lineHasTokens = true;
      } else {
        lineHasTokens = true;
        if (code === 40 && this.skipFunctionBodies && this.brackets.length === 0 && this.skimHeader()) continue;
        this.operator();
      }
    }
    if (this.brackets.length > 0) {
      const open = this.brackets.at(-1);
      this.error(`'${open.char}' was never closed`, open.line, open.col);
    }
    if (lineHasTokens) this.push("newline", "", this.line, this.pos - this.lineStart);
    for (let i = 1; i < this.indents.length; i++) this.push("dedent", "", this.line, 0);
    this.push("end", "", this.line, 0);
    return this.tokens;
  }
  /**
   * Measures the indentation of a new logical line and emits INDENT / DEDENT. Returns false
   * (having consumed the line) when the line is blank or holds only a comment.
   */
  indentation() {
    let col = 0;
    let altCol = 0;
    const length = this.text.length;
    for (; this.pos < length; this.pos++) {
      const ch2 = this.text[this.pos];
      if (ch2 === " ") {
        col++;
        altCol++;
      } else if (ch2 === "	") {
        col = (Math.floor(col / 8) + 1) * 8;
        altCol++;
      } else if (ch2 === "\f") {
        col = 0;
        altCol = 0;
      } else break;
    }
    const ch = this.text[this.pos];
    if (ch === void 0) return false;
    if (ch === "#" || ch === "\n" || ch === "\r") {
      while (this.pos < length && this.text[this.pos] !== "\n" && this.text[this.pos] !== "\r") this.pos++;
      if (this.pos < length) this.newline();
      return false;
    }
    const top = this.indents.at(-1);
    if (col > top) {
      if (altCol <= this.altIndents.at(-1)) this.error("inconsistent use of tabs and spaces in indentation");
      this.indents.push(col);
      if (this.skipFunctionBodies) this.blocks.push(this.tokens[this.lineFirst]?.value ?? "");
      this.altIndents.push(altCol);
      this.push("indent", "", this.line, 0);
    } else if (col < top) {
      while (col < this.indents.at(-1)) {
        this.indents.pop();
        this.blocks.pop();
        this.altIndents.pop();
        this.push("dedent", "", this.line, 0);
      }
      if (col !== this.indents.at(-1)) this.error("unindent does not match any outer indentation level");
      if (altCol !== this.altIndents.at(-1)) this.error("inconsistent use of tabs and spaces in indentation");
    } else if (altCol !== this.altIndents.at(-1)) {
      this.error("inconsistent use of tabs and spaces in indentation");
    }
    return true;
  }
  nameOrString() {
    const start = this.pos;
    const length = this.text.length;
    let end = start;
    let ascii = true;
    for (let code = this.text.charCodeAt(end); end < length && isIdentifierChar(code); code = this.text.charCodeAt(++end)) if (code >= 128) ascii = false;
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
    if ((quote === '"' || quote === "'") && /^(ur|ru)$/i.test(word)) this.error("invalid string prefix");
    if (ascii) {
      this.push("name", word, this.line, start - this.lineStart);
      this.pos = end;
      return;
    }
    if (!IDENTIFIER.test(word)) {
      for (const char of word) {
        if (!/[\p{XID_Continue}]/u.test(char) || char === word[0] && !/[\p{XID_Start}_]/u.test(char)) {
          this.error(`invalid character '${char}' (U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")})`, this.line, start - this.lineStart);
        }
      }
      this.error("invalid character in identifier", this.line, start - this.lineStart);
    }
    this.push("name", word.normalize("NFKC"), this.line, start - this.lineStart);
    this.pos = end;
  }
  number() {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.text);
    if (!match) this.error("invalid decimal literal");
    let end = start + match[0].length;
    const value = match[0];
    const next = this.text.charCodeAt(end);
    if (next >= 48 && next <= 57 && /^0+(?:_?0)*$/.test(value)) {
      this.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }
    if (next === 95 || next >= 48 && next <= 57) this.error("invalid decimal literal");
    if (isIdentifierStart(next) && !AFTER_NUMBER_KEYWORDS.test(this.text.slice(end, end + 4))) {
      const kind = /^0[xX]/.test(value) ? "hexadecimal" : /^0[oO]/.test(value) ? "octal" : /^0[bB]/.test(value) ? "binary" : /[jJ]$/.test(value) ? "imaginary" : "decimal";
      this.error(`invalid ${kind} literal`);
    }
    if (/^0[oObB]/.test(value) && next >= 48 && next <= 57) this.error("invalid digit in literal");
    this.push("number", value, this.line, start - this.lineStart);
    end = start + value.length;
    this.pos = end;
  }
  /** A string whose prefix (lower-cased) ends at pos, on its opening quote; `start` is where the prefix began. */
  string(prefix, start) {
    const line = this.line;
    const col = start - this.lineStart;
    const quote = this.text[this.pos];
    const triple = this.text.startsWith(quote.repeat(3), this.pos);
    const delimiter = triple ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    const bodyStart = this.pos;
    const kind = interpolated(prefix);
    const raw = prefix.includes("r");
    if (kind && this.minor >= 12) this.fstringBody(delimiter, raw, line, col, kind);
    else this.plainBody(delimiter, line, col);
    const body = this.text.slice(bodyStart, this.pos);
    this.pos += delimiter.length;
    if (prefix.includes("b") && /[^\p{ASCII}]/u.test(body)) this.error("bytes can only contain ASCII literal characters", line, col);
    const token = this.push("string", this.text.slice(start, this.pos), line, col);
    token.prefix = prefix;
    token.body = body;
  }
  /** Advances to the closing delimiter of a string without replacement fields (or any string before 3.12). */
  plainBody(delimiter, line, col) {
    const text = this.text;
    const length = text.length;
    const triple = delimiter.length === 3;
    if (triple && this.lineFeedsOnly) {
      this.tripleBody(delimiter, line, col);
      return;
    }
    const quote = delimiter.charCodeAt(0);
    while (true) {
      if (this.pos >= length) this.error(triple ? "unterminated triple-quoted string literal" : "unterminated string literal", line, col);
      const code = text.charCodeAt(this.pos);
      if (code === 92) {
        this.pos++;
        const next = text.charCodeAt(this.pos);
        if (next === 10 || next === 13) this.newline();
        else this.pos++;
      } else if (code === 10 || code === 13) {
        if (!triple) this.error("unterminated string literal", line, col);
        this.newline();
      } else if (code === quote && (!triple || text.startsWith(delimiter, this.pos))) {
        return;
      } else this.pos++;
    }
  }
  /** plainBody for a triple-quoted string in text whose line breaks are all `\n`: by native search. */
  tripleBody(delimiter, line, col) {
    const text = this.text;
    let close = text.indexOf(delimiter, this.pos);
    for (; ; ) {
      const escape = this.nextOf(2, this.pos);
      if (close === -1 && escape >= text.length) {
        this.countLines(this.pos, text.length);
        this.pos = text.length;
        this.error("unterminated triple-quoted string literal", line, col);
      }
      if (close !== -1 && close < escape) {
        this.countLines(this.pos, close);
        this.pos = close;
        return;
      }
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
  fstringBody(delimiter, raw, line, col, kind) {
    const length = this.text.length;
    const triple = delimiter.length === 3;
    while (true) {
      if (this.pos >= length) this.error(triple ? `unterminated triple-quoted ${kind} literal` : `unterminated ${kind} literal`, line, col);
      const ch = this.text[this.pos];
      if (ch === "\\" && !raw) {
        this.pos++;
        if (this.text[this.pos] === "\n" || this.text[this.pos] === "\r") this.newline();
        else if (this.text[this.pos] !== "{") this.pos++;
      } else if (ch === "\\") {
        this.pos += this.text[this.pos + 1] === "{" || this.text[this.pos + 1] === "}" ? 1 : 2;
      } else if (ch === "\n" || ch === "\r") {
        if (!triple) this.error(`unterminated ${kind} literal`, line, col);
        this.newline();
      } else if (this.text.startsWith(delimiter, this.pos)) {
        return;
      } else if (ch === "{") {
        if (this.text[this.pos + 1] === "{") this.pos += 2;
        else this.replacementField(delimiter, raw, line, col, kind);
      } else if (ch === "}") {
        if (this.text[this.pos + 1] === "}") this.pos += 2;
        else this.error(`${kind}: single '}' is not allowed`);
      } else this.pos++;
    }
  }
  /** From a field's `{` past its `}`: an expression, optional `=`, `!conversion`, `:format spec`. */
  replacementField(delimiter, raw, line, col, kind) {
    this.pos++;
    const length = this.text.length;
    let depth = 0;
    const triple = delimiter.length === 3;
    let first = this.pos;
    while (first < length && " 	\f\n\r".includes(this.text[first])) first++;
    const opening = this.text[first];
    if (opening === "=" || opening === "!" || opening === ":" || opening === "}") this.error(`${kind}: valid expression required before '${opening}'`);
    while (true) {
      if (this.pos >= length) this.error(`${kind}: expecting '}'`, line, col);
      const ch = this.text[this.pos];
      if (ch === "\n" || ch === "\r") {
        if (!triple && this.minor < 12) this.error("unterminated f-string literal", line, col);
        this.newline();
        continue;
      }
      if (ch === "#") {
        while (this.pos < length && this.text[this.pos] !== "\n" && this.text[this.pos] !== "\r") this.pos++;
        continue;
      }
      if (ch === "\\" && (this.text[this.pos + 1] === "\n" || this.text[this.pos + 1] === "\r")) {
        this.pos++;
        this.newline();
        continue;
      }
      if (ch === '"' || ch === "'") {
        this.nestedString("");
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
        if ((quote === '"' || quote === "'") && !HARD_KEYWORDS.has(word) && word !== "await") {
          if (this.minor >= 14 && prefixLetters(word)) this.error(`'${incompatiblePrefixes(word).join("' and '")}' prefixes are incompatible`);
          this.error(`${kind}: expecting '=', or '!', or ':', or '}'`);
        }
        this.pos = end;
        continue;
      }
      if (ch === "(" || ch === "[" || ch === "{") depth++;
      else if (ch === ")" || ch === "]") depth--;
      else if (ch === "}") {
        if (depth === 0) {
          this.pos++;
          return;
        }
        depth--;
      } else if ((ch === ":" || ch === "!") && depth === 0 && !(ch === "!" && this.text[this.pos + 1] === "=")) {
        this.pos++;
        this.formatSpec(delimiter, raw, line, col, kind, ch === "!");
        return;
      }
      this.pos++;
    }
  }
  /** After `!` or `:` at the top of a field: the conversion and/or the format spec, through the closing `}`. */
  formatSpec(delimiter, raw, line, col, kind, conversion) {
    const length = this.text.length;
    if (conversion) {
      const start = this.pos;
      while (this.pos < length && /[a-zA-Z]/.test(this.text[this.pos])) this.pos++;
      const letter = this.text.slice(start, this.pos);
      if (letter === "") this.error(`${kind}: missing conversion character`);
      if (letter !== "s" && letter !== "r" && letter !== "a") this.error(`${kind}: invalid conversion character '${letter}': expected 's', 'r', or 'a'`);
      while (this.text[this.pos] === " " || this.text[this.pos] === "	") this.pos++;
      if (this.text[this.pos] === "}") {
        this.pos++;
        return;
      }
      if (this.text[this.pos] !== ":") this.error(`${kind}: expecting '}'`, line, col);
      this.pos++;
    }
    while (true) {
      if (this.pos >= length) this.error(`${kind}: expecting '}'`, line, col);
      const ch = this.text[this.pos];
      if (this.text.startsWith(delimiter, this.pos)) this.error(`${kind}: expecting '}'`, line, col);
      if (ch === "}") {
        this.pos++;
        return;
      }
      if (ch === "{") {
        this.replacementField(delimiter, raw, line, col, kind);
        continue;
      }
      if (ch === "\\" && !raw) this.pos++;
      if (ch === "\n" || ch === "\r") {
        if (delimiter.length !== 3) this.error(`unterminated ${kind} literal`, line, col);
        this.newline();
        continue;
      }
      this.pos++;
    }
  }
  /** A string inside a replacement field: skipped over, f-strings and t-strings recursively. */
  nestedString(prefix) {
    const line = this.line;
    const col = this.pos - this.lineStart;
    const quote = this.text[this.pos];
    const delimiter = this.text.startsWith(quote.repeat(3), this.pos) ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    const kind = interpolated(prefix);
    if (kind) this.fstringBody(delimiter, prefix.includes("r"), line, col, kind);
    else this.plainBody(delimiter, line, col);
    this.pos += delimiter.length;
  }
  operator() {
    const start = this.pos;
    const ch = this.text[start];
    let op;
    for (const candidate of OPERATORS_BY_FIRST.get(ch) ?? []) {
      if (candidate.length === 1 || this.text.startsWith(candidate, start)) {
        op = candidate;
        break;
      }
    }
    if (!op) {
      if (ch === "<" && this.text[start + 1] === ">") this.error("invalid syntax");
      const code = ch.codePointAt(0);
      this.error(`invalid character '${String.fromCodePoint(code)}' (U+${code.toString(16).toUpperCase().padStart(4, "0")})`);
    }
    if (op === "<" && this.text[start + 1] === ">") this.error("invalid syntax");
    if (OPENERS[op]) {
      if (this.brackets.length >= MAX_NESTING) this.error("too many nested parentheses");
      this.brackets.push({ char: op, line: this.line, col: start - this.lineStart });
    } else if (CLOSERS.has(op)) {
      const open = this.brackets.pop();
      if (!open) this.error(`unmatched '${op}'`);
      if (OPENERS[open.char] !== op) this.error(`closing parenthesis '${op}' does not match opening parenthesis '${open.char}'`);
    }
    const token = this.push("op", op, this.line, start - this.lineStart);
    this.pos = start + op.length;
    if (this.skipFunctionBodies && (op === "=" || op === "@")) this.skimValue(token);
  }
};

// src/python/parser.ts
var AUGMENTED = /* @__PURE__ */ new Set(["+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**="]);
var COMPARISON = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var BEYOND_BITWISE_OR = /* @__PURE__ */ new Set(["or", "and", "not", "if", "lambda", "in", "is"]);
var Parser = class {
  tokens;
  minor;
  i = 0;
  imports = [];
  guards = [];
  scopes = [{ kind: "module", async: false, tries: 0 }];
  bindings = /* @__PURE__ */ new Set();
  all;
  allUnreadable = false;
  openEnded = /* @__PURE__ */ new Set();
  /** Tokens parsed again after a look-ahead failed: the only way parsing can exceed one pass. */
  rewound = 0;
  observer;
  /** How many blocks deep the statement being parsed is. */
  blockDepth = 0;
  /** How many annotations deep the expression being parsed is. */
  annotationDepth = 0;
  /** Whether the simple statement being parsed ends the program. */
  exitingStatement = false;
  /** The last simple statement parsed: its depth, and whether it ends the program. */
  lastSimple;
  /**
   * The first lazy import where 3.15's compiler refuses one (in a function, a class, a `try`,
   * or of `*`): raised once the whole file has parsed, as CPython finds it only after parsing.
   */
  misplacedLazy;
  constructor(tokens, minor, observer) {
    this.tokens = tokens;
    this.minor = minor;
    this.observer = observer;
  }
  parseModule() {
    while (!this.atType("end")) this.statement();
    if (this.misplacedLazy) throw this.misplacedLazy;
    const result = { ok: true, imports: this.imports, bindings: [...this.bindings].sort(), openEnded: [...this.openEnded].sort() };
    if (this.all && !this.allUnreadable) result.all = this.all;
    return result;
  }
  // ---- token helpers ----
  get token() {
    return this.tokens[this.i];
  }
  peek(offset = 1) {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
  }
  atType(type) {
    return this.token.type === type;
  }
  atOp(value) {
    return this.token.type === "op" && this.token.value === value;
  }
  atKeyword(word) {
    return this.token.type === "name" && this.token.value === word && this.isKeyword(word);
  }
  isKeyword(word) {
    if (HARD_KEYWORDS.has(word)) return true;
    if (word === "async" || word === "await") return this.minor >= 7 || this.scope().async;
    return false;
  }
  next() {
    const token = this.token;
    if (token.type !== "end") this.i++;
    return token;
  }
  fail(message = "invalid syntax", token = this.token) {
    throw new PythonSyntaxError(message, token.line, token.col);
  }
  expectOp(value) {
    if (!this.atOp(value)) this.fail(`expected '${value}'`);
    return this.next();
  }
  expectKeyword(word) {
    if (!this.atKeyword(word)) this.fail(`expected '${word}'`);
    return this.next();
  }
  eatOp(value) {
    if (!this.atOp(value)) return false;
    this.i++;
    return true;
  }
  eatKeyword(word) {
    if (!this.atKeyword(word)) return false;
    this.i++;
    return true;
  }
  /** A NAME that is not a keyword. */
  identifier() {
    const token = this.token;
    if (token.type !== "name" || this.isKeyword(token.value)) this.fail();
    this.i++;
    return token.value;
  }
  atIdentifier() {
    return this.token.type === "name" && !this.isKeyword(this.token.value);
  }
  scope() {
    return this.scopes.at(-1);
  }
  atModuleLevel() {
    return this.scopes.length === 1;
  }
  bind(name) {
    if (this.atModuleLevel()) this.bindings.add(name);
  }
  /** Runs `attempt`; on a syntax error, rewinds and returns undefined. For the few places the grammar needs to look ahead. */
  attempt(attempt) {
    const saved = this.i;
    const importCount = this.imports.length;
    try {
      return attempt();
    } catch (error) {
      if (!(error instanceof PythonSyntaxError)) throw error;
      this.rewound += this.i - saved;
      this.i = saved;
      this.imports.length = importCount;
      return void 0;
    }
  }
  // ---- statements ----
  statement() {
    const token = this.token;
    if (token.type === "indent") this.fail("unexpected indent");
    if (token.type === "dedent") this.fail("unindent does not match any outer indentation level");
    if (token.type === "newline") this.fail();
    if (token.type === "op" && token.value === "@") return this.decorated();
    if (token.type === "name") {
      switch (token.value) {
        case "if":
          return this.ifStatement();
        case "while":
          return this.whileStatement();
        case "for":
          return this.forStatement();
        case "try":
          return this.tryStatement();
        case "with":
          return this.withStatement();
        case "def":
          return this.functionDef();
        case "class":
          return this.classDef();
        case "async":
          if (this.isKeyword("async") || ["def", "for", "with"].includes(this.peek().value)) return this.asyncStatement();
          break;
        case "match":
          if (this.minor >= 10 && this.matchStatement()) return;
          break;
      }
    }
    this.simpleStatements();
  }
  simpleStatements() {
    this.exitingStatement = false;
    this.simpleStatement();
    this.lastSimple = { depth: this.blockDepth, exits: this.exitingStatement };
    while (this.eatOp(";")) {
      if (this.atType("newline")) break;
      this.exitingStatement = false;
      this.simpleStatement();
      this.lastSimple = { depth: this.blockDepth, exits: this.exitingStatement };
    }
    if (!this.atType("newline")) this.fail();
    this.next();
  }
  simpleStatement() {
    const token = this.token;
    if (token.type === "name") {
      switch (token.value) {
        case "import":
          return this.importName();
        case "from":
          return this.importFrom();
        case "lazy":
          if (this.minor >= 15 && this.peek().type === "name" && (this.peek().value === "import" || this.peek().value === "from")) {
            this.next();
            return this.peek(0).value === "import" ? this.importName(token) : this.importFrom(token);
          }
          break;
        case "pass":
        case "break":
        case "continue":
          this.next();
          return;
        case "return":
          this.next();
          if (!this.atStatementEnd()) this.starExpressions();
          return;
        case "raise":
          this.exitingStatement = true;
          this.next();
          if (!this.atStatementEnd()) {
            this.expression();
            if (this.eatKeyword("from")) this.expression();
          }
          return;
        case "global":
        case "nonlocal":
          this.next();
          do
            this.identifier();
          while (this.eatOp(","));
          return;
        case "del":
          this.next();
          this.targetList("del");
          return;
        case "assert":
          this.next();
          this.expression();
          if (this.eatOp(",")) this.expression();
          return;
        case "type":
          if (this.minor >= 12 && this.peek().type === "name" && (this.peek(2).value === "=" || this.peek(2).value === "[") && this.peek(2).type === "op") {
            this.next();
            this.bind(this.identifier());
            if (this.atOp("[")) this.typeParams();
            this.expectOp("=");
            this.expression();
            return;
          }
          break;
      }
    }
    this.expressionStatement();
  }
  atStatementEnd() {
    return this.atType("newline") || this.atOp(";") || this.atType("end");
  }
  expressionStatement() {
    const start = this.token;
    const first = this.atKeyword("yield") ? this.yieldExpression() : this.starExpressions();
    if (this.atOp("=")) {
      const targets = [first];
      while (this.eatOp("=")) targets.push(this.atKeyword("yield") ? this.yieldExpression() : this.starExpressions());
      const value = targets.pop();
      for (const target of targets) {
        this.checkTarget(target, "assign", start);
        this.bindTarget(target);
        this.noteOpenEnded(target);
      }
      this.noteAllAssignment(targets, value, "=");
      this.observer?.assign?.(targets, value, start);
      return;
    }
    if (this.token.type === "op" && AUGMENTED.has(this.token.value)) {
      const op = this.next().value;
      if (first.k !== "name" && first.k !== "attr" && first.k !== "subscript") this.fail(`'${describe(first)}' is an illegal expression for augmented assignment`, start);
      const value = this.atKeyword("yield") ? this.yieldExpression() : this.starExpressions();
      this.noteAllAssignment([first], value, op);
      this.observer?.assign?.([first], { k: "other", what: `${op} assignment` }, start);
      this.observer?.augmented?.(first, op, value, start);
      return;
    }
    if (this.atOp(":")) {
      this.next();
      if (first.k !== "name" && first.k !== "attr" && first.k !== "subscript") this.fail(`illegal target for annotation`, start);
      this.annotation(() => this.expression());
      if (this.eatOp("=")) {
        const value = this.atKeyword("yield") ? this.yieldExpression() : this.starExpressions();
        this.noteAllAssignment([first], value, "=");
        this.observer?.assign?.([first], value, start);
      }
      if (first.k === "name") this.bind(first.id);
      return;
    }
    this.noteOpenEnded(first);
    this.exitingStatement = first.k === "call" && endsProgram(first.func);
    if (this.atModuleLevel() && first.k === "call" && first.func.k === "attr" && first.func.value.k === "name" && first.func.value.id === "__all__") {
      this.noteAllMethod(first.func.attr, first.args);
    }
  }
  importName(lazy) {
    const start = this.next();
    if (lazy) this.checkLazyPlace(lazy, "import");
    do {
      const module = this.dottedName();
      let asname;
      if (this.eatKeyword("as")) asname = this.identifier();
      this.bind(asname ?? module.split(".")[0]);
      const statement = { kind: "import", module, level: 0, names: [], line: (lazy ?? start).line, col: (lazy ?? start).col, guards: [...this.guards] };
      if (asname !== void 0) statement.asname = asname;
      if (lazy) statement.lazy = true;
      this.imports.push(statement);
    } while (this.eatOp(","));
  }
  dottedName() {
    let name = this.identifier();
    while (this.eatOp(".")) name += "." + this.identifier();
    return name;
  }
  importFrom(lazy) {
    const start = lazy ?? this.token;
    this.next();
    let level = 0;
    while (this.atOp(".") || this.atOp("...")) level += this.next().value.length;
    let module = "";
    if (!this.atKeyword("import")) module = this.dottedName();
    else if (level === 0) this.fail();
    if (lazy && level === 0 && module === "__future__") this.fail("lazy from __future__ import is not allowed", lazy);
    this.expectKeyword("import");
    const names = [];
    if (lazy) this.checkLazyPlace(lazy, "from ... import", this.atOp("*"));
    if (this.eatOp("*")) {
      names.push({ name: "*" });
      if (this.atModuleLevel()) this.openEnded.add(`from ${".".repeat(level)}${module} import *`);
    } else {
      const parenthesized = this.eatOp("(");
      do {
        if (parenthesized && this.atOp(")")) break;
        const name = this.identifier();
        const imported = { name };
        if (this.eatKeyword("as")) imported.asname = this.identifier();
        this.bind(imported.asname ?? name);
        names.push(imported);
      } while (this.eatOp(","));
      if (parenthesized) this.expectOp(")");
      else if (this.tokens[this.i - 1].value === "," && this.tokens[this.i - 1].type === "op") this.fail("trailing comma not allowed without surrounding parentheses");
    }
    const statement = { kind: "from", module, level, names, line: start.line, col: start.col, guards: [...this.guards] };
    if (lazy) statement.lazy = true;
    this.imports.push(statement);
  }
  /** Notes the first lazy import 3.15's compiler refuses where it stands (see misplacedLazy), in its words. */
  checkLazyPlace(lazy, what, star = false) {
    if (this.misplacedLazy) return;
    const scope = this.scope();
    const place = scope.tries ? "try/except blocks" : scope.kind === "function" ? "functions" : scope.kind === "class" ? "classes" : void 0;
    if (place) this.misplacedLazy = new PythonSyntaxError(`lazy ${what} not allowed inside ${place}`, lazy.line, lazy.col);
    else if (star) this.misplacedLazy = new PythonSyntaxError("lazy from ... import * is not allowed", lazy.line, lazy.col);
  }
  block() {
    this.expectOp(":");
    this.blockDepth++;
    try {
      if (this.atType("newline")) {
        this.next();
        if (!this.atType("indent")) this.fail("expected an indented block");
        this.next();
        while (!this.atType("dedent") && !this.atType("end")) this.statement();
        this.next();
      } else this.simpleStatements();
    } finally {
      this.blockDepth--;
    }
  }
  /** Whether the block just parsed at this depth ended with a statement that ends the program: `raise`, `sys.exit()`. */
  blockEndedProgram(depth) {
    return this.lastSimple?.depth === depth && this.lastSimple.exits;
  }
  withGuard(guard, body) {
    this.guards.push(guard);
    try {
      body();
    } finally {
      this.guards.pop();
    }
  }
  ifStatement() {
    this.next();
    const test = this.namedExpression();
    this.withGuard({ kind: "if", test, branch: "then" }, () => this.block());
    if (this.atKeyword("elif")) this.withGuard({ kind: "if", test, branch: "else" }, () => this.ifStatement());
    else if (this.eatKeyword("else")) this.withGuard({ kind: "if", test, branch: "else" }, () => this.block());
  }
  whileStatement() {
    this.next();
    this.namedExpression();
    this.block();
    if (this.eatKeyword("else")) this.block();
  }
  forStatement() {
    this.next();
    const target = this.targetList("for");
    this.bindTarget(target);
    this.expectKeyword("in");
    this.starExpressions();
    this.block();
    if (this.eatKeyword("else")) this.block();
  }
  asyncStatement() {
    this.next();
    if (this.atKeyword("def") || this.token.value === "def") return this.functionDef(true);
    if (!this.scope().async && this.minor < 7) this.fail();
    if (this.token.value === "for") return this.forStatement();
    if (this.token.value === "with") return this.withStatement();
    this.fail();
  }
  tryStatement() {
    const scope = this.scope();
    scope.tries++;
    try {
      this.tryBlocks();
    } finally {
      scope.tries--;
    }
  }
  tryBlocks() {
    this.next();
    const guard = { kind: "try", catches: [] };
    this.withGuard(guard, () => this.block());
    let handlers = 0;
    let star;
    while (this.atKeyword("except")) {
      this.next();
      const isStar = this.minor >= 11 && this.eatOp("*");
      if (star !== void 0 && star !== isStar) this.fail("cannot have both 'except' and 'except*' on the same 'try'");
      star = isStar;
      const handled = [];
      if (this.atOp(":")) {
        if (isStar) this.fail("expected one or more exception types");
        handled.push("*");
      } else {
        let caught = this.expression();
        if (this.atOp(",") && this.minor >= 14) {
          const elts = [caught];
          while (this.eatOp(",") && !this.atOp(":")) elts.push(this.expression());
          caught = { k: "tuple", elts };
          if (this.atKeyword("as")) this.fail("multiple exception types must be parenthesized when using 'as'");
        }
        handled.push(...exceptionNames(caught));
        if (this.eatKeyword("as")) this.bind(this.identifier());
        else if (this.atOp(",")) this.fail("multiple exception types must be parenthesized");
      }
      guard.catches.push(...handled);
      this.withGuard({ kind: "except", catches: handled }, () => this.block());
      (guard.handlers ??= []).push({ catches: handled, exits: this.blockEndedProgram(this.blockDepth + 1) });
      handlers++;
    }
    if (handlers > 0 && this.eatKeyword("else")) this.block();
    if (this.eatKeyword("finally")) this.block();
    else if (handlers === 0) this.fail("expected 'except' or 'finally' block");
  }
  withStatement() {
    this.next();
    const parenthesized = this.atOp("(") ? this.attempt(() => this.withItemsParenthesized()) : void 0;
    const items = parenthesized ?? this.withItems();
    const suppressed = items.flatMap((item) => suppressedExceptions(item));
    if (suppressed.length > 0) this.withGuard({ kind: "suppress", exceptions: suppressed }, () => this.block());
    else this.block();
  }
  /** `with (a as b, c):`, which 3.9+ parse as items, not as a tuple. */
  withItemsParenthesized() {
    this.expectOp("(");
    const items = [];
    do {
      if (this.atOp(")")) break;
      items.push(this.withItem());
    } while (this.eatOp(","));
    this.expectOp(")");
    if (!this.atOp(":")) this.fail();
    return items;
  }
  withItems() {
    const items = [this.withItem()];
    while (this.eatOp(",")) items.push(this.withItem());
    return items;
  }
  withItem() {
    const context = this.expression();
    if (this.eatKeyword("as")) {
      const start = this.token;
      const target = this.starTarget();
      this.checkTarget(target, "with", start);
      this.bindTarget(target);
    }
    return context;
  }
  decorated() {
    while (this.eatOp("@")) {
      this.namedExpression();
      if (!this.atType("newline")) this.fail();
      this.next();
    }
    if (this.atKeyword("def")) return this.functionDef();
    if (this.atKeyword("class")) return this.classDef();
    if (this.token.value === "async" && this.peek().value === "def") {
      this.next();
      return this.functionDef(true);
    }
    this.fail();
  }
  annotation(parse) {
    this.annotationDepth++;
    try {
      parse();
    } finally {
      this.annotationDepth--;
    }
  }
  functionDef(isAsync = false) {
    this.next();
    const name = this.identifier();
    this.bind(name);
    if (name === "__getattr__" && this.atModuleLevel()) this.openEnded.add("module __getattr__");
    if (this.atOp("[") && this.minor >= 12) this.typeParams();
    this.expectOp("(");
    this.parameters(")", true);
    this.expectOp(")");
    if (this.eatOp("->")) this.annotation(() => this.expression());
    this.scopes.push({ kind: "function", async: isAsync, tries: 0 });
    try {
      this.withGuard({ kind: "function", name }, () => this.block());
    } finally {
      this.scopes.pop();
    }
  }
  classDef() {
    this.next();
    const name = this.identifier();
    this.bind(name);
    if (this.atOp("[") && this.minor >= 12) this.typeParams();
    if (this.eatOp("(")) {
      if (!this.atOp(")")) this.callArguments();
      this.expectOp(")");
    }
    this.scopes.push({ kind: "class", async: false, tries: 0 });
    try {
      this.withGuard({ kind: "class", name }, () => this.block());
    } finally {
      this.scopes.pop();
    }
  }
  typeParams() {
    this.expectOp("[");
    do {
      if (this.atOp("]")) break;
      if (this.eatOp("*") || this.eatOp("**")) this.identifier();
      else {
        this.identifier();
        if (this.eatOp(":")) this.expression();
      }
      if (this.minor >= 13 && this.eatOp("=")) {
        this.eatOp("*");
        this.expression();
      }
    } while (this.eatOp(","));
    this.expectOp("]");
  }
  /** Parameters of a def (annotations allowed) or a lambda (none), up to `closer`. */
  parameters(closer, annotations) {
    let sawDefault = false;
    let sawStar = false;
    let sawSlash = false;
    let sawDoubleStar = false;
    let count = 0;
    const param = (allowStarAnnotation = false) => {
      this.identifier();
      if (annotations && this.eatOp(":")) this.annotation(() => {
        if (allowStarAnnotation && this.minor >= 11 && this.atOp("*")) {
          this.next();
          this.bitwiseOr();
        } else this.expression();
      });
    };
    while (!this.atOp(closer)) {
      if (sawDoubleStar) this.fail("arguments cannot follow var-keyword argument");
      if (this.eatOp("/")) {
        if (sawSlash || sawStar || count === 0 || this.minor < 8) this.fail("/ must be ahead of *");
        sawSlash = true;
      } else if (this.eatOp("**")) {
        param();
        sawDoubleStar = true;
      } else if (this.eatOp("*")) {
        if (sawStar) this.fail("* argument may appear only once");
        sawStar = true;
        if (this.atOp(",") || this.atOp(closer)) {
          if (this.atOp(closer) || this.peek().value === closer || this.peek().value === "**") this.fail("named arguments must follow bare *");
        } else param(true);
      } else {
        param();
        if (this.eatOp("=")) {
          this.expression();
          sawDefault = true;
        } else if (sawDefault && !sawStar) this.fail("non-default argument follows default argument");
        count++;
      }
      if (!this.eatOp(",")) break;
    }
  }
  // ---- match statement (3.10+) ----
  /** Tries `match SUBJECT:` + case blocks; returns false (nothing consumed) when `match` is a plain name here. */
  matchStatement() {
    const saved = this.i;
    const subjectParsed = this.attempt(() => {
      this.next();
      do {
        if (this.atOp("*")) this.starExpression();
        else this.namedExpression();
      } while (this.eatOp(",") && !this.atOp(":"));
      this.expectOp(":");
      if (!this.atType("newline")) this.fail();
      return true;
    });
    if (!subjectParsed) {
      this.i = saved;
      return false;
    }
    this.next();
    if (!this.atType("indent")) this.fail("expected an indented block");
    this.next();
    let cases = 0;
    while (this.token.type === "name" && this.token.value === "case") {
      this.next();
      this.patterns();
      if (this.eatKeyword("if")) this.namedExpression();
      this.block();
      cases++;
    }
    if (cases === 0 || !this.atType("dedent")) this.fail();
    this.next();
    return true;
  }
  patterns() {
    const first = this.maybeStarPattern();
    if (this.atOp(",") || first === "star") {
      while (this.eatOp(",")) {
        if (this.atOp(":") || this.atOp("]") || this.atOp(")") || this.token.type === "name" && this.token.value === "if") break;
        this.maybeStarPattern();
      }
    }
  }
  maybeStarPattern() {
    if (this.eatOp("*")) {
      this.identifier();
      return "star";
    }
    this.asPattern();
    return "pattern";
  }
  asPattern() {
    this.orPattern();
    if (this.eatKeyword("as")) {
      const name = this.identifier();
      if (name === "_") this.fail("cannot use '_' as a target");
    }
  }
  orPattern() {
    this.closedPattern();
    while (this.eatOp("|")) this.closedPattern();
  }
  closedPattern() {
    const token = this.token;
    if (token.type === "number" || this.atNumberSign()) {
      this.signedNumber();
      if (this.atOp("+") || this.atOp("-")) {
        this.next();
        if (this.token.type !== "number") this.fail();
        this.next();
      }
      return;
    }
    if (token.type === "string") {
      while (this.atType("string")) this.next();
      return;
    }
    if (token.type === "name") {
      if (token.value === "None" || token.value === "True" || token.value === "False") {
        this.next();
        return;
      }
      this.dottedName();
      if (this.eatOp("(")) {
        let keywords = false;
        while (!this.atOp(")")) {
          if (this.atIdentifier() && this.peek().value === "=" && this.peek().type === "op") {
            this.next();
            this.next();
            this.asPattern();
            keywords = true;
          } else {
            if (keywords) this.fail("positional patterns follow keyword patterns");
            this.asPattern();
          }
          if (!this.eatOp(",")) break;
        }
        this.expectOp(")");
      }
      return;
    }
    if (this.eatOp("(")) {
      if (!this.atOp(")")) this.patterns();
      this.expectOp(")");
      return;
    }
    if (this.eatOp("[")) {
      if (!this.atOp("]")) this.patterns();
      this.expectOp("]");
      return;
    }
    if (this.eatOp("{")) {
      while (!this.atOp("}")) {
        if (this.eatOp("**")) this.identifier();
        else {
          if (this.token.type === "string" || this.token.type === "number" || this.atNumberSign()) this.closedPattern();
          else if (this.token.type === "name") this.dottedName();
          else this.fail();
          this.expectOp(":");
          this.asPattern();
        }
        if (!this.eatOp(",")) break;
      }
      this.expectOp("}");
      return;
    }
    this.fail();
  }
  /** A sign before a number in a pattern: `-`, and from 3.15 on `+`. */
  atNumberSign() {
    return this.atOp("-") || this.minor >= 15 && this.atOp("+");
  }
  signedNumber() {
    if (this.atNumberSign()) this.next();
    if (this.token.type !== "number") this.fail();
    this.next();
  }
  // ---- targets ----
  /** Targets of `for` and `del`: a comma list without the surrounding parentheses. */
  targetList(context) {
    const start = this.token;
    const first = this.starTarget();
    let target = first;
    if (this.atOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (context === "for" ? this.atKeyword("in") : this.atStatementEnd()) break;
        elts.push(this.starTarget());
      }
      target = { k: "tuple", elts };
    }
    this.checkTarget(target, context, start);
    return target;
  }
  starTarget() {
    if (this.eatOp("*")) return { k: "starred", value: this.starTarget() };
    return this.bitwiseOr();
  }
  checkTarget(target, context, at) {
    switch (target.k) {
      case "name":
        if (context !== "del" && target.id === "__debug__" && this.minor >= 9) this.fail("cannot assign to __debug__", at);
        return;
      case "attr":
      case "subscript":
        return;
      case "starred":
        if (context === "del") this.fail("cannot delete starred", at);
        return this.checkTarget(target.value, context, at);
      case "tuple":
      case "list":
        for (const element of target.elts) this.checkTarget(element, context, at);
        return;
      default:
        this.fail(`cannot ${context === "del" ? "delete" : "assign to"} ${describe(target)}`, at);
    }
  }
  bindTarget(target) {
    if (target.k === "name") this.bind(target.id);
    else if (target.k === "starred") this.bindTarget(target.value);
    else if (target.k === "tuple" || target.k === "list") for (const element of target.elts) this.bindTarget(element);
  }
  // ---- __all__ and open-endedness ----
  noteAllAssignment(targets, value, op) {
    if (!this.atModuleLevel()) return;
    if (!targets.some((target) => target.k === "name" && target.id === "__all__")) return;
    const names = literalStrings(value);
    if (!names) {
      this.allUnreadable = true;
      return;
    }
    if (op === "=") this.all = names;
    else if (op === "+=") this.all = [...this.all ?? [], ...names];
    else this.allUnreadable = true;
  }
  noteAllMethod(method, args) {
    const first = args[0];
    if (method === "append" && args.length === 1 && first?.k === "str" && first.value !== null) this.all = [...this.all ?? [], first.value];
    else if (method === "extend" && args.length === 1 && literalStrings(args[0])) this.all = [...this.all ?? [], ...literalStrings(args[0])];
    else this.allUnreadable = true;
  }
  /**
   * Code that binds module names no one can list: exec(), globals()[...] = ..., globals().update().
   * Counted wherever it stands, since a function may run at import: better unknown than a false error.
   */
  noteOpenEnded(expression) {
    const isGlobalsCall = (value) => value.k === "call" && value.func.k === "name" && (value.func.id === "globals" || value.func.id === "vars" || value.func.id === "locals");
    if (expression.k === "call" && expression.func.k === "name" && (expression.func.id === "exec" || expression.func.id === "execfile")) this.openEnded.add("exec()");
    else if (expression.k === "subscript" && isGlobalsCall(expression.value)) this.openEnded.add("globals() written");
    else if (expression.k === "call" && expression.func.k === "attr" && isGlobalsCall(expression.func.value)) this.openEnded.add("globals() written");
  }
  // ---- expressions ----
  starExpressions() {
    const first = this.starExpression();
    if (!this.atOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return { k: "tuple", elts };
  }
  starExpression() {
    if (this.eatOp("*")) return { k: "starred", value: this.bitwiseOr() };
    return this.expression();
  }
  startsExpression() {
    const token = this.token;
    if (token.type === "number" || token.type === "string") return true;
    if (token.type === "name") return !this.isKeyword(token.value) || ["None", "True", "False", "not", "lambda", "await", "yield"].includes(token.value);
    if (token.type === "op") return ["(", "[", "{", "-", "+", "~", "*", "..."].includes(token.value);
    return false;
  }
  namedExpression() {
    if (this.atIdentifier() && this.peek().type === "op" && this.peek().value === ":=") {
      if (this.minor < 8) this.fail();
      const name = this.identifier();
      this.next();
      const value = this.expression();
      if (this.scopes.length === 1 && this.guards.length === 0) this.bind(name);
      return value;
    }
    const expression = this.expression();
    if (this.atOp(":=")) this.fail(`cannot use assignment expressions with ${describe(expression)}`);
    return expression;
  }
  expression() {
    if (this.atKeyword("lambda")) return this.lambda();
    const body = this.disjunction();
    if (this.eatKeyword("if")) {
      this.disjunction();
      this.expectKeyword("else");
      this.expression();
      return { k: "other", what: "conditional expression" };
    }
    return body;
  }
  expressionNoCond() {
    if (this.atKeyword("lambda")) return this.lambda(false);
    return this.disjunction();
  }
  lambda(allowConditional = true) {
    this.next();
    this.parameters(":", false);
    this.expectOp(":");
    this.scopes.push({ kind: "function", async: false, tries: 0 });
    try {
      this.withGuard({ kind: "function", name: "<lambda>" }, () => allowConditional ? this.expression() : this.expressionNoCond());
    } finally {
      this.scopes.pop();
    }
    return { k: "other", what: "lambda" };
  }
  disjunction() {
    const first = this.conjunction();
    if (!this.atKeyword("or")) return first;
    const values = [first];
    while (this.eatKeyword("or")) values.push(this.conjunction());
    return { k: "boolop", op: "or", values };
  }
  conjunction() {
    const first = this.inversion();
    if (!this.atKeyword("and")) return first;
    const values = [first];
    while (this.eatKeyword("and")) values.push(this.inversion());
    return { k: "boolop", op: "and", values };
  }
  inversion() {
    if (this.eatKeyword("not")) return { k: "not", operand: this.inversion() };
    return this.comparison();
  }
  comparison() {
    const left = this.bitwiseOr();
    const ops = [];
    const comparators = [];
    while (true) {
      const token = this.token;
      let op;
      if (token.type === "op" && COMPARISON.has(token.value)) op = this.next().value;
      else if (this.atKeyword("in")) op = this.next().value;
      else if (this.atKeyword("not") && this.peek().value === "in") {
        this.next();
        this.next();
        op = "not in";
      } else if (this.atKeyword("is")) {
        this.next();
        op = this.eatKeyword("not") ? "is not" : "is";
      }
      if (!op) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    return ops.length === 0 ? left : { k: "compare", left, ops, comparators };
  }
  binary(operators, operand) {
    let left = operand();
    while (this.token.type === "op" && operators.includes(this.token.value)) {
      const op = this.next().value;
      left = { k: "binop", op, left, right: operand() };
    }
    return left;
  }
  bitwiseOr() {
    return this.binary(["|"], () => this.binary(["^"], () => this.binary(["&"], () => this.binary(["<<", ">>"], () => this.binary(["+", "-"], () => this.term())))));
  }
  term() {
    return this.binary(["*", "/", "//", "%", "@"], () => this.factor());
  }
  factor() {
    if (this.token.type === "op" && (this.token.value === "+" || this.token.value === "-" || this.token.value === "~")) {
      const op = this.next().value;
      const operand = this.factor();
      if (op === "-" && operand.k === "num" && operand.value !== null) return { k: "num", value: -operand.value };
      return { k: "unary", op, operand };
    }
    return this.power();
  }
  power() {
    const base = this.awaitPrimary();
    if (this.eatOp("**")) return { k: "binop", op: "**", left: base, right: this.factor() };
    return base;
  }
  awaitPrimary() {
    if (this.atKeyword("await") && (this.minor >= 7 || this.scope().async)) {
      this.next();
      this.primary();
      return { k: "other", what: "await" };
    }
    return this.primary();
  }
  primary() {
    const start = this.token;
    let value = this.atom();
    if (value.k === "name" && this.observer?.name && !(this.annotationDepth > 0 && this.minor >= 14)) {
      const attribute = this.atOp(".") && this.peek().type === "name" ? this.peek().value : void 0;
      this.observer.name(value.id, attribute, start, [...this.guards]);
    }
    while (true) {
      if (this.eatOp(".")) value = { k: "attr", value, attr: this.identifier() };
      else if (this.atOp("(")) {
        const open = this.next();
        const call = this.atOp(")") ? { args: [], keywords: [] } : this.callArguments();
        this.expectOp(")");
        const expression = { k: "call", func: value, args: call.args, keywords: call.keywords };
        this.noteDynamicImport(expression, open);
        this.observer?.call?.(expression, open, [...this.guards]);
        value = expression;
      } else if (this.eatOp("[")) {
        value = { k: "subscript", value, slice: this.slices() };
        this.expectOp("]");
      } else return value;
    }
  }
  noteDynamicImport(call, at) {
    const func = call.func;
    const name = func.k === "name" ? func.id : func.k === "attr" ? func.attr : void 0;
    if (name !== "import_module" && name !== "__import__") return;
    if (name === "__import__" && func.k !== "name") return;
    const first = call.args[0];
    if (!first || first.k !== "str" || first.value === null || first.value === "") return;
    const level = first.value.length - first.value.replace(/^\.+/, "").length;
    const statement = { kind: "dynamic", module: first.value.slice(level), level, names: [], line: at.line, col: at.col, guards: [...this.guards] };
    const packageArg = name === "import_module" ? call.args[1] ?? call.keywords.find((keyword) => keyword.name === "package")?.value : void 0;
    if (packageArg?.k === "str" && packageArg.value !== null) statement.package = packageArg.value;
    this.imports.push(statement);
  }
  callArguments() {
    const args = [];
    const keywords = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.atOp(")")) {
      if (this.eatOp("**")) {
        keywords.push({ name: null, value: this.expression() });
        sawDoubleStar = true;
      } else if (this.atOp("*")) {
        const start = this.next();
        if (sawDoubleStar) this.fail("iterable argument unpacking follows keyword argument unpacking");
        args.push({ k: "starred", value: this.expression() });
        if (this.atKeyword("for") || this.atKeyword("async")) {
          if (args.length > 1 || keywords.length > 0) this.fail("Generator expression must be parenthesized", start);
          this.unpackingComprehension("*", start);
          if (!this.atOp(")")) this.fail("Generator expression must be parenthesized", start);
          args[0] = { k: "other", what: "generator expression" };
          break;
        }
      } else if (this.atIdentifier() && this.peek().type === "op" && this.peek().value === "=") {
        const name = this.identifier();
        this.next();
        keywords.push({ name, value: this.expression() });
        sawKeyword = true;
      } else {
        const start = this.token;
        const value = this.namedExpression();
        if (this.atOp("=")) this.fail('expression cannot contain assignment, perhaps you meant "=="?', start);
        if (this.atKeyword("for") || this.atKeyword("async")) {
          this.comprehension();
          if (args.length > 0 || keywords.length > 0 || !this.atOp(")")) this.fail("Generator expression must be parenthesized", start);
          args.push({ k: "other", what: "generator expression" });
          break;
        }
        if (sawDoubleStar) this.fail("positional argument follows keyword argument unpacking", start);
        if (sawKeyword) this.fail("positional argument follows keyword argument", start);
        args.push(value);
      }
      if (!this.eatOp(",")) break;
    }
    return { args, keywords };
  }
  slices() {
    const first = this.slice();
    if (!this.atOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atOp("]")) break;
      elts.push(this.slice());
    }
    return { k: "tuple", elts };
  }
  slice() {
    if (this.atOp("*") && this.minor >= 11) {
      this.next();
      return { k: "starred", value: this.bitwiseOr() };
    }
    let lower = null;
    if (!this.atOp(":")) {
      lower = this.namedExpression();
      if (!this.atOp(":")) return lower;
    }
    this.expectOp(":");
    let upper = null;
    let step = null;
    if (!this.atOp("]") && !this.atOp(",") && !this.atOp(":")) upper = this.expression();
    if (this.eatOp(":") && !this.atOp("]") && !this.atOp(",")) step = this.expression();
    return { k: "slice", lower, upper, step };
  }
  comprehension() {
    do {
      this.eatKeyword("async");
      this.expectKeyword("for");
      const start = this.token;
      const first = this.starTarget();
      let target = first;
      if (this.atOp(",")) {
        const elts = [first];
        while (this.eatOp(",")) {
          if (this.atKeyword("in")) break;
          elts.push(this.starTarget());
        }
        target = { k: "tuple", elts };
      }
      this.checkTarget(target, "comprehension", start);
      this.expectKeyword("in");
      this.disjunction();
      while (this.eatKeyword("if")) this.disjunction();
    } while (this.atKeyword("for") || this.atKeyword("async") && this.peek().value === "for");
  }
  /** `*` and any expression after it, as a generator unpacks it (`(*a or b for a in c)`, 3.15 on). */
  unpacked() {
    this.expectOp("*");
    return { k: "starred", value: this.expression() };
  }
  /**
   * Whether tokens [from, to) hold no more than a bitwise or: no boolean operator, comparison,
   * conditional or lambda outside brackets. For what was read as an expression where only a
   * display's item may stand; in linear work, as each item is looked at once.
   */
  onlyBitwiseOr(from, to) {
    let depth = 0;
    for (let at = from; at < to; at++) {
      const token = this.tokens[at];
      if (token.type === "op") {
        if (token.value === "(" || token.value === "[" || token.value === "{") depth++;
        else if (token.value === ")" || token.value === "]" || token.value === "}") depth--;
        else if (depth === 0 && COMPARISON.has(token.value)) return false;
      } else if (depth === 0 && token.type === "name" && BEYOND_BITWISE_OR.has(token.value)) return false;
    }
    return true;
  }
  /** The clauses of a comprehension whose element is unpacked (`[*a for a in b]`, `{**d for d in e}`): 3.15 on (PEP 798). */
  unpackingComprehension(star, start) {
    if (this.minor < 15) this.fail(star === "*" ? "iterable unpacking cannot be used in comprehension" : "dict unpacking cannot be used in dict comprehension", start);
    this.comprehension();
  }
  yieldExpression() {
    this.next();
    if (this.eatKeyword("from")) this.expression();
    else if (this.startsExpression() && !this.atOp(")")) this.starExpressions();
    return { k: "other", what: "yield" };
  }
  atom() {
    const token = this.token;
    switch (token.type) {
      case "name": {
        if (token.value === "None" || token.value === "True" || token.value === "False") {
          this.next();
          return { k: "const", value: token.value };
        }
        if (this.isKeyword(token.value)) this.fail();
        this.next();
        return { k: "name", id: token.value };
      }
      case "number": {
        this.next();
        const text = token.value.replace(/_/g, "");
        const value = /^[0-9]+$/.test(text) ? Number(text) : /^[0-9]*\.[0-9]+$/.test(text) ? Number(text) : null;
        return { k: "num", value };
      }
      case "string":
        return this.strings();
      case "op":
        switch (token.value) {
          case "(":
            return this.parenthesized();
          case "[":
            return this.listDisplay();
          case "{":
            return this.braceDisplay();
          case "...":
            this.next();
            return { k: "const", value: "..." };
        }
    }
    this.fail();
  }
  strings() {
    let value = "";
    let kind;
    while (this.atType("string")) {
      const token = this.next();
      const prefix = token.prefix ?? "";
      const thisKind = prefix.includes("b") ? "bytes" : prefix.includes("t") ? "template" : "text";
      if (kind && kind !== thisKind && (kind === "template" || thisKind === "template")) this.fail("cannot mix t-string literals with string or bytes literals", token);
      if (kind && kind !== thisKind) this.fail("cannot mix bytes and nonbytes literals", token);
      kind = thisKind;
      if (prefix.includes("f")) {
        value = null;
        continue;
      }
      if (value !== null) value = prefix.includes("r") ? value + token.body : appendDecoded(value, token.body);
    }
    if (kind === "template") return { k: "other", what: "t-string" };
    return { k: "str", value: kind === "bytes" || value === null ? null : ownString(value) };
  }
  parenthesized() {
    this.next();
    if (this.eatOp(")")) return { k: "tuple", elts: [] };
    if (this.atKeyword("yield")) {
      const value = this.yieldExpression();
      this.expectOp(")");
      return value;
    }
    const start = this.token;
    const from = this.i;
    const first = this.atOp("*") ? this.unpacked() : this.namedExpression();
    if (this.atKeyword("for") || this.atKeyword("async")) {
      if (first.k === "starred") this.unpackingComprehension("*", start);
      else this.comprehension();
      this.expectOp(")");
      return { k: "other", what: "generator expression" };
    }
    if (this.eatOp(")")) {
      if (first.k === "starred") this.fail("cannot use starred expression here");
      return first;
    }
    if (first.k === "starred" && !this.onlyBitwiseOr(from, this.i)) this.fail("invalid syntax", start);
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atOp(")")) break;
      elts.push(this.atOp("*") ? this.starExpression() : this.namedExpression());
    }
    this.expectOp(")");
    return { k: "tuple", elts };
  }
  listDisplay() {
    this.next();
    const elts = [];
    if (this.eatOp("]")) return { k: "list", elts };
    const start = this.token;
    const first = this.atOp("*") ? this.starExpression() : this.namedExpression();
    if (this.atKeyword("for") || this.atKeyword("async")) {
      if (first.k === "starred") this.unpackingComprehension("*", start);
      else this.comprehension();
      this.expectOp("]");
      return { k: "other", what: "list comprehension" };
    }
    elts.push(first);
    while (this.eatOp(",")) {
      if (this.atOp("]")) break;
      elts.push(this.atOp("*") ? this.starExpression() : this.namedExpression());
    }
    this.expectOp("]");
    return { k: "list", elts };
  }
  braceDisplay() {
    this.next();
    if (this.eatOp("}")) return { k: "other", what: "dict" };
    let isDict;
    const start = this.token;
    if (this.eatOp("**")) {
      if (this.minor >= 15) {
        const from = this.i;
        this.expression();
        if (!this.atKeyword("for") && !this.atKeyword("async") && !this.onlyBitwiseOr(from, this.i)) {
          this.fail(this.tokens.slice(from, this.i).some((token) => token.type === "name" && token.value === "if") ? "invalid double starred expression. Did you forget to wrap the conditional expression in parentheses?" : "cannot use dict unpacking here", start);
        }
      } else this.bitwiseOr();
      if (this.atKeyword("for") || this.atKeyword("async")) {
        this.unpackingComprehension("**", start);
        this.expectOp("}");
        return { k: "other", what: "dict comprehension" };
      }
      isDict = true;
    } else {
      const first = this.atOp("*") ? this.starExpression() : this.namedExpression();
      if (this.eatOp(":")) {
        if (first.k === "starred") this.fail();
        this.expression();
        isDict = true;
      } else isDict = false;
      if (this.atKeyword("for") || this.atKeyword("async")) {
        if (first.k === "starred") this.unpackingComprehension("*", start);
        else this.comprehension();
        this.expectOp("}");
        return { k: "other", what: isDict ? "dict comprehension" : "set comprehension" };
      }
    }
    const elts = [];
    while (this.eatOp(",")) {
      if (this.atOp("}")) break;
      if (isDict) {
        if (this.eatOp("**")) this.bitwiseOr();
        else {
          this.expression();
          this.expectOp(":");
          this.expression();
        }
      } else elts.push(this.atOp("*") ? this.starExpression() : this.namedExpression());
    }
    this.expectOp("}");
    return isDict ? { k: "other", what: "dict" } : { k: "set", elts };
  }
};
function describe(expression) {
  switch (expression.k) {
    case "call":
      return "function call";
    case "str":
    case "num":
      return "literal";
    case "const":
      return expression.value === "..." ? "ellipsis" : expression.value;
    case "compare":
      return "comparison";
    case "boolop":
    case "not":
    case "unary":
    case "binop":
      return "expression";
    case "other":
      return expression.what;
    default:
      return expression.k;
  }
}
function exceptionNames(expression) {
  if (expression.k === "name") return [expression.id];
  if (expression.k === "attr") return [expression.attr];
  if (expression.k === "tuple") return expression.elts.flatMap(exceptionNames);
  return ["?"];
}
function suppressedExceptions(context) {
  if (context.k !== "call") return [];
  const func = context.func;
  const name = func.k === "name" ? func.id : func.k === "attr" ? func.attr : "";
  if (name !== "suppress") return [];
  return context.args.flatMap(exceptionNames);
}
function literalStrings(value) {
  if (value.k !== "list" && value.k !== "tuple") return void 0;
  const names = [];
  for (const element of value.elts) {
    if (element.k !== "str" || element.value === null) return void 0;
    names.push(element.value);
  }
  return names;
}
var SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v", "0": "\0" };
function appendDecoded(value, body) {
  if (!body.includes("\\")) return value + body;
  return value + body.replace(/\\(\r\n|\n|\r|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (match, escape) => {
    if (escape === "\n" || escape === "\r" || escape === "\r\n") return "";
    if (/^[xuU]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    if (/^[0-7]+$/.test(escape)) return String.fromCodePoint(parseInt(escape, 8));
    return SIMPLE_ESCAPES[escape] ?? match;
  });
}
function endsProgram(func) {
  if (func.k === "name") return func.id === "exit" || func.id === "quit";
  return func.k === "attr" && func.value.k === "name" && (func.value.id === "sys" && func.attr === "exit" || func.value.id === "os" && func.attr === "_exit");
}

// src/python/source-text.ts
var SourceDecodeError = class extends Error {
  name = "SourceDecodeError";
};
var COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
var ALIASES = {
  "utf_8": "utf-8",
  "utf8": "utf-8",
  "u8": "utf-8",
  "utf": "utf-8",
  "utf8_ucs2": "utf-8",
  "utf8_ucs4": "utf-8",
  "cp65001": "utf-8",
  "latin_1": "iso-8859-1",
  "latin1": "iso-8859-1",
  "latin": "iso-8859-1",
  "l1": "iso-8859-1",
  "iso_8859_1": "iso-8859-1",
  "iso8859_1": "iso-8859-1",
  "8859": "iso-8859-1",
  "cp819": "iso-8859-1",
  "ascii": "ascii",
  "us_ascii": "ascii",
  "646": "ascii"
};
function normalizeCodec(name) {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
}
function tokenizerCodec(name) {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf-8" || lower.startsWith("utf-8-")) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower)) return "iso-8859-1";
  return name;
}
var decoders = /* @__PURE__ */ new Map();
function decoderFor(codec) {
  if (!decoders.has(codec)) decoders.set(codec, newDecoder(codec));
  return decoders.get(codec);
}
function newDecoder(codec) {
  const normalized = normalizeCodec(codec);
  const label = ALIASES[normalized] ?? normalized.replace(/_/g, "-");
  try {
    if (label === "ascii") return new TextDecoder("windows-1252", { fatal: true });
    return new TextDecoder(label, { fatal: true });
  } catch {
    for (const alternative of [label.replace(/^iso(\d)/, "iso-$1"), label.replace(/^cp(\d+)$/, "windows-$1"), label.replace(/^iso-?8859-?(\d+)$/, "iso-8859-$1")]) {
      try {
        return new TextDecoder(alternative, { fatal: true });
      } catch {
      }
    }
    return void 0;
  }
}
function lineEnd(bytes, start) {
  let end = start;
  while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13) end++;
  return end;
}
function asciiLine(bytes, start, end) {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}
function isBlankOrComment(line) {
  return /^[ \t\f]*(#.*)?$/.test(line);
}
function findCookie(bytes, start) {
  const firstEnd = lineEnd(bytes, start);
  const first = asciiLine(bytes, start, firstEnd);
  const match = COOKIE.exec(first);
  if (match) return match[1];
  if (!isBlankOrComment(first)) return void 0;
  let secondStart = firstEnd;
  if (bytes[secondStart] === 13 && bytes[secondStart + 1] === 10) secondStart += 2;
  else if (secondStart < bytes.length) secondStart += 1;
  const second = asciiLine(bytes, secondStart, lineEnd(bytes, secondStart));
  return COOKIE.exec(second)?.[1];
}
function decodeSource(bytes) {
  let start = 0;
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  if (bom) start = 3;
  const cookie = findCookie(bytes, start);
  let codec = "utf-8";
  if (cookie !== void 0) {
    codec = tokenizerCodec(cookie);
    if (bom && codec !== "utf-8") throw new SourceDecodeError(`encoding problem: ${cookie} with BOM`);
  }
  const decoder = decoderFor(codec);
  if (!decoder) throw new SourceDecodeError(`unknown encoding: ${cookie ?? codec}`);
  const body = bytes.subarray(start);
  if (normalizeCodec(codec) === "ascii" || ALIASES[normalizeCodec(codec)] === "ascii") {
    for (const byte of body) if (byte > 127) throw new SourceDecodeError(`'ascii' codec can't decode byte 0x${byte.toString(16)}`);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw new SourceDecodeError(`'${codec}' codec can't decode the file`);
  }
}

// src/python/scanner.ts
var NAMES_NOT_READ = "names not read (scanned for its imports only)";
function scanSource(source, minor, options = {}) {
  try {
    const text = typeof source === "string" ? source : decodeSource(source);
    const result = new Parser(tokenize(text, minor, options), minor).parseModule();
    return options.importsOnly ? { ok: true, imports: result.imports, bindings: [], openEnded: [NAMES_NOT_READ] } : result;
  } catch (error) {
    if (error instanceof PythonSyntaxError) return { ok: false, error: error.message, line: error.line };
    if (error instanceof SourceDecodeError) return { ok: false, error: error.message };
    if (error instanceof RangeError) return { ok: false, error: "too deeply nested to parse" };
    return { ok: false, error: `scanner error: ${error.message}` };
  }
}

// src/python/scan-wire.ts
var KINDS = ["import", "from", "dynamic"];
var HAS_GUARDS = 4;
var HAS_ASNAME = 8;
var HAS_PACKAGE = 16;
var IS_LAZY = 32;
function encodeImports(imports, wire) {
  for (const statement of imports) {
    const guarded = statement.guards.length > 0;
    const head = KINDS.indexOf(statement.kind) | (guarded ? HAS_GUARDS : 0) | (statement.asname !== void 0 ? HAS_ASNAME : 0) | (statement.package !== void 0 ? HAS_PACKAGE : 0) | (statement.lazy ? IS_LAZY : 0);
    wire.push(head, statement.module, statement.level, statement.line, statement.col, statement.names.length);
    for (const name of statement.names) wire.push(name.asname === void 0 ? name.name : [name.name, name.asname]);
    if (guarded) wire.push(statement.guards);
    if (statement.asname !== void 0) wire.push(statement.asname);
    if (statement.package !== void 0) wire.push(statement.package);
  }
}
function encodeScan(scan2) {
  if (!scan2.ok) return JSON.stringify(scan2.line === void 0 ? [0, scan2.error] : [0, scan2.error, scan2.line]);
  const importsOnly = scan2.bindings.length === 0 && scan2.openEnded.length === 1 && scan2.openEnded[0] === NAMES_NOT_READ && scan2.all === void 0;
  const wire = importsOnly ? [2] : [1, scan2.bindings, scan2.openEnded, scan2.all ?? 0];
  encodeImports(scan2.imports, wire);
  return JSON.stringify(wire);
}

// src/python/scan-worker.ts
var scratch = new ScratchBuffer();
function scan(request) {
  let bytes;
  try {
    bytes = request.bytes ?? readRange(request.range, scratch);
  } catch (error) {
    return { id: request.id, readError: error.message };
  }
  return { id: request.id, json: encodeScan(scanSource(bytes, request.minor, request.options)) };
}
parentPort?.on("message", (batch) => {
  parentPort.postMessage(batch.map(scan));
});
