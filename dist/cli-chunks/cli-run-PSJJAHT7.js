#!/usr/bin/env node
import { createRequire as __importGuardCreateRequire } from 'node:module';
const require = __importGuardCreateRequire(import.meta.url);

// src/runtime-tuning.ts
import v8 from "node:v8";
v8.setFlagsFromString("--battery-saver-mode");

// src/cli.ts
import { readFile as readFile5, writeFile as writeFile2 } from "node:fs/promises";
import path17 from "node:path";
import { parseArgs } from "node:util";

// src/boot/env-lines.ts
import { readFile } from "node:fs/promises";

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
var ConfigurationError = class extends UserError {
  name = "ConfigurationError";
};
var ImageError = class extends UserError {
  name = "ImageError";
};
function isUserError(error) {
  return error instanceof UserError;
}
var BootError = class extends UserError {
  name = "BootError";
};

// src/boot/env-lines.ts
var NAME = /^[^=\s]+$/;
function parseEnvLines(lines, origin, into = {}, hostEnv = process.env) {
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\s+/, "").replace(/\r$/, "");
    if (line === "" || line.startsWith("#")) return;
    const equals = line.indexOf("=");
    const name = equals === -1 ? line : line.slice(0, equals);
    if (!NAME.test(name)) throw new ConfigurationError(`${origin} line ${index + 1}: ${JSON.stringify(name)} is not a variable name; write NAME=value`);
    if (equals !== -1) into[name] = line.slice(equals + 1);
    else if (hostEnv[name] !== void 0) into[name] = hostEnv[name];
  });
  return into;
}
var MASKED_LENGTH = 4;
function secretValues(env) {
  const values = Object.values(env).filter((value) => value.length >= MASKED_LENGTH);
  const forms = new Set(values.flatMap(secretForms).filter((form) => form.length >= MASKED_LENGTH));
  return [...forms].sort((a, b) => b.length - a.length);
}
function urlSafe(base64) {
  return base64.replace(/\+/g, "-").replace(/\//g, "_");
}
function base64Inside(bytes, offset) {
  const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64").replace(/=+$/, "");
  const start = offset === 0 ? 0 : offset + 1;
  const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
  return encoded.slice(start, end);
}
function secretForms(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const base64 = bytes.toString("base64");
  const inside = [0, 1, 2].map((offset) => base64Inside(bytes, offset));
  const hex = bytes.toString("hex");
  const forms = [secret, base64, base64.replace(/=+$/, ""), ...inside, hex, hex.toUpperCase()];
  forms.push(...forms.slice(1, 6).map(urlSafe));
  try {
    forms.push(encodeURIComponent(secret));
  } catch {
  }
  return [...new Set(forms)];
}
function maskSecrets(text, secrets) {
  let masked = text;
  for (const secret of secrets) masked = masked.split(secret).join("***");
  return masked;
}
async function readEnvFile(file) {
  try {
    return (await readFile(file, "utf8")).split("\n");
  } catch (error) {
    throw new ConfigurationError(`cannot read env-file ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  }
}

// src/boot/interrupt.ts
import { constants } from "node:os";
var SIGNALS = ["SIGINT", "SIGTERM"];
var INTERRUPT_CLEANUP_SECONDS = 10;
var logger;
var boots = /* @__PURE__ */ new Set();
var creations = /* @__PURE__ */ new Set();
var interrupted;
function removeBootContainersOnSignal(log) {
  logger = log;
}
function bootCallsInOwnGroup() {
  return logger !== void 0 && (boots.size > 0 || interrupted !== void 0);
}
function creatingContainer(create) {
  if (interrupted) return new Promise(() => {
  });
  const call = create();
  creations.add(call);
  void call.then(
    () => creations.delete(call),
    () => creations.delete(call)
  );
  return call;
}
function endBy(signal) {
  for (const name of SIGNALS) process.off(name, onSignal);
  process.kill(process.pid, signal);
  setTimeout(() => process.exit(128 + constants.signals[signal]), 1e3);
}
async function removeContainers(targets) {
  const removal = (async () => {
    await Promise.allSettled([...creations]);
    for (const boot of targets) await boot.remove();
  })();
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`docker did not answer within ${INTERRUPT_CLEANUP_SECONDS} s`)), INTERRUPT_CLEANUP_SECONDS * 1e3);
  });
  try {
    await Promise.race([removal, limit]);
  } catch (error) {
    const filters = targets.map((boot) => `--filter ${boot.filter}`).join(" ");
    logger?.warn(`could not remove the boot's container (${error.message}); remove it with: docker rm --force $(docker ps --all --quiet ${filters})`);
  } finally {
    clearTimeout(timer);
  }
}
function onSignal(signal) {
  if (interrupted) {
    endBy(signal);
    return;
  }
  interrupted = signal;
  logger?.info(`${signal}: removing the boot's container before exiting (send ${signal} again to exit at once)`);
  void removeContainers([...boots]).finally(() => endBy(signal));
}
function whileContainersMayExist(containers, work) {
  if (!logger) return work();
  if (boots.size === 0 && !interrupted) for (const name of SIGNALS) process.on(name, onSignal);
  boots.add(containers);
  const done = (async () => {
    try {
      return await work();
    } finally {
      boots.delete(containers);
      if (boots.size === 0 && !interrupted) for (const name of SIGNALS) process.off(name, onSignal);
    }
  })();
  return new Promise((resolve, reject) => {
    done.then(
      (value) => interrupted || resolve(value),
      (error) => interrupted || reject(error)
    );
  });
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/explain/repository-files.ts
import { closeSync, constants as constants2, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
var REPOSITORY_FILE_LIMIT = 1024 * 1024;
var QUOTED_TEXT_LIMIT = 200;
function isWithin(root, target) {
  const relative = path.relative(root, target);
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
function locateInRepository(root, target, realRoot) {
  const absoluteRoot = path.resolve(root);
  const absolute2 = path.resolve(absoluteRoot, target);
  if (!isWithin(absoluteRoot, absolute2)) return { refused: "it is outside the repository" };
  let real;
  try {
    real = realpathSync(absolute2);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { refused: `it cannot be resolved (${code ?? error.message})` };
  }
  if (!isWithin(realRoot ?? realpathSync(absoluteRoot), real)) return { refused: "it is a symbolic link (or under one) that leads outside the repository" };
  return { real };
}
function quoted(text, limit = QUOTED_TEXT_LIMIT) {
  const flat = text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
  if (flat.length <= limit) return flat;
  const end = /[\ud800-\udbff]/.test(flat[limit - 1]) ? limit - 1 : limit;
  return `${flat.slice(0, end)}\u2026`;
}
function readRepositoryFile(root, relative, logger2, limit = REPOSITORY_FILE_LIMIT) {
  const name = JSON.stringify(quoted(relative));
  const located = locateInRepository(root, relative);
  if ("missing" in located) return void 0;
  if ("refused" in located) {
    logger2.warn(`skipped ${name} of the checkout: ${located.refused}; the guard reads only files inside the repository`);
    return void 0;
  }
  let descriptor;
  try {
    descriptor = openSync(located.real, constants2.O_RDONLY | constants2.O_NONBLOCK | constants2.O_NOFOLLOW);
  } catch (error) {
    logger2.warn(`skipped ${name} of the checkout: it cannot be read (${error.code ?? error.message})`);
    return void 0;
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) {
      logger2.warn(`skipped ${name} of the checkout: it is not a regular file`);
      return void 0;
    }
    const chunks = [];
    const chunk = Buffer.alloc(Math.min(limit + 1, 64 * 1024));
    let total = 0;
    for (let read = readSync(descriptor, chunk); read > 0; read = readSync(descriptor, chunk)) {
      total += read;
      if (total > limit) {
        logger2.warn(`skipped ${name} of the checkout: it is over the ${formatLimit(limit)} limit for a file the guard reads to explain findings, so nothing in it explains one`);
        return void 0;
      }
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(descriptor);
  }
}
function formatLimit(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes}-byte`;
}

// src/settings.ts
import { randomUUID } from "node:crypto";

// src/boot/limits.ts
var DEFAULT_MEMORY = "512m";
var DEFAULT_PIDS = 256;
var DEFAULT_CPUS = 1;
var LOG_LIMIT_BYTES = 1024 * 1024;

// src/explain/pathmap.ts
import { opendirSync, realpathSync as realpathSync2, statSync } from "node:fs";
import path2 from "node:path";

// src/logger.ts
var silentLogger = {
  info() {
  },
  warn() {
  },
  debug() {
  }
};

// src/explain/pathmap.ts
var NAMED_AMBIGUOUS = 5;
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules", "__pycache__", ".venv", ".tox"]);
var REPOSITORY_LISTING_LIMIT = 2e5;
var NAMED_LINKS = 5;
function listRepository(root, logger2 = silentLogger, limit = REPOSITORY_LISTING_LIMIT) {
  const files = [];
  const outside = [];
  const folders = [""];
  let realRoot;
  let entries = 0;
  walk: for (let folder = folders.pop(); folder !== void 0; folder = folders.pop()) {
    let directory;
    try {
      directory = opendirSync(path2.join(root, folder), { bufferSize: 256 });
    } catch (error) {
      if (folder === "") throw new ConfigurationError(`the repository ${root} cannot be listed: ${error.code === "ENOENT" ? "no such folder" : error.message}`);
      logger2.warn(`the checkout's folder ${JSON.stringify(quoted(folder))} cannot be listed (${error.code ?? error.message}); its files are left out`);
      continue;
    }
    try {
      for (let entry = directory.readSync(); entry !== null; entry = directory.readSync()) {
        if (++entries > limit) {
          logger2.warn(`the checkout has more than ${limit} files and folders, the most the guard lists; findings in the files past that may not point at the repository. Give the folder of the service as the repository (--repo, or the checkout's path) to list fewer`);
          break walk;
        }
        const relative = folder === "" ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!SKIPPED.has(entry.name)) folders.push(relative);
        } else if (entry.isFile()) {
          files.push(relative);
        } else if (entry.isSymbolicLink()) {
          realRoot ??= realpathSync2(root);
          const located = locateInRepository(root, relative, realRoot);
          if ("refused" in located) outside.push(relative);
          else if ("real" in located && statSync(located.real, { throwIfNoEntry: false })?.isFile()) files.push(relative);
        }
      }
    } finally {
      directory.closeSync();
    }
  }
  if (outside.length > 0) {
    const named = outside.sort().slice(0, NAMED_LINKS).map((name) => JSON.stringify(quoted(name))).join(", ");
    logger2.warn(`${outside.length} symbolic link${outside.length === 1 ? "" : "s"} of the checkout lead${outside.length === 1 ? "s" : ""} outside the repository and ${outside.length === 1 ? "is" : "are"} neither listed nor read: ${named}${outside.length > NAMED_LINKS ? ` and ${outside.length - NAMED_LINKS} more` : ""}`);
  }
  return files.sort();
}
function trim(folder) {
  return folder.replace(/^\.\//, "").replace(/\/+$/, "").replace(/^\/+/, "");
}
var RepositoryMap = class {
  files;
  byName = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Set();
  mappings;
  /** Image path (a file or a folder) -> repository path, from the build's copies, the latest first. */
  copied = [];
  context;
  /** Image paths that matched several checkout files equally: each with those files. */
  ambiguous = /* @__PURE__ */ new Map();
  constructor(files, mappings = [], build) {
    this.files = new Set(files);
    for (const file of files) {
      const name = file.slice(file.lastIndexOf("/") + 1);
      const list2 = this.byName.get(name);
      if (list2) list2.push(file);
      else this.byName.set(name, [file]);
      for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1)) this.folders.add(file.slice(0, slash));
    }
    this.mappings = mappings.map((mapping) => ({ image: `/${trim(mapping.image)}`, repo: trim(mapping.repo) })).sort((a, b) => b.image.length - a.image.length);
    if (build) {
      this.context = trim(build.context);
      for (const { source: source2, destination } of build.copies) {
        const repo = [this.context, source2 === "." ? "" : trim(source2)].filter(Boolean).join("/");
        const folder = repo === "" || this.folders.has(repo);
        if (!folder && !this.files.has(repo)) continue;
        const into = destination.replace(/\/+$/, "") || "/";
        const image = folder || !destination.endsWith("/") ? into : `${into === "/" ? "" : into}/${repo.slice(repo.lastIndexOf("/") + 1)}`;
        this.copied.push({ image, repo });
      }
    }
  }
  /**
   * The image paths whose checkout file could not be told (several matched equally), each with
   * the candidates: for a warning that names them and says to set `path-map`.
   */
  ambiguities() {
    return [...this.ambiguous].map(([imagePath2, candidates]) => ({ imagePath: imagePath2, candidates }));
  }
  /** A warning naming the ambiguous image paths `relevant` keeps (at most a few), or undefined when there are none. */
  ambiguityWarning(relevant = () => true) {
    const all = this.ambiguities().filter(({ imagePath: imagePath2 }) => relevant(imagePath2));
    if (all.length === 0) return void 0;
    const text = (value) => JSON.stringify(quoted(value));
    const named = all.slice(0, NAMED_AMBIGUOUS).map(({ imagePath: imagePath2, candidates }) => `${text(imagePath2)} (${candidates.map(text).join(", ")})`);
    const more = all.length > NAMED_AMBIGUOUS ? ` and ${all.length - NAMED_AMBIGUOUS} more` : "";
    return `${all.length === 1 ? "1 image path matches" : `${all.length} image paths match`} several files of the checkout, so ${all.length === 1 ? "its findings do" : "their findings do"} not point at the repository: ${named.join("; ")}${more}. Set path-map (IMAGE_FOLDER=REPOSITORY_FOLDER, e.g. /srv=services/api), or context to the folder the image was built from`;
  }
  get size() {
    return this.files.size;
  }
  /** The repository file an image path holds, if one can be told. */
  toRepo(imagePath2) {
    for (const mapping of this.mappings) {
      const prefix = mapping.image === "/" ? "/" : `${mapping.image}/`;
      if (!imagePath2.startsWith(prefix)) continue;
      const candidate = [mapping.repo, imagePath2.slice(prefix.length)].filter(Boolean).join("/");
      return this.files.has(candidate) ? candidate : void 0;
    }
    for (const { image, repo } of this.copied) {
      const below = image === "/" ? imagePath2.slice(1) : imagePath2.startsWith(`${image}/`) ? imagePath2.slice(image.length + 1) : imagePath2 === image ? "" : void 0;
      if (below === void 0) continue;
      const candidate = [repo, below].filter(Boolean).join("/");
      if (this.files.has(candidate)) return candidate;
    }
    const imageParts = imagePath2.split("/");
    let best = [];
    let bestScore = 0;
    for (const file of this.byName.get(imageParts.at(-1)) ?? []) {
      const parts = file.split("/");
      let common = 0;
      while (common < parts.length && common < imageParts.length - 1 && parts[parts.length - 1 - common] === imageParts[imageParts.length - 1 - common]) common++;
      const whole = common === parts.length;
      if (!whole && common < 2) continue;
      const score = common * 2 + (whole ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [[file], score];
      else if (score === bestScore) best.push(file);
    }
    const context = this.context;
    const inContext = context === void 0 || context === "" ? best : best.filter((file) => file.startsWith(`${context}/`));
    if (inContext.length === 1) return inContext[0];
    if (best.length === 1) return best[0];
    if (best.length > 1) this.ambiguous.set(imagePath2, (inContext.length > 1 ? inContext : best).sort());
    return void 0;
  }
  /** Whether the repository holds the source of a dotted module: `a/b/c.py`, or a folder `a/b/c/` with Python files. */
  hasModule(module, roots) {
    return this.moduleSources(module, roots).length > 0;
  }
  /**
   * The repository files that are a dotted module's source: `a/b/c.py` or `a/b/c/__init__.py`,
   * else the Python files of a namespace folder `a/b/c/`. With `roots` (folders the image's
   * modules are known to be imported from, '' for the repository root), only sources under one
   * of them count: `tests/fixtures/requests.py` is not the source of a missing `requests`.
   */
  moduleSources(module, roots) {
    const relative = module.split(".").join("/");
    const last2 = module.slice(module.lastIndexOf(".") + 1);
    const underRoot = (folder) => roots === void 0 || roots.has(folder);
    const rootOf = (file, tail) => file.slice(0, file.length - tail.length).replace(/\/$/, "");
    const sources = [...this.byName.get(`${last2}.py`) ?? [], ...this.byName.get("__init__.py") ?? []].filter(
      (file) => [`${relative}.py`, `${relative}/__init__.py`].some((tail) => (file === tail || file.endsWith(`/${tail}`)) && underRoot(rootOf(file, tail)))
    );
    if (sources.length > 0) return sources.sort();
    const namespaces = [...this.folders].filter((folder) => (folder === relative || folder.endsWith(`/${relative}`)) && underRoot(rootOf(folder, relative)));
    return [...this.files].filter((file) => file.endsWith(".py") && namespaces.some((folder) => file.startsWith(`${folder}/`))).sort();
  }
  /**
   * The repository folders the image imports modules from, as its entry modules show: the
   * checkout file of `app/main.py` for module `app.main` says the root is the repository's own.
   * `entries` pairs a module name (or `__main__` for a script, whose folder is the root) with
   * its image path.
   */
  importRoots(entries) {
    const roots = /* @__PURE__ */ new Set();
    for (const { module, imagePath: imagePath2 } of entries) {
      const repoPath = this.toRepo(imagePath2);
      if (!repoPath) continue;
      if (module === "__main__") {
        roots.add(repoPath.includes("/") ? repoPath.slice(0, repoPath.lastIndexOf("/")) : "");
        continue;
      }
      const tail = `${module.split(".").join("/")}${imagePath2.endsWith("/__init__.py") ? "/__init__.py" : ".py"}`;
      if (repoPath === tail || repoPath.endsWith(`/${tail}`)) roots.add(repoPath.slice(0, repoPath.length - tail.length).replace(/\/$/, ""));
    }
    return roots;
  }
};
function parsePathMap(lines) {
  const mappings = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq <= 0 || !line.startsWith("/")) return { error: `path-map line ${JSON.stringify(line)} is not of the form /image/folder=repository/folder, for example /srv=. or /app=src` };
    mappings.push({ image: line.slice(0, eq).trim(), repo: line.slice(eq + 1).trim() === "." ? "" : line.slice(eq + 1).trim() });
  }
  return mappings;
}

// src/image/config.ts
function emptyConfig() {
  return { platform: void 0, env: [], workingDir: "", user: "", entrypoint: null, cmd: null, healthcheck: null, exposedPorts: [], labels: {} };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;
}
function optionalNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function field(object, ...names) {
  for (const name of names) if (name in object) return object[name];
  return void 0;
}
function parseImageConfig(json, where2) {
  const top = Array.isArray(json) && json.length === 1 ? json[0] : json;
  if (!isObject(top)) throw new ImageError(`${where2}: expected an image configuration object, found ${Array.isArray(json) ? `an array of ${json.length}` : typeof json}`);
  const nested = field(top, "config", "Config");
  const runtime = isObject(nested) ? nested : top;
  const config = emptyConfig();
  const os5 = field(top, "os", "Os");
  const architecture = field(top, "architecture", "Architecture");
  if (typeof os5 === "string" && typeof architecture === "string") {
    config.platform = { os: os5, architecture };
    const variant = field(top, "variant", "Variant");
    if (typeof variant === "string" && variant !== "") config.platform.variant = variant;
  }
  config.env = stringList(runtime.Env) ?? [];
  config.workingDir = typeof runtime.WorkingDir === "string" ? runtime.WorkingDir : "";
  config.user = typeof runtime.User === "string" ? runtime.User : "";
  config.entrypoint = stringList(runtime.Entrypoint);
  config.cmd = stringList(runtime.Cmd);
  if (isObject(runtime.Healthcheck)) {
    const check = runtime.Healthcheck;
    const test = stringList(check.Test);
    if (test && test.length > 0) {
      const healthcheck = { test };
      const interval = optionalNumber(check.Interval);
      const timeout = optionalNumber(check.Timeout);
      const startPeriod = optionalNumber(check.StartPeriod);
      const retries = optionalNumber(check.Retries);
      if (interval !== void 0) healthcheck.intervalNs = interval;
      if (timeout !== void 0) healthcheck.timeoutNs = timeout;
      if (startPeriod !== void 0) healthcheck.startPeriodNs = startPeriod;
      if (retries !== void 0) healthcheck.retries = retries;
      config.healthcheck = healthcheck;
    }
  }
  if (isObject(runtime.ExposedPorts)) config.exposedPorts = Object.keys(runtime.ExposedPorts).sort();
  if (isObject(runtime.Labels)) {
    for (const [key, value] of Object.entries(runtime.Labels)) if (typeof value === "string") config.labels[key] = value;
  }
  return config;
}
function layerDiffIds(json, where2) {
  const rootfs = isObject(json) ? json.rootfs : void 0;
  const diffIds = isObject(rootfs) ? rootfs.diff_ids : void 0;
  if (diffIds === void 0 || diffIds === null) return void 0;
  const list2 = stringList(diffIds);
  if (!list2) throw new ImageError(`${where2}: rootfs.diff_ids is not a list of digests`);
  return list2;
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function parsePlatform(text) {
  const parts = text.split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) return void 0;
  const platform = { os: parts[0], architecture: parts[1] };
  if (parts[2]) platform.variant = parts[2];
  return platform;
}

// src/image/source.ts
import { stat } from "node:fs/promises";
var SCHEMES = {
  "docker": "docker",
  "docker-daemon": "docker",
  "docker-archive": "docker-archive",
  "oci-dir": "oci-dir",
  "oci": "oci-dir",
  "oci-archive": "oci-archive",
  "dir": "dir",
  "registry": "registry"
};
var SOURCE_FORMS = "docker:REF, registry:REF, docker-archive:FILE[:TAG], oci-dir:DIR, oci-archive:FILE, dir:ROOTFS, or a file, directory or image reference without a prefix";
function parseSource(text) {
  const trimmed = text.trim();
  if (trimmed === "") throw new ConfigurationError(`image source is empty; expected ${SOURCE_FORMS}`);
  const match = /^([a-z-]+):(.*)$/.exec(trimmed);
  const kind = match ? SCHEMES[match[1]] : void 0;
  if (!match || !kind) return { kind: "auto", location: trimmed };
  const location = match[2];
  if (location === "") throw new ConfigurationError(`image source ${JSON.stringify(text)} names no ${kind === "docker" || kind === "registry" ? "image reference" : "path"} after "${match[1]}:"`);
  return { kind, location };
}
var HOST = String.raw`(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?`;
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var REFERENCE = new RegExp(`^(?:${HOST}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`);
var IMAGE_ID = /^(?:sha256:)?[0-9a-f]{1,64}$/;
function couldBeReference(text) {
  return text.length <= 512 && (REFERENCE.test(text) || IMAGE_ID.test(text));
}
function normalizeReference(reference) {
  const at2 = reference.indexOf("@");
  const digest = at2 === -1 ? "" : reference.slice(at2);
  let name = at2 === -1 ? reference : reference.slice(0, at2);
  const colon = name.lastIndexOf(":");
  let tag = "";
  if (colon > name.lastIndexOf("/")) [name, tag] = [name.slice(0, colon), name.slice(colon)];
  const slash = name.indexOf("/");
  const first = slash === -1 ? "" : name.slice(0, slash);
  const hasDomain = first !== "" && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase());
  let domain = hasDomain ? first : "docker.io";
  let rest = hasDomain ? name.slice(slash + 1) : name;
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !rest.includes("/")) rest = `library/${rest}`;
  if (tag === "" && digest === "") tag = ":latest";
  return `${domain}/${rest}${tag}${digest}`;
}
async function splitArchiveReference(spec) {
  if (spec.kind !== "docker-archive" || await isFile(spec.location)) return spec;
  for (let colon = spec.location.indexOf(":"); colon > 0; colon = spec.location.indexOf(":", colon + 1)) {
    const file = spec.location.slice(0, colon);
    if (await isFile(file)) return { kind: "docker-archive", location: file, reference: spec.location.slice(colon + 1) };
  }
  return spec;
}
async function isFile(location) {
  try {
    return (await stat(location)).isFile();
  } catch {
    return false;
  }
}
async function isDirectory(location) {
  try {
    return (await stat(location)).isDirectory();
  } catch {
    return false;
  }
}

// src/pattern.ts
var notLineEnd = (char) => char !== 10 && char !== 13 && char !== 8232 && char !== 8233;
function literalStep(char) {
  return { kind: "one", test: (candidate) => candidate === char };
}
var StepsMatcher = class {
  steps;
  /** Marks for the steps already in the set being built, told apart by `generation`. */
  seen;
  generation = 0;
  constructor(steps) {
    this.steps = steps;
    this.seen = new Uint32Array(steps.length + 1);
  }
  start = { steps: [0], before: -1 };
  /** Whether the whole text matches. */
  matches = (text) => {
    const progress = this.advance(this.start, text);
    return progress !== void 0 && this.accepts(progress);
  };
  /** The progress after reading `text` too; undefined once no step is left, so nothing that follows can match. */
  advance(progress, text) {
    let { steps: reached, before } = progress;
    for (const letter of text) {
      const char = letter.codePointAt(0);
      const closed = this.closure(reached, before, char);
      const following = [];
      const generation = this.nextGeneration();
      for (const index of closed) {
        const step = this.steps[index];
        let target;
        if (step?.kind === "one" && step.test(char)) target = index + 1;
        else if (step?.kind === "many" && step.test(char)) target = index;
        if (target !== void 0 && this.seen[target] !== generation) {
          this.seen[target] = generation;
          following.push(target);
        }
      }
      if (following.length === 0) return void 0;
      reached = following;
      before = char;
    }
    return { steps: reached, before };
  }
  /** Whether the text read so far matches as a whole. */
  accepts(progress) {
    return this.closure(progress.steps, progress.before, -1).includes(this.steps.length);
  }
  /** The steps reachable without taking a character, between `before` and `after`. */
  closure(reached, before, after) {
    const generation = this.nextGeneration();
    const found = [];
    const pending = [...reached];
    const reach = (index) => {
      if (this.seen[index] === generation) return;
      this.seen[index] = generation;
      found.push(index);
      pending.push(index);
    };
    for (const index of reached) this.seen[index] = generation;
    found.push(...reached);
    for (let index = pending.pop(); index !== void 0; index = pending.pop()) {
      const step = this.steps[index];
      if (step?.kind === "many") reach(index + 1);
      else if (step?.kind === "optional") {
        reach(index + 1);
        reach(index + 1 + step.length);
      } else if (step?.kind === "assert" && step.test(before, after)) reach(index + 1);
    }
    return found;
  }
  nextGeneration() {
    if (this.generation === 4294967295) {
      this.seen.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
};
function stepsMatcher(steps) {
  return new StepsMatcher(steps).matches;
}

// src/python/entrypoints.ts
import path4 from "node:path";

// src/python/environment.ts
var EnvironmentError = class extends Error {
  name = "EnvironmentError";
};
var DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function environmentOf(config) {
  const env = /* @__PURE__ */ new Map();
  for (const item of config.env) {
    const eq = item.indexOf("=");
    if (eq > 0) env.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return env;
}
function dirname(path18) {
  const slash = path18.lastIndexOf("/");
  return slash <= 0 ? "/" : path18.slice(0, slash);
}
function join(...parts) {
  const joined = parts.join("/").replace(/\/+/g, "/");
  const normal = [];
  for (const part of joined.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") normal.pop();
    else normal.push(part);
  }
  return "/" + normal.join("/");
}
function absolute(path18, cwd) {
  return path18.startsWith("/") ? join(path18) : join(cwd, path18);
}
function workingDirOf(config) {
  return config.workingDir ? join(config.workingDir) : "/";
}
function findOnPath(fs, command, env, cwd) {
  if (command.includes("/")) {
    const path18 = absolute(command, cwd);
    return fs.stat(path18)?.type === "file" ? path18 : void 0;
  }
  for (const dir of (env.get("PATH") ?? DEFAULT_PATH).split(":")) {
    const path18 = absolute(join(dir || ".", command), cwd);
    const entry = fs.stat(path18);
    if (entry?.type === "file" && (entry.mode & 73) !== 0) return path18;
  }
  return void 0;
}
function shebangInterpreter(fs, script, env, cwd) {
  const head = fs.readHead(script);
  if (!head || head[0] !== 35 || head[1] !== 33) return void 0;
  const line = head.subarray(2, head.indexOf(10) === -1 ? head.length : head.indexOf(10)).toString("utf8").trim();
  const [program, ...args] = line.split(/\s+/);
  if (!program) return void 0;
  if (program.endsWith("/env")) {
    const name = args.find((arg) => !arg.startsWith("-"));
    return name ? findOnPath(fs, name, env, cwd) : void 0;
  }
  return program;
}
function stdlibLandmark(fs, prefix, minor) {
  return fs.stat(join(prefix, "lib", `python3.${minor}`, "os.py"))?.type === "file" || fs.exists(join(prefix, "lib", `python3${minor}.zip`));
}
function versionFromName(path18) {
  const match = /python3\.(\d+)[a-z]*$/.exec(path18);
  return match ? Number(match[1]) : void 0;
}
function readPyvenvCfg(fs, file) {
  const values = /* @__PURE__ */ new Map();
  for (const line of (fs.readText(file) ?? "").split(/\r?\n/)) {
    const eq = line.indexOf("=");
    if (eq > 0) values.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return values;
}
function extensionSuffixes(fs, stdlibDir, minor) {
  const candidates = (fs.readdir(stdlibDir) ?? []).filter((name) => name.startsWith("_sysconfigdata") && name.endsWith(".py")).sort();
  for (const name of candidates) {
    const text = fs.readText(join(stdlibDir, name)) ?? "";
    const match = /'EXT_SUFFIX':\s*'([^']+)'/.exec(text);
    if (match) return [match[1], ".abi3.so", ".so"];
  }
  return [`.cpython-3${minor}${minor < 8 ? "m" : ""}-x86_64-linux-gnu.so`, ".abi3.so", ".so"];
}
function describeInterpreter(fs, executable, env = /* @__PURE__ */ new Map()) {
  const realExecutable = fs.realpath(executable);
  if (!realExecutable || fs.stat(realExecutable)?.type !== "file") throw new EnvironmentError(`${executable} is not a file in the image`);
  let venv;
  let home;
  for (const dir of [dirname(executable), dirname(dirname(executable))]) {
    const cfg = join(dir, "pyvenv.cfg");
    if (fs.stat(cfg)?.type === "file") {
      const values = readPyvenvCfg(fs, cfg);
      venv = { dir, includeSystemSitePackages: (values.get("include-system-site-packages") ?? "false").toLowerCase() === "true" };
      home = values.get("home");
      break;
    }
  }
  let minor = versionFromName(realExecutable) ?? versionFromName(executable);
  const pythonHome = env.get("PYTHONHOME");
  const searchFrom = pythonHome ? [pythonHome.split(":")[0]] : ancestors(dirname(home ? join(home, "python3") : realExecutable));
  let basePrefix;
  for (const prefix of searchFrom) {
    if (minor === void 0) {
      const versions2 = (fs.readdir(join(prefix, "lib")) ?? []).map((name) => /^python3\.(\d+)$/.exec(name)).filter((match) => match !== null);
      if (versions2.length === 1) minor = Number(versions2[0][1]);
    }
    if (minor !== void 0 && stdlibLandmark(fs, prefix, minor)) {
      basePrefix = prefix;
      break;
    }
  }
  if (minor === void 0 || basePrefix === void 0) throw new EnvironmentError(`no standard library found for ${executable} (looked for lib/python3.X/os.py above ${dirname(realExecutable)})`);
  const stdlibDir = join(basePrefix, "lib", `python3.${minor}`);
  const site = fs.readText(join(stdlibDir, "site.py")) ?? "";
  const installation = {
    executable,
    realExecutable,
    minor,
    basePrefix,
    flavor: site.includes("dist-packages") ? "debian" : "python.org",
    extensionSuffixes: extensionSuffixes(fs, stdlibDir, minor)
  };
  if (venv) installation.venv = venv;
  return installation;
}
function ancestors(dir) {
  const list2 = [];
  for (let current = dirname(dir); ; current = dirname(current)) {
    list2.push(current);
    if (current === "/") break;
  }
  return list2;
}
function homeOf(fs, config, env) {
  const fromEnv = env.get("HOME");
  if (fromEnv) return fromEnv;
  const user = (config.user || "root").split(":")[0];
  for (const line of (fs.readText("/etc/passwd") ?? "").split("\n")) {
    const fields = line.split(":");
    if (fields.length >= 6 && (fields[0] === user || fields[2] === user)) return fields[5] || "/";
  }
  return "/";
}
function computeSysPath(fs, config, python, launcher, scriptAdds) {
  const env = environmentOf(config);
  const cwd = workingDirOf(config);
  const entries = [];
  const notes = [];
  const pthImports = [];
  const startEntryPoints = [];
  const add = (path18, origin, via) => {
    const entry = { path: path18, origin };
    if (via) entry.via = via;
    entries.push(entry);
  };
  const front = [];
  const safePath = python.minor >= 11 && !!env.get("PYTHONSAFEPATH");
  if (launcher.kind === "server") for (const dir of launcher.prepend) front.push({ path: absolute(dir, cwd), origin: "server" });
  if (safePath) notes.push("PYTHONSAFEPATH is set: no script or working directory in front");
  else if (launcher.kind === "script" || launcher.kind === "server" && launcher.script) front.push({ path: dirname(fs.realpath(absolute(launcher.script, cwd)) ?? absolute(launcher.script, cwd)), origin: "path0" });
  else if (launcher.kind === "server") front.push({ path: cwd, origin: "path0" });
  else if (launcher.kind === "module") front.push({ path: absolute(launcher.cwd, cwd), origin: "path0" });
  else front.push({ path: "", origin: "path0" });
  const pythonPath = env.get("PYTHONPATH");
  if (pythonPath) for (const dir of pythonPath.split(":")) add(absolute(dir, cwd), "PYTHONPATH");
  const lib = join(python.basePrefix, "lib");
  add(join(lib, `python3${python.minor}.zip`), "stdlib-zip");
  add(join(lib, `python3.${python.minor}`), "stdlib");
  add(join(lib, `python3.${python.minor}`, "lib-dynload"), "lib-dynload");
  const firstSeen = /* @__PURE__ */ new Set();
  for (let index = 0; index < entries.length; ) {
    if (firstSeen.has(entries[index].path)) entries.splice(index, 1);
    else firstSeen.add(entries[index++].path);
  }
  const known = new Set(entries.map((entry) => entry.path));
  const isDir = (path18) => fs.stat(path18)?.type === "dir";
  const addSiteDir = (dir, origin) => {
    if (!isDir(dir)) return;
    if (!known.has(dir)) {
      known.add(dir);
      add(dir, origin);
    }
    const names = fs.readdir(dir) ?? [];
    const visible2 = (suffix) => names.filter((file) => file.endsWith(suffix) && !(python.minor >= 13 && file.startsWith("."))).sort();
    const startFiles = python.minor >= 15 ? visible2(".start").filter((name) => fs.stat(join(dir, name))?.type === "file") : [];
    for (const name of startFiles) {
      const file = join(dir, name);
      (fs.readText(file) ?? "").split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line !== "" && !line.startsWith("#") && !startEntryPoints.some((known2) => known2.file === file && known2.line === index + 1)) startEntryPoints.push({ file, line: index + 1, text: line });
      });
    }
    for (const name of visible2(".pth")) {
      const file = join(dir, name);
      const silenced = startFiles.includes(`${name.slice(0, -".pth".length)}.start`);
      const text = fs.stat(file)?.type === "file" ? fs.readText(file) ?? "" : "";
      text.split(/\r?\n/).forEach((raw, index) => {
        const line = python.minor >= 15 ? raw.trim() : raw.replace(/\s+$/, "");
        if (line === "" || line.startsWith("#")) return;
        if (/^import[ \t]/.test(line)) {
          if (!silenced && !pthImports.some((known2) => known2.file === file && known2.line === index + 1)) pthImports.push({ file, line: index + 1, text: line });
          return;
        }
        const path18 = absolute(line, dir);
        if (known.has(path18) || !fs.exists(path18)) return;
        known.add(path18);
        add(path18, "pth", { file, line: index + 1 });
      });
    }
  };
  const versionDir = `python3.${python.minor}`;
  const siteDirsOf = (prefix) => {
    if (python.flavor !== "debian") return [join(prefix, "lib", versionDir, "site-packages")];
    const dirs = [join(prefix, "local/lib", versionDir, "dist-packages"), join(prefix, "lib/python3/dist-packages"), join(prefix, "lib", versionDir, "dist-packages")];
    return python.venv ? [join(prefix, "lib", versionDir, "site-packages"), ...dirs] : dirs;
  };
  const venv = python.venv;
  if (venv) for (const dir of siteDirsOf(venv.dir)) addSiteDir(dir, "venv-site");
  const userSiteEnabled = !(venv && !venv.includeSystemSitePackages) && !env.get("PYTHONNOUSERSITE");
  if (env.get("PYTHONNOUSERSITE")) notes.push("PYTHONNOUSERSITE is set: no user site-packages");
  if (userSiteEnabled) addSiteDir(join(homeOf(fs, config, env), ".local", "lib", versionDir, "site-packages"), "user-site");
  const prefixes2 = venv ? venv.includeSystemSitePackages ? [venv.dir, python.basePrefix] : [venv.dir] : [python.basePrefix];
  for (const prefix of prefixes2) for (const dir of siteDirsOf(prefix)) addSiteDir(dir, venv && prefix === venv.dir ? "venv-site" : "site");
  return finish2();
  function finish2() {
    const inserted = (scriptAdds?.front ?? []).map((path18) => ({ path: path18, origin: "script" }));
    const appended = (scriptAdds?.back ?? []).map((path18) => ({ path: path18, origin: "script" }));
    return { entries: [...front.slice(0, 1), ...inserted, ...front.slice(1), ...entries, ...appended], pthImports, startEntryPoints, notes };
  }
}
function importRedirects(sysPath, config) {
  const env = environmentOf(config);
  const redirects = {};
  for (const line of sysPath.pthImports) {
    if (!line.text.includes("__import__('_distutils_hack').add_shim()")) continue;
    const variable = /var = '([A-Z_]+)'/.exec(line.text)?.[1] ?? "SETUPTOOLS_USE_DISTUTILS";
    const fallback = /environ\.get\(var, '(\w+)'\)/.exec(line.text)?.[1] ?? "local";
    if ((env.get(variable) ?? fallback) === "local") redirects["distutils"] = "setuptools._distutils";
  }
  return redirects;
}
var EDITABLE_PTH = /^import (__editable___[\w.]+_finder)\b/;
var QUOTED_PAIR = /(['"])((?:\\.|(?!\1).)*)\1\s*:\s*(['"])((?:\\.|(?!\3).)*)\3/g;
function editableMappings(fs, sysPath) {
  const mappings = [];
  for (const line of sysPath.pthImports) {
    const module = EDITABLE_PTH.exec(line.text)?.[1];
    if (!module) continue;
    const text = fs.readText(join(dirname(line.file), `${module}.py`)) ?? "";
    const literal = /^MAPPING\s*(?::[^=\n]*)?=\s*(\{.*\})\s*$/m.exec(text)?.[1];
    if (!literal) continue;
    const mapping = {};
    for (const pair of literal.matchAll(QUOTED_PAIR)) mapping[pair[2]] = pair[4].replace(/\\(.)/g, "$1");
    mappings.push(mapping);
  }
  return mappings;
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
  let at2 = from;
  for (; at2 < text.length; at2++) {
    const code = text.charCodeAt(at2);
    if (code === 32) column++;
    else if (code === 9) column = (Math.floor(column / 8) + 1) * 8;
    else if (code === 12) column = 0;
    else break;
  }
  measuredColumn = column;
  return at2;
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
    let at2 = this.nextFound[which];
    if (at2 < pos) {
      at2 = this.text.indexOf(MARKS[which], pos);
      if (at2 === -1) at2 = this.text.length;
      this.nextFound[which] = at2;
    }
    return at2;
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
    for (let at2 = this.text.indexOf("\n", from); at2 !== -1 && at2 < to; at2 = this.text.indexOf("\n", at2 + 1)) {
      this.line++;
      this.lineStart = at2 + 1;
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
      const at2 = measureIndent(text, pos);
      if (at2 >= length) {
        this.pos = at2;
        return;
      }
      const next = text.charCodeAt(at2);
      if (next !== 35 && next !== 10 && measuredColumn < indent) {
        this.pos = pos;
        return;
      }
      pos = at2;
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
        const at2 = measureIndent(text, pos);
        if (at2 >= length) {
          this.pos = at2;
          return;
        }
        const next = text.charCodeAt(at2);
        if (next === 35 || next === 10 || next === 13) continue;
        if (measuredColumn < indent) {
          this.pos = pos;
          return;
        }
        pos = at2;
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
      const at2 = measureIndent(text, this.pos);
      if (at2 >= text.length || measuredColumn !== indent) break;
      this.lineStart = this.pos;
      this.pos = at2;
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
    let at2 = this.pos;
    while (text.charCodeAt(at2) === 32 || text.charCodeAt(at2) === 9) at2++;
    const next = text.charCodeAt(at2);
    if (next !== 10 && next !== 13 && next !== 35) return this.rewind(start, line, lineStart);
    this.pos = at2;
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
    let at2 = this.pos;
    while (at2 < end && text.charCodeAt(at2) !== 13) at2++;
    this.pos = at2;
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
      const open3 = this.brackets.at(-1);
      this.error(`'${open3.char}' was never closed`, open3.line, open3.col);
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
    let ascii2 = true;
    for (let code = this.text.charCodeAt(end); end < length && isIdentifierChar(code); code = this.text.charCodeAt(++end)) if (code >= 128) ascii2 = false;
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
    if (ascii2) {
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
      const open3 = this.brackets.pop();
      if (!open3) this.error(`unmatched '${op}'`);
      if (OPENERS[open3.char] !== op) this.error(`closing parenthesis '${op}' does not match opening parenthesis '${open3.char}'`);
    }
    const token = this.push("op", op, this.line, start - this.lineStart);
    this.pos = start + op.length;
    if (this.skipFunctionBodies && (op === "=" || op === "@")) this.skimValue(token);
  }
};

// src/python/django.ts
var MODULE_SETTINGS = /* @__PURE__ */ new Set(["ROOT_URLCONF", "SESSION_ENGINE", "URLCONF"]);
var ATTRIBUTE_SETTINGS = /* @__PURE__ */ new Set(["MIDDLEWARE", "MIDDLEWARE_CLASSES", "AUTHENTICATION_BACKENDS", "PASSWORD_HASHERS", "WSGI_APPLICATION", "ASGI_APPLICATION", "DEFAULT_AUTO_FIELD", "TEST_RUNNER", "DEFAULT_EXCEPTION_REPORTER", "MESSAGE_STORAGE", "CSRF_FAILURE_VIEW"]);
var NESTED_SETTINGS = /* @__PURE__ */ new Set(["DATABASES", "CACHES", "TEMPLATES", "AUTH_PASSWORD_VALIDATORS", "STORAGES"]);
var NESTED_KEYS = /* @__PURE__ */ new Set(["ENGINE", "BACKEND", "NAME", "context_processors"]);
var DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$|^[A-Za-z_]\w*$/;
var EXPRESSION_KEYWORDS = /* @__PURE__ */ new Set(["if", "else", "in", "not", "and", "or", "is", "lambda", "for", "await", "yield", "return"]);
function parent(dotted2) {
  return dotted2.includes(".") ? dotted2.slice(0, dotted2.lastIndexOf(".")) : dotted2;
}
function plainString(token) {
  return token.type === "string" && (token.prefix === "" || token.prefix === "r" || token.prefix === "u") ? token.body : void 0;
}
function djangoSettingsImports(text, minor) {
  let tokens;
  try {
    tokens = tokenize(text, minor);
  } catch {
    return [];
  }
  const found = [];
  let level = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "indent") level++;
    else if (token.type === "dedent") level--;
    const previous = tokens[i - 1];
    const atStatementStart2 = !previous || previous.type === "newline" || previous.type === "indent" || previous.type === "dedent" || previous.type === "op" && previous.value === ";";
    if (token.type !== "name" || !atStatementStart2 || level !== 0) continue;
    const setting = token.value;
    const assign = tokens[i + 1];
    if (!assign || assign.type !== "op" || assign.value !== "=" && assign.value !== "+=") continue;
    const isModule = MODULE_SETTINGS.has(setting) || setting === "INSTALLED_APPS";
    const nested = NESTED_SETTINGS.has(setting);
    if (!isModule && !nested && !ATTRIBUTE_SETTINGS.has(setting)) continue;
    let key;
    let depthAtKey = -1;
    let depth = 0;
    const calls = [];
    for (let j = i + 2; j < tokens.length && tokens[j].type !== "newline"; j++) {
      const item = tokens[j];
      if (item.type === "op" && item.value === ";" && depth === 0) break;
      if (item.type === "op" && "([{".includes(item.value)) {
        depth++;
        const before = tokens[j - 1];
        calls.push(item.value === "(" && (before.type === "name" && !EXPRESSION_KEYWORDS.has(before.value) || before.type === "op" && (before.value === ")" || before.value === "]")));
      } else if (item.type === "op" && ")]}".includes(item.value)) {
        depth--;
        calls.pop();
        if (depth < depthAtKey) key = void 0;
      }
      const value = plainString(item);
      if (value === void 0) continue;
      if (calls.includes(true)) continue;
      const next = tokens[j + 1];
      if (nested && next?.type === "op" && next.value === ":") {
        key = NESTED_KEYS.has(value) ? value : void 0;
        depthAtKey = depth;
        continue;
      }
      if (!DOTTED.test(value) || nested && key === void 0) continue;
      if (nested && key === "NAME" && setting !== "AUTH_PASSWORD_VALIDATORS") continue;
      const entry = { module: value, value, setting, line: item.line, column: item.col + 1 };
      if (setting === "INSTALLED_APPS") entry.appEntry = true;
      else if (nested && key === "ENGINE" && setting === "DATABASES") entry.module = `${value}.base`;
      else if (!isModule) entry.module = parent(value);
      if (nested && key !== "context_processors") key = void 0;
      found.push(entry);
    }
  }
  return found;
}
function djangoSettingsDefault(text) {
  return /environ\.setdefault\(\s*['"]DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"]/.exec(text)?.[1];
}

// src/python/launchers.ts
import path3 from "node:path";

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
  attempt(attempt2) {
    const saved = this.i;
    const importCount = this.imports.length;
    try {
      return attempt2();
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
    const place3 = scope.tries ? "try/except blocks" : scope.kind === "function" ? "functions" : scope.kind === "class" ? "classes" : void 0;
    if (place3) this.misplacedLazy = new PythonSyntaxError(`lazy ${what} not allowed inside ${place3}`, lazy.line, lazy.col);
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
    const items2 = parenthesized ?? this.withItems();
    const suppressed = items2.flatMap((item) => suppressedExceptions(item));
    if (suppressed.length > 0) this.withGuard({ kind: "suppress", exceptions: suppressed }, () => this.block());
    else this.block();
  }
  /** `with (a as b, c):`, which 3.9+ parse as items, not as a tuple. */
  withItemsParenthesized() {
    this.expectOp("(");
    const items2 = [];
    do {
      if (this.atOp(")")) break;
      items2.push(this.withItem());
    } while (this.eatOp(","));
    this.expectOp(")");
    if (!this.atOp(":")) this.fail();
    return items2;
  }
  withItems() {
    const items2 = [this.withItem()];
    while (this.eatOp(",")) items2.push(this.withItem());
    return items2;
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
  annotation(parse2) {
    this.annotationDepth++;
    try {
      parse2();
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
  checkTarget(target, context, at2) {
    switch (target.k) {
      case "name":
        if (context !== "del" && target.id === "__debug__" && this.minor >= 9) this.fail("cannot assign to __debug__", at2);
        return;
      case "attr":
      case "subscript":
        return;
      case "starred":
        if (context === "del") this.fail("cannot delete starred", at2);
        return this.checkTarget(target.value, context, at2);
      case "tuple":
      case "list":
        for (const element of target.elts) this.checkTarget(element, context, at2);
        return;
      default:
        this.fail(`cannot ${context === "del" ? "delete" : "assign to"} ${describe(target)}`, at2);
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
        const open3 = this.next();
        const call = this.atOp(")") ? { args: [], keywords: [] } : this.callArguments();
        this.expectOp(")");
        const expression = { k: "call", func: value, args: call.args, keywords: call.keywords };
        this.noteDynamicImport(expression, open3);
        this.observer?.call?.(expression, open3, [...this.guards]);
        value = expression;
      } else if (this.eatOp("[")) {
        value = { k: "subscript", value, slice: this.slices() };
        this.expectOp("]");
      } else return value;
    }
  }
  noteDynamicImport(call, at2) {
    const func = call.func;
    const name = func.k === "name" ? func.id : func.k === "attr" ? func.attr : void 0;
    if (name !== "import_module" && name !== "__import__") return;
    if (name === "__import__" && func.k !== "name") return;
    const first = call.args[0];
    if (!first || first.k !== "str" || first.value === null || first.value === "") return;
    const level = first.value.length - first.value.replace(/^\.+/, "").length;
    const statement = { kind: "dynamic", module: first.value.slice(level), level, names: [], line: at2.line, col: at2.col, guards: [...this.guards] };
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
    for (let at2 = from; at2 < to; at2++) {
      const token = this.tokens[at2];
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

// src/python/launchers.ts
var LAUNCHER_SYNTAX_MINOR = 13;
var MAX_NAME_HOPS = 16;
var MAX_SHOWN = 120;
var SUBPROCESS_ARGV = /* @__PURE__ */ new Set(["subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen"]);
var SHELL_TEXT = /* @__PURE__ */ new Set(["os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput"]);
var PATH_CLASSES = /* @__PURE__ */ new Set(["pathlib.Path", "pathlib.PosixPath", "pathlib.PurePath", "pathlib.PurePosixPath"]);
function readLaunches(text, facts) {
  const calls = [];
  const pathChanges = [];
  const assigned = /* @__PURE__ */ new Map();
  const seenCalls = /* @__PURE__ */ new Set();
  const seenAssignments = /* @__PURE__ */ new Set();
  const observer = {
    call(call, at2) {
      const key = `${at2.line}:${at2.col}`;
      if (seenCalls.has(key)) return;
      seenCalls.add(key);
      calls.push({ call, line: at2.line, col: at2.col });
    },
    assign(targets, value, at2) {
      const key = `${at2.line}:${at2.col}`;
      if (seenAssignments.has(key)) return;
      seenAssignments.add(key);
      for (const target of targets) {
        bindTargets(target, value, assigned);
        if (target.k === "subscript" && target.slice.k === "slice" && target.slice.lower?.k === "num" && target.slice.lower.value === 0) pathChanges.push({ how: "front", list: target.value, value });
      }
    },
    augmented(target, op, value) {
      if (op === "+=") pathChanges.push({ how: "back", list: target, value });
    }
  };
  let imports;
  try {
    imports = new Parser(tokenize(text, LAUNCHER_SYNTAX_MINOR), LAUNCHER_SYNTAX_MINOR, observer).parseModule().imports;
  } catch (error) {
    if (error instanceof PythonSyntaxError || error instanceof RangeError) return { launches: [], unreadable: [], pathAdditions: { front: [], back: [] }, error: error instanceof PythonSyntaxError ? error.message : "too deeply nested to parse" };
    throw error;
  }
  const aliases = /* @__PURE__ */ new Map();
  for (const statement of imports) {
    if (statement.kind === "import") aliases.set(statement.asname ?? statement.module.split(".")[0], statement.asname ? statement.module : statement.module.split(".")[0]);
    else if (statement.kind === "from" && statement.level === 0) {
      for (const name of statement.names) if (name.name !== "*") aliases.set(name.asname ?? name.name, `${statement.module}.${name.name}`);
    }
  }
  const reader = new ValueReader(facts, aliases, assigned);
  const launches = [];
  const unreadable2 = [];
  const chdirs = calls.filter(({ call }) => reader.dotted(call.func) === "os.chdir");
  for (const { call, line, col } of calls) {
    const launch = reader.launch(call);
    if (launch === void 0) continue;
    const chdir = chdirs.filter((c) => c.line < line || c.line === line && c.col < col).at(-1);
    const movedTo = chdir && reader.str(chdir.call.args[0]);
    if (launch === "unreadable" || chdir && movedTo === void 0) {
      unreadable2.push({ line, what: shown(call) });
      continue;
    }
    const cwd = path3.posix.resolve(movedTo === void 0 ? facts.cwd : path3.posix.resolve(facts.cwd, movedTo), launch.cwd ?? ".");
    launches.push("shellText" in launch ? { line, cwd, shellText: launch.shellText } : { line, cwd, argv: launch.argv });
  }
  return { launches, unreadable: unreadable2, pathAdditions: pathAdditions(calls, pathChanges, reader, facts.cwd) };
}
function pathAdditions(calls, changes, reader, cwd) {
  const additions = { front: [], back: [] };
  const add = (how, value) => {
    const items2 = value === void 0 ? [] : value.k === "list" || value.k === "tuple" ? value.elts : [value];
    for (const item of items2) {
      const folder = reader.str(item);
      if (folder !== void 0) additions[how].push(path3.posix.resolve(cwd, folder));
    }
  };
  for (const { call } of calls) {
    const name = reader.dotted(call.func);
    if (name === "sys.path.insert") add("front", call.args[1]);
    else if (name === "sys.path.append" || name === "sys.path.extend") add("back", call.args[0]);
  }
  for (const change of changes) if (reader.dotted(change.list) === "sys.path") add(change.how, change.value);
  return additions;
}
function bindTargets(target, value, assigned) {
  if (target.k === "name") assigned.set(target.id, [...assigned.get(target.id) ?? [], value]);
  else if (target.k === "tuple" || target.k === "list") for (const element of target.elts) bindTargets(element.k === "starred" ? element.value : element, { k: "other", what: "unpacking" }, assigned);
}
var ValueReader = class {
  facts;
  aliases;
  assigned;
  constructor(facts, aliases, assigned) {
    this.facts = facts;
    this.aliases = aliases;
    this.assigned = assigned;
  }
  /** `subprocess.run` for `sp.run` after `import subprocess as sp`; undefined for anything but names and attributes. */
  dotted(expr) {
    if (expr.k === "name") return this.assigned.has(expr.id) ? void 0 : this.aliases.get(expr.id) ?? expr.id;
    if (expr.k === "attr") {
      const base = this.dotted(expr.value);
      return base === void 0 ? void 0 : `${base}.${expr.attr}`;
    }
    return void 0;
  }
  str(expr) {
    const value = expr && this.value(expr, 0);
    return value?.t === "str" ? value.s : void 0;
  }
  /** What a call starts: undefined when it starts nothing, 'unreadable' when its arguments are not literal. */
  launch(call) {
    const name = this.dotted(call.func);
    if (name === void 0) return void 0;
    const keyword = (key) => call.keywords.find((item) => item.name === key)?.value;
    if (SUBPROCESS_ARGV.has(name)) {
      const argsExpr = call.args[0] ?? keyword("args");
      const cwdExpr = keyword("cwd");
      const cwd = cwdExpr === void 0 || cwdExpr.k === "const" && cwdExpr.value === "None" ? void 0 : this.str(cwdExpr);
      if (argsExpr === void 0 || cwd === void 0 && cwdExpr !== void 0 && cwdExpr.k !== "const" || keyword("executable") !== void 0) return "unreadable";
      const shell = keyword("shell");
      const value = this.value(argsExpr, 0);
      const where2 = cwd === void 0 ? {} : { cwd };
      if (shell !== void 0 && !(shell.k === "const" && shell.value === "False")) {
        return shell.k === "const" && shell.value === "True" && value?.t === "str" ? { shellText: value.s, ...where2 } : "unreadable";
      }
      if (value?.t === "str") return { argv: [value.s], ...where2 };
      if (value?.t === "list" && value.items.length > 0) return { argv: value.items, ...where2 };
      return "unreadable";
    }
    if (SHELL_TEXT.has(name)) {
      const text = this.str(call.args[0] ?? keyword("cmd") ?? keyword("command"));
      return text === void 0 ? "unreadable" : { shellText: text };
    }
    const exec = /^os\.(exec|spawn|posix_spawn)(l|v)?(p?)(e?)$/.exec(name);
    if (!exec) return void 0;
    const [, family, form, searchPath, withEnv] = exec;
    if (family !== "posix_spawn" && form === void 0) return void 0;
    const args = family === "spawn" ? call.args.slice(1) : call.args;
    const program = this.str(args[0]);
    let argv;
    if (family === "posix_spawn" || form === "v") {
      const list2 = args[1] && this.value(args[1], 0);
      argv = list2?.t === "list" ? list2.items : void 0;
    } else {
      argv = this.list(withEnv ? args.slice(1, -1) : args.slice(1));
    }
    if (program === void 0 || argv === void 0) return "unreadable";
    const file = searchPath || program.includes("/") ? program : `./${program}`;
    return { argv: [file, ...argv.slice(1)] };
  }
  /** The strings of an argument list (`*rest` spread in), or undefined. */
  list(exprs) {
    const items2 = [];
    for (const expr of exprs) {
      const value = this.value(expr.k === "starred" ? expr.value : expr, 0);
      if (expr.k === "starred" && value?.t === "list") items2.push(...value.items);
      else if (expr.k !== "starred" && value?.t === "str") items2.push(value.s);
      else return void 0;
    }
    return items2;
  }
  value(expr, hops) {
    if (hops > MAX_NAME_HOPS) return void 0;
    switch (expr.k) {
      case "str":
        return expr.value === null ? void 0 : { t: "str", s: expr.value };
      case "name": {
        if (expr.id === "__file__") return { t: "str", s: this.facts.file };
        const values = this.assigned.get(expr.id);
        return values?.length === 1 ? this.value(values[0], hops + 1) : void 0;
      }
      case "attr": {
        const dotted2 = this.dotted(expr);
        if (dotted2 === "sys.executable") return { t: "str", s: this.facts.interpreter };
        const base = this.value(expr.value, hops + 1);
        if (expr.attr === "env_exe" && base?.t === "venv") return { t: "str", s: path3.posix.join(base.dir, "bin", path3.posix.basename(this.facts.interpreter)) };
        if (expr.attr === "parent" && base?.t === "str") return { t: "str", s: path3.posix.dirname(base.s) };
        return void 0;
      }
      case "list":
      case "tuple": {
        const items2 = this.list(expr.elts);
        return items2 === void 0 ? void 0 : { t: "list", items: items2 };
      }
      case "subscript": {
        const { slice } = expr;
        if (this.dotted(expr.value) === "sys.argv" && slice.k === "slice" && slice.lower?.k === "num" && slice.lower.value === 1 && slice.upper === null && slice.step === null) return { t: "list", items: this.facts.args };
        return void 0;
      }
      case "binop": {
        const left = this.value(expr.left, hops + 1);
        const right = this.value(expr.right, hops + 1);
        if (expr.op === "+" && left?.t === "str" && right?.t === "str") return { t: "str", s: left.s + right.s };
        if (expr.op === "+" && left?.t === "list" && right?.t === "list") return { t: "list", items: [...left.items, ...right.items] };
        if (expr.op === "/" && left?.t === "str" && right?.t === "str") return { t: "str", s: joinPaths([left.s, right.s]) };
        return void 0;
      }
      case "call":
        return this.callValue(expr, hops);
      default:
        return void 0;
    }
  }
  callValue(call, hops) {
    const strings = () => {
      if (call.keywords.length > 0) return void 0;
      const items2 = [];
      for (const arg of call.args) {
        const value = arg.k === "starred" ? void 0 : this.value(arg, hops + 1);
        if (value?.t !== "str") return void 0;
        items2.push(value.s);
      }
      return items2;
    };
    const name = this.dotted(call.func);
    if (name !== void 0) {
      const args = strings();
      if (args === void 0) return void 0;
      const one = args.length === 1 ? args[0] : void 0;
      if ((name === "os.path.join" || PATH_CLASSES.has(name)) && args.length > 0) return { t: "str", s: joinPaths(args) };
      if ((name === "str" || name === "os.fspath") && one !== void 0) return { t: "str", s: one };
      if (name === "os.path.dirname" && one !== void 0) return { t: "str", s: path3.posix.dirname(one) };
      if ((name === "os.path.abspath" || name === "os.path.realpath" || name === "os.path.normpath") && one !== void 0) return { t: "str", s: path3.posix.resolve(this.facts.cwd, one) };
      return void 0;
    }
    if (call.func.k !== "attr") return void 0;
    const method = call.func.attr;
    const base = this.value(call.func.value, hops + 1);
    if (method === "ensure_directories") {
      const dir = call.args.length === 1 && call.keywords.length === 0 ? this.value(call.args[0], hops + 1) : void 0;
      return dir?.t === "str" ? { t: "venv", dir: path3.posix.resolve(this.facts.cwd, dir.s) } : void 0;
    }
    if (base?.t !== "str") return void 0;
    if ((method === "resolve" || method === "absolute") && call.args.length === 0) return { t: "str", s: path3.posix.resolve(this.facts.cwd, base.s) };
    if (method === "joinpath") {
      const args = strings();
      return args === void 0 ? void 0 : { t: "str", s: joinPaths([base.s, ...args]) };
    }
    return void 0;
  }
};
function joinPaths(parts) {
  let joined = "";
  for (const part of parts) joined = part.startsWith("/") || joined === "" ? part : joined.endsWith("/") ? joined + part : `${joined}/${part}`;
  return joined;
}
function shown(expr) {
  const text = render(expr, 0);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}
function render(expr, depth) {
  if (depth > 6) return "...";
  const inner = (item) => render(item, depth + 1);
  switch (expr.k) {
    case "name":
      return expr.id;
    case "attr":
      return `${inner(expr.value)}.${expr.attr}`;
    case "str":
      return expr.value === null ? '"..."' : JSON.stringify(expr.value);
    case "num":
      return String(expr.value ?? "...");
    case "const":
      return expr.value;
    case "list":
      return `[${expr.elts.map(inner).join(", ")}]`;
    case "tuple":
      return `(${expr.elts.map(inner).join(", ")})`;
    case "starred":
      return `*${inner(expr.value)}`;
    case "subscript":
      return `${inner(expr.value)}[${inner(expr.slice)}]`;
    case "slice":
      return `${expr.lower ? inner(expr.lower) : ""}:${expr.upper ? inner(expr.upper) : ""}`;
    case "call":
      return `${inner(expr.func)}(${[...expr.args.map(inner), ...expr.keywords.map((keyword) => keyword.name ? `${keyword.name}=${inner(keyword.value)}` : `**${inner(keyword.value)}`)].join(", ")})`;
    case "binop":
      return `${inner(expr.left)} ${expr.op} ${inner(expr.right)}`;
    default:
      return "...";
  }
}

// src/python/shell-words.ts
var ALL_ARGUMENTS = "\0@";
function shellCommands(text, lookup) {
  return [...eachShellCommand(text, lookup)];
}
function closingQuote(text, from) {
  let j = from;
  while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
  return Math.min(j, text.length);
}
function closingBrace(text, from) {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === "\\") j++;
    else if (c === "'") {
      j = text.indexOf("'", j + 1);
      if (j === -1) return -1;
    } else if (c === '"') {
      j = closingQuote(text, j + 1);
    } else if (c === "$" && text[j + 1] === "{") {
      depth++;
      j++;
    } else if (c === "}" && --depth === 0) return j;
  }
  return -1;
}
function expandAt(text, start, lookup, inDoubleQuotes = false) {
  const next = text[start + 1];
  if (next === "@" || next === "*") return { value: ALL_ARGUMENTS, end: start + 2 };
  if (next === "0") return { value: lookup("0") ?? "$0", end: start + 2 };
  if (next === "{") {
    const close = closingBrace(text, start + 2);
    if (close === -1) return { value: "$", end: start + 1 };
    const body = text.slice(start + 2, close);
    const end = close + 1;
    if (body === "0") return { value: lookup("0") ?? "${0}", end };
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?::?([-=+?])(.*))?$/s.exec(body);
    if (!match) return { value: "", end };
    const value = lookup(match[1]);
    const op = match[2];
    const colon = body.charAt(match[1].length) === ":";
    const unset = value === void 0 || colon && value === "";
    if (op === "-" || op === "=") return { value: unset ? expandWord(match[3], lookup, inDoubleQuotes) : value, end };
    if (op === "+") return { value: unset ? "" : expandWord(match[3], lookup, inDoubleQuotes), end };
    return { value: value ?? "", end };
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start + 1));
  if (name) return { value: lookup(name[0]) ?? "", end: start + 1 + name[0].length };
  return { value: "$", end: start + 1 };
}
function doubleQuoted(text, start, lookup) {
  let value = "";
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === "\\" && '$`"\\\n'.includes(text[i + 1] ?? "")) {
      if (text[i + 1] !== "\n") value += text[i + 1];
      i += 2;
    } else if (text[i] === "$") {
      const expansion = expandAt(text, i, lookup, true);
      value += expansion.value;
      i = expansion.end;
    } else value += text[i++];
  }
  return { value, end: i + 1 };
}
function expandWord(text, lookup, inDoubleQuotes) {
  let value = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      value += text[i + 1] ?? "";
      i += 2;
    } else if (c === "'" && !inDoubleQuotes) {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"' || c === "$") {
      const part = c === '"' ? doubleQuoted(text, i, lookup) : expandAt(text, i, lookup, inDoubleQuotes);
      value += part.value;
      i = part.end;
    } else {
      value += c;
      i++;
    }
  }
  return value;
}
function* eachShellCommand(text, lookup) {
  for (const statement of eachShellStatement(text, lookup)) yield statement.words;
}
function* eachShellStatement(text, lookup) {
  let words2 = [];
  let word = "";
  let inWord = false;
  let started = false;
  const endWord = () => {
    if (inWord) words2.push(word);
    word = "";
    inWord = false;
    started = false;
  };
  let conditional = false;
  let subshells = 0;
  const endCommand = (separator) => {
    endWord();
    const command2 = words2.length > 0 ? { words: words2, conditional: conditional || subshells > 0 } : void 0;
    if (command2) conditional = false;
    if (separator === "&" || separator === "|") conditional = true;
    else if (separator === "(") subshells++;
    else if (separator === ")") subshells = Math.max(0, subshells - 1);
    words2 = [];
    return command2;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      if (text[i + 1] === "\n") i += 2;
      else {
        word += text[i + 1] ?? "";
        inWord = true;
        i += 2;
      }
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? text.length : close;
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      const quoted2 = doubleQuoted(text, i, lookup);
      word += quoted2.value;
      inWord = true;
      i = quoted2.end;
    } else if (c === "$") {
      const { value, end } = expandAt(text, i, lookup);
      i = end;
      if (value === ALL_ARGUMENTS) {
        word += value;
        inWord = true;
      } else {
        value.split(/[ \t\n]+/).forEach((field2, index) => {
          if (index > 0) endWord();
          if (field2 !== "") {
            word += field2;
            inWord = true;
          }
        });
      }
      started = true;
    } else if (c === "#" && !inWord && !started) {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === ";" || c === "\n" || c === "&" || c === "|" || c === "(" || c === ")") {
      i++;
      const command2 = endCommand(c);
      if (command2) yield command2;
    } else if (c === " " || c === "	" || c === "\r") {
      endWord();
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  const command = endCommand("");
  if (command) yield command;
}

// src/python/entrypoints.ts
var PYTHON_NAME = /^python(3(\.\d+)?)?$/;
function isPythonProgram(program) {
  return PYTHON_NAME.test(path4.posix.basename(program));
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);
var SHELL_PREFIX_WORDS = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "while", "until", "do", "!", "{", "}"]);
var GUNICORN_WORKERS = {
  sync: "gunicorn.workers.sync.SyncWorker",
  eventlet: "gunicorn.workers.geventlet.EventletWorker",
  gevent: "gunicorn.workers.ggevent.GeventWorker",
  gevent_wsgi: "gunicorn.workers.ggevent.GeventPyWSGIWorker",
  gevent_pywsgi: "gunicorn.workers.ggevent.GeventPyWSGIWorker",
  tornado: "gunicorn.workers.gtornado.TornadoWorker",
  gthread: "gunicorn.workers.gthread.ThreadWorker"
};
var FLAGS = {
  gunicorn: /* @__PURE__ */ new Set(["--preload", "--reload", "-D", "--daemon", "--spew", "--check-config", "--print-config", "--capture-output", "-R", "--enable-stdio-inheritance", "--no-sendfile", "--reuse-port", "--initgroups", "--proxy-protocol", "--suppress-ragged-eofs", "--do-handshake-on-connect", "--strip-header-spaces", "--permit-unconventional-http-method", "--permit-unconventional-http-version", "--casefold-http-method", "--permit-obsolete-folding", "--log-syslog", "--disable-redirect-access-to-syslog", "-v", "--version", "-h", "--help"]),
  uvicorn: /* @__PURE__ */ new Set(["--reload", "--use-colors", "--no-use-colors", "--access-log", "--no-access-log", "--proxy-headers", "--no-proxy-headers", "--server-header", "--no-server-header", "--date-header", "--no-date-header", "--factory", "--version", "--help"]),
  hypercorn: /* @__PURE__ */ new Set(["--reload", "--debug", "--verbose", "--access-log-format-x", "-h", "--help"]),
  daphne: /* @__PURE__ */ new Set(["--proxy-headers", "-h", "--help"]),
  celery: /* @__PURE__ */ new Set(["--quiet", "-q", "--no-color", "-C", "--skip-checks", "--help", "--version"]),
  flask: /* @__PURE__ */ new Set(["--debug", "--no-debug", "--help", "--version"])
};
function parseOptions(args, flags, stopAtFirstPositional = false) {
  const values = /* @__PURE__ */ new Map();
  const positionals = [];
  const add = (name, value) => {
    values.set(name, [...values.get(name) ?? [], value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith("--") && arg.includes("=")) {
      const eq = arg.indexOf("=");
      add(arg.slice(0, eq), arg.slice(eq + 1));
    } else if (arg.startsWith("-") && arg.length > 1) {
      if (flags.has(arg)) add(arg, "");
      else if (!arg.startsWith("--") && arg.length > 2) add(arg.slice(0, 2), arg.slice(2));
      else add(arg, args[++i] ?? "");
    } else {
      positionals.push(arg);
      if (stopAtFirstPositional) {
        positionals.push(...args.slice(i + 1));
        break;
      }
    }
  }
  return { values, positionals };
}
function last(options, ...names) {
  let found;
  for (const name of names) {
    const values = options.values.get(name);
    if (values?.length) found = values.at(-1);
  }
  return found;
}
function appEntry(spec, defaultAttr, how) {
  const colon = spec.indexOf(":");
  const module = colon === -1 ? spec : spec.slice(0, colon);
  const attrText = colon === -1 ? defaultAttr : spec.slice(colon + 1);
  const attr = attrText ? /^[A-Za-z_][A-Za-z0-9_]*/.exec(attrText.trim())?.[0] : void 0;
  const entry = { role: "app", module, how };
  if (attr) entry.attr = attr;
  return entry;
}
function classEntry(dotted2, how) {
  const dot = dotted2.lastIndexOf(".");
  return dot > 0 ? { role: "worker-class", module: dotted2.slice(0, dot), attr: dotted2.slice(dot + 1), how } : { role: "module", module: dotted2, how };
}
function literalSettings(text) {
  const settings = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:(['"])(.*?)\2|(\d+))\s*(?:#.*)?$/gm)) settings.set(match[1], match[3] ?? match[4]);
  return settings;
}
var MAX_FILES_READ = 64;
var MAX_DEPTH = 8;
var MAX_SCRIPT_BYTES = 1024 * 1024;
function readScript(context, file, runBy, notes) {
  const { fs, walk } = context;
  const entry = fs.stat(file);
  const stop = (why) => {
    (notes ?? walk.stops).push(`${file} is ${runBy}, but ${why}: the chain of entry points is not followed past it`);
    return void 0;
  };
  if (entry?.type !== "file") return stop("it is not a file in the image");
  if (entry.size > MAX_SCRIPT_BYTES) return stop(`it is larger than ${MAX_SCRIPT_BYTES / 1024 / 1024} MiB`);
  if (++walk.filesRead > MAX_FILES_READ) return stop(`${MAX_FILES_READ} scripts were read for this command already`);
  const bytes = fs.readFile(file);
  if (bytes === void 0) {
    const kept = fs.partlyRead(file)?.kept ?? 0;
    return stop(kept === 0 ? "its content was not kept when the image was read" : `only its first ${kept} of ${entry.size} bytes were kept`);
  }
  return bytes.toString("utf8");
}
function isBinary(fs, file) {
  const head = fs.readHead(file);
  return head !== void 0 && head[0] === 127 && head[1] === 69 && head[2] === 76 && head[3] === 70;
}
function unwrap(argv, context, out, notes) {
  if (context.depth > MAX_DEPTH) {
    notes.push(`stopped following ${JSON.stringify(argv)}: wrappers nest too deep`);
    return;
  }
  const nested = { ...context, depth: context.depth + 1 };
  let args = argv;
  for (; ; ) {
    const program = args[0];
    if (program === void 0) return;
    const name = path4.posix.basename(program);
    if (program === "--" || name === "exec" || name === "nohup") {
      args = args.slice(1);
      if (name === "nohup") context = { ...context, viaExecvp: true };
    } else if (name === "tini" || name === "tini-static" || name === "dumb-init" || name === "catatonit") {
      let i = 1;
      while (i < args.length && args[i].startsWith("-") && args[i] !== "--") i += ["-e", "-p", "-r", "--rewrite"].includes(args[i]) ? 2 : 1;
      if (args[i] === "--") i++;
      args = args.slice(i);
      context = { ...context, viaExecvp: true };
    } else if (name === "env") {
      let i = 1;
      for (; i < args.length; i++) {
        const arg = args[i];
        if (arg === "-i" || arg === "--ignore-environment") context = { ...context, env: /* @__PURE__ */ new Map() };
        else if (arg === "-u" || arg === "--unset") {
          context = { ...context, env: new Map(context.env) };
          context.env.delete(args[++i] ?? "");
        } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) context = { ...context, env: new Map(context.env).set(arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)) };
        else break;
      }
      args = args.slice(i);
      context = { ...context, viaExecvp: true };
    } else if (name === "gosu" || name === "su-exec" || name === "chpst") {
      args = args.slice(2);
      context = { ...context, viaExecvp: true };
    } else if (SHELLS.has(name)) {
      const c = args.findIndex((arg, index) => index > 0 && /^-[a-z]*c[a-z]*$/.test(arg));
      if (c !== -1) {
        runShell(args[c + 1] ?? "", args.slice(c + 3), { ...nested, arg0: args[c + 2] ?? program }, out, notes);
        return;
      }
      const script = args.slice(1).find((arg) => !arg.startsWith("-"));
      if (!script) return;
      runShellScript(path4.posix.resolve(context.cwd, script), args.slice(args.indexOf(script) + 1), { ...nested, arg0: script }, out, notes);
      return;
    } else if (isPythonProgram(program)) {
      out.push({ argv: args, context });
      return;
    } else {
      const found = findOnPath(context.fs, program, context.env, context.cwd);
      const interpreter = found ? shebangInterpreter(context.fs, found, context.env, context.cwd) : void 0;
      if (found && interpreter && SHELLS.has(path4.posix.basename(interpreter))) {
        runShellScript(found, args.slice(1), { ...nested, arg0: found }, out, notes);
        return;
      }
      if (found && !interpreter && !context.fs.stat(found)?.hasContent) {
        context.walk.stops.push(`${found} is run, but its content was not kept when the image was read: the chain of entry points is not followed past it`);
        return;
      }
      if (found && !interpreter && context.viaExecvp && !isBinary(context.fs, found)) {
        runShellScript(found, args.slice(1), { ...nested, arg0: found }, out, notes);
        return;
      }
      out.push({ argv: args, context });
      return;
    }
  }
}
function runShellScript(file, args, context, out, notes) {
  if (context.fs.stat(file)?.type !== "file") {
    notes.push(`${file} is run by a shell but could not be read from the image`);
    return;
  }
  const text = readScript(context, file, "run by a shell");
  if (text !== void 0) runShell(text, args, context, out, notes);
}
var OPENERS2 = /* @__PURE__ */ new Set(["if", "case", "while", "until", "for", "select", "{"]);
var CLOSERS2 = /* @__PURE__ */ new Set(["fi", "esac", "done", "}"]);
function runShell(text, args, context, out, notes) {
  let current = { ...context, env: new Map(context.env) };
  let nesting = 0;
  for (const { words: words2, conditional } of eachShellStatement(text, (name) => name === "0" ? current.arg0 : current.env.get(name))) {
    let command = words2.flatMap((word) => word === ALL_ARGUMENTS ? args : [word]);
    for (const word of command) {
      if (OPENERS2.has(word)) nesting++;
      else if (CLOSERS2.has(word)) nesting = Math.max(0, nesting - 1);
      else if (word !== "!" && !SHELL_PREFIX_WORDS.has(word)) break;
    }
    const surelyRuns = nesting === 0 && !conditional;
    while (command[0] !== void 0 && SHELL_PREFIX_WORDS.has(command[0])) command = command.slice(1);
    const assignments2 = [];
    while (command[0] !== void 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(command[0])) {
      const [assignment] = command;
      assignments2.push([assignment.slice(0, assignment.indexOf("=")), assignment.slice(assignment.indexOf("=") + 1)]);
      command = command.slice(1);
    }
    const head = command[0];
    if (head === void 0) {
      for (const [key, value] of assignments2) current.env.set(key, value);
    } else if (head === "cd") {
      current = { ...current, cwd: path4.posix.resolve(current.cwd, command[1] ?? current.env.get("HOME") ?? "/") };
    } else if (head === "export") {
      for (const item of command.slice(1)) if (item.includes("=")) current.env.set(item.slice(0, item.indexOf("=")), item.slice(item.indexOf("=") + 1));
    } else if ((head === "." || head === "source") && command[1] !== void 0) {
      const file = sourcedFile(current, command[1]);
      if (current.depth > MAX_DEPTH) notes.push(`stopped following ${JSON.stringify(command)}: wrappers nest too deep`);
      else if (file !== void 0) {
        const sourced = readScript(current, file, `sourced by ${head}`);
        if (sourced !== void 0) current = { ...runShell(sourced, args, { ...current, depth: current.depth + 1 }, out, notes), depth: current.depth };
      }
    } else if (head === "exit" || head === "return") {
      if (surelyRuns) return current;
    } else if (!["set", "echo", "printf", "test", "[", "true", "false", "mkdir", "chown", "chmod", "sleep", "fi", "done", "esac", "for", "case", "shift", "trap", "wait", "umask", "ulimit"].includes(head)) {
      unwrap(command, { ...current, env: new Map([...current.env, ...assignments2]), viaExecvp: true }, out, notes);
      if (head === "exec" && command[1] !== void 0 && !/^[0-9]*[<>]/.test(command[1]) && surelyRuns) return current;
    }
  }
  return current;
}
function sourcedFile(context, name) {
  if (name.includes("/")) return path4.posix.resolve(context.cwd, name);
  for (const dir of [...(context.env.get("PATH") ?? "").split(":").filter(Boolean), context.cwd]) {
    const candidate = path4.posix.resolve(context.cwd, dir, name);
    if (context.fs.stat(candidate)?.type === "file") return candidate;
  }
  context.walk.stops.push(`${name} is sourced by a shell script, but it is not a file in the image`);
  return void 0;
}
function followCommand(argv, context, notes, derivations) {
  const commands = [];
  unwrap(argv, context, commands, notes);
  for (const command of commands) deriveAndFollow(command.argv, command.context, notes, derivations);
}
function deriveAndFollow(argv, context, notes, derivations) {
  const derivation = deriveCommand(argv, context, notes);
  if (!derivation) return;
  const followed = { ...derivation, argv };
  derivations.push(followed);
  if (!derivation.script) return;
  const before = derivations.length;
  const additions = followLauncher(derivation.script, derivation.interpreter ?? argv[0], context, notes, derivations);
  if (additions && additions.front.length + additions.back.length > 0) followed.pathAdditions = additions;
  const { file } = derivation.script;
  if (derivations.slice(before).some((launched) => launched.entries.some((entry) => entry.file !== file))) {
    for (const entry of derivation.entries) if (entry.role === "script") entry.launches = true;
  }
}
function followLauncher(script, interpreter, context, notes, derivations) {
  const { file, args } = script;
  if (context.fs.stat(file)?.type !== "file") return void 0;
  const text = readScript(context, file, `run by ${interpreter}`, notes);
  if (text === void 0) return void 0;
  const reading = readLaunches(text, { file, interpreter, args, cwd: context.cwd });
  if (reading.error !== void 0) {
    notes.push(`${file} does not parse as Python (${reading.error}): the programs it starts were not looked for`);
    return void 0;
  }
  for (const { line, what } of reading.unreadable) context.walk.stops.push(`${file}:${line} runs ${what}, whose arguments are not literal: the chain of entry points is not followed past ${file}`);
  for (const launch of reading.launches) {
    const child = { fs: context.fs, env: context.env, cwd: launch.cwd, depth: context.depth + 1, walk: context.walk };
    if ("argv" in launch) {
      followCommand(launch.argv, child, notes, derivations);
      continue;
    }
    const commands = [];
    runShell(launch.shellText, [], { ...child, arg0: "/bin/sh" }, commands, notes);
    for (const command of commands) deriveAndFollow(command.argv, command.context, notes, derivations);
  }
  return reading.pathAdditions;
}
function deriveCommand(argv, context, notes) {
  const { fs } = context;
  const program = argv[0];
  const name = path4.posix.basename(program);
  const found = findOnPath(fs, program, context.env, context.cwd);
  if (PYTHON_NAME.test(name)) {
    if (!found) notes.push(`${program} is not on the image's PATH`);
    return pythonCommand(found ?? program, argv.slice(1), context, notes);
  }
  if (!found) {
    if (FLAGS[name]) notes.push(`${program} is not on the image's PATH: the container cannot start`);
    return void 0;
  }
  const interpreter = shebangInterpreter(fs, found, context.env, context.cwd);
  if (!interpreter || !isPythonProgram(interpreter)) return void 0;
  const script = { role: "script", module: "__main__", file: found, how: `console script ${found}` };
  const server = serverCommand(name, argv.slice(1), context, notes);
  const derivation = {
    interpreter,
    launcher: { kind: "server", script: found, prepend: server?.prepend ?? [] },
    entries: [script, ...consoleScriptTargets(fs, name).filter((target) => scriptRunsTarget(fs, found, target.module)), ...server?.entries ?? []],
    context: server?.context ?? context
  };
  if (!server) derivation.script = { file: found, args: argv.slice(1) };
  return derivation;
}
function scriptRunsTarget(fs, script, module) {
  const text = fs.readText(script);
  if (text === void 0 || /\bload_entry_point\b|\bentry_points\b|\bimportlib\.metadata\b|\bpkg_resources\b/.test(text)) return true;
  const top = module.split(".")[0];
  return text.split("\n").some((line) => {
    const words2 = line.trim().split(/[\s,]+/);
    return (words2[0] === "from" || words2[0] === "import") && words2.slice(1).some((word) => word === top || word.startsWith(`${top}.`));
  });
}
function consoleScriptTargets(fs, name) {
  const entries = [];
  for (const file of entryPointFiles(fs)) {
    let section = "";
    for (const line of (fs.readText(file) ?? "").split("\n")) {
      const header = /^\s*\[(.+)\]\s*$/.exec(line);
      if (header) section = header[1].trim();
      const match = /^\s*([^=\s]+)\s*=\s*([\w.]+)(?::([\w.]+))?/.exec(line);
      if (section === "console_scripts" && match && match[1] === name) {
        const entry = { role: "app", module: match[2], how: `console script ${name} in ${file}`, called: true };
        if (match[3]) entry.attr = match[3].split(".")[0];
        entries.push(entry);
      }
    }
  }
  return entries;
}
var entryPointFileCache = /* @__PURE__ */ new WeakMap();
function entryPointFiles(fs) {
  let files = entryPointFileCache.get(fs);
  if (!files) {
    files = [];
    for (const entry of fs.walk()) {
      if (entry.type === "file" && entry.path.endsWith("/entry_points.txt") && /\.(dist|egg)-info\/entry_points\.txt$/.test(entry.path)) files.push(entry.path);
    }
    entryPointFileCache.set(fs, files);
  }
  return files;
}
function pythonInvocation(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-m" || arg.startsWith("-m") && !arg.startsWith("--")) {
      const module = arg === "-m" ? args[++i] ?? "" : arg.slice(2);
      return { kind: "module", module, rest: args.slice(i + 1) };
    }
    if (arg === "-c" || arg.startsWith("-c") && !arg.startsWith("--")) return { kind: "command", code: arg === "-c" ? args[i + 1] ?? "" : arg.slice(2) };
    if (arg === "-X" || arg === "-W") {
      i++;
      continue;
    }
    if (arg.startsWith("-")) continue;
    return { kind: "script", script: arg, rest: args.slice(i + 1) };
  }
  return { kind: "interactive" };
}
function pythonCommand(interpreter, args, context, notes) {
  const invocation = pythonInvocation(args);
  switch (invocation.kind) {
    case "module": {
      const { module, rest } = invocation;
      const server = serverCommand(module, rest, context, notes);
      return {
        interpreter,
        launcher: server ? { kind: "server", prepend: server.prepend } : { kind: "module", cwd: context.cwd },
        entries: [{ role: "module", module, how: `python -m ${module}` }, ...server?.entries ?? []],
        context: server?.context ?? context
      };
    }
    case "command":
      return { interpreter, launcher: { kind: "command" }, entries: [{ role: "script", module: "__main__", code: invocation.code, how: "python -c" }], context };
    case "script": {
      const arg = invocation.script;
      const file = path4.posix.resolve(context.cwd, arg);
      const entries = [{ role: "script", module: "__main__", file, how: `python ${arg}` }];
      if (path4.posix.basename(arg) === "manage.py") {
        const rest = parseOptions(invocation.rest, /* @__PURE__ */ new Set());
        const settings = last(rest, "--settings") ?? context.env.get("DJANGO_SETTINGS_MODULE") ?? djangoSettingsDefault(context.fs.readText(file) ?? "");
        if (settings) entries.push({ role: "django-settings", module: settings, how: `Django settings of ${arg}` });
        else notes.push(`${arg} looks like Django's manage.py, but no DJANGO_SETTINGS_MODULE was found`);
      }
      return { interpreter, launcher: { kind: "script", script: file }, entries, context, script: { file, args: invocation.rest } };
    }
    case "interactive":
      return { interpreter, launcher: { kind: "command" }, entries: [], context };
  }
}
function serverCommand(name, args, context, notes) {
  switch (name) {
    case "gunicorn":
      return gunicorn(args, context, notes);
    case "uvicorn": {
      const options = parseOptions(args, FLAGS.uvicorn);
      const entries = [];
      const app = options.positionals[0];
      if (app) entries.push(appEntry(app, void 0, "uvicorn app argument"));
      else notes.push("uvicorn is started without an app argument");
      const loop = last(options, "--loop");
      if (loop === "uvloop") entries.push({ role: "module", module: "uvloop", how: "uvicorn --loop uvloop" });
      else if (loop?.includes(":")) entries.push(appEntry(loop, void 0, "uvicorn --loop"));
      if (last(options, "--http") === "httptools") entries.push({ role: "module", module: "httptools", how: "uvicorn --http httptools" });
      const ws = last(options, "--ws");
      if (ws === "websockets" || ws === "wsproto") entries.push({ role: "module", module: ws, how: `uvicorn --ws ${ws}` });
      return { entries, prepend: [path4.posix.resolve(context.cwd, last(options, "--app-dir") ?? ".")], context };
    }
    case "hypercorn": {
      const options = parseOptions(args, FLAGS.hypercorn);
      const entries = [];
      const app = options.positionals.at(-1);
      const prepend = [];
      if (app) {
        const colon = app.indexOf(":");
        const target = path4.posix.resolve(context.cwd, colon === -1 ? app : app.slice(0, colon));
        const name2 = context.fs.stat(target)?.type === "file" ? path4.posix.basename(target).replace(/\.[^.]*$/, "") : path4.posix.basename(target);
        entries.push(appEntry(colon === -1 ? name2 : `${name2}${app.slice(colon)}`, "app", "hypercorn app argument"));
        prepend.push(path4.posix.dirname(target));
      }
      const worker = last(options, "-k", "--worker-class");
      if (worker === "uvloop" || worker === "trio") entries.push({ role: "module", module: worker, how: `hypercorn -k ${worker}` });
      return { entries, prepend, context };
    }
    case "daphne": {
      const options = parseOptions(args, FLAGS.daphne);
      const app = options.positionals.at(-1);
      return { entries: app ? [appEntry(app, "application", "daphne app argument")] : [], prepend: [context.cwd], context };
    }
    case "celery": {
      const options = parseOptions(args, FLAGS.celery);
      const app = last(options, "-A", "--app") ?? context.env.get("CELERY_APP");
      if (!app) notes.push("celery is started without -A/--app");
      return { entries: app ? [{ role: "module", module: app.split(":")[0], how: "celery -A" }] : [], prepend: [context.cwd], context };
    }
    case "flask": {
      const options = parseOptions(args, FLAGS.flask);
      const app = last(options, "-A", "--app") ?? context.env.get("FLASK_APP");
      const entries = [];
      let prepend = [context.cwd];
      if (app) {
        const colon = /:(?![\\/])/.exec(app)?.index ?? -1;
        const target = flaskImport(context.fs, context.cwd, colon === -1 ? app : app.slice(0, colon));
        prepend = [target.dir];
        entries.push(appEntry(colon === -1 ? target.module : `${target.module}${app.slice(colon)}`, void 0, app === context.env.get("FLASK_APP") ? "FLASK_APP" : "flask --app"));
      } else {
        for (const candidate of ["wsgi", "app"]) {
          if (context.fs.exists(path4.posix.join(context.cwd, `${candidate}.py`))) {
            entries.push({ role: "app", module: candidate, how: `flask's default ${candidate}.py` });
            break;
          }
        }
      }
      return { entries, prepend, context };
    }
    case "django-admin":
    case "django": {
      const options = parseOptions(args, /* @__PURE__ */ new Set());
      const settings = last(options, "--settings") ?? context.env.get("DJANGO_SETTINGS_MODULE");
      if (!settings) notes.push(`${name} is started without --settings or DJANGO_SETTINGS_MODULE`);
      return { entries: settings ? [{ role: "django-settings", module: settings, how: settings === context.env.get("DJANGO_SETTINGS_MODULE") ? "DJANGO_SETTINGS_MODULE" : `${name} --settings` }] : [], prepend: [context.cwd], context };
    }
    default:
      return void 0;
  }
}
function flaskImport(fs, cwd, spec) {
  let target = path4.posix.resolve(cwd, spec).replace(/\.py$/, "");
  if (path4.posix.basename(target) === "__init__") target = path4.posix.dirname(target);
  const names = [];
  let dir = target;
  do {
    names.unshift(path4.posix.basename(dir));
    dir = path4.posix.dirname(dir);
  } while (dir !== "/" && fs.stat(path4.posix.join(dir, "__init__.py"))?.type === "file");
  return { module: names.join("."), dir };
}
function gunicorn(commandArgs, context, notes) {
  const command = parseOptions(commandArgs, FLAGS.gunicorn);
  const envArgs = parseOptions(shellCommands(context.env.get("GUNICORN_CMD_ARGS") ?? "", () => void 0).flat(), FLAGS.gunicorn);
  const entries = [];
  const configSpec = last(command, "-c", "--config") ?? last(envArgs, "-c", "--config");
  let fileSettings = /* @__PURE__ */ new Map();
  if (configSpec?.startsWith("python:")) {
    entries.push({ role: "config", module: configSpec.slice("python:".length), how: "gunicorn --config python:" });
  } else {
    const file = path4.posix.resolve(context.cwd, configSpec?.replace(/^file:/, "") ?? "gunicorn.conf.py");
    const text = context.fs.stat(file)?.type === "file" ? context.fs.readText(file) : void 0;
    if (text !== void 0) {
      entries.push({ role: "config", module: "__config__", file, how: configSpec ? "gunicorn --config" : "gunicorn's default ./gunicorn.conf.py" });
      fileSettings = literalSettings(text);
    } else if (configSpec) notes.push(`gunicorn's configuration file ${file} is not in the image`);
  }
  const setting = (key, ...names) => last(command, ...names) ?? last(envArgs, ...names) ?? fileSettings.get(key);
  const env = new Map(context.env);
  const rawEnv = (options) => [...options.values.get("-e") ?? [], ...options.values.get("--env") ?? []];
  for (const item of rawEnv(command).length > 0 ? rawEnv(command) : rawEnv(envArgs)) {
    if (item.includes("=")) env.set(item.slice(0, item.indexOf("=")), item.slice(item.indexOf("=") + 1));
  }
  const chdir = path4.posix.resolve(context.cwd, setting("chdir", "--chdir") ?? ".");
  const app = command.positionals[0] ?? fileSettings.get("wsgi_app");
  if (app) entries.push(appEntry(app, "application", "gunicorn app argument"));
  else notes.push("gunicorn is started without an app argument or wsgi_app setting");
  const worker = setting("worker_class", "-k", "--worker-class") ?? "sync";
  const threads = Number(setting("threads", "--threads") ?? "1");
  if ((worker === "sync" || worker.endsWith("SyncWorker")) && threads > 1) entries.push(classEntry(GUNICORN_WORKERS.gthread, `gunicorn worker class gthread (${worker} with ${threads} threads)`));
  else entries.push(classEntry(GUNICORN_WORKERS[worker.replace(/^egg:gunicorn#/, "")] ?? worker, `gunicorn worker class ${worker}`));
  const pythonPath = (setting("pythonpath", "--pythonpath") ?? "").split(",").filter(Boolean).map((dir) => path4.posix.resolve(chdir, dir));
  const prepend = [];
  for (const dir of [context.cwd, chdir, ...pythonPath]) if (!prepend.includes(dir)) prepend.unshift(dir);
  return { entries, prepend, context: { ...context, env, cwd: chdir } };
}
function contextConfig(config, context) {
  return { ...config, workingDir: context.cwd, env: [...context.env].map(([key, value]) => `${key}=${value}`) };
}
function deriveEntryPlan(fs, config) {
  const argv = [...config.entrypoint ?? [], ...config.cmd ?? []];
  const notes = [];
  const walk = { filesRead: 0, stops: [] };
  const derivations = [];
  followCommand(argv, { fs, env: environmentOf(config), cwd: workingDirOf(config), depth: 0, walk }, notes, derivations);
  const entries = derivations.flatMap((derivation) => derivation.entries);
  const main = derivations.at(-1);
  const stops = walk.stops.length > 0 ? { stops: walk.stops } : {};
  if (!main || entries.length === 0) {
    const what = argv.length === 0 ? "the image has no ENTRYPOINT or CMD" : `the image's command ${JSON.stringify(argv)} starts no Python entry point the guard recognizes`;
    return { error: `${what}; ${walk.stops.map((stop) => `${stop}; `).join("")}list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)`, notes, ...stops };
  }
  const plan2 = { command: main.argv, launcher: main.launcher, config: contextConfig(config, main.context), entries: dedupe(entries), notes, ...stops };
  if (main.pathAdditions) plan2.pathAdditions = main.pathAdditions;
  if (main.interpreter) plan2.interpreter = main.interpreter;
  return plan2;
}
function dedupe(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.filter((entry) => {
    const key = `${entry.role}\0${entry.module}\0${entry.file ?? ""}\0${entry.attr ?? ""}\0${entry.code ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function parseEntryLines(lines) {
  const entries = [];
  let keepDerived = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line === "auto") keepDerived = true;
    else if (line.includes("/") || line.endsWith(".py")) entries.push({ role: "script", module: "__main__", file: line, how: "entrypoints input" });
    else entries.push({ ...appEntry(line, void 0, "entrypoints input"), role: line.includes(":") ? "app" : "module" });
  }
  return { entries, keepDerived };
}
function entryLabel(entry) {
  if (entry.code !== void 0) return `-c ${JSON.stringify(entry.code.length > 40 ? `${entry.code.slice(0, 40)}...` : entry.code)}`;
  if (entry.file) return entry.file;
  return entry.attr ? `${entry.module}:${entry.attr}` : entry.module;
}

// src/settings.ts
var BOOT_CHOICES = ["auto", "import", "serve", "none"];
var DEFAULT_BOOT_TIMEOUT = 60;
var FAIL_ON = ["error", "warning", "notice", "never"];
var ENTRY_MODULE = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)*(?::\s*[\p{L}\p{Nl}_].*)?$/u;
function listValue(values) {
  return (values ?? []).flatMap((value) => value.split(/[\n,]/)).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
function makeSettings(raw) {
  if (raw.image.trim() === "") {
    throw new ConfigurationError("image is required: the image to check, for example docker:my-service:latest or docker-archive:image.tar");
  }
  const failOn = raw.failOn?.trim() || "error";
  if (!FAIL_ON.includes(failOn)) throw new ConfigurationError(`fail-on is ${JSON.stringify(failOn)}; expected one of ${FAIL_ON.join(", ")}`);
  const nativeText = typeof raw.native === "boolean" ? String(raw.native) : raw.native?.trim().toLowerCase() || "true";
  if (nativeText !== "true" && nativeText !== "false") throw new ConfigurationError(`native is ${JSON.stringify(raw.native)}; expected true (check the shared libraries extension modules load) or false`);
  const settings = { source: parseSource(raw.image), pythonPath: listValue(raw.pythonPath), failOn, ignore: listValue(raw.ignore), pathMap: [], boot: bootSettings(raw), native: nativeText === "true" };
  for (const folder of settings.pythonPath) {
    if (!folder.startsWith("/")) throw new ConfigurationError(`python-path entry ${JSON.stringify(folder)} is not an absolute path in the image, for example /srv/src`);
  }
  for (const pattern of settings.ignore) {
    if (!/^[A-Za-z0-9_.*]+$/.test(pattern)) throw new ConfigurationError(`ignore pattern ${JSON.stringify(pattern)} is not a module glob, for example yaml, boto3.* or tests.**`);
  }
  const dockerRead = raw.dockerRead?.trim().toLowerCase();
  if (dockerRead === "container" || dockerRead === "save") settings.dockerRead = dockerRead;
  else if (dockerRead) throw new ConfigurationError(`docker-read ${JSON.stringify(raw.dockerRead.trim().slice(0, 100))} is neither container (read what a container of the image sees, the default) nor save (read the image's own export, docker image save)`);
  const platformText = raw.platform?.trim();
  if (platformText?.toLowerCase() === "all") settings.allPlatforms = true;
  else if (platformText) {
    const platform = parsePlatform(platformText);
    if (!platform) throw new ConfigurationError(`platform ${JSON.stringify(platformText)} is not of the form os/arch[/variant], for example linux/amd64 or linux/arm64/v8, nor all (every platform of the image)`);
    settings.platform = platform;
  }
  if (raw.imageConfig?.trim()) settings.imageConfig = raw.imageConfig.trim();
  if (raw.tempDir?.trim()) settings.tempDir = raw.tempDir.trim();
  const entryLines2 = (raw.entrypoints ?? []).flatMap((value) => value.split("\n"));
  for (const line of entryLines2.map((text) => text.trim())) {
    if (line === "" || line.startsWith("#") || line === "auto" || line.includes("/") || line.endsWith(".py") || ENTRY_MODULE.test(line)) continue;
    throw new ConfigurationError(`entrypoints line ${JSON.stringify(line)} is not an entry point: give a module (pkg.app), an app object (pkg.app:app) or a script path (/srv/run.py)`);
  }
  if (entryLines2.some((line) => line.trim() !== "")) {
    const parsed = parseEntryLines(entryLines2);
    if (parsed.entries.length === 0 && !parsed.keepDerived) throw new ConfigurationError("entrypoints holds no entry point: give one module (pkg.app or pkg.app:app) or script path per line");
    settings.entrypoints = parsed;
  }
  if (raw.repository?.trim()) settings.repository = raw.repository.trim();
  const pathMap = parsePathMap((raw.pathMap ?? []).flatMap((value) => value.split("\n")));
  if ("error" in pathMap) throw new ConfigurationError(pathMap.error);
  settings.pathMap = pathMap;
  for (const [name, value] of [["context", raw.context?.trim()], ["dockerfile", raw.dockerfile?.trim()]]) {
    if (!value) continue;
    if (!settings.repository) throw new ConfigurationError(`${name} is a path in the checkout, so it needs the checkout too (--repo DIR)`);
    settings[name] = value;
  }
  const target = raw.target?.trim();
  if (target) {
    if (!settings.repository) throw new ConfigurationError("target names a stage of the checkout's Dockerfile, so it needs the checkout too (--repo DIR)");
    settings.target = target;
  }
  const baseline = raw.baseline?.trim();
  if (baseline) {
    if (!settings.repository) throw new ConfigurationError("baseline is a file in the checkout, so it needs the checkout too (--repo DIR)");
    settings.baseline = baseline;
  }
  const registry = registrySettings(raw);
  if (registry) settings.registry = registry;
  return settings;
}
function registrySettings(raw) {
  const username = raw.registryUsername?.trim() || void 0;
  const password = raw.registryPassword === "" ? void 0 : raw.registryPassword;
  if (username === void 0 !== (password === void 0)) {
    throw new ConfigurationError(`${username === void 0 ? "registry-password is given without registry-username" : "registry-username is given without registry-password (for the command line: the IMPORT_GUARD_REGISTRY_PASSWORD variable)"}: give both, or neither to use the docker config file's credentials`);
  }
  const caFile = raw.registryCa?.trim() || void 0;
  const insecureText = typeof raw.registryInsecure === "boolean" ? String(raw.registryInsecure) : raw.registryInsecure?.trim().toLowerCase() || "false";
  if (insecureText !== "true" && insecureText !== "false") throw new ConfigurationError(`registry-insecure is ${JSON.stringify(raw.registryInsecure)}; expected true or false`);
  const insecure = insecureText === "true";
  if (username === void 0 && caFile === void 0 && !insecure) return void 0;
  return { ...username !== void 0 && { username, password }, ...caFile !== void 0 && { caFile }, ...insecure && { insecure } };
}
function bootSettings(raw) {
  const mode = raw.boot?.trim() || "auto";
  if (!BOOT_CHOICES.includes(mode)) throw new ConfigurationError(`boot is ${JSON.stringify(raw.boot)}; expected one of ${BOOT_CHOICES.join(", ")}`);
  const env = {};
  if (raw.fileEnv) parseEnvLines(raw.fileEnv.lines, raw.fileEnv.name, env);
  if (raw.envFile) parseEnvLines(raw.envFile.lines, `env-file ${raw.envFile.name}`, env);
  parseEnvLines((raw.env ?? []).flatMap((value) => value.split("\n")), "env", env);
  const timeoutText = raw.bootTimeout?.trim();
  const timeoutSeconds = timeoutText ? Number(timeoutText.replace(/s$/, "")) : DEFAULT_BOOT_TIMEOUT;
  if (!(timeoutSeconds > 0) || !Number.isFinite(timeoutSeconds)) throw new ConfigurationError(`boot-timeout is ${JSON.stringify(timeoutText)}; expected a number of seconds above 0, for example 60`);
  const memory = raw.bootMemory?.trim().toLowerCase() || DEFAULT_MEMORY;
  const memoryBytes = /^(\d+)([bkmg]?)$/.exec(memory);
  if (!memoryBytes || Number(memoryBytes[1]) * { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[memoryBytes[2]] < 6 * 1024 ** 2) {
    throw new ConfigurationError(`boot-memory is ${JSON.stringify(raw.bootMemory)}; expected a memory limit of 6m or more in docker's notation, for example 512m or 2g`);
  }
  const settings = { mode, env, timeoutSeconds, memory, runId: raw.runId?.trim() || `local-${process.pid}-${randomUUID().slice(0, 8)}` };
  const portText = raw.port?.trim();
  if (portText) {
    const port = Number(portText.replace(/\/tcp$/, ""));
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigurationError(`port is ${JSON.stringify(portText)}; expected the container port the service listens on, 1 to 65535`);
    settings.port = port;
  }
  const healthPath = raw.healthPath?.trim();
  if (healthPath) {
    if (!healthPath.startsWith("/") || /\s/.test(healthPath)) throw new ConfigurationError(`health-path is ${JSON.stringify(healthPath)}; expected a path that starts with /, for example /health`);
    settings.healthPath = healthPath;
  }
  if ((settings.port !== void 0 || settings.healthPath !== void 0) && mode !== "serve") {
    throw new ConfigurationError(`${settings.healthPath !== void 0 ? "health-path" : "port"} is used by boot: serve, and boot is ${mode}; set boot: serve to run the image's own command`);
  }
  return settings;
}
function moduleMatcher(patterns) {
  const DOT = 46;
  const notDot = (char) => char !== DOT;
  const matchers = patterns.map((pattern) => {
    const steps = [];
    pattern.split("**").forEach((part, index) => {
      if (index > 0) steps.push({ kind: "many", test: notLineEnd });
      part.split("*").forEach((text, index2) => {
        if (index2 > 0) steps.push({ kind: "many", test: notDot });
        for (const char of text) steps.push(literalStep(char.codePointAt(0)));
      });
    });
    steps.push({ kind: "optional", length: 2 }, literalStep(DOT), { kind: "many", test: notLineEnd });
    return stepsMatcher(steps);
  });
  return (module) => matchers.some((matches2) => matches2(module));
}

// src/config-file.ts
var CONFIG_FILE = ".import-guard.toml";
var PYPROJECT_FILE = "pyproject.toml";
var PYPROJECT_TABLE = "tool.import-guard";
var FILE_KEYS = {
  "entrypoints": { field: "entrypoints", type: "lines" },
  "python-path": { field: "pythonPath", type: "lines" },
  "ignore": { field: "ignore", type: "lines" },
  "path-map": { field: "pathMap", type: "path-map" },
  "fail-on": { field: "failOn", type: "string" },
  "platform": { field: "platform", type: "string" },
  "docker-read": { field: "dockerRead", type: "string" },
  "native": { field: "native", type: "boolean" },
  "context": { field: "context", type: "string" },
  "dockerfile": { field: "dockerfile", type: "string" },
  "target": { field: "target", type: "string" },
  "baseline": { field: "baseline", type: "string" },
  "boot": { field: "boot", type: "string" },
  "env": { field: "fileEnv", type: "env" },
  "port": { field: "port", type: "scalar" },
  "health-path": { field: "healthPath", type: "string" },
  "boot-timeout": { field: "bootTimeout", type: "scalar" },
  "boot-memory": { field: "bootMemory", type: "scalar" }
};
var STEP_ONLY_KEYS = {
  "image": "the image is given by each run",
  "image-config": "it names a file outside the checkout",
  "env-file": "it names a file outside the checkout; set variables in the env table",
  "github-token": "a token never belongs in the checkout",
  "sarif-file": "it names where the step writes",
  "json-file": "it names where the step writes",
  "summary": "it decides what the step publishes",
  "write-baseline": "it is a command-line option"
};
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function describe2(value) {
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a date";
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "object") return "a table";
  if (typeof value === "bigint") return "an integer";
  return `a ${typeof value}`;
}
function tableHeader(line) {
  const match = /^\s*\[\s*([^\][]+?)\s*\]\s*(#.*)?$/.exec(line);
  return match?.[1].split(".").map((part) => part.trim().replace(/^(["'])(.*)\1$/, "$2")).join(".");
}
function keyLine(text, table, key) {
  const lines = text.split(/\r?\n/);
  let current = "";
  const escaped = key.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const assignment = new RegExp(`^\\s*(?:${escaped}|"${escaped}"|'${escaped}')\\s*=`);
  for (let index = 0; index < lines.length; index++) {
    const header = tableHeader(lines[index]);
    if (header !== void 0) {
      current = header;
      if (header === (table ? `${table}.${key}` : key)) return index + 1;
      continue;
    }
    if (current === table && assignment.test(lines[index])) return index + 1;
  }
  return void 0;
}
function where(file, line) {
  return line === void 0 ? file : `${file} line ${line}`;
}
function stringLines(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  return void 0;
}
function inputValue(type, value) {
  switch (type) {
    case "string":
      return typeof value === "string" ? value : { wrong: "a string" };
    case "boolean":
      if (typeof value === "boolean") return String(value);
      if (typeof value === "string") return value;
      return { wrong: "true or false" };
    case "scalar":
      if (typeof value === "string") return value;
      if (typeof value === "number" && Number.isFinite(value) || typeof value === "bigint") return String(value);
      return { wrong: "a number or a string" };
    case "lines":
      return stringLines(value) ?? { wrong: "an array of strings" };
    case "path-map": {
      const lines = stringLines(value);
      if (lines) return lines;
      if (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.values(value).every((item) => typeof item === "string")) {
        return Object.entries(value).map(([image, repo]) => `${image}=${repo}`);
      }
      return { wrong: 'an array of "IMAGE=REPO" strings or a table of image folder = repository folder' };
    }
    case "env": {
      if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) return { wrong: 'a table of NAME = "value"' };
      const lines = [];
      for (const [name, text] of Object.entries(value)) {
        if (!VARIABLE_NAME.test(name)) return { wrong: `a table of NAME = "value", and ${JSON.stringify(quoted(name))} is not a variable name` };
        if (typeof text !== "string" || /[\r\n]/.test(text)) return { wrong: `a table of NAME = "value" (one line of text), and ${name} is ${typeof text === "string" ? "several lines" : describe2(text)}` };
        lines.push(`${name}=${text}`);
      }
      return { name: "", lines };
    }
  }
}
function meant(key) {
  const folded = key.toLowerCase().replace(/_/g, "-");
  return folded in FILE_KEYS ? folded : void 0;
}
function parseConfigFile(text, file) {
  const pyproject = file === PYPROJECT_FILE || file.endsWith(`/${PYPROJECT_FILE}`);
  let document;
  try {
    document = parse(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    if (pyproject && !/^\s*\[\s*["']?tool["']?\s*\.\s*["']?import-guard/m.test(text)) return void 0;
    throw new ConfigurationError(`${where(file, error.line)} is not valid TOML: ${error.message.split("\n")[0].replace(/^Invalid TOML document: /, "")}`);
  }
  const table = pyproject ? document.tool?.["import-guard"] : document;
  if (table === void 0) return void 0;
  const tableName = pyproject ? PYPROJECT_TABLE : "";
  const shown2 = pyproject ? `${file} [${PYPROJECT_TABLE}]` : file;
  const inTable = pyproject ? ` in [${PYPROJECT_TABLE}]` : "";
  if (typeof table !== "object" || table === null || Array.isArray(table)) throw new ConfigurationError(`${shown2} is ${describe2(table)}; expected a table of settings`);
  const config = { file, values: {}, keys: [], lines: {} };
  for (const [key, value] of Object.entries(table)) {
    const line = keyLine(text, tableName, key);
    const at2 = where(file, line);
    const name = JSON.stringify(quoted(key));
    if (key in STEP_ONLY_KEYS) throw new ConfigurationError(`${at2}: ${name} can be given only as an input of the step (or a command-line option), not in a settings file: ${STEP_ONLY_KEYS[key]}`);
    if (!(key in FILE_KEYS)) {
      const guess = meant(key);
      throw new ConfigurationError(`${at2}: unknown key ${name}${inTable}${guess ? `; did you mean "${guess}"?` : `; the keys are ${Object.keys(FILE_KEYS).join(", ")}`}`);
    }
    const fileKey = key;
    const { field: field2, type } = FILE_KEYS[fileKey];
    const read = inputValue(type, value);
    if (typeof read === "object" && "wrong" in read) throw new ConfigurationError(`${at2}: ${key}${inTable} is ${describe2(value)}; expected ${read.wrong}`);
    config.values[field2] = typeof read === "object" && "lines" in read ? { name: `env in ${at2}`, lines: read.lines } : read;
    config.keys.push(fileKey);
    if (line !== void 0) config.lines[fileKey] = line;
  }
  return config;
}
function readConfigFile(root, logger2) {
  const own = readRepositoryFile(root, CONFIG_FILE, logger2);
  const pyprojectText = readRepositoryFile(root, PYPROJECT_FILE, logger2);
  if (own !== void 0) {
    if (pyprojectText !== void 0 && /^\s*\[\s*["']?tool["']?\s*\.\s*["']?import-guard["']?\s*[\].]/m.test(pyprojectText)) {
      logger2.warn(`both ${CONFIG_FILE} and ${PYPROJECT_FILE} [${PYPROJECT_TABLE}] hold settings: ${CONFIG_FILE} is used, and ${PYPROJECT_FILE}'s table is not read`);
    }
    return parseConfigFile(own, CONFIG_FILE) ?? { file: CONFIG_FILE, values: {}, keys: [], lines: {} };
  }
  return pyprojectText === void 0 ? void 0 : parseConfigFile(pyprojectText, PYPROJECT_FILE);
}
function given(value) {
  if (value === void 0) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return listValue(value).length > 0;
  return true;
}
function keysFromFile(raw, config) {
  return config.keys.filter((key) => key === "env" || !given(raw[FILE_KEYS[key].field]));
}
function withConfigFile(raw, config) {
  if (!config) return raw;
  const merged = { ...raw };
  for (const key of keysFromFile(raw, config)) {
    const { field: field2 } = FILE_KEYS[key];
    merged[field2] = config.values[field2];
  }
  return merged;
}
function keyOfMessage(message, keys) {
  return keys.filter((key) => message.startsWith(`${key} `)).sort((a, b) => b.length - a.length)[0];
}
function loadSettings(raw, logger2) {
  const root = raw.repository?.trim();
  const config = root ? readConfigFile(root, logger2) : void 0;
  if (!config) return { settings: makeSettings(raw) };
  const fromFile = keysFromFile(raw, config);
  if (fromFile.length > 0) logger2.info(`Settings from ${config.file}: ${fromFile.join(", ")}`);
  try {
    return { settings: makeSettings(withConfigFile(raw, config)), config };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const key = keyOfMessage(error.message, fromFile);
    if (key === void 0 || key === "env") throw error;
    throw new ConfigurationError(`${error.message} (set in ${where(config.file, config.lines[key])})`);
  }
}

// src/image/content-store.ts
import { closeSync as closeSync2, mkdirSync, openSync as openSync2, readSync as readSync2, unlinkSync, writeSync } from "node:fs";
import { constants as zlibConstants, zstdCompressSync, zstdDecompressSync } from "node:zlib";
import os from "node:os";
import path5 from "node:path";

// src/units.ts
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

// src/image/limits.ts
var GiB = 1024 * 1024 * 1024;
var DEFAULT_READ_LIMITS = {
  layerTarBytes: 32 * GiB,
  imageTarBytes: 128 * GiB,
  layerEntries: 2e6,
  spillBytes: 4 * GiB,
  keptBytesPerFile: 64 * 1024 * 1024
};
var MAX_IMAGE_NODES = 4e6;
var MAX_NAME_BYTES = 4096;
var MAX_PAX_HEADER_BYTES = 1024 * 1024;
var MAX_PATH_DEPTH = 256;
function limitMessage(where2, what, limit) {
  return `${where2}: ${what}: the limit is ${limit}. The image is crafted to exhaust the reader, or too large to check: keep bulk data out of it (mount it at run time) to scan it`;
}
var ImageBudget = class {
  limits;
  tarBytes = 0;
  constructor(limits = {}) {
    this.limits = { ...DEFAULT_READ_LIMITS, ...limits };
  }
  /** Counts streamed tar bytes against the image's limit; called per chunk, not per entry. */
  addTarBytes(bytes, where2) {
    this.tarBytes += bytes;
    if (this.tarBytes > this.limits.imageTarBytes) {
      throw new ImageError(limitMessage(where2, `the image's layers expand to more than ${formatBytes(this.limits.imageTarBytes)}`, `${formatBytes(this.limits.imageTarBytes)} of tar per image`));
    }
  }
};

// src/image/content-store.ts
function isPacked(content) {
  return !Buffer.isBuffer(content) && "block" in content;
}
var DEFAULT_MEMORY_BUDGET = 32 * 1024 * 1024;
var DEFAULT_COMPRESSED_BUDGET = 96 * 1024 * 1024;
var BLOCK_BYTES = 128 * 1024;
var ZSTD_FAST = { params: { [zlibConstants.ZSTD_c_compressionLevel]: 1 } };
var nextBlockId = 0;
var SLAB_BYTES = 1024 * 1024;
var OWN_BUFFER_FROM = 64 * 1024;
var ContentStore = class {
  budget;
  memoryBudget;
  compressedBudget;
  spillDir;
  inMemory = 0;
  compressed = 0;
  spillFd;
  spilled = 0;
  slab = Buffer.alloc(0);
  slabUsed = 0;
  /** Staging for contents that will be spilled; reused for each. */
  scratch = Buffer.alloc(0);
  /** The block being packed, and the buffer every block is packed in before it is sealed. */
  block;
  staging = Buffer.allocUnsafe(BLOCK_BYTES);
  /** Files opened by `attach`, by path. */
  attached = /* @__PURE__ */ new Map();
  closed = false;
  constructor(options = {}) {
    this.memoryBudget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
    this.compressedBudget = options.compressedBudget ?? DEFAULT_COMPRESSED_BUDGET;
    this.spillDir = options.spillDir ?? os.tmpdir();
    this.budget = new ImageBudget(options.limits);
  }
  /**
   * A buffer to copy the next content into before `put`: a slice of a shared slab while the
   * memory budget lasts, else the reused staging buffer (valid until the next `allocate`).
   */
  allocate(size) {
    if (this.inMemory + size > this.memoryBudget) {
      if (this.scratch.length < size) this.scratch = Buffer.allocUnsafe(Math.max(size, 2 * this.scratch.length));
      return this.scratch.subarray(0, size);
    }
    if (size >= OWN_BUFFER_FROM) return Buffer.allocUnsafe(size);
    if (this.slabUsed + size > this.slab.length) {
      this.slab = Buffer.allocUnsafe(SLAB_BYTES);
      this.slabUsed = 0;
    }
    this.slabUsed += size;
    return this.slab.subarray(this.slabUsed - size, this.slabUsed);
  }
  /** Packs a content into the open block, sealing it when full; a content larger than a block is sealed alone. */
  pack(data) {
    if (data.length > BLOCK_BYTES) {
      const block2 = { id: nextBlockId++, raw: data, rawLength: data.length };
      this.seal(block2);
      return { block: block2, offset: 0, length: data.length };
    }
    if (this.block && this.block.rawLength + data.length > BLOCK_BYTES) this.seal(this.block);
    const block = this.block ??= { id: nextBlockId++, raw: this.staging, rawLength: 0 };
    data.copy(this.staging, block.rawLength);
    const content = { block, offset: block.rawLength, length: data.length };
    block.rawLength += data.length;
    return content;
  }
  seal(block) {
    const chunk = frameBound(block.rawLength);
    const packed = zstdCompressSync(block.raw.subarray(0, block.rawLength), { ...ZSTD_FAST, chunkSize: chunk });
    block.packed = Buffer.from(packed);
    release(packed, chunk);
    block.raw = void 0;
    this.compressed += block.packed.length;
    if (block === this.block) this.block = void 0;
  }
  /** Keeps a content; `where` names what it is read from (a layer) for messages. */
  put(data, where2 = "kept file contents") {
    if (this.inMemory + data.length <= this.memoryBudget) {
      this.inMemory += data.length;
      return data;
    }
    if (this.compressed < this.compressedBudget) return this.pack(data);
    const limit = this.budget.limits.spillBytes;
    if (this.spilled + data.length > limit) {
      throw new ImageError(limitMessage(where2, `the file contents kept for the analysis need more than ${formatBytes(limit)} of temporary disk space`, `${formatBytes(limit)} for the spill file in ${this.spillDir}`));
    }
    try {
      const fd = this.spillFd ??= this.openSpillFile();
      const offset = this.spilled;
      for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written, offset + written);
      this.spilled += data.length;
      return { fd, offset, length: data.length };
    } catch (error) {
      const code = error.code;
      if (code === "ENOSPC" || code === "EDQUOT") {
        throw new ImageError(
          `${where2}: no disk space left in ${this.spillDir} for the file contents kept for the analysis (${formatBytes(this.spilled)} written, ${code}): free space there, or point the temporary directory (TMPDIR; RUNNER_TEMP in the Action) to a larger disk`
        );
      }
      throw error;
    }
  }
  /**
   * Opens a file (read-only, until `close`) whose byte ranges can then stand for contents: an
   * uncompressed layer's files are read where they lie, not copied.
   */
  attach(file) {
    let fd = this.attached.get(file);
    if (fd === void 0) {
      fd = openSync2(file, "r");
      this.attached.set(file, fd);
    }
    return fd;
  }
  /** A content's bytes, the caller's to keep. */
  get(content) {
    if (Buffer.isBuffer(content)) return content;
    if (isPacked(content)) return Buffer.from(contentBytes(content));
    if (this.closed) throw new Error("content store is closed");
    return readRange(content);
  }
  /** Bytes held in memory (plain, and compressed in sealed blocks) and in the spill file. */
  get usage() {
    return { memory: this.inMemory, compressed: this.compressed, spilled: this.spilled };
  }
  close() {
    this.closed = true;
    if (this.spillFd !== void 0) closeSync2(this.spillFd);
    this.spillFd = void 0;
    for (const fd of this.attached.values()) closeSync2(fd);
    this.attached.clear();
  }
  openSpillFile() {
    mkdirSync(this.spillDir, { recursive: true });
    const file = path5.join(this.spillDir, `import-guard-content-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    const fd = openSync2(file, "wx+", 384);
    unlinkSync(file);
    return fd;
  }
};
var ScratchBuffer = class {
  buffer = Buffer.alloc(0);
  /** `size` bytes, valid until the next take. */
  take(size) {
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(Math.max(size, 2 * this.buffer.length, 64 * 1024));
    return this.buffer.subarray(0, size);
  }
};
var unpacked;
function blockBytes(block) {
  if (block.raw) return block.raw;
  if (unpacked?.id !== block.id) {
    if (unpacked) release(unpacked.bytes, unpacked.chunk);
    const size = Math.max(1, block.rawLength);
    const chunk = Math.max(64, size + 1);
    unpacked = { id: block.id, bytes: zstdDecompressSync(block.packed, { maxOutputLength: size, chunkSize: chunk }), chunk };
  }
  return unpacked.bytes;
}
function release(buffer, chunk) {
  const memory = buffer.buffer;
  if (memory instanceof ArrayBuffer && buffer.byteOffset === 0 && memory.byteLength === chunk) memory.transfer(0);
}
function frameBound(size) {
  return size + (size >> 8) + 1024;
}
function contentBytes(content, scratch2) {
  if (Buffer.isBuffer(content)) return content;
  if (!isPacked(content)) return readRange(content, scratch2);
  return blockBytes(content.block).subarray(content.offset, content.offset + content.length);
}
function readRange(range, scratch2) {
  const buffer = scratch2 ? scratch2.take(range.length) : Buffer.allocUnsafe(range.length);
  for (let read = 0; read < range.length; ) {
    const bytes = readSync2(range.fd, buffer, read, range.length - read, range.offset + read);
    if (bytes === 0) throw new Error(`file ended early: ${range.length - read} bytes of a kept content are missing`);
    read += bytes;
  }
  return buffer;
}

// src/image/image-fs.ts
var MAX_SYMLINK_HOPS = 40;
var SymlinkLoopError = class extends ImageError {
  name = "SymlinkLoopError";
};
function pathComponents(path18) {
  const parts = path18.split("/");
  for (const part of parts) if (part === "" || part === ".") return parts.filter((p) => p !== "" && p !== ".");
  return parts;
}
function joinPath(components) {
  return "/" + components.join("/");
}
function underAny(path18, dirs) {
  for (const dir of dirs) {
    if (path18 === dir) return true;
    if (path18.startsWith(dir) && (dir.endsWith("/") || path18.charCodeAt(dir.length) === 47)) return true;
  }
  return false;
}
function newDirectory(mode = 493) {
  return { type: "dir", mode, size: 0, children: /* @__PURE__ */ new Map() };
}
var ImageFs = class {
  root;
  store;
  /** Folders resolved (symlinks followed) by the path asked for: the tree never changes, and most paths asked for share a few folders. */
  folders = /* @__PURE__ */ new Map();
  /** Symlinks resolved, by their own canonical path: a chain of links is followed once, not once per lookup through it. */
  links = /* @__PURE__ */ new Map();
  source;
  /** Files read (readFile) whose whole content was not kept, and files asked for their head (readHead) of which nothing was: to read again. */
  wantedWhole = /* @__PURE__ */ new Set();
  wantedHead = /* @__PURE__ */ new Set();
  /**
   * Nodes whose state may not be the image's own (see `unsurePaths` of a container export), by
   * path; and the first of them the analysis looked at, if any.
   */
  unsure;
  unsureSeen;
  constructor(root, store = new ContentStore(), source2, unsure = /* @__PURE__ */ new Map()) {
    this.root = root;
    this.store = store;
    this.source = source2;
    this.unsure = unsure;
  }
  /**
   * The first path the analysis looked at (by a lookup, or a folder listing it) whose state this
   * tree may not hold as the image does; undefined when it looked at none, so that what it found
   * is what it would have found in the image itself. Listing every path (`walk`) does not count:
   * see `walk`.
   */
  get unsureLookedAt() {
    return this.unsureSeen;
  }
  /** The paths whose state this tree may not hold as the image does, sorted. */
  get unsurePaths() {
    return [...this.unsure.values()].sort();
  }
  /**
   * Runs `look` without its lookups counting as looking at paths of unsure state: for a count
   * over the tree that those paths cannot enter. Each is an empty file, an empty folder or a link
   * to `/proc/mounts`, none of which holds a module.
   */
  unwatched(look) {
    const watching = this.watching;
    this.watching = false;
    try {
      return look();
    } finally {
      this.watching = watching;
    }
  }
  watching = true;
  see(node) {
    if (this.unsureSeen === void 0 && this.watching && this.unsure.size > 0) this.unsureSeen = this.unsure.get(node);
  }
  /** Releases the spill file of kept contents, if one was needed. */
  close() {
    this.store.close();
  }
  /** The path's own node; a symlink in the last component is not followed. */
  lstat(path18) {
    const found = this.resolve(path18, false);
    return found && describe3(found);
  }
  /** Follows symlinks all the way. Throws SymlinkLoopError on a loop. */
  stat(path18) {
    const found = this.resolve(path18, true);
    return found && describe3(found);
  }
  /** The canonical path with every symlink resolved, or undefined when a component is missing. */
  realpath(path18) {
    const found = this.resolve(path18, true);
    return found && joinPath(found.path);
  }
  exists(path18) {
    return this.resolve(path18, true) !== void 0;
  }
  /** Sorted names in a directory (symlinks followed), or undefined when it is not a directory. */
  readdir(path18) {
    const found = this.resolve(path18, true);
    if (!found?.node.children) return void 0;
    if (this.unsure.size > 0) for (const child of found.node.children.values()) this.see(child);
    return [...found.node.children.keys()].sort();
  }
  /**
   * A directory's entries (symlinks followed to it) with their own types, a symlink as `symlink`.
   * An entry whose state is unsure counts as looked at when the caller asks for it by name or
   * goes through them all, not merely because it is in the listing.
   */
  entries(path18) {
    const found = this.resolve(path18, true);
    if (!found?.node.children) return void 0;
    const unsureNames = /* @__PURE__ */ new Map();
    if (this.unsure.size > 0) {
      for (const [name, child] of found.node.children) if (this.unsure.has(child)) unsureNames.set(name, child);
    }
    const types = unsureNames.size > 0 ? new WatchedListing(unsureNames, (node) => this.see(node)) : /* @__PURE__ */ new Map();
    for (const [name, child] of found.node.children) types.set(name, child.type);
    return types;
  }
  /**
   * The whole content of a regular file (symlinks followed); undefined when there is no such file,
   * or when its whole content was not kept: such a file is remembered, for `readWanted` to read
   * again. A part of a file is never handed out as if it were the file.
   */
  readFile(path18) {
    const found = this.resolve(path18, true);
    if (!found || found.node.type !== "file") return void 0;
    if (!isWhole(found.node)) {
      this.wantedWhole.add(joinPath(found.path));
      return void 0;
    }
    return found.node.content ? this.store.get(found.node.content) : Buffer.alloc(0);
  }
  readText(path18) {
    return this.readFile(path18)?.toString("utf8");
  }
  /**
   * The kept bytes of a regular file, which may be only its head (enough for a `#!` line or a
   * metadata header). When nothing was kept, the file is remembered for `readWanted`, and undefined returned.
   */
  readHead(path18) {
    const found = this.resolve(path18, true);
    if (!found || found.node.type !== "file") return void 0;
    if (!found.node.content) {
      if (found.node.size === 0) return Buffer.alloc(0);
      this.wantedHead.add(joinPath(found.path));
      return void 0;
    }
    return this.store.get(found.node.content);
  }
  /**
   * The bytes kept of a regular file (symlinks followed), its head or all of it, with its size;
   * undefined when none were kept. Unlike readHead, nothing is remembered to be read again.
   */
  keptBytes(path18) {
    const found = this.resolve(path18, true);
    if (!found || found.node.type !== "file") return void 0;
    if (!found.node.content) return found.node.size === 0 ? { bytes: Buffer.alloc(0), size: 0 } : void 0;
    return { bytes: this.store.get(found.node.content), size: found.node.size };
  }
  /** What the dynamic loader reads of an ELF file (symlinks followed), when the reader captured it (ContentSelector.elf). */
  elfOf(path18) {
    const found = this.resolve(path18, true);
    if (found?.node.type !== "file" || !found.node.elf) return void 0;
    const { node } = found;
    if ("later" in node.elf) node.elf = node.elf.later();
    return node.elf;
  }
  /** Whether the whole content of a regular file is at hand; if not, it is remembered for `readWanted`, as readFile does. */
  wantWhole(path18) {
    const found = this.resolve(path18, true);
    if (!found || found.node.type !== "file") return false;
    if (isWhole(found.node)) return true;
    this.wantedWhole.add(joinPath(found.path));
    return false;
  }
  /** A regular file the analysis needs whole but has only in part (or not at all): how much of it there is. */
  partlyRead(path18) {
    const found = this.resolve(path18, true);
    if (!found || found.node.type !== "file" || isWhole(found.node)) return void 0;
    return { path: joinPath(found.path), size: found.node.size, kept: found.node.content?.length ?? 0 };
  }
  /**
   * Where readFile reads a whole file from: bytes in memory, or a range of an open file that a
   * worker thread can read itself. Callers check first that the file was kept whole (partlyRead).
   */
  contentOf(path18) {
    const found = this.resolve(path18, true);
    if (!found || found.node.type !== "file") return void 0;
    if (!isWhole(found.node)) {
      throw new Error(`the whole content of ${joinPath(found.path)} was not kept: check partlyRead before`);
    }
    return found.node.content ?? Buffer.alloc(0);
  }
  /**
   * Reads again, from the image, the files asked for since the last call whose content was not
   * kept (whole ones whole, up to `wants.whole` bytes; heads up to `wants.head`, a file no
   * larger whole). Files already read as far as asked are not read again. Returns the paths read,
   * and the files asked for whole that are still in part: larger than a file may be kept.
   */
  async readWanted(wants) {
    const asked = /* @__PURE__ */ new Map();
    for (const path18 of this.wantedHead) asked.set(path18, wants.head);
    for (const path18 of this.wantedWhole) asked.set(path18, wants.whole);
    const wholeAsked = [...this.wantedWhole];
    this.wantedHead.clear();
    this.wantedWhole.clear();
    const requests = [];
    const nodes = [];
    for (const [path18, asking] of asked) {
      const node = this.resolve(path18, true)?.node;
      if (!node || node.type !== "file" || isWhole(node)) continue;
      const keep = Math.min(node.size, this.store.budget.limits.keptBytesPerFile, asking);
      if ((node.content?.length ?? 0) >= keep) continue;
      requests.push({ layer: node.layer, path: node.sourcePath ?? path18, size: node.size, keep });
      nodes.push(node);
    }
    const read = [];
    if (requests.length > 0 && this.source) {
      const contents = await this.source.read(requests, this.store);
      contents.forEach((content, index) => {
        const node = nodes[index];
        if (!content || content.length <= (node.content?.length ?? 0)) return;
        node.content = content;
        node.contentComplete = content.length === node.size;
        read.push(requests[index].path);
      });
    }
    const partlyRead = wholeAsked.flatMap((path18) => this.partlyRead(path18) ?? []);
    return { read, partlyRead };
  }
  /**
   * Every path except `/`, depth first, in sorted order; symlinks are listed, not followed. Paths
   * of unsure state are listed without counting as looked at: the analysis walks the tree only
   * to find files by a name of their own (`*.dist-info/entry_points.txt`), which none of them has.
   */
  *walk() {
    const stack = [{ node: this.root, path: [] }];
    while (stack.length > 0) {
      const { node, path: path18 } = stack.pop();
      if (path18.length > 0) yield describe3({ node, path: path18 });
      if (node.children) {
        const names = [...node.children.keys()].sort().reverse();
        for (const name of names) stack.push({ node: node.children.get(name), path: [...path18, name] });
      }
    }
  }
  /** Number of paths in the image, root excluded. */
  get pathCount() {
    let count = 0;
    const stack = [this.root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.children) {
        count += node.children.size;
        for (const child of node.children.values()) stack.push(child);
      }
    }
    return count;
  }
  resolve(path18, followLast) {
    const slash = path18.lastIndexOf("/");
    const name = path18.slice(slash + 1);
    if (slash > 0 && name !== "" && name !== "." && name !== "..") {
      const folderPath = path18.slice(0, slash);
      let folder = this.folders.get(folderPath);
      if (folder === void 0 && !this.folders.has(folderPath)) {
        folder = this.walkTo(folderPath, true);
        this.folders.set(folderPath, folder);
      }
      if (!folder || folder.node.type !== "dir") return void 0;
      const child = folder.node.children.get(name);
      if (!child) return void 0;
      this.see(child);
      if (child.type !== "symlink" || !followLast) return { node: child, path: [...folder.path, name] };
    }
    return this.walkTo(path18, followLast);
  }
  /**
   * Resolves a path component by component from the root, in a loop (however long the path or a
   * link's target). A symlink's target is pushed onto the pending components, followed by a marker
   * that records where the link led once its target is consumed; a link met again jumps there.
   * Hops count as Linux counts them, cached links included.
   */
  walkTo(path18, followLast) {
    const pending = pathComponents(path18).reverse();
    let names = pending.length;
    let stack = [];
    const current = () => stack.at(-1)?.node ?? this.root;
    let hops = 0;
    const countHops = (more) => {
      hops += more;
      if (hops > MAX_SYMLINK_HOPS) {
        throw new SymlinkLoopError(`symlink loop while resolving ${path18.length > 200 ? path18.slice(0, 200) + "..." : path18} in the image: more than ${MAX_SYMLINK_HOPS} links followed`);
      }
    };
    while (pending.length > 0) {
      const name = pending.pop();
      if (typeof name !== "string") {
        this.links.set(name.key, { steps: stack.slice(), hops: hops - name.hopsBefore });
        continue;
      }
      names--;
      if (name === "..") {
        stack.pop();
        continue;
      }
      const child = current().children?.get(name);
      if (!child) return void 0;
      this.see(child);
      if (child.type === "symlink" && (names > 0 || followLast)) {
        const key = joinPath([...stack.map((step) => step.name), name]);
        const known = this.links.get(key);
        if (known) {
          countHops(known.hops);
          stack = known.steps.slice();
          continue;
        }
        const hopsBefore = hops;
        countHops(1);
        pending.push({ key, hopsBefore });
        const target = child.linkTarget ?? "";
        if (target.startsWith("/")) stack.length = 0;
        const parts = pathComponents(target);
        for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
        names += parts.length;
        continue;
      }
      if (names > 0 && child.type !== "dir") return void 0;
      stack.push({ name, node: child });
    }
    return { node: current(), path: stack.map((part) => part.name) };
  }
};
var WatchedListing = class extends Map {
  unsureNames;
  seen;
  constructor(unsureNames, seen) {
    super();
    this.unsureNames = unsureNames;
    this.seen = seen;
  }
  seeAll() {
    for (const node of this.unsureNames.values()) this.seen(node);
  }
  get(name) {
    const node = this.unsureNames.get(name);
    if (node) this.seen(node);
    return super.get(name);
  }
  has(name) {
    const node = this.unsureNames.get(name);
    if (node) this.seen(node);
    return super.has(name);
  }
  forEach(callback, thisArg) {
    this.seeAll();
    super.forEach(callback, thisArg);
  }
  entries() {
    this.seeAll();
    return super.entries();
  }
  keys() {
    this.seeAll();
    return super.keys();
  }
  values() {
    this.seeAll();
    return super.values();
  }
  [Symbol.iterator]() {
    this.seeAll();
    return super[Symbol.iterator]();
  }
};
function isWhole(node) {
  return node.content !== void 0 ? node.contentComplete !== false : node.size === 0;
}
function describe3({ node, path: path18 }) {
  const entry = { path: joinPath(path18), type: node.type, mode: node.mode, size: node.size, hasContent: node.content !== void 0, hasWholeContent: node.type === "file" && isWhole(node) };
  if (node.linkTarget !== void 0) entry.linkTarget = node.linkTarget;
  return entry;
}

// src/image/open-image.ts
import { readFile as readFile4 } from "node:fs/promises";
import path11 from "node:path";

// src/image/archive-files.ts
import { readSync as readSync3 } from "node:fs";
import { open, realpath, stat as stat2 } from "node:fs/promises";
import path6 from "node:path";

// src/image/tar.ts
var BLOCK = 512;
var TarFormatError = class extends Error {
  name = "TarFormatError";
};
var TarLimitError = class extends TarFormatError {
  name = "TarLimitError";
  /** What went over, and the limit it went over. */
  what;
  limit;
  constructor(what, limit) {
    super(`${what}: the limit is ${limit}`);
    this.what = what;
    this.limit = limit;
  }
};
function quoteStart(text) {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}...` : text);
}
function checkNameLength(text, what) {
  if (text.length * 3 > MAX_NAME_BYTES && Buffer.byteLength(text) > MAX_NAME_BYTES) {
    throw new TarLimitError(`${what} ${quoteStart(text)} is ${Buffer.byteLength(text)} bytes long`, `${MAX_NAME_BYTES} bytes (Linux's PATH_MAX)`);
  }
}
function checkMetaSize(size, typeFlag, offset) {
  if (size > MAX_PAX_HEADER_BYTES) {
    const what = typeFlag === "L" || typeFlag === "K" ? "GNU long-name record" : "pax extended header";
    throw new TarLimitError(`the ${what} at byte ${offset} is ${size} bytes long`, `${MAX_PAX_HEADER_BYTES} bytes per header`);
  }
}
var decoder = new TextDecoder("utf-8");
function cString(block, start, length) {
  const limit = start + length;
  const nul = block.indexOf(0, start);
  return block.toString("utf8", start, nul === -1 || nul > limit ? limit : nul);
}
var SPACE = 32;
var ZERO = 48;
var SEVEN = 55;
function parseNumber2(block, start, length, field2) {
  const first = block[start] ?? 0;
  if (first & 128) {
    if (first === 255) throw new TarFormatError(`negative base-256 ${field2}`);
    let value2 = first & 127;
    for (let i = start + 1; i < start + length; i++) value2 = value2 * 256 + (block[i] ?? 0);
    if (!Number.isSafeInteger(value2)) throw new TarFormatError(`${field2} too large`);
    return value2;
  }
  let pos = start;
  const end = start + length;
  while (pos < end && block[pos] === SPACE) pos++;
  let value = 0;
  let digits = 0;
  for (; pos < end; pos++) {
    const byte = block[pos];
    if (byte >= ZERO && byte <= SEVEN) {
      value = value * 8 + (byte - ZERO);
      digits++;
    } else break;
  }
  for (; pos < end; pos++) {
    const byte = block[pos];
    if (byte !== 0 && byte !== SPACE) throw new TarFormatError(`${field2} is not an octal number: ${JSON.stringify(cString(block, start, length))}`);
  }
  return digits === 0 ? 0 : value;
}
function isZeroBlock(block) {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}
function byteSum(block) {
  if ((block.byteOffset & 3) !== 0) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += block[i];
    return sum;
  }
  const words2 = new Uint32Array(block.buffer, block.byteOffset, BLOCK / 4);
  let lanes = 0;
  for (let i = 0; i < words2.length; i++) {
    const word = words2[i];
    lanes += (word & 16711935) + (word >>> 8 & 16711935);
  }
  return lanes % 65536 + Math.floor(lanes / 65536);
}
function checksumMatches(block) {
  let stored;
  try {
    stored = parseNumber2(block, 148, 8, "checksum");
  } catch {
    return false;
  }
  let unsigned = 8 * SPACE + byteSum(block);
  for (let i = 148; i < 156; i++) unsigned -= block[i];
  if (stored === unsigned) return true;
  let signed = 8 * SPACE;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) signed += block[i] > 127 ? block[i] - 256 : block[i];
  return stored === signed;
}
function parseRawHeader(block) {
  if (!checksumMatches(block)) throw new TarFormatError("header checksum mismatch (not a tar archive, or corrupt)");
  let name = cString(block, 0, 100);
  const ustar = block[257] === 117 && block[258] === 115 && block[259] === 116 && block[260] === 97 && block[261] === 114 && block[262] === 0;
  const gnuVersion = block[263] === SPACE && block[264] === 0;
  if (ustar && !gnuVersion && block[345] !== 0) name = `${cString(block, 345, 155)}/${name}`;
  const typeByte = block[156] ?? 0;
  return {
    name,
    typeFlag: typeByte === 0 ? "0" : String.fromCharCode(typeByte),
    size: parseNumber2(block, 124, 12, "size"),
    mode: parseNumber2(block, 100, 8, "mode"),
    linkName: block[157] === 0 ? "" : cString(block, 157, 100)
  };
}
var ENTRY_TYPES = {
  "0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "3": "char",
  "4": "block",
  "5": "dir",
  "6": "fifo"
};
function isMetaType(typeFlag) {
  return typeFlag === "x" || typeFlag === "g" || typeFlag === "L" || typeFlag === "K";
}
function parsePaxRecords(data) {
  const records = /* @__PURE__ */ new Map();
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === 0) break;
    let space = pos;
    while (space < data.length && data[space] !== 32) space++;
    const length = parseInt(decoder.decode(data.subarray(pos, space)), 10);
    if (!Number.isInteger(length) || length <= 0 || pos + length > data.length) {
      throw new TarFormatError("malformed pax extended header record");
    }
    const record = decoder.decode(data.subarray(space + 1, pos + length - 1));
    const eq = record.indexOf("=");
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    pos += length;
  }
  return records;
}
var PAX_KEYS_USED = /* @__PURE__ */ new Set(["path", "linkpath", "size"]);
var PendingOverrides = class {
  global = /* @__PURE__ */ new Map();
  local = /* @__PURE__ */ new Map();
  longName;
  longLink;
  absorb(typeFlag, data) {
    if (typeFlag === "x" || typeFlag === "g") {
      const target = typeFlag === "x" ? this.local : this.global;
      for (const [k, v] of parsePaxRecords(data)) if (PAX_KEYS_USED.has(k)) target.set(k, v);
    } else if (typeFlag === "L") this.longName = cString(data, 0, data.length);
    else if (typeFlag === "K") this.longLink = cString(data, 0, data.length);
  }
  /** Builds the entry for a real header and clears the per-entry overrides. */
  apply(raw) {
    const pax = (key) => this.local.get(key) ?? this.global.get(key);
    const paxSize = pax("size");
    let size = raw.size;
    if (paxSize !== void 0) {
      size = Number(paxSize);
      if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError(`bad pax size ${JSON.stringify(paxSize)}`);
    }
    const entry = {
      name: pax("path") ?? this.longName ?? raw.name,
      type: ENTRY_TYPES[raw.typeFlag] ?? "file",
      size,
      mode: raw.mode,
      linkName: pax("linkpath") ?? this.longLink ?? raw.linkName
    };
    this.local.clear();
    this.longName = void 0;
    this.longLink = void 0;
    checkNameLength(entry.name, "entry name");
    if (entry.linkName !== "") checkNameLength(entry.linkName, `link target of ${quoteStart(entry.name)}`);
    return entry;
  }
};
function padded(size) {
  return Math.ceil(size / BLOCK) * BLOCK;
}
var TarParser = class {
  overrides = new PendingOverrides();
  header = Buffer.alloc(BLOCK);
  headerFill = 0;
  /** The entry whose data is flowing, or the meta header whose data is being collected. */
  current;
  finished = false;
  zeroBlocks = 0;
  offset = 0;
  keepBytes;
  onEntry;
  allocate;
  stream;
  /**
   * Input chunks are copied from, never kept: the caller may reuse a chunk's buffer once `write`
   * returns, unless `stream` hands views of it on (see DataSink). A streamed entry is still
   * handed to `onEntry` once its data has passed, with no data.
   */
  constructor(keepBytes, onEntry, allocate = (size) => Buffer.allocUnsafe(size), stream) {
    this.keepBytes = keepBytes;
    this.onEntry = onEntry;
    this.allocate = allocate;
    this.stream = stream;
  }
  /** Bytes consumed so far; error messages quote it. */
  get position() {
    return this.offset;
  }
  write(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.finished) return;
      const current = this.current;
      if (current) {
        const take2 = Math.min(current.remaining + current.padding, chunk.length - pos);
        const dataTake = Math.min(current.remaining, take2);
        if (dataTake > 0 && current.sink) current.sink(chunk.subarray(pos, pos + dataTake));
        else if (dataTake > 0 && current.kept < current.keep) {
          const keepNow = Math.min(dataTake, current.keep - current.kept);
          chunk.copy(current.target, current.kept, pos, pos + keepNow);
          current.kept += keepNow;
        }
        current.remaining -= dataTake;
        current.padding -= take2 - dataTake;
        pos += take2;
        this.offset += take2;
        if (current.remaining === 0 && current.padding === 0) this.finishCurrent();
        continue;
      }
      const need = BLOCK - this.headerFill;
      const take = Math.min(need, chunk.length - pos);
      chunk.copy(this.header, this.headerFill, pos, pos + take);
      this.headerFill += take;
      pos += take;
      this.offset += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.startEntry(this.header);
      }
    }
  }
  /** Call at end of input: throws when the archive stops inside a header or an entry's data. */
  end() {
    if (this.finished) return;
    if (this.current) {
      const what = this.current.entry ? `the data of ${JSON.stringify(this.current.entry.name)}` : "an extended header";
      throw new TarFormatError(`unexpected end of archive inside ${what} (truncated at byte ${this.offset})`);
    }
    if (this.headerFill !== 0) throw new TarFormatError(`unexpected end of archive inside a header (truncated at byte ${this.offset})`);
  }
  startEntry(block) {
    if (isZeroBlock(block)) {
      this.zeroBlocks++;
      if (this.zeroBlocks >= 2) this.finished = true;
      return;
    }
    if (this.zeroBlocks > 0) throw new TarFormatError(`lone zero block before byte ${this.offset - BLOCK}`);
    const raw = parseRawHeader(block);
    if (isMetaType(raw.typeFlag)) {
      checkMetaSize(raw.size, raw.typeFlag, this.offset - BLOCK);
      this.current = { metaType: raw.typeFlag, remaining: raw.size, padding: padded(raw.size) - raw.size, target: Buffer.allocUnsafe(raw.size), keep: raw.size, kept: 0 };
    } else {
      const entry = this.overrides.apply(raw);
      const stored = entry.type === "file" ? entry.size : 0;
      const sink = entry.type === "file" ? this.stream?.(entry) : void 0;
      const asked = entry.type === "file" && !sink ? this.keepBytes(entry) : 0;
      const keep = Math.min(asked, stored);
      const target = asked > 0 ? this.allocate(keep) : void 0;
      this.current = { entry, remaining: stored, padding: padded(stored) - stored, target, keep, kept: 0, ...sink && { sink } };
    }
    if (this.current.remaining === 0 && this.current.padding === 0) this.finishCurrent();
  }
  finishCurrent() {
    const current = this.current;
    this.current = void 0;
    if (!current) return;
    const data = current.target;
    if (current.metaType) this.overrides.absorb(current.metaType, data ?? Buffer.alloc(0));
    else if (current.entry) this.onEntry(current.entry, data);
  }
};
function indexTar(readAt, fileSize, maxEntries = Infinity) {
  const entries = [];
  const overrides = new PendingOverrides();
  let offset = 0;
  while (offset < fileSize) {
    const block = readAt(offset, BLOCK);
    if (block.length < BLOCK) throw new TarFormatError(`unexpected end of archive inside a header (truncated at byte ${offset + block.length})`);
    if (isZeroBlock(block)) {
      const next = offset + BLOCK < fileSize ? readAt(offset + BLOCK, BLOCK) : void 0;
      if (next && next.length === BLOCK && !isZeroBlock(next)) throw new TarFormatError(`lone zero block before byte ${offset + BLOCK}`);
      break;
    }
    const raw = parseRawHeader(block);
    const dataOffset = offset + BLOCK;
    if (isMetaType(raw.typeFlag)) {
      checkMetaSize(raw.size, raw.typeFlag, offset);
      const data = readAt(dataOffset, raw.size);
      if (data.length < raw.size) throw new TarFormatError(`unexpected end of archive inside an extended header (truncated at byte ${dataOffset + data.length})`);
      overrides.absorb(raw.typeFlag, data);
      offset = dataOffset + padded(raw.size);
      continue;
    }
    const entry = overrides.apply(raw);
    const stored = entry.type === "file" ? entry.size : 0;
    if (dataOffset + stored > fileSize) {
      throw new TarFormatError(`unexpected end of archive inside the data of ${JSON.stringify(entry.name)} (needs ${dataOffset + stored} bytes, file has ${fileSize})`);
    }
    if (entries.length >= maxEntries) throw new TarLimitError(`the archive lists more than ${maxEntries} entries`, `${maxEntries} entries per layer`);
    entries.push({ ...entry, dataOffset });
    offset = dataOffset + padded(stored);
  }
  return entries;
}

// src/image/archive-files.ts
var READ_CHUNK = 4 * 1024 * 1024;
var MAX_LINK_HOPS = 40;
function cleanName(name) {
  const parts = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return "..";
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
var DirectoryFiles = class _DirectoryFiles {
  location;
  top;
  constructor(location, top) {
    this.location = location;
    this.top = top;
  }
  static async open(directory) {
    return new _DirectoryFiles(directory, await realpath(directory));
  }
  /** The real path of a layout file, refusing anything that resolves outside the layout. */
  async locate(name) {
    const clean = cleanName(name);
    if (clean === ".." || clean === "") return void 0;
    try {
      const real = await realpath(path6.join(this.top, clean));
      if (real !== this.top && !real.startsWith(this.top + path6.sep)) {
        throw new ImageError(`${this.location}: ${name} points outside the layout directory`);
      }
      return real;
    } catch (error) {
      if (error.code === "ENOENT") return void 0;
      throw error;
    }
  }
  async size(name) {
    const real = await this.locate(name);
    if (!real) return void 0;
    const info = await stat2(real);
    return info.isFile() ? info.size : void 0;
  }
  async read(name, maxBytes) {
    const real = await this.locate(name);
    if (!real) throw new ImageError(`${this.location}: ${name} is missing`);
    const handle = await open(real, "r");
    try {
      const info = await handle.stat();
      if (info.size > maxBytes) throw new ImageError(`${this.location}: ${name} is ${info.size} bytes, more than the ${maxBytes} expected`);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }
  async *chunks(name) {
    const real = await this.locate(name);
    if (!real) throw new ImageError(`${this.location}: ${name} is missing`);
    const handle = await open(real, "r");
    try {
      yield* readRange2(handle, 0, (await handle.stat()).size, `${this.location}: ${name}`);
    } finally {
      await handle.close();
    }
  }
  async where(name) {
    const real = await this.locate(name);
    if (!real) return void 0;
    const info = await stat2(real);
    return info.isFile() ? { file: real, offset: 0, size: info.size } : void 0;
  }
  async close() {
  }
};
async function* readRange2(handle, start, size, what) {
  if (size === 0) return;
  const buffers = [Buffer.allocUnsafe(Math.min(READ_CHUNK, size)), Buffer.allocUnsafe(Math.min(READ_CHUNK, size))];
  const readInto = (buffer, position2) => handle.read(buffer, 0, Math.min(buffer.length, start + size - position2), position2);
  let position = start;
  let which = 0;
  let pending = readInto(buffers[0], position);
  try {
    yield* chunksFrom();
  } finally {
    pending.catch(() => {
    });
  }
  async function* chunksFrom() {
    while (true) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) throw new ImageError(`${what} is truncated: the file ended ${start + size - position} bytes early`);
      const current = buffers[which];
      position += bytesRead;
      which ^= 1;
      if (position < start + size) pending = readInto(buffers[which], position);
      yield current.subarray(0, bytesRead);
      if (position >= start + size) return;
    }
  }
}
function followLinks(entries, name, location) {
  let current = cleanName(name);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    const entry = entries.get(current);
    if (!entry) return void 0;
    if (entry.type === "file") return entry;
    if (entry.type === "symlink") {
      const base = entry.linkName.startsWith("/") ? "" : path6.posix.dirname(current);
      current = cleanName(`${base}/${entry.linkName}`);
    } else if (entry.type === "hardlink") {
      current = cleanName(entry.linkName);
    } else return void 0;
  }
  throw new ImageError(`${location}: link loop at ${name}`);
}
var TarFiles = class _TarFiles {
  location;
  handle;
  entries;
  /** Where the last entry's data ends: the end-of-archive blocks, and anything after them, start here. */
  entriesEnd;
  /** The archive's real path. */
  file;
  constructor(location, file, handle, entries, entriesEnd) {
    this.location = location;
    this.file = file;
    this.handle = handle;
    this.entries = entries;
    this.entriesEnd = entriesEnd;
  }
  static async open(file) {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      const readAt = (position, length) => {
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
          const bytesRead = readSync3(handle.fd, buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      };
      const listed = indexTar(readAt, size);
      const entries = /* @__PURE__ */ new Map();
      let entriesEnd = 0;
      for (const entry of listed) {
        entries.set(cleanName(entry.name), entry);
        entriesEnd = Math.max(entriesEnd, entry.dataOffset + (entry.type === "file" ? Math.ceil(entry.size / 512) * 512 : 0));
      }
      return new _TarFiles(file, await realpath(file), handle, entries, entriesEnd);
    } catch (error) {
      await handle.close();
      if (error instanceof TarFormatError) throw new ImageError(`${file}: not a valid tar archive (${error.message})`);
      throw error;
    }
  }
  /** Names of all entries, for content sniffing. */
  names() {
    return [...this.entries.keys()];
  }
  /** Follows symlinks and hardlinks inside the archive, as legacy `docker save` uses them for repeated layers. */
  locate(name) {
    return followLinks(this.entries, name, this.location);
  }
  size(name) {
    return Promise.resolve(this.locate(name)?.size);
  }
  async read(name, maxBytes) {
    const entry = this.locate(name);
    if (!entry) throw new ImageError(`${this.location}: ${name} is missing from the archive`);
    if (entry.size > maxBytes) throw new ImageError(`${this.location}: ${name} is ${entry.size} bytes, more than the ${maxBytes} expected`);
    const buffer = Buffer.alloc(entry.size);
    const { bytesRead } = await this.handle.read(buffer, 0, entry.size, entry.dataOffset);
    if (bytesRead !== entry.size) throw new ImageError(`${this.location}: ${name} is truncated`);
    return buffer;
  }
  /** The archive's bytes from `start` to `end`, as they are stored. */
  async *range(start, end) {
    yield* readRange2(this.handle, start, end - start, this.location);
  }
  async *chunks(name) {
    const entry = this.locate(name);
    if (!entry) throw new ImageError(`${this.location}: ${name} is missing from the archive`);
    yield* readRange2(this.handle, entry.dataOffset, entry.size, `${this.location}: ${name}`);
  }
  where(name) {
    const entry = this.locate(name);
    return Promise.resolve(entry && { file: this.file, offset: entry.dataOffset, size: entry.size });
  }
  async close() {
    await this.handle.close();
  }
};

// src/image/blob-digest.ts
import { createHash } from "node:crypto";
var BlobMismatchError = class extends ImageError {
  name = "BlobMismatchError";
};
var HEX_LENGTHS = { sha256: 64, sha512: 128 };
function digestAlgorithm(digest, where2) {
  const [algorithm = "", hex = ""] = digest.split(":");
  const length = HEX_LENGTHS[algorithm];
  if (length === void 0) throw new ImageError(`${where2}: digest ${JSON.stringify(digest)} uses an algorithm this reader cannot verify (sha256 or sha512 expected)`);
  if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) throw new ImageError(`${where2}: ${JSON.stringify(digest)} is not a valid ${algorithm} digest`);
  return algorithm;
}
function checkBlob(actual, expected, what) {
  if (expected.size !== void 0 && actual.size !== expected.size) {
    throw new BlobMismatchError(`${what}: blob ${expected.digest} is ${actual.size} bytes, but its descriptor says ${expected.size}: the blob is truncated or altered; export the image again`);
  }
  if (actual.digest !== expected.digest) {
    throw new BlobMismatchError(`${what}: blob content does not match its digest: expected ${expected.digest}, found ${actual.digest} (${actual.size} bytes): the blob is corrupt or altered; export the image again`);
  }
}
function checkBytes(bytes, expected, what) {
  const algorithm = digestAlgorithm(expected.digest, what);
  checkBlob({ digest: `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`, size: bytes.length }, expected, what);
}
async function hashChunks(chunks, algorithm) {
  const hash = createHash(algorithm);
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { digest: `${algorithm}:${hash.digest("hex")}`, size };
}
var HashingChunks = class {
  source;
  algorithm;
  hash;
  size = 0;
  result;
  constructor(source2, algorithm) {
    this.source = source2;
    this.algorithm = algorithm;
    this.hash = createHash(algorithm);
  }
  async *[Symbol.asyncIterator]() {
    for await (const chunk of this.source) {
      this.hash.update(chunk);
      this.size += chunk.length;
      yield chunk;
    }
    this.result = { digest: `${this.algorithm}:${this.hash.digest("hex")}`, size: this.size };
  }
  /** The blob's digest and size, or undefined when it was not read to the end. */
  facts() {
    return this.result;
  }
};

// src/image/content-sources.ts
import { lstat as lstat2 } from "node:fs/promises";
import { readSync as readSync5 } from "node:fs";
import path8 from "node:path";

// src/image/layer-reader.ts
import { readSync as readSync4 } from "node:fs";

// src/image/compression.ts
import { once } from "node:events";
import zlib from "node:zlib";
function sniffFormat(head) {
  if (head[0] === 31 && head[1] === 139) return "gzip";
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "zstd";
  return "tar";
}
var SNIFF_BYTES = 4;
var CHUNK = 1024 * 1024;
function decompressorFor(format) {
  return format === "gzip" ? zlib.createGunzip({ chunkSize: CHUNK }) : zlib.createZstdDecompress({ chunkSize: CHUNK });
}
var CorruptDataError = class extends Error {
  name = "CorruptDataError";
};
var MAX_QUEUED_CHUNKS = 4;
function decompressingSink(format, onData) {
  const stream = decompressorFor(format);
  let reject = () => {
  };
  const failed = new Promise((_, rejectWith) => reject = rejectWith);
  failed.catch(() => {
  });
  let consumerError;
  const queue = [];
  let drainScheduled = false;
  let whenDrained;
  const drain = () => {
    drainScheduled = false;
    try {
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) onData(chunk);
    } catch (error) {
      consumerError = error;
      queue.length = 0;
      reject(consumerError);
      stream.destroy();
    }
    whenDrained?.();
    whenDrained = void 0;
  };
  const drained = () => queue.length === 0 && !drainScheduled ? Promise.resolve() : Promise.race([new Promise((resolve) => whenDrained = resolve), failed]);
  stream.on("data", (chunk) => {
    queue.push(chunk);
    if (!drainScheduled) {
      drainScheduled = true;
      queueMicrotask(drain);
    }
  });
  stream.on("error", (error) => reject(consumerError ?? new CorruptDataError(error.message)));
  const ended = once(stream, "end");
  ended.catch(() => {
  });
  return {
    write: async (chunk) => {
      await Promise.race([new Promise((resolve) => stream.write(chunk, () => resolve())), failed]);
      if (queue.length > MAX_QUEUED_CHUNKS) await drained();
    },
    finish: async () => {
      stream.end();
      await Promise.race([ended, failed]);
      await drained();
    },
    abort: () => stream.destroy()
  };
}
function tarSink(format, onTar) {
  if (format !== "tar") return decompressingSink(format, onTar);
  return {
    write: (chunk) => {
      onTar(chunk);
      return Promise.resolve();
    },
    finish: () => Promise.resolve(),
    abort: () => {
    }
  };
}

// src/image/layers.ts
var OPAQUE_MARKER = ".wh..wh..opq";
var WHITEOUT_PREFIX = ".wh.";
var AUFS_META_PREFIX = ".wh..wh.";
var NEEDS_CLEANING = /(?:^|\/)\.{0,2}(?:\/|$)/;
function entryPath(name, where2) {
  let from = 0;
  for (; ; ) {
    if (name.startsWith("./", from)) from += 2;
    else if (name.startsWith("/", from)) from += 1;
    else break;
  }
  const trimmed = name.slice(from, name.length > from && name.endsWith("/") ? -1 : name.length);
  if (!NEEDS_CLEANING.test(trimmed)) {
    if (trimmed.length >= 2 * MAX_PATH_DEPTH) checkDepth(trimmed, where2);
    return trimmed;
  }
  const components = pathComponents(name);
  if (components.includes("..")) {
    throw new ImageError(`${where2}: entry ${JSON.stringify(name.slice(0, 200))} climbs out of the image root with "..": refusing the layer`);
  }
  const path18 = components.join("/");
  checkDepth(path18, where2);
  return path18;
}
function checkDepth(path18, where2) {
  let depth = path18 === "" ? 0 : 1;
  for (let slash = path18.indexOf("/"); slash !== -1; slash = path18.indexOf("/", slash + 1)) depth++;
  if (depth > MAX_PATH_DEPTH) {
    throw new ImageError(limitMessage(where2, `entry ${JSON.stringify(path18.slice(0, 80) + "...")} has ${depth} path components`, `${MAX_PATH_DEPTH} path components`));
  }
}
function imagePath(path18) {
  return "/" + path18;
}
function parentOf(path18) {
  return path18.slice(0, Math.max(0, path18.lastIndexOf("/")));
}
function baseName(path18) {
  return path18.slice(path18.lastIndexOf("/") + 1);
}
var TreeBuilder = class {
  root = newDirectory();
  /** Directory nodes by path; cleared whenever a directory may have left the tree. */
  folders = /* @__PURE__ */ new Map();
  maxNodes;
  nodes = 0;
  constructor(options = {}) {
    this.maxNodes = options.maxNodes ?? MAX_IMAGE_NODES;
  }
  /** The node at a literal path (no symlinks followed), or undefined. */
  lookup(path18) {
    if (path18 === "") return this.root;
    const known = this.folders.get(path18);
    if (known) return known;
    let node = this.root;
    for (const name of path18.split("/")) {
      node = node.children?.get(name);
      if (!node) return void 0;
    }
    return node;
  }
  /**
   * Places a node at a path. Missing parents are created; a parent that exists as a
   * non-directory is replaced by a directory, as overlay filesystems do. A directory placed over
   * a directory keeps the lower one's children (it only updates the mode); anything else replaces
   * what was there, a whole subtree included.
   */
  put(path18, node, where2 = "the image") {
    if (path18 === "") {
      if (node.type === "dir") this.root.mode = node.mode;
      return;
    }
    const parent2 = this.folder(parentOf(path18), where2);
    const name = baseName(path18);
    const existing = parent2.children.get(name);
    if (node.type === "dir" && existing?.type === "dir") {
      existing.mode = node.mode;
      return;
    }
    this.count(where2);
    if (existing?.type === "dir") this.folders.clear();
    parent2.children.set(name, node);
    if (node.type === "dir") this.folders.set(path18, node);
  }
  remove(path18) {
    if (path18 === "") return;
    this.lookup(parentOf(path18))?.children?.delete(baseName(path18));
    this.folders.clear();
  }
  clearChildren(path18) {
    this.lookup(path18)?.children?.clear();
    this.folders.clear();
  }
  /** The directory at a path, made (over whatever non-directory was there) where missing. */
  folder(path18, where2) {
    if (path18 === "") return this.root;
    const known = this.folders.get(path18);
    if (known) return known;
    let end = path18.length;
    let node = this.root;
    for (; ; ) {
      end = path18.lastIndexOf("/", end - 1);
      if (end <= 0) {
        end = 0;
        break;
      }
      const found = this.folders.get(path18.slice(0, end));
      if (found) {
        node = found;
        break;
      }
    }
    while (end < path18.length) {
      const start = end === 0 ? 0 : end + 1;
      const slash = path18.indexOf("/", start);
      end = slash === -1 ? path18.length : slash;
      const name = path18.slice(start, end);
      let child = node.children.get(name);
      if (child?.type !== "dir") {
        this.count(where2);
        child = newDirectory();
        node.children.set(name, child);
      }
      this.folders.set(path18.slice(0, end), child);
      node = child;
    }
    return node;
  }
  count(where2) {
    if (++this.nodes > this.maxNodes) {
      throw new ImageError(limitMessage(where2, `the image's layers make more than ${this.maxNodes} paths`, `${this.maxNodes} paths per image (each entry, and each directory made for one, counts; so does each entry a later layer replaces)`));
    }
  }
};
function applyLayer(tree, entries, where2, layer) {
  const additions = [];
  for (const item of entries) {
    const name = baseName(item.path);
    if (name === OPAQUE_MARKER) tree.clearChildren(parentOf(item.path));
    else if (item.path.includes(AUFS_META_PREFIX) && item.path.split("/").some((part) => part.startsWith(AUFS_META_PREFIX))) continue;
    else if (name.startsWith(WHITEOUT_PREFIX)) tree.remove(item.path.slice(0, item.path.length - name.length) + name.slice(WHITEOUT_PREFIX.length));
    else additions.push(item);
  }
  for (const item of additions) tree.put(item.path, nodeFor(tree, item, where2, layer), where2);
}
function nodeFor(tree, item, where2, layer) {
  const { entry } = item;
  switch (entry.type) {
    case "hardlink": {
      const target = tree.lookup(entryPath(entry.linkName, where2));
      if (!target) {
        throw new ImageError(`${where2}: hardlink ${JSON.stringify(entry.name)} points to ${JSON.stringify(entry.linkName)}, which no layer up to this one holds`);
      }
      if (target.type === "dir") {
        throw new ImageError(`${where2}: hardlink ${JSON.stringify(entry.name)} points to the directory ${JSON.stringify(entry.linkName)}`);
      }
      if (target.type === "file") target.sourcePath ??= imagePath(entryPath(entry.linkName, where2));
      return target;
    }
    case "dir":
      return newDirectory(entry.mode);
    case "symlink":
      return { type: "symlink", mode: entry.mode, size: 0, linkTarget: entry.linkName };
    case "file": {
      const node = { type: "file", mode: entry.mode, size: entry.size };
      if (layer !== void 0) node.layer = layer;
      if (item.content) {
        node.content = item.content;
        node.contentComplete = item.content.length === entry.size;
      }
      if (item.elf) node.elf = item.elf;
      return node;
    }
    default:
      return { type: entry.type, mode: entry.mode, size: 0 };
  }
}

// src/native/byte-source.ts
function bytesSource(bytes, size = bytes.length) {
  return {
    size,
    read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > bytes.length) return void 0;
      return bytes.subarray(offset, offset + length);
    }
  };
}
function mergeRanges(ranges) {
  const sorted = ranges.filter((range) => range.length > 0).sort((a, b) => a.offset - b.offset);
  const merged = [];
  for (const range of sorted) {
    const last2 = merged.at(-1);
    if (last2 && range.offset <= last2.offset + last2.length) {
      last2.length = Math.max(last2.length, range.offset + range.length - last2.offset);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

// src/native/elf-machine.ts
var EM_386 = 3;
var EM_MIPS = 8;
var EM_PPC = 20;
var EM_PPC64 = 21;
var EM_S390 = 22;
var EM_ARM = 40;
var EM_SPARCV9 = 43;
var EM_IA_64 = 50;
var EM_X86_64 = 62;
var EM_AARCH64 = 183;
var EM_RISCV = 243;
var EM_LOONGARCH = 258;
var MACHINE_NAMES = /* @__PURE__ */ new Map([
  [2, "SPARC"],
  [EM_386, "i386"],
  [EM_MIPS, "MIPS"],
  [EM_PPC, "PowerPC"],
  [EM_PPC64, "PowerPC64"],
  [EM_S390, "S/390"],
  [EM_ARM, "ARM"],
  [EM_SPARCV9, "SPARC V9"],
  [EM_IA_64, "IA-64"],
  [EM_X86_64, "x86-64"],
  [EM_AARCH64, "AArch64"],
  [EM_RISCV, "RISC-V"],
  [EM_LOONGARCH, "LoongArch"]
]);
function machineName(machine) {
  return MACHINE_NAMES.get(machine) ?? `machine ${machine}`;
}
var EF_ARM_ABI_FLOAT_SOFT = 512;
var EF_ARM_ABI_FLOAT_HARD = 1024;
function armFloatAbi(flags) {
  if (flags & EF_ARM_ABI_FLOAT_HARD) return "hard";
  if (flags & EF_ARM_ABI_FLOAT_SOFT) return "soft";
  return void 0;
}
function architectureName(arch) {
  const le = arch.endian === "little";
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? "x86_64" : "x32";
    case EM_386:
      return "i386";
    case EM_AARCH64:
      return le ? "aarch64" : "aarch64_be";
    case EM_ARM:
      return `arm${le ? "" : "eb"}${arch.armFloat === "hard" ? "hf" : ""}`;
    case EM_PPC64:
      return le ? "ppc64le" : "ppc64";
    case EM_PPC:
      return "ppc";
    case EM_S390:
      return arch.elfClass === 64 ? "s390x" : "s390";
    case EM_RISCV:
      return `riscv${arch.elfClass}`;
    case EM_MIPS:
      return `mips${arch.elfClass === 64 ? "64" : ""}${le ? "el" : ""}`;
    case EM_LOONGARCH:
      return `loongarch${arch.elfClass}`;
    default:
      return `${machineName(arch.machine)} ${arch.elfClass}-bit ${arch.endian}-endian`;
  }
}
function sameArchitecture(host, object) {
  if (host.elfClass !== object.elfClass || host.endian !== object.endian || host.machine !== object.machine) return false;
  if (host.machine === EM_ARM && host.armFloat && object.armFloat && host.armFloat !== object.armFloat) return false;
  return true;
}

// src/native/elf.ts
var MAX_ELF_BYTES_READ = 4 * 1024 * 1024;
var MAX_PROGRAM_HEADERS = 1024;
var MAX_DYNAMIC_ENTRIES = 16384;
var MAX_ELF_STRING_BYTES = 4096;
var MAX_VERSION_FILES = 1024;
var MAX_VERSION_ENTRIES = 8192;
var ELF_HEAD_BYTES = 1024;
var WHOLE_STRING_TABLE_BYTES = 64 * 1024;
var TABLE_WINDOW_BYTES = 4096;
var DF_1_NODEFLIB = 2048;
var PT_LOAD = 1;
var PT_DYNAMIC = 2;
var PT_INTERP = 3;
var DT_NULL = 0;
var DT_NEEDED = 1;
var DT_STRTAB = 5;
var DT_STRSZ = 10;
var DT_SONAME = 14;
var DT_RPATH = 15;
var DT_FLAGS = 30;
var DT_RUNPATH = 29;
var DT_FLAGS_1 = 1879048187;
var DT_VERDEF = 1879048188;
var DT_VERDEFNUM = 1879048189;
var DT_VERNEED = 1879048190;
var DT_VERNEEDNUM = 1879048191;
var VER_FLG_BASE = 1;
var VER_FLG_WEAK = 2;
var ELF_TYPES = { 1: "relocatable", 2: "executable", 3: "shared-object", 4: "core" };
var STRING_CHUNK_BYTES = 256;
var Stop = class extends Error {
  answer;
  constructor(answer) {
    super(answer.status === "unreadable" ? answer.reason : answer.status);
    this.answer = answer;
  }
};
function unreadable(problem, reason) {
  return new Stop({ status: "unreadable", problem, reason });
}
var Reader = class {
  missing = [];
  bytesRead = 0;
  source;
  little;
  constructor(source2, little) {
    this.source = source2;
    this.little = little;
  }
  get size() {
    return this.source.size;
  }
  /** The bytes, undefined when they are not available (then noted as missing); stops on a range outside the file. */
  bytes(offset, length, what) {
    this.checkInFile(offset, length, what);
    const bytes = this.fetch(offset, length, what);
    if (!bytes) this.missing.push({ offset, length });
    return bytes;
  }
  /**
   * The bytes of a range inside a table read entry by entry: the first read fetches a window of
   * the table from there (up to `windowEnd`) and later reads inside it cost nothing, so a walk
   * through a table asks for its bytes in one round, not in one round per entry.
   */
  bytesInWindow(offset, length, windowStart, windowEnd, what) {
    this.checkInFile(offset, length, what);
    for (const window2 of this.windows) {
      if (offset >= window2.offset && offset + length <= window2.offset + window2.bytes.length) return window2.bytes.subarray(offset - window2.offset, offset - window2.offset + length);
    }
    const start = windowStart <= offset ? windowStart : offset;
    const end = Math.max(offset + length, Math.min(windowEnd, this.source.size));
    const window = this.fetch(start, end - start, what);
    if (window) {
      this.windows.push({ offset: start, bytes: window });
      return window.subarray(offset - start, offset - start + length);
    }
    const exact = end - start > length ? this.fetch(offset, length, what) : void 0;
    if (!exact) this.missing.push({ offset: start, length: end - start });
    return exact;
  }
  windows = [];
  checkInFile(offset, length, what) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > this.source.size) {
      throw unreadable("malformed", `${what} (${length} bytes at offset ${offset}) lies outside the file (${this.source.size} bytes)`);
    }
  }
  fetch(offset, length, what) {
    this.bytesRead += length;
    if (this.bytesRead > MAX_ELF_BYTES_READ) {
      throw unreadable("limit", `reading ${what} would take more than ${MAX_ELF_BYTES_READ} bytes of the file, the limit for one object`);
    }
    const bytes = length === 0 ? new Uint8Array(0) : this.source.read(offset, length);
    if (bytes && bytes.length !== length) throw unreadable("truncated", `${what}: the source gave ${bytes.length} of ${length} bytes`);
    return bytes;
  }
  view(bytes) {
    return new FieldView(bytes, this.little);
  }
};
var FieldView = class {
  data;
  little;
  constructor(bytes, little) {
    this.little = little;
    this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at2) {
    return this.data.getUint16(at2, this.little);
  }
  u32(at2) {
    return this.data.getUint32(at2, this.little);
  }
  /** A 64-bit field as a number; values past 2^53 (never a real offset or size) become Infinity, which every bound check refuses. */
  u64(at2) {
    const low = this.data.getUint32(at2 + (this.little ? 0 : 4), this.little);
    const high = this.data.getUint32(at2 + (this.little ? 4 : 0), this.little);
    return high >= 2097152 ? Infinity : high * 4294967296 + low;
  }
  word(at2, is64) {
    return is64 ? this.u64(at2) : this.u32(at2);
  }
};
var utf8 = new TextDecoder("utf-8");
function readElf(source2) {
  try {
    return readElfOrStop(source2);
  } catch (error) {
    if (error instanceof Stop) return error.answer;
    throw error;
  }
}
function incomplete(reader) {
  return { status: "incomplete", missing: mergeRanges(reader.missing) };
}
function readElfOrStop(source2) {
  const identSize = 16;
  if (source2.size < identSize) {
    const start = source2.read(0, Math.min(4, source2.size));
    if (start && !isElfMagic(start)) throw unreadable("not-elf", "not an ELF file");
    throw unreadable("truncated", `the file is ${source2.size} bytes long, shorter than an ELF header`);
  }
  const ident = source2.read(0, identSize);
  if (!ident) return { status: "incomplete", missing: [{ offset: 0, length: Math.min(ELF_HEAD_BYTES, source2.size) }] };
  if (!isElfMagic(ident)) throw unreadable("not-elf", "not an ELF file");
  const elfClass = ident[4] === 1 ? 32 : ident[4] === 2 ? 64 : void 0;
  if (!elfClass) throw unreadable("malformed", `unknown ELF class ${ident[4]}`);
  const little = ident[5] === 1 ? true : ident[5] === 2 ? false : void 0;
  if (little === void 0) throw unreadable("malformed", `unknown ELF byte order ${ident[5]}`);
  const is64 = elfClass === 64;
  const reader = new Reader(source2, little);
  const headerSize = is64 ? 64 : 52;
  if (source2.size < headerSize) throw unreadable("truncated", `the file is ${source2.size} bytes long, shorter than an ELF header`);
  const headerBytes = reader.bytes(0, headerSize, "the ELF header");
  if (!headerBytes) return incomplete(reader);
  const header = reader.view(headerBytes);
  const type = header.u16(16);
  const machine = header.u16(18);
  const phoff = header.word(is64 ? 32 : 28, is64);
  const flags = header.u32(is64 ? 48 : 36);
  const phentsize = header.u16(is64 ? 54 : 42);
  const phnum = header.u16(is64 ? 56 : 44);
  const armFloat = machine === 40 ? armFloatAbi(flags) : void 0;
  const object = {
    elfClass,
    endian: little ? "little" : "big",
    machine,
    ...armFloat ? { armFloat } : {},
    machineName: machineName(machine),
    type: ELF_TYPES[type] ?? "other",
    flags,
    osAbi: ident[7],
    dynamic: false,
    needed: [],
    dynamicFlags: 0,
    dynamicFlags1: 0,
    versionNeeds: [],
    versionDefinitions: []
  };
  const segments = readProgramHeaders(reader, phoff, phentsize, phnum, is64);
  if (!segments) return incomplete(reader);
  const interp = segments.find((segment) => segment.type === PT_INTERP);
  if (interp) {
    if (interp.fileSize > MAX_ELF_STRING_BYTES) throw unreadable("limit", `the program interpreter's name is ${interp.fileSize} bytes long, more than ${MAX_ELF_STRING_BYTES}`);
    const bytes = reader.bytes(interp.offset, interp.fileSize, "the program interpreter (PT_INTERP)");
    if (bytes) object.interpreter = cString2(bytes);
  }
  const dynamicSegment = segments.find((segment) => segment.type === PT_DYNAMIC);
  if (!dynamicSegment) return reader.missing.length ? incomplete(reader) : { status: "ok", elf: object };
  object.dynamic = true;
  const entrySize = is64 ? 16 : 8;
  const entryCount = Math.floor(dynamicSegment.fileSize / entrySize);
  if (entryCount > MAX_DYNAMIC_ENTRIES) throw unreadable("limit", `the dynamic segment holds ${entryCount} entries, more than ${MAX_DYNAMIC_ENTRIES}`);
  const dynamicBytes = reader.bytes(dynamicSegment.offset, entryCount * entrySize, "the dynamic segment (PT_DYNAMIC)");
  if (!dynamicBytes) return incomplete(reader);
  readDynamic(reader, reader.view(dynamicBytes), entryCount, is64, segments, object);
  return reader.missing.length ? incomplete(reader) : { status: "ok", elf: object };
}
function isElfMagic(bytes) {
  return bytes[0] === 127 && bytes[1] === 69 && bytes[2] === 76 && bytes[3] === 70;
}
function cString2(bytes) {
  const end = bytes.indexOf(0);
  return utf8.decode(end === -1 ? bytes : bytes.subarray(0, end));
}
function readProgramHeaders(reader, phoff, phentsize, phnum, is64) {
  if (phnum === 0) return [];
  if (phnum === 65535) throw unreadable("limit", "the object uses an extended program header count (PN_XNUM), which is not supported");
  if (phnum > MAX_PROGRAM_HEADERS) throw unreadable("limit", `the object has ${phnum} program headers, more than ${MAX_PROGRAM_HEADERS}`);
  const minimum = is64 ? 56 : 32;
  if (phentsize < minimum) throw unreadable("malformed", `program header entries are ${phentsize} bytes, less than the ${minimum} of the format`);
  const bytes = reader.bytes(phoff, phentsize * phnum, "the program headers");
  if (!bytes) return void 0;
  const view = reader.view(bytes);
  const segments = [];
  for (let index = 0; index < phnum; index++) {
    const at2 = index * phentsize;
    segments.push(
      is64 ? { type: view.u32(at2), offset: view.u64(at2 + 8), vaddr: view.u64(at2 + 16), fileSize: view.u64(at2 + 32) } : { type: view.u32(at2), offset: view.u32(at2 + 4), vaddr: view.u32(at2 + 8), fileSize: view.u32(at2 + 16) }
    );
  }
  return segments;
}
function fileOffset(segments, address, what) {
  for (const segment of segments) {
    if (segment.type !== PT_LOAD) continue;
    if (address >= segment.vaddr && address < segment.vaddr + segment.fileSize) return segment.offset + (address - segment.vaddr);
  }
  throw unreadable("malformed", `${what} (address 0x${address.toString(16)}) lies in no loaded segment`);
}
function readDynamic(reader, view, count, is64, segments, object) {
  const entrySize = is64 ? 16 : 8;
  const tags = { needed: [] };
  for (let index = 0; index < count; index++) {
    const at2 = index * entrySize;
    const tag = view.word(at2, is64);
    const value = view.word(at2 + (is64 ? 8 : 4), is64);
    if (tag === DT_NULL) break;
    switch (tag) {
      case DT_NEEDED:
        tags.needed.push(value);
        break;
      case DT_SONAME:
        tags.soname = value;
        break;
      case DT_RPATH:
        tags.rpath = value;
        break;
      case DT_RUNPATH:
        tags.runpath = value;
        break;
      case DT_STRTAB:
        tags.strtab = value;
        break;
      case DT_STRSZ:
        tags.strsz = value;
        break;
      case DT_FLAGS:
        object.dynamicFlags = value;
        break;
      case DT_FLAGS_1:
        object.dynamicFlags1 = value;
        break;
      case DT_VERNEED:
        tags.verneed = value;
        break;
      case DT_VERNEEDNUM:
        tags.verneednum = value;
        break;
      case DT_VERDEF:
        tags.verdef = value;
        break;
      case DT_VERDEFNUM:
        tags.verdefnum = value;
        break;
    }
  }
  const usesStrings = tags.needed.length > 0 || tags.soname !== void 0 || tags.rpath !== void 0 || tags.runpath !== void 0 || tags.verneed !== void 0 || tags.verdef !== void 0;
  if (!usesStrings) return;
  if (tags.strtab === void 0) throw unreadable("malformed", "the dynamic segment names strings but has no string table (DT_STRTAB)");
  const strings = new StringTable(reader, fileOffset(segments, tags.strtab, "the string table (DT_STRTAB)"), tags.strsz);
  object.needed = tags.needed.map((index) => strings.get(index, "a needed library (DT_NEEDED)"));
  if (tags.soname !== void 0) object.soname = strings.get(tags.soname, "the object name (DT_SONAME)");
  if (tags.rpath !== void 0) object.rpath = strings.get(tags.rpath, "the search path (DT_RPATH)");
  if (tags.runpath !== void 0) object.runpath = strings.get(tags.runpath, "the search path (DT_RUNPATH)");
  if (tags.verneed !== void 0) object.versionNeeds = readVersionNeeds(reader, fileOffset(segments, tags.verneed, "the version needs (DT_VERNEED)"), tags.verneednum, strings);
  if (tags.verdef !== void 0) object.versionDefinitions = readVersionDefinitions(reader, fileOffset(segments, tags.verdef, "the version definitions (DT_VERDEF)"), tags.verdefnum, strings);
}
var StringTable = class {
  end;
  reader;
  offset;
  constructor(reader, offset, size) {
    this.reader = reader;
    this.offset = offset;
    const available = reader.size - offset;
    this.end = offset + (size === void 0 ? available : Math.min(size, available));
    if (size !== void 0 && size > available) throw unreadable("malformed", `the string table (${size} bytes at offset ${offset}) runs past the end of the file`);
  }
  /** The string at `index`; an empty placeholder when its bytes are not available (the read is then incomplete). */
  get(index, what) {
    const start = this.offset + index;
    if (!Number.isSafeInteger(start) || index < 0 || start >= this.end) throw unreadable("malformed", `${what}: string ${index} lies outside the string table`);
    const parts = [];
    let length = 0;
    const whole = this.end - this.offset <= WHOLE_STRING_TABLE_BYTES;
    for (let at2 = start; at2 < this.end; at2 += STRING_CHUNK_BYTES) {
      const chunkLength = Math.min(STRING_CHUNK_BYTES, this.end - at2);
      const chunk = whole ? this.reader.bytesInWindow(at2, chunkLength, this.offset, this.end, what) : this.reader.bytesInWindow(at2, chunkLength, at2, at2 + TABLE_WINDOW_BYTES, what);
      if (!chunk) return "";
      const nul = chunk.indexOf(0);
      const part = nul === -1 ? chunk : chunk.subarray(0, nul);
      parts.push(part);
      length += part.length;
      if (length > MAX_ELF_STRING_BYTES) throw unreadable("limit", `${what}: the string is longer than ${MAX_ELF_STRING_BYTES} bytes`);
      if (nul !== -1) return utf8.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    }
    throw unreadable("malformed", `${what}: the string runs past the end of the string table`);
  }
};
function walkChain(start, count, visit) {
  const items2 = [];
  let at2 = start;
  while (items2.length < count) {
    const visited = visit(at2);
    if (!visited) break;
    items2.push(visited.item);
    if (visited.next === 0) break;
    at2 += visited.next;
  }
  return items2;
}
function readVersionNeeds(reader, start, count, strings) {
  if (count !== void 0 && count > MAX_VERSION_FILES) throw unreadable("limit", `the version needs name ${count} files, more than ${MAX_VERSION_FILES}`);
  let entries = 0;
  return walkChain(start, count ?? MAX_VERSION_FILES, (at2) => {
    const bytes = reader.bytesInWindow(at2, 16, start, start + TABLE_WINDOW_BYTES, "a version need (Verneed)");
    if (!bytes) return void 0;
    const view = reader.view(bytes);
    const revision = view.u16(0);
    if (revision !== 1) throw unreadable("malformed", `a version need has revision ${revision}, not 1`);
    const auxCount = view.u16(2);
    entries += auxCount;
    if (entries > MAX_VERSION_ENTRIES) throw unreadable("limit", `the version needs list more than ${MAX_VERSION_ENTRIES} versions`);
    const file = strings.get(view.u32(4), "the file of a version need");
    const versions2 = walkChain(at2 + view.u32(8), auxCount, (aux) => {
      const auxBytes = reader.bytesInWindow(aux, 16, start, start + TABLE_WINDOW_BYTES, "a needed version (Vernaux)");
      if (!auxBytes) return void 0;
      const auxView = reader.view(auxBytes);
      return { item: { name: strings.get(auxView.u32(8), "a needed version"), weak: (auxView.u16(4) & VER_FLG_WEAK) !== 0 }, next: auxView.u32(12) };
    });
    return { item: { file, versions: versions2 }, next: view.u32(12) };
  });
}
function readVersionDefinitions(reader, start, count, strings) {
  if (count !== void 0 && count > MAX_VERSION_ENTRIES) throw unreadable("limit", `the version definitions list ${count} versions, more than ${MAX_VERSION_ENTRIES}`);
  let names = 0;
  return walkChain(start, count ?? MAX_VERSION_ENTRIES, (at2) => {
    const bytes = reader.bytesInWindow(at2, 20, start, start + TABLE_WINDOW_BYTES, "a version definition (Verdef)");
    if (!bytes) return void 0;
    const view = reader.view(bytes);
    const revision = view.u16(0);
    if (revision !== 1) throw unreadable("malformed", `a version definition has revision ${revision}, not 1`);
    const auxCount = view.u16(6);
    names += auxCount;
    if (names > MAX_VERSION_ENTRIES) throw unreadable("limit", `the version definitions hold more than ${MAX_VERSION_ENTRIES} names`);
    const auxNames = walkChain(at2 + view.u32(12), auxCount, (aux) => {
      const auxBytes = reader.bytesInWindow(aux, 8, start, start + TABLE_WINDOW_BYTES, "a version name (Verdaux)");
      if (!auxBytes) return void 0;
      const auxView = reader.view(auxBytes);
      return { item: strings.get(auxView.u32(0), "a defined version"), next: auxView.u32(4) };
    });
    const [name = "", ...parents2] = auxNames;
    return { item: { name, base: (view.u16(2) & VER_FLG_BASE) !== 0, parents: parents2 }, next: view.u32(16) };
  });
}

// src/native/elf-capture.ts
var CAPTURE_HEAD_BYTES = 64 * 1024;
var CAPTURE_FIRST_SEGMENT_BYTES = 4 * 1024 * 1024;
var CAPTURE_RANGE_BYTES = 256 * 1024;
var IDENT_BYTES = 20;
var PT_LOAD2 = 1;
var CaptureBuffers = class {
  free = [];
  take(size) {
    const index = this.free.findIndex((buffer) => buffer.length >= size);
    return index >= 0 ? this.free.splice(index, 1)[0] : Buffer.allocUnsafe(Math.max(size, 4096));
  }
  give(buffer) {
    if (this.free.length < 8) this.free.push(buffer);
  }
};
function subtract(range, taken) {
  let pieces = [range];
  for (const cut of taken) {
    pieces = pieces.flatMap((piece) => {
      const end = piece.offset + piece.length;
      const cutEnd = cut.offset + cut.length;
      if (cutEnd <= piece.offset || cut.offset >= end) return [piece];
      const left = { offset: piece.offset, length: Math.max(0, cut.offset - piece.offset) };
      const right = { offset: cutEnd, length: Math.max(0, end - cutEnd) };
      return [left, right].filter((part) => part.length > 0);
    });
  }
  return pieces;
}
var ElfCapture = class {
  size;
  buffers;
  position = 0;
  /** Disjoint ranges being kept, each filled as its bytes pass. */
  kept = [];
  planDone = false;
  notElf = false;
  constructor(size, buffers = new CaptureBuffers()) {
    this.size = size;
    this.buffers = buffers;
    this.plan([{ offset: 0, length: Math.min(size, CAPTURE_HEAD_BYTES) }]);
  }
  /** The file's next bytes. */
  write(piece) {
    for (let at2 = 0; at2 < piece.length; ) {
      const stop = this.nextPlanPoint();
      const take = stop > this.position ? Math.min(piece.length - at2, stop - this.position) : piece.length - at2;
      this.consume(piece.subarray(at2, at2 + take));
      at2 += take;
    }
  }
  /** Where the plan grows next: the end of the head, then the end of each kept range. */
  nextPlanPoint() {
    if (this.notElf) return Infinity;
    if (!this.planDone) return Math.min(this.size, CAPTURE_HEAD_BYTES);
    let next = Infinity;
    for (const kept of this.kept) {
      const end = kept.offset + kept.bytes.length;
      if (end > this.position && end < next) next = end;
    }
    return next;
  }
  consume(piece) {
    const start = this.position;
    const end = start + piece.length;
    this.position = end;
    if (this.notElf) return;
    for (const kept of this.kept) {
      const from = Math.max(start, kept.offset);
      const to = Math.min(end, kept.offset + kept.bytes.length);
      if (from < to) kept.bytes.set(piece.subarray(from - start, to - start), from - kept.offset);
    }
    if (start < 4 && end >= Math.min(4, this.size) && !this.looksLikeElf()) {
      this.notElf = true;
      return;
    }
    if (!this.planDone) {
      if (end >= Math.min(this.size, CAPTURE_HEAD_BYTES)) this.planFromHead();
    } else if (this.kept.some((kept) => kept.offset + kept.bytes.length === end)) {
      this.planAhead();
    }
  }
  /** At the file's end: what the loader would read of it. */
  finish() {
    const source2 = this.source();
    const ident = Uint8Array.from(source2.read(0, Math.min(IDENT_BYTES, this.size)) ?? []);
    const read = this.notElf ? { status: "unreadable", problem: "not-elf", reason: "not an ELF file" } : readElf(source2);
    for (const kept of this.kept) this.buffers.give(kept.whole);
    this.kept = [];
    return { ident, read };
  }
  /** Keeps the parts of `ranges` still ahead that are not kept already, each within the cap. */
  plan(ranges) {
    const taken = [{ offset: 0, length: this.position }, ...this.kept.map((kept) => ({ offset: kept.offset, length: kept.bytes.length }))];
    for (const range of mergeRanges(ranges)) {
      for (const piece of subtract(range, taken)) {
        if (piece.offset + piece.length > this.size) continue;
        const whole = this.buffers.take(piece.length);
        this.kept.push({ offset: piece.offset, bytes: whole.subarray(0, piece.length), whole });
        taken.push(piece);
      }
    }
  }
  looksLikeElf() {
    const head = this.source().read(0, Math.min(4, this.size));
    return head !== void 0 && head.length === 4 && head[0] === 127 && head[1] === 69 && head[2] === 76 && head[3] === 70;
  }
  /** The kept bytes that have passed, as a source: a range spread over adjacent kept ranges is joined. */
  source() {
    const kept = [...this.kept].sort((a, b) => a.offset - b.offset);
    const passed = this.position;
    return {
      size: this.size,
      read(offset, length) {
        if (offset < 0 || length < 0 || offset + length > passed) return void 0;
        const within2 = kept.find((item) => offset >= item.offset && offset + length <= item.offset + item.bytes.length);
        if (within2) return within2.bytes.subarray(offset - within2.offset, offset - within2.offset + length);
        const joined = Buffer.allocUnsafe(length);
        let at2 = offset;
        for (const item of kept) {
          if (item.offset > at2 || item.offset + item.bytes.length <= at2) continue;
          const take = Math.min(offset + length, item.offset + item.bytes.length) - at2;
          item.bytes.copy(joined, at2 - offset, at2 - item.offset, at2 - item.offset + take);
          at2 += take;
          if (at2 === offset + length) return joined;
        }
        return void 0;
      }
    };
  }
  /** Once the head has passed: the first loadable segment, and what a read of the head asks for next. */
  planFromHead() {
    this.planDone = true;
    const first = firstLoadSegment(this.source());
    if (first) this.plan([{ offset: first.offset, length: Math.min(first.length, CAPTURE_FIRST_SEGMENT_BYTES) }]);
    this.planAhead();
  }
  /** Keeps what a read of the bytes kept so far asks for next (the program headers, the interpreter, the dynamic segment, what it points to), where still ahead. */
  planAhead() {
    const read = readElf(this.source());
    if (read.status !== "incomplete") return;
    this.plan(read.missing.filter((range) => range.offset >= this.position && range.length <= CAPTURE_RANGE_BYTES));
  }
};
function firstLoadSegment(source2) {
  const ident = source2.read(0, 64);
  if (!ident || ident[4] !== 1 && ident[4] !== 2 || ident[5] !== 1 && ident[5] !== 2) return void 0;
  const is64 = ident[4] === 2;
  const view = new DataView(ident.buffer, ident.byteOffset, ident.byteLength);
  const little = ident[5] === 1;
  const phoff = is64 ? Number(view.getBigUint64(32, little)) : view.getUint32(28, little);
  const phentsize = view.getUint16(is64 ? 54 : 42, little);
  const phnum = view.getUint16(is64 ? 56 : 44, little);
  if (phentsize < (is64 ? 56 : 32) || phnum === 0) return void 0;
  const table = source2.read(phoff, phentsize * phnum);
  if (!table) return void 0;
  const headers2 = new DataView(table.buffer, table.byteOffset, table.byteLength);
  for (let index = 0; index < phnum; index++) {
    const at2 = index * phentsize;
    if (headers2.getUint32(at2, little) !== PT_LOAD2) continue;
    const offset = is64 ? Number(headers2.getBigUint64(at2 + 8, little)) : headers2.getUint32(at2 + 4, little);
    const fileSize = is64 ? Number(headers2.getBigUint64(at2 + 32, little)) : headers2.getUint32(at2 + 16, little);
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(fileSize)) return void 0;
    return { offset, length: fileSize };
  }
  return void 0;
}
function captureElf(source2) {
  const ident = Uint8Array.from(source2.read(0, Math.min(IDENT_BYTES, source2.size)) ?? []);
  return { ident, read: readElf(source2) };
}

// src/image/layer-reader.ts
async function readLayer(input, select, store, where2) {
  const reading = new LayerReading(select, store, where2);
  try {
    for await (const chunk of input) await reading.write(chunk);
  } catch (error) {
    reading.abort();
    throw asImageError(error, where2);
  }
  return reading.finish();
}
var LayerReading = class {
  entries = [];
  parser;
  where;
  format;
  sink;
  /** Bytes seen before the format is known; copied, since the input may reuse its buffer. */
  head = Buffer.alloc(0);
  constructor(select, store, where2) {
    this.where = where2;
    const { budget } = store;
    const { layerTarBytes, layerEntries, keptBytesPerFile } = budget.limits;
    const entries = this.entries;
    let named;
    const pathOf = (entry) => {
      if (named?.entry !== entry) named = { entry, path: entryPath(entry.name, where2) };
      return named.path;
    };
    const keepOf = (entry) => Math.min(select(imagePath(pathOf(entry)), entry.size), keptBytesPerFile);
    const captureBuffers = new CaptureBuffers();
    let capturing;
    const elf = select.elf;
    const stream = elf && ((entry) => {
      if (!elf(imagePath(pathOf(entry)), entry.size)) return void 0;
      const keep = Math.min(keepOf(entry), entry.size);
      const current = { entry, capture: new ElfCapture(entry.size, captureBuffers), head: keep > 0 ? store.allocate(keep) : void 0, kept: 0 };
      capturing = current;
      return (piece) => {
        current.capture.write(piece);
        if (current.head && current.kept < current.head.length) current.kept += piece.copy(current.head, current.kept, 0, Math.min(piece.length, current.head.length - current.kept));
      };
    });
    this.parser = new TarParser(
      keepOf,
      (entry, content) => {
        if (entries.length >= layerEntries) throw new ImageError(limitMessage(where2, `the layer lists more than ${layerEntries} entries`, `${layerEntries} entries per layer`));
        const item = { path: pathOf(entry), entry };
        if (capturing?.entry === entry) {
          item.elf = capturing.capture.finish();
          content = capturing.head;
          capturing = void 0;
        }
        if (content) item.content = store.put(content, where2);
        entries.push(item);
      },
      (size) => store.allocate(size),
      stream
    );
    let tarBytes = 0;
    this.onTar = (tar) => {
      tarBytes += tar.length;
      if (tarBytes > layerTarBytes) throw new ImageError(limitMessage(where2, `the layer expands to more than ${formatBytes(layerTarBytes)}`, `${formatBytes(layerTarBytes)} of tar per layer`));
      budget.addTarBytes(tar.length, where2);
      this.parser.write(tar);
    };
  }
  onTar;
  /** Takes the next bytes of the blob; they may be reused by the caller once the promise settles. */
  async write(chunk) {
    try {
      if (this.sink) await this.sink.write(chunk);
      else if (this.head.length + chunk.length >= SNIFF_BYTES) await this.start(this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]));
      else this.head = Buffer.concat([this.head, chunk]);
    } catch (error) {
      throw this.failure(error);
    }
  }
  /** At the blob's end: the layer's entries, or why it is not a whole layer. */
  async finish() {
    try {
      if (!this.sink) await this.start(this.head);
      await this.sink.finish();
      this.parser.end();
    } catch (error) {
      this.abort();
      throw this.failure(error);
    }
    return { entries: this.entries, format: this.format ?? "tar", tarBytes: this.parser.position };
  }
  /** Stops decompressing, when the blob will not be read to its end. */
  abort() {
    this.sink?.abort();
  }
  start(bytes) {
    this.format = sniffFormat(bytes);
    this.sink = tarSink(this.format, this.onTar);
    return this.sink.write(bytes);
  }
  failure(error) {
    if (error instanceof CorruptDataError) return new ImageError(`${this.where}: corrupt ${this.format} data (${error.message})`);
    return asImageError(error, this.where);
  }
};
var INDEX_WINDOW = 32 * 1024;
function indexLayer(place3, select, store, where2) {
  const { layerEntries, keptBytesPerFile } = store.budget.limits;
  const fd = store.attach(place3.file);
  const window = Buffer.allocUnsafe(INDEX_WINDOW);
  let windowStart = 0;
  let windowLength = 0;
  const readAt = (position, length) => {
    const available = Math.max(0, Math.min(length, place3.size - position));
    if (position >= windowStart && position + available <= windowStart + windowLength) return window.subarray(position - windowStart, position - windowStart + available);
    const target = available > window.length ? Buffer.allocUnsafe(available) : window;
    let filled = 0;
    const wanted = Math.min(target.length, place3.size - position);
    while (filled < wanted) {
      const bytes = readSync4(fd, target, filled, wanted - filled, place3.offset + position + filled);
      if (bytes === 0) break;
      filled += bytes;
    }
    if (target === window) {
      windowStart = position;
      windowLength = filled;
    }
    return target.subarray(0, Math.min(filled, available));
  };
  if (sniffFormat(readAt(0, SNIFF_BYTES)) !== "tar") return void 0;
  let listed;
  try {
    listed = indexTar(readAt, place3.size, layerEntries);
  } catch (error) {
    throw asImageError(error, where2);
  }
  const entries = [];
  for (const entry of listed) {
    const path18 = entryPath(entry.name, where2);
    const item = { path: path18, entry };
    const asked = entry.type === "file" ? Math.min(select(imagePath(path18), entry.size), keptBytesPerFile) : 0;
    if (asked > 0) item.content = { fd, offset: place3.offset + entry.dataOffset, length: Math.min(asked, entry.size) };
    if (entry.type === "file" && select.elf?.(imagePath(path18), entry.size)) {
      const dataOffset = place3.offset + entry.dataOffset;
      item.elf = { later: () => captureElf(fileRangeSource(fd, dataOffset, entry.size)) };
    }
    entries.push(item);
  }
  return { entries, format: "tar", tarBytes: place3.size };
}
function fileRangeSource(fd, offset, size) {
  return {
    size,
    read(at2, length) {
      if (at2 < 0 || length < 0 || at2 + length > size) return void 0;
      const buffer = Buffer.allocUnsafe(length);
      for (let filled = 0; filled < length; ) {
        const bytes = readSync4(fd, buffer, filled, length - filled, offset + at2 + filled);
        if (bytes === 0) return void 0;
        filled += bytes;
      }
      return buffer;
    }
  };
}
function asImageError(error, where2) {
  if (error instanceof ImageError) return error;
  if (error instanceof TarLimitError) return new ImageError(limitMessage(where2, error.what, error.limit));
  if (error instanceof TarFormatError) return new ImageError(`${where2}: not a valid tar stream (${error.message})`);
  const code = error?.code ?? "";
  if (code === "ENOENT" || code === "EACCES" || code === "EISDIR" || code === "EIO") return new ImageError(`${where2}: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}

// src/image/layouts.ts
var MAX_JSON_BYTES = 4 * 1024 * 1024;
var MAX_INDEX_DEPTH = 8;
var MAX_INDEX_DESCRIPTORS = 1e3;
var MAX_LAYERS = 500;
var MAX_PLATFORMS = 32;
var MAX_PLATFORM_NAME = 100;
var LIMIT_HINT = "no image built by Docker, BuildKit, Buildah or a registry comes near it; check where this image comes from";
async function readJsonBytes(files, name, what) {
  const size = await files.size(name);
  if (size === void 0) throw new ImageError(`${files.location}: ${name} is missing`);
  if (size > MAX_JSON_BYTES) {
    throw new ImageError(`${files.location}: ${what} is ${formatBytes(size)}, over the ${formatBytes(MAX_JSON_BYTES)} limit for a JSON document of an image layout; ${LIMIT_HINT}`);
  }
  return files.read(name, MAX_JSON_BYTES);
}
function parseJson(bytes, files, what) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new ImageError(`${files.location}: ${what} is not valid JSON (${error.message})`);
  }
}
async function readJson(files, name, expected) {
  const bytes = await readJsonBytes(files, name, name);
  if (expected) checkBytes(bytes, expected, `${files.location}: ${name}`);
  return parseJson(bytes, files, name);
}
function tooManyLayers(files, what, count) {
  return new ImageError(`${files.location}: ${what} lists ${count} layers, over the limit of ${MAX_LAYERS} layers per image; ${LIMIT_HINT}`);
}
async function detectLayout(files) {
  if (await files.size("oci-layout") !== void 0 && await files.size("index.json") !== void 0) return "oci";
  if (await files.size("manifest.json") !== void 0 && Array.isArray(await readJson(files, "manifest.json"))) return "docker-archive";
  return void 0;
}
function isDockerManifestEntry(value) {
  const entry = value;
  return typeof entry === "object" && entry !== null && typeof entry.Config === "string" && Array.isArray(entry.Layers) && entry.Layers.every((layer) => typeof layer === "string");
}
async function planDockerArchive(files, reference) {
  const manifest = await readJson(files, "manifest.json");
  const images = manifest.filter(isDockerManifestEntry);
  if (images.length === 0) throw new ImageError(`${files.location}: manifest.json lists no image`);
  const tagsOf = (entry2) => entry2.RepoTags ?? [];
  let chosen;
  if (reference) {
    const wanted = normalizeReference(reference);
    chosen = images.find((entry2) => tagsOf(entry2).some((tag) => normalizeReference(tag) === wanted));
    if (!chosen) throw new ImageError(`${files.location}: no image tagged ${reference}; it holds ${describeTags(images.map(tagsOf))}`);
  } else if (images.length === 1) {
    chosen = images[0];
  } else {
    throw new ImageError(`${files.location}: holds ${images.length} images (${describeTags(images.map(tagsOf))}); name one as docker-archive:FILE:TAG`);
  }
  const entry = chosen;
  if (entry.Layers.length > MAX_LAYERS) throw tooManyLayers(files, "manifest.json", entry.Layers.length);
  for (const layer of [entry.Config, ...entry.Layers]) {
    if (await files.size(layer) === void 0) throw new ImageError(`${files.location}: manifest.json names ${layer}, which is missing from the archive`);
  }
  const configDigest = /^(?:.*\/)?([0-9a-f]{64})(?:\.json)?$/.exec(entry.Config)?.[1];
  const configJson = await readJson(files, entry.Config, configDigest ? { digest: `sha256:${configDigest}` } : void 0);
  const where2 = `${files.location}: ${entry.Config}`;
  const config = parseImageConfig(configJson, where2);
  const diffIds = layerDiffIds(configJson, where2);
  if (diffIds && diffIds.length !== entry.Layers.length) {
    throw new ImageError(`${where2}: rootfs.diff_ids lists ${diffIds.length} layers, but manifest.json lists ${entry.Layers.length}: the archive is inconsistent; export the image again`);
  }
  const layers = entry.Layers.map((name, index) => {
    const diffId = diffIds?.[index];
    if (diffId === void 0) return { name };
    digestAlgorithm(diffId, where2);
    return { name, diffId };
  });
  return { config, layers, label: tagsOf(entry)[0] ?? entry.Config };
}
function describeTags(tagLists) {
  return tagLists.map((tags) => tags.length > 0 ? tags.join(", ") : "(untagged)").join("; ");
}
var INDEX_TYPES = /* @__PURE__ */ new Set(["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"]);
var DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function isDescriptor(value) {
  return typeof value === "object" && value !== null && typeof value.digest === "string";
}
function blobName(files, digest) {
  if (!DIGEST.test(digest)) throw new ImageError(`${files.location}: ${JSON.stringify(digest)} is not a valid digest`);
  const [algorithm, hex] = digest.split(":");
  return `blobs/${algorithm}/${hex}`;
}
async function locateBlob(files, descriptor, referrer, kind) {
  const { digest, size } = descriptor;
  const name = blobName(files, digest);
  digestAlgorithm(digest, `${files.location}: ${referrer}`);
  if (size !== void 0 && !(Number.isSafeInteger(size) && size >= 0)) {
    throw new ImageError(`${files.location}: ${referrer} gives ${kind} ${digest} the size ${JSON.stringify(size)}, which is not a byte count`);
  }
  const expected = { digest, size };
  const storedSize = await files.size(name);
  if (storedSize === void 0) throw new ImageError(`${files.location}: ${referrer} names ${kind} ${digest}, which is missing from the layout (expected at ${name})`);
  if (expected.size !== void 0 && storedSize !== expected.size) {
    throw new BlobMismatchError(`${files.location}: ${name}: ${kind} ${digest} is ${storedSize} bytes, but ${referrer} says ${expected.size}: the blob is truncated or altered; export the image again`);
  }
  return { name, expected, storedSize };
}
function platformOf(descriptor) {
  if (!descriptor.platform?.os || !descriptor.platform.architecture) return void 0;
  const platform = { os: descriptor.platform.os, architecture: descriptor.platform.architecture };
  if (descriptor.platform.variant) platform.variant = descriptor.platform.variant;
  return platform;
}
function descriptorList(value) {
  const manifests = value?.manifests;
  return Array.isArray(manifests) ? manifests.filter(isDescriptor) : [];
}
function isAttestation(descriptor) {
  return descriptor.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || descriptor.platform?.os === "unknown";
}
function once2(load) {
  let promise;
  return () => promise ??= load();
}
var IndexWalk = class {
  candidates = [];
  files;
  blobs = /* @__PURE__ */ new Map();
  visited = /* @__PURE__ */ new Set();
  descriptors = 0;
  constructor(files) {
    this.files = files;
  }
  async blobJson(descriptor, referrer, kind) {
    if (this.blobs.has(descriptor.digest)) return this.blobs.get(descriptor.digest);
    const { name, expected } = await locateBlob(this.files, descriptor, referrer, kind);
    const what = `${kind} ${descriptor.digest}`;
    const bytes = await readJsonBytes(this.files, name, what);
    checkBytes(bytes, expected, `${this.files.location}: ${name}`);
    const json = parseJson(bytes, this.files, what);
    this.blobs.set(descriptor.digest, json);
    return json;
  }
  async visit(descriptors, referrer, depth) {
    this.descriptors += descriptors.length;
    if (this.descriptors > MAX_INDEX_DESCRIPTORS) {
      throw new ImageError(`${this.files.location}: index.json and the indexes it nests list over ${MAX_INDEX_DESCRIPTORS} manifests, the limit; ${LIMIT_HINT}`);
    }
    for (const descriptor of descriptors) {
      if (isAttestation(descriptor) || this.visited.has(descriptor.digest)) continue;
      this.visited.add(descriptor.digest);
      const listed = platformOf(descriptor);
      if (listed && !INDEX_TYPES.has(descriptor.mediaType ?? "")) {
        this.candidates.push({ digest: descriptor.digest, platform: listed, load: once2(() => this.loadListed(descriptor, referrer)) });
        continue;
      }
      const blob = await this.blobJson(descriptor, referrer, "manifest");
      const mediaType = descriptor.mediaType ?? blob?.mediaType ?? "";
      const isObject2 = typeof blob === "object" && blob !== null;
      if (INDEX_TYPES.has(mediaType) || isObject2 && !("layers" in blob) && "manifests" in blob) {
        if (depth + 1 > MAX_INDEX_DEPTH) {
          throw new ImageError(`${this.files.location}: image indexes nest more than ${MAX_INDEX_DEPTH} deep (index ${descriptor.digest} is level ${depth + 1}), over the limit; ${LIMIT_HINT}`);
        }
        await this.visit(descriptorList(blob), `index ${descriptor.digest}`, depth + 1);
        continue;
      }
      const loaded = await this.image(descriptor, blob);
      this.candidates.push({ digest: descriptor.digest, platform: loaded.config.platform, load: () => Promise.resolve(loaded) });
    }
  }
  /** An entry that named its platform, once chosen; undefined when the layout lacks its manifest. */
  async loadListed(descriptor, referrer) {
    if (await this.files.size(blobName(this.files, descriptor.digest)) === void 0) return void 0;
    return this.image(descriptor, await this.blobJson(descriptor, referrer, "manifest"));
  }
  async image(descriptor, blob) {
    const manifest = typeof blob === "object" && blob !== null ? blob : {};
    if (!isDescriptor(manifest.config) || !Array.isArray(manifest.layers)) {
      throw new ImageError(`${this.files.location}: manifest ${descriptor.digest} has no config or layers`);
    }
    const configJson = await this.blobJson(manifest.config, `manifest ${descriptor.digest}`, "config");
    return { manifest, config: parseImageConfig(configJson, `${this.files.location}: config ${manifest.config.digest}`) };
  }
};
function matches(platform, wanted) {
  if (!platform) return false;
  if (platform.os !== wanted.os || platform.architecture !== wanted.architecture) return false;
  return wanted.variant === void 0 || (platform.variant ?? defaultVariant(platform)) === wanted.variant;
}
function defaultVariant(platform) {
  return platform.architecture === "arm64" ? "v8" : void 0;
}
var DEFAULT_PLATFORM = { os: "linux", architecture: "amd64" };
function namesOf(descriptor) {
  const annotations = descriptor.annotations ?? {};
  return [annotations["io.containerd.image.name"], annotations["org.opencontainers.image.ref.name"]].filter((name) => typeof name === "string" && name !== "");
}
async function ociCandidates(files, reference) {
  const index = await readJson(files, "index.json");
  const walk = new IndexWalk(files);
  let top = descriptorList(index);
  if (reference) {
    const wantedName = normalizeReference(reference);
    const named = top.filter((descriptor) => namesOf(descriptor).some((name) => name === reference || normalizeReference(name) === wantedName));
    if (named.length === 0) {
      const held = [...new Set(top.flatMap((descriptor) => namesOf(descriptor).slice(0, 1)))];
      throw new ImageError(`${files.location}: no image tagged ${reference}; it holds ${held.length > 0 ? held.join(", ") : "no named image"}`);
    }
    top = named;
  }
  await walk.visit(top, "index.json", 0);
  if (walk.candidates.length === 0) throw new ImageError(`${files.location}: index.json lists no image manifest`);
  return walk.candidates;
}
async function loadAll(files, candidates) {
  const present = [];
  const absent = [];
  for (const candidate of candidates) {
    const loaded = await candidate.load();
    if (loaded) present.push({ ...candidate, loaded });
    else if (candidate.platform) absent.push(candidate.platform);
  }
  if (present.length === 0) {
    throw new ImageError(`${files.location}: the index lists images for ${describePlatforms(absent)}, but the layout holds none of their manifests: a partial export; export the image again with its content (docker pull it for the platform first)`);
  }
  return { present, absent };
}
function platformName(platform) {
  if (!platform) return "unknown platform";
  const name = formatPlatform(platform);
  const parsed = name.length <= MAX_PLATFORM_NAME ? parsePlatform(name) : void 0;
  return parsed && formatPlatform(parsed) === name ? name : "a platform not named os/arch[/variant]";
}
function describePlatforms(platforms) {
  return [...new Set(platforms.map(platformName))].join(", ");
}
async function planCandidate(files, image, loaded) {
  const layerDescriptors = loaded.manifest.layers ?? [];
  if (layerDescriptors.length > MAX_LAYERS) throw tooManyLayers(files, `manifest ${image.digest}`, layerDescriptors.length);
  const layers = [];
  for (const layer of layerDescriptors) {
    if (!isDescriptor(layer)) throw new ImageError(`${files.location}: manifest ${image.digest} has a malformed layer descriptor`);
    const { name, expected } = await locateBlob(files, layer, `manifest ${image.digest}`, "layer blob");
    layers.push({ name, blob: expected });
  }
  const platform = image.platform ?? loaded.config.platform;
  return { config: loaded.config, layers, label: image.digest, ...platform && { platform } };
}
async function planOciLayout(files, wanted, reference) {
  const candidates = await ociCandidates(files, reference);
  if (wanted) {
    const chosen = candidates.find((candidate) => matches(candidate.platform, wanted));
    if (!chosen) throw new ImageError(`${files.location}: no image for platform ${formatPlatform(wanted)}; it has ${describePlatforms(candidates.map((candidate) => candidate.platform))}`);
    const loaded2 = await chosen.load();
    if (loaded2) return planCandidate(files, chosen, loaded2);
    const { present: present2 } = await loadAll(files, candidates);
    throw new ImageError(`${files.location}: the index lists an image for platform ${formatPlatform(wanted)}, but the layout does not hold it (a partial export keeps only the platforms pulled); it holds ${describePlatforms(present2.map((candidate) => candidate.platform))}`);
  }
  const preferred = candidates.length === 1 ? candidates[0] : candidates.find((candidate) => matches(candidate.platform, DEFAULT_PLATFORM));
  const loaded = await preferred?.load();
  if (preferred && loaded) return planCandidate(files, preferred, loaded);
  const { present } = await loadAll(files, candidates);
  if (present.length === 1) return planCandidate(files, present[0], present[0].loaded);
  throw new ImageError(`${files.location}: holds images for ${describePlatforms(present.map((candidate) => candidate.platform))}; choose one with --platform (input platform)`);
}
async function planOciPlatforms(files, reference) {
  const { present: candidates, absent: missing } = await loadAll(files, await ociCandidates(files, reference));
  const absent = [...new Set(missing.map(platformName))];
  if (candidates.length === 1) return { plans: [await planCandidate(files, candidates[0], candidates[0].loaded)], absent };
  if (candidates.length > MAX_PLATFORMS) {
    throw new ImageError(`${files.location}: holds ${candidates.length} images, over the limit of ${MAX_PLATFORMS} platforms checked at once; ${LIMIT_HINT}, or check one with --platform (input platform)`);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    if (!candidate.platform) throw new ImageError(`${files.location}: manifest ${candidate.digest} names no platform, in its index entry or its config, so its verdict could not be told apart; choose one image with --platform (input platform)`);
    const name = formatPlatform(candidate.platform);
    const parsed = name.length <= MAX_PLATFORM_NAME ? parsePlatform(name) : void 0;
    if (!parsed || formatPlatform(parsed) !== name) {
      throw new ImageError(`${files.location}: manifest ${candidate.digest} gives the platform ${JSON.stringify(name.slice(0, MAX_PLATFORM_NAME))}${name.length > MAX_PLATFORM_NAME ? "\u2026" : ""}, which is not os/arch[/variant] of letters, digits, dots, dashes and underscores (at most ${MAX_PLATFORM_NAME} characters); ${LIMIT_HINT}`);
    }
    const earlier = seen.get(name);
    if (earlier !== void 0) throw new ImageError(`${files.location}: holds two images for ${name} (manifests ${earlier} and ${candidate.digest}); check one of them with --platform (input platform) instead of all`);
    seen.set(name, candidate.digest);
  }
  const plans = [];
  for (const candidate of candidates) plans.push(await planCandidate(files, candidate, candidate.loaded));
  return { plans, absent };
}

// src/image/export-stream.ts
var SMALL_ENTRY_BYTES = 64 * 1024;
var MAX_EXPORT_KEPT_BYTES = 64 * 1024 * 1024;
var ExportFiles = class {
  location;
  entries;
  constructor(location, entries) {
    this.location = location;
    this.entries = entries;
  }
  /** The name of the regular file a name leads to (links followed): what a streamed layer is known by. */
  canonical(name) {
    return followLinks(this.entries, name, this.location)?.name;
  }
  /** The bytes of an entry kept as it is; undefined for one that streamed past. */
  data(name) {
    return followLinks(this.entries, name, this.location)?.data;
  }
  size(name) {
    return Promise.resolve(followLinks(this.entries, name, this.location)?.size);
  }
  read(name, maxBytes) {
    const entry = followLinks(this.entries, name, this.location);
    if (!entry) return Promise.reject(new ImageError(`${this.location}: ${name} is missing from the export`));
    if (entry.size > maxBytes) return Promise.reject(new ImageError(`${this.location}: ${name} is ${entry.size} bytes, more than the ${maxBytes} expected`));
    if (!entry.data) return Promise.reject(new ImageError(`${this.location}: ${name} was read as a layer as it streamed past, and is not kept`));
    return Promise.resolve(entry.data);
  }
  chunks(name) {
    const data = this.data(name);
    if (!data) throw new ImageError(`${this.location}: ${name} streamed past and is not kept`);
    return [data];
  }
  where() {
    return Promise.resolve(void 0);
  }
  async close() {
  }
};
function looksLikeJson(head) {
  for (const byte of head) {
    if (byte === 32 || byte === 9 || byte === 10 || byte === 13) continue;
    return byte === 123 || byte === 91;
  }
  return false;
}
async function readExport(input, options) {
  const { store, location } = options;
  const entries = /* @__PURE__ */ new Map();
  const layers = /* @__PURE__ */ new Map();
  let kept = 0;
  const keep = (size) => {
    kept += size;
    if (kept > MAX_EXPORT_KEPT_BYTES) {
      throw new ImageError(limitMessage(location, `its small files and JSON documents add up to more than ${formatBytes(MAX_EXPORT_KEPT_BYTES)}`, `${formatBytes(MAX_EXPORT_KEPT_BYTES)} for them per export`));
    }
  };
  const record = (entry, name, data) => {
    entries.set(name, { name, type: entry.type, linkName: entry.linkName, size: entry.size, ...data && { data } });
  };
  const steps = [];
  const active = /* @__PURE__ */ new Set();
  let streaming;
  const startLayer = (name, size, select) => {
    const reading = new LayerReading(select, store, `${location}: ${name}`);
    active.add(reading);
    options.onLayer?.(name, size);
    return reading;
  };
  const parser = new TarParser(
    (entry) => {
      if (entry.size > SMALL_ENTRY_BYTES) return 0;
      keep(entry.size);
      return entry.size;
    },
    (entry, data) => {
      const current = streaming;
      if (current?.entry !== entry) {
        record(entry, cleanName(entry.name), data ?? (entry.type === "file" && entry.size === 0 ? Buffer.alloc(0) : void 0));
        return;
      }
      streaming = void 0;
      record(entry, current.name, current.json?.bytes);
      const { reading, name } = current;
      if (!reading) return;
      steps.push(async () => {
        active.delete(reading);
        if (current.failure) return;
        try {
          layers.set(name, await reading.finish());
        } catch (error) {
          layers.set(name, error);
        }
      });
    },
    void 0,
    (entry) => {
      if (entry.size <= SMALL_ENTRY_BYTES) return void 0;
      const name = cleanName(entry.name);
      const select = options.selectFor(name);
      const current = { entry, name };
      streaming = current;
      return (piece) => {
        if (!current.json && !current.reading && !current.failure) {
          if (!name.endsWith("/layer.tar") && entry.size <= MAX_JSON_BYTES && looksLikeJson(piece)) {
            keep(entry.size);
            current.json = { bytes: Buffer.allocUnsafe(entry.size), filled: 0 };
          } else if (select) current.reading = startLayer(name, entry.size, select);
          else current.failure = new ImageError(`${location}: ${name} was let pass unread`);
        }
        if (current.json) {
          current.json.filled += piece.copy(current.json.bytes, current.json.filled);
          return;
        }
        const reading = current.reading;
        if (!reading) return;
        steps.push(async () => {
          if (current.failure) return;
          try {
            await reading.write(piece);
          } catch (error) {
            current.failure = error;
            reading.abort();
            active.delete(reading);
            layers.set(name, current.failure);
          }
        });
      };
    }
  );
  try {
    for await (const chunk of input) {
      parser.write(chunk);
      for (const step of steps) await step();
      steps.length = 0;
    }
    parser.end();
  } catch (error) {
    for (const reading of active) reading.abort();
    if (error instanceof TarFormatError) throw new ImageError(`${location}: not a valid tar stream (${error.message})`);
    throw error;
  }
  return { files: new ExportFiles(location, entries), layers };
}
async function exportedLayer(reading, key, select, store, where2) {
  let result = reading.layers.get(key);
  if (result === void 0) {
    const data = reading.files.data(key);
    if (!data) throw new ImageError(`${where2}: the export holds no layer there`);
    result = await readLayer([data], select, store, where2).catch((error) => error);
    reading.layers.set(key, result);
  }
  if (result instanceof Error) throw result;
  return result;
}

// src/image/rootfs.ts
import { closeSync as closeSync3, constants as constants3, fstatSync as fstatSync2, openSync as openSync3 } from "node:fs";
import { lstat, open as open2, opendir, readlink } from "node:fs/promises";
import path7 from "node:path";
async function readRootfs(top, select, store, logger2) {
  const tree = new TreeBuilder();
  const { keptBytesPerFile } = store.budget.limits;
  const pending = [{ dir: top, path: "", depth: 0 }];
  while (pending.length > 0) {
    const { dir, path: folder, depth } = pending.pop();
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      logger2.warn(`cannot list ${dir}: ${error.message}; its contents are left out`);
      continue;
    }
    for await (const dirent of handle) {
      if (depth >= MAX_PATH_DEPTH) {
        throw new ImageError(limitMessage(top, `${path7.join(dir, dirent.name)} has more than ${MAX_PATH_DEPTH} path components`, `${MAX_PATH_DEPTH} path components`));
      }
      const full = path7.join(dir, dirent.name);
      const child = folder === "" ? dirent.name : `${folder}/${dirent.name}`;
      const info = await lstat(full);
      const mode = info.mode & 4095;
      let node;
      if (info.isDirectory()) {
        node = newDirectory(mode);
        pending.push({ dir: full, path: child, depth: depth + 1 });
      } else if (info.isSymbolicLink()) {
        node = { type: "symlink", mode, size: 0, linkTarget: await readlink(full) };
      } else if (info.isFile()) {
        node = { type: "file", mode, size: info.size };
        const wanted = Math.min(select(imagePath(child), info.size), keptBytesPerFile);
        if (wanted > 0) {
          const head = await readHead(full, Math.min(wanted, info.size));
          node.content = store.put(head, full);
          node.contentComplete = head.length === info.size;
        }
        if (select.elf?.(imagePath(child), info.size)) node.elf = { later: () => readElfFacts(full) };
      } else if (info.isCharacterDevice()) node = { type: "char", mode, size: 0 };
      else if (info.isBlockDevice()) node = { type: "block", mode, size: 0 };
      else if (info.isFIFO()) node = { type: "fifo", mode, size: 0 };
      else continue;
      tree.put(child, node, top);
    }
  }
  return tree;
}
function readElfFacts(file) {
  let fd;
  try {
    fd = openSync3(file, constants3.O_RDONLY | constants3.O_NOFOLLOW);
  } catch (error) {
    return { ident: new Uint8Array(0), read: { status: "unreadable", problem: "truncated", reason: `${file} cannot be read (${error.code ?? "error"})` } };
  }
  try {
    return captureElf(fileRangeSource(fd, 0, fstatSync2(fd).size));
  } finally {
    closeSync3(fd);
  }
}
async function readHead(file, bytes) {
  const handle = await open2(file, constants3.O_RDONLY | constants3.O_NOFOLLOW);
  try {
    const buffer = Buffer.alloc(bytes);
    let filled = 0;
    while (filled < bytes) {
      const { bytesRead } = await handle.read(buffer, filled, bytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

// src/image/content-sources.ts
var READ_CHUNK2 = 4 * 1024 * 1024;
function layerContentSource(places) {
  return {
    async read(requests, store) {
      const contents = requests.map(() => void 0);
      for (const [layer, indexes] of requestsByLayer(requests, (index) => places[index] !== void 0)) {
        const place3 = places[layer];
        const select = requestedFiles(requests, indexes);
        const result = "fetch" in place3 ? await readLayer(place3.fetch(), select, store, place3.where) : indexLayer(place3, select, store, place3.where) ?? await readLayer(placeChunks(store.attach(place3.file), place3), select, store, place3.where);
        takeRequested(result, requests, indexes, contents);
      }
      return contents;
    }
  };
}
function requestsByLayer(requests, readable) {
  const byLayer = /* @__PURE__ */ new Map();
  requests.forEach((request, index) => {
    if (request.layer === void 0 || !readable(request.layer)) return;
    byLayer.set(request.layer, [...byLayer.get(request.layer) ?? [], index]);
  });
  return [...byLayer].sort(([a], [b]) => a - b);
}
function requestedFiles(requests, indexes) {
  const keep = new Map(indexes.map((index) => [requests[index].path, requests[index].keep]));
  return (file) => keep.get(file) ?? 0;
}
function takeRequested(result, requests, indexes, contents) {
  const found = /* @__PURE__ */ new Map();
  for (const item of result.entries) if (item.content && item.entry.type === "file") found.set(imagePath(item.path), { size: item.entry.size, content: item.content });
  for (const index of indexes) {
    const hit = found.get(requests[index].path);
    if (hit && hit.size === requests[index].size) contents[index] = hit.content;
  }
}
function* placeChunks(fd, place3) {
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(READ_CHUNK2, place3.size)));
  for (let position = 0; position < place3.size; ) {
    const bytes = readSync5(fd, buffer, 0, Math.min(buffer.length, place3.size - position), place3.offset + position);
    if (bytes === 0) throw new ImageError(`${place3.where} ended ${place3.size - position} bytes early when read again`);
    position += bytes;
    yield buffer.subarray(0, bytes);
  }
}
function rootfsContentSource(top) {
  return {
    async read(requests, store) {
      const contents = [];
      for (const request of requests) {
        const file = path8.join(top, request.path);
        const info = await lstat2(file).catch(() => void 0);
        if (!info?.isFile() || info.size !== request.size) {
          contents.push(void 0);
          continue;
        }
        contents.push(store.put(await readHead(file, Math.min(request.keep, info.size)), file));
      }
      return contents;
    }
  };
}
function exportContentSource(exportAgain, keys, location) {
  return {
    async read(requests, store) {
      const contents = requests.map(() => void 0);
      const byKey = /* @__PURE__ */ new Map();
      for (const [layer, indexes] of requestsByLayer(requests, (index) => keys[index] !== void 0)) byKey.set(keys[layer], [...byKey.get(keys[layer]) ?? [], ...indexes]);
      if (byKey.size === 0) return contents;
      const selectors = new Map([...byKey].map(([key, indexes]) => [key, requestedFiles(requests, indexes)]));
      const reading = await readExport(exportAgain(), { selectFor: (name) => selectors.get(name), store, location });
      for (const [key, indexes] of byKey) takeRequested(await exportedLayer(reading, key, selectors.get(key), store, `${location}: ${key}`), requests, indexes, contents);
      return contents;
    }
  };
}

// src/image/container-export.ts
var INIT_LAYER = [
  ["/dev/pts", "dir"],
  ["/dev/shm", "dir"],
  ["/proc", "dir"],
  ["/sys", "dir"],
  ["/.dockerenv", "file"],
  ["/etc/resolv.conf", "file"],
  ["/etc/hosts", "file"],
  ["/etc/hostname", "file"],
  ["/dev/console", "file"],
  ["/etc/mtab", "link"]
];
var MTAB_TARGET = "/proc/mounts";
function nodeAt(root, path18) {
  let node = root;
  for (const name of pathComponents(path18)) {
    node = node.children?.get(name);
    if (!node) return void 0;
  }
  return node;
}
function isEmptyFolder(node) {
  return node?.type === "dir" && (node.children?.size ?? 0) === 0;
}
function unsurePaths(root, made) {
  const unsure = /* @__PURE__ */ new Map();
  const mark = (path18) => {
    const components = pathComponents(path18);
    const node = nodeAt(root, path18);
    if (!node) return;
    unsure.set(node, "/" + components.join("/"));
    for (let depth = components.length - 1; depth > 0; depth--) {
      const parentPath = "/" + components.slice(0, depth).join("/");
      const parent2 = nodeAt(root, parentPath);
      if ([...parent2.children.values()].some((child) => !unsure.has(child))) return;
      unsure.set(parent2, parentPath);
    }
  };
  for (const [path18, kind] of INIT_LAYER) {
    const node = nodeAt(root, path18);
    const asMade = kind === "dir" ? isEmptyFolder(node) : kind === "file" ? node?.type === "file" && node.size === 0 : node?.type === "symlink" && node.linkTarget === MTAB_TARGET;
    if (asMade) mark(path18);
  }
  for (const folder of [made.workingDir, ...made.volumes]) {
    if (folder.startsWith("/") && isEmptyFolder(nodeAt(root, folder))) mark(folder);
  }
  return unsure;
}
async function readContainerExport(input, select, store, where2) {
  const result = await readLayer(input, select, store, where2);
  if (result.format !== "tar") throw new ImageError(`${where2}: expected a plain tar from the daemon, found ${result.format}`);
  const tree = new TreeBuilder();
  applyLayer(tree, result.entries, where2, 0);
  return { root: tree.root, result };
}
function containerContentSource(exportAgain, where2) {
  return {
    async read(requests, store) {
      const contents = requests.map(() => void 0);
      const indexes = requests.flatMap((request, index) => request.layer === 0 ? [index] : []);
      if (indexes.length === 0) return contents;
      const result = await readLayer(exportAgain(), requestedFiles(requests, indexes), store, where2);
      takeRequested(result, requests, indexes, contents);
      return contents;
    }
  };
}

// src/docker-cli.ts
import { accessSync, constants as constants4, statSync as statSync2 } from "node:fs";
import path9 from "node:path";

// src/read-ahead.ts
import { Worker } from "node:worker_threads";

// src/worker-file.ts
function workerFileUrl(name, moduleUrl) {
  if (moduleUrl.endsWith(".ts")) return new URL(`./${name}.ts`, moduleUrl);
  return new URL(`${moduleUrl.includes("/cli-chunks/") ? "../" : "./"}${name}.js`, moduleUrl);
}

// src/read-ahead.ts
var CommandFailed = class extends Error {
  name = "CommandFailed";
  code;
  signal;
  stderr;
  spawnError;
  constructor(end, what) {
    super(end.spawnError ? `${what} could not be started (${end.spawnError})` : `${what} failed (${end.signal ? `signal ${end.signal}` : `exit code ${end.code}`}): ${end.stderr.trim() || "no error output"}`);
    this.code = end.code;
    this.signal = end.signal;
    this.stderr = end.stderr;
    this.spawnError = end.spawnError;
  }
};
var SLOT_BYTES = 1024 * 1024;
var RING_BYTES = 4 * 1024 * 1024;
var STDERR_BYTES = 64 * 1024;
var STOP_WAIT_MS = 5e3;
async function* readAhead(binary, args, env) {
  const ring = new SharedArrayBuffer(RING_BYTES);
  const request = { binary, args, env, ring, slotBytes: SLOT_BYTES, stderrBytes: STDERR_BYTES };
  const worker = new Worker(workerFileUrl("read-ahead-worker", import.meta.url), { workerData: request });
  const queue = [];
  let wake;
  let failure;
  worker.on("message", (message) => {
    queue.push(message);
    wake?.();
  });
  worker.on("error", (error) => {
    failure = error;
    wake?.();
  });
  try {
    for (; ; ) {
      if (queue.length === 0 && !failure) await new Promise((resolve) => wake = resolve);
      wake = void 0;
      if (failure) throw failure;
      const message = queue.shift();
      if (message.type === "end") {
        if (message.code !== 0 || message.spawnError) throw new CommandFailed(message, `${binary} ${args.join(" ")}`);
        return;
      }
      yield Buffer.from(ring, message.slot * SLOT_BYTES, message.length);
      worker.postMessage({ type: "done", slot: message.slot });
    }
  } finally {
    const exited = new Promise((resolve) => worker.once("exit", () => resolve()));
    worker.postMessage({ type: "stop" });
    let timer;
    await Promise.race([exited, new Promise((resolve) => timer = setTimeout(resolve, STOP_WAIT_MS))]);
    clearTimeout(timer);
    await worker.terminate();
  }
}

// src/docker-cli.ts
var DockerCommandError = class extends Error {
  name = "DockerCommandError";
  failure;
  constructor(failure, args) {
    super(`docker ${args.join(" ")}: ${failure.kind === "no-cli" ? `${failure.command} is not installed` : failure.detail}`);
    this.failure = failure;
  }
};
function findExecutable(name, searchPath) {
  for (const folder of (searchPath ?? "").split(path9.delimiter)) {
    if (!path9.isAbsolute(folder)) continue;
    const candidate = path9.join(folder, name);
    try {
      if (!statSync2(candidate).isFile()) continue;
      accessSync(candidate, constants4.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
var dockerOnPath;
function dockerBinary() {
  dockerOnPath ??= { path: findExecutable("docker", process.env.PATH) };
  return dockerOnPath.path;
}
function isPrivate(name) {
  return name.startsWith("INPUT_") || name === "GITHUB_TOKEN" || name === "ACTIONS_RUNTIME_TOKEN" || name === "ACTIONS_ID_TOKEN_REQUEST_TOKEN";
}
function dockerEnvironment(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== void 0 && !isPrivate(entry[0])));
}
async function runDocker(args, command, input, spawn = {}) {
  const binary = command ?? dockerBinary();
  if (binary === void 0) throw new DockerCommandError({ kind: "no-cli", command: "docker" }, args);
  const { execa, ExecaError } = await import("./execa-EJLU6Z2A.js");
  try {
    return (await execa(binary, args, { stdin: input ?? "ignore", env: dockerEnvironment(), extendEnv: false, ...spawn.ownGroup && { detached: true } })).stdout;
  } catch (error) {
    if (!(error instanceof ExecaError)) throw error;
    if (error.code === "ENOENT") throw new DockerCommandError({ kind: "no-cli", command: binary }, args);
    throw new DockerCommandError(failureOf(String(error.stderr ?? "").trim(), error.shortMessage), args);
  }
}
async function* streamDocker(args, command) {
  const binary = command ?? dockerBinary();
  if (binary === void 0) throw new DockerCommandError({ kind: "no-cli", command: "docker" }, args);
  try {
    yield* readAhead(binary, args, dockerEnvironment());
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    if (error.spawnError === "ENOENT") throw new DockerCommandError({ kind: "no-cli", command: binary }, args);
    throw new DockerCommandError(failureOf(error.stderr.trim(), error.message), args);
  }
}
function failureOf(stderr, fallback) {
  if (/cannot connect to the docker daemon|is the docker daemon running|error during connect/i.test(stderr)) return { kind: "no-daemon", detail: stderr.split("\n")[0] };
  if (/no such image|no such object|no such container|not found|does not exist/i.test(stderr)) return { kind: "not-found", detail: stderr };
  return { kind: "other", detail: stderr || fallback };
}

// src/image/daemon.ts
var NotInDaemonError = class extends ImageError {
  name = "NotInDaemonError";
};
async function docker(args, reference, options) {
  try {
    return await runDocker(args, options.dockerCommand);
  } catch (error) {
    throw explained(error, args, reference, options);
  }
}
function explained(error, args, reference, options) {
  if (!(error instanceof DockerCommandError)) return error;
  const command = options.dockerCommand ?? "docker";
  const { failure } = error;
  if (failure.kind === "no-cli") return new ImageError(`image ${reference}: the docker CLI (${command}) is not installed; pass a saved image instead (docker-archive:FILE, oci-archive:FILE, oci-dir:DIR or dir:ROOTFS)`);
  if (failure.kind === "no-daemon") return new ImageError(`image ${reference}: the Docker daemon does not answer (${failure.detail}); start it, or pass a saved image (docker-archive:FILE)`);
  if (failure.kind === "not-found") return new NotInDaemonError(`image ${reference} is not in the local Docker daemon (\`docker image ls\` lists what is); build it first, or pass a saved image (docker-archive:FILE)`);
  return new ImageError(`image ${reference}: \`${command} ${args.join(" ")}\` failed: ${failure.detail}`);
}
function checkReference(reference) {
  if (reference.startsWith("-")) throw new ConfigurationError(`image reference ${JSON.stringify(reference)} starts with "-", which docker would take as an option; give an image name such as my-service:latest, or an image ID`);
}
async function daemonImageId(reference, options) {
  checkReference(reference);
  const id = (await docker(["image", "inspect", "--format", "{{.Id}}", "--", reference], reference, options)).trim();
  if (!/^sha256:[0-9a-f]{64}$/.test(id)) throw new ImageError(`image ${reference}: the Docker daemon gave ${JSON.stringify(id.slice(0, 100))} as its ID, not a sha256 digest`);
  return id;
}
async function daemonImage(reference, options) {
  checkReference(reference);
  const text = await docker(["image", "inspect", "--format", "{{json .}}", "--", reference], reference, options);
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImageError(`image ${reference}: the Docker daemon's description of it is not JSON (${error.message})`);
  }
  const top = typeof json === "object" && json !== null ? json : {};
  const id = typeof top.Id === "string" ? top.Id : "";
  if (!/^sha256:[0-9a-f]{64}$/.test(id)) throw new ImageError(`image ${reference}: the Docker daemon gave ${JSON.stringify(id.slice(0, 100))} as its ID, not a sha256 digest`);
  const volumes = top.Config?.Volumes;
  const driver = top.GraphDriver?.Name;
  return { id, config: parseImageConfig(json, `image ${reference}`), volumes: typeof volumes === "object" && volumes !== null ? Object.keys(volumes) : [], storageDriver: typeof driver === "string" ? driver : void 0 };
}
var NEVER_STARTED = "/import-guard-reads-this-container-and-never-starts-it";
async function createReadingContainer(id, reference, options) {
  const args = ["container", "create", "--network", "none", "--entrypoint", NEVER_STARTED, ...options.label ? ["--label", options.label] : [], "--", id];
  const created = (await docker(args, reference, options)).trim().split("\n").at(-1) ?? "";
  if (!/^[0-9a-f]{64}$/.test(created)) throw new ImageError(`image ${reference}: \`docker container create\` gave ${JSON.stringify(created.slice(0, 100))}, not a container ID`);
  return created;
}
async function removeReadingContainer(container, reference, options) {
  await docker(["container", "rm", "--force", "--volumes", "--", container], reference, options).catch(() => void 0);
}
async function* exportContainer(container, reference, options) {
  const args = ["container", "export", "--", container];
  try {
    yield* streamDocker(args, options.dockerCommand);
  } catch (error) {
    throw explained(error, args, reference, options);
  } finally {
    await removeReadingContainer(container, reference, options);
  }
}
async function* exportDaemonImage(id, reference, options) {
  const args = ["image", "save", "--", id];
  try {
    yield* streamDocker(args, options.dockerCommand);
  } catch (error) {
    throw explained(error, args, reference, options);
  }
}

// src/image/registry/open.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/image/registry/challenge.ts
var TOKEN_CHAR = /^[!#$%&'*+.^_`|~0-9A-Za-z-]$/;
function parseChallenges(header) {
  const challenges = [];
  let at2 = 0;
  const skipSpace = () => {
    while (at2 < header.length && (header[at2] === " " || header[at2] === "	")) at2++;
  };
  const token = () => {
    const start = at2;
    while (at2 < header.length && TOKEN_CHAR.test(header[at2])) at2++;
    return header.slice(start, at2);
  };
  const quoted2 = () => {
    at2++;
    let value = "";
    while (at2 < header.length && header[at2] !== '"') {
      if (header[at2] === "\\" && at2 + 1 < header.length) at2++;
      value += header[at2];
      at2++;
    }
    at2++;
    return value;
  };
  let current;
  while (at2 < header.length) {
    skipSpace();
    if (header[at2] === ",") {
      at2++;
      continue;
    }
    const start = at2;
    const name = token();
    if (name === "") {
      at2++;
      continue;
    }
    skipSpace();
    if (header[at2] === "=" && current) {
      at2++;
      skipSpace();
      const value = header[at2] === '"' ? quoted2() : token();
      current.params[name.toLowerCase()] = value;
    } else if (header[at2] === "=" && !current) {
      at2 = start + name.length + 1;
    } else {
      current = { scheme: name.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}

// src/image/registry/reference.ts
function parseRegistryReference(text) {
  if (!couldBeReference(text) || text.startsWith("-")) {
    throw new ConfigurationError(`registry:${text} is not an image reference; expected registry:HOST[:PORT]/REPOSITORY[:TAG][@DIGEST], for example registry:ghcr.io/org/app:1.0`);
  }
  const full = normalizeReference(text);
  const slash = full.indexOf("/");
  const registry = full.slice(0, slash);
  let rest = full.slice(slash + 1);
  let digest;
  const at2 = rest.indexOf("@");
  if (at2 !== -1) [rest, digest] = [rest.slice(0, at2), rest.slice(at2 + 1)];
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon !== -1) [rest, tag] = [rest.slice(0, colon), rest.slice(colon + 1)];
  return { registry, apiHost: registry === "docker.io" ? "registry-1.docker.io" : registry, repository: rest, ...tag !== void 0 && { tag }, ...digest !== void 0 && { digest } };
}
function referenceName(reference) {
  return `${reference.registry}/${reference.repository}`;
}

// src/image/registry/transport.ts
import http from "node:http";
import https from "node:https";
import tls from "node:tls";
var MAX_ATTEMPTS = 4;
var RETRY_BASE_MS = 500;
var MAX_RETRY_AFTER_MS = 1e4;
var MAX_REDIRECTS = 5;
var IDLE_TIMEOUT_MS = 3e4;
var RegistryConnectionError = class extends ImageError {
  name = "RegistryConnectionError";
};
var LOOPBACK = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
function isLoopback(host) {
  return LOOPBACK.has(host.toLowerCase());
}
var RETRY_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var RETRY_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "EAI_AGAIN", "UND_ERR_SOCKET", "IDLE_TIMEOUT"]);
var TLS_CODES = /* @__PURE__ */ new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "SELF_SIGNED_CERT_IN_CHAIN", "DEPTH_ZERO_SELF_SIGNED_CERT", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "UNABLE_TO_GET_ISSUER_CERT", "CERT_HAS_EXPIRED", "ERR_TLS_CERT_ALTNAME_INVALID", "CERT_UNTRUSTED", "CERT_SIGNATURE_FAILURE"]);
function isTransient(error) {
  const code = error?.code;
  return code !== void 0 && RETRY_CODES.has(code) || error?.message === "socket hang up";
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
var Transport = class {
  options;
  agent;
  plainAgent;
  constructor(options = {}) {
    this.options = options;
  }
  get retryBaseMs() {
    return this.options.retryBaseMs ?? RETRY_BASE_MS;
  }
  /** Whether plain HTTP may be used for this host (`host` or `host:port`). */
  allowsPlain(host) {
    return this.options.insecure === true || isLoopback(hostname(host));
  }
  httpsAgent() {
    if (!this.agent) {
      const extra = this.options.extraCa;
      const ca = extra ? [.../* @__PURE__ */ new Set([...tls.getCACertificates("default"), ...systemCertificates()]), extra] : void 0;
      this.agent = new https.Agent({ keepAlive: true, maxSockets: 8, ...ca && { ca } });
    }
    return this.agent;
  }
  httpAgent() {
    this.plainAgent ??= new http.Agent({ keepAlive: true, maxSockets: 8 });
    return this.plainAgent;
  }
  /**
   * One request, retried on 429/5xx and dropped connections (MAX_ATTEMPTS, backoff from
   * RETRY_BASE_MS), following redirects. Any status it ends with is returned; the caller reads
   * or discards the body.
   */
  async request(url, method, headers2, what) {
    for (let attempt2 = 1; ; attempt2++) {
      let response;
      try {
        response = await this.follow(url, method, headers2, what);
      } catch (error) {
        if (attempt2 < MAX_ATTEMPTS && isTransient(error)) {
          await sleep(this.retryBaseMs * 2 ** (attempt2 - 1));
          continue;
        }
        throw this.explain(error, url, what, attempt2);
      }
      if (attempt2 < MAX_ATTEMPTS && RETRY_STATUS.has(response.status)) {
        response.body.resume();
        const after = Number(response.headers["retry-after"]);
        const backoff = this.retryBaseMs * 2 ** (attempt2 - 1);
        await sleep(Number.isFinite(after) && after > 0 ? Math.max(backoff, Math.min(after * 1e3, MAX_RETRY_AFTER_MS)) : backoff);
        continue;
      }
      return response;
    }
  }
  async follow(start, method, headers2, what) {
    let url = start;
    let sent = headers2;
    for (let hop = 0; ; hop++) {
      const response = await this.once(url, method, sent);
      const location = response.headers.location;
      if (![301, 302, 303, 307, 308].includes(response.status) || location === void 0) return response;
      response.body.resume();
      if (hop >= MAX_REDIRECTS) throw new RegistryConnectionError(`${what}: ${url.host} redirected more than ${MAX_REDIRECTS} times; the registry or its storage is misconfigured`);
      let next;
      try {
        next = new URL(location, url);
      } catch {
        throw new RegistryConnectionError(`${what}: ${url.host} redirected to ${JSON.stringify(location.slice(0, 200))}, which is not a URL`);
      }
      if (next.protocol === "http:" && !this.allowsPlain(next.host)) {
        throw new RegistryConnectionError(`${what}: ${url.host} redirected to plain HTTP at ${next.host}, which is refused; set registry-insecure to allow plain HTTP`);
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") throw new RegistryConnectionError(`${what}: ${url.host} redirected to a ${next.protocol} URL`);
      if (next.origin !== url.origin) sent = withoutAuthorization(sent);
      url = next;
    }
  }
  once(url, method, headers2) {
    const plain = url.protocol === "http:";
    const timeout = this.options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const request = (plain ? http : https).request(url, { method, headers: { "user-agent": "import-guard", ...headers2 }, agent: plain ? this.httpAgent() : this.httpsAgent(), timeout });
      request.on("timeout", () => request.destroy(Object.assign(new Error(`no answer for ${timeout / 1e3} s`), { code: "IDLE_TIMEOUT" })));
      request.on("error", reject);
      request.on("response", (body) => {
        body.setTimeout?.(timeout, () => body.destroy(Object.assign(new Error(`no data for ${timeout / 1e3} s`), { code: "IDLE_TIMEOUT" })));
        resolve({ status: body.statusCode ?? 0, headers: body.headers, body, url });
      });
      request.end();
    });
  }
  /** An error of the connection as a message naming the host and what to do. */
  explain(error, url, what, attempts) {
    if (error instanceof ImageError) return error;
    const cause = { cause: error };
    const code = error.code ?? "";
    const message = error.message;
    const tried = attempts > 1 ? ` (after ${attempts} attempts)` : "";
    if (TLS_CODES.has(code)) {
      return new RegistryConnectionError(`${what}: the TLS certificate of ${url.host} is not trusted (${code}: ${message}); give the CA certificate that signed it as registry-ca (a PEM file), or set NODE_EXTRA_CA_CERTS`, cause);
    }
    if (code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "EPROTO") {
      return new RegistryConnectionError(`${what}: ${url.host} does not speak TLS (${message}); a registry on plain HTTP is read only on localhost, or with registry-insecure set`, cause);
    }
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") {
      return new RegistryConnectionError(`${what}: cannot connect to ${url.host} (${code})${tried}; check the registry's host name and port, and that it runs`, cause);
    }
    return new RegistryConnectionError(`${what}: the connection to ${url.host} failed${tried}: ${code ? `${code}: ` : ""}${message}`, cause);
  }
  close() {
    this.agent?.destroy();
    this.plainAgent?.destroy();
    this.agent = void 0;
    this.plainAgent = void 0;
  }
};
function withoutAuthorization(headers2) {
  return Object.fromEntries(Object.entries(headers2).filter(([name]) => name.toLowerCase() !== "authorization"));
}
function systemCertificates() {
  try {
    return tls.getCACertificates("system");
  } catch {
    return [];
  }
}
function hostname(host) {
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  const colon = host.indexOf(":");
  return colon === -1 ? host : host.slice(0, colon);
}
async function readBody(response, limit, what) {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    response.body.destroy();
    throw new ImageError(`${what} is ${declared} bytes, over the limit of ${limit} bytes for a registry document; check the reference`);
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > limit) {
      response.body.destroy();
      throw new ImageError(`${what} is over the limit of ${limit} bytes for a registry document; check the reference`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// src/image/registry/client.ts
var MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json"
];
var MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
var RegistryClient = class {
  reference;
  transport;
  options;
  scheme = "https:";
  authorization;
  credentials = null;
  constructor(reference, options = {}) {
    this.reference = reference;
    this.options = options;
    this.transport = new Transport(options);
  }
  get name() {
    return referenceName(this.reference);
  }
  async lookupCredentials() {
    if (this.credentials === null) {
      const given2 = this.options.credentials;
      this.credentials = typeof given2 === "function" ? await given2() : given2;
    }
    return this.credentials;
  }
  url(path18) {
    return new URL(`${this.scheme}//${this.reference.apiHost}/v2/${this.reference.repository}/${path18}`);
  }
  /**
   * A request to the registry, authorised: the first 401 is answered as its challenge asks and
   * the request sent again. A loopback registry without TLS is spoken to in plain HTTP.
   */
  async request(path18, method, headers2, what) {
    let answered = false;
    for (let round = 0; ; round++) {
      const sent = { ...headers2, ...this.authorization && { authorization: this.authorization } };
      let response;
      try {
        response = await this.transport.request(this.url(path18), method, sent, what);
      } catch (error) {
        if (this.scheme === "https:" && round === 0 && speaksPlain(error.cause) && this.transport.allowsPlain(this.reference.apiHost)) {
          this.scheme = "http:";
          continue;
        }
        throw error;
      }
      if (response.status !== 401 || answered) return response;
      response.body.resume();
      answered = true;
      if (!await this.answer(parseChallenges(headerText(response.headers["www-authenticate"])), what)) return response;
    }
  }
  /** Sets the authorization a challenge asks for; false when none can be given. */
  async answer(challenges, what) {
    const bearer = challenges.find((challenge) => challenge.scheme === "bearer");
    const credentials = await this.lookupCredentials();
    if (bearer) {
      this.authorization = `Bearer ${await this.token(bearer, credentials, what)}`;
      return true;
    }
    if (challenges.some((challenge) => challenge.scheme === "basic") && credentials) {
      this.authorization = basic(credentials);
      return true;
    }
    return false;
  }
  /** A token from the challenge's realm for `repository:NAME:pull`, asked with the credentials when there are any. */
  async token(challenge, credentials, what) {
    const realm = challenge.params.realm;
    let url;
    try {
      url = new URL(realm ?? "");
    } catch {
      throw new ImageError(`${what}: registry ${this.reference.registry} asks for a token from ${JSON.stringify((realm ?? "").slice(0, 200))}, which is not a URL`);
    }
    if (url.protocol !== "https:" && !(url.protocol === "http:" && this.transport.allowsPlain(url.host))) {
      throw new ImageError(`${what}: registry ${this.reference.registry} asks for a token from ${url.origin}, which is not HTTPS; set registry-insecure to allow it`);
    }
    if (challenge.params.service !== void 0) url.searchParams.set("service", challenge.params.service);
    url.searchParams.set("scope", `repository:${this.reference.repository}:pull`);
    const response = await this.transport.request(url, "GET", credentials ? { authorization: basic(credentials) } : {}, `${what}: token from ${url.host}`);
    if (response.status === 401 || response.status === 403) {
      response.body.resume();
      throw this.accessError(response.status, what, credentials !== void 0);
    }
    if (response.status !== 200) {
      response.body.resume();
      throw new ImageError(`${what}: the token server ${url.host} answered HTTP ${response.status}`);
    }
    const body = await readBody(response, MAX_TOKEN_RESPONSE_BYTES, `${what}: the token from ${url.host}`);
    let json;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      throw new ImageError(`${what}: the token server ${url.host} answered with no JSON`);
    }
    const token = typeof json.token === "string" ? json.token : json.access_token;
    if (typeof token !== "string" || token === "" || /[\r\n]/.test(token)) throw new ImageError(`${what}: the token server ${url.host} answered with no token`);
    return token;
  }
  /** The message for 401/403/404: the registry, the repository, and what to do. */
  accessError(status, what, withCredentials, missing = `image ${this.describe()}`) {
    const registry = this.reference.registry;
    if (status === 401) {
      return new ImageError(
        withCredentials ? `${what}: registry ${registry} refused the credentials given for ${this.reference.repository} (HTTP 401); check registry-username and registry-password (or the docker login for ${registry})` : `${what}: registry ${registry} needs credentials to pull ${this.reference.repository} (HTTP 401); give registry-username and registry-password, or docker login ${registry} before the step`
      );
    }
    if (status === 403) return new ImageError(`${what}: registry ${registry} denied pulling ${this.reference.repository} (HTTP 403); the account given may not read it: check its permissions, or the repository's name`);
    if (status === 404) return new ImageError(`${what}: registry ${registry} has no ${missing} (HTTP 404); check the repository name and the tag, and that the image was pushed`);
    return new ImageError(`${what}: registry ${registry} answered HTTP ${status} for ${this.reference.repository}`);
  }
  describe() {
    const { tag, digest } = this.reference;
    return `${this.name}${digest ? `@${digest}` : `:${tag ?? "latest"}`}`;
  }
  async failed(response, what, missing) {
    response.body.resume();
    throw this.accessError(response.status, what, await this.lookupCredentials() !== void 0, missing);
  }
  /** A manifest (or index) by tag or digest, at most `limit` bytes, with the media type the registry gave. */
  async manifest(reference, limit) {
    const what = `registry:${this.name}`;
    const response = await this.request(`manifests/${reference}`, "GET", { accept: MANIFEST_TYPES.join(", ") }, what);
    if (response.status !== 200) await this.failed(response, what, reference.includes(":") ? `manifest ${reference} in ${this.reference.repository}` : void 0);
    const contentType = headerText(response.headers["content-type"]).split(";")[0].trim();
    return { bytes: await readBody(response, limit, `${what}: manifest ${reference}`), mediaType: contentType === "" ? void 0 : contentType };
  }
  /** A blob's size by digest (HEAD), for one no manifest described. */
  async blobSize(digest) {
    const what = `registry:${this.name}`;
    const response = await this.request(`blobs/${digest}`, "HEAD", {}, what);
    response.body.resume();
    if (response.status === 404) return void 0;
    if (response.status !== 200) await this.failed(response, what);
    const size = Number(response.headers["content-length"]);
    return Number.isSafeInteger(size) && size >= 0 ? size : void 0;
  }
  /**
   * A blob's bytes by digest, exactly `size` of them. A connection dropped midway is resumed
   * where it stopped (a Range request), within the same bound of attempts as any request.
   */
  async *blob(digest, size, what) {
    let received = 0;
    for (let attempt2 = 1; ; attempt2++) {
      const range = received > 0 ? { range: `bytes=${received}-` } : void 0;
      const response = await this.request(`blobs/${digest}`, "GET", { ...range }, what);
      if (response.status === 404) await this.failed(response, what, `blob ${digest} in ${this.reference.repository}`);
      if (response.status !== 200 && response.status !== 206) await this.failed(response, what);
      let skip = response.status === 206 ? 0 : received;
      try {
        for await (const chunk of response.body) {
          let piece = chunk;
          if (skip > 0) {
            const dropped = Math.min(skip, piece.length);
            skip -= dropped;
            piece = piece.subarray(dropped);
            if (piece.length === 0) continue;
          }
          received += piece.length;
          if (received > size) {
            response.body.destroy();
            throw new ImageError(`${what}: blob ${digest} is longer than the ${size} bytes its descriptor gives; the registry serves altered content`);
          }
          yield piece;
        }
      } catch (error) {
        if (attempt2 < MAX_ATTEMPTS && isTransient(error)) {
          await sleep(this.transport.retryBaseMs * 2 ** (attempt2 - 1));
          continue;
        }
        if (error instanceof ImageError) throw error;
        throw this.transport.explain(error, this.url(`blobs/${digest}`), what, attempt2);
      }
      if (received < size && attempt2 < MAX_ATTEMPTS && response.body.readableAborted) continue;
      if (received < size) throw new ImageError(`${what}: blob ${digest} ended after ${received} of ${size} bytes; the registry or the connection failed`);
      return;
    }
  }
  close() {
    this.transport.close();
  }
};
function speaksPlain(error) {
  const { code, message } = error ?? {};
  return code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "EPROTO" && typeof message === "string" && message.includes("wrong version number");
}
function basic(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
function headerText(value) {
  return Array.isArray(value) ? value.join(", ") : value ?? "";
}

// src/image/registry/credentials.ts
import { execFile } from "node:child_process";
import { readFile as readFile2 } from "node:fs/promises";
import os2 from "node:os";
import path10 from "node:path";
var HELPER_TIMEOUT_MS = 3e4;
var HELPER_OUTPUT_BYTES = 64 * 1024;
var CONFIG_BYTES = 1024 * 1024;
var DOCKER_HUB_KEY = "https://index.docker.io/v1/";
function keyHost(key) {
  let host = key.replace(/^https?:\/\//, "");
  const slash = host.indexOf("/");
  if (slash !== -1) host = host.slice(0, slash);
  return host.toLowerCase();
}
function isDockerHub(host) {
  return ["docker.io", "index.docker.io", "registry-1.docker.io"].includes(host.toLowerCase());
}
function dockerConfigPath(env = process.env) {
  const folder = env.DOCKER_CONFIG && env.DOCKER_CONFIG !== "" ? env.DOCKER_CONFIG : path10.join(os2.homedir(), ".docker");
  return path10.join(folder, "config.json");
}
async function readDockerConfig(file) {
  let text;
  try {
    const bytes = await readFile2(file);
    if (bytes.length > CONFIG_BYTES) throw new ConfigurationError(`${file} is over ${CONFIG_BYTES} bytes; is it a docker config file?`);
    text = bytes.toString("utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  try {
    const json = JSON.parse(text);
    return typeof json === "object" && json !== null ? json : void 0;
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON (${error.message}); fix it, or give registry-username and registry-password`);
  }
}
async function dockerCredentials(host, env = process.env) {
  const file = dockerConfigPath(env);
  const config = await readDockerConfig(file);
  if (!config) return void 0;
  const wanted = host.toLowerCase();
  const matches2 = (key) => keyHost(key) === wanted || isDockerHub(wanted) && isDockerHub(keyHost(key));
  const helperKey = Object.keys(config.credHelpers ?? {}).find(matches2);
  const serverName = isDockerHub(wanted) ? DOCKER_HUB_KEY : host;
  if (helperKey !== void 0) return runHelper(config.credHelpers[helperKey], serverName, file);
  const authKey = Object.keys(config.auths ?? {}).find(matches2);
  const entry = authKey === void 0 ? void 0 : config.auths[authKey];
  if (entry && typeof entry.auth === "string" && entry.auth !== "") {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon === -1) throw new ConfigurationError(`${file}: the auth of ${authKey} is not base64 of user:password; log in again with docker login ${host}`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry && typeof entry.username === "string" && typeof entry.password === "string") return { username: entry.username, password: entry.password };
  if (typeof config.credsStore === "string" && config.credsStore !== "") return runHelper(config.credsStore, serverName, file);
  return void 0;
}
var HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function runHelper(name, serverName, configFile) {
  if (!HELPER_NAME.test(name)) throw new ConfigurationError(`${configFile} names the credential helper ${JSON.stringify(name.slice(0, 80))}, which is not a helper name`);
  const program = `docker-credential-${name}`;
  return new Promise((resolve, reject) => {
    const child = execFile(program, ["get"], { timeout: HELPER_TIMEOUT_MS, maxBuffer: HELPER_OUTPUT_BYTES, encoding: "utf8" }, (error, stdout) => {
      if (error) {
        const code = error.code;
        if (code === "ENOENT") return reject(new ConfigurationError(`${configFile} asks for the credential helper ${program}, which is not on PATH; install it, or give registry-username and registry-password`));
        if (/credentials not found/i.test(stdout)) return resolve(void 0);
        if (error.killed) return reject(new ConfigurationError(`${program} get did not answer within ${HELPER_TIMEOUT_MS / 1e3} s`));
        return reject(new ConfigurationError(`${program} get failed (${stdout.trim().slice(0, 200) || error.message.slice(0, 200)}); log in again, or give registry-username and registry-password`));
      }
      let json;
      try {
        json = JSON.parse(stdout);
      } catch {
        return reject(new ConfigurationError(`${program} get printed no JSON; is it a docker credential helper?`));
      }
      if (typeof json.Username !== "string" || typeof json.Secret !== "string") return reject(new ConfigurationError(`${program} get printed no Username and Secret`));
      if (json.Username === "<token>") return reject(new ConfigurationError(`${program} holds an identity token for ${serverName}, which import-guard cannot use; give registry-username and registry-password`));
      resolve({ username: json.Username, password: json.Secret });
    });
    child.stdin?.on("error", () => {
    });
    child.stdin?.end(serverName);
  });
}

// src/image/registry/registry-files.ts
import { createHash as createHash2 } from "node:crypto";
var BLOB_NAME = /^blobs\/([a-z0-9]+)\/([0-9a-f]+)$/;
var DOCKER_SCHEMA1 = /* @__PURE__ */ new Set(["application/vnd.docker.distribution.manifest.v1+json", "application/vnd.docker.distribution.manifest.v1+prettyjws"]);
var RegistryFiles = class _RegistryFiles {
  location;
  /** Layers read from here can be fetched again after the first pass: the client outlives close(). */
  refetchable = true;
  client;
  /** Manifests and indexes fetched, by digest (each at most MAX_JSON_BYTES; the layout reader bounds their count). */
  manifests = /* @__PURE__ */ new Map();
  /** Digests that manifests read so far name as manifests (an index's entries). */
  manifestDigests = /* @__PURE__ */ new Set();
  /** Sizes that manifests read so far give their blobs: the stream is held to them. */
  declaredSizes = /* @__PURE__ */ new Map();
  layoutFiles = /* @__PURE__ */ new Map();
  closed = false;
  /** The digest of the manifest the reference named. */
  topDigest;
  constructor(client, topDigest, topBytes, mediaType) {
    this.client = client;
    this.location = `registry:${client.describe()}`;
    this.topDigest = topDigest;
    this.manifests.set(topDigest, topBytes);
    this.note(topBytes);
    const descriptor = { ...mediaType && { mediaType }, digest: topDigest, size: topBytes.length };
    this.layoutFiles.set("oci-layout", Buffer.from(JSON.stringify({ imageLayoutVersion: "1.0.0" })));
    this.layoutFiles.set("index.json", Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [descriptor] })));
  }
  /** Fetches the manifest the reference names (checked against its digest when it gives one). */
  static async open(client) {
    const { tag, digest } = client.reference;
    const { bytes, mediaType } = await client.manifest(digest ?? tag ?? "latest", MAX_JSON_BYTES);
    const where2 = `registry:${client.describe()}`;
    if (mediaType && DOCKER_SCHEMA1.has(mediaType)) {
      throw new ImageError(`${where2}: the registry has only a Docker schema 1 manifest for it, a format retired in 2017 that import-guard does not read; push the image again with a current docker or skopeo`);
    }
    const algorithm = digest ? digestAlgorithm(digest, where2) : "sha256";
    const actual = `${algorithm}:${createHash2(algorithm).update(bytes).digest("hex")}`;
    if (digest && actual !== digest) throw new BlobMismatchError(`${where2}: the registry answered with a manifest whose digest is ${actual}, not the ${digest} asked for`);
    return new _RegistryFiles(client, actual, bytes, mediaType);
  }
  /** `repository@digest` of the manifest read (of the platform chosen, when the reference named an index). */
  pullReference(manifestDigest) {
    return `${referenceName(this.client.reference)}@${manifestDigest}`;
  }
  /** Learns from a manifest or index what its descriptors name: manifests, and blob sizes. */
  note(bytes) {
    let json;
    try {
      json = JSON.parse(bytes.toString("utf8"));
    } catch {
      return;
    }
    if (typeof json !== "object" || json === null) return;
    const descriptors = (value) => (Array.isArray(value) ? value : [value]).filter((item) => typeof item === "object" && item !== null && typeof item.digest === "string");
    for (const child of descriptors(json.manifests)) {
      this.manifestDigests.add(child.digest);
      this.recordSize(child);
    }
    for (const blob of [...descriptors(json.config), ...descriptors(json.layers)]) this.recordSize(blob);
  }
  recordSize(descriptor) {
    if (Number.isSafeInteger(descriptor.size) && descriptor.size >= 0) this.declaredSizes.set(descriptor.digest, descriptor.size);
  }
  digestOf(name) {
    const match = BLOB_NAME.exec(name);
    return match ? `${match[1]}:${match[2]}` : void 0;
  }
  async fetchManifest(digest) {
    let bytes = this.manifests.get(digest);
    if (!bytes) {
      bytes = (await this.client.manifest(digest, MAX_JSON_BYTES)).bytes;
      this.manifests.set(digest, bytes);
      this.note(bytes);
    }
    return bytes;
  }
  async size(name) {
    const layoutFile = this.layoutFiles.get(name);
    if (layoutFile) return layoutFile.length;
    const digest = this.digestOf(name);
    if (!digest) return void 0;
    if (this.manifests.has(digest) || this.manifestDigests.has(digest)) return (await this.fetchManifest(digest)).length;
    return this.declaredSizes.get(digest) ?? await this.client.blobSize(digest);
  }
  async read(name, maxBytes) {
    const layoutFile = this.layoutFiles.get(name);
    if (layoutFile) return layoutFile;
    const digest = this.digestOf(name);
    if (!digest) throw new ImageError(`${this.location}: ${name} is missing`);
    if (this.manifests.has(digest) || this.manifestDigests.has(digest)) return this.fetchManifest(digest);
    const size = this.declaredSizes.get(digest) ?? await this.client.blobSize(digest);
    if (size === void 0) throw new ImageError(`${this.location}: blob ${digest} is missing`);
    if (size > maxBytes) throw new ImageError(`${this.location}: ${name} is ${size} bytes, more than the ${maxBytes} expected`);
    const chunks = [];
    for await (const chunk of this.chunks(name)) chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    this.note(bytes);
    return bytes;
  }
  /** The blob's bytes as fetched, its digest and length checked when the stream ends. */
  async *chunks(name) {
    const layoutFile = this.layoutFiles.get(name);
    if (layoutFile) {
      yield layoutFile;
      return;
    }
    const digest = this.digestOf(name);
    if (!digest) throw new ImageError(`${this.location}: ${name} is missing`);
    const where2 = `${this.location}: blob ${digest}`;
    const algorithm = digestAlgorithm(digest, where2);
    if (this.manifests.has(digest) || this.manifestDigests.has(digest)) {
      yield await this.fetchManifest(digest);
      return;
    }
    const size = this.declaredSizes.get(digest) ?? await this.client.blobSize(digest);
    if (size === void 0) throw new ImageError(`${this.location}: blob ${digest} is missing`);
    const hash = createHash2(algorithm);
    let length = 0;
    try {
      for await (const chunk of this.client.blob(digest, size, this.location)) {
        hash.update(chunk);
        length += chunk.length;
        yield chunk;
      }
    } finally {
      if (this.closed) this.client.close();
    }
    const actual = `${algorithm}:${hash.digest("hex")}`;
    if (actual !== digest || length !== size) {
      throw new BlobMismatchError(`${where2}: the registry served ${length} bytes whose digest is ${actual}; the blob is corrupt or altered in the registry`);
    }
  }
  where() {
    return Promise.resolve(void 0);
  }
  /** Ends idle connections; the client stays usable for layers read again later. */
  close() {
    this.closed = true;
    this.client.close();
    return Promise.resolve();
  }
};

// src/image/registry/open.ts
var MAX_CA_BYTES = 1024 * 1024;
async function openRegistryFiles(location, options) {
  const reference = parseRegistryReference(location);
  if (options.username === void 0 !== (options.password === void 0)) {
    throw new ConfigurationError("registry-username and registry-password go together: give both, or neither to use the docker config file");
  }
  const given2 = options.username !== void 0 ? { username: options.username, password: options.password } : void 0;
  let extraCa;
  if (options.caFile) {
    let bytes;
    try {
      bytes = await readFile3(options.caFile);
    } catch (error) {
      throw new ConfigurationError(`registry-ca ${options.caFile}: ${error.message}`);
    }
    if (bytes.length > MAX_CA_BYTES || !bytes.includes("-----BEGIN CERTIFICATE-----")) {
      throw new ConfigurationError(`registry-ca ${options.caFile} is not a PEM file of CA certificates (-----BEGIN CERTIFICATE----- ...), at most ${MAX_CA_BYTES} bytes`);
    }
    extraCa = bytes.toString("utf8");
  }
  const client = new RegistryClient(reference, {
    credentials: given2 ?? (() => dockerCredentials(reference.registry, options.env)),
    extraCa,
    insecure: options.insecure,
    ...options.retryBaseMs !== void 0 && { retryBaseMs: options.retryBaseMs }
  });
  try {
    return await RegistryFiles.open(client);
  } catch (error) {
    client.close();
    throw error;
  }
}

// src/image/open-image.ts
var KEEP_NOTHING = () => 0;
var MAX_READING_VOLUMES = 32;
var EXPORT_PLAIN_BUDGET = 4 * 1024 * 1024;
function contentStore(options) {
  return new ContentStore({
    ...options.tempDir && { spillDir: options.tempDir },
    ...options.contentMemoryBudget !== void 0 && { memoryBudget: options.contentMemoryBudget },
    ...options.compressedMemoryBudget !== void 0 && { compressedBudget: options.compressedMemoryBudget }
  });
}
async function openImage(source2, options = {}) {
  const spec = await splitArchiveReference(typeof source2 === "string" ? parseSource(source2) : source2);
  const kind = spec.kind === "auto" ? await detectKind(spec.location, options) : spec.kind;
  if (kind === "docker") {
    return openDaemonImage(spec.location, options).catch((error) => {
      if (error instanceof NotInDaemonError && spec.kind === "auto" && spec.location.includes("/")) {
        throw new ImageError(`image ${spec.location} is not in the local Docker daemon (\`docker image ls\` lists what is), and no file or directory has that name; build the image first, or give the path of a saved image`);
      }
      throw error;
    });
  }
  if (kind === "dir") return openRootfs(spec.location, options);
  if (kind === "registry") return openRegistry(spec.location, options);
  return openLayoutSource({ ...spec, kind }, options);
}
async function detectKind(location, options) {
  if (await isFile(location)) return "docker-archive";
  if (await isDirectory(location)) {
    const files = await DirectoryFiles.open(location);
    if (await detectLayout(files)) return "oci-dir";
    if (options.configFile || await looksLikeRootfs(location)) return "dir";
    throw new ImageError(`${location} is not an image: it holds no OCI image layout (oci-layout and index.json), no docker-archive (manifest.json), and no root filesystem (${ROOTFS_FOLDERS.map((name) => `${name}/`).join(", ")} at its top); give oci-dir:DIR, oci-archive:FILE, docker-archive:FILE, docker:REF, or dir:ROOTFS for a root filesystem laid out otherwise`);
  }
  if (!couldBeReference(location) && !location.startsWith("-")) throw new ImageError(`${location}: no such file or directory (expected an image archive, an OCI layout folder or a root filesystem)`);
  return "docker";
}
var ROOTFS_FOLDERS = ["usr", "bin", "lib", "etc", "opt"];
async function looksLikeRootfs(location) {
  for (const name of ROOTFS_FOLDERS) if (await isDirectory(path11.join(location, name))) return true;
  return false;
}
var KIND_NAMES = {
  "docker": "a Docker daemon image",
  "docker-archive": "a docker-archive (docker save)",
  "oci-dir": "an OCI image layout directory",
  "oci-archive": "an OCI archive",
  "dir": "a root filesystem directory",
  "registry": "an image in a registry"
};
async function openLayoutFiles(spec) {
  const asFile = await isFile(spec.location);
  if (!asFile && !await isDirectory(spec.location)) {
    throw new ImageError(`${spec.location}: no such file or directory (expected ${KIND_NAMES[spec.kind]})`);
  }
  if (spec.kind === "oci-archive" && !asFile) {
    throw new ImageError(`${spec.location} is a folder, and oci-archive: expects a file (a tar of an OCI layout); for a folder use oci-dir:${spec.location}`);
  }
  return asFile ? TarFiles.open(spec.location) : DirectoryFiles.open(spec.location);
}
async function layoutKind(files, spec) {
  const layout = await detectLayout(files);
  if (!layout) {
    throw new ImageError(`${spec.location}: neither an OCI image layout (oci-layout + index.json) nor a docker-archive (manifest.json listing images)`);
  }
  const kind = layout === "docker-archive" ? "docker-archive" : files instanceof TarFiles ? "oci-archive" : "oci-dir";
  if (spec.kind === "oci-archive" && layout !== "oci") {
    throw new ImageError(`${spec.location} is a docker-archive, not an OCI archive: use docker-archive:${spec.location} or no prefix`);
  }
  return { layout, kind };
}
async function openLayoutSource(spec, options) {
  const files = await openLayoutFiles(spec);
  try {
    const { kind, plan: plan2 } = await planLayout(files, spec, options);
    const { fs, layers } = await readLayers(files, plan2, options);
    return { fs, config: plan2.config, layers, kind, location: spec.location, label: plan2.label, ...plan2.platform && { platform: plan2.platform } };
  } finally {
    await files.close();
  }
}
async function forEachPlatform(source2, options, each, notHeld) {
  const spec = await splitArchiveReference(typeof source2 === "string" ? parseSource(source2) : source2);
  const kind = spec.kind === "auto" ? await detectKind(spec.location, options) : spec.kind;
  if (kind === "docker" || kind === "dir") {
    const image = await openImage({ ...spec, kind }, options);
    await each(image, image.config.platform ? [image.config.platform] : []);
    return;
  }
  if (kind === "registry") {
    options.logger?.info(`reading ${spec.location} from its registry`);
    const files2 = await openRegistryFiles(spec.location, options.registry ?? {});
    try {
      await forEachOciPlatform(files2, { kind, location: spec.location }, { ...options, verifyLayers: false }, (image, platforms) => each({ ...image, pullReference: files2.pullReference(image.label) }, platforms), notHeld);
    } finally {
      await files2.close();
    }
    return;
  }
  const files = await openLayoutFiles({ ...spec, kind });
  try {
    const { layout, kind: found } = await layoutKind(files, { ...spec, kind });
    if (layout === "docker-archive") {
      const plan2 = await planDockerArchive(files, spec.reference);
      const { fs, layers } = await readLayers(files, plan2, options);
      await each({ fs, config: plan2.config, layers, kind: found, location: spec.location, label: plan2.label }, plan2.config.platform ? [plan2.config.platform] : []);
      return;
    }
    await forEachOciPlatform(files, { kind: found, location: spec.location, ...spec.reference !== void 0 && { reference: spec.reference } }, options, each, notHeld);
  } finally {
    await files.close();
  }
}
async function planLayout(files, spec, options) {
  const { layout, kind } = await layoutKind(files, spec);
  const plan2 = layout === "oci" ? await planOciLayout(files, options.platform, spec.reference) : await planDockerArchive(files, spec.reference);
  if (options.platform && layout !== "oci" && plan2.config.platform && !platformMatches(plan2.config.platform, options.platform)) {
    throw new ImageError(`${spec.location}: the image is for ${formatPlatform(plan2.config.platform)}, not ${formatPlatform(options.platform)}`);
  }
  return { kind: spec.kind === "docker" ? "docker" : kind, plan: plan2 };
}
async function openDaemonImage(reference, options) {
  const logger2 = options.logger ?? silentLogger;
  if (options.daemonRead === "container") {
    const daemon = await daemonImage(reference, options);
    if (daemon.volumes.length > MAX_READING_VOLUMES) {
      logger2.info(`${reference} declares ${daemon.volumes.length} volumes, more than the ${MAX_READING_VOLUMES} a container made to read it may mount: reading it with docker image save`);
    } else if (daemon.storageDriver === "vfs") {
      logger2.info(`the Docker daemon stores ${reference} with the vfs driver, which copies the whole image for a container: reading it with docker image save`);
    } else {
      const container = await createReadingContainer(daemon.id, reference, { ...options, ...options.containerLabel && { label: options.containerLabel } }).catch((error) => {
        if (!(error instanceof ImageError)) throw error;
        logger2.info(`no container could be made to read ${reference} from (${error.message}): reading it with docker image save`);
        return void 0;
      });
      if (container !== void 0) return openContainerImage(reference, daemon, container, options);
    }
    return openSavedDaemonImage(reference, daemon.id, options);
  }
  return openSavedDaemonImage(reference, await daemonImageId(reference, options), options);
}
async function openSavedDaemonImage(reference, daemonId, options) {
  (options.logger ?? silentLogger).info(`reading ${reference} as the Docker daemon exports it`);
  const image = await openExport(() => exportDaemonImage(daemonId, reference, options), `docker:${reference}`, options);
  return { ...image, kind: "docker", location: reference, label: reference, daemonId };
}
async function openContainerImage(reference, daemon, container, options) {
  const select = options.select ?? KEEP_NOTHING;
  const where2 = `docker:${reference} (container export)`;
  (options.logger ?? silentLogger).info(`reading ${reference} as a container of it sees it (docker container export)`);
  const creating = { ...options, ...options.containerLabel && { label: options.containerLabel } };
  const exportAgain = async function* () {
    yield* exportContainer(await createReadingContainer(daemon.id, reference, creating), reference, options);
  };
  const store = contentStore({ ...options, contentMemoryBudget: options.contentMemoryBudget ?? EXPORT_PLAIN_BUDGET });
  try {
    const { root, result } = await readContainerExport(exportContainer(container, reference, options), select, store, where2);
    const workingDir = daemon.config.workingDir.startsWith("/") ? new ImageFs(root).realpath(daemon.config.workingDir) ?? "" : "";
    const unsure = unsurePaths(root, { workingDir, volumes: daemon.volumes });
    const layers = [{ name: "container export", format: result.format, storedBytes: result.tarBytes, tarBytes: result.tarBytes, entries: result.entries.length }];
    return { fs: new ImageFs(root, store, containerContentSource(exportAgain, where2), unsure), config: daemon.config, layers, kind: "docker", location: reference, label: reference, daemonId: daemon.id };
  } catch (error) {
    store.close();
    await removeReadingContainer(container, reference, options);
    throw error;
  }
}
async function openExport(exportImage, location, options) {
  const logger2 = options.logger ?? silentLogger;
  const select = options.select ?? KEEP_NOTHING;
  const store = contentStore({ ...options, contentMemoryBudget: options.contentMemoryBudget ?? EXPORT_PLAIN_BUDGET });
  try {
    const reading = await readExport(exportImage(), { selectFor: () => select, store, location, onLayer: (name, size) => logger2.info(`reading ${name} (${formatBytes(size)})`) });
    const { plan: plan2 } = await planLayout(reading.files, { kind: "docker", location }, options);
    const tree = new TreeBuilder();
    const layers = [];
    const keys = [];
    for (const [index, layer] of plan2.layers.entries()) {
      const where2 = `${location}: layer ${index + 1} of ${plan2.layers.length} (${layer.name})`;
      const key = reading.files.canonical(layer.name);
      if (key === void 0) throw new ImageError(`${where2}: missing from the export`);
      const result = await exportedLayer(reading, key, select, store, where2);
      applyLayer(tree, result.entries, where2, index);
      keys.push(key);
      layers.push({ name: layer.name, format: result.format, storedBytes: await reading.files.size(key) ?? 0, tarBytes: result.tarBytes, entries: result.entries.length });
    }
    return { fs: new ImageFs(tree.root, store, exportContentSource(exportImage, keys, location)), config: plan2.config, layers, kind: "docker", location, label: plan2.label };
  } catch (error) {
    store.close();
    throw error;
  }
}
async function forEachOciPlatform(files, source2, options, each, notHeld) {
  const { plans, absent } = await planOciPlatforms(files, source2.reference);
  if (absent.length > 0) {
    options.logger?.warn(`${source2.location}: not checked, since the layout holds only their index entries (a partial export): ${absent.join(", ")}`);
    notHeld?.(absent);
  }
  const platforms = plans.flatMap((plan2) => plan2.platform ?? plan2.config.platform ?? []);
  if (plans.length > 1) options.logger?.info(`${source2.location} holds ${plans.length} platforms: ${platforms.map(formatPlatform).join(", ")}`);
  for (const [index, plan2] of plans.entries()) {
    const platform = plan2.platform ?? plan2.config.platform;
    if (plans.length > 1) options.logger?.info(`platform ${index + 1} of ${plans.length}: ${platform ? formatPlatform(platform) : plan2.label}`);
    const { fs, layers } = await readLayers(files, plan2, options);
    await each({ fs, config: plan2.config, layers, kind: source2.kind, location: source2.location, label: plan2.label, ...platform && { platform } }, platforms);
  }
}
function platformMatches(have, want) {
  return have.os === want.os && have.architecture === want.architecture && (!want.variant || have.variant === want.variant);
}
async function blobKey(files, name) {
  const place3 = await files.where(name);
  return place3 ? `${place3.file}\0${place3.offset}` : name;
}
async function readLayers(files, plan2, options) {
  const tree = new TreeBuilder();
  const store = contentStore(options);
  const layers = [];
  const places = [];
  const logger2 = options.logger ?? silentLogger;
  try {
    const keys = await Promise.all(plan2.layers.map((layer) => blobKey(files, layer.name)));
    const lastUse = /* @__PURE__ */ new Map();
    keys.forEach((key, index) => lastUse.set(key, index));
    const parsed = /* @__PURE__ */ new Map();
    for (const [index, layer] of plan2.layers.entries()) {
      const { name } = layer;
      const key = keys[index];
      const where2 = `${files.location}: layer ${index + 1} of ${plan2.layers.length} (${name})`;
      const storedBytes = await files.size(name) ?? 0;
      const place3 = await files.where(name);
      if (place3) {
        store.attach(place3.file);
        places[index] = { ...place3, where: where2 };
      } else if (files instanceof RegistryFiles) places[index] = { fetch: () => files.chunks(name), where: where2 };
      let result = parsed.get(key);
      if (!result) {
        logger2.info(`reading layer ${index + 1}/${plan2.layers.length} (${formatBytes(storedBytes)})`);
        const checked = options.verifyLayers === false ? { name: layer.name } : layer;
        result = await readVerifiedLayer(files, checked, options.select ?? KEEP_NOTHING, store, where2);
        if (lastUse.get(key) > index) parsed.set(key, result);
      }
      if (lastUse.get(key) === index) parsed.delete(key);
      applyLayer(tree, result.entries, where2, index);
      layers.push({ name, format: result.format, storedBytes, tarBytes: result.tarBytes, entries: result.entries.length });
    }
  } catch (error) {
    store.close();
    throw error;
  }
  return { fs: new ImageFs(tree.root, store, layerContentSource(places)), layers };
}
async function readVerifiedLayer(files, layer, select, store, where2) {
  const { name, blob } = layer;
  const diffId = layer.diffId ? { digest: layer.diffId } : void 0;
  const hashAll = async (expected) => checkBlob(await hashChunks(files.chunks(name), digestAlgorithm(expected.digest, where2)), expected, where2);
  let storedAsTar = false;
  try {
    const place3 = await files.where(name);
    if (place3) {
      storedAsTar = true;
      const indexed = indexLayer(place3, select, store, where2);
      storedAsTar = indexed !== void 0;
      if (indexed) {
        const expected2 = blob ?? diffId;
        if (expected2) await hashAll(expected2);
        return indexed;
      }
    }
    const expected = blob ?? diffId;
    const hashing = expected && new HashingChunks(files.chunks(name), digestAlgorithm(expected.digest, where2));
    const result = await readLayer(hashing ?? files.chunks(name), select, store, where2);
    storedAsTar = result.format === "tar";
    const facts = hashing?.facts();
    if (hashing && !facts) throw new Error(`${where2}: the layer reader stopped before the end of the blob`);
    if (facts && blob) checkBlob(facts, blob, where2);
    if (facts && diffId && storedAsTar) checkBlob(facts, diffId, where2);
    return result;
  } catch (error) {
    const recheck = blob ?? (storedAsTar ? diffId : void 0);
    if (recheck && error instanceof ImageError && !(error instanceof BlobMismatchError)) await hashAll(recheck);
    throw error;
  }
}
async function openRegistry(location, options) {
  options.logger?.info(`reading ${location} from its registry`);
  const files = await openRegistryFiles(location, options.registry ?? {});
  try {
    const plan2 = await planOciLayout(files, options.platform);
    const { fs, layers } = await readLayers(files, plan2, { ...options, verifyLayers: false });
    const pullReference = files.pullReference(plan2.label);
    return { fs, config: plan2.config, layers, kind: "registry", location, label: pullReference, pullReference };
  } finally {
    await files.close();
  }
}
async function openRootfs(location, options) {
  if (!await isDirectory(location)) throw new ImageError(`${location}: no such directory (expected a root filesystem)`);
  let config = emptyConfig();
  if (options.configFile) {
    let text;
    try {
      text = await readFile4(options.configFile, "utf8");
    } catch (error) {
      throw new ImageError(`image config ${options.configFile}: ${error.message}`);
    }
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ImageError(`image config ${options.configFile} is not valid JSON (${error.message})`);
    }
    config = parseImageConfig(json, `image config ${options.configFile}`);
  }
  const store = contentStore(options);
  const tree = await readRootfs(location, options.select ?? KEEP_NOTHING, store, options.logger ?? silentLogger).catch((error) => {
    store.close();
    throw error;
  });
  return { fs: new ImageFs(tree.root, store, rootfsContentSource(location)), config, layers: [], kind: "dir", location, label: location };
}

// src/image/content.ts
var MAX_SOURCE_BYTES = 32 * 1024 * 1024;
var SHEBANG_BYTES = 512;
var BIN_SCRIPT_BYTES = 16 * 1024;
var RUN_FILE_HEAD_BYTES = 1024 * 1024;
var READ_AGAIN = { whole: MAX_SOURCE_BYTES, head: RUN_FILE_HEAD_BYTES };
var METADATA_HEAD_BYTES = 16 * 1024;
var METADATA_FILES = /* @__PURE__ */ new Set(["METADATA", "PKG-INFO", "RECORD", "top_level.txt", "entry_points.txt", "INSTALLER", "direct_url.json", "namespace_packages.txt", "installed-files.txt", "SOURCES.txt"]);
var pythonAnalysisContent = (path18, size) => {
  if (path18.endsWith(".py") || path18.endsWith(".pth") || path18.endsWith(".start") || path18.endsWith(".egg-link")) return MAX_SOURCE_BYTES;
  if (path18.endsWith("/pyvenv.cfg") || path18 === "/etc/passwd" || path18 === LD_CACHE || path18.startsWith("/etc/ld-musl-") && path18.endsWith(".path")) return MAX_SOURCE_BYTES;
  const slash = path18.lastIndexOf("/");
  if ((path18.endsWith(".dist-info", slash) || path18.endsWith(".egg-info", slash)) && METADATA_FILES.has(path18.slice(slash + 1))) return MAX_SOURCE_BYTES;
  if (path18.endsWith(".egg-info")) return Math.min(size, METADATA_HEAD_BYTES) || METADATA_HEAD_BYTES;
  if (path18.endsWith("/bin", slash) || path18.endsWith("/sbin", slash)) return size <= BIN_SCRIPT_BYTES ? size || SHEBANG_BYTES : SHEBANG_BYTES;
  return 0;
};
var LD_CACHE = "/etc/ld.so.cache";
var SHARED_OBJECT = /\.so(?:\.[0-9][0-9.]*)?$/;
var PYTHON_BINARY = /\/bin\/python[0-9.]*$/;
var ELF_HEADER_BYTES = 52;
pythonAnalysisContent.elf = (path18, size) => size >= ELF_HEADER_BYTES && (SHARED_OBJECT.test(path18) || PYTHON_BINARY.test(path18));

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
  const label2 = ALIASES[normalized] ?? normalized.replace(/_/g, "-");
  try {
    if (label2 === "ascii") return new TextDecoder("windows-1252", { fatal: true });
    return new TextDecoder(label2, { fatal: true });
  } catch {
    for (const alternative of [label2.replace(/^iso(\d)/, "iso-$1"), label2.replace(/^cp(\d+)$/, "windows-$1"), label2.replace(/^iso-?8859-?(\d+)$/, "iso-8859-$1")]) {
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
  const decoder2 = decoderFor(codec);
  if (!decoder2) throw new SourceDecodeError(`unknown encoding: ${cookie ?? codec}`);
  const body = bytes.subarray(start);
  if (normalizeCodec(codec) === "ascii" || ALIASES[normalizeCodec(codec)] === "ascii") {
    for (const byte of body) if (byte > 127) throw new SourceDecodeError(`'ascii' codec can't decode byte 0x${byte.toString(16)}`);
  }
  try {
    return decoder2.decode(body);
  } catch {
    throw new SourceDecodeError(`'${codec}' codec can't decode the file`);
  }
}

// src/python/lazy-imports.ts
var LAZY_IMPORTS_MINOR = 15;
function lazyImportsSetting(options, env) {
  let fromOption;
  let ignoreEnvironment = false;
  for (let i = 0; i < options.length; i++) {
    const arg = options[i];
    if (arg === "--" || !arg.startsWith("-") || arg === "-") break;
    if (arg.startsWith("--")) continue;
    const letters = arg.slice(1);
    const valued = letters.search(/[XWmc]/);
    const flags = valued === -1 ? letters : letters.slice(0, valued);
    if (/[EI]/.test(flags)) ignoreEnvironment = true;
    if (valued === -1) continue;
    const letter = letters[valued];
    if (letter === "m" || letter === "c") break;
    const value = valued + 1 < letters.length ? letters.slice(valued + 1) : options[++i];
    if (letter === "X" && value?.startsWith("lazy_imports=") && fromOption === void 0) fromOption = value.slice("lazy_imports=".length);
  }
  if (fromOption !== void 0) return fromOption === "all" ? { mode: "all", from: `-X lazy_imports=${fromOption}` } : { mode: "normal" };
  const variable = ignoreEnvironment ? void 0 : env.get("PYTHON_LAZY_IMPORTS");
  return variable === "all" ? { mode: "all", from: "PYTHON_LAZY_IMPORTS=all" } : { mode: "normal" };
}
function mayBeLazy(statement) {
  if (statement.kind === "dynamic" || statement.module === "__future__") return false;
  if (statement.kind === "from" && statement.names.some((name) => name.name === "*")) return false;
  return statement.guards.every((guard) => guard.kind === "if" || guard.kind === "suppress");
}
function literalStrings2(value) {
  if (value.k !== "list" && value.k !== "tuple" && value.k !== "set") return void 0;
  const names = [];
  for (const element of value.elts) {
    if (element.k !== "str" || element.value === null) return void 0;
    names.push(element.value);
  }
  return names;
}
function lazyFacts(source2, minor, names) {
  const facts = { declared: [], uses: [] };
  const seen = /* @__PURE__ */ new Set();
  try {
    const text = typeof source2 === "string" ? source2 : decodeSource(source2);
    new Parser(tokenize(text, minor), minor, {
      assign(targets, value, at2) {
        if (!targets.some((target) => target.k === "name" && target.id === "__lazy_modules__")) return;
        facts.declared.push({ line: at2.line, modules: literalStrings2(value) ?? [] });
      },
      name(name, attribute, at2, guards) {
        const key = `${at2.line}:${at2.col}`;
        if (!names.has(name) || seen.has(key)) return;
        seen.add(key);
        facts.uses.push({ name, ...attribute !== void 0 && { attribute }, line: at2.line, guards });
      }
    }).parseModule();
    facts.uses.sort((a, b) => a.line - b.line);
    return facts;
  } catch {
    return void 0;
  }
}
function boundNames(statement, missing, imported) {
  if (statement.kind === "from") return statement.names.map((each) => ({ name: each.asname ?? each.name }));
  if (statement.asname !== void 0) return [{ name: statement.asname }];
  const [top, second] = imported.split(".");
  return missing === top || second === void 0 ? [{ name: top }] : [{ name: top, attribute: second }];
}

// src/python/image-python.ts
function launcherFrom(args, cwd) {
  const invocation = pythonInvocation(args);
  if (invocation.kind === "module") return { kind: "module", cwd };
  if (invocation.kind === "script") return { kind: "script", script: invocation.script };
  return { kind: "command" };
}
function interpreterOf(fs, command, env, cwd) {
  const program = command[0];
  const found = program ? findOnPath(fs, program, env, cwd) : void 0;
  if (program && found && isPythonProgram(program)) return { executable: found, launcher: launcherFrom(command.slice(1), cwd), how: `the image's command runs ${program}` };
  const scriptFor = found ? shebangInterpreter(fs, found, env, cwd) : void 0;
  if (found && scriptFor) return { executable: scriptFor, launcher: { kind: "script", script: found }, how: `the image's command runs ${found}, a script for ${scriptFor}` };
  const executable = findOnPath(fs, "python3", env, cwd) ?? findOnPath(fs, "python", env, cwd);
  const how = program ? `the image's command (${program}) does not start Python itself; showing python3 from PATH` : "the image has no command; showing python3 from PATH";
  return executable ? { executable, launcher: { kind: "command" }, how } : { launcher: { kind: "command" }, how };
}
function planInterpreter(fs, plan2, env, cwd) {
  const executable = plan2.interpreter.includes("/") ? plan2.interpreter : findOnPath(fs, plan2.interpreter, env, cwd);
  const script = plan2.launcher.kind === "server" ? plan2.launcher.script : void 0;
  const how = script ? `the image's command runs ${script}, a script for ${plan2.interpreter}` : `the image's command runs ${plan2.command.slice(0, 3).join(" ")}`;
  return executable ? { executable, launcher: plan2.launcher, how } : { launcher: plan2.launcher, how };
}
function imagePython(fs, imageConfig) {
  const plan2 = deriveEntryPlan(fs, imageConfig);
  const config = "error" in plan2 ? imageConfig : plan2.config;
  const env = environmentOf(config);
  const cwd = workingDirOf(config);
  const command = [...config.entrypoint ?? [], ...config.cmd ?? []];
  const chosen = !("error" in plan2) && plan2.interpreter ? planInterpreter(fs, { ...plan2, interpreter: plan2.interpreter }, env, cwd) : interpreterOf(fs, command, env, cwd);
  const { executable, launcher, how } = chosen;
  if (!executable) return { error: `no Python interpreter found: the image's command is ${JSON.stringify(command)} and PATH holds no python3` };
  try {
    const python = describeInterpreter(fs, executable, env);
    const sysPath = computeSysPath(fs, config, python, launcher, "error" in plan2 ? void 0 : plan2.pathAdditions);
    const entries = "error" in plan2 ? { error: plan2.error } : plan2.entries;
    const pythonCommand2 = "error" in plan2 ? command : plan2.command;
    const lazyImports = lazyImportsSetting(pythonCommand2[0] !== void 0 && isPythonProgram(pythonCommand2[0]) ? pythonCommand2.slice(1) : [], env);
    return { command, config, python, launcher, sysPath, redirects: importRedirects(sysPath, config), editable: editableMappings(fs, sysPath), how, entries, entryNotes: plan2.notes, entryStops: plan2.stops ?? [], lazyImports };
  } catch (error) {
    if (error instanceof EnvironmentError) return { error: error.message };
    throw error;
  }
}

// src/boot/runtime.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os3 from "node:os";
import path12 from "node:path";
var RUN_LABEL = "io.github.import-guard.run";
async function dockerForBoot(args, options, input) {
  try {
    return await runDocker(args, options.dockerCommand, input, { ownGroup: bootCallsInOwnGroup() });
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const { failure } = error;
    if (failure.kind === "no-cli") throw new BootError("the docker CLI is not installed, so the image cannot be booted; set boot: none to check it statically only");
    if (failure.kind === "no-daemon") throw new BootError(`the Docker daemon does not answer (${failure.detail}), so the image cannot be booted; start it, or set boot: none`);
    throw new BootError(`\`docker ${args[0]}\` failed: ${failure.detail}`);
  }
}
function createArgs(image, options) {
  const args = ["create", "--label", `${RUN_LABEL}=${options.runId}`, "--network", options.network ?? "none", "--memory", options.memory ?? DEFAULT_MEMORY, "--pids-limit", String(options.pids ?? DEFAULT_PIDS), "--cpus", String(DEFAULT_CPUS), "--security-opt", "no-new-privileges"];
  args.push("--log-driver", "json-file", "--log-opt", `max-size=${LOG_LIMIT_BYTES / 2048}k`, "--log-opt", "max-file=2");
  if (options.publish !== void 0) args.push("--publish", `127.0.0.1::${options.publish}`);
  if (options.envFile !== void 0) args.push("--env-file", options.envFile);
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (options.secretEnv?.[name] === void 0) args.push("--env", `${name}=${value}`);
  }
  if (options.workdir !== void 0) args.push("--workdir", options.workdir);
  if (options.entrypoint !== void 0) args.push("--entrypoint", options.entrypoint);
  args.push("--", image, ...options.command ?? []);
  return args;
}
function envFileText(env) {
  return Object.entries(env).map(([name, value]) => {
    if (/[\r\n]/.test(value)) throw new BootError(`the value of ${name} holds a line break, which docker's env file cannot carry`);
    return `${name}=${value}
`;
  }).join("");
}
async function createContainer(image, options) {
  if (Object.keys(options.secretEnv ?? {}).length === 0) return (await dockerForBoot(createArgs(image, options), options)).trim();
  const folder = await mkdtemp(path12.join(os3.tmpdir(), "import-guard-env-"));
  try {
    const envFile = path12.join(folder, "boot.env");
    await writeFile(envFile, envFileText(options.secretEnv), { mode: 384 });
    return (await dockerForBoot(createArgs(image, { ...options, envFile }), options)).trim();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
async function startContainer(image, options) {
  const id = await creatingContainer(() => createContainer(image, options));
  const container = {
    id,
    async state() {
      const text = await dockerForBoot(["inspect", "--format", "{{json .State}} {{.RestartCount}}", id], options);
      const state = JSON.parse(text.slice(0, text.lastIndexOf(" ")));
      return { running: state.Running, exitCode: state.ExitCode, restarts: Number(text.slice(text.lastIndexOf(" ") + 1)), oomKilled: state.OOMKilled === true, ...state.Health && { health: state.Health.Status } };
    },
    async hostPort(containerPort) {
      const text = await dockerForBoot(["port", id, `${containerPort}/tcp`], options).catch(() => "");
      const port = /:(\d+)\s*$/m.exec(text);
      return port ? Number(port[1]) : void 0;
    },
    async address() {
      const text = await dockerForBoot(["inspect", "--format", "{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}", id], options).catch(() => "");
      return text.split(" ").find((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address));
    },
    async logs() {
      const binary = options.dockerCommand ?? dockerBinary();
      if (binary === void 0) return "";
      const { execa } = await import("./execa-EJLU6Z2A.js");
      const logs = await execa(binary, ["logs", id], { stdin: "ignore", reject: false, all: true, maxBuffer: 4 * LOG_LIMIT_BYTES, env: dockerEnvironment(), extendEnv: false });
      return keptLogEnd(logs.all ?? "");
    },
    async remove() {
      await dockerForBoot(["rm", "--force", "--volumes", id], options).catch(() => void 0);
    }
  };
  try {
    await dockerForBoot(["start", id], options);
  } catch (error) {
    await container.remove();
    throw error;
  }
  return container;
}
function keptLogEnd(log) {
  if (log.length <= LOG_LIMIT_BYTES) return log;
  const cut = log.indexOf("\n", log.length - LOG_LIMIT_BYTES);
  const kept = cut === -1 ? log.slice(-LOG_LIMIT_BYTES) : log.slice(cut + 1);
  return `[import-guard: the first ${log.length - kept.length} characters of the log were left out; its last ${LOG_LIMIT_BYTES / 1024} KiB follow]
${kept}`;
}
async function runContainer(image, options) {
  const started = performance.now();
  const container = await startContainer(image, options);
  try {
    const waited = await Promise.race([dockerForBoot(["wait", container.id], options).then((code) => Number(code.trim())), new Promise((resolve) => setTimeout(() => resolve(null), options.timeoutSeconds * 1e3).unref())]);
    if (waited === null) await dockerForBoot(["kill", container.id], options).catch(() => void 0);
    const seconds2 = Number(((performance.now() - started) / 1e3).toFixed(3));
    const oomKilled = waited === 137 && (await container.state().catch(() => void 0))?.oomKilled === true;
    return { exitCode: waited, timedOut: waited === null, oomKilled, logs: await container.logs(), seconds: seconds2 };
  } finally {
    await container.remove();
  }
}
async function removeRunContainers(runId, options = {}) {
  const ids = (await dockerForBoot(["ps", "--all", "--quiet", "--filter", `label=${RUN_LABEL}=${runId}`], options)).split("\n").filter(Boolean);
  if (ids.length > 0) await dockerForBoot(["rm", "--force", "--volumes", ...ids], options);
  return ids.length;
}

// src/boot/tracebacks.ts
var HEADER = /^(?:(\s*)|[^\n]*?[:\]]\s+)(Exception Group )?Traceback \(most recent call last\):\s*$/;
var FRAME = /^\s*File "(.*)", line (\d+)(?:, in (.+))?\s*$/;
var CONTEXT = "During handling of the above exception, another exception occurred:";
var CAUSE = "The above exception was the direct cause of the following exception:";
var EXCEPTION = /^([A-Za-z_][\w.]*)(?::(?: (.*))?)?$/;
var JSON_FIELDS = ["exc_info", "stack_trace", "stacktrace", "exception", "traceback", "error.stack", "exc_text"];
function readOne(lines, start) {
  const indent = HEADER.exec(lines[start])[1] ?? "";
  const frames = [];
  let index = start + 1;
  while (index < lines.length) {
    const line = lines[index];
    const frame = FRAME.exec(line);
    if (frame && line.startsWith(`${indent}  File "`)) {
      frames.push({ file: frame[1], line: Number(frame[2]), ...frame[3] !== void 0 && { function: frame[3].trim() } });
      index++;
      continue;
    }
    if (line.startsWith(`${indent} `) && frames.length > 0 && !line.slice(indent.length).startsWith(" File")) {
      if (!line.startsWith(`${indent}    `) && !/^\s*\[Previous line repeated \d+ more times?\]$/.test(line) && !/^\s+\.\.\.\s*$/.test(line)) break;
      index++;
      continue;
    }
    break;
  }
  const last2 = lines[index];
  if (frames.length === 0 || last2 === void 0 || !last2.startsWith(indent)) return void 0;
  const match = EXCEPTION.exec(last2.slice(indent.length).trimEnd());
  if (!match) return void 0;
  const message = [match[2] ?? ""];
  index++;
  while (index < lines.length && lines[index] !== "" && !HEADER.test(lines[index]) && continuesMessage(lines[index], indent)) {
    message.push(lines[index].slice(indent.length));
    index++;
  }
  return { exception: match[1], message: message.join("\n"), frames, end: index };
}
function continuesMessage(line, indent) {
  if (!line.startsWith(indent)) return false;
  const text = line.slice(indent.length);
  return !/^(\[|\{|\d{4}-\d\d-\d\d|INFO|ERROR|WARNING|DEBUG|CRITICAL|\+-)/.test(text) && text !== CONTEXT && text !== CAUSE;
}
var BOX_HEADER = /^(\s*)\+ Exception Group Traceback \(most recent call last\):\s*$/;
function boxExtent(lines, start, column) {
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (line.length <= column || line.slice(0, column).trim() !== "" || !"|+ ".includes(line[column]) || line.trim() === "") break;
  }
  return lines.slice(start, end);
}
function unbox(lines, column) {
  return lines.map((line) => line[column] === "|" || line[column] === "+" && line[column + 1] === " " ? line.slice(column + 2) : line.slice(column));
}
function subExceptions(lines, start, indent) {
  const column = indent + 2;
  const subs = [[]];
  let index = start + 1;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (line.length <= column || line.slice(0, column).trim() !== "") break;
    const rest = line.slice(column);
    if (rest.startsWith("+--")) {
      if (!/\d/.test(rest)) {
        index++;
        break;
      }
      subs.push([]);
      continue;
    }
    subs.at(-1).push(line);
  }
  return { subs: subs.map((sub) => unbox(sub, column)), end: index };
}
function readMember(text, logLine) {
  const chains = fromText(text.join("\n"), logLine - 1);
  if (chains.length > 0) return { ...chains.at(-1), logLine };
  const match = EXCEPTION.exec(text[0]?.trimEnd() ?? "");
  if (!match) return void 0;
  const member = { exception: match[1], message: match[2] ?? "", frames: [], logLine };
  return text[1]?.startsWith("+-+") ? { ...member, group: membersOf(text, 1, 0, logLine).group } : member;
}
function membersOf(lines, start, indent, logLine) {
  const { subs, end } = subExceptions(lines, start, indent);
  return { group: subs.map((sub) => readMember(sub, logLine)).filter((member) => member !== void 0), end };
}
function fromText(text, lineOffset) {
  const lines = text.split(/\r?\n/);
  const found = [];
  let pending;
  let chainStart = -1;
  for (let index = 0; index < lines.length; index++) {
    let read;
    const box = BOX_HEADER.exec(lines[index]);
    if (box) {
      const drawn = boxExtent(lines, index, box[1].length);
      const group = fromText(unbox(drawn, box[1].length).join("\n"), lineOffset + index).at(-1);
      if (group) read = { traceback: group, end: index + drawn.length };
    } else {
      const header = HEADER.exec(lines[index]);
      const reading = header ? readOne(lines, index) : void 0;
      if (header && reading) {
        read = { traceback: { exception: reading.exception, message: reading.message, frames: reading.frames }, end: reading.end };
        const indent = header[1] ?? "";
        if (header[2] && lines[reading.end]?.startsWith(`${indent}+-+`)) {
          const members = membersOf(lines, reading.end, indent.length, lineOffset + index + 1);
          read = { traceback: { ...read.traceback, group: members.group }, end: members.end };
        }
      }
    }
    if (!read) continue;
    if (!pending) chainStart = index;
    const traceback = { ...read.traceback, logLine: lineOffset + chainStart + 1, ...pending && { previous: pending } };
    let next = read.end;
    while (next < lines.length && lines[next].trim() === "") next++;
    const relation = lines[next]?.trim() === CONTEXT ? "context" : lines[next]?.trim() === CAUSE ? "cause" : void 0;
    if (relation) {
      pending = { relation, traceback };
      index = next;
      continue;
    }
    pending = void 0;
    found.push(traceback);
    index = read.end - 1;
  }
  return found;
}
function jsonTraceback(line) {
  const start = line.indexOf("{");
  if (start === -1 || !line.includes("Traceback (most recent call last)")) return void 0;
  let record;
  try {
    record = JSON.parse(line.slice(start));
  } catch {
    return void 0;
  }
  if (typeof record !== "object" || record === null) return void 0;
  for (const field2 of JSON_FIELDS) {
    const value = field2.split(".").reduce((object, key) => typeof object === "object" && object !== null ? object[key] : void 0, record);
    if (typeof value === "string" && value.includes("Traceback (most recent call last)")) return value;
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join("");
  }
  return void 0;
}
function parseTracebacks(log) {
  const found = fromText(log, 0);
  log.split(/\r?\n/).forEach((line, index) => {
    const inner = jsonTraceback(line);
    if (inner) found.push(...fromText(inner, 0).map((traceback) => ({ ...traceback, logLine: index + 1 })));
  });
  return found.sort((a, b) => a.logLine - b.logLine);
}
function applicationFrame(traceback, isApplication) {
  return [...traceback.frames].reverse().find((frame) => isApplication(frame.file));
}

// src/boot/import-check.ts
var IMPORTER = `
import importlib, sys, traceback
split = sys.argv.index("--")
sys.path[0:1] = sys.argv[1:split]
failed = 0
for target in sys.argv[split + 1:]:
    name, _, attrs = target.partition(":")
    try:
        value = importlib.import_module(name)
        for attr in filter(None, attrs.split(".")):
            value = getattr(value, attr)
    except BaseException:
        failed += 1
        sys.stderr.write("import-guard: importing %s failed\\n" % target)
        traceback.print_exc()
        # A blank line ends the message: what follows is not more of it.
        sys.stderr.write("\\n")
        sys.stderr.flush()
sys.exit(1 if failed else 0)
`;
var MARKER = /^import-guard: importing (\S+) failed$/;
function targetText(target) {
  return target.attr ? `${target.module}:${target.attr}` : target.module;
}
async function importCheck(image, python, targets, options) {
  const { front = [], mask, ...container } = options;
  const ran = await runContainer(image, { ...container, entrypoint: python, command: ["-c", IMPORTER, ...front, "--", ...targets.map(targetText)] });
  const result = mask ? { ...ran, logs: mask(ran.logs) } : ran;
  const lines = result.logs.split(/\r?\n/);
  const tracebacks = parseTracebacks(result.logs);
  const failures = [];
  lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) return;
    const traceback = tracebacks.find((candidate) => candidate.logLine === index + 2);
    failures.push({ target: marker[1], ...traceback && { traceback } });
  });
  return { container: result, failures };
}

// src/boot/serve-check.ts
import { existsSync } from "node:fs";
async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1e3), redirect: "manual" });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300 ? response.status : void 0;
  } catch {
    return void 0;
  }
}
async function anyAnswers(urls) {
  return (await Promise.all(urls.map(answers))).find((status) => status !== void 0);
}
function inContainer() {
  return existsSync("/.dockerenv") || existsSync("/run/.containerenv");
}
async function healthUrls(container, options) {
  if (options.port === void 0 || options.healthPath === void 0) return [];
  const pathPart = options.healthPath.replace(/^\/+/, "");
  const urls = [];
  const hostPort = await container.hostPort(options.port);
  if (hostPort !== void 0) urls.push(`http://127.0.0.1:${hostPort}/${pathPart}`);
  const address = inContainer() ? await container.address() : void 0;
  if (address !== void 0) urls.push(`http://${address}:${options.port}/${pathPart}`);
  return urls;
}
async function serveCheck(image, options) {
  const started = performance.now();
  const container = await startContainer(image, { ...options, network: "bridge", ...options.port !== void 0 && { publish: options.port } });
  const seconds2 = () => Number(((performance.now() - started) / 1e3).toFixed(3));
  const logs = async () => (options.mask ?? String)(await container.logs());
  try {
    const urls = await healthUrls(container, options);
    const deadline = started + options.timeoutSeconds * 1e3;
    const every = options.waitEverySeconds ?? 10;
    let told = 0;
    for (; ; ) {
      const waited = Math.floor((performance.now() - started) / 1e3 / every) * every;
      if (waited > told) options.onWait?.(told = waited);
      const state = await container.state();
      if (state.restarts > 0) return { verdict: "restarted", seconds: seconds2(), logs: await logs() };
      if (!state.running) return { verdict: "exited", exitCode: state.exitCode, ...state.oomKilled && { oomKilled: true }, seconds: seconds2(), logs: await logs() };
      const status = await anyAnswers(urls);
      if (status !== void 0) return { verdict: "ready", readyBy: "health-path", status, seconds: seconds2(), logs: await logs() };
      if (state.health === "healthy") return { verdict: "ready", readyBy: "healthcheck", seconds: seconds2(), logs: await logs() };
      if (performance.now() >= deadline) return { verdict: urls.length > 0 || state.health !== void 0 ? "timeout" : "running", seconds: seconds2(), logs: await logs() };
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
    }
  } finally {
    await container.remove();
  }
}

// src/boot/server-errors.ts
var UVICORN_MODULE = /Error loading ASGI app\. Could not import module "([^"]+)"\./;
var UVICORN_ATTRIBUTE = /Error loading ASGI app\. Attribute "([^"]+)" not found in module "([^"]+)"\./;
var GUNICORN_ATTRIBUTE = /^Failed to find attribute '([^']+)' in '([^']+)'\.$/;
function serverLoadErrors(log) {
  const found = [];
  log.split(/\r?\n/).forEach((line, index) => {
    const logLine = index + 1;
    const noModule = UVICORN_MODULE.exec(line);
    if (noModule) {
      found.push({ exception: "ModuleNotFoundError", message: `No module named '${noModule[1]}'`, frames: [], logLine });
      return;
    }
    const noAttribute = UVICORN_ATTRIBUTE.exec(line) ?? GUNICORN_ATTRIBUTE.exec(line.trim());
    if (noAttribute) found.push({ exception: "AttributeError", message: `module '${noAttribute[2]}' has no attribute '${noAttribute[1]}'`, frames: [], logLine });
  });
  return found;
}

// src/boot/boot.ts
function seconds(value) {
  return `${value.toFixed(1)} s`;
}
function killedForMemory(plan2) {
  return `, killed for going over its ${plan2.memory} memory limit (boot-memory)`;
}
function containerOptions(plan2, mask) {
  return { runId: plan2.runId, timeoutSeconds: plan2.timeoutSeconds, memory: plan2.memory, env: plan2.env, secretEnv: plan2.secretEnv, mask, ...plan2.dockerCommand !== void 0 && { dockerCommand: plan2.dockerCommand } };
}
async function bootByImport(plan2, mask) {
  const check = await importCheck(plan2.image, plan2.python, plan2.targets, { ...containerOptions(plan2, mask), front: plan2.front, ...plan2.workdir !== void 0 && { workdir: plan2.workdir } });
  const { container } = check;
  const failures = check.failures.flatMap((failure) => failure.traceback ? [{ target: failure.target, traceback: failure.traceback }] : []);
  const base = { mode: "import", seconds: container.seconds, logs: container.logs, ...container.exitCode !== null && { exitCode: container.exitCode } };
  const what = `${plan2.targets.length} entry point${plan2.targets.length === 1 ? "" : "s"}`;
  if (container.timedOut) return { run: { ...base, ok: false, outcome: `importing ${what} did not finish in ${seconds(plan2.timeoutSeconds)} (boot-timeout)` }, failures };
  if (check.failures.length > 0) {
    const failed = check.failures.map((failure) => failure.target).join(", ");
    return { run: { ...base, ok: false, outcome: `${check.failures.length} of ${what} failed to import with ${plan2.python}: ${failed}` }, failures };
  }
  if (container.exitCode !== 0) {
    const how = container.oomKilled ? killedForMemory(plan2) : "";
    return { run: { ...base, ok: false, outcome: `${plan2.python} exited with status ${container.exitCode}${how} before importing ${what}` }, failures: parseTracebacks(container.logs).map((traceback) => ({ traceback })) };
  }
  return { run: { ...base, ok: true, outcome: `${plan2.python} imported ${what} in ${seconds(container.seconds)}` }, failures };
}
async function bootByServing(plan2, mask) {
  const served = await serveCheck(plan2.image, {
    ...containerOptions(plan2, mask),
    ...plan2.port !== void 0 && { port: plan2.port },
    ...plan2.healthPath !== void 0 && { healthPath: plan2.healthPath },
    ...plan2.onWait && { onWait: plan2.onWait }
  });
  const base = { mode: "serve", seconds: served.seconds, logs: served.logs, ...served.exitCode !== void 0 && { exitCode: served.exitCode } };
  const after = `after ${seconds(served.seconds)}`;
  switch (served.verdict) {
    case "ready":
      return { run: { ...base, ok: true, outcome: served.readyBy === "health-path" ? `GET ${plan2.healthPath} answered ${served.status} ${after}` : `the image's HEALTHCHECK reported healthy ${after}` }, failures: [] };
    case "running":
      return { run: { ...base, ok: true, outcome: `still running ${after}; there is no health-path or HEALTHCHECK to ask whether it serves` }, failures: [] };
    default: {
      const failures = [...parseTracebacks(served.logs), ...serverLoadErrors(served.logs)].sort((a, b) => a.logLine - b.logLine).map((traceback) => ({ traceback }));
      const outcome = served.verdict === "exited" ? `the process exited with status ${served.exitCode}${served.oomKilled ? killedForMemory(plan2) : ""} ${after}` : served.verdict === "restarted" ? `the container restarted ${after}` : `not ready ${after} (boot-timeout): ${plan2.healthPath !== void 0 ? `GET ${plan2.healthPath} never answered 2xx` : "the image's HEALTHCHECK never reported healthy"}`;
      return { run: { ...base, ok: false, outcome }, failures };
    }
  }
}
function bootImage(plan2) {
  const mask = (text) => maskSecrets(text, plan2.secrets);
  const containers = { filter: `label=${RUN_LABEL}=${plan2.runId}`, remove: () => removeRunContainers(plan2.runId, plan2) };
  return whileContainersMayExist(containers, () => plan2.mode === "import" ? bootByImport(plan2, mask) : bootByServing(plan2, mask));
}

// src/report/findings.ts
var SEVERITIES = ["error", "warning", "notice"];
var COMMAND_LOCATION = { imagePath: "(image command)", line: 0, column: 0 };
var CHAIN_HOPS_KEPT = 64;
var CHAIN_HEAD_HOPS = CHAIN_HOPS_KEPT / 2;
function chainLength(finding) {
  return finding.chain.length + (finding.chainOmitted ?? 0);
}
function omittedAt(finding) {
  return finding.chainOmitted ? CHAIN_HEAD_HOPS : void 0;
}
function keptChain(hops) {
  if (hops.length <= CHAIN_HOPS_KEPT) return { chain: hops };
  return { chain: [...hops.slice(0, CHAIN_HEAD_HOPS), ...hops.slice(hops.length - (CHAIN_HOPS_KEPT - CHAIN_HEAD_HOPS))], chainOmitted: hops.length - CHAIN_HOPS_KEPT };
}
var ChainLink = class _ChainLink {
  hop;
  parent;
  /** Hops from the entry point to this one, this one included. */
  length;
  /** The link of this chain's last head hop (see `keptChain`), read out of a long chain without walking all of it. */
  headEnd;
  constructor(hop, parent2) {
    this.hop = hop;
    this.parent = parent2;
    this.length = (parent2?.length ?? 0) + 1;
    this.headEnd = parent2 && parent2.length >= CHAIN_HEAD_HOPS ? parent2.headEnd : this;
  }
  /** The chain `parent` (none: from the entry point) followed by `hop`. */
  static extend(parent2, hop) {
    return new _ChainLink(hop, parent2);
  }
  /** The same chain with another last hop: an import's last hop names what the statement brings in. */
  withLastHop(hop) {
    return new _ChainLink(hop, this.parent);
  }
  /** The first `count` hops that end at `last`, in order. Iterative: a chain may be far deeper than the stack. */
  static hopsEndingAt(last2, count) {
    const hops = new Array(count);
    let link = last2;
    for (let index = count - 1; index >= 0; index--, link = link.parent) hops[index] = link.hop;
    return hops;
  }
  /** The hops a finding keeps (see `keptChain`), read in time proportional to CHAIN_HOPS_KEPT. */
  static kept(chain) {
    if (!chain) return { chain: [] };
    if (chain.length <= CHAIN_HOPS_KEPT) return { chain: _ChainLink.hopsEndingAt(chain, chain.length) };
    const tail = CHAIN_HOPS_KEPT - CHAIN_HEAD_HOPS;
    return { chain: [..._ChainLink.hopsEndingAt(chain.headEnd, CHAIN_HEAD_HOPS), ..._ChainLink.hopsEndingAt(chain, tail)], chainOmitted: chain.length - CHAIN_HOPS_KEPT };
  }
};
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function isReported(finding) {
  return finding.unreported === void 0;
}
function compareFindings(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || Number(a.unreported !== void 0) - Number(b.unreported !== void 0) || displayPath(a.location).localeCompare(displayPath(b.location)) || a.location.line - b.location.line || a.location.column - b.location.column || a.module.localeCompare(b.module);
}
function displayPath(location) {
  return location.repoPath ?? location.imagePath;
}
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  const limit = severityRank(failOn);
  return findings.some((finding) => isReported(finding) && severityRank(finding.severity) <= limit);
}
function entryModule(entry) {
  return entry.module.split(":")[0];
}
function comesFrom(finding, entry) {
  const module = entryModule(entry);
  const first = finding.chain[0];
  if (first === void 0) return finding.module === module || finding.module === entry.imagePath || finding.boot?.target?.split(":")[0] === module;
  if (entry.imagePath !== void 0) return first.imagePath === entry.imagePath;
  return first.importer === module || first.importer === `${module}.__main__` || module.startsWith(`${first.importer}.`);
}

// src/boot/boot-findings.ts
function missingImport(traceback) {
  if (traceback.exception === "AttributeError") {
    const noAttribute = /^module '([^']+)' has no attribute '([^']+)'/.exec(traceback.message);
    return noAttribute ? { module: noAttribute[1], name: noAttribute[2] } : void 0;
  }
  if (traceback.exception !== "ModuleNotFoundError" && traceback.exception !== "ImportError") return void 0;
  const noModule = /^No module named '([^']+)'/.exec(traceback.message);
  if (noModule) return { module: noModule[1] };
  const noName = /^cannot import name '([^']+)' from (?:partially initialized module )?'([^']+)'/.exec(traceback.message);
  return noName ? { module: noName[2], name: noName[1] } : void 0;
}
function chainOf(traceback) {
  const chain = [];
  for (let current = traceback; current; current = current.previous?.traceback) chain.push(current);
  return chain;
}
function sameModule(a, b) {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
function at(frame, facts) {
  const repoPath = facts.toRepo(frame.file);
  return { imagePath: frame.file, ...repoPath && { repoPath }, line: frame.line, column: 1 };
}
var COMMAND = COMMAND_LOCATION;
var LAZY_RESOLUTION = /^lazy import of '[^'\n]{1,500}' raised an exception during resolution/;
function failingFrame(traceback, facts) {
  const cause = traceback.previous?.traceback;
  if (cause?.exception === "ImportError" && LAZY_RESOLUTION.test(cause.message)) {
    const statement = cause.frames.at(-1);
    if (statement && !statement.file.startsWith("<")) return statement;
  }
  if (missingImport(traceback) && facts.isStandardLibrary) {
    const importing = [...traceback.frames].reverse().find((frame) => !frame.file.startsWith("<") && !facts.isStandardLibrary(frame.file));
    if (importing) return importing;
  }
  return applicationFrame(traceback, facts.isApplication);
}
function chainFrom(traceback, facts, entry, last2) {
  const frames = traceback.frames.filter((frame) => facts.isApplication(frame.file));
  const hops = [];
  frames.forEach((frame, index) => {
    const next = index + 1 < frames.length ? facts.moduleOf(frames[index + 1].file) : last2;
    if (next === void 0 || index + 1 < frames.length && frame.function !== "<module>") return;
    hops.push({ ...at(frame, facts), importer: facts.moduleOf(frame.file) ?? entry, module: next });
  });
  return keptChain(hops);
}
function proofOf(failure, outcome, predicted) {
  return {
    mode: outcome.run.mode,
    predicted,
    exception: failure.traceback.exception,
    exceptionMessage: failure.traceback.message,
    ...failure.target !== void 0 && { target: failure.target },
    logLine: failure.traceback.logLine
  };
}
var NATIVE_KINDS = /* @__PURE__ */ new Set(["missing-library", "wrong-architecture", "libc-mismatch"]);
function nativeFailure(raised, finding) {
  if (!NATIVE_KINDS.has(finding.kind) || !finding.native || raised.exception !== "ImportError") return false;
  const { library, extension } = finding.native;
  const file = extension.slice(extension.lastIndexOf("/") + 1);
  return library !== void 0 && raised.message.includes(library) || raised.message.includes(file);
}
function predictedBy(findings, failure, facts) {
  for (const raised of chainOf(failure.traceback)) {
    const native = findings.findIndex((finding) => nativeFailure(raised, finding));
    if (native !== -1) return native;
    const missing = missingImport(raised);
    if (!missing) continue;
    const frame = failingFrame(raised, facts);
    const matches2 = (finding) => missing.name === void 0 ? finding.kind === "missing-module" && sameModule(finding.module, missing.module) : finding.kind === "missing-name" && finding.module === missing.module && finding.name === missing.name || finding.kind === "missing-module" && finding.module === `${missing.module}.${missing.name}`;
    const here = (finding) => frame !== void 0 && finding.location.imagePath === frame.file && finding.location.line === frame.line;
    const exact = findings.findIndex((finding) => matches2(finding) && here(finding));
    if (exact !== -1) return exact;
    const named = findings.findIndex((finding) => matches2(finding) && (finding.unreported === void 0 || finding.unreported === "ignored"));
    if (named !== -1) return named;
  }
  return -1;
}
function foundOnlyAtBoot(failure, outcome, facts) {
  const { traceback } = failure;
  const entry = failure.target?.split(":")[0] ?? "(image command)";
  const frame = failingFrame(traceback, facts);
  const location = frame ? at(frame, facts) : COMMAND;
  const missing = missingImport(traceback);
  const firstLine = traceback.message.split("\n")[0] ?? "";
  const message = firstLine === "" ? traceback.exception : `${traceback.exception}: ${firstLine}`;
  const base = { severity: "error", location, message, boot: proofOf(failure, outcome, false) };
  if (missing) {
    return {
      ...base,
      kind: missing.name === void 0 ? "missing-module" : "missing-name",
      module: missing.module,
      ...missing.name !== void 0 && { name: missing.name },
      origin: facts.originOf(missing.module),
      ...chainFrom(traceback, facts, entry, missing.module)
    };
  }
  const application = applicationFrame(traceback, facts.isApplication);
  const module = (application && facts.moduleOf(application.file)) ?? entry;
  return { ...base, kind: "boot-failure", module, origin: "unknown", ...chainFrom(traceback, facts, entry) };
}
function failureKey(failure) {
  const innermost = failure.traceback.frames.at(-1);
  return JSON.stringify([failure.traceback.exception, failure.traceback.message.split("\n")[0], innermost?.file, innermost?.line]);
}
function leaves(failure) {
  const { group, ...raised } = failure.traceback;
  if (!group || group.length === 0) return [failure];
  return group.flatMap((member) => leaves({ ...failure, traceback: member.frames.length > 0 ? member : { ...member, frames: raised.frames } }));
}
function mergeBootFindings(findings, outcome, facts) {
  const merged = [...findings];
  const seen = /* @__PURE__ */ new Set();
  for (const failure of outcome.failures.flatMap(leaves)) {
    const key = failureKey(failure);
    if (seen.has(key)) continue;
    seen.add(key);
    const index = predictedBy(merged, failure, facts);
    if (index === -1) {
      merged.push(foundOnlyAtBoot(failure, outcome, facts));
      continue;
    }
    const { unreported, ...finding } = merged[index];
    merged[index] = { ...finding, ...unreported === "ignored" ? { unreported } : { severity: "error" }, boot: proofOf(failure, outcome, true) };
  }
  if (!outcome.run.ok && seen.size === 0) {
    merged.push({
      kind: "boot-failure",
      severity: "error",
      module: "(image command)",
      location: COMMAND,
      origin: "unknown",
      message: `The ${outcome.run.mode} boot failed: ${outcome.run.outcome}`,
      chain: [],
      boot: { mode: outcome.run.mode, predicted: false }
    });
  }
  return merged;
}

// src/boot/untagged-archive.ts
var MAX_INDEX_BYTES = 4 * 1024 * 1024;
var NAME_ANNOTATIONS = ["io.containerd.image.name", "org.opencontainers.image.ref.name"];
function tarFile(name, data) {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, "utf8");
  header.write("0000644\0", 100);
  header.write("0000000\0", 108);
  header.write("0000000\0", 116);
  header.write(`${data.length.toString(8).padStart(11, "0")}\0`, 124);
  header.write("00000000000\0", 136);
  header.write("0", 156);
  header.write("ustar\x0000", 257);
  header.fill(32, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return Buffer.concat([header, data, Buffer.alloc((512 - data.length % 512) % 512)]);
}
async function readJson2(files, name) {
  if (await files.size(name) === void 0) return void 0;
  const text = (await files.read(name, MAX_INDEX_BYTES)).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new BootError(`${files.location}: ${name} is not valid JSON, so the archive cannot be loaded without its names`);
  }
}
function withoutRepoTags(manifest) {
  if (!Array.isArray(manifest)) throw new BootError("manifest.json is not a list of images, so the archive cannot be loaded without its names");
  return manifest.map((image) => typeof image === "object" && image !== null ? { ...image, RepoTags: null } : image);
}
function withoutNames(index) {
  if (typeof index !== "object" || index === null) return index;
  const { manifests } = index;
  if (!Array.isArray(manifests)) return index;
  return {
    ...index,
    manifests: manifests.map((descriptor) => {
      if (typeof descriptor !== "object" || descriptor === null) return descriptor;
      const { annotations } = descriptor;
      if (typeof annotations !== "object" || annotations === null) return descriptor;
      return { ...descriptor, annotations: Object.fromEntries(Object.entries(annotations).filter(([key]) => !NAME_ANNOTATIONS.includes(key))) };
    })
  };
}
async function* untaggedArchive(file) {
  const files = await TarFiles.open(file);
  try {
    const manifest = await readJson2(files, "manifest.json");
    const index = await readJson2(files, "index.json");
    yield* files.range(0, files.entriesEnd);
    const appended = [];
    if (manifest !== void 0) appended.push(tarFile("manifest.json", Buffer.from(JSON.stringify(withoutRepoTags(manifest)))));
    if (index !== void 0) appended.push(tarFile("index.json", Buffer.from(JSON.stringify(withoutNames(index)))));
    yield Buffer.concat([...appended, Buffer.alloc(1024)]);
  } finally {
    await files.close();
  }
}

// src/boot/daemon-image.ts
function inDaemon(kind) {
  return kind === "docker";
}
async function daemonImage2(source2, options = {}) {
  if (source2.kind === "docker") {
    if (source2.daemonId === void 0) throw new BootError(`the ID of ${source2.location} in the Docker daemon is not known, so the image read cannot be booted for sure`);
    return { reference: source2.daemonId };
  }
  if (source2.kind === "registry") return pulledImage(source2, options);
  if (source2.kind === "oci-dir" || source2.kind === "dir") {
    const what = source2.kind === "dir" ? "a root filesystem folder" : "an OCI layout folder";
    throw new ConfigurationError(`boot needs an image the Docker daemon can run, and ${source2.location} is ${what}; build or load the image and give docker:REF as image, or set boot: none`);
  }
  const output = await dockerForBoot(["load"], options, untaggedArchive(source2.location)).catch((error) => {
    if (!(error instanceof BootError) || !error.message.startsWith("`docker load` failed")) throw error;
    throw new BootError(`the Docker daemon could not load ${source2.kind}:${source2.location} (${error.message.replace(/^`docker load` failed: /, "")}); load the image yourself and give docker:REF as image, or set boot: none`);
  });
  const ids = [...new Set([...output.matchAll(/^Loaded image ID: (sha256:[0-9a-f]{64})$/gm)].map((match) => match[1]))];
  const id = source2.daemonId !== void 0 && ids.includes(source2.daemonId) ? source2.daemonId : ids.length === 1 ? ids[0] : void 0;
  if (id !== void 0) return { reference: id, loadedId: id };
  const loaded = ids.length === 0 ? `named no image it loaded (${output.trim().slice(0, 200) || "no output"})` : `loaded ${ids.length} images (${ids.join(", ")}), and which one was read is not known`;
  throw new ConfigurationError(`docker load read ${source2.location} but ${loaded}; load it yourself and give docker:REF as image, or set boot: none`);
}
async function pulledImage(source2, options) {
  const reference = source2.pullReference;
  if (reference === void 0) throw new BootError(`the digest of ${source2.location} is not known, so the image read cannot be booted for sure`);
  const idOf = async () => (await dockerForBoot(["image", "inspect", "--format", "{{.Id}}", "--", reference], options).catch(() => void 0))?.trim() || void 0;
  const present = await idOf();
  if (present !== void 0) return { reference: present };
  await dockerForBoot(["pull", "--quiet", "--", reference], options).catch((error) => {
    if (!(error instanceof BootError) || !error.message.startsWith("`docker pull` failed")) throw error;
    throw new BootError(`the Docker daemon could not pull ${reference} (${error.message.replace(/^`docker pull` failed: /, "")}); the daemon pulls with its own login (docker login) and trusts a private CA from /etc/docker/certs.d; or set boot: none`);
  });
  const id = await idOf();
  if (id === void 0) throw new BootError(`docker pull ${reference} finished, but the daemon does not list the image`);
  return { reference: id, loadedId: id };
}
async function releaseDaemonImage(image, options = {}) {
  if (!image.loadedId) return;
  const tags = await dockerForBoot(["image", "inspect", "--format", "{{len .RepoTags}}", "--", image.loadedId], options).catch(() => void 0);
  if (tags?.trim() === "0") await dockerForBoot(["image", "rm", "--", image.loadedId], options).catch(() => void 0);
}

// src/boot/stage.ts
var STANDARD_LIBRARY = /* @__PURE__ */ new Set(["stdlib", "stdlib-zip", "lib-dynload"]);
var ARCHITECTURES = { x64: "amd64", arm64: "arm64", arm: "arm", ia32: "386", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
function machineArchitecture(arch = process.arch) {
  return ARCHITECTURES[arch] ?? arch;
}
function chooseMode(input) {
  const { mode } = input.settings;
  if (mode === "none") return { reason: "boot is none" };
  if (mode !== "auto") return mode;
  const platform = input.imageConfig.platform;
  const arch = input.machineArch ?? process.arch;
  const machine = ARCHITECTURES[arch] ?? arch;
  if (platform && platform.architecture !== machine) {
    return { reason: `the image is for ${formatPlatform(platform)} and this machine is ${machine}; set boot: import to boot it under emulation (QEMU)` };
  }
  if (inDaemon(input.source.kind)) return "import";
  const { kind } = input.source;
  if (kind === "registry") return { reason: "the image is read from a registry, not from the Docker daemon; set boot: import to pull it (by the digest read) and boot it" };
  return { reason: kind === "oci-dir" || kind === "dir" ? `the image is a folder (${kind}:), which Docker cannot run; give a docker:REF image to boot it` : `the image is read from a ${kind} file, not from the Docker daemon; set boot: import to load it there and boot it` };
}
function importTargets(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.flatMap((entry) => {
    if (entry.file !== void 0 || entry.code !== void 0 || entry.role === "script" || entry.role === "config") return [];
    const target = { module: entry.module, ...entry.attr && { attr: entry.attr } };
    if (seen.has(targetText(target))) return [];
    seen.add(targetText(target));
    return [target];
  });
}
function commandEnv(input) {
  const image = environmentOf(input.imageConfig);
  return Object.fromEntries([...environmentOf(input.commandConfig)].filter(([name, value]) => image.get(name) !== value));
}
function firstExposedPort(config) {
  const tcp = config.exposedPorts.map((port) => /^(\d+)(?:\/tcp)?$/.exec(port)).find((match) => match !== null);
  return tcp ? Number(tcp[1]) : void 0;
}
function plan(input, mode) {
  const { settings } = input;
  const base = { mode, python: input.python, memory: settings.memory, timeoutSeconds: settings.timeoutSeconds, runId: settings.runId, secrets: secretValues(settings.env), ...input.dockerCommand !== void 0 && { dockerCommand: input.dockerCommand } };
  if (mode === "serve") {
    const port = settings.port ?? firstExposedPort(input.imageConfig);
    if (settings.healthPath !== void 0 && port === void 0) throw new ConfigurationError(`health-path ${settings.healthPath} needs a port to ask: set port, or EXPOSE the port in the image`);
    return { ...base, targets: [], front: [], env: {}, secretEnv: { ...settings.env }, ...port !== void 0 && { port }, ...settings.healthPath !== void 0 && { healthPath: settings.healthPath } };
  }
  const targets = importTargets(input.entries);
  if (targets.length === 0) {
    return { reason: `the import boot has nothing to import: the entry points are scripts or files (${input.entries.map(entryLabel).join(", ")}); boot: serve runs them` };
  }
  const front = input.sysPath.filter((entry) => entry.origin === "path0" || entry.origin === "server").map((entry) => entry.path);
  return { ...base, targets, front, workdir: workingDirOf(input.commandConfig), env: commandEnv(input), secretEnv: { ...settings.env } };
}
function moduleNamer(input) {
  const cwd = workingDirOf(input.commandConfig);
  const roots = input.sysPath.map((entry) => entry.path === "" ? cwd : entry.path).sort((a, b) => b.length - a.length);
  return (file) => {
    if (!file.endsWith(".py")) return void 0;
    const root = roots.find((folder) => underAny(file, [folder]));
    if (root === void 0) return void 0;
    const dotted2 = file.slice(root === "/" ? 1 : root.length + 1, -3).replace(/\/__init__$/, "");
    return /^[A-Za-z_][\w]*(\/[A-Za-z_]\w*)*$/.test(dotted2) ? dotted2.replace(/\//g, ".") : void 0;
  };
}
async function bootStage(findings, input) {
  const mode = chooseMode(input);
  if (typeof mode !== "string") return { boot: { mode: "none", reason: mode.reason }, findings: [...findings] };
  try {
    const planned = plan(input, mode);
    if ("reason" in planned) {
      input.logger.info(`Not booting: ${planned.reason}`);
      return { boot: { mode: "none", reason: planned.reason }, findings: [...findings] };
    }
    const image = await daemonImage2(input.source, input);
    try {
      const waitingFor = planned.healthPath !== void 0 ? `GET ${planned.healthPath} to answer` : "the service to be ready";
      const chosen = { ...planned, image: image.reference, onWait: (seconds2) => input.logger.info(`  waiting for ${waitingFor}: ${seconds2} s of ${planned.timeoutSeconds} s`) };
      input.logger.info(mode === "import" ? `Booting ${input.source.label}: importing ${chosen.targets.map(targetText).join(", ")} with ${chosen.python}` : `Booting ${input.source.label}: running its own command${chosen.port !== void 0 ? ` with port ${chosen.port} published` : ""}`);
      const outcome = await bootImage(chosen);
      if (mode === "import" && input.lazyImports && outcome.run.ok) outcome.run = { ...outcome.run, outcome: `${outcome.run.outcome}; the code uses lazy imports, which importing does not load: a module imported lazily is checked by the static walk only` };
      input.logger.info(`Boot ${outcome.run.ok ? "passed" : "failed"}: ${outcome.run.outcome}`);
      const standardLibrary = input.sysPath.filter((entry) => STANDARD_LIBRARY.has(entry.origin)).map((entry) => entry.path);
      const facts = {
        toRepo: input.toRepo,
        isApplication: (file) => !file.startsWith("<") && !underAny(file, input.libraryDirs),
        isStandardLibrary: (file) => underAny(file, standardLibrary),
        moduleOf: moduleNamer(input),
        originOf: input.originOf
      };
      return { boot: outcome.run, findings: mergeBootFindings(findings, outcome, facts) };
    } finally {
      await releaseDaemonImage(image, input);
    }
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { boot: { mode, error: error.message }, findings: [...findings] };
  }
}

// src/explain/explain.ts
import path16 from "node:path";

// src/python/distributions.ts
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function headers(text) {
  const result = {};
  for (const line of text.split(/\r?\n/)) {
    if (line === "") break;
    const match = /^(Name|Version):\s*(.+?)\s*$/i.exec(line);
    if (match) result[match[1].toLowerCase()] = match[2];
  }
  return result;
}
function topLevelOf(recorded, fromMetadata) {
  let path18 = recorded.replace(/^\.\//, "");
  if (fromMetadata) {
    if (!path18.startsWith("../")) return void 0;
    path18 = path18.slice(3);
  }
  if (path18.startsWith("../")) return void 0;
  const first = path18.split("/")[0];
  if (first === "" || first === "__pycache__" || /\.(dist|egg)-info$/.test(first) || first.endsWith(".pth")) return void 0;
  if (path18.includes("/")) return /^[A-Za-z_][A-Za-z0-9_]*$/.test(first) ? first : void 0;
  const module = /^([A-Za-z_][A-Za-z0-9_]*)\.(py|pyc|so|pyd|[a-z0-9_.-]*\.so)$/.exec(first);
  return module?.[1];
}
function topLevelNames(fs, metadata, isFolder) {
  if (!isFolder) return [];
  const listed = fs.readText(`${metadata}/top_level.txt`);
  if (listed !== void 0) return [...new Set(listed.split(/\r?\n/).map((line) => line.trim().split("/")[0]).filter((line) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(line)))];
  const record = fs.readText(`${metadata}/RECORD`);
  const recorded = record ?? fs.readText(`${metadata}/installed-files.txt`) ?? "";
  const names = /* @__PURE__ */ new Set();
  for (const line of recorded.split(/\r?\n/)) {
    const top = topLevelOf(line.split(",")[0].replace(/^"|"$/g, ""), record === void 0);
    if (top) names.add(top);
  }
  return [...names];
}
var cache = /* @__PURE__ */ new WeakMap();
var SKIPPED2 = /* @__PURE__ */ new Set(["/proc", "/sys", "/dev", "/usr/share/doc", "/usr/share/locale", "/usr/share/man", "/usr/include"]);
function installedDistributions(fs) {
  const known = cache.get(fs);
  if (known) return known;
  const found = fs.unwatched(() => findDistributions(fs));
  cache.set(fs, found);
  return found;
}
function findDistributions(fs) {
  const found = [];
  const folders = ["/"];
  while (folders.length > 0) {
    const folder = folders.pop();
    const entries = fs.entries(folder);
    if (!entries) continue;
    const prefix = folder === "/" ? "/" : `${folder}/`;
    const metadata = [...entries].filter(([name, type]) => /\.(dist|egg)-info$/.test(name) && (type === "dir" || type === "file"));
    for (const [name, type] of metadata) found.push(readDistribution(fs, folder, name, type === "dir"));
    if (metadata.length > 0 || /\/(site|dist)-packages$/.test(folder)) continue;
    for (const [name, type] of entries) if (type === "dir" && !SKIPPED2.has(`${prefix}${name}`)) folders.push(`${prefix}${name}`);
  }
  return found;
}
function readDistribution(fs, location, folderName, isFolder) {
  const path18 = `${location === "/" ? "" : location}/${folderName}`;
  const head = (file) => fs.readHead(file)?.toString("utf8");
  const text = isFolder ? head(`${path18}/METADATA`) ?? head(`${path18}/PKG-INFO`) : head(path18);
  const { name, version } = headers(text ?? "");
  const [fallbackName, fallbackVersion] = folderName.replace(/\.(dist|egg)-info$/, "").split("-");
  const known = version ?? fallbackVersion;
  return { name: name ?? fallbackName, ...known && { version: known }, metadata: path18, location, topLevel: topLevelNames(fs, path18, isFolder) };
}

// src/explain/build-context.ts
import { existsSync as existsSync2, statSync as statSync3 } from "node:fs";
import path13 from "node:path";

// src/explain/dockerignore.ts
var BOM = "\uFEFF";
var GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
function trimSpace(text) {
  return text.replace(GO_SPACE, "");
}
function cleanPath(path18) {
  if (path18 === "") return ".";
  const rooted = path18.startsWith("/");
  const parts = [];
  for (const part of path18.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts.at(-1) !== "..") parts.pop();
      else if (!rooted) parts.push("..");
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join("/");
  return rooted ? `/${joined}` : joined || ".";
}
function readLines(text) {
  const lines = text.split("\n");
  if (lines[0]?.startsWith(BOM)) lines[0] = lines[0].slice(BOM.length);
  const read = [];
  lines.forEach((raw, index) => {
    const trimmed = trimSpace(raw);
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const exception = trimmed.startsWith("!");
    let pattern = exception ? trimSpace(trimmed.slice(1)) : trimmed;
    if (pattern !== "") {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
    }
    read.push({ line: index + 1, text: trimmed, pattern: exception ? `!${pattern}` : pattern });
  });
  return read;
}
function goPatternProblem(pattern) {
  const chars = [...pattern];
  let index = 0;
  const classChar = () => {
    const char = chars[index];
    if (char === void 0 || char === "-" || char === "]") return false;
    if (char === "\\") index++;
    if (chars[index] === void 0) return false;
    index++;
    return index < chars.length;
  };
  while (index < chars.length) {
    const char = chars[index];
    if (char === "\\") {
      if (index + 1 >= chars.length) return "it ends with a lone backslash";
      index += 2;
    } else if (char === "[") {
      index++;
      if (chars[index] === "^") index++;
      let ranges = 0;
      for (; ; ) {
        if (chars[index] === "]" && ranges > 0) {
          index++;
          break;
        }
        if (!classChar()) return "a [character class] is empty or not closed";
        if (chars[index] === "-") {
          index++;
          if (!classChar()) return "a range in a [character class] has no end";
        }
        ranges++;
      }
    } else index++;
  }
  return void 0;
}
var REGEX_ONLY = /* @__PURE__ */ new Set([".", "+", "(", ")", "|", "{", "}", "$"]);
var SLASH = 47;
var notSlash = (char) => char !== SLASH;
var isDigit2 = (char) => char >= 48 && char <= 57;
var isWord = (char) => isDigit2(char) || char >= 65 && char <= 90 || char >= 97 && char <= 122 || char === 95;
var isSpace = (char) => char >= 9 && char <= 13 || char === 32 || char === 160 || char === 5760 || char >= 8192 && char <= 8202 || char === 8232 || char === 8233 || char === 8239 || char === 8287 || char === 12288 || char === 65279;
var CLASS_ESCAPES = /* @__PURE__ */ new Map([
  ["d", isDigit2],
  ["D", (char) => !isDigit2(char)],
  ["s", isSpace],
  ["S", (char) => !isSpace(char)],
  ["w", isWord],
  ["W", (char) => !isWord(char)]
]);
var CHAR_ESCAPES = /* @__PURE__ */ new Map([["t", 9], ["n", 10], ["v", 11], ["f", 12], ["r", 13]]);
var wordBoundary = (before, after) => isWord(before) !== isWord(after);
function classTest(items2) {
  const isRaw = (item, char) => item !== void 0 && "char" in item && item.raw && item.char === char.codePointAt(0);
  const negated = isRaw(items2[0], "^");
  const members = [];
  for (let index = negated ? 1 : 0; index < items2.length; index++) {
    const low = items2[index];
    const high = items2[index + 2];
    if (isRaw(items2[index + 1], "-") && high !== void 0) {
      if (!("char" in low) || !("char" in high)) return "a range in a [character class] ends in a class escape";
      if (low.char > high.char) return "a range in a [character class] runs backwards";
      members.push((char) => char >= low.char && char <= high.char);
      index += 2;
    } else members.push("char" in low ? (char) => char === low.char : low.test);
  }
  return (char) => members.some((member) => member(char)) !== negated;
}
function compileIgnorePattern(pattern) {
  const chars = [...pattern];
  const steps = [];
  let kind = "exact";
  let classItems;
  let refused;
  const add = (item, step) => {
    if (classItems) classItems.push(item);
    else steps.push(step);
  };
  for (let index = 0, step = 0; index < chars.length; index++, step++) {
    const char = chars[index];
    if (classItems && (char === "*" || char === "?")) throw new Error(`a ${char} inside [...] is not matched as written`);
    if (char === "*") {
      if (chars[index + 1] === "*") {
        index++;
        if (chars[index + 1] === "/") index++;
        if (index + 1 >= chars.length) {
          if (kind === "exact") kind = "prefix";
          else {
            steps.push({ kind: "many", test: notLineEnd });
            kind = "regexp";
          }
        } else {
          steps.push({ kind: "optional", length: 2 }, { kind: "many", test: notLineEnd }, literalStep(SLASH));
          kind = "regexp";
        }
        if (step === 0) kind = "suffix";
      } else {
        steps.push({ kind: "many", test: notSlash });
        kind = "regexp";
      }
    } else if (char === "?") {
      steps.push({ kind: "one", test: notSlash });
      kind = "regexp";
    } else if (char === "\\") {
      const next = chars[index + 1];
      if (next === void 0) {
        add({ char: 92, raw: false }, literalStep(92));
        continue;
      }
      index++;
      kind = "regexp";
      const escaped = CHAR_ESCAPES.get(next) ?? (classItems && next === "b" ? 8 : void 0);
      const escapedClass = CLASS_ESCAPES.get(next);
      if (!/[A-Za-z0-9]/.test(next) || escaped !== void 0) {
        const literal = escaped ?? next.codePointAt(0);
        add({ char: literal, raw: false }, literalStep(literal));
      } else if (escapedClass) add({ test: escapedClass }, { kind: "one", test: escapedClass });
      else if (next === "b" || next === "B") {
        if (classItems) refused ??= `\\${next} inside [...] is an escape Docker's regular expressions refuse`;
        else steps.push({ kind: "assert", test: next === "b" ? wordBoundary : (before, after) => !wordBoundary(before, after) });
      } else throw new Error(`\\${next} is an escape Docker's regular expressions refuse`);
    } else if (char === "[" && !classItems) {
      classItems = [];
      kind = "regexp";
    } else if (char === "]" && classItems) {
      const test = classTest(classItems);
      if (typeof test === "string") refused ??= test;
      else steps.push({ kind: "one", test });
      classItems = void 0;
    } else if (char === "^" && !classItems) {
      steps.push({ kind: "assert", test: (before) => before === -1 });
    } else {
      const raw = !REGEX_ONLY.has(char) && char !== "[" && char !== "]" && char !== "/";
      add({ char: char.codePointAt(0), raw }, literalStep(char.codePointAt(0)));
    }
  }
  if (classItems) refused ??= "a [character class] is not closed";
  if (refused) throw new Error(refused);
  if (kind === "exact") return { matches: (path18) => path18 === pattern };
  if (kind === "prefix") {
    const prefix = pattern.slice(0, -2);
    return { matches: (path18) => path18.startsWith(prefix) };
  }
  if (kind === "suffix") {
    const suffix = pattern.slice(2);
    return { matches: (path18) => path18.endsWith(suffix) || suffix.startsWith("/") && path18 === suffix.slice(1) };
  }
  const matcher = new StepsMatcher(steps);
  return { matches: matcher.matches, steps: matcher };
}
var DockerIgnore = class {
  /** The ignore file, as a path relative to the repository (for annotations). */
  file;
  rules;
  compiled;
  hasExceptions;
  folders = /* @__PURE__ */ new Map();
  /**
   * Reads an ignore file's text. `dockerfile` is the Dockerfile's path relative to the context:
   * Docker always sends it and the ignore file. Throws ConfigurationError for a pattern Docker refuses.
   */
  constructor(text, file, dockerfile = "Dockerfile") {
    this.file = file;
    const lines = readLines(text);
    const compiled = [];
    for (const line of lines) {
      let pattern = cleanPath(trimSpace(line.pattern));
      const exception = pattern.startsWith("!");
      if (exception) {
        if (pattern.length === 1) throw new ConfigurationError(`${file} line ${line.line}: "${quoted(line.text)}" is an exception with no pattern; Docker refuses it`);
        pattern = pattern.slice(1);
      }
      const problem = goPatternProblem(pattern);
      let compiledPattern;
      try {
        if (problem) throw new Error(problem);
        compiledPattern = compileIgnorePattern(pattern);
      } catch (error) {
        throw new ConfigurationError(`${file} line ${line.line}: "${quoted(line.text)}" is not a pattern Docker accepts (${error.message}); docker build fails with it`);
      }
      compiled.push({ line: line.line, text: line.text, pattern, exception, ...compiledPattern });
    }
    this.rules = compiled.map(({ line, text: text2, pattern, exception }) => ({ line, text: text2, pattern, exception }));
    const kept = compiled.slice();
    for (const always of [".dockerignore", cleanPath(dockerfile)]) {
      if (this.matchOrParents(compiled, always)) kept.push({ line: 0, text: `!${always}`, pattern: always, exception: true, ...compileIgnorePattern(always) });
    }
    this.compiled = kept;
    this.hasExceptions = kept.some((rule2) => rule2.exception);
  }
  /** Why a path of the context (relative, `/`-separated) is not sent to the builder; undefined when it is. */
  exclusion(path18, isFolder = false) {
    const clean = cleanPath(path18);
    if (clean === "." || clean.startsWith("../")) return void 0;
    const parts = clean.split("/");
    let parent2;
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join("/");
      parent2 = this.folder(folder, parent2);
      if (parent2.skipped) return { rule: parent2.decidedBy, folder };
    }
    const own = isFolder ? this.folder(clean, parent2) : this.evaluate(clean, parent2);
    return own.excluded ? { rule: own.decidedBy } : void 0;
  }
  /** Whether the context sends this path (a folder is sent when it or anything under it is). */
  sends(path18, isFolder = false) {
    return this.exclusion(path18, isFolder) === void 0;
  }
  folder(path18, parent2) {
    let state = this.folders.get(path18);
    if (!state) {
      state = this.evaluate(path18, parent2);
      if (state.excluded) state.skipped = !this.exceptionUnder(path18);
      this.folders.set(path18, state);
    }
    return state;
  }
  /** Docker enters a left-out folder only for an exception whose text starts with the folder's path. */
  exceptionUnder(folder) {
    if (!this.hasExceptions) return false;
    return this.compiled.some((rule2) => rule2.exception && `${rule2.pattern}/`.startsWith(`${folder}/`));
  }
  /**
   * One path against every rule, as Docker's walk does: a rule the parent folder matched still
   * matches; otherwise a plain rule is tried only while the path is sent, an exception only while
   * it is left out. At the top level (no parent), a rule may also match one of the path's folders.
   * A rule with steps goes on from where it stood at the parent folder: each name is read once.
   */
  evaluate(path18, parent2) {
    const name = path18.slice(path18.lastIndexOf("/") + 1);
    const progress = this.compiled.map((rule2, index) => {
      if (!rule2.steps) return void 0;
      if (!parent2) return rule2.steps.advance(rule2.steps.start, path18);
      const above = parent2.progress[index];
      return above && rule2.steps.advance(above, `/${name}`);
    });
    let excluded = false;
    let decidedBy;
    const matched = this.compiled.map((rule2, index) => {
      let match = parent2?.matched[index] ?? false;
      if (!match) {
        if (rule2.exception !== excluded) return false;
        const reached = progress[index];
        match = rule2.steps ? reached !== void 0 && rule2.steps.accepts(reached) : rule2.matches(path18);
        if (!match && !parent2) match = this.parentFolders(path18).some((folder) => rule2.matches(folder));
      }
      if (match) {
        excluded = !rule2.exception;
        decidedBy = rule2;
      }
      return match;
    });
    return { matched, excluded, skipped: false, progress, ...decidedBy && { decidedBy } };
  }
  parentFolders(path18) {
    const parts = path18.split("/");
    return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join("/"));
  }
  /** Docker's check for the Dockerfile and the ignore file: any rule, on the path or a folder above it. */
  matchOrParents(rules, path18) {
    let excluded = false;
    for (const rule2 of rules) {
      if (rule2.exception !== excluded) continue;
      if (rule2.matches(path18) || this.parentFolders(path18).some((folder) => rule2.matches(folder))) excluded = !rule2.exception;
    }
    return excluded;
  }
};

// src/explain/dockerfile.ts
var HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
function instructionsOf(text) {
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  let escape = "\\";
  let index = 0;
  for (; index < lines.length; index++) {
    const directive = /^\s*#\s*([a-zA-Z]+)\s*=\s*(.*?)\s*$/.exec(lines[index]);
    if (!directive) break;
    if (directive[1].toLowerCase() === "escape" && (directive[2] === "`" || directive[2] === "\\")) escape = directive[2];
  }
  const instructions = [];
  while (index < lines.length) {
    const start = index;
    const first = lines[index++];
    if (/^\s*(#|$)/.test(first)) continue;
    let joined = first;
    while (endsWithEscape(joined, escape) && index < lines.length) {
      joined = joined.replace(/\s*$/, "").slice(0, -1);
      while (index < lines.length && /^\s*(#|$)/.test(lines[index])) index++;
      if (index < lines.length) joined += lines[index++];
    }
    const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(joined);
    if (!match) continue;
    instructions.push({ keyword: match[1].toUpperCase(), rest: match[2].trim(), line: start + 1 });
    for (const heredoc of match[2].matchAll(HEREDOC)) {
      const word = heredoc[3];
      while (index < lines.length && (heredoc[1] === "-" ? lines[index].replace(/^\t+/, "") : lines[index]) !== word) index++;
      index++;
    }
  }
  return instructions;
}
function endsWithEscape(line, escape) {
  return line.replace(/\s*$/, "").endsWith(escape);
}
function substitute(text, variables) {
  return text.replace(/\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, operator, word, bare) => {
    if (whole === "\\$") return "$";
    const name = braced ?? bare;
    const value = variables.get(name);
    if (operator === "-") return value ? value : substitute(word ?? "", variables);
    if (operator === "+") return value ? substitute(word ?? "", variables) : "";
    return value ?? "";
  });
}
function words(text) {
  const result = [];
  let current = "";
  let quote = "";
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = "";
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) result.push(current);
      current = "";
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) result.push(current);
  return result;
}
function argumentsOf(rest) {
  if (rest.startsWith("[")) {
    try {
      const parsed = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
    } catch {
    }
  }
  return words(rest);
}
function assignments(rest, variables) {
  const parts = words(rest);
  if (parts.length >= 2 && !parts[0].includes("=")) return [[parts[0], substitute(words(rest.slice(rest.indexOf(parts[0]) + parts[0].length)).join(" "), variables)]];
  return parts.filter((part) => part.includes("=")).map((part) => [part.slice(0, part.indexOf("=")), substitute(part.slice(part.indexOf("=") + 1), variables)]);
}
function joinImagePath(workdir, target) {
  const joined = target.startsWith("/") ? target : `${workdir.replace(/\/$/, "")}/${target}`;
  const clean = cleanPath(joined);
  return target.endsWith("/") || target.endsWith("/.") || target === "." ? `${clean.replace(/\/$/, "")}/` : clean;
}
function parseDockerfile(text, file) {
  const stages = [];
  const globalArgs = /* @__PURE__ */ new Map();
  let variables = /* @__PURE__ */ new Map();
  let workdir = "/";
  const stageState = /* @__PURE__ */ new Map();
  for (const instruction of instructionsOf(text)) {
    const { keyword, rest, line } = instruction;
    const stage = stages.at(-1);
    if (keyword === "FROM") {
      const parts = words(substitute(rest, globalArgs)).filter((part) => !part.startsWith("--"));
      const base = parts[0] ?? "";
      const name = parts[1]?.toUpperCase() === "AS" ? parts[2]?.toLowerCase() : void 0;
      const parent2 = stages.find((candidate) => candidate.name === base.toLowerCase());
      const inherited = parent2 ? stageState.get(parent2) : { variables: /* @__PURE__ */ new Map(), workdir: "/" };
      const created = { base, line, copies: [], ...name && { name }, ...parent2?.command && { command: parent2.command } };
      stages.push(created);
      variables = new Map(inherited.variables);
      workdir = inherited.workdir;
      stageState.set(created, { variables, workdir });
      continue;
    }
    if (keyword === "ARG") {
      for (const [key, value] of assignments(rest.includes("=") ? rest : `${rest}=`, stage ? variables : globalArgs)) {
        const known = stage ? value || globalArgs.get(key) || variables.get(key) || "" : value;
        (stage ? variables : globalArgs).set(key, known);
      }
      continue;
    }
    if (!stage) continue;
    if (keyword === "ENV") for (const [key, value] of assignments(rest, variables)) variables.set(key, value);
    else if (keyword === "WORKDIR") workdir = joinImagePath(workdir, substitute(rest.trim(), variables)).replace(/(.)\/$/, "$1");
    else if (keyword === "CMD" || keyword === "ENTRYPOINT") stage.command = { keyword, line };
    else if (keyword === "COPY" || keyword === "ADD") {
      const copy = copyStep(keyword, instruction, variables, workdir);
      if (copy) stage.copies.push(copy);
    }
    stageState.set(stage, { variables, workdir });
  }
  return { file, stages };
}
function copyStep(keyword, instruction, variables, workdir) {
  let rest = instruction.rest;
  const flags = /* @__PURE__ */ new Map();
  for (let flag = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest); flag; flag = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest)) {
    flags.set(flag[1], flag[2] ?? "true");
    rest = rest.slice(flag[0].length);
  }
  if (/^<</.test(rest)) return void 0;
  const parts = argumentsOf(rest).map((part) => substitute(part, variables));
  if (parts.length < 2) return void 0;
  const destinationText = parts.at(-1);
  const sources = parts.slice(0, -1).filter((source2) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(source2) && !/^git@/.test(source2));
  if (sources.length === 0) return void 0;
  const from = flags.get("from");
  const manySources = sources.length > 1 || sources.some(isPattern);
  const destination = joinImagePath(workdir, manySources && !destinationText.endsWith("/") ? `${destinationText}/` : destinationText);
  const clean = (source2) => from === void 0 ? cleanPath(source2).replace(/^\/+/, "") || "." : cleanPath(source2.startsWith("/") ? source2 : `/${source2}`);
  return {
    keyword,
    line: instruction.line,
    text: `${keyword} ${instruction.rest}`.replace(/\s+/g, " "),
    sources: sources.map(clean),
    destination,
    ...from !== void 0 && { from: from.toLowerCase() },
    parents: flags.get("parents") === "true"
  };
}
var SLASH2 = 47;
var notSlash2 = (char) => char !== SLASH2;
function globMatcher(pattern) {
  const chars = Array.from(pattern, (char) => char.codePointAt(0));
  const steps = [];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index];
    if (char === 42) steps.push({ kind: "many", test: notSlash2 });
    else if (char === 63) steps.push({ kind: "one", test: notSlash2 });
    else if (char === 92 && index + 1 < chars.length) steps.push(literalStep(chars[++index]));
    else if (char === 91) {
      const end = chars.indexOf(93, index + 2);
      if (end === -1) steps.push(literalStep(char));
      else {
        steps.push({ kind: "one", test: classTest2(chars.slice(index + 1, end)) });
        index = end;
      }
    } else steps.push(literalStep(char));
  }
  return new StepsMatcher(steps);
}
function classTest2(members) {
  const negated = members[0] === 94 || members[0] === 33;
  const ranges = [];
  for (let index = negated ? 1 : 0; index < members.length; index++) {
    const low = members[index];
    if (members[index + 1] === 45 && index + 2 < members.length) {
      ranges.push([low, members[index + 2]]);
      index += 2;
    } else ranges.push([low, low]);
  }
  return (char) => ranges.some(([low, high]) => char >= low && char <= high) !== negated;
}
var sourceMatchers = /* @__PURE__ */ new WeakMap();
function sourceMatcher(step, source2) {
  let matchers = sourceMatchers.get(step);
  if (!matchers) sourceMatchers.set(step, matchers = /* @__PURE__ */ new Map());
  let matcher = matchers.get(source2);
  if (!matcher) matchers.set(source2, matcher = globMatcher(source2));
  return matcher;
}
function isPattern(source2) {
  return /[*?[]/.test(source2);
}
function landing(step, item, path18, itemIsPath) {
  if (step.parents) return `${step.destination.replace(/\/$/, "")}/${path18.replace(/^\/+/, "")}`;
  const below = itemIsPath ? "" : path18.slice(item === "." || item === "/" ? 0 : item.length + 1).replace(/^\/+/, "");
  if (itemIsPath) return step.destination.endsWith("/") ? `${step.destination}${path18.slice(path18.lastIndexOf("/") + 1)}` : step.destination;
  return `${step.destination.replace(/\/$/, "")}/${below}`;
}
function throughStep(step, path18) {
  for (const source2 of step.sources) {
    if (!isPattern(source2)) {
      if (source2 === path18) return landing(step, source2, path18, true);
      if (source2 === "." || source2 === "/" || path18.startsWith(`${source2}/`)) return landing(step, source2, path18, false);
      continue;
    }
    const matcher = sourceMatcher(step, source2);
    const parts = path18.split("/");
    let progress = matcher.start;
    for (let depth = 1; depth <= parts.length && progress; depth++) {
      progress = matcher.advance(progress, depth === 1 ? parts[0] : `/${parts[depth - 1]}`);
      if (progress && (depth > 1 || parts[0] !== "") && matcher.accepts(progress)) return landing(step, parts.slice(0, depth).join("/"), path18, depth === parts.length);
    }
  }
  return void 0;
}
function placementsOf(dockerfile, contextPath) {
  const byStage = /* @__PURE__ */ new Map();
  for (const stage of dockerfile.stages) {
    const parent2 = dockerfile.stages.find((candidate) => candidate !== stage && candidate.name === stage.base.toLowerCase() && byStage.has(candidate));
    const placements = [...parent2 ? byStage.get(parent2) : []];
    for (const step of stage.copies) {
      if (step.from === void 0) {
        const imagePath2 = throughStep(step, contextPath);
        if (imagePath2) placements.push({ imagePath: imagePath2, steps: [step] });
        continue;
      }
      const source2 = dockerfile.stages.find((candidate, index) => candidate.name === step.from || String(index) === step.from);
      for (const earlier of (source2 && byStage.get(source2)) ?? []) {
        const imagePath2 = throughStep(step, earlier.imagePath);
        if (imagePath2) placements.push({ imagePath: imagePath2, steps: [...earlier.steps, step] });
      }
    }
    byStage.set(stage, placements);
  }
  const last2 = dockerfile.stages.at(-1);
  return last2 ? byStage.get(last2) : [];
}
function closestCopy(dockerfile, contextPath) {
  const wanted = contextPath.split("/");
  let best;
  let bestShared = -1;
  for (const step of dockerfile.stages.flatMap((stage) => stage.copies)) {
    if (step.from !== void 0) continue;
    for (const source2 of step.sources) {
      const parts = source2 === "." ? [] : source2.split("/");
      let shared = 0;
      while (shared < parts.length && shared < wanted.length && parts[shared] === wanted[shared]) shared++;
      if (shared >= bestShared) [best, bestShared] = [step, shared];
    }
  }
  return best;
}
function contextCopies(dockerfile) {
  const copies = [];
  for (const step of finalChain(dockerfile).flatMap((stage) => stage.copies)) {
    if (step.from !== void 0 || step.parents) continue;
    for (const source2 of step.sources) if (!isPattern(source2)) copies.push({ source: source2, destination: step.destination });
  }
  return copies.reverse();
}
function finalChain(dockerfile) {
  const chain = [];
  for (let stage = dockerfile.stages.at(-1); stage && !chain.includes(stage); stage = dockerfile.stages.find((candidate) => candidate.name === stage.base.toLowerCase())) chain.push(stage);
  return chain.reverse();
}
function importedFolders(dockerfile, searched) {
  const folders = /* @__PURE__ */ new Set();
  for (const step of finalChain(dockerfile).flatMap((stage) => stage.copies)) {
    if (step.from !== void 0 || step.parents) continue;
    const destination = step.destination.replace(/\/$/, "") || "/";
    for (const source2 of step.sources) {
      if (isPattern(source2)) continue;
      for (const entry of searched) {
        if (entry === destination) folders.add(source2 === "." ? "" : source2);
        else if (entry.startsWith(`${destination === "/" ? "" : destination}/`)) {
          const below = entry.slice(destination === "/" ? 1 : destination.length + 1);
          folders.add(source2 === "." ? below : `${source2}/${below}`);
        }
      }
    }
  }
  return folders;
}

// src/explain/build-context.ts
function repositoryRelative(root, target) {
  return path13.relative(root, target).split(path13.sep).join("/");
}
function upToTarget(dockerfile, target) {
  const index = dockerfile.stages.findIndex((stage) => stage.name === target.toLowerCase());
  if (index === -1) {
    const names = dockerfile.stages.flatMap((stage) => stage.name ? [stage.name] : []);
    throw new ConfigurationError(`target ${JSON.stringify(target)} is not a stage of ${dockerfile.file}; ${names.length > 0 ? `its named stages are ${quoted(names.join(", "))}` : "it names no stage (FROM image AS name)"}`);
  }
  return { ...dockerfile, stages: dockerfile.stages.slice(0, index + 1) };
}
function readBuildContext(repository, context, dockerfile, target, logger2 = silentLogger) {
  const root = path13.resolve(repository);
  const folder = path13.resolve(root, context || ".");
  const folderRelative = repositoryRelative(root, folder);
  if (folderRelative.startsWith("..") || path13.isAbsolute(folderRelative)) throw new ConfigurationError(`context ${JSON.stringify(context)} is outside the repository ${repository}; give a folder inside it, for example . or services/api`);
  if ("refused" in locateInRepository(root, folder)) throw new ConfigurationError(`context ${JSON.stringify(context)} leads outside the repository ${repository} through a symbolic link; give a folder inside it, for example . or services/api`);
  if (!existsSync2(folder) || !statSync3(folder).isDirectory()) throw new ConfigurationError(`context ${JSON.stringify(context)} is not a folder of the repository ${repository}`);
  const dockerfilePath = path13.resolve(root, dockerfile || path13.join(folder, "Dockerfile"));
  const dockerfileRelative = repositoryRelative(root, dockerfilePath);
  if (dockerfile) {
    const located = locateInRepository(root, dockerfilePath);
    if ("refused" in located) throw new ConfigurationError(`dockerfile ${JSON.stringify(dockerfile)} is not read: ${located.refused}; give a file inside the repository ${repository}`);
    if (!existsSync2(dockerfilePath)) throw new ConfigurationError(`dockerfile ${JSON.stringify(dockerfile)} is not a file of the repository ${repository}`);
  }
  const built = { folder: folderRelative };
  const dockerfileText = existsSync2(dockerfilePath) && statSync3(dockerfilePath).isFile() ? readRepositoryFile(root, dockerfileRelative, logger2) : void 0;
  if (dockerfileText !== void 0) {
    const parsed = parseDockerfile(dockerfileText, dockerfileRelative);
    built.dockerfile = target ? upToTarget(parsed, target) : parsed;
  }
  const candidates = [`${dockerfilePath}.dockerignore`, path13.join(folder, ".dockerignore")];
  const ignorePath = candidates.find((candidate) => existsSync2(candidate) && statSync3(candidate).isFile());
  const ignoreText = ignorePath ? readRepositoryFile(root, repositoryRelative(root, ignorePath), logger2) : void 0;
  if (ignorePath && ignoreText !== void 0) built.ignore = new DockerIgnore(ignoreText, repositoryRelative(root, ignorePath), repositoryRelative(folder, dockerfilePath));
  return built;
}

// src/explain/cause.ts
import path14 from "node:path";
function explainFirstParty(finding, context, checkout) {
  if (finding.origin !== "first-party" || finding.kind !== "missing-module" || finding.cause !== void 0) return finding;
  const imageHas = checkout.imageHas ?? (() => false);
  const sources = checkout.sourcesOf(finding.module);
  if (sources.length === 0) return finding;
  const inContext = sources.map((source3) => ({ source: source3, relative: path14.posix.relative(context.folder, source3) })).filter(({ relative: relative2 }) => !relative2.startsWith("../"));
  if (inContext.length === 0) {
    return { ...finding, cause: `its source ${sources[0]} is outside the build context ${context.folder || "."}, so no COPY can bring it in` };
  }
  for (const { source: source3, relative: relative2 } of inContext) {
    const exclusion = context.ignore?.exclusion(relative2);
    if (!exclusion) continue;
    const file = context.ignore.file;
    const leftOut = exclusion.folder ? `${path14.posix.join(context.folder, exclusion.folder)}/` : source3;
    const rule2 = quoted(exclusion.rule.text);
    return {
      ...finding,
      cause: `excluded by \`${file}\` line ${exclusion.rule.line}: \`${rule2}\``,
      causeAt: { kind: "excluded", repoPath: file, line: exclusion.rule.line, message: `\`${rule2}\` leaves ${leftOut} out of the build context` }
    };
  }
  const { source: source2, relative } = inContext[0];
  const dockerfile = context.dockerfile;
  if (dockerfile) {
    const placements = placementsOf(dockerfile, relative);
    if (placements.length === 0) {
      const closest = closestCopy(dockerfile, relative);
      const line = closest?.line ?? dockerfile.stages.at(-1)?.line ?? 1;
      return {
        ...finding,
        cause: `not copied: no COPY or ADD of \`${dockerfile.file}\` brings ${source2} into the image`,
        causeAt: { kind: "not-copied", repoPath: dockerfile.file, line, message: closest ? `\`${quoted(closest.text)}\` is the nearest COPY, and it does not bring in ${source2}` : `no COPY or ADD brings ${source2} into this image` }
      };
    }
    const placement = placements.at(-1);
    const step = placement.steps.at(-1);
    const where2 = imageHas(placement.imagePath) ? `the image has it there, but not where Python looks for ${finding.module}` : "but the image has no such file: a later step removes it";
    return { ...finding, cause: `\`${dockerfile.file}\` line ${step.line} copies ${source2} to ${quoted(placement.imagePath)}, ${where2}` };
  }
  const ignoreNote = context.ignore ? `no rule of \`${context.ignore.file}\` leaves it out` : "the build context has no .dockerignore";
  return { ...finding, cause: `the checkout has ${source2} but the image does not, and ${ignoreNote}` };
}

// src/explain/requirements.ts
import path15 from "node:path";
var REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function requirement(name, file, line, text) {
  return { name, normalized: normalizeName(name), file, line, text: quoted(text.trim()) };
}
function readRequirementsFile(root, file, declared, seen, logger2) {
  const located = locateInRepository(root, file);
  const key = "real" in located ? located.real : file;
  if (seen.has(key)) return;
  seen.add(key);
  const text = readRepositoryFile(root, file, logger2);
  if (text === void 0) return;
  declared.files.push(file);
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1;
    let text2 = lines[index];
    while (text2.endsWith("\\") && index + 1 < lines.length) text2 = text2.slice(0, -1) + lines[++index];
    text2 = text2.replace(/(^|\s)#.*$/, "").trim();
    if (text2 === "") continue;
    const include = /^(?:-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(text2);
    if (include) {
      const included = path15.posix.isAbsolute(include[1]) ? include[1] : path15.posix.join(path15.posix.dirname(file), include[1]);
      if (!/^(-c|--constraint)/.test(text2)) readRequirementsFile(root, included, declared, seen, logger2);
      continue;
    }
    const editable = /^(?:-e|--editable)\s+(\S+)/.exec(text2);
    if (editable) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(lines[index]);
      if (egg) declared.requirements.push(requirement(egg[1], file, number, text2));
      continue;
    }
    if (text2.startsWith("-")) continue;
    const name = REQUIREMENT_NAME.exec(text2);
    if (name && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text2) && !text2.startsWith(".") && !text2.startsWith("/")) declared.requirements.push(requirement(name[1], file, number, text2));
  }
}
function lineOf(lines, needle, from = 0) {
  for (let index = from; index < lines.length; index++) if (lines[index].includes(needle)) return index + 1;
  return from + 1;
}
function tableLine(lines, header) {
  return lines.findIndex((line) => line.trim() === `[${header}]`);
}
function readPyproject(root, file, declared, logger2) {
  const text = readRepositoryFile(root, file, logger2);
  if (text === void 0) return;
  let document;
  try {
    document = parse(text);
  } catch {
    return;
  }
  declared.files.push(file);
  const lines = text.split(/\r?\n/);
  const project = document.project ?? {};
  const strings = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  const projectStart = Math.max(0, tableLine(lines, "project"));
  for (const spec of [...strings(project.dependencies), ...Object.values(project["optional-dependencies"] ?? {}).flatMap(strings)]) {
    const name = REQUIREMENT_NAME.exec(spec);
    if (name) declared.requirements.push(requirement(name[1], file, lineOf(lines, spec, projectStart), spec));
  }
  const poetry = (document.tool ?? {}).poetry;
  const tables = [["tool.poetry.dependencies", poetry?.dependencies ?? {}], ...Object.entries(poetry?.group ?? {}).map(([group, table]) => [`tool.poetry.group.${group}.dependencies`, table.dependencies ?? {}])];
  for (const [header, table] of tables) {
    const start = Math.max(0, tableLine(lines, header));
    for (const [name, value] of Object.entries(table)) {
      if (name.toLowerCase() === "python") continue;
      const line = lineOf(lines, name, start);
      declared.requirements.push(requirement(name, file, line, lines[line - 1] ?? `${name} = ${JSON.stringify(value)}`));
    }
  }
}
function readSetupCfg(root, file, declared, logger2) {
  const text = readRepositoryFile(root, file, logger2);
  if (text === void 0) return;
  declared.files.push(file);
  const lines = text.split(/\r?\n/);
  let section = "";
  let collecting = false;
  lines.forEach((raw, index) => {
    const header = /^\[([^\]]+)\]/.exec(raw);
    if (header) {
      section = header[1].trim();
      collecting = false;
      return;
    }
    const key = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(raw);
    if (key) {
      collecting = section === "options" && key[1] === "install_requires" || section === "options.extras_require";
      if (collecting && key[2].trim() !== "" && section === "options") {
        const name2 = REQUIREMENT_NAME.exec(key[2]);
        if (name2) declared.requirements.push(requirement(name2[1], file, index + 1, key[2]));
      }
      return;
    }
    if (!collecting || !/^\s+\S/.test(raw)) return;
    const text2 = raw.replace(/(^|\s)#.*$/, "").trim();
    const name = REQUIREMENT_NAME.exec(text2);
    if (name && text2 !== "") declared.requirements.push(requirement(name[1], file, index + 1, text2));
  });
}
function readDeclaredRequirements(root, files, contextFolder, logger2 = silentLogger) {
  const declared = { files: [], requirements: [] };
  const folders = [.../* @__PURE__ */ new Set([contextFolder, ""])];
  const seen = /* @__PURE__ */ new Set();
  for (const folder of folders) {
    const prefix = folder === "" ? "" : `${folder}/`;
    const here = files.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length));
    for (const file of here.filter((name) => /^(requirements[^/]*\.txt|requirements\/[^/]+\.txt)$/.test(name)).sort()) readRequirementsFile(root, `${prefix}${file}`, declared, seen, logger2);
    if (here.includes("pyproject.toml")) readPyproject(root, `${prefix}pyproject.toml`, declared, logger2);
    if (here.includes("setup.cfg")) readSetupCfg(root, `${prefix}setup.cfg`, declared, logger2);
  }
  return declared;
}

// src/explain/third-party.ts
function label(distribution) {
  return distribution.version ? `${distribution.name} ${distribution.version}` : distribution.name;
}
var NAMED_FILES = 5;
function place(requirement2) {
  return `${requirement2.file}:${requirement2.line}`;
}
function thirdPartyExplainer(facts) {
  const searched = new Set(facts.searched);
  const providersOf = /* @__PURE__ */ new Map();
  for (const distribution of facts.distributions) for (const top of distribution.topLevel) providersOf.set(top, [...providersOf.get(top) ?? [], distribution]);
  const installedNames = new Set(facts.distributions.filter((distribution) => searched.has(distribution.location)).map((distribution) => normalizeName(distribution.name)));
  return (finding) => explain(finding, facts, { searched, installedNames, providersOf });
}
function explain(finding, facts, index) {
  if (finding.kind !== "missing-module" || finding.cause !== void 0 || finding.origin !== "third-party" && finding.origin !== "unknown") return finding;
  const top = finding.module.split(".")[0];
  const { searched, installedNames, providersOf } = index;
  const providers = providersOf.get(top) ?? [];
  if (providers.some((provider) => searched.has(provider.location))) return finding;
  const names = /* @__PURE__ */ new Set([normalizeName(top), ...providers.map((provider) => normalizeName(provider.name))]);
  const elsewhere = providers[0];
  const declared = facts.declared?.requirements.find((requirement2) => names.has(requirement2.normalized));
  if (declared) {
    if (installedNames.has(declared.normalized)) return finding;
    const where2 = elsewhere ? `installed only in ${elsewhere.location}, which Python ${facts.version} does not search` : "not installed in the image";
    return {
      ...finding,
      cause: `declared in ${place(declared)} as ${quoted(declared.name)}, but ${where2}`,
      causeAt: { kind: "not-installed", repoPath: declared.file, line: declared.line, message: `\`${quoted(declared.text)}\` is declared here, but the image has no ${quoted(declared.name)} where Python ${facts.version} looks` }
    };
  }
  if (elsewhere) return { ...finding, cause: `${label(elsewhere)} provides ${top}, but it is installed in ${elsewhere.location}, which Python ${facts.version} does not search` };
  if (!facts.declared) return finding;
  if (facts.declared.files.length === 0) return { ...finding, cause: `not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg)` };
  const lacking = facts.declared.requirements.filter((requirement2) => !installedNames.has(requirement2.normalized));
  const candidates = lacking.length > 0 ? `; declared but not installed: ${lacking.slice(0, 3).map((requirement2) => `${quoted(requirement2.name)} (${place(requirement2)})`).join(", ")}${lacking.length > 3 ? ` and ${lacking.length - 3} more` : ""}` : "";
  const { files } = facts.declared;
  const named = files.length > NAMED_FILES ? `${files.slice(0, NAMED_FILES).join(", ")} and ${files.length - NAMED_FILES} more` : files.join(", ");
  return { ...finding, cause: `not installed in the image, and not declared in ${named}${candidates}` };
}

// src/explain/explain.ts
function readCheckout(root, build, logger2) {
  const files = listRepository(root, logger2);
  const context = readBuildContext(root, build.context, build.dockerfile, build.target, logger2);
  const placements = { context: context.folder, copies: context.dockerfile ? contextCopies(context.dockerfile) : [] };
  return { root, files, map: new RepositoryMap(files, build.pathMap, placements), context };
}
function importRootsOf(checkout, located, searched) {
  const roots = checkout.map.importRoots(located);
  const { dockerfile, folder } = checkout.context;
  for (const copied of dockerfile ? importedFolders(dockerfile, searched) : []) roots.add(path16.posix.join(folder, copied).replace(/^\.$/, ""));
  return roots.size > 0 ? roots : void 0;
}
function explainFindings(findings, facts) {
  const { checkout } = facts;
  const unexplained = findings.some((finding) => finding.kind === "missing-module" && finding.origin !== "first-party" && finding.origin !== "stdlib" && !finding.cause);
  const thirdParty = unexplained ? thirdPartyExplainer({
    distributions: installedDistributions(facts.fs),
    searched: facts.searched,
    version: facts.version,
    ...checkout && { declared: readDeclaredRequirements(checkout.root, checkout.files, checkout.context.folder, facts.logger) }
  }) : void 0;
  const sources = { sourcesOf: (module) => checkout?.map.moduleSources(module, facts.importRoots) ?? [], imageHas: (file) => facts.fs.stat(file) !== void 0 };
  const command = checkout ? commandLine(checkout.context) : void 0;
  return findings.map((found) => {
    const finding = command && found.location.line === 0 && found.location.repoPath === void 0 ? { ...found, location: { ...found.location, ...command } } : found;
    const firstParty = checkout ? explainFirstParty(finding, checkout.context, sources) : finding;
    return thirdParty ? thirdParty(firstParty) : firstParty;
  });
}
function commandLine(context) {
  const { dockerfile } = context;
  const command = dockerfile?.stages.at(-1)?.command;
  return dockerfile && command ? { repoPath: dockerfile.file, line: command.line, column: 1 } : void 0;
}

// src/python/guards.ts
var CATCHES_IMPORT_ERROR = /* @__PURE__ */ new Set(["ImportError", "ModuleNotFoundError", "Exception", "BaseException", "*"]);
var VERSION_INFO_LENGTH = 5;
function isVersionInfo(value) {
  return typeof value === "object" && !Array.isArray(value);
}
function items(value) {
  if (Array.isArray(value)) return value;
  if (isVersionInfo(value)) return [...value.versionInfo, ...Array(VERSION_INFO_LENGTH - value.versionInfo.length).fill(void 0)];
  return void 0;
}
function isTypeChecking(expr) {
  return expr.k === "name" && expr.id === "TYPE_CHECKING" || expr.k === "attr" && expr.attr === "TYPE_CHECKING";
}
function dotted(expr) {
  if (expr.k === "name") return expr.id;
  if (expr.k === "attr") {
    const base = dotted(expr.value);
    return base === void 0 ? void 0 : `${base}.${expr.attr}`;
  }
  return void 0;
}
function evaluate(expr, context) {
  switch (expr.k) {
    case "num":
      return expr.value ?? void 0;
    case "str":
      return expr.value ?? void 0;
    case "const":
      return expr.value === "True" ? true : expr.value === "False" ? false : void 0;
    case "tuple":
    case "list": {
      const values = expr.elts.map((elt) => evaluate(elt, context));
      return values.some((value) => value === void 0) ? void 0 : values;
    }
    case "name":
    case "attr": {
      if (isTypeChecking(expr)) return false;
      const name = dotted(expr);
      if (name === "sys.version_info") return { versionInfo: [3, context.minor] };
      if (name === "sys.platform") return context.platform;
      if (name === "os.name") return "posix";
      if (name === "__name__") return context.moduleName;
      if (name === "sys.version_info.major") return 3;
      if (name === "sys.version_info.minor") return context.minor;
      if (name === "PY2" || name === "six.PY2") return false;
      if (name === "PY3" || name === "six.PY3") return true;
      return void 0;
    }
    case "subscript": {
      const base = items(evaluate(expr.value, context));
      if (!base) return void 0;
      if (expr.slice.k === "num" && expr.slice.value !== null) return base[expr.slice.value];
      if (expr.slice.k === "slice" && !expr.slice.step) {
        const lower = expr.slice.lower ? evaluate(expr.slice.lower, context) : 0;
        const upper = expr.slice.upper ? evaluate(expr.slice.upper, context) : base.length;
        if (typeof lower !== "number" || typeof upper !== "number") return void 0;
        const part = base.slice(lower, upper);
        return part.some((item) => item === void 0) ? void 0 : part;
      }
      return void 0;
    }
    case "call": {
      if (expr.func.k === "attr" && expr.func.attr === "startswith" && expr.args.length === 1) {
        const base = evaluate(expr.func.value, context);
        const prefix = evaluate(expr.args[0], context);
        if (typeof base === "string" && typeof prefix === "string") return base.startsWith(prefix);
        if (typeof base === "string" && Array.isArray(prefix)) return prefix.some((item) => typeof item === "string" && base.startsWith(item));
      }
      return void 0;
    }
    case "not": {
      const value = evaluate(expr.operand, context);
      return value === void 0 ? void 0 : !truthy(value);
    }
    case "boolop": {
      let unknown = false;
      for (const operand of expr.values) {
        const value = evaluate(operand, context);
        if (value === void 0) unknown = true;
        else if (expr.op === "and" && !truthy(value)) return false;
        else if (expr.op === "or" && truthy(value)) return true;
      }
      return unknown ? void 0 : expr.op === "and";
    }
    case "compare": {
      let left = evaluate(expr.left, context);
      for (let i = 0; i < expr.ops.length; i++) {
        const right = evaluate(expr.comparators[i], context);
        if (left === void 0 || right === void 0) return void 0;
        const result = compare(left, expr.ops[i], right);
        if (result === void 0) return void 0;
        if (!result) return false;
        left = right;
      }
      return true;
    }
    default:
      return void 0;
  }
}
function truthy(value) {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}
function order(a, b) {
  if (a === void 0 || b === void 0) return "unknown";
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  const left = items(a);
  const right = items(b);
  if (left && right) {
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      const item = order(left[i], right[i]);
      if (item !== 0) return item;
    }
    return left.length - right.length;
  }
  return "unordered";
}
function compare(left, op, right) {
  if (op === "in" || op === "not in") {
    if (!Array.isArray(right) && typeof right !== "string") return void 0;
    let found;
    if (typeof right === "string") found = typeof left === "string" && right.includes(left);
    else {
      const orders = right.map((item) => order(item, left));
      found = orders.includes(0) ? true : orders.includes("unknown") ? void 0 : false;
    }
    return found === void 0 ? void 0 : op === "in" ? found : !found;
  }
  const cmp = order(left, right);
  if (cmp === "unknown") return void 0;
  if (cmp === "unordered") return op === "==" ? false : op === "!=" ? true : void 0;
  switch (op) {
    case "==":
    case "is":
      return cmp === 0;
    case "!=":
    case "is not":
      return cmp !== 0;
    case "<":
      return cmp < 0;
    case "<=":
      return cmp <= 0;
    case ">":
      return cmp > 0;
    case ">=":
      return cmp >= 0;
    default:
      return void 0;
  }
}
function source(expr) {
  switch (expr.k) {
    case "name":
      return expr.id;
    case "attr":
      return `${source(expr.value)}.${expr.attr}`;
    case "str":
      return JSON.stringify(expr.value ?? "");
    case "num":
      return String(expr.value ?? "?");
    case "const":
      return expr.value;
    case "not":
      return `not ${source(expr.operand)}`;
    case "compare":
      return [source(expr.left), ...expr.ops.flatMap((op, i) => [op, source(expr.comparators[i])])].join(" ");
    case "boolop":
      return expr.values.map(source).join(` ${expr.op} `);
    case "call":
      return `${source(expr.func)}(...)`;
    case "subscript":
      return `${source(expr.value)}[...]`;
    case "tuple":
      return `(${expr.elts.map(source).join(", ")})`;
    default:
      return "...";
  }
}
function judgeGuards(guards, context) {
  let condition;
  let functionName;
  let handler;
  for (const guard of guards) {
    if (guard.kind === "if") {
      const describe5 = `${guard.branch === "then" ? "if" : "else of if"} ${source(guard.test)}`;
      if (isTypeChecking(guard.test) && guard.branch === "then") return { runs: "never", never: "type-checking", caught: false, describe: describe5 };
      const value = evaluate(guard.test, context);
      if (value === void 0) condition ??= describe5;
      else if (truthy(value) !== (guard.branch === "then")) return { runs: "never", never: "dead-branch", caught: false, describe: describe5 };
    } else if (guard.kind === "except") {
      condition ??= `in except ${guard.catches.includes("*") ? "(bare)" : guard.catches.join(", ")} handler`;
    } else if (guard.kind === "function") {
      functionName ??= guard.name;
    } else if (guard.kind === "try" || guard.kind === "suppress") {
      const names = guard.kind === "try" ? guard.catches : guard.exceptions;
      const catchesImportError = (caught) => caught.some((name) => CATCHES_IMPORT_ERROR.has(name.split(".").at(-1)));
      const taking = guard.kind === "try" ? guard.handlers?.find((item) => catchesImportError(item.catches)) : void 0;
      if (!taking?.exits && catchesImportError(names)) {
        handler = guard.kind === "try" ? `try/except ${names.includes("*") ? "(bare)" : names.join(", ")}` : `contextlib.suppress(${names.join(", ")})`;
      }
    }
  }
  const runs = functionName !== void 0 ? "when-called" : condition !== void 0 ? "conditionally" : "always";
  const describe4 = handler ?? (functionName !== void 0 ? `inside ${functionName}()` : condition);
  return describe4 === void 0 ? { runs, caught: handler !== void 0 } : { runs, caught: handler !== void 0, describe: describe4 };
}

// src/python/resolver.ts
var Resolver = class {
  fs;
  sysPath;
  options;
  suffixes;
  cache = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  folderTypes = /* @__PURE__ */ new Map();
  constructor(fs, sysPath, options) {
    this.fs = fs;
    this.sysPath = sysPath;
    this.options = options;
    this.suffixes = [...options.extensionSuffixes.map((suffix) => [suffix, "extension"]), [".py", "source"], [".pyc", "bytecode"]];
  }
  resolve(name) {
    let result = this.cache.get(name);
    if (!result) {
      result = this.find(name);
      if (!result.found && result.missing === name && result.reason === "not-found") result = this.findEditable(name) ?? result;
      if (!result.found && this.options.preloaded?.has(name)) result = { found: true, name, kind: "preloaded" };
      this.cache.set(name, result);
    }
    return result;
  }
  /** setuptools' _EditableFinder, after the path finder: `pkg[.rest]` -> MAPPING[pkg]/rest, as __init__.py or a module file. */
  findEditable(name) {
    for (const mapping of this.options.editableMappings ?? []) {
      for (const [pkg, target] of Object.entries(mapping).reverse()) {
        if (name !== pkg && !name.startsWith(`${pkg}.`)) continue;
        const rest = name.slice(pkg.length).split(".").filter(Boolean);
        const candidate = [target, ...rest].join("/");
        const init = `${candidate}/__init__.py`;
        if (this.exists(init)) return { found: true, name, kind: "package", origin: init, searchLocations: [candidate] };
        const slash = candidate.lastIndexOf("/");
        const dot = candidate.lastIndexOf(".");
        const stem = dot > slash + 1 ? candidate.slice(0, dot) : candidate;
        for (const [suffix, kind] of [[".py", "source"], [".pyc", "bytecode"], ...this.options.extensionSuffixes.map((ext) => [ext, "extension"])]) {
          if (this.exists(stem + suffix)) return { found: true, name, kind, origin: stem + suffix };
        }
        break;
      }
    }
    return void 0;
  }
  find(name) {
    const redirect = this.options.redirects?.[name];
    if (redirect) {
      const target = this.resolve(redirect);
      if (target.found && target.origin) return { ...target, name };
    }
    const alias = this.options.aliases[name];
    if (alias && this.resolve(name.split(".")[0]).found) {
      const target = this.resolve(alias);
      return target.found ? { ...target, name } : target;
    }
    const dot = name.lastIndexOf(".");
    let locations = this.sysPath;
    if (dot > 0) {
      const parentName = name.slice(0, dot);
      const parent2 = this.resolve(parentName);
      if (!parent2.found) return { ...parent2, name };
      if (!parent2.searchLocations) return { found: false, name, missing: name, reason: "not-a-package", tried: [] };
      locations = parent2.searchLocations;
    } else if (this.options.builtins.has(name)) {
      return { found: true, name, kind: "builtin" };
    }
    if (this.options.frozen.has(name)) return { found: true, name, kind: "frozen" };
    const tail = name.slice(dot + 1);
    const portions = [];
    const tried = [];
    for (const entry of locations) {
      const dir = entry === "" ? this.options.cwd : entry;
      if (this.folderType(dir) !== "dir") continue;
      tried.push(dir);
      const hit = this.findInDirectory(dir, tail);
      if (hit === void 0) continue;
      if (typeof hit === "string") portions.push(hit);
      else return { found: true, name, ...hit };
    }
    if (portions.length > 0) return { found: true, name, kind: "namespace", searchLocations: portions };
    return { found: false, name, missing: name, reason: "not-found", tried };
  }
  /** FileFinder.find_spec for one directory: a package, a module, a namespace portion (its path), or nothing. */
  /**
   * Whether a submodule `tail` of package `name` is anywhere `pkgutil.extend_path(__path__,
   * __name__)` would look: the `<name as a path>` folder of every sys.path entry.
   */
  inExtendedPath(name, tail) {
    const relative = name.replaceAll(".", "/");
    for (const entry of this.sysPath) {
      const dir = `${entry === "" ? this.options.cwd : entry}/${relative}`.replace(/^\/\//, "/");
      if (this.folderType(dir) === "dir" && this.findInDirectory(dir, tail) !== void 0) return true;
    }
    return false;
  }
  findInDirectory(dir, tail) {
    const base = `${dir === "/" ? "" : dir}/${tail}`;
    let portion;
    if (this.typeIn(dir, tail) === "dir") {
      for (const [suffix] of this.suffixes) {
        if (this.typeIn(base, `__init__${suffix}`) === "file") return { kind: "package", origin: `${base}/__init__${suffix}`, searchLocations: [base] };
      }
      portion = base;
    }
    for (const [suffix, kind] of this.suffixes) {
      if (this.typeIn(dir, tail + suffix) === "file") return { kind, origin: base + suffix };
    }
    return portion;
  }
  /**
   * What a path names, through a cached listing of its folder as FileFinder keeps one: each
   * folder is listed once, and only symlinks cost a lookup of their own.
   */
  typeIn(dir, name) {
    let listing2 = this.listings.get(dir);
    if (listing2 === void 0) {
      listing2 = this.fs.entries(dir) ?? null;
      this.listings.set(dir, listing2);
    }
    const type = listing2?.get(name);
    if (type !== "symlink") return type;
    return this.typeOf(`${dir === "/" ? "" : dir}/${name}`);
  }
  exists(path18) {
    return this.typeOf(path18) !== void 0;
  }
  /** typeOf for the folders modules are looked for in, asked again for every name: cached. */
  folderType(path18) {
    if (!this.folderTypes.has(path18)) this.folderTypes.set(path18, this.typeOf(path18));
    return this.folderTypes.get(path18);
  }
  /** The type of what a path names, symlinks followed; a symlink loop names nothing, as os.stat fails on it. */
  typeOf(path18) {
    try {
      return this.fs.stat(path18)?.type;
    } catch {
      return void 0;
    }
  }
};
function absoluteName(module, level, importer) {
  if (level === 0) return { name: module };
  const packageName = importer.isPackage ? importer.name : importer.name.slice(0, Math.max(0, importer.name.lastIndexOf(".")));
  if (packageName === "") return { error: "attempted relative import with no known parent package" };
  const bits = packageName.split(".");
  if (level - 1 >= bits.length) return { error: "attempted relative import beyond top-level package" };
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return { name: module ? `${base}.${module}` : base };
}
var MODULE_ATTRIBUTES = /* @__PURE__ */ new Set(["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__cached__", "__builtins__", "__dict__", "__class__"]);
function classifyFromImport(resolver, pkg, name, bindingsOf) {
  const module = resolver.resolve(pkg);
  if (!module.found) return "unknown";
  if (MODULE_ATTRIBUTES.has(name) || name === "__path__" && module.searchLocations) return "attribute";
  const scanned = module.kind === "source" || module.kind === "package" ? module.origin?.endsWith(".py") ? bindingsOf(module.origin) : void 0 : void 0;
  if (scanned?.bindings.includes(name)) return "attribute";
  if (module.searchLocations && resolver.resolve(`${pkg}.${name}`).found) return "submodule";
  if (module.kind === "namespace") return "neither";
  if (!scanned || scanned.openEnded.length > 0) return "unknown";
  return "neither";
}

// src/python/scan-pool.ts
import os4 from "node:os";
import { Worker as Worker2 } from "node:worker_threads";

// src/python/scanner.ts
var NAMES_NOT_READ = "names not read (scanned for its imports only)";
function scanSource(source2, minor, options = {}) {
  try {
    const text = typeof source2 === "string" ? source2 : decodeSource(source2);
    const result = new Parser(tokenize(text, minor, options), minor).parseModule();
    return options.importsOnly ? { ok: true, imports: result.imports, bindings: [], openEnded: [NAMES_NOT_READ] } : result;
  } catch (error) {
    if (error instanceof PythonSyntaxError) return { ok: false, error: error.message, line: error.line };
    if (error instanceof SourceDecodeError) return { ok: false, error: error.message };
    if (error instanceof RangeError) return { ok: false, error: "too deeply nested to parse" };
    return { ok: false, error: `scanner error: ${error.message}` };
  }
}
function scanWithCalls(source2, minor) {
  const calls = [];
  const seen = /* @__PURE__ */ new Set();
  try {
    const text = typeof source2 === "string" ? source2 : decodeSource(source2);
    const scan = new Parser(tokenize(text, minor), minor, {
      call(call, at2, guards) {
        const key = `${at2.line}:${at2.col}`;
        if (seen.has(key)) return;
        if (call.func.k === "name") calls.push({ name: call.func.id, line: at2.line, guards });
        else if (call.func.k === "attr" && call.func.value.k === "name") calls.push({ name: call.func.attr, of: call.func.value.id, line: at2.line, guards });
        else return;
        seen.add(key);
      }
    }).parseModule();
    return { scan, calls };
  } catch {
    return void 0;
  }
}

// src/python/scan-wire.ts
var KINDS = ["import", "from", "dynamic"];
var HAS_GUARDS = 4;
var HAS_ASNAME = 8;
var HAS_PACKAGE = 16;
var IS_LAZY = 32;
var IMPORTS_ONLY_FROM = 1;
var FULL_FROM = 4;
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
function decodeImports(wire, from) {
  const imports = [];
  let at2 = from;
  while (at2 < wire.length) {
    const head = wire[at2];
    const count = wire[at2 + 5];
    const names = [];
    for (let index = 0; index < count; index++) {
      const name = wire[at2 + 6 + index];
      names.push(typeof name === "string" ? { name } : { name: name[0], asname: name[1] });
    }
    const statement = { kind: KINDS[head & 3], module: wire[at2 + 1], level: wire[at2 + 2], names, line: wire[at2 + 3], col: wire[at2 + 4], guards: [] };
    at2 += 6 + count;
    if (head & HAS_GUARDS) statement.guards = wire[at2++];
    if (head & HAS_ASNAME) statement.asname = wire[at2++];
    if (head & HAS_PACKAGE) statement.package = wire[at2++];
    if (head & IS_LAZY) statement.lazy = true;
    imports.push(statement);
  }
  return imports;
}
function encodedFailure(encoded) {
  return encoded.startsWith("[0");
}
function encodedImportsOnly(encoded) {
  return encoded.startsWith("[2");
}
function encodeScan(scan) {
  if (!scan.ok) return JSON.stringify(scan.line === void 0 ? [0, scan.error] : [0, scan.error, scan.line]);
  const importsOnly = scan.bindings.length === 0 && scan.openEnded.length === 1 && scan.openEnded[0] === NAMES_NOT_READ && scan.all === void 0;
  const wire = importsOnly ? [2] : [1, scan.bindings, scan.openEnded, scan.all ?? 0];
  encodeImports(scan.imports, wire);
  return JSON.stringify(wire);
}
function decodeScan(encoded) {
  const wire = JSON.parse(encoded);
  if (wire[0] === 0) return wire[2] === void 0 ? { ok: false, error: wire[1] } : { ok: false, error: wire[1], line: wire[2] };
  if (wire[0] === 2) return { ok: true, imports: decodeImports(wire, IMPORTS_ONLY_FROM), bindings: [], openEnded: [NAMES_NOT_READ] };
  const scan = { ok: true, imports: decodeImports(wire, FULL_FROM), bindings: wire[1], openEnded: wire[2] };
  if (wire[3] !== 0) scan.all = wire[3];
  return scan;
}

// src/python/scan-pool.ts
var scratch = new ScratchBuffer();
function scanHere(key, load, minor, options) {
  const content = load(key);
  const bytes = content && contentBytes(content, scratch);
  return bytes ? scanSource(bytes, minor, options) : void 0;
}
var IN_FLIGHT_PER_WORKER = 128;
var BYTES_IN_FLIGHT = 16 * 1024 * 1024;
var BATCH = 16;
var JobQueue = class {
  items = [];
  head = 0;
  push(job) {
    this.items.push(job);
  }
  /** The newest job not taken, removed. */
  pop() {
    while (this.items.length > this.head) {
      const job = this.items.pop();
      if (!job.taken) return job;
    }
    return void 0;
  }
  shift() {
    while (this.head < this.items.length) {
      const job = this.items[this.head++];
      if (this.head > 4096 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      if (!job.taken) return job;
    }
    return void 0;
  }
};
var ScanPool = class {
  size;
  /** Files asked for before workers start, unless prepare() started them. */
  threshold;
  workers = [];
  /** Jobs not yet sent, oldest first; those asked for `sooner` go before the rest. */
  waiting = new JobQueue();
  waitingSooner = new JobQueue();
  waitingByKey = /* @__PURE__ */ new Map();
  inFlight = /* @__PURE__ */ new Map();
  nextId = 0;
  nextWorker = 0;
  bytesInFlight = 0;
  dispatchScheduled = false;
  requested = 0;
  failed = false;
  /** Why the workers stopped, when one failed: the files were then scanned on this thread. */
  failure;
  /** Files scanned on a worker, for the report of a run. */
  scannedOnWorkers = 0;
  constructor(options = {}) {
    this.size = options.size ?? Math.max(1, os4.availableParallelism() - 1);
    this.threshold = options.threshold ?? 400;
  }
  /**
   * Scans what `load` returns for `key` (undefined when it returns nothing), here and now or on a
   * worker later, and tells `done`.
   */
  scan(key, load, minor, options, done, sooner = false) {
    this.requested++;
    const job = { key, load, minor, options, done };
    if (this.size === 0 || this.failed || this.workers.length === 0 && this.requested < this.threshold) {
      this.scanJobHere(job);
      return;
    }
    if (this.workers.length === 0) this.start();
    (sooner ? this.waitingSooner : this.waiting).push(job);
    this.waitingByKey.set(key, job);
    if (this.waitingByKey.size >= BATCH || this.inFlight.size === 0) this.dispatch();
    else this.scheduleDispatch();
  }
  /**
   * Scans the file `key` names here and now if it still waits for a worker: the walk needs it
   * before the workers would reach it, and this thread would only wait meanwhile.
   */
  expedite(key) {
    const job = this.waitingByKey.get(key);
    if (job) this.takeHere(job);
  }
  /**
   * Scans the newest file still waiting for a worker here: the walk, waiting for an older one a
   * worker has, takes work from the other end of the queue meanwhile. False when none waits.
   */
  scanNewestHere() {
    const job = this.waiting.pop();
    if (job) this.takeHere(job, true);
    return job !== void 0;
  }
  /** Scans a waiting job on this thread; dispatch passes it over from now on. */
  takeHere(job, encode = false) {
    this.waitingByKey.delete(job.key);
    job.taken = true;
    this.scanJobHere(job, encode);
  }
  /** Scans a job on this thread and tells its outcome: encoded when it will wait long for its reader. */
  scanJobHere(job, encode = false) {
    let outcome;
    try {
      const scan = scanHere(job.key, job.load, job.minor, job.options);
      outcome = encode && typeof scan === "object" ? encodeScan(scan) : scan;
    } catch (error) {
      outcome = error;
    }
    job.done(job.key, outcome);
  }
  /** The next job to send (asked sooner, else oldest) not taken yet, removed from the queues. */
  nextWaiting() {
    const job = this.waitingSooner.shift() ?? this.waiting.shift();
    if (job) this.waitingByKey.delete(job.key);
    return job;
  }
  /**
   * Starts the workers now, before any scan is asked for: a worker takes a while to load, which
   * can pass while the image is still being read, once it is known to hold many installed sources.
   */
  prepare() {
    if (this.size > 0 && !this.failed && this.workers.length === 0) this.start();
  }
  dispatch() {
    const capacity = this.workers.length * IN_FLIGHT_PER_WORKER;
    const room = () => this.inFlight.size < capacity && this.bytesInFlight < BYTES_IN_FLIGHT && this.waitingByKey.size > 0;
    while (room()) {
      const batch = [];
      const transfer = [];
      while (batch.length < BATCH && room()) {
        const job = this.nextWaiting();
        let content;
        try {
          content = job.load(job.key);
        } catch (error) {
          job.done(job.key, error);
          continue;
        }
        if (!content) {
          job.done(job.key, void 0);
          continue;
        }
        const id = this.nextId++;
        this.inFlight.set(id, job);
        if (Buffer.isBuffer(content) || isPacked(content)) {
          const own = new Uint8Array(contentBytes(content));
          job.bytes = own.length;
          this.bytesInFlight += own.length;
          batch.push({ id, bytes: own, minor: job.minor, options: job.options });
          transfer.push(own.buffer);
        } else {
          batch.push({ id, range: content, minor: job.minor, options: job.options });
        }
      }
      if (batch.length > 0) this.workers[this.nextWorker++ % this.workers.length].postMessage(batch, transfer);
    }
  }
  /** Dispatches once the current burst of scan() calls is queued, so they share messages. */
  scheduleDispatch() {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    queueMicrotask(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }
  start() {
    for (let index = 0; index < this.size; index++) {
      const worker = new Worker2(workerFileUrl("scan-worker", import.meta.url));
      worker.on("message", (responses) => {
        for (const response of responses) {
          const job = this.inFlight.get(response.id);
          this.inFlight.delete(response.id);
          this.bytesInFlight -= job?.bytes ?? 0;
          this.scannedOnWorkers++;
          if (!job) continue;
          job.done(job.key, "readError" in response ? new Error(response.readError) : response.json);
        }
        this.dispatch();
      });
      worker.on("error", (error) => this.fallBack(error));
      this.workers.push(worker);
    }
  }
  fallBack(error) {
    if (this.failed) return;
    this.failed = true;
    this.failure = error.message;
    const waiting = [];
    for (let job = this.nextWaiting(); job; job = this.nextWaiting()) waiting.push(job);
    for (const job of [...this.inFlight.values(), ...waiting]) this.scanJobHere(job);
    this.inFlight.clear();
    this.bytesInFlight = 0;
  }
  async close() {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
};

// src/python/file-scans.ts
var NAMES_UNKNOWN = { bindings: [], openEnded: [NAMES_NOT_READ] };
var PACKAGE_INIT = /\/__init__\.py$/;
var PACKAGE_SCAN = { skipFunctionBodies: true };
var MODULE_SCAN = { skipFunctionBodies: true, importsOnly: true };
function attempt(run) {
  try {
    return run();
  } catch (error) {
    return error;
  }
}
var FileScans = class {
  options;
  /** The pool given, or one without workers, which scans each file here when asked. */
  pool;
  /**
   * Each file's outcome, once in: the scan, undefined when there was no file to scan, or the
   * error that stopped it, which the walk meets when it reads the file.
   */
  outcomes = /* @__PURE__ */ new Map();
  started = /* @__PURE__ */ new Set();
  /** Who waits for a scan still out: the walk, when it reaches a file before a worker is done with it. */
  waiting = /* @__PURE__ */ new Map();
  /** Files scanned, and those that did not parse. */
  files = 0;
  unparsed = 0;
  constructor(options) {
    this.options = options;
    this.pool = options.pool ?? new ScanPool({ size: 0 });
  }
  /** Starts a file's scan, once. */
  start(file) {
    if (this.started.has(file)) return;
    this.started.add(file);
    const { fs, minor } = this.options;
    const partlyRead = fs.partlyRead(file);
    if (partlyRead) {
      this.settle(file, { partlyRead });
      return;
    }
    if (this.options.isFirstParty(file)) {
      this.settle(file, attempt(() => {
        const bytes = fs.readFile(file);
        return bytes && { scan: scanSource(bytes, minor), text: bytes.toString("utf8") };
      }));
      return;
    }
    const packageInit = PACKAGE_INIT.test(file);
    const options = packageInit ? PACKAGE_SCAN : MODULE_SCAN;
    this.pool.scan(file, this.contentOf, minor, options, this.scanDone, packageInit);
  }
  /** Starts a file's scan, which the walk needs now: if it still waits for a worker, it is scanned here. */
  needNow(file) {
    this.start(file);
    this.pool.expedite(file);
  }
  /** Whether a file's scan is in. */
  has(file) {
    return this.outcomes.has(file);
  }
  /** A scan that is in; the error that stopped it, thrown. */
  settled(file) {
    const outcome = this.outcomes.get(file);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }
  /** A file's scan as soon as it is in: at once when it is. */
  whenSettled(file) {
    if (this.outcomes.has(file)) return this.settled(file);
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(file) ?? [];
      waiters.push(() => {
        const outcome = this.outcomes.get(file);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      });
      this.waiting.set(file, waiters);
    });
  }
  /**
   * A file's scan, which the walk needs next: while a worker has it, this thread scans files
   * from the far end of the queue rather than wait idle.
   */
  async awaitNeeded(file) {
    this.needNow(file);
    while (!this.outcomes.has(file) && this.pool.scanNewestHere()) await new Promise(setImmediate);
    return this.whenSettled(file);
  }
  /** A settled file's scan, with its imports (none for a file read only in part). */
  importsOf(scanned) {
    if (scanned.scan) return scanned.scan;
    return scanned.encoded === void 0 ? void 0 : decodeScan(scanned.encoded);
  }
  /** What a scanned file binds; callers wait for its scan first. */
  bindingsOf(file) {
    const scanned = this.outcomes.get(file);
    if (!scanned || scanned instanceof Error) return void 0;
    if (scanned.scan) return scanned.scan.ok ? scanned.scan : void 0;
    if (scanned.encoded === void 0) return void 0;
    const encoded = scanned.encoded;
    if (encodedImportsOnly(encoded)) return NAMES_UNKNOWN;
    if (encodedFailure(encoded)) return void 0;
    if (!scanned.names) scanned.names = { ...decodeScan(encoded), imports: [] };
    return scanned.names;
  }
  contentOf = (file) => this.options.fs.contentOf(file);
  scanDone = (file, outcome) => {
    this.settle(file, outcome === void 0 || outcome instanceof Error ? outcome : typeof outcome === "string" ? { encoded: outcome } : { scan: outcome });
  };
  settle(file, outcome) {
    this.outcomes.set(file, outcome);
    if (outcome !== void 0 && !(outcome instanceof Error) && !outcome.partlyRead) {
      this.files++;
      if (outcome.encoded !== void 0 ? encodedFailure(outcome.encoded) : !outcome.scan.ok) this.unparsed++;
      if (this.files % 500 === 0) this.options.onProgress?.(this.files);
    }
    const waiters = this.waiting.get(file);
    if (waiters) {
      this.waiting.delete(file);
      for (const wake of waiters) wake();
    }
  }
};

// src/python/plugin-groups.ts
var PROGRAM_GROUPS = /* @__PURE__ */ new Set(["console_scripts", "gui_scripts"]);
var GROUP_NAME = /^[A-Za-z0-9_][\w.-]*$/;
var ENTRY_LINE = /^\s*([\w.+-]+)\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*(?::\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*))?\s*(?:\[[^\]]*\])?\s*$/;
function parseEntryPoints(text, file) {
  const found = [];
  let group;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      const name = header[1].trim();
      group = GROUP_NAME.test(name) && !PROGRAM_GROUPS.has(name) ? name : void 0;
      continue;
    }
    if (group === void 0 || /^\s*([#;]|$)/.test(line)) continue;
    const entry = ENTRY_LINE.exec(line);
    if (!entry) continue;
    const target = { group, name: entry[1], module: entry[2], file, line: index + 1 };
    if (entry[3]) target.attr = entry[3];
    found.push(target);
  }
  return found;
}
function entryPointGroups(fs, folders) {
  const groups = /* @__PURE__ */ new Map();
  for (const folder of folders) {
    const entries = fs.entries(folder);
    if (!entries) continue;
    for (const [name, type] of [...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      if (type !== "dir" || !/\.(dist|egg)-info$/.test(name)) continue;
      const file = `${folder}/${name}/entry_points.txt`;
      const text = fs.readText(file);
      if (text === void 0) continue;
      for (const target of parseEntryPoints(text, file)) {
        let list2 = groups.get(target.group);
        if (!list2) groups.set(target.group, list2 = []);
        list2.push(target);
      }
    }
  }
  return groups;
}
var READ_CALLS = /* @__PURE__ */ new Set(["entry_points", "iter_entry_points", "select", "load_setuptools_entrypoints", "ExtensionManager", "EnabledExtensionManager", "NamedExtensionManager", "DriverManager", "HookManager"]);
var GROUP_KEYWORDS = /* @__PURE__ */ new Set(["group", "namespace"]);
var COLLECTION_CALLS = /* @__PURE__ */ new Set(["frozenset", "set", "tuple", "list"]);
function isOp(token, value) {
  return token?.type === "op" && token.value === value;
}
function atStatementStart(tokens, index) {
  const previous = tokens[index - 1];
  return !previous || previous.type === "newline" || previous.type === "indent" || previous.type === "dedent" || isOp(previous, ";");
}
function plainString2(token) {
  return token?.type === "string" && (token.prefix === "" || token.prefix === "r" || token.prefix === "u") ? token.body : void 0;
}
function statementEnd(tokens, index) {
  let end = index;
  while (end < tokens.length && tokens[end].type !== "newline" && tokens[end].type !== "end") end++;
  return end;
}
function statementStart(tokens, index) {
  let start = index;
  while (start > 0 && !["newline", "indent", "dedent"].includes(tokens[start - 1].type)) start--;
  return start;
}
function groupReads(text, minor, groups) {
  if (![...groups].some((group) => text.includes(group))) return [];
  let tokens;
  try {
    tokens = tokenize(text, minor);
  } catch {
    return [];
  }
  const constants5 = /* @__PURE__ */ new Map();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== "name" || !atStatementStart(tokens, i) || !isOp(tokens[i + 1], "=") || token.col !== 0) continue;
    const strings = [];
    let plain = true;
    const end = statementEnd(tokens, i);
    for (let j = i + 2; j < end && plain; j++) {
      const item = tokens[j];
      if (item.type === "string") {
        if (plainString2(item) === void 0) plain = false;
        else strings.push(item);
      } else if (!(item.type === "op" && "()[]{},".includes(item.value)) && !(item.type === "name" && COLLECTION_CALLS.has(item.value))) plain = false;
    }
    if (plain && strings.length > 0) constants5.set(token.value, strings);
  }
  const named = (token) => {
    if (!token) return [];
    const value = plainString2(token);
    if (value !== void 0) return groups.has(value) ? [token] : [];
    if (token.type === "name") return (constants5.get(token.value) ?? []).filter((string) => groups.has(string.body));
    return [];
  };
  const reads = [];
  const add = (strings, loadsEvery, how) => {
    for (const string of strings) reads.push({ group: string.body, line: string.line, column: string.col + 1, loadsEvery, how });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "name" && READ_CALLS.has(token.value) && isOp(tokens[i + 1], "(")) {
      let depth = 0;
      let argumentStart = i + 2;
      let groupArgument;
      let byName = false;
      let position = 0;
      for (let j = i + 1; j < tokens.length; j++) {
        const item = tokens[j];
        if (item.type === "op" && "([{".includes(item.value)) depth++;
        else if (item.type === "op" && ")]}".includes(item.value)) depth--;
        const endsArgument = depth === 0 || depth === 1 && isOp(item, ",");
        if (!endsArgument) continue;
        const argument = tokens.slice(argumentStart, j);
        if (argument.length >= 2 && argument[0].type === "name" && isOp(argument[1], "=")) {
          if (GROUP_KEYWORDS.has(argument[0].value) && argument.length === 3) groupArgument = argument[2];
          if (argument[0].value === "name" || argument[0].value === "names") byName = true;
        } else if (argument.length > 0) {
          if (position === 0 && argument.length === 1) groupArgument = argument[0];
          if (position === 1) byName = true;
          position++;
        }
        argumentStart = j + 1;
        if (depth === 0) break;
      }
      const loadsEvery = token.value === "load_setuptools_entrypoints" && !byName;
      add(named(groupArgument), loadsEvery, `${token.value}(...)`);
      continue;
    }
    if (token.type === "name" && token.value === "group" && isOp(tokens[i - 1], ".")) {
      let next = i + 1;
      const comparison = tokens[next];
      if (isOp(comparison, "==")) next++;
      else if (comparison?.type === "name" && comparison.value === "in") next++;
      else if (comparison?.type === "name" && comparison.value === "not" && tokens[next + 1]?.value === "in") next += 2;
      else continue;
      const statement = tokens.slice(statementStart(tokens, i), statementEnd(tokens, i));
      const nameTest = statement.some((item, index) => item.type === "name" && item.value === "name" && isOp(statement[index - 1], ".") && (isOp(statement[index + 1], "==") || statement[index + 1]?.value === "in"));
      add(named(tokens[next]), !nameTest, "entry points filtered by their group");
    }
  }
  const rank2 = (read) => read.loadsEvery ? read.how.endsWith("(...)") ? 2 : 1 : 0;
  const chosen = /* @__PURE__ */ new Map();
  for (const read of reads) {
    const held = chosen.get(read.group);
    if (!held || rank2(read) > rank2(held)) chosen.set(read.group, read);
  }
  return [...chosen.values()];
}

// src/python/stdlib-modules.json
var stdlib_modules_default = {
  versions: {
    "3.6": {
      modules: [
        "__future__",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bootlocale",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_compat_pickle",
        "_compression",
        "_crypt",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_dummy_thread",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_msi",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixsubprocess",
        "_pydecimal",
        "_pyio",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha256",
        "_sha3",
        "_sha512",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_string",
        "_strptime",
        "_struct",
        "_symtable",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "abc",
        "aifc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asynchat",
        "asyncio",
        "asyncore",
        "atexit",
        "audioop",
        "base64",
        "bdb",
        "binascii",
        "binhex",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cgi",
        "cgitb",
        "chunk",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "copy",
        "copyreg",
        "crypt",
        "csv",
        "ctypes",
        "curses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "distutils",
        "doctest",
        "dummy_threading",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "formatter",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "imghdr",
        "imp",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "lib2to3",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "macpath",
        "macurl2path",
        "mailbox",
        "mailcap",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msilib",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nis",
        "nntplib",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "ossaudiodev",
        "parser",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pipes",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtpd",
        "smtplib",
        "sndhdr",
        "socket",
        "socketserver",
        "spwd",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "sunau",
        "symbol",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "telnetlib",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uu",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xdrlib",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib"
      ],
      builtins: [
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
        "xxsubtype",
        "zipimport"
      ],
      frozen: [
        "__hello__",
        "__phello__",
        "__phello__.spam",
        "_frozen_importlib",
        "_frozen_importlib_external"
      ],
      aliases: {
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_bootlocale",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_locale",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.latin_1",
        "encodings.utf_8",
        "errno",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "sysconfig",
        "zipimport"
      ],
      source: "derived from the installation"
    },
    "3.7": {
      modules: [
        "__future__",
        "_abc",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bootlocale",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_compat_pickle",
        "_compression",
        "_contextvars",
        "_crypt",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_dummy_thread",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_msi",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixsubprocess",
        "_py_abc",
        "_pydecimal",
        "_pyio",
        "_queue",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha256",
        "_sha3",
        "_sha512",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_string",
        "_strptime",
        "_struct",
        "_symtable",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tracemalloc",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "abc",
        "aifc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asynchat",
        "asyncio",
        "asyncore",
        "atexit",
        "audioop",
        "base64",
        "bdb",
        "binascii",
        "binhex",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cgi",
        "cgitb",
        "chunk",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "crypt",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "distutils",
        "doctest",
        "dummy_threading",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "formatter",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "imghdr",
        "imp",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "lib2to3",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "macpath",
        "mailbox",
        "mailcap",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msilib",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nis",
        "nntplib",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "ossaudiodev",
        "parser",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pipes",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtpd",
        "smtplib",
        "sndhdr",
        "socket",
        "socketserver",
        "spwd",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "sunau",
        "symbol",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "telnetlib",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uu",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xdrlib",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
        "xxsubtype",
        "zipimport"
      ],
      frozen: [
        "__hello__",
        "__phello__",
        "__phello__.spam",
        "_frozen_importlib",
        "_frozen_importlib_external"
      ],
      aliases: {
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_bootlocale",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_locale",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.latin_1",
        "encodings.utf_8",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "zipimport"
      ],
      source: "derived from the installation"
    },
    "3.8": {
      modules: [
        "__future__",
        "_abc",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bootlocale",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_compat_pickle",
        "_compression",
        "_contextvars",
        "_crypt",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_dummy_thread",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_msi",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_pydecimal",
        "_pyio",
        "_queue",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha256",
        "_sha3",
        "_sha512",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_symtable",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tracemalloc",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "abc",
        "aifc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asynchat",
        "asyncio",
        "asyncore",
        "atexit",
        "audioop",
        "base64",
        "bdb",
        "binascii",
        "binhex",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cgi",
        "cgitb",
        "chunk",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "crypt",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "distutils",
        "doctest",
        "dummy_threading",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "formatter",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "imghdr",
        "imp",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "lib2to3",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "mailcap",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msilib",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nis",
        "nntplib",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "ossaudiodev",
        "parser",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pipes",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtpd",
        "smtplib",
        "sndhdr",
        "socket",
        "socketserver",
        "spwd",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "sunau",
        "symbol",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "telnetlib",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uu",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xdrlib",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
        "xxsubtype"
      ],
      frozen: [
        "__hello__",
        "__phello__",
        "__phello__.spam",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "zipimport"
      ],
      aliases: {
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.latin_1",
        "encodings.utf_8",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "derived from the installation"
    },
    "3.9": {
      modules: [
        "__future__",
        "_abc",
        "_aix_support",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bootlocale",
        "_bootsubprocess",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_compat_pickle",
        "_compression",
        "_contextvars",
        "_crypt",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_msi",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_peg_parser",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_pydecimal",
        "_pyio",
        "_queue",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha256",
        "_sha3",
        "_sha512",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_symtable",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tracemalloc",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "_zoneinfo",
        "abc",
        "aifc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asynchat",
        "asyncio",
        "asyncore",
        "atexit",
        "audioop",
        "base64",
        "bdb",
        "binascii",
        "binhex",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cgi",
        "cgitb",
        "chunk",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "crypt",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "distutils",
        "doctest",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "formatter",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "graphlib",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "imghdr",
        "imp",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "lib2to3",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "mailcap",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msilib",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nis",
        "nntplib",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "ossaudiodev",
        "parser",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pipes",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtpd",
        "smtplib",
        "sndhdr",
        "socket",
        "socketserver",
        "spwd",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "sunau",
        "symbol",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "telnetlib",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uu",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xdrlib",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib",
        "zoneinfo"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_peg_parser",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
        "xxsubtype"
      ],
      frozen: [
        "__hello__",
        "__phello__",
        "__phello__.spam",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "zipimport"
      ],
      aliases: {
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.latin_1",
        "encodings.utf_8",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "derived from the installation"
    },
    "3.10": {
      modules: [
        "__future__",
        "_abc",
        "_aix_support",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bootsubprocess",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_compat_pickle",
        "_compression",
        "_contextvars",
        "_crypt",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_msi",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_pydecimal",
        "_pyio",
        "_queue",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha256",
        "_sha3",
        "_sha512",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_symtable",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tracemalloc",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "_zoneinfo",
        "abc",
        "aifc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asynchat",
        "asyncio",
        "asyncore",
        "atexit",
        "audioop",
        "base64",
        "bdb",
        "binascii",
        "binhex",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cgi",
        "cgitb",
        "chunk",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "crypt",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "distutils",
        "doctest",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "graphlib",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "imghdr",
        "imp",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "lib2to3",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "mailcap",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msilib",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nis",
        "nntplib",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "ossaudiodev",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pipes",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtpd",
        "smtplib",
        "sndhdr",
        "socket",
        "socketserver",
        "spwd",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "sunau",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "telnetlib",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uu",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xdrlib",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib",
        "zoneinfo"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
        "xxsubtype"
      ],
      frozen: [
        "__hello__",
        "__phello__",
        "__phello__.spam",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "zipimport"
      ],
      aliases: {
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.utf_8",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "sys.stdlib_module_names"
    },
    "3.11": {
      modules: [
        "__future__",
        "_abc",
        "_aix_support",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bootsubprocess",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_compat_pickle",
        "_compression",
        "_contextvars",
        "_crypt",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_msi",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_pydecimal",
        "_pyio",
        "_queue",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha256",
        "_sha3",
        "_sha512",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_symtable",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tokenize",
        "_tracemalloc",
        "_typing",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "_zoneinfo",
        "abc",
        "aifc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asynchat",
        "asyncio",
        "asyncore",
        "atexit",
        "audioop",
        "base64",
        "bdb",
        "binascii",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cgi",
        "cgitb",
        "chunk",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "crypt",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "distutils",
        "doctest",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "graphlib",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "imghdr",
        "imp",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "lib2to3",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "mailcap",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msilib",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nis",
        "nntplib",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "ossaudiodev",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pipes",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtpd",
        "smtplib",
        "sndhdr",
        "socket",
        "socketserver",
        "spwd",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "sunau",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "telnetlib",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "tomllib",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uu",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xdrlib",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib",
        "zoneinfo"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
        "xxsubtype"
      ],
      frozen: [
        "__hello__",
        "__hello_alias__",
        "__hello_only__",
        "__phello__",
        "__phello__.__init__",
        "__phello__.ham",
        "__phello__.ham.__init__",
        "__phello__.ham.eggs",
        "__phello__.spam",
        "__phello_alias__",
        "__phello_alias__.spam",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_sitebuiltins",
        "abc",
        "codecs",
        "genericpath",
        "importlib.machinery",
        "importlib.util",
        "io",
        "ntpath",
        "os",
        "os.path",
        "posixpath",
        "runpy",
        "site",
        "stat",
        "zipimport"
      ],
      aliases: {
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.utf_8",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "sys.stdlib_module_names"
    },
    "3.12": {
      modules: [
        "__future__",
        "_abc",
        "_aix_support",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_compat_pickle",
        "_compression",
        "_contextvars",
        "_crypt",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_msi",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_pydatetime",
        "_pydecimal",
        "_pyio",
        "_pylong",
        "_queue",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha2",
        "_sha3",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_symtable",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tokenize",
        "_tracemalloc",
        "_typing",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "_zoneinfo",
        "abc",
        "aifc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asyncio",
        "atexit",
        "audioop",
        "base64",
        "bdb",
        "binascii",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cgi",
        "cgitb",
        "chunk",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "crypt",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "doctest",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "graphlib",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "imghdr",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "lib2to3",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "mailcap",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msilib",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nis",
        "nntplib",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "ossaudiodev",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pipes",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtplib",
        "sndhdr",
        "socket",
        "socketserver",
        "spwd",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "sunau",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "telnetlib",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "tomllib",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uu",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xdrlib",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib",
        "zoneinfo"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_typing",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time"
      ],
      frozen: [
        "__hello__",
        "__hello_alias__",
        "__hello_only__",
        "__phello__",
        "__phello__.__init__",
        "__phello__.ham",
        "__phello__.ham.__init__",
        "__phello__.ham.eggs",
        "__phello__.spam",
        "__phello_alias__",
        "__phello_alias__.spam",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_sitebuiltins",
        "abc",
        "codecs",
        "genericpath",
        "importlib.machinery",
        "importlib.util",
        "io",
        "ntpath",
        "os",
        "os.path",
        "posixpath",
        "runpy",
        "site",
        "stat",
        "zipimport"
      ],
      aliases: {
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.utf_8",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "sys.stdlib_module_names"
    },
    "3.13": {
      modules: [
        "__future__",
        "_abc",
        "_aix_support",
        "_android_support",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_colorize",
        "_compat_pickle",
        "_compression",
        "_contextvars",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_imp",
        "_interpchannels",
        "_interpqueues",
        "_interpreters",
        "_io",
        "_ios_support",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_opcode_metadata",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_pydatetime",
        "_pydecimal",
        "_pyio",
        "_pylong",
        "_pyrepl",
        "_queue",
        "_random",
        "_scproxy",
        "_sha1",
        "_sha2",
        "_sha3",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_suggestions",
        "_symtable",
        "_sysconfig",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tokenize",
        "_tracemalloc",
        "_typing",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "_wmi",
        "_zoneinfo",
        "abc",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asyncio",
        "atexit",
        "base64",
        "bdb",
        "binascii",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "doctest",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "graphlib",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtplib",
        "socket",
        "socketserver",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "tomllib",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib",
        "zoneinfo"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_suggestions",
        "_symtable",
        "_sysconfig",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_typing",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time"
      ],
      frozen: [
        "__hello__",
        "__hello_alias__",
        "__hello_only__",
        "__phello__",
        "__phello__.__init__",
        "__phello__.ham",
        "__phello__.ham.__init__",
        "__phello__.ham.eggs",
        "__phello__.spam",
        "__phello_alias__",
        "__phello_alias__.spam",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_sitebuiltins",
        "abc",
        "codecs",
        "genericpath",
        "importlib.machinery",
        "importlib.util",
        "io",
        "ntpath",
        "os",
        "os.path",
        "posixpath",
        "runpy",
        "site",
        "stat",
        "zipimport"
      ],
      aliases: {
        "collections.abc": "_collections_abc",
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.utf_8",
        "genericpath",
        "io",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "sys.stdlib_module_names"
    },
    "3.14": {
      modules: [
        "__future__",
        "_abc",
        "_aix_support",
        "_android_support",
        "_apple_support",
        "_ast",
        "_ast_unparse",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_colorize",
        "_compat_pickle",
        "_contextvars",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_hmac",
        "_imp",
        "_interpchannels",
        "_interpqueues",
        "_interpreters",
        "_io",
        "_ios_support",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_md5",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_opcode_metadata",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_py_warnings",
        "_pydatetime",
        "_pydecimal",
        "_pyio",
        "_pylong",
        "_pyrepl",
        "_queue",
        "_random",
        "_remote_debugging",
        "_scproxy",
        "_sha1",
        "_sha2",
        "_sha3",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_suggestions",
        "_symtable",
        "_sysconfig",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tokenize",
        "_tracemalloc",
        "_types",
        "_typing",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "_wmi",
        "_zoneinfo",
        "_zstd",
        "abc",
        "annotationlib",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asyncio",
        "atexit",
        "base64",
        "bdb",
        "binascii",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "compression",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "doctest",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "graphlib",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtplib",
        "socket",
        "socketserver",
        "sqlite3",
        "sre_compile",
        "sre_constants",
        "sre_parse",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "tomllib",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib",
        "zoneinfo"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_bisect",
        "_blake2",
        "_codecs",
        "_collections",
        "_contextvars",
        "_csv",
        "_datetime",
        "_elementtree",
        "_functools",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_md5",
        "_opcode",
        "_operator",
        "_pickle",
        "_posixsubprocess",
        "_random",
        "_sha1",
        "_sha2",
        "_sha3",
        "_signal",
        "_socket",
        "_sre",
        "_stat",
        "_statistics",
        "_string",
        "_struct",
        "_suggestions",
        "_symtable",
        "_sysconfig",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_types",
        "_typing",
        "_warnings",
        "_weakref",
        "array",
        "atexit",
        "binascii",
        "builtins",
        "cmath",
        "errno",
        "faulthandler",
        "fcntl",
        "gc",
        "grp",
        "itertools",
        "marshal",
        "math",
        "posix",
        "pwd",
        "pyexpat",
        "select",
        "sys",
        "syslog",
        "time",
        "unicodedata",
        "zlib"
      ],
      frozen: [
        "__hello__",
        "__hello_alias__",
        "__hello_only__",
        "__phello__",
        "__phello__.__init__",
        "__phello__.ham",
        "__phello__.ham.__init__",
        "__phello__.ham.eggs",
        "__phello__.spam",
        "__phello_alias__",
        "__phello_alias__.spam",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_sitebuiltins",
        "abc",
        "codecs",
        "genericpath",
        "importlib.machinery",
        "importlib.util",
        "io",
        "ntpath",
        "os",
        "posixpath",
        "runpy",
        "site",
        "stat",
        "zipimport"
      ],
      aliases: {
        "collections.abc": "_collections_abc",
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.utf_8",
        "errno",
        "genericpath",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "sys.stdlib_module_names"
    },
    "3.15": {
      modules: [
        "__future__",
        "_abc",
        "_aix_support",
        "_android_support",
        "_apple_support",
        "_ast",
        "_ast_unparse",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_bz2",
        "_codecs",
        "_codecs_cn",
        "_codecs_hk",
        "_codecs_iso2022",
        "_codecs_jp",
        "_codecs_kr",
        "_codecs_tw",
        "_collections",
        "_collections_abc",
        "_colorize",
        "_compat_pickle",
        "_contextvars",
        "_csv",
        "_ctypes",
        "_curses",
        "_curses_panel",
        "_datetime",
        "_dbm",
        "_decimal",
        "_elementtree",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_functools",
        "_gdbm",
        "_hashlib",
        "_heapq",
        "_hmac",
        "_imp",
        "_interpchannels",
        "_interpqueues",
        "_interpreters",
        "_io",
        "_ios_support",
        "_json",
        "_locale",
        "_lsprof",
        "_lzma",
        "_markupbase",
        "_math_integer",
        "_md5",
        "_multibytecodec",
        "_multiprocessing",
        "_opcode",
        "_opcode_metadata",
        "_operator",
        "_osx_support",
        "_overlapped",
        "_pickle",
        "_posixshmem",
        "_posixsubprocess",
        "_py_abc",
        "_py_warnings",
        "_pydatetime",
        "_pydecimal",
        "_pyio",
        "_pylong",
        "_pyrepl",
        "_queue",
        "_random",
        "_remote_debugging",
        "_scproxy",
        "_sha1",
        "_sha2",
        "_sha3",
        "_signal",
        "_sitebuiltins",
        "_socket",
        "_sqlite3",
        "_sre",
        "_ssl",
        "_stat",
        "_statistics",
        "_string",
        "_strptime",
        "_struct",
        "_suggestions",
        "_symtable",
        "_sysconfig",
        "_thread",
        "_threading_local",
        "_tkinter",
        "_tokenize",
        "_tracemalloc",
        "_types",
        "_typing",
        "_uuid",
        "_warnings",
        "_weakref",
        "_weakrefset",
        "_winapi",
        "_wmi",
        "_zoneinfo",
        "_zstd",
        "abc",
        "annotationlib",
        "antigravity",
        "argparse",
        "array",
        "ast",
        "asyncio",
        "atexit",
        "base64",
        "bdb",
        "binascii",
        "bisect",
        "builtins",
        "bz2",
        "cProfile",
        "calendar",
        "cmath",
        "cmd",
        "code",
        "codecs",
        "codeop",
        "collections",
        "colorsys",
        "compileall",
        "compression",
        "concurrent",
        "configparser",
        "contextlib",
        "contextvars",
        "copy",
        "copyreg",
        "csv",
        "ctypes",
        "curses",
        "dataclasses",
        "datetime",
        "dbm",
        "decimal",
        "difflib",
        "dis",
        "doctest",
        "email",
        "encodings",
        "ensurepip",
        "enum",
        "errno",
        "faulthandler",
        "fcntl",
        "filecmp",
        "fileinput",
        "fnmatch",
        "fractions",
        "ftplib",
        "functools",
        "gc",
        "genericpath",
        "getopt",
        "getpass",
        "gettext",
        "glob",
        "graphlib",
        "grp",
        "gzip",
        "hashlib",
        "heapq",
        "hmac",
        "html",
        "http",
        "idlelib",
        "imaplib",
        "importlib",
        "inspect",
        "io",
        "ipaddress",
        "itertools",
        "json",
        "keyword",
        "linecache",
        "locale",
        "logging",
        "lzma",
        "mailbox",
        "marshal",
        "math",
        "mimetypes",
        "mmap",
        "modulefinder",
        "msvcrt",
        "multiprocessing",
        "netrc",
        "nt",
        "ntpath",
        "nturl2path",
        "numbers",
        "opcode",
        "operator",
        "optparse",
        "os",
        "pathlib",
        "pdb",
        "pickle",
        "pickletools",
        "pkgutil",
        "platform",
        "plistlib",
        "poplib",
        "posix",
        "posixpath",
        "pprint",
        "profile",
        "profiling",
        "pstats",
        "pty",
        "pwd",
        "py_compile",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "pyexpat",
        "queue",
        "quopri",
        "random",
        "re",
        "readline",
        "reprlib",
        "resource",
        "rlcompleter",
        "runpy",
        "sched",
        "secrets",
        "select",
        "selectors",
        "shelve",
        "shlex",
        "shutil",
        "signal",
        "site",
        "smtplib",
        "socket",
        "socketserver",
        "sqlite3",
        "ssl",
        "stat",
        "statistics",
        "string",
        "stringprep",
        "struct",
        "subprocess",
        "symtable",
        "sys",
        "sysconfig",
        "syslog",
        "tabnanny",
        "tarfile",
        "tempfile",
        "termios",
        "textwrap",
        "this",
        "threading",
        "time",
        "timeit",
        "tkinter",
        "token",
        "tokenize",
        "tomllib",
        "trace",
        "traceback",
        "tracemalloc",
        "tty",
        "turtle",
        "turtledemo",
        "types",
        "typing",
        "unicodedata",
        "unittest",
        "urllib",
        "uuid",
        "venv",
        "warnings",
        "wave",
        "weakref",
        "webbrowser",
        "winreg",
        "winsound",
        "wsgiref",
        "xml",
        "xmlrpc",
        "zipapp",
        "zipfile",
        "zipimport",
        "zlib",
        "zoneinfo"
      ],
      builtins: [
        "_abc",
        "_ast",
        "_asyncio",
        "_bisect",
        "_blake2",
        "_codecs",
        "_collections",
        "_contextvars",
        "_csv",
        "_datetime",
        "_elementtree",
        "_functools",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_math_integer",
        "_md5",
        "_opcode",
        "_operator",
        "_pickle",
        "_posixsubprocess",
        "_random",
        "_sha1",
        "_sha2",
        "_sha3",
        "_signal",
        "_socket",
        "_sre",
        "_stat",
        "_statistics",
        "_string",
        "_struct",
        "_suggestions",
        "_symtable",
        "_sysconfig",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_types",
        "_typing",
        "_warnings",
        "_weakref",
        "_zstd",
        "array",
        "atexit",
        "binascii",
        "builtins",
        "cmath",
        "errno",
        "faulthandler",
        "fcntl",
        "gc",
        "grp",
        "itertools",
        "marshal",
        "math",
        "posix",
        "pwd",
        "pyexpat",
        "select",
        "sys",
        "syslog",
        "time",
        "unicodedata",
        "zlib"
      ],
      frozen: [
        "__hello__",
        "__hello_alias__",
        "__hello_only__",
        "__phello__",
        "__phello__.__init__",
        "__phello__.ham",
        "__phello__.ham.__init__",
        "__phello__.ham.eggs",
        "__phello__.spam",
        "__phello_alias__",
        "__phello_alias__.spam",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_sitebuiltins",
        "abc",
        "codecs",
        "genericpath",
        "importlib.machinery",
        "importlib.util",
        "io",
        "linecache",
        "ntpath",
        "os",
        "posixpath",
        "runpy",
        "site",
        "stat",
        "zipimport"
      ],
      aliases: {
        "collections.abc": "_collections_abc",
        "importlib._bootstrap": "_frozen_importlib",
        "importlib._bootstrap_external": "_frozen_importlib_external",
        "math.integer": "_math_integer",
        "os.path": "posixpath"
      },
      startup: [
        "__main__",
        "_abc",
        "_codecs",
        "_collections_abc",
        "_frozen_importlib",
        "_frozen_importlib_external",
        "_imp",
        "_io",
        "_signal",
        "_sitebuiltins",
        "_stat",
        "_thread",
        "_warnings",
        "_weakref",
        "abc",
        "builtins",
        "codecs",
        "encodings",
        "encodings.aliases",
        "encodings.utf_8",
        "errno",
        "genericpath",
        "marshal",
        "os",
        "os.path",
        "posix",
        "posixpath",
        "site",
        "stat",
        "sys",
        "time",
        "zipimport"
      ],
      source: "sys.stdlib_module_names"
    }
  },
  builds: {
    "debian-sid": {
      "3.14": {
        builtins: [
          "_abc",
          "_ast",
          "_bisect",
          "_blake2",
          "_codecs",
          "_collections",
          "_contextvars",
          "_csv",
          "_datetime",
          "_elementtree",
          "_functools",
          "_heapq",
          "_imp",
          "_io",
          "_json",
          "_locale",
          "_md5",
          "_opcode",
          "_operator",
          "_pickle",
          "_posixsubprocess",
          "_random",
          "_sha1",
          "_sha2",
          "_sha3",
          "_signal",
          "_socket",
          "_sre",
          "_stat",
          "_statistics",
          "_string",
          "_struct",
          "_suggestions",
          "_symtable",
          "_sysconfig",
          "_thread",
          "_tokenize",
          "_tracemalloc",
          "_types",
          "_typing",
          "_warnings",
          "_weakref",
          "array",
          "atexit",
          "binascii",
          "builtins",
          "cmath",
          "errno",
          "faulthandler",
          "fcntl",
          "gc",
          "grp",
          "itertools",
          "marshal",
          "math",
          "posix",
          "pwd",
          "pyexpat",
          "select",
          "sys",
          "syslog",
          "time",
          "unicodedata",
          "zlib"
        ],
        frozen: [
          "__hello__",
          "__hello_alias__",
          "__hello_only__",
          "__phello__",
          "__phello__.__init__",
          "__phello__.ham",
          "__phello__.ham.__init__",
          "__phello__.ham.eggs",
          "__phello__.spam",
          "__phello_alias__",
          "__phello_alias__.spam",
          "_collections_abc",
          "_frozen_importlib",
          "_frozen_importlib_external",
          "_sitebuiltins",
          "abc",
          "codecs",
          "genericpath",
          "importlib.machinery",
          "importlib.util",
          "io",
          "ntpath",
          "os",
          "posixpath",
          "runpy",
          "site",
          "stat",
          "zipimport"
        ],
        aliases: {
          "collections.abc": "_collections_abc",
          "importlib._bootstrap": "_frozen_importlib",
          "importlib._bootstrap_external": "_frozen_importlib_external",
          "os.path": "posixpath"
        },
        startup: [
          "__main__",
          "_abc",
          "_codecs",
          "_collections_abc",
          "_frozen_importlib",
          "_frozen_importlib_external",
          "_imp",
          "_io",
          "_signal",
          "_sitebuiltins",
          "_stat",
          "_thread",
          "_warnings",
          "_weakref",
          "abc",
          "builtins",
          "codecs",
          "encodings",
          "encodings.aliases",
          "encodings.utf_8",
          "errno",
          "genericpath",
          "marshal",
          "os",
          "os.path",
          "posix",
          "posixpath",
          "site",
          "stat",
          "sys",
          "time",
          "zipimport"
        ]
      },
      "3.15": {
        builtins: [
          "_abc",
          "_ast",
          "_asyncio",
          "_bisect",
          "_blake2",
          "_codecs",
          "_collections",
          "_contextvars",
          "_csv",
          "_datetime",
          "_elementtree",
          "_functools",
          "_heapq",
          "_imp",
          "_io",
          "_json",
          "_locale",
          "_math_integer",
          "_md5",
          "_opcode",
          "_operator",
          "_pickle",
          "_posixsubprocess",
          "_random",
          "_sha1",
          "_sha2",
          "_sha3",
          "_signal",
          "_socket",
          "_sre",
          "_stat",
          "_statistics",
          "_string",
          "_struct",
          "_suggestions",
          "_symtable",
          "_sysconfig",
          "_thread",
          "_tokenize",
          "_tracemalloc",
          "_types",
          "_typing",
          "_warnings",
          "_weakref",
          "_zstd",
          "array",
          "atexit",
          "binascii",
          "builtins",
          "cmath",
          "errno",
          "faulthandler",
          "fcntl",
          "gc",
          "grp",
          "itertools",
          "marshal",
          "math",
          "posix",
          "pwd",
          "pyexpat",
          "select",
          "sys",
          "syslog",
          "time",
          "unicodedata",
          "zlib"
        ],
        frozen: [
          "__hello__",
          "__hello_alias__",
          "__hello_only__",
          "__phello__",
          "__phello__.__init__",
          "__phello__.ham",
          "__phello__.ham.__init__",
          "__phello__.ham.eggs",
          "__phello__.spam",
          "__phello_alias__",
          "__phello_alias__.spam",
          "_collections_abc",
          "_frozen_importlib",
          "_frozen_importlib_external",
          "_sitebuiltins",
          "abc",
          "codecs",
          "genericpath",
          "importlib.machinery",
          "importlib.util",
          "io",
          "linecache",
          "ntpath",
          "os",
          "posixpath",
          "runpy",
          "site",
          "stat",
          "zipimport"
        ],
        aliases: {
          "collections.abc": "_collections_abc",
          "importlib._bootstrap": "_frozen_importlib",
          "importlib._bootstrap_external": "_frozen_importlib_external",
          "math.integer": "_math_integer",
          "os.path": "posixpath"
        },
        startup: [
          "__main__",
          "_abc",
          "_codecs",
          "_collections_abc",
          "_frozen_importlib",
          "_frozen_importlib_external",
          "_imp",
          "_io",
          "_signal",
          "_sitebuiltins",
          "_stat",
          "_thread",
          "_warnings",
          "_weakref",
          "abc",
          "builtins",
          "codecs",
          "encodings",
          "encodings.aliases",
          "encodings.utf_8",
          "errno",
          "genericpath",
          "marshal",
          "os",
          "os.path",
          "posix",
          "posixpath",
          "site",
          "stat",
          "sys",
          "time",
          "zipimport"
        ]
      }
    },
    "debian-bookworm": {
      "3.11": {
        builtins: [
          "_abc",
          "_ast",
          "_bisect",
          "_blake2",
          "_codecs",
          "_collections",
          "_csv",
          "_datetime",
          "_elementtree",
          "_functools",
          "_heapq",
          "_imp",
          "_io",
          "_locale",
          "_md5",
          "_opcode",
          "_operator",
          "_pickle",
          "_posixsubprocess",
          "_random",
          "_sha1",
          "_sha256",
          "_sha3",
          "_sha512",
          "_signal",
          "_socket",
          "_sre",
          "_stat",
          "_statistics",
          "_string",
          "_struct",
          "_symtable",
          "_thread",
          "_tokenize",
          "_tracemalloc",
          "_warnings",
          "_weakref",
          "array",
          "atexit",
          "binascii",
          "builtins",
          "cmath",
          "errno",
          "faulthandler",
          "fcntl",
          "gc",
          "grp",
          "itertools",
          "marshal",
          "math",
          "posix",
          "pwd",
          "pyexpat",
          "select",
          "spwd",
          "sys",
          "syslog",
          "time",
          "unicodedata",
          "xxsubtype",
          "zlib"
        ],
        frozen: [
          "__hello__",
          "__hello_alias__",
          "__hello_only__",
          "__phello__",
          "__phello__.__init__",
          "__phello__.ham",
          "__phello__.ham.__init__",
          "__phello__.ham.eggs",
          "__phello__.spam",
          "__phello_alias__",
          "__phello_alias__.spam",
          "_collections_abc",
          "_frozen_importlib",
          "_frozen_importlib_external",
          "_sitebuiltins",
          "abc",
          "codecs",
          "genericpath",
          "importlib.machinery",
          "importlib.util",
          "io",
          "ntpath",
          "os",
          "os.path",
          "posixpath",
          "runpy",
          "site",
          "stat",
          "zipimport"
        ],
        aliases: {
          "importlib._bootstrap": "_frozen_importlib",
          "importlib._bootstrap_external": "_frozen_importlib_external",
          "os.path": "posixpath"
        },
        startup: [
          "__main__",
          "_abc",
          "_codecs",
          "_collections_abc",
          "_frozen_importlib",
          "_frozen_importlib_external",
          "_imp",
          "_io",
          "_signal",
          "_sitebuiltins",
          "_stat",
          "_thread",
          "_warnings",
          "_weakref",
          "abc",
          "builtins",
          "codecs",
          "encodings",
          "encodings.aliases",
          "encodings.utf_8",
          "genericpath",
          "io",
          "marshal",
          "os",
          "os.path",
          "posix",
          "posixpath",
          "site",
          "stat",
          "sys",
          "time",
          "zipimport"
        ]
      }
    }
  }
};

// src/python/stdlib.ts
var versions = stdlib_modules_default.versions;
var builds = stdlib_modules_default.builds;
var KNOWN = Object.keys(versions).sort((a, b) => minorOf(a) - minorOf(b));
var moduleSets = new Map(KNOWN.map((version) => [version, new Set(versions[version].modules)]));
function minorOf(version) {
  return Number(version.split(".")[1]);
}
function knownVersions() {
  return [...KNOWN];
}
function versionReading(minor) {
  const newest = KNOWN.at(-1);
  const version = `3.${minor}`;
  return minor > minorOf(newest) ? { version, readAs: newest, newer: true } : { version, readAs: version, newer: false };
}
function newerVersionMessage(reading) {
  return `Python ${reading.version} is newer than the newest version import-guard knows (${reading.readAs}): its files were read with ${reading.readAs}'s grammar and standard-library data, and any file that does not parse with them is not checked, so the verdict may be incomplete`;
}
function isStdlibModule(topLevel, version) {
  return moduleSets.get(version)?.has(topLevel) ?? false;
}
function builtinModules(version, build) {
  const names = (build && builds[build]?.[version]?.builtins) ?? versions[version]?.builtins ?? [];
  return new Set(names);
}
function frozenModules(version, build) {
  const names = (build && builds[build]?.[version]?.frozen) ?? versions[version]?.frozen ?? [];
  return new Set(names);
}
function moduleAliases(version, build) {
  return (build ? builds[build]?.[version]?.aliases : void 0) ?? versions[version]?.aliases ?? {};
}
function startupModules(version, build) {
  return new Set((build && builds[build]?.[version]?.startup) ?? versions[version]?.startup ?? ["__main__"]);
}
function removedIn(topLevel) {
  let seen = false;
  for (const version of KNOWN) {
    const has = moduleSets.get(version).has(topLevel);
    if (has) seen = true;
    else if (seen) return version;
  }
  return void 0;
}
function addedIn(topLevel) {
  if (moduleSets.get(KNOWN[0]).has(topLevel)) return void 0;
  return KNOWN.find((version) => moduleSets.get(version).has(topLevel));
}

// src/python/graph.ts
function entryKey(entry) {
  return `file:${entry.file ?? `-c ${entry.code}`}`;
}
var MAX_START_DEPTH = 3;
var RUNS_AT_START = { runs: "always", caught: false };
var RUNS_ORDER = { always: 0, conditionally: 1, "when-called": 2, never: 3 };
function within(outer, inner) {
  if (inner.runs === "never") return inner;
  if (outer.runs === "never") return outer;
  const runs = RUNS_ORDER[outer.runs] > RUNS_ORDER[inner.runs] ? outer.runs : inner.runs;
  const caught = outer.caught || inner.caught;
  const describe4 = inner.caught ? inner.describe : outer.caught ? outer.describe : inner.describe ?? outer.describe;
  return describe4 === void 0 ? { runs, caught } : { runs, caught, describe: describe4 };
}
function linesBefore(text, line) {
  let end = 0;
  for (let seen = 1; seen < line && end !== -1; seen++) end = text.indexOf("\n", end) + 1 || -1;
  return end === -1 ? text : text.slice(0, end);
}
function scopeOf(guards) {
  const index = guards.findIndex((guard2) => guard2.kind === "function" || guard2.kind === "class");
  if (index === -1) return "module";
  const guard = guards[index];
  if (guard.kind === "function") return { name: guard.name, index };
  const method = guards[index + 1];
  if (guard.kind === "class" && method?.kind === "function" && ["__init__", "__new__"].includes(method.name)) return { name: guard.name, index: index + 1 };
  return void 0;
}
function bodyGuards(guards, index) {
  return guards.filter((guard, at2) => at2 > index || guard.kind === "if" || guard.kind === "except");
}
var COMMAND2 = COMMAND_LOCATION;
var YIELD_EVERY_MS = 10;
var INSTALLED_DIR = /\/(site|dist)-packages\//;
function writesNamesUnseen(text) {
  return /\bsys\.modules\[|\bsetattr\([^,\n]{0,80}(__name__|modules\[)|\bmeta_path\b|\bpath_hooks\b/.test(text);
}
function changesPackageFrom(text, pkg) {
  return /\bmeta_path\b|\bpath_hooks\b/.test(text) || text.includes(`sys.modules['${pkg}`) || text.includes(`sys.modules["${pkg}`);
}
function writesOwnGlobals(text) {
  return /\bglobals\(\)\s*(\[|\.update\b|\.setdefault\b)|\(\s*__name__\s*,/.test(text);
}
function onlyExtendPathIdiom(text) {
  const changes = text.split("\n").filter((line) => line.includes("__path__") && extendsPath(line));
  return changes.length > 0 && changes.every((line) => /^__path__ = extend_path\(__path__, __name__\)\s*(#.*)?$/.test(line.trim()));
}
function extendsPath(text) {
  return /\bextend_path\(|__path__\s*(=|\+=|\.(append|extend|insert))/.test(text);
}
function partlyReadMessage({ path: path18, size, kept }, unchecked = "its imports are not checked") {
  const read = kept === 0 ? "none of it was read" : `only its first ${formatBytes(kept)} were read (the limit for one file)`;
  return `${path18} is ${formatBytes(size)}, but ${read}: ${unchecked}`;
}
function prefixes(name) {
  const found = [];
  for (let dot = name.indexOf("."); dot !== -1; dot = name.indexOf(".", dot + 1)) found.push(name.slice(0, dot));
  found.push(name);
  return found;
}
function missingSeverity(origin, inCheckout, verdict) {
  const graded = verdict.caught ? "notice" : verdict.runs === "always" ? "error" : "warning";
  if (origin !== "first-party") return { severity: graded };
  if (inCheckout === void 0) return { severity: "error" };
  if (inCheckout) {
    const lost = "Lost in packaging: the checkout has this module, the image does not";
    if (verdict.caught) return { severity: "warning", severityReason: `${lost}; the handler catches the ImportError, so production runs the fallback, which the checkout does not` };
    return { severity: "error", severityReason: verdict.runs === "always" ? lost : `${lost}; the import fails when the code around it runs` };
  }
  const stale = "Stale code: not in the checkout either";
  const severityReason = verdict.caught ? `${stale} (the image is as its source); the handler catches the ImportError, as it does in the checkout` : verdict.runs === "always" ? `${stale}, and this import runs when its module is imported, so importing that module fails (in the checkout too)` : `${stale} (the image is as its source); the import fails only when the code around it runs`;
  return { severity: graded, severityReason };
}
var ImportGraph = class {
  options;
  visited = /* @__PURE__ */ new Set();
  queue = [];
  findings = [];
  reached = /* @__PURE__ */ new Map();
  imports = /* @__PURE__ */ new Map();
  scans;
  /** Per package file: whether names below it may load where no path search looks. */
  hooks = /* @__PURE__ */ new Map();
  /** Django settings modules, whose dotted strings are imports, and those already read. */
  settingsModules = /* @__PURE__ */ new Set();
  settingsRead = /* @__PURE__ */ new Set();
  processed = /* @__PURE__ */ new Set();
  zones = /* @__PURE__ */ new Map();
  version;
  /** The minor version files are parsed and standard-library names looked up with. */
  readMinor;
  /** Per package `__init__.py`: whether code the scan of installed packages skips may bind names. */
  hiddenBindings = /* @__PURE__ */ new Map();
  namesUnknown = 0;
  extensionsChecked = /* @__PURE__ */ new Set();
  extensionsUnchecked = [];
  lazyImports = 0;
  /** Per walked module (by key): its `__lazy_modules__` and where names its lazy imports bind are read. */
  lazyFactsCache = /* @__PURE__ */ new Map();
  lastYield = 0;
  /** Per module key: the functions that run at start. */
  startFunctions = /* @__PURE__ */ new Map();
  /** Start functions found in modules the walk had already visited: followed after the current visit. */
  lateStarts = [];
  /** Every node queued, by key. */
  nodes = /* @__PURE__ */ new Map();
  /**
   * While a module visited earlier is walked again for a function found to run at start, its
   * imports were followed once already as code that runs when called: the new finding replaces the old.
   */
  replacing = false;
  entries = [];
  /** Plugin entry points the image declares, by group; read when the first module is visited. */
  pluginGroups;
  /** Per group and reading file, the highest severity its entry points were already checked with. */
  groupsChecked = /* @__PURE__ */ new Map();
  constructor(options) {
    this.options = options;
    this.version = `3.${options.minor}`;
    this.readMinor = options.readMinor ?? options.minor;
    this.scans = new FileScans({ fs: options.fs, minor: this.readMinor, pool: options.pool, isFirstParty: (file) => this.zoneOf(file) === "first-party", onProgress: options.onProgress });
  }
  async walk(entries) {
    this.entries = entries;
    for (const entry of entries) {
      this.addEntry(entry);
      await this.letWorkersIn();
    }
    for (let index = 0; index < this.queue.length; index++) {
      await this.visit(this.queue[index]);
      for (let late = this.lateStarts.shift(); late; late = this.lateStarts.shift()) await this.followLateStart(late.key, late.start);
      await this.letWorkersIn();
    }
    return { findings: this.findings, files: this.scans.files, modules: this.reached.size, unparsed: this.scans.unparsed, reached: this.reached, namesUnknown: this.namesUnknown, lazyImports: this.lazyImports, imports: this.imports, extensions: { checked: this.extensionsChecked.size, unchecked: this.extensionsUnchecked } };
  }
  /**
   * Yields to the event loop every few milliseconds while workers scan: their answers, and the
   * next files they are sent, wait for it, and the walk may run long without awaiting anything.
   */
  async letWorkersIn() {
    if (!this.options.pool) return;
    const now = performance.now();
    if (now - this.lastYield < YIELD_EVERY_MS) return;
    await new Promise(setImmediate);
    this.lastYield = performance.now();
  }
  /** Asked for every module and file reached: answered once per path. */
  zoneOf(path18) {
    if (path18 === void 0) return "stdlib";
    let zone = this.zones.get(path18);
    if (zone === void 0) {
      zone = this.zoneOfPath(path18);
      this.zones.set(path18, zone);
    }
    return zone;
  }
  zoneOfPath(path18) {
    if (underAny(path18, this.options.thirdPartyDirs) || INSTALLED_DIR.test(path18)) return "third-party";
    if (underAny(path18, this.options.stdlibDirs)) return "stdlib";
    return "first-party";
  }
  moduleZone(module) {
    if (module.kind === "builtin" || module.kind === "frozen" || module.kind === "preloaded") return "stdlib";
    return this.zoneOf(module.origin ?? module.searchLocations?.[0]);
  }
  addEntry(entry) {
    if (entry.role === "django-settings") this.settingsModules.add(entry.module);
    if (entry.file !== void 0 || entry.code !== void 0) {
      const key = entryKey(entry);
      if (this.visited.has(key)) return;
      if (entry.file !== void 0 && this.options.fs.stat(entry.file)?.type !== "file") {
        this.report("missing-module", "error", { module: entry.file, location: COMMAND2, origin: "first-party", message: `${entry.how} runs ${entry.file}, which is not a file in the image` }, void 0);
        return;
      }
      this.visited.add(key);
      const node = { key, runName: entry.module, module: entry.module, isPackage: false, zone: "first-party", chain: void 0, entry };
      if (entry.file !== void 0) node.file = entry.file;
      if (entry.code !== void 0) node.code = entry.code;
      this.push(node);
      return;
    }
    const resolution = this.options.resolver.resolve(entry.module);
    if (!resolution.found) {
      this.missing(resolution, entry.module, { runs: "always", caught: false }, COMMAND2, void 0, `${entry.how} loads ${entry.module}`);
      return;
    }
    if (entry.role === "app" && entry.called && entry.attr) this.registerStart(entry.module, { name: entry.attr, call: RUNS_AT_START, depth: 1 });
    this.enqueueModule(entry.module, void 0, entry);
    if (entry.role === "module" && resolution.kind === "package" && entry.how.startsWith("python -m")) this.enqueueSubmodule(`${entry.module}.__main__`, void 0, COMMAND2, true);
  }
  /** Remembers the findings made since `before` at a severity the node's shelter lowered. */
  noteLowered(node, before, unsheltered) {
    for (const finding of this.findings.slice(before)) {
      if (finding.kind !== "missing-module") continue;
      const full = missingSeverity(finding.origin, finding.inCheckout, unsheltered);
      if (full.severity === finding.severity) continue;
      (node.lowered ??= []).push({ finding, severity: full.severity, ...full.severityReason && { severityReason: full.severityReason }, ...unsheltered.describe && { guard: unsheltered.describe } });
    }
  }
  /** A module reached again where nothing catches its failure: its findings, and those of the modules that took its shelter, count in full. */
  unshelter(node) {
    if (node?.shelter === void 0) return;
    delete node.shelter;
    for (const { finding, severity, severityReason, guard } of node.lowered ?? []) {
      finding.severity = severity;
      if (severityReason) finding.severityReason = severityReason;
      else delete finding.severityReason;
      if (guard) finding.guard = guard;
      else delete finding.guard;
    }
    delete node.lowered;
    for (const child of node.sheltered ?? []) this.unshelter(child);
    delete node.sheltered;
  }
  push(node) {
    this.nodes.set(node.key, node);
    this.queue.push(node);
  }
  /** Queues a found module and its parent packages (importing a.b.c runs a and a.b first). */
  enqueueModule(name, chain, entry, runAsMain = false, shelter) {
    if (!entry && this.visited.has(name)) return;
    for (const prefix of prefixes(name)) {
      const isTarget = prefix === name;
      if (this.visited.has(prefix) && !(isTarget && entry)) continue;
      const resolution = this.options.resolver.resolve(prefix);
      if (!resolution.found) return;
      const zone = this.moduleZone(resolution);
      this.reached.set(prefix, zone);
      this.visited.add(prefix);
      const last2 = chain?.hop;
      const nodeChain = isTarget || last2?.module !== name ? chain : chain.withLastHop({ ...last2, module: prefix });
      const isPackage = resolution.searchLocations !== void 0;
      const asMain = isTarget && (runAsMain || entry?.how.startsWith("python -m") === true && !isPackage);
      const node = { key: prefix, runName: asMain ? "__main__" : prefix, module: prefix, isPackage, zone, chain: nodeChain };
      if (resolution.origin?.endsWith(".py")) node.file = resolution.origin;
      if (isTarget && entry) node.entry = entry;
      if (shelter) {
        node.shelter = shelter.at;
        if (shelter.from) (shelter.from.sheltered ??= []).push(node);
      }
      if (node.file && zone !== "stdlib") this.scans.start(node.file);
      this.push(node);
    }
  }
  enqueueSubmodule(name, chain, location, runAsMain = false) {
    const resolution = this.options.resolver.resolve(name);
    if (resolution.found) this.enqueueModule(name, chain, void 0, runAsMain);
    else this.missing(resolution, name, { runs: "always", caught: false }, location, chain, `python -m runs ${name}`);
  }
  async visit(node) {
    this.processed.add(node.key);
    if (node.zone === "stdlib" || node.file === void 0 && node.code === void 0) return;
    let scanned;
    if (node.code !== void 0) scanned = { scan: scanSource(node.code, this.readMinor), text: node.code };
    else scanned = this.scans.has(node.file) ? this.scans.settled(node.file) : await this.scans.awaitNeeded(node.file);
    if (!scanned) return;
    const where2 = { imagePath: node.file ?? "(python -c)", line: 1, column: 1 };
    if (scanned.partlyRead) {
      this.report("partly-read", "warning", { module: node.runName === "__main__" ? node.file : node.module, location: where2, origin: node.zone, message: partlyReadMessage(scanned.partlyRead) }, node.chain);
      return;
    }
    const scan = this.scans.importsOf(scanned);
    if (!scan.ok) {
      const what = node.runName === "__main__" ? node.file ?? "the code" : node.module;
      if (this.readMinor < this.options.minor) {
        this.report("not-checked", "warning", { module: node.module, location: { ...where2, line: scan.line ?? 1 }, origin: node.zone, message: `${what} was not checked: it does not parse with the grammar of Python 3.${this.readMinor} (${scan.error}), the newest import-guard knows, and the image runs Python ${this.version}; the imports it makes are unchecked, so the verdict is incomplete` }, node.chain);
        return;
      }
      const severity = node.zone === "first-party" ? "error" : "warning";
      this.report("syntax-error", severity, { module: node.module, location: { ...where2, line: scan.line ?? 1 }, origin: node.zone, message: `${what} does not parse: ${scan.error}` }, node.chain);
      return;
    }
    const runsAtStart = node.entry !== void 0 || node.runName === "__main__" || this.startFunctions.has(node.key);
    const start = runsAtStart ? this.startScan(node) : void 0;
    const starts = start ? this.expandStarts(node, start, [...this.startFunctions.get(node.key)?.values() ?? []], node.entry !== void 0 || node.runName === "__main__") : [];
    await this.followAll(node, start?.scan.imports ?? scan.imports, starts);
    if (node.entry?.attr && node.zone === "first-party" && node.file) this.checkAttribute(node, node.entry);
    if (scanned.text !== void 0 && node.zone === "first-party") this.djangoImports(node, scanned.text);
    if (node.file !== void 0) this.pluginImports(node, scanned.text);
  }
  /**
   * The entry points of each plugin group a walked module reads are imports at the line that
   * names the group. The app's own code loading every entry point of a group loads them at start
   * (flake8, pytest): a missing one is an error, and the ones found are walked. The app's own code
   * reading a group in a form that may pick by name loads them when that feature runs: a warning.
   * A library reading a group may list them only, or catch what fails: a notice.
   */
  pluginImports(node, text) {
    this.pluginGroups ??= entryPointGroups(this.options.fs, this.options.thirdPartyDirs);
    if (this.pluginGroups.size === 0) return;
    const source2 = text ?? this.options.fs.readText(node.file);
    if (source2 === void 0) return;
    const reads = groupReads(source2, this.readMinor, new Set(this.pluginGroups.keys()));
    if (reads.length === 0) return;
    const own = node.entry !== void 0 || node.zone === "first-party" || this.appPackages().has(node.module.split(".")[0]);
    const rank2 = { notice: 0, warning: 1, error: 2 };
    for (const read of reads) {
      const severity = !own ? "notice" : read.loadsEvery ? "error" : "warning";
      const key = `${read.group} ${node.file}`;
      const checked = this.groupsChecked.get(key);
      if (checked !== void 0 && rank2[checked] >= rank2[severity]) continue;
      this.groupsChecked.set(key, severity);
      const location = { imagePath: node.file, line: read.line, column: read.column };
      const verdict = severity === "error" ? { runs: "always", caught: false } : { runs: "when-called", caught: severity === "notice", describe: severity === "warning" ? `the app reads entry-point group ${read.group} with ${read.how}, which may load only the entry points a feature names` : `a library reads entry-point group ${read.group} with ${read.how}: it may only list the entry points, or catch what fails to load` };
      for (const target of this.pluginGroups.get(read.group)) {
        const chain = ChainLink.extend(node.chain, { ...location, importer: node.module, module: target.module });
        const resolution = this.options.resolver.resolve(target.module);
        const declared = `${target.name} = ${target.module}${target.attr ? `:${target.attr}` : ""} in ${target.file}`;
        if (!resolution.found) {
          const context = severity === "error" ? `${node.module} names entry-point group ${read.group}, whose every entry point the app loads at start (${declared})` : `${node.module} reads entry-point group ${read.group} (${declared})`;
          this.missing(resolution, target.module, verdict, location, chain, context, void 0, severity);
          continue;
        }
        if (severity !== "error") continue;
        let imported = this.imports.get(node.key);
        if (!imported) this.imports.set(node.key, imported = /* @__PURE__ */ new Set());
        imported.add(target.module);
        if (!this.visited.has(target.module)) this.enqueueModule(target.module, chain);
      }
    }
  }
  /**
   * The top-level packages of the app the command runs, with the other top-level modules of
   * their distributions (pytest's `_pytest`): the modules of a console script or `python -m`
   * entry point, else what an entry script imports.
   */
  appPackages() {
    const tops = /* @__PURE__ */ new Set();
    const modules = this.entries.filter((entry) => entry.file === void 0 && entry.code === void 0 && entry.role !== "django-settings");
    if (modules.length > 0) for (const entry of modules) tops.add(entry.module.split(".")[0]);
    else for (const entry of this.entries) for (const module of this.imports.get(entryKey(entry)) ?? []) tops.add(module.split(".")[0]);
    for (const top of tops) if (isStdlibModule(top, `3.${this.readMinor}`)) tops.delete(top);
    for (const distribution of installedDistributions(this.options.fs)) {
      if (distribution.topLevel.some((top) => tops.has(top))) for (const top of distribution.topLevel) tops.add(top);
    }
    return tops;
  }
  /** A module's whole scan, function bodies included, and the plain-name calls it makes. */
  startScan(node) {
    const source2 = node.code ?? (node.file === void 0 ? void 0 : this.options.fs.readFile(node.file));
    return source2 === void 0 ? void 0 : scanWithCalls(source2, this.readMinor);
  }
  /** Records a function that runs at start; one found in a module visited already is followed after this visit. */
  registerStart(key, start) {
    let functions = this.startFunctions.get(key);
    if (!functions) this.startFunctions.set(key, functions = /* @__PURE__ */ new Map());
    if (functions.has(start.name)) return;
    functions.set(start.name, start);
    if (this.processed.has(key) && this.nodes.has(key)) this.lateStarts.push({ key, start });
  }
  /**
   * The functions of this module that run at start: `seeds`, those their bodies call (and, with
   * `moduleLevel`, those its module-level code calls) that it defines, and so on. Calls of functions
   * other modules define are recorded for those modules.
   */
  expandStarts(node, start, seeds, moduleLevel) {
    const found = new Map(seeds.map((seed) => [seed.name, seed]));
    let own = this.startFunctions.get(node.key);
    const pending = moduleLevel ? [void 0, ...seeds] : [...seeds];
    const context = { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName };
    while (pending.length > 0) {
      const caller = pending.shift();
      const depth = (caller?.depth ?? 0) + 1;
      if (depth > MAX_START_DEPTH) continue;
      const inCaller = (guards) => {
        const scope = scopeOf(guards);
        if (caller === void 0) return scope === "module" ? [...guards] : void 0;
        if (typeof scope !== "object" || scope.name !== caller.name) return void 0;
        const own2 = bodyGuards(guards, scope.index);
        return own2.some((guard) => guard.kind === "function" || guard.kind === "class") ? void 0 : own2;
      };
      for (const call of start.calls) {
        const guards = inCaller(call.guards);
        if (!guards) continue;
        let verdict = within(caller?.call ?? RUNS_AT_START, judgeGuards(guards, context));
        if (verdict.runs !== "always" && verdict.runs !== "conditionally") continue;
        if (call.of !== void 0) {
          const module = this.moduleBoundTo(start.scan, call.of);
          if (module !== void 0 && !this.options.resolver.resolve(`${module}.${call.name}`).found) this.registerStart(module, { name: call.name, call: verdict, depth });
          continue;
        }
        const target = this.calledFunction(node, start.scan, call.name, caller, context);
        if (!target) continue;
        if (target.binding !== "always") verdict = within(verdict, { runs: target.binding, caught: false });
        const started = { name: target.name, call: verdict, depth };
        if (target.module !== node.key) this.registerStart(target.module, started);
        else if (!found.has(target.name)) {
          found.set(target.name, started);
          if (!own) this.startFunctions.set(node.key, own = /* @__PURE__ */ new Map());
          if (!own.has(target.name)) own.set(target.name, started);
          pending.push(started);
        }
      }
    }
    for (const seed of seeds) {
      const source2 = this.calledFunction(node, start.scan, seed.name, void 0, context);
      if (source2 && source2.module !== node.key) this.registerStart(source2.module, { ...seed, name: source2.name });
    }
    return [...found.values()];
  }
  /** The module a plain name stands for after a module-level `import X` or `import a.b as X`. */
  moduleBoundTo(scan, name) {
    for (const statement of scan.imports) {
      if (statement.kind !== "import" || scopeOf(statement.guards) !== "module") continue;
      if (statement.asname === name) return statement.module;
      if (statement.asname === void 0 && statement.module.split(".")[0] === name) return name;
    }
    return void 0;
  }
  /**
   * What a plain-name call in a caller's body (or at module level) runs: a function bound by
   * `from m import f [as name]` in that body or at module level, else this module's own `def`.
   * Undefined for a submodule, or a name whose import is never run.
   */
  calledFunction(node, scan, name, caller, context) {
    let binding;
    for (const statement of scan.imports) {
      if (statement.kind !== "from") continue;
      const imported = statement.names.find((each) => each.name !== "*" && (each.asname ?? each.name) === name);
      if (!imported) continue;
      const scope = scopeOf(statement.guards);
      if (caller && typeof scope === "object" && scope.name === caller.name) {
        binding = { statement, imported: imported.name, guards: bodyGuards(statement.guards, scope.index) };
        break;
      }
      if (scope === "module" && !binding) binding = { statement, imported: imported.name, guards: [...statement.guards] };
    }
    if (!binding) return { module: node.key, name, binding: "always" };
    const runs = judgeGuards(binding.guards, context).runs;
    if (runs === "never") return void 0;
    const target = absoluteName(binding.statement.module, binding.statement.level, { name: node.module, isPackage: node.isPackage });
    if (!("name" in target) || this.options.resolver.resolve(`${target.name}.${binding.imported}`).found) return void 0;
    return { module: target.name, name: binding.imported, binding: runs === "always" ? "always" : "conditionally" };
  }
  /** Follows a module's imports in order, those in the bodies of functions that run at start as imports that run at start. */
  async followAll(node, imports, starts, onlyStarts = false) {
    const byName = new Map(starts.map((started) => [started.name, started]));
    for (const statement of imports) {
      if (!onlyStarts && this.options.minor >= LAZY_IMPORTS_MINOR && (statement.lazy || this.options.lazyImports?.mode === "all" && mayBeLazy(statement))) this.lazyImports++;
      const scope = scopeOf(statement.guards);
      const started = typeof scope === "object" ? byName.get(scope.name) : void 0;
      if (onlyStarts && !started) continue;
      const waiting = started ? this.follow(node, statement, { name: started.name, guards: bodyGuards(statement.guards, scope.index), call: started.call }) : this.follow(node, statement);
      if (waiting) await waiting;
    }
  }
  /** A function found to run at start in a module visited before: its body is followed now. */
  async followLateStart(key, started) {
    const node = this.nodes.get(key);
    if (node.zone === "stdlib") return;
    const start = this.startScan(node);
    if (!start) return;
    const starts = this.expandStarts(node, start, [started], false);
    this.replacing = true;
    try {
      await this.followAll(node, start.scan.imports, starts, true);
    } finally {
      this.replacing = false;
    }
  }
  /** The app object a server takes from its module must exist: gunicorn and uvicorn fail at boot otherwise. */
  checkAttribute(node, entry) {
    const verdict = classifyFromImport(this.options.resolver, node.module, entry.attr, (file) => this.scans.bindingsOf(file));
    if (verdict !== "neither") return;
    this.report("missing-name", "error", { module: node.module, name: entry.attr, location: COMMAND2, origin: "first-party", message: `${entry.how} loads ${entry.attr} from ${node.module}, which defines no such name` }, void 0);
  }
  djangoImports(node, text) {
    const settingsFromCode = !this.options.env.has("DJANGO_SETTINGS_MODULE") ? djangoSettingsDefault(text) : void 0;
    if (settingsFromCode && settingsFromCode !== node.module) {
      const line = text.slice(0, text.indexOf(settingsFromCode)).split("\n").length;
      this.addDjangoSettings(settingsFromCode, node, { imagePath: node.file ?? "(python -c)", line, column: 1 });
    }
    if (this.settingsModules.has(node.module) && node.file) this.settingsImports(node.module, node.file, text, node.chain);
  }
  /** The dotted strings of a settings module, as imports of that module. */
  settingsImports(module, file, text, chain) {
    if (this.settingsRead.has(module)) return;
    this.settingsRead.add(module);
    for (const dotted2 of djangoSettingsImports(text, this.readMinor)) {
      const location = { imagePath: file, line: dotted2.line, column: dotted2.column };
      const hop = { ...location, importer: module, module: dotted2.module };
      let resolution = this.options.resolver.resolve(dotted2.module);
      if (!resolution.found && dotted2.appEntry && dotted2.module.includes(".")) {
        const parent2 = this.options.resolver.resolve(dotted2.module.slice(0, dotted2.module.lastIndexOf(".")));
        if (parent2.found) resolution = parent2;
      }
      if (resolution.found) this.enqueueModule(resolution.name, ChainLink.extend(chain, hop));
      else this.missing(resolution, dotted2.module, { runs: "always", caught: false }, location, ChainLink.extend(chain, hop), `Django setting ${dotted2.setting} names ${dotted2.value}`);
    }
  }
  /** A settings module named in code (`os.environ.setdefault(...)`): its strings count once, whichever way it is reached. */
  addDjangoSettings(module, from, location) {
    if (this.settingsModules.has(module)) return;
    this.settingsModules.add(module);
    const hop = { ...location, importer: from.module, module };
    const chain = ChainLink.extend(from.chain, hop);
    const resolution = this.options.resolver.resolve(module);
    if (!resolution.found) {
      this.missing(resolution, module, { runs: "always", caught: false }, location, chain, "DJANGO_SETTINGS_MODULE");
      return;
    }
    if (!this.visited.has(module)) this.enqueueModule(module, chain);
    else if (this.processed.has(module) && resolution.origin?.endsWith(".py")) {
      const text = this.options.fs.readText(resolution.origin);
      if (text !== void 0) this.settingsImports(module, resolution.origin, text, chain);
    }
  }
  /** Follows one import; a promise only when it must wait for a scan (most imports need none). */
  follow(node, statement, start) {
    const own = judgeGuards(start?.guards ?? statement.guards, { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName });
    let verdict = start ? within(start.call, own) : own;
    if (start && verdict.describe === void 0) verdict = { ...verdict, describe: `inside ${start.name}(), which runs at start` };
    if (node.zone === "third-party" && (verdict.runs !== "always" || verdict.caught)) return;
    const location = { imagePath: node.file ?? "(python -c)", line: statement.line, column: statement.col + 1 };
    const underShelter = node.shelter !== void 0 && !verdict.caught && verdict.runs !== "never";
    const unsheltered = verdict;
    if (underShelter) verdict = { ...verdict, caught: true, describe: `imported through ${node.shelter}, whose handler catches the ImportError` };
    const target = this.targetOf(node, statement);
    if ("error" in target) {
      if (verdict.runs === "never") return;
      const caught = verdict.caught && target.exception === void 0;
      const severity = caught ? "notice" : verdict.runs === "always" && node.zone === "first-party" ? "error" : "warning";
      this.report("bad-relative-import", severity, { module: `${".".repeat(statement.level)}${statement.module}`, location, origin: node.zone, message: `${target.exception ?? "ImportError"}: ${target.error}`, ...verdict.describe && { guard: verdict.describe } }, node.chain);
      return;
    }
    let built;
    const chain = () => built ??= ChainLink.extend(node.chain, { ...location, importer: node.module, module: target.name });
    const shelter = unsheltered.caught ? { at: `${location.imagePath}:${location.line}` } : node.shelter !== void 0 ? { at: node.shelter, from: node } : void 0;
    const resolution = this.options.resolver.resolve(target.name);
    if (!resolution.found) {
      const lazy = this.lazyVerdict(node, statement, target.name, boundNames(statement, resolution.missing, target.name), verdict);
      if (lazy?.lazy && node.zone === "third-party") return;
      const before = this.findings.length;
      this.missing(resolution, target.name, lazy ?? verdict, location, chain(), void 0, void 0, lazy?.lazy ? "warning" : void 0);
      if (underShelter) this.noteLowered(node, before, unsheltered);
      if (verdict.runs !== "never" && target.name.includes(".")) this.enqueueModule(target.name, chain(), void 0, false, shelter);
      return;
    }
    if (verdict.runs === "never") return;
    this.checkNative(resolution, target.name, verdict, location, chain);
    let imported = this.imports.get(node.key);
    if (!imported) this.imports.set(node.key, imported = /* @__PURE__ */ new Set());
    imported.add(target.name);
    if (!this.visited.has(target.name)) {
      this.enqueueModule(target.name, chain(), void 0, false, shelter);
    } else if (!verdict.caught) {
      for (const prefix of prefixes(target.name)) this.unshelter(this.nodes.get(prefix));
    }
    if (statement.kind !== "from") return;
    const namesMatter = resolution.searchLocations !== void 0 || this.moduleZone(resolution) === "first-party";
    if (!namesMatter) return;
    const atImport = !start && !statement.guards.some((guard) => guard.kind === "function");
    const followNames = () => {
      for (const { name, asname } of statement.names) {
        if (name === "*") this.followStar(resolution, chain());
        else this.followFromName(node, resolution, name, this.lazyVerdict(node, statement, target.name, [{ name: asname ?? name }], verdict) ?? verdict, location, chain, atImport, shelter);
      }
    };
    const origin = resolution.origin;
    if (origin?.endsWith(".py") && !this.scans.has(origin)) {
      this.scans.needNow(origin);
      const scanned = this.scans.whenSettled(origin);
      if (scanned instanceof Promise) return scanned.then(followNames);
    }
    followNames();
  }
  /**
   * How a lazy import that fails shows: where a name it binds is first read. A read as the module
   * runs (at module level, in a class body, a decorator or a default value, or in a function
   * called then or at start) fails the start as an eager import would; any other fails on first
   * use, later. Undefined for an import that is not lazy.
   */
  lazyVerdict(node, statement, target, reads, verdict) {
    if (this.options.minor < LAZY_IMPORTS_MINOR || verdict.runs === "never" || statement.kind === "dynamic") return void 0;
    if (!statement.lazy && !(mayBeLazy(statement) && this.declaredLazy(node, statement, target))) return void 0;
    const how = statement.lazy ? "imported lazily" : this.options.lazyImports?.mode === "all" ? `imported lazily (${this.options.lazyImports.from})` : "imported lazily (__lazy_modules__)";
    const facts = this.lazyFactsOf(node);
    const uses = (facts?.uses ?? []).filter((use) => reads.some((read2) => read2.name === use.name && (read2.attribute === void 0 || read2.attribute === use.attribute)));
    const context = { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName };
    const calledNow = new Set(this.startFunctions.get(node.key)?.keys() ?? []);
    for (const call of this.startScan(node)?.calls ?? []) if (call.of === void 0 && scopeOf(call.guards) === "module") calledNow.add(call.name);
    const now = uses.find((use) => {
      if (!use.guards.some((guard) => guard.kind === "function")) return judgeGuards(use.guards, context).runs !== "never";
      const scope = scopeOf(use.guards);
      return typeof scope === "object" && calledNow.has(scope.name);
    });
    const read = (use) => `${use.name}${use.attribute !== void 0 ? `.${use.attribute}` : ""}`;
    if (now) return { ...verdict, caught: judgeGuards(now.guards, context).caught, describe: `${how}, but ${read(now)} is read as the module runs (line ${now.line}), which loads it` };
    const first = uses[0];
    return { runs: "when-called", caught: false, lazy: true, describe: `${how}: fails on first use${first ? `, ${read(first)} at line ${first.line}` : " (no read of it found in this module)"}` };
  }
  /** Whether `__lazy_modules__`, or the `all` mode, makes this import (of absolute `target`) lazy. */
  declaredLazy(node, statement, target) {
    if (this.options.lazyImports?.mode === "all") return true;
    const declared = this.lazyFactsOf(node)?.declared.filter((each) => each.line < statement.line).at(-1);
    return declared?.modules.includes(target) ?? false;
  }
  /** A module's lazy-import facts, read once: its `__lazy_modules__` and the reads of every name an import of it binds. */
  lazyFactsOf(node) {
    if (this.lazyFactsCache.has(node.key)) return this.lazyFactsCache.get(node.key);
    const source2 = node.code ?? (node.file === void 0 ? void 0 : this.options.fs.readFile(node.file));
    const scan = source2 === void 0 ? void 0 : scanSource(source2, this.options.minor);
    const names = /* @__PURE__ */ new Set();
    if (scan?.ok) {
      for (const statement of scan.imports) {
        if (statement.kind === "from") for (const each of statement.names) names.add(each.asname ?? each.name);
        else if (statement.kind === "import") names.add(statement.asname ?? statement.module.split(".")[0]);
      }
    }
    const facts = source2 === void 0 ? void 0 : lazyFacts(source2, this.options.minor, names);
    this.lazyFactsCache.set(node.key, facts);
    return facts;
  }
  targetOf(node, statement) {
    if (statement.kind !== "dynamic") return absoluteName(statement.module, statement.level, { name: node.module, isPackage: node.isPackage });
    if (statement.level === 0) return { name: statement.module };
    if (statement.package === void 0) return { exception: "TypeError", error: `the 'package' argument is required to perform a relative import for '${".".repeat(statement.level)}${statement.module}'` };
    return absoluteName(statement.module, statement.level, { name: statement.package, isPackage: true });
  }
  /**
   * `from m import name`: a submodule is imported too; a first-party module without the name fails.
   * `atImport`: the statement runs while its own module is being imported, not in a function.
   */
  followFromName(node, base, name, verdict, location, chain, atImport, shelter) {
    const full = `${base.name}.${name}`;
    const own = base.name === node.module && atImport;
    const kind = classifyFromImport(this.options.resolver, base.name, name, (file) => {
      const scanned = this.scans.bindingsOf(file);
      return own && scanned && file === base.origin ? { ...scanned, bindings: scanned.bindings.filter((bound) => bound !== name) } : scanned;
    });
    const toSubmodule = () => chain().withLastHop({ ...chain().hop, module: full });
    if (kind === "submodule") {
      const submodule2 = this.options.resolver.resolve(full);
      if (submodule2.found) this.checkNative(submodule2, full, verdict, location, toSubmodule);
      if (!this.visited.has(full)) this.enqueueModule(full, toSubmodule(), void 0, false, shelter);
      else if (!verdict.caught) this.unshelter(this.nodes.get(full));
      return;
    }
    if (own && verdict.caught && !this.options.inRepository?.(full)) return;
    const zone = this.moduleZone(base);
    if (zone === "stdlib" || kind === "attribute") return;
    if (kind === "unknown" || zone === "third-party" && this.bindsUnseen(base, name)) {
      this.namesUnknown++;
      return;
    }
    const submodule = this.options.resolver.resolve(full);
    if (!submodule.found && (base.searchLocations !== void 0 || this.options.inRepository?.(full))) {
      this.missing(submodule, full, verdict, location, toSubmodule(), void 0, `cannot import name '${name}' from '${base.name}'`, verdict.lazy ? "warning" : void 0);
      return;
    }
    this.report("missing-name", verdict.lazy ? "warning" : "error", { module: base.name, name, location, origin: "first-party", message: `ImportError: cannot import name '${name}' from '${base.name}' (${base.origin ?? "namespace package"})`, ...verdict.describe && { guard: verdict.describe } }, chain());
  }
  /**
   * Whether an installed package's `__init__.py` may bind `name` where its scan does not look:
   * a function declaring it `global` (function bodies are skipped there), code that extends
   * `__path__`, or code that sets attributes by name, replaces a module in sys.modules or adds an
   * import hook, in the `__init__.py` or in a submodule it imports at module level (tlz's `_build_tlz`).
   */
  bindsUnseen(base, name) {
    const origin = base.origin;
    if (!origin?.endsWith(".py")) return true;
    let hidden = this.hiddenBindings.get(origin);
    if (hidden === void 0) {
      const text = this.options.fs.readText(origin);
      if (text === void 0) hidden = { any: true, globals: [], extendedPath: false };
      else {
        const globals = text.split("\n").filter((line) => /^\s*global\s/.test(line)).flatMap((line) => line.trim().slice("global".length).split(/[\s,;#]+/));
        const idiom = onlyExtendPathIdiom(text);
        hidden = { any: writesNamesUnseen(text) || writesOwnGlobals(text) || extendsPath(text) && !idiom || this.ownSubmoduleFiles(base).some((file) => changesPackageFrom(this.options.fs.readText(file) ?? "", base.name)), globals, extendedPath: idiom };
      }
      this.hiddenBindings.set(origin, hidden);
    }
    if (hidden.extendedPath && !hidden.any && this.options.resolver.inExtendedPath(base.name, name)) return true;
    return hidden.any || hidden.globals.includes(name);
  }
  /** The source files of a package's own submodules that its `__init__.py` imports at module level. */
  ownSubmoduleFiles(base) {
    const scanned = this.scans.has(base.origin) ? this.scans.settled(base.origin) : void 0;
    const scan = scanned && this.scans.importsOf(scanned);
    if (!scan?.ok) return [];
    const files = /* @__PURE__ */ new Set();
    for (const statement of scan.imports) {
      if (statement.kind === "dynamic" || statement.guards.some((guard) => guard.kind === "function")) continue;
      const target = absoluteName(statement.module, statement.level, { name: base.name, isPackage: true });
      if (!("name" in target)) continue;
      const names = [target.name, ...statement.names.map((imported) => `${target.name}.${imported.name}`)];
      for (const module of names) {
        if (!module.startsWith(`${base.name}.`)) continue;
        const found = this.options.resolver.resolve(module);
        if (found.found && found.origin?.endsWith(".py")) files.add(found.origin);
      }
    }
    return [...files];
  }
  /** `from pkg import *` imports the submodules `__all__` lists. */
  followStar(base, chain) {
    if (!base.searchLocations || !base.origin?.endsWith(".py")) return;
    const scanned = this.scans.bindingsOf(base.origin);
    const all = scanned && "all" in scanned ? scanned.all : void 0;
    for (const name of all ?? []) {
      if (scanned.bindings.includes(name)) continue;
      const full = `${base.name}.${name}`;
      if (this.options.resolver.resolve(full).found) this.enqueueModule(full, chain);
    }
  }
  /**
   * Where a missing module would have come from. `inCheckout`, for a first-party module when a
   * checkout is known: true when the checkout has its source (lost in packaging), false when the
   * checkout holds its package but not the module either (stale code).
   */
  originOf(resolution, name) {
    const top = name.split(".")[0];
    const topResolution = this.options.resolver.resolve(top);
    const removed = removedIn(top);
    if (!topResolution.found && removed && Number(removed.split(".")[1]) <= this.options.minor) return { origin: "stdlib", cause: `${top} was removed from the standard library in Python ${removed}; the image runs Python ${this.version}` };
    const added = addedIn(top);
    if (!topResolution.found && added && Number(added.split(".")[1]) > this.options.minor) return { origin: "stdlib", cause: `${top} was added to the standard library in Python ${added}; the image runs Python ${this.version}` };
    if (isStdlibModule(top, `3.${this.readMinor}`) && (!topResolution.found || this.moduleZone(topResolution) === "stdlib")) return { origin: "stdlib", cause: `${top} is part of Python ${this.version}'s standard library but is missing from the image's installation` };
    if (this.options.inRepository?.(resolution.missing)) return { origin: "first-party", inCheckout: true };
    if (topResolution.found) {
      if (this.moduleZone(topResolution) !== "first-party") return { origin: "third-party" };
      return this.options.inRepository?.(top) ? { origin: "first-party", inCheckout: false } : { origin: "first-party" };
    }
    return { origin: this.options.inRepository ? "third-party" : "unknown" };
  }
  /** `atMost`: the highest severity the finding may have, whatever the module's origin. */
  missing(resolution, name, verdict, location, chain, context, headline, atMost) {
    const { origin, cause, inCheckout } = this.originOf(resolution, name);
    const unreported = verdict.runs === "never" ? verdict.never : this.options.ignored?.(resolution.missing) ? "ignored" : this.underImportHook(resolution.missing, location, chain) ? "import-hook" : void 0;
    const graded = missingSeverity(origin, inCheckout, verdict);
    const order2 = ["notice", "warning", "error"];
    const severity = atMost !== void 0 && order2.indexOf(graded.severity) > order2.indexOf(atMost) ? atMost : graded.severity;
    const severityReason = graded.severityReason;
    const error = resolution.reason === "not-a-package" ? `No module named '${name}'; '${name.slice(0, name.lastIndexOf("."))}' is not a package` : `No module named '${resolution.missing}'`;
    const what = headline ?? (resolution.missing === name ? error : `import of ${name} fails: ${error}`);
    const finding = { module: resolution.missing, location, origin, message: context ? `${context}, but: ${error}` : `${headline ? "ImportError" : "ModuleNotFoundError"}: ${what === error ? error : what}` };
    if (verdict.describe) finding.guard = verdict.describe;
    if (cause) finding.cause = cause;
    if (inCheckout !== void 0) finding.inCheckout = inCheckout;
    if (severityReason) finding.severityReason = severityReason;
    if (unreported) finding.unreported = unreported;
    this.report("missing-module", severity, finding, chain);
  }
  /**
   * An extension module is loaded by the dynamic loader as it is imported: one that will not load
   * (a library missing, another machine, another C library) fails at the import that loads it,
   * graded as a missing module at the same place would be. Each module is judged once, at the
   * first import that reaches it.
   */
  checkNative(module, name, verdict, location, chain) {
    const native = this.options.native;
    const file = module.origin;
    if (!native || module.kind !== "extension" || file === void 0 || this.extensionsChecked.has(file)) return;
    this.extensionsChecked.add(file);
    const judged = native.check(file);
    if ("unchecked" in judged) {
      this.extensionsUnchecked.push({ extension: file, reason: judged.unchecked });
      return;
    }
    const zone = this.moduleZone(module);
    const origin = zone === "first-party" ? "first-party" : zone === "stdlib" ? "stdlib" : "third-party";
    const { severity } = missingSeverity(origin, void 0, verdict);
    for (const problem of judged.problems) {
      const finding = { module: name, location, origin, message: `ImportError: ${problem.message}`, cause: nativeCause(problem), native: nativeDetails(problem) };
      if (verdict.describe) finding.guard = verdict.describe;
      this.report(problem.kind, severity, finding, chain());
    }
  }
  /**
   * Packages like pkg_resources.extern install a meta-path finder, and pkgutil-style packages extend
   * their own __path__: names below them may load although no file is where the path finder looks.
   * A package still running its own module-level code when the import happens has run only the
   * lines above that point: a hook installed further down (SCons.Tool's loader of tools) does not
   * exist yet.
   */
  underImportHook(missing, location, chain) {
    const parts = missing.split(".");
    for (let length = parts.length - 1; length > 0; length--) {
      const parent2 = this.options.resolver.resolve(parts.slice(0, length).join("."));
      if (!parent2.found || !parent2.origin?.endsWith(".py")) continue;
      const runningAt = this.runningAt(parent2.origin, location, chain);
      const key = runningAt === void 0 ? parent2.origin : `${parent2.origin}:${runningAt}`;
      let hooked = this.hooks.get(key);
      if (hooked === void 0) {
        const whole = this.options.fs.readText(parent2.origin) ?? "";
        const text = runningAt === void 0 ? whole : linesBefore(whole, runningAt);
        hooked = /\bmeta_path\b|\bpath_hooks\b|\bsys\.modules\[[^\]\n]{1,200}\]\s*=[^=]/.test(text) ? "hook" : onlyExtendPathIdiom(text) ? "extend-path" : extendsPath(text) ? "hook" : "none";
        this.hooks.set(key, hooked);
      }
      if (hooked === "hook" || hooked === "extend-path" && this.options.resolver.inExtendedPath(parent2.name, parts[length])) return true;
    }
    return false;
  }
  /**
   * The line of `file` whose module-level import is under way when the import at `location` (at
   * the end of `chain`) happens, if that file's module is still being executed then; undefined
   * when it has finished, or the import comes from a function it defines (called after).
   */
  runningAt(file, location, chain) {
    const moduleLevelAt = (where3) => {
      const scanned = this.scans.has(where3.imagePath) ? this.scans.settled(where3.imagePath) : void 0;
      const scan = scanned ? this.scans.importsOf(scanned) : void 0;
      return scan?.ok === true && scan.imports.some((statement) => statement.line === where3.line && scopeOf(statement.guards) === "module");
    };
    let where2 = location;
    for (let link = chain; ; link = link.parent) {
      if (!moduleLevelAt(where2)) return void 0;
      if (where2.imagePath === file) return where2.line;
      if (!link) return void 0;
      where2 = link.hop;
    }
  }
  /** A finding, with the hops of its chain read out of the walk's links now. */
  report(kind, severity, finding, chain) {
    if (this.replacing) {
      const { imagePath: imagePath2, line, column } = finding.location;
      const earlier = this.findings.findIndex((other) => other.kind === kind && other.module === finding.module && other.location.imagePath === imagePath2 && other.location.line === line && other.location.column === column);
      if (earlier !== -1) this.findings.splice(earlier, 1);
    }
    this.findings.push({ kind, severity, ...finding, ...ChainLink.kept(chain) });
  }
};
function nativeCause(problem) {
  const [extension, ...libraries] = problem.objects;
  const needing = libraries.length > 0 ? `${problem.library ?? "it"} is needed by ${libraries.at(-1)}${libraries.length > 1 ? `, which ${libraries.slice(0, -1).reverse().join(", which ")} needs,` : ""} loaded by ${extension}` : `${extension ?? problem.extension} needs ${problem.library ?? "it"}`;
  if (problem.kind !== "missing-library" || !problem.searched) return needing;
  const shown2 = problem.searched.slice(0, 8);
  return `${needing}; the loader looked in ${shown2.join(", ")}${problem.searched.length > shown2.length ? ` and ${problem.searched.length - shown2.length} more` : ""}`;
}
function nativeDetails(problem) {
  return { extension: problem.extension, ...problem.library !== void 0 && { library: problem.library }, objects: problem.objects, ...problem.searched && { searched: problem.searched }, ...problem.version !== void 0 && { version: problem.version } };
}

// src/python/coverage.ts
var IDENTIFIER2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
function imageModules(fs, folders, extensionSuffixes2) {
  const modules = { "first-party": /* @__PURE__ */ new Set(), "installed": /* @__PURE__ */ new Set() };
  const seen = /* @__PURE__ */ new Set();
  const moduleName = (file) => {
    const dot = file.indexOf(".");
    if (dot <= 0) return void 0;
    const rest = file.slice(dot);
    if (rest !== ".py" && !extensionSuffixes2.includes(rest)) return void 0;
    const name = file.slice(0, dot);
    return IDENTIFIER2.test(name) ? name : void 0;
  };
  for (const { path: root, zone } of folders) {
    const add = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      modules[zone].add(name);
    };
    const linked = /* @__PURE__ */ new Set();
    const rootEntries = listing(fs, root);
    const stack = rootEntries ? [{ folder: root, prefix: "", entries: rootEntries }] : [];
    while (stack.length > 0) {
      const { folder, prefix, entries } = stack.pop();
      for (const [name, type] of entries) {
        if (type === "file") {
          const module = moduleName(name);
          if (module !== void 0 && module !== "__init__") add(`${prefix}${module}`);
          continue;
        }
        if (type !== "dir" && type !== "symlink" || name === "__pycache__" || !IDENTIFIER2.test(name)) continue;
        const path18 = `${folder === "/" ? "" : folder}/${name}`;
        if (type === "symlink") {
          const real = fs.realpath(path18);
          if (real === void 0 || linked.has(real)) continue;
          linked.add(real);
        }
        const inside = listing(fs, path18);
        if (!inside) continue;
        let isPackage = false;
        let holdsCode = false;
        for (const child of inside.keys()) {
          const module = moduleName(child);
          if (module === void 0) continue;
          holdsCode = true;
          if (module === "__init__") isPackage = true;
        }
        if (!isPackage && !holdsCode && !(zone === "installed" && prefix === "")) continue;
        const dotted2 = `${prefix}${name}`;
        if (isPackage || holdsCode) add(dotted2);
        stack.push({ folder: path18, prefix: `${dotted2}.`, entries: inside });
      }
    }
  }
  return modules;
}
function listing(fs, folder) {
  try {
    return fs.entries(folder);
  } catch {
    return void 0;
  }
}
function coverageOf(modules, reached) {
  const count = (names, zone) => {
    let hit = 0;
    for (const [name, reachedZone] of reached) if (reachedZone === zone && names.has(name)) hit++;
    return { reached: hit, total: names.size };
  };
  return { firstParty: count(modules["first-party"], "first-party"), installed: count(modules.installed, "third-party") };
}
function parents(name) {
  const found = [];
  for (let dot = name.indexOf("."); dot !== -1; dot = name.indexOf(".", dot + 1)) found.push(name.slice(0, dot));
  return found;
}
function reachesCode(start, facts) {
  const seen = /* @__PURE__ */ new Set([start]);
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    for (const module of facts.imports.get(queue[index]) ?? []) {
      for (const name of [...parents(module), module]) {
        if (seen.has(name)) continue;
        seen.add(name);
        const zone = facts.reached.get(name);
        if (zone === void 0) continue;
        if (zone !== "stdlib") return true;
        queue.push(name);
      }
    }
  }
  return false;
}
function blindEntries(entries, facts) {
  if (facts.imageModules === 0) return [];
  const findings = [];
  for (const entry of entries) {
    if (entry.role !== "script" || entry.launches || entry.file === void 0 && entry.code === void 0) continue;
    const name = entry.file?.slice(entry.file.lastIndexOf("/") + 1);
    const named = entries.some((other) => (other.role === "app" || other.role === "module") && (other.how === "entrypoints input" || name !== void 0 && other.how.startsWith(`console script ${name} in `)) && facts.reached.has(other.module));
    if (named || reachesCode(facts.keyOf(entry), facts)) continue;
    const what = entry.file ?? "the python -c code";
    const where2 = entry.file ?? "(python -c)";
    if (facts.findings.some((finding) => finding.location.imagePath === where2 || finding.chain[0]?.imagePath === where2)) continue;
    findings.push({
      kind: "blind-entry",
      severity: "warning",
      module: entry.file ?? "(python -c)",
      location: entry.file === void 0 ? COMMAND_LOCATION : { imagePath: entry.file, line: 1, column: 1 },
      origin: "unknown",
      message: `${entry.how}: the walk reached no module of the application's code or of an installed package from ${what}, so this scan checked nothing it runs; it may load its code by a name known only at run time (importlib.import_module of a configured name, a plugin registry). Name the module it runs with the entrypoints input (--entrypoint)`,
      chain: []
    });
  }
  return findings;
}

// src/native/ld-cache.ts
var MAX_CACHE_ENTRIES = 2e5;
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
var MAX_CACHE_STRING_BYTES = 4096;
var FLAG_ELF_LIBC6 = 3;
var FLAG_SPARC_LIB64 = 256;
var FLAG_IA64_LIB64 = 512;
var FLAG_X8664_LIB64 = 768;
var FLAG_S390_LIB64 = 1024;
var FLAG_POWERPC_LIB64 = 1280;
var FLAG_MIPS64_LIBN32 = 1536;
var FLAG_MIPS64_LIBN64 = 1792;
var FLAG_X8664_LIBX32 = 2048;
var FLAG_ARM_LIBHF = 2304;
var FLAG_AARCH64_LIB64 = 2560;
var FLAG_ARM_LIBSF = 2816;
var FLAG_MIPS_LIB32_NAN2008 = 3072;
var FLAG_MIPS64_LIBN32_NAN2008 = 3328;
var FLAG_MIPS64_LIBN64_NAN2008 = 3584;
var FLAG_RISCV_FLOAT_ABI_SOFT = 3840;
var FLAG_RISCV_FLOAT_ABI_DOUBLE = 4096;
var FLAG_LARCH_FLOAT_ABI_SOFT = 4352;
var FLAG_LARCH_FLOAT_ABI_DOUBLE = 4608;
var OLD_MAGIC = "ld.so-1.7.0";
var NEW_MAGIC = "glibc-ld.so.cache1.1";
var OLD_HEADER_BYTES = 16;
var OLD_ENTRY_BYTES = 12;
var NEW_HEADER_BYTES = 48;
var NEW_ENTRY_BYTES = 24;
var HWCAP_EXTENSION_BIT = 62n;
var EXTENSION_MAGIC = 3936625012;
var EXTENSION_TAG_GLIBC_HWCAPS = 1;
var MAX_EXTENSION_SECTIONS = 64;
var CacheFormatError = class extends Error {
  name = "CacheFormatError";
};
function ascii(bytes, start, length) {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(length, bytes.length - start))).toString("latin1");
}
function parseLdCache(bytes) {
  try {
    return parseOrFail(bytes);
  } catch (error) {
    if (error instanceof CacheFormatError) return { status: "unreadable", reason: error.message };
    throw error;
  }
}
function parseOrFail(bytes) {
  if (bytes.length > MAX_CACHE_BYTES) throw new CacheFormatError(`the cache is ${bytes.length} bytes long, more than the ${MAX_CACHE_BYTES} read`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ascii(bytes, 0, NEW_MAGIC.length) === NEW_MAGIC) return parseNew(bytes, view, 0);
  if (ascii(bytes, 0, OLD_MAGIC.length) !== OLD_MAGIC) throw new CacheFormatError("not an ld.so.cache file (no known magic)");
  if (bytes.length < OLD_HEADER_BYTES) throw new CacheFormatError("the cache ends inside its header");
  const little = oldCountFits(bytes, view, true) || !oldCountFits(bytes, view, false);
  const count = view.getUint32(12, little);
  if (!oldCountFits(bytes, view, little)) throw new CacheFormatError(`the cache claims ${count} entries, more than its ${bytes.length} bytes hold`);
  const stringsStart = OLD_HEADER_BYTES + count * OLD_ENTRY_BYTES;
  const newStart = Math.ceil(stringsStart / 8) * 8;
  if (ascii(bytes, newStart, NEW_MAGIC.length) === NEW_MAGIC) return parseNew(bytes, view, newStart);
  checkCount(count);
  const entries = [];
  for (let index = 0; index < count; index++) {
    const at2 = OLD_HEADER_BYTES + index * OLD_ENTRY_BYTES;
    entries.push({
      flags: view.getInt32(at2, little),
      name: cacheString(bytes, stringsStart, view.getUint32(at2 + 4, little), "an entry name"),
      path: cacheString(bytes, stringsStart, view.getUint32(at2 + 8, little), "an entry path"),
      osVersion: 0,
      hwcap: "0"
    });
  }
  return { status: "ok", format: "old", endian: little ? "little" : "big", entries };
}
function oldCountFits(bytes, view, little) {
  return OLD_HEADER_BYTES + view.getUint32(12, little) * OLD_ENTRY_BYTES <= bytes.length;
}
function checkCount(count) {
  if (count > MAX_CACHE_ENTRIES) throw new CacheFormatError(`the cache lists ${count} entries, more than ${MAX_CACHE_ENTRIES}`);
}
function cacheString(bytes, base, offset, what) {
  const start = base + offset;
  if (start >= bytes.length) throw new CacheFormatError(`${what} lies outside the cache (offset ${offset})`);
  const window = bytes.subarray(start, Math.min(bytes.length, start + MAX_CACHE_STRING_BYTES + 1));
  const end = window.indexOf(0);
  if (end === -1) throw new CacheFormatError(`${what} at offset ${offset} is not terminated within ${MAX_CACHE_STRING_BYTES} bytes`);
  return Buffer.from(window.buffer, window.byteOffset, end).toString("utf8");
}
function parseNew(bytes, view, start) {
  if (start + NEW_HEADER_BYTES > bytes.length) throw new CacheFormatError("the cache ends inside its header");
  const order2 = bytes[start + 28];
  let little;
  if (order2 === 2) little = true;
  else if (order2 === 3) little = false;
  else if (order2 === 0) little = view.getUint32(start + 20, true) * NEW_ENTRY_BYTES <= bytes.length;
  else throw new CacheFormatError(`the cache records an unknown byte order (${order2})`);
  const count = view.getUint32(start + 20, little);
  checkCount(count);
  if (start + NEW_HEADER_BYTES + count * NEW_ENTRY_BYTES > bytes.length) throw new CacheFormatError(`the cache claims ${count} entries, more than its ${bytes.length} bytes hold`);
  const hwcapsNames = readHwcapsNames(bytes, view, start, view.getUint32(start + 32, little), little);
  const entries = [];
  for (let index = 0; index < count; index++) {
    const at2 = start + NEW_HEADER_BYTES + index * NEW_ENTRY_BYTES;
    const hwcap = view.getBigUint64(at2 + 16, little);
    const entry = {
      flags: view.getInt32(at2, little),
      // In the new format, string offsets count from the start of the new header.
      name: cacheString(bytes, start, view.getUint32(at2 + 4, little), "an entry name"),
      path: cacheString(bytes, start, view.getUint32(at2 + 8, little), "an entry path"),
      osVersion: view.getUint32(at2 + 12, little),
      hwcap: hwcap.toString()
    };
    if (hwcap >> HWCAP_EXTENSION_BIT & 1n) {
      const subdirectory = hwcapsNames[Number(hwcap & 0xffffffffn)];
      entry.hwcapsSubdirectory = subdirectory ?? `glibc-hwcaps index ${hwcap & 0xffffffffn}`;
    }
    entries.push(entry);
  }
  return { status: "ok", format: "new", endian: little ? "little" : "big", entries };
}
function readHwcapsNames(bytes, view, start, extensionOffset, little) {
  const at2 = start + extensionOffset;
  if (extensionOffset === 0 || at2 + 8 > bytes.length || view.getUint32(at2, little) !== EXTENSION_MAGIC) return [];
  const sections = Math.min(view.getUint32(at2 + 4, little), MAX_EXTENSION_SECTIONS);
  for (let index = 0; index < sections; index++) {
    const section = at2 + 8 + index * 16;
    if (section + 16 > bytes.length) return [];
    if (view.getUint32(section, little) !== EXTENSION_TAG_GLIBC_HWCAPS) continue;
    const offset = view.getUint32(section + 8, little);
    const size = view.getUint32(section + 12, little);
    if (start + offset + size > bytes.length || size % 4 !== 0) return [];
    const names = [];
    for (let entry = 0; entry < size / 4 && entry < MAX_EXTENSION_SECTIONS; entry++) {
      names.push(cacheString(bytes, start, view.getUint32(start + offset + entry * 4, little), "a glibc-hwcaps name"));
    }
    return names;
  }
  return [];
}
function cacheFlagsFor(arch) {
  const libc6 = FLAG_ELF_LIBC6;
  const is64 = arch.elfClass === 64;
  switch (arch.machine) {
    case EM_X86_64:
      return [libc6 | (is64 ? FLAG_X8664_LIB64 : FLAG_X8664_LIBX32)];
    case EM_AARCH64:
      return [libc6 | FLAG_AARCH64_LIB64];
    case EM_ARM:
      return [libc6 | (arch.armFloat === "soft" ? FLAG_ARM_LIBSF : FLAG_ARM_LIBHF)];
    case EM_PPC64:
      return [libc6 | FLAG_POWERPC_LIB64];
    case EM_S390:
      return is64 ? [libc6 | FLAG_S390_LIB64] : [1, libc6];
    case EM_IA_64:
      return [libc6 | FLAG_IA64_LIB64];
    case EM_SPARCV9:
      return [libc6 | FLAG_SPARC_LIB64];
    case EM_MIPS:
      return is64 ? [libc6 | FLAG_MIPS64_LIBN64, libc6 | FLAG_MIPS64_LIBN64_NAN2008] : [1, libc6, libc6 | FLAG_MIPS_LIB32_NAN2008];
    case EM_RISCV:
      return [libc6 | FLAG_RISCV_FLOAT_ABI_DOUBLE, libc6 | FLAG_RISCV_FLOAT_ABI_SOFT];
    case EM_LOONGARCH:
      return [libc6 | FLAG_LARCH_FLOAT_ABI_DOUBLE, libc6 | FLAG_LARCH_FLOAT_ABI_SOFT];
    case EM_386:
    case EM_PPC:
    default:
      return [1, libc6];
  }
}
function cacheIndex(entries) {
  const index = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const list2 = index.get(entry.name);
    if (list2) list2.push(entry);
    else index.set(entry.name, [entry]);
  }
  return index;
}
var REQUIRED_NAMES = {
  [FLAG_SPARC_LIB64]: ",64bit",
  [FLAG_IA64_LIB64]: ",IA-64",
  [FLAG_X8664_LIB64]: ",x86-64",
  [FLAG_S390_LIB64]: ",64bit",
  [FLAG_POWERPC_LIB64]: ",64bit",
  [FLAG_MIPS64_LIBN32]: ",N32",
  [FLAG_MIPS64_LIBN64]: ",64bit",
  [FLAG_X8664_LIBX32]: ",x32",
  [FLAG_ARM_LIBHF]: ",hard-float",
  [FLAG_AARCH64_LIB64]: ",AArch64",
  [FLAG_ARM_LIBSF]: ",soft-float",
  [FLAG_MIPS_LIB32_NAN2008]: ",nan2008",
  [FLAG_MIPS64_LIBN32_NAN2008]: ",N32,nan2008",
  [FLAG_MIPS64_LIBN64_NAN2008]: ",64bit,nan2008",
  [FLAG_RISCV_FLOAT_ABI_SOFT]: ",soft-float",
  [FLAG_RISCV_FLOAT_ABI_DOUBLE]: ",double-float",
  [FLAG_LARCH_FLOAT_ABI_SOFT]: ",soft-float",
  [FLAG_LARCH_FLOAT_ABI_DOUBLE]: ",double-float"
};

// src/native/loader-setup.ts
var MAX_MUSL_PATH_FILE_BYTES = 64 * 1024;
function multiarchTriplet(arch) {
  const le = arch.endian === "little";
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? "x86_64-linux-gnu" : "x86_64-linux-gnux32";
    case EM_386:
      return "i386-linux-gnu";
    case EM_AARCH64:
      return le ? "aarch64-linux-gnu" : "aarch64_be-linux-gnu";
    case EM_ARM:
      return arch.armFloat === "soft" ? "arm-linux-gnueabi" : "arm-linux-gnueabihf";
    case EM_PPC64:
      return le ? "powerpc64le-linux-gnu" : "powerpc64-linux-gnu";
    case EM_PPC:
      return "powerpc-linux-gnu";
    case EM_S390:
      return arch.elfClass === 64 ? "s390x-linux-gnu" : "s390-linux-gnu";
    case EM_RISCV:
      return `riscv${arch.elfClass}-linux-gnu`;
    case EM_MIPS:
      return arch.elfClass === 64 ? `mips64${le ? "el" : ""}-linux-gnuabi64` : `mips${le ? "el" : ""}-linux-gnu`;
    case EM_LOONGARCH:
      return "loongarch64-linux-gnu";
    default:
      return void 0;
  }
}
function glibcInterpreter(arch) {
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? "/lib64/ld-linux-x86-64.so.2" : "/libx32/ld-linux-x32.so.2";
    case EM_386:
      return "/lib/ld-linux.so.2";
    case EM_AARCH64:
      return "/lib/ld-linux-aarch64.so.1";
    case EM_ARM:
      return arch.armFloat === "soft" ? "/lib/ld-linux.so.3" : "/lib/ld-linux-armhf.so.3";
    case EM_PPC64:
      return arch.endian === "little" ? "/lib64/ld64.so.2" : "/lib64/ld64.so.1";
    case EM_PPC:
      return "/lib/ld.so.1";
    case EM_S390:
      return arch.elfClass === 64 ? "/lib/ld64.so.1" : "/lib/ld.so.1";
    case EM_RISCV:
      return arch.elfClass === 64 ? "/lib/ld-linux-riscv64-lp64d.so.1" : "/lib/ld-linux-riscv32-ilp32d.so.1";
    case EM_LOONGARCH:
      return "/lib64/ld-linux-loongarch-lp64d.so.1";
    default:
      return void 0;
  }
}
function muslArchName(arch) {
  const le = arch.endian === "little";
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? "x86_64" : "x32";
    case EM_386:
      return "i386";
    case EM_AARCH64:
      return le ? "aarch64" : "aarch64_be";
    case EM_ARM:
      return `arm${le ? "" : "eb"}${arch.armFloat === "hard" ? "hf" : ""}`;
    case EM_PPC64:
      return le ? "powerpc64le" : "powerpc64";
    case EM_PPC:
      return "powerpc";
    case EM_S390:
      return "s390x";
    case EM_RISCV:
      return `riscv${arch.elfClass}`;
    case EM_MIPS:
      return `mips${arch.elfClass === 64 ? "64" : ""}${le ? "el" : ""}`;
    case EM_LOONGARCH:
      return "loongarch64";
    default:
      return void 0;
  }
}
function platformName2(arch) {
  switch (arch.machine) {
    case EM_X86_64:
      return "x86_64";
    case EM_386:
      return "i686";
    case EM_AARCH64:
      return "aarch64";
    case EM_ARM:
      return "v7l";
    case EM_PPC64:
      return arch.endian === "little" ? "power8" : "power7";
    case EM_S390:
      return "z196";
    default:
      return muslArchName(arch) ?? "unknown";
  }
}
function isFile2(fs, path18) {
  return fs.stat(path18)?.type === "file";
}
function splitSearchPath(value, separators = /[:;]/) {
  return (value ?? "").split(separators).filter((entry) => entry.length > 0);
}
function readLoaderSetup(fs, arch, options = {}) {
  const workingDirectory = options.workingDirectory || "/";
  const ldLibraryPath = splitSearchPath(options.ldLibraryPath);
  const muslArch = muslArchName(arch);
  const muslLoader = muslArch ? `/lib/ld-musl-${muslArch}.so.1` : void 0;
  const glibcLoader = glibcInterpreter(arch);
  const interp = options.programInterpreter;
  const triplet = multiarchTriplet(arch);
  const multiarch = triplet !== void 0 && (isFile2(fs, `/lib/${triplet}/libc.so.6`) || isFile2(fs, `/usr/lib/${triplet}/libc.so.6`));
  const lib64 = arch.elfClass === 64 && (isFile2(fs, "/lib64/libc.so.6") || isFile2(fs, "/usr/lib64/libc.so.6"));
  const hasGlibc = multiarch || lib64 || isFile2(fs, "/lib/libc.so.6") || isFile2(fs, "/usr/lib/libc.so.6");
  const musl = interp ? /\/ld-musl-/.test(interp) : muslLoader !== void 0 && isFile2(fs, muslLoader) && !hasGlibc;
  if (musl) {
    const loader = interp ?? muslLoader;
    return readMuslSetup(fs, arch, loader, { ldLibraryPath: options.ldLibraryPath ?? "", workingDirectory, glibcCompatibility: glibcLoader !== void 0 && isFile2(fs, glibcLoader) });
  }
  const interpreter = interp ?? glibcLoader;
  if (!hasGlibc && !(interpreter && isFile2(fs, interpreter))) return { status: "no-loader", reason: `the image has neither glibc (libc.so.6) nor musl (${muslLoader ?? "ld-musl"}) for ${muslArch ?? "this architecture"}` };
  const systemDirectories = multiarch ? [`/lib/${triplet}`, `/usr/lib/${triplet}`, "/lib", "/usr/lib"] : lib64 ? ["/lib64", "/usr/lib64"] : ["/lib", "/usr/lib"];
  const notes = [];
  let cache2 = [];
  const cacheSource = isFile2(fs, "/etc/ld.so.cache") ? fs.open("/etc/ld.so.cache") : void 0;
  if (cacheSource) {
    const bytes = cacheSource.read(0, cacheSource.size);
    if (!bytes) return { status: "incomplete", path: "/etc/ld.so.cache", missing: [{ offset: 0, length: cacheSource.size }] };
    const read = parseLdCache(bytes);
    if (read.status === "ok") cache2 = read.entries;
    else notes.push(`/etc/ld.so.cache is unreadable (${read.reason}); the loader ignores it too`);
  }
  return {
    status: "ok",
    setup: {
      kind: "glibc",
      arch,
      interpreter: interpreter ?? "",
      systemDirectories,
      cache: cache2,
      dstLib: multiarch ? `lib/${triplet}` : lib64 ? "lib64" : "lib",
      dstPlatform: platformName2(arch),
      ldLibraryPath,
      workingDirectory,
      notes
    }
  };
}
var MUSL_DEFAULT_PATH = ["/lib", "/usr/local/lib", "/usr/lib"];
function readMuslSetup(fs, arch, loader, base) {
  const prefix = loader.startsWith("/") ? loader.slice(0, loader.slice(0, loader.lastIndexOf("/")).lastIndexOf("/")) : "";
  const pathFile = `${prefix}/etc/ld-musl-${muslArchName(arch)}.path`;
  let searchPath = MUSL_DEFAULT_PATH;
  let searchPathSource = "musl default";
  const notes = [];
  if (fs.stat(pathFile)) {
    const source2 = fs.open(pathFile);
    if (!source2) {
      searchPath = [];
      searchPathSource = `${pathFile} (unreadable)`;
    } else {
      const length = Math.min(source2.size, MAX_MUSL_PATH_FILE_BYTES);
      const bytes = source2.read(0, length);
      if (!bytes) return { status: "incomplete", path: pathFile, missing: [{ offset: 0, length }] };
      if (source2.size > MAX_MUSL_PATH_FILE_BYTES) notes.push(`${pathFile} is longer than ${MAX_MUSL_PATH_FILE_BYTES} bytes; only its start is read`);
      searchPath = splitSearchPath(Buffer.from(bytes).toString("utf8"), /[:\n]/);
      searchPathSource = pathFile;
    }
  }
  return {
    status: "ok",
    setup: { kind: "musl", arch, interpreter: loader, searchPath, searchPathSource, glibcCompatibility: base.glibcCompatibility, ldLibraryPath: splitSearchPath(base.ldLibraryPath, /[:\n]/), workingDirectory: base.workingDirectory, notes }
  };
}

// src/native/loader.ts
var MAX_LOADED_OBJECTS = 2048;
var MAX_DEPENDENCY_DEPTH = 256;
var MAX_SEARCH_DIRECTORIES = 4096;
var GLIBC_VERSION = /^GLIBC_/;
var GLIBC_LIBC_NAMES = /^(libc\.so\.6|ld-linux[^/]*\.so\.\d|ld64\.so\.\d)$/;
var MUSL_LIBC_NAMES = /^(libc\.musl-[^/]+\.so\.1|ld-musl-[^/]+\.so\.1|libc\.so)$/;
var MUSL_RESERVED = /^lib(c|pthread|rt|m|dl|util|xnet)\./;
var DYNAMIC_STRING_TOKEN = /\$(?:\{(ORIGIN|LIB|PLATFORM)\}|(ORIGIN|LIB|PLATFORM)(?![A-Za-z0-9_]))/g;
function dirname2(path18) {
  const slash = path18.lastIndexOf("/");
  return slash <= 0 ? "/" : path18.slice(0, slash);
}
function joinPath2(directory, name) {
  return directory.endsWith("/") ? `${directory}${name}` : `${directory}/${name}`;
}
function searchDirectory(directory, workingDirectory) {
  const absolute2 = directory.startsWith("/") ? directory : joinPath2(workingDirectory, directory);
  return absolute2.length > 1 ? absolute2.replace(/\/+$/, "") || "/" : absolute2;
}
var ImageLoader = class {
  fs;
  setup;
  program;
  candidates = /* @__PURE__ */ new Map();
  cacheByName;
  interpreter;
  constructor(fs, setup, program) {
    this.fs = fs;
    this.setup = setup;
    this.program = program;
    this.cacheByName = setup.kind === "glibc" ? cacheIndex(setup.cache) : /* @__PURE__ */ new Map();
    const realPath = setup.interpreter ? fs.realpath(setup.interpreter) : void 0;
    if (realPath) {
      const candidate = this.examine(setup.interpreter);
      this.interpreter = { path: setup.interpreter, realPath, elf: candidate.status === "found" ? candidate.elf : void 0 };
    }
  }
  /** Resolves everything a module needs; the module's path is where Python finds it. */
  resolve(modulePath) {
    const result = { module: modulePath, status: "ok", libc: this.setup.kind, loaded: [], problems: [], needsBytes: [] };
    const module = this.examine(modulePath);
    if (module.status !== "found") {
      this.reportCandidate(result, module, void 0, [], modulePath);
      return finish(result);
    }
    const nodes = [];
    const byName = /* @__PURE__ */ new Map();
    const byRealPath = /* @__PURE__ */ new Map();
    const add = (node) => {
      nodes.push(node);
      result.loaded.push(node.object);
      byName.set(node.object.name, node);
      byName.set(node.object.path, node);
      if (node.elf?.soname && this.setup.kind === "glibc") byName.set(node.elf.soname, node);
      byRealPath.set(node.object.realPath, node);
    };
    add({ object: { name: modulePath, path: modulePath, realPath: module.realPath, neededBy: -1 }, elf: module.elf, depth: 0, loader: void 0 });
    const ldso = this.interpreter && { object: { name: this.interpreter.path, path: this.interpreter.path, realPath: this.interpreter.realPath, neededBy: -1 }, elf: this.interpreter.elf, depth: 1, loader: void 0 };
    if (ldso) {
      byName.set(ldso.object.path, ldso);
      byName.set(this.interpreter.elf?.soname ?? ldso.object.path.slice(ldso.object.path.lastIndexOf("/") + 1), ldso);
      byRealPath.set(ldso.object.realPath, ldso);
    }
    const useLdso = (name, neededBy, index) => {
      if (!ldso || nodes.includes(ldso)) return;
      ldso.object.name = name;
      ldso.object.neededBy = index;
      ldso.loader = neededBy;
      nodes.push(ldso);
      result.loaded.push(ldso.object);
    };
    if (!module.elf.dynamic) return finish(result);
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index];
      const needed = node.elf?.needed ?? [];
      for (const name of needed) {
        const known = byName.get(name);
        if (known) {
          if (known === ldso) useLdso(name, node, index);
          continue;
        }
        const chain = chainOf2(node);
        if (node.depth + 1 > MAX_DEPENDENCY_DEPTH || nodes.length >= MAX_LOADED_OBJECTS) {
          result.problems.push({ kind: "limit", chain, reason: `more than ${MAX_LOADED_OBJECTS} libraries or ${MAX_DEPENDENCY_DEPTH} levels of dependencies`, message: `the dependencies of ${modulePath} go beyond ${MAX_LOADED_OBJECTS} libraries or ${MAX_DEPENDENCY_DEPTH} levels; the rest is not checked` });
          return finish(result);
        }
        if (this.setup.kind === "musl" && MUSL_RESERVED.test(name) && !name.includes("/")) {
          if (ldso) {
            byName.set(name, ldso);
            useLdso(name, node, index);
          }
          if (GLIBC_LIBC_NAMES.test(name) && !this.setup.glibcCompatibility) this.reportGlibcOnMusl(result, name, chain);
          continue;
        }
        if (this.setup.kind === "glibc" && MUSL_LIBC_NAMES.test(name)) {
          result.problems.push({ kind: "libc-mismatch", reason: "musl-on-glibc", library: name, chain, message: `${chain.at(-1)} is built for musl (it needs ${name}); the image's C library is glibc` });
          byName.set(name, node);
          continue;
        }
        const found = this.search(name, node, result, chain);
        if (!found) continue;
        const existing = byRealPath.get(found.realPath);
        if (existing) {
          byName.set(name, existing);
          if (existing === ldso) useLdso(name, node, index);
          continue;
        }
        add({ object: { name, path: found.path, realPath: found.realPath, neededBy: index }, elf: found.elf, depth: node.depth + 1, loader: node });
      }
    }
    if (this.setup.kind === "glibc") this.checkVersions(result, nodes, byName);
    else if (!this.setup.glibcCompatibility) {
      for (const node of nodes) {
        const glibcVersion = node.elf?.versionNeeds.flatMap((need) => need.versions).find((version) => GLIBC_VERSION.test(version.name));
        if (glibcVersion) this.reportGlibcOnMusl(result, glibcVersion.name, chainOf2(node));
      }
    }
    return finish(result);
  }
  reportGlibcOnMusl(result, needs, chain) {
    if (result.problems.some((problem) => problem.kind === "libc-mismatch" && problem.reason === "glibc-on-musl")) return;
    result.problems.push({ kind: "libc-mismatch", reason: "glibc-on-musl", library: needs, chain, message: `${chain.at(-1)} is built for glibc (it needs ${needs}); the image's C library is musl` });
  }
  /** glibc's check after loading: every version an object needs from a loaded library must be defined there (a library without version definitions passes). */
  checkVersions(result, nodes, byName) {
    for (const node of nodes) {
      for (const need of node.elf?.versionNeeds ?? []) {
        const provider = byName.get(need.file);
        if (!provider?.elf || provider.elf.versionDefinitions.length === 0) continue;
        const defined = new Set(provider.elf.versionDefinitions.map((definition) => definition.name));
        for (const version of need.versions) {
          if (version.weak || defined.has(version.name)) continue;
          const base = { library: need.file, path: provider.object.path, version: version.name, chain: chainOf2(node), message: `${provider.object.path}: version '${version.name}' not found (required by ${node.object.path})` };
          result.problems.push(GLIBC_VERSION.test(version.name) ? { kind: "libc-mismatch", reason: "missing-version", ...base } : { kind: "missing-version", ...base });
        }
      }
    }
  }
  /** Finds a needed library for `node`, noting a problem when it cannot be loaded. */
  search(name, node, result, chain) {
    const searched = [];
    const otherArchitectures = [];
    let tried = 0;
    const attempt2 = (path18) => {
      const candidate = this.examine(path18);
      if (candidate.status === "absent") return "continue";
      if (candidate.status === "other-architecture" && this.setup.kind === "glibc") {
        otherArchitectures.push(`${candidate.path} (${candidate.architecture})`);
        return "continue";
      }
      return candidate;
    };
    const tryDirectories = (directories, place3) => {
      for (const directory of directories) {
        if (++tried > MAX_SEARCH_DIRECTORIES) return "limit";
        searched.push({ ...place3, directory });
        const outcome2 = attempt2(joinPath2(directory, name));
        if (outcome2 !== "continue") return outcome2;
      }
      return "continue";
    };
    let outcome;
    if (name.includes("/")) {
      const path18 = name.startsWith("/") ? name : joinPath2(this.setup.workingDirectory, name);
      searched.push({ via: "path", directory: dirname2(path18) });
      outcome = this.examine(path18);
      if (outcome.status === "absent") outcome = "continue";
    } else if (this.setup.kind === "glibc") {
      outcome = this.searchGlibc(this.setup, name, node, tryDirectories, attempt2, searched);
    } else {
      outcome = this.searchMusl(this.setup, node, tryDirectories);
    }
    if (outcome === "limit") {
      result.problems.push({ kind: "limit", chain, reason: `more than ${MAX_SEARCH_DIRECTORIES} directories to search`, message: `${name} (needed by ${chain.at(-1)}) would be searched in more than ${MAX_SEARCH_DIRECTORIES} directories; it is not checked` });
      return void 0;
    }
    if (outcome === "continue") {
      if (otherArchitectures.length) {
        const [first] = otherArchitectures;
        result.problems.push({ kind: "wrong-architecture", library: name, path: first.replace(/ \(.*$/, ""), architecture: first.replace(/^.* \((.*)\)$/, "$1"), expected: architectureName(this.setup.arch), chain, message: `${name} (needed by ${chain.at(-1)}) is found only for another architecture: ${otherArchitectures.join(", ")}; the image is ${architectureName(this.setup.arch)}` });
      } else {
        result.problems.push({ kind: "missing-library", library: name, searched, otherArchitectures, chain, message: `${name}: cannot open shared object file: No such file or directory (needed by ${chain.at(-1)})` });
      }
      return void 0;
    }
    if (outcome.status === "found") return outcome;
    this.reportCandidate(result, outcome, name, chain, name);
    return void 0;
  }
  searchGlibc(setup, name, node, tryDirectories, attempt2, searched) {
    let outcome;
    if (node.elf?.runpath === void 0) {
      const owners = [];
      for (let owner = node; owner; owner = owner.loader) owners.push({ path: owner.object.path, elf: owner.elf, origin: dirname2(owner.object.path) });
      if (this.program) owners.push({ path: this.program.path, elf: this.program.elf, origin: dirname2(this.fs.realpath(this.program.path) ?? this.program.path) });
      for (const owner of owners) {
        if (owner.elf?.rpath === void 0) continue;
        outcome = tryDirectories(this.expand(owner.elf.rpath, owner.origin), { via: "RPATH", owner: owner.path });
        if (outcome !== "continue") return outcome;
      }
    }
    outcome = tryDirectories(setup.ldLibraryPath.map((directory) => searchDirectory(directory, setup.workingDirectory)), { via: "LD_LIBRARY_PATH" });
    if (outcome !== "continue") return outcome;
    if (node.elf?.runpath !== void 0) {
      outcome = tryDirectories(this.expand(node.elf.runpath, dirname2(node.object.path)), { via: "RUNPATH", owner: node.object.path });
      if (outcome !== "continue") return outcome;
    }
    const nodeflib = ((node.elf?.dynamicFlags1 ?? 0) & DF_1_NODEFLIB) !== 0;
    const accepted = cacheFlagsFor(setup.arch);
    const entries = (this.cacheByName.get(name) ?? []).filter((entry) => accepted.includes(entry.flags));
    const cached = entries.find((entry) => entry.hwcap === "0") ?? entries[0];
    if (setup.cache.length) searched.push({ via: "ld.so.cache" });
    const inSystemDirectory = (path18) => setup.systemDirectories.some((directory) => path18.startsWith(`${directory}/`));
    if (cached && !(nodeflib && inSystemDirectory(cached.path))) {
      outcome = attempt2(cached.path);
      if (outcome !== "continue") return outcome;
    }
    if (nodeflib) return "continue";
    return tryDirectories(setup.systemDirectories, { via: "system" });
  }
  searchMusl(setup, node, tryDirectories) {
    let outcome = tryDirectories(setup.ldLibraryPath, { via: "LD_LIBRARY_PATH" });
    if (outcome !== "continue") return outcome;
    const owners = [];
    for (let owner = node; owner; owner = owner.loader) owners.push({ path: owner.object.path, elf: owner.elf, origin: dirname2(owner.object.path) });
    if (this.program) owners.push({ path: this.program.path, elf: this.program.elf, origin: dirname2(this.fs.realpath(this.program.path) ?? this.program.path) });
    for (const owner of owners) {
      const path18 = owner.elf?.runpath ?? owner.elf?.rpath;
      if (path18 === void 0 || /\$(?!\{ORIGIN\}|ORIGIN)/.test(path18)) continue;
      const directories = path18.replace(/\$\{ORIGIN\}|\$ORIGIN/g, owner.origin).split(/[:\n]/).filter(Boolean);
      outcome = tryDirectories(directories, { via: owner.elf?.runpath !== void 0 ? "RUNPATH" : "RPATH", owner: owner.path });
      if (outcome !== "continue") return outcome;
    }
    return tryDirectories(setup.searchPath, { via: "musl path" });
  }
  /** A search path's directories with $ORIGIN, $LIB and $PLATFORM expanded, each once, as glibc's fillin_rpath keeps them. */
  expand(searchPath, origin) {
    const setup = this.setup;
    const directories = [];
    for (const entry of searchPath.split(":")) {
      const expanded = entry.replace(DYNAMIC_STRING_TOKEN, (_, braced, bare) => {
        const token = braced ?? bare;
        return token === "ORIGIN" ? origin : token === "LIB" ? setup.dstLib : setup.dstPlatform;
      });
      if (expanded.length === 0) continue;
      const directory = searchDirectory(expanded, setup.workingDirectory);
      if (!directories.includes(directory)) directories.push(directory);
    }
    return directories;
  }
  reportCandidate(result, candidate, library, chain, name) {
    const named = library === void 0 ? {} : { library };
    switch (candidate.status) {
      case "absent":
        result.problems.push({ kind: "unloadable-library", ...named, path: name, reason: "not found", chain, message: `${name}: no such file` });
        break;
      case "other-architecture":
        result.problems.push({ kind: "wrong-architecture", ...named, path: candidate.path, architecture: candidate.architecture, expected: architectureName(this.setup.arch), chain, message: `${candidate.path} is built for ${candidate.architecture}; the image is ${architectureName(this.setup.arch)}` });
        break;
      case "unloadable":
        result.problems.push({ kind: "unloadable-library", ...named, path: candidate.path, reason: candidate.reason, chain, message: `${candidate.path}: cannot be loaded: ${candidate.reason}` });
        break;
      case "incomplete":
        result.needsBytes.push({ path: candidate.path, missing: candidate.missing });
        break;
      case "found":
        break;
    }
  }
  /** What the loader finds at a path: nothing, an object it can load, or one it cannot. Cached per path. */
  examine(path18) {
    const known = this.candidates.get(path18);
    if (known) return known;
    const candidate = this.examineUncached(path18);
    if (candidate.status !== "incomplete") this.candidates.set(path18, candidate);
    return candidate;
  }
  examineUncached(path18) {
    const stat3 = this.fs.stat(path18);
    const realPath = this.fs.realpath(path18);
    if (stat3?.type !== "file" || realPath === void 0) return { status: "absent" };
    const captured = this.fs.captured?.(path18);
    const source2 = captured ? void 0 : this.fs.open(path18);
    if (!captured && !source2) return { status: "unloadable", path: path18, reason: "the file cannot be read" };
    const ident = captured ? captured.ident : source2.read(0, Math.min(20, source2.size));
    if (!ident) return { status: "incomplete", path: path18, missing: [{ offset: 0, length: Math.min(ELF_HEAD_BYTES, source2.size) }] };
    const read = captured ? captured.read : readElf(source2);
    if (ident.length === 20 && ident[0] === 127 && ident[1] === 69 && ident[2] === 76 && ident[3] === 70) {
      const elfClass = ident[4] === 1 ? 32 : ident[4] === 2 ? 64 : void 0;
      const little = ident[5] === 1;
      const machine = little ? ident[18] | ident[19] << 8 : ident[18] << 8 | ident[19];
      const named = read.status === "ok" ? architectureName(read.elf) : `${machineName(machine)} ${elfClass ?? "?"}-bit`;
      if (elfClass !== void 0 && elfClass !== this.setup.arch.elfClass) return { status: "other-architecture", path: path18, architecture: named };
      if ((ident[5] === 1 || ident[5] === 2) && little !== (this.setup.arch.endian === "little")) return { status: "unloadable", path: path18, reason: `ELF file data encoding is ${little ? "little" : "big"}-endian` };
      if (machine !== this.setup.arch.machine) return { status: "other-architecture", path: path18, architecture: named };
    }
    if (read.status === "incomplete") return { status: "incomplete", path: path18, missing: read.missing };
    if (read.status === "unreadable") return { status: "unloadable", path: path18, reason: read.problem === "not-elf" ? "invalid ELF header" : read.reason };
    const elf = read.elf;
    if (!sameArchitecture(this.setup.arch, elf)) return { status: "other-architecture", path: path18, architecture: architectureName(elf) };
    return { status: "found", path: path18, realPath, elf };
  }
};
function chainOf2(node) {
  const chain = [];
  for (let at2 = node; at2; at2 = at2.loader) chain.unshift(at2.object.path);
  return chain;
}
function finish(result) {
  result.status = result.needsBytes.length ? "incomplete" : result.problems.length ? "problems" : "ok";
  return result;
}
function architectureOf(elf) {
  return { elfClass: elf.elfClass, endian: elf.endian, machine: elf.machine, ...elf.armFloat ? { armFloat: elf.armFloat } : {} };
}

// src/python/native-imports.ts
function loaderFileSystem(fs) {
  const guarded = (look) => {
    try {
      return look();
    } catch (error) {
      if (error instanceof SymlinkLoopError) return void 0;
      throw error;
    }
  };
  return {
    realpath: (path18) => guarded(() => fs.realpath(path18)),
    stat: (path18) => guarded(() => {
      const entry = fs.stat(path18);
      return entry && { type: entry.type === "file" ? "file" : entry.type === "dir" ? "directory" : "other", size: entry.size };
    }),
    open: (path18) => {
      const kept = guarded(() => fs.keptBytes(path18));
      return kept && bytesSource(kept.bytes, kept.size);
    },
    captured: (path18) => guarded(() => fs.elfOf(path18))
  };
}
function placeText(place3) {
  if (place3.via === "ld.so.cache") return "/etc/ld.so.cache";
  return `${place3.directory ?? "?"} (${place3.via}${place3.owner ? ` of ${place3.owner}` : ""})`;
}
function nativeProblem(problem, extension, libc) {
  const base = { message: problem.message, extension, objects: problem.chain };
  switch (problem.kind) {
    case "missing-library": {
      const message = libc === "glibc" ? `${problem.library}: cannot open shared object file: No such file or directory` : `Error loading shared library ${problem.library}: No such file or directory (needed by ${problem.chain.at(-1)})`;
      return { ...base, message, kind: "missing-library", library: problem.library, searched: problem.searched.map(placeText) };
    }
    case "unloadable-library":
      return { ...base, kind: "missing-library", ...problem.library !== void 0 && { library: problem.library } };
    case "wrong-architecture":
      return { ...base, kind: "wrong-architecture", ...problem.library !== void 0 && { library: problem.library } };
    case "libc-mismatch":
    case "missing-version":
      return { ...base, kind: "libc-mismatch", library: problem.library, ..."version" in problem && { version: problem.version } };
    case "limit":
      return void 0;
  }
}
function nativeCheck(fs, options) {
  let loader;
  const loaderOf = () => {
    if (loader) return loader;
    const files = loaderFileSystem(fs);
    const python = files.captured(options.python)?.read;
    if (python?.status !== "ok") return loader = { unchecked: `the Python executable ${options.python} is not an ELF file the guard could read (${python?.status === "unreadable" ? python.reason : "not captured"})` };
    const setup = readLoaderSetup(files, architectureOf(python.elf), { ldLibraryPath: options.env.get("LD_LIBRARY_PATH") ?? "", workingDirectory: options.workingDir || "/", ...python.elf.interpreter && { programInterpreter: python.elf.interpreter } });
    if (setup.status !== "ok") return loader = { unchecked: setup.status === "no-loader" ? setup.reason : `${setup.path} was not read` };
    return loader = new ImageLoader(files, setup.setup, { path: options.python, elf: python.elf });
  };
  return {
    check(extension) {
      const ready = loaderOf();
      if (!(ready instanceof ImageLoader)) return ready;
      const load = ready.resolve(extension);
      if (load.status === "incomplete") return { unchecked: `bytes of ${load.needsBytes.map((need) => need.path).join(", ")} that the guard did not keep` };
      const seen = /* @__PURE__ */ new Set();
      const problems = load.problems.flatMap((problem) => nativeProblem(problem, extension, load.libc) ?? []).filter((problem) => {
        const key = `${problem.kind} ${problem.library ?? ""} ${problem.version ?? ""}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { problems };
    }
  };
}

// src/explain/library-providers.ts
var DPKG_INFO = "/var/lib/dpkg/info";
var APK_INSTALLED = "/lib/apk/db/installed";
var MAX_PACKAGE_FILES = 2e4;
async function libraryProviders(fs, libraries) {
  const wanted = new Set(libraries);
  const found = /* @__PURE__ */ new Map();
  if (wanted.size === 0) return found;
  const dpkgFiles = (fs.readdir(DPKG_INFO) ?? []).filter((name) => name.endsWith(".list") || name.endsWith(".shlibs")).slice(0, MAX_PACKAGE_FILES).map((name) => `${DPKG_INFO}/${name}`);
  const files = [...dpkgFiles, ...fs.stat(APK_INSTALLED)?.type === "file" ? [APK_INSTALLED] : []];
  for (const file of files) fs.wantWhole(file);
  await fs.readWanted(READ_AGAIN);
  for (const file of dpkgFiles) {
    const text = fs.readText(file);
    if (text === void 0) continue;
    const name = file.slice(DPKG_INFO.length + 1);
    const pkg = name.slice(0, name.lastIndexOf(".")).replace(/:[a-z0-9_-]+$/, "");
    for (const line of text.split("\n")) {
      const library = name.endsWith(".list") ? line.slice(line.lastIndexOf("/") + 1) : shlibsLibrary(line);
      if (library && wanted.has(library) && !found.has(library)) found.set(library, pkg);
    }
  }
  const apk = fs.readText(APK_INSTALLED);
  if (apk !== void 0) {
    let pkg = "";
    for (const line of apk.split("\n")) {
      if (line.startsWith("P:")) pkg = line.slice(2);
      else if (line.startsWith("R:") && wanted.has(line.slice(2)) && !found.has(line.slice(2)) && pkg) found.set(line.slice(2), pkg);
    }
  }
  return found;
}
function shlibsLibrary(line) {
  const [name, version] = line.trim().split(/\s+/);
  if (!name || !version || name.includes(":")) return void 0;
  return `${name}.so.${version}`;
}

// src/report/baseline.ts
import { createHash as createHash3 } from "node:crypto";

// src/report/platforms.ts
function platformNote(platforms, checked) {
  return platforms.length === checked.length ? `on every platform checked: ${platforms.join(", ")}` : `on ${platforms.join(", ")} only`;
}
function findingKey(finding) {
  const { location } = finding;
  return JSON.stringify([finding.kind, finding.severity, finding.unreported ?? null, finding.module, finding.name ?? null, location.imagePath, location.line, location.column, finding.message, finding.guard ?? null, finding.origin]);
}
function countsOf(findings) {
  const counts = { error: 0, warning: 0, notice: 0, unreported: 0 };
  for (const finding of findings) {
    if (finding.unreported) counts.unreported++;
    else counts[finding.severity]++;
  }
  return counts;
}
function refreshVerdicts(verdicts, findings, failOn) {
  return verdicts.map((verdict) => {
    const own = findings.filter((finding) => finding.platforms?.includes(verdict.platform) ?? true);
    return { ...verdict, result: failsAt(own, failOn) ? "fail" : "pass", counts: countsOf(own) };
  });
}
function mergePlatformScans(scans, location) {
  if (scans.length === 1) return scans[0].report;
  if (scans.length === 0) throw new Error("no platform was checked");
  const checked = scans.map((scan) => scan.platform);
  const merged = /* @__PURE__ */ new Map();
  for (const { platform, report: report3 } of scans) {
    const seen = /* @__PURE__ */ new Map();
    for (const finding of report3.findings) {
      const base = findingKey(finding);
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const key = `${base}#${occurrence}`;
      const known = merged.get(key);
      if (!known) {
        merged.set(key, { finding, platforms: [platform] });
        continue;
      }
      known.platforms.push(platform);
      if (!known.finding.boot && finding.boot) known.finding = { ...known.finding, boot: finding.boot };
    }
  }
  const findings = [...merged.values()].map(({ finding, platforms }) => ({ ...finding, message: `${finding.message} (${platformNote(platforms, checked)})`, platforms })).sort(compareFindings);
  const first = scans[0].report;
  const failOn = first.failOn;
  const verdicts = scans.map(({ platform, report: report3 }) => ({
    platform,
    label: report3.image.label,
    result: report3.result,
    counts: countsOf(report3.findings),
    python: report3.python,
    command: report3.command,
    entryPoints: report3.entryPoints,
    stats: report3.stats,
    ...report3.boot && { boot: report3.boot }
  }));
  const booted = scans.find(({ report: report3 }) => report3.boot && report3.boot.mode !== "none")?.report.boot ?? first.boot;
  const report2 = {
    result: failsAt(findings, failOn) ? "fail" : "pass",
    failOn,
    image: { label: location, location: first.image.location },
    python: first.python,
    command: first.command,
    entryPoints: first.entryPoints,
    findings,
    stats: first.stats,
    ...booted && { boot: booted },
    ...first.commandAt && { commandAt: first.commandAt },
    platforms: refreshVerdicts(verdicts, findings, failOn)
  };
  return report2;
}

// src/report/baseline.ts
var BASELINE_VERSION = 1;
function statementText(line) {
  let quote;
  let end = line.length;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quote !== void 0) {
      if (char === "\\") index++;
      else if (char === quote) quote = void 0;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "#") {
      end = index;
      break;
    }
  }
  return line.slice(0, end).replace(/\s+/g, " ").trim();
}
function fingerprintOf(finding, statement) {
  const key = JSON.stringify([finding.kind, finding.module, finding.name ?? null, displayPath(finding.location), statement]);
  return createHash3("sha256").update(key).digest("hex").slice(0, 32);
}
function acceptable(finding) {
  return finding.unreported === void 0 || finding.unreported === "baseline";
}
function baselineEntry(finding) {
  if (!acceptable(finding) || finding.fingerprint === void 0) return void 0;
  return {
    fingerprint: finding.fingerprint,
    kind: finding.kind,
    module: finding.module,
    ...finding.name !== void 0 && { name: finding.name },
    file: displayPath(finding.location),
    statement: finding.statement ?? ""
  };
}
function formatBaseline(report2) {
  const entries = report2.findings.flatMap((finding) => baselineEntry(finding) ?? []);
  const order2 = (entry) => JSON.stringify([entry.file, entry.module, entry.name ?? "", entry.kind, entry.statement]);
  entries.sort((a, b) => order2(a) < order2(b) ? -1 : order2(a) > order2(b) ? 1 : 0);
  return `${JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2)}
`;
}
function parseBaseline(text, file) {
  const name = JSON.stringify(quoted(file));
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`baseline ${name} is not JSON: ${error.message}`);
  }
  const { version, findings } = typeof document === "object" && document !== null ? document : {};
  if (version !== BASELINE_VERSION || !Array.isArray(findings)) {
    throw new ConfigurationError(`baseline ${name} is not a baseline of this version of import-guard (expected {"version": ${BASELINE_VERSION}, "findings": [...]}); write it anew with import-guard scan --write-baseline FILE`);
  }
  return findings.map((entry, index) => {
    const fingerprint = entry?.fingerprint;
    if (typeof fingerprint !== "string" || !/^[0-9a-f]{32}$/.test(fingerprint)) throw new ConfigurationError(`baseline ${name}: findings[${index}] has no fingerprint of 32 hex digits`);
    return fingerprint;
  });
}
function applyBaseline(report2, fingerprints, file) {
  const remaining = /* @__PURE__ */ new Map();
  for (const fingerprint of fingerprints) remaining.set(fingerprint, (remaining.get(fingerprint) ?? 0) + 1);
  let accepted = 0;
  const findings = report2.findings.map((finding) => {
    if (!acceptable(finding)) return finding;
    const open3 = { ...finding };
    delete open3.unreported;
    const left = finding.fingerprint === void 0 ? 0 : remaining.get(finding.fingerprint) ?? 0;
    if (left === 0) return open3;
    remaining.set(finding.fingerprint, left - 1);
    accepted++;
    return { ...open3, unreported: "baseline" };
  }).sort(compareFindings);
  const unmatched = [...remaining.values()].reduce((sum, count) => sum + count, 0);
  return { ...report2, findings, result: failsAt(findings, report2.failOn) ? "fail" : "pass", baseline: { file, accepted, unmatched }, ...report2.platforms && { platforms: refreshVerdicts(report2.platforms, findings, report2.failOn) } };
}

// src/report/inline-ignore.ts
var DIRECTIVE = /#.*?\bimport-guard:\s*ignore(?![\w-])(?:\s*\[([^\]]*)\])?/;
var MODULE_GLOB = /^[A-Za-z0-9_.*]+$/;
function inlineIgnoreOf(line) {
  const match = DIRECTIVE.exec(line);
  if (!match) return void 0;
  if (match[1] === void 0) return { all: true };
  const items2 = match[1].split(",").map((item) => item.trim()).filter((item) => item !== "");
  const globs = items2.filter((item) => MODULE_GLOB.test(item));
  return { all: false, matches: globs.length > 0 ? moduleMatcher(globs) : () => false, invalid: items2.filter((item) => !MODULE_GLOB.test(item)) };
}
function covers(ignore, finding) {
  if (ignore.all) return true;
  return ignore.matches(finding.module) || finding.name !== void 0 && ignore.matches(`${finding.module}.${finding.name}`);
}
function applyInlineIgnores(findings, lineOf2, logger2) {
  const warned = /* @__PURE__ */ new Set();
  return findings.map((finding) => {
    if (finding.unreported !== void 0 || finding.location.line <= 0) return finding;
    const text = lineOf2(finding.location.imagePath, finding.location.line);
    const ignore = text === void 0 ? void 0 : inlineIgnoreOf(text);
    if (!ignore) return finding;
    const place3 = `${displayPath(finding.location)}:${finding.location.line}`;
    if (!ignore.all && ignore.invalid.length > 0 && !warned.has(place3)) {
      warned.add(place3);
      logger2.warn(`${place3}: import-guard: ignore[...] names ${ignore.invalid.map((item) => JSON.stringify(quoted(item, 60))).join(", ")}, which ${ignore.invalid.length === 1 ? "is not a module glob" : "are not module globs"} (write ignore[yaml] or ignore[boto3.*])`);
    }
    return covers(ignore, finding) ? { ...finding, unreported: "inline-ignore" } : finding;
  });
}

// src/guard.ts
async function nameLibraryProviders(fs, findings) {
  const missing = findings.filter((finding) => finding.kind === "missing-library" && finding.native?.library !== void 0);
  if (missing.length === 0) return;
  const providers = await libraryProviders(fs, missing.map((finding) => finding.native.library));
  for (const finding of missing) {
    const provider = providers.get(finding.native.library);
    if (provider === void 0) continue;
    finding.native.provider = provider;
    finding.cause = `${finding.cause ?? ""}; the image's package database names ${provider} as its package`;
  }
}
var ContainerViewDiffers = class extends Error {
  name = "ContainerViewDiffers";
};
function openOptions(settings, logger2, select) {
  return {
    ...settings.imageConfig && { configFile: settings.imageConfig },
    ...settings.tempDir && { tempDir: settings.tempDir },
    ...settings.registry && { registry: settings.registry },
    select,
    logger: logger2
  };
}
function openForAnalysis(settings, logger2, select = pythonAnalysisContent) {
  return openImage(settings.source, { ...openOptions(settings, logger2, select), ...settings.platform && { platform: settings.platform } });
}
async function inspectImage(settings, logger2) {
  if (settings.allPlatforms) throw new ConfigurationError("inspect shows one image: give --platform os/arch (linux/amd64, linux/arm64) rather than all");
  const image = await openForAnalysis(settings, logger2);
  const byType = {};
  let total = 0;
  let python;
  try {
    for (const entry of image.fs.walk()) {
      byType[entry.type] = (byType[entry.type] ?? 0) + 1;
      total++;
    }
    python = await pythonReadingWhole(image, image.config, [], logger2);
  } finally {
    image.fs.close();
  }
  return {
    source: { kind: image.kind, location: image.location, label: image.label },
    config: image.config,
    layers: image.layers,
    paths: { total, byType },
    python,
    versions: { known: knownVersions(), ...!("error" in python) && { reading: versionReading(python.python.minor) } }
  };
}
async function scanImage(settings, logger2) {
  dockerBinary();
  const checkout = settings.repository ? readCheckout(settings.repository, settings, logger2) : void 0;
  const baseline = readBaseline(settings, logger2);
  const pool = new ScanPool();
  let installedSources = 0;
  const select = (path18, size) => {
    const keep = pythonAnalysisContent(path18, size);
    if (keep > 0 && path18.endsWith(".py") && INSTALLED_DIR.test(path18) && ++installedSources === pool.threshold) pool.prepare();
    return keep;
  };
  if (settings.native) select.elf = pythonAnalysisContent.elf;
  let report2;
  try {
    if (settings.allPlatforms) {
      const scans = [];
      let started = performance.now();
      let notChecked = [];
      await forEachPlatform(settings.source, openOptions(settings, logger2, select), async (image, platforms) => {
        try {
          const platform = image.platform ?? image.config.platform;
          const name = platform ? formatPlatform(platform) : image.label;
          const boot = platforms.length > 1 && platform ? bootOnlyNative(settings.boot, platform, logger2) : void 0;
          scans.push({ platform: name, report: await scanOpened(image, settings, logger2, { checkout, pool, started, ...boot && { bootSkipped: boot } }) });
        } finally {
          image.fs.close();
          started = performance.now();
        }
      }, (platforms) => notChecked = platforms);
      const spec = await splitArchiveReference(settings.source);
      report2 = mergePlatformScans(scans, spec.location);
      if (notChecked.length > 0) report2 = { ...report2, platformsNotChecked: notChecked };
    } else {
      const started = performance.now();
      const options = { ...openOptions(settings, logger2, select), ...settings.platform && { platform: settings.platform } };
      const runId = settings.boot.runId;
      const containers = { filter: `label=${RUN_LABEL}=${runId}`, remove: () => removeRunContainers(runId) };
      const image = await whileContainersMayExist(containers, () => openImage(settings.source, { ...options, daemonRead: settings.dockerRead ?? "container", containerLabel: `${RUN_LABEL}=${runId}` }));
      try {
        report2 = await scanOpened(image, settings, logger2, { checkout, pool, started });
      } catch (error) {
        if (!(error instanceof ContainerViewDiffers)) throw error;
        logger2.info(`${error.message}: reading the image again from docker image save, to check it as the image holds it`);
        image.fs.close();
        const exact = await openImage(settings.source, { ...options, daemonRead: "save" });
        try {
          report2 = await scanOpened(exact, settings, logger2, { checkout, pool, started });
        } finally {
          exact.fs.close();
        }
      } finally {
        image.fs.close();
      }
    }
  } finally {
    await pool.close();
  }
  if (pool.failure !== void 0) logger2.warn(`the scanner threads stopped (${pool.failure}); the rest of the files were scanned on one thread`);
  if (!baseline) return report2;
  const accepted = applyBaseline(report2, baseline, settings.baseline);
  const { file, unmatched } = accepted.baseline;
  if (unmatched > 0) logger2.info(`${unmatched} ${unmatched === 1 ? "entry" : "entries"} of the baseline ${file} match no finding (fixed, or changed); import-guard scan --write-baseline ${file} writes it anew`);
  return accepted;
}
function bootOnlyNative(boot, platform, logger2) {
  if (boot.mode === "none") return void 0;
  const machine = machineArchitecture();
  if (platform.architecture === machine) return void 0;
  const reason = `${formatPlatform(platform)} is not this machine's architecture (${machine}); with platform all, only the platform the machine runs is booted`;
  logger2.info(`Not booting ${formatPlatform(platform)}: ${reason}`);
  return reason;
}
async function scanOpened(image, settings, logger2, context) {
  const { checkout, pool, started } = context;
  const config = withPythonPath(image.config, settings.pythonPath);
  const view = await pythonReadingWhole(image, config, settings.entrypoints?.entries ?? [], logger2);
  if ("error" in view) throw new ConfigurationError(`${image.label}: ${view.error}`);
  const entries = chooseEntries(view, settings);
  for (const note of view.entryNotes) logger2.info(`note: ${note}`);
  for (const stop of view.entryStops) logger2.warn(stop);
  const reading = versionReading(view.python.minor);
  const { version, readAs } = reading;
  const readMinor = Number(readAs.split(".")[1]);
  if (reading.newer) logger2.warn(newerVersionMessage(reading));
  const build = view.python.flavor === "debian" ? DEBIAN_BUILDS[readMinor] : void 0;
  const searched = view.sysPath.entries.map((entry) => entry.path);
  const resolver = new Resolver(
    image.fs,
    searched,
    {
      extensionSuffixes: view.python.extensionSuffixes,
      builtins: builtinModules(readAs, build),
      frozen: frozenModules(readAs, build),
      preloaded: startupModules(readAs, build),
      aliases: moduleAliases(readAs, build),
      redirects: view.redirects,
      editableMappings: view.editable,
      cwd: workingDirOf(view.config)
    }
  );
  const thirdPartyDirs = view.sysPath.entries.filter((entry) => entry.origin === "site" || entry.origin === "venv-site" || entry.origin === "user-site").map((entry) => entry.path);
  const stdlibDirs = view.sysPath.entries.filter((entry) => entry.origin === "stdlib" || entry.origin === "lib-dynload" || entry.origin === "stdlib-zip").map((entry) => entry.path);
  const importRoots = checkout ? importRootsOf(checkout, locateEntries(entries, resolver), searched) : void 0;
  checkGivenEntries(settings.entrypoints?.entries ?? [], resolver, searched, checkout && ((module) => checkout.map.hasModule(module)));
  logger2.info(`Walking imports from ${entries.length} entry point${entries.length === 1 ? "" : "s"} with Python ${version}`);
  const graph = await new ImportGraph({
    fs: image.fs,
    resolver,
    minor: view.python.minor,
    readMinor,
    platform: "linux",
    thirdPartyDirs,
    stdlibDirs,
    env: environmentOf(view.config),
    ...checkout && { inRepository: (module) => checkout.map.hasModule(module, importRoots) },
    ...settings.ignore.length > 0 && { ignored: moduleMatcher(settings.ignore) },
    onProgress: (files) => logger2.info(`  ${files} files scanned`),
    pool,
    lazyImports: view.lazyImports,
    ...settings.native && { native: nativeCheck(image.fs, { python: view.python.executable, env: environmentOf(view.config), workingDir: workingDirOf(view.config) }) }
  }).walk(entries);
  await nameLibraryProviders(image.fs, graph.findings);
  if (graph.extensions.unchecked.length > 0) {
    const [first] = graph.extensions.unchecked;
    logger2.warn(`${graph.extensions.unchecked.length} of ${graph.extensions.checked} extension modules reached were not checked for their shared libraries: ${first.extension}: ${first.reason}${graph.extensions.unchecked.length > 1 ? " (and others)" : ""}`);
  }
  const modules = image.fs.unwatched(() => imageModules(image.fs, searchedFolders(view.sysPath.entries.map((entry) => entry.path), thirdPartyDirs, stdlibDirs, workingDirOf(view.config)), view.python.extensionSuffixes));
  const coverage = coverageOf(modules, graph.reached);
  const blind = blindEntries(entries, { imports: graph.imports, reached: graph.reached, keyOf: entryKey, imageModules: modules["first-party"].size + modules.installed.size, findings: graph.findings });
  const mapped = [...graph.findings, ...blind].map((finding) => mapToRepository(finding, checkout?.map));
  const unsure = image.fs.unsureLookedAt;
  if (unsure !== void 0) throw new ContainerViewDiffers(`the analysis looked at ${unsure}, which a container of the image may not see as the image holds it`);
  const staticSeconds = (performance.now() - started) / 1e3;
  const booted = context.bootSkipped !== void 0 ? { boot: { mode: "none", reason: context.bootSkipped }, findings: mapped } : await bootStage(mapped, {
    settings: settings.boot,
    source: image,
    imageConfig: image.config,
    commandConfig: view.config,
    python: view.python.executable,
    sysPath: view.sysPath.entries,
    entries,
    libraryDirs: [...stdlibDirs, ...thirdPartyDirs],
    toRepo: (imagePath2) => checkout?.map.toRepo(imagePath2),
    originOf: (module) => checkout?.map.hasModule(module, importRoots) ? "first-party" : "unknown",
    logger: logger2,
    lazyImports: graph.lazyImports > 0
  });
  const ambiguity = checkout?.map.ambiguityWarning((imagePath2) => ![...stdlibDirs, ...thirdPartyDirs].some((dir) => imagePath2.startsWith(`${dir}/`)));
  if (ambiguity) logger2.warn(ambiguity);
  const explained2 = explainFindings(booted.findings, { ...checkout && { checkout }, ...importRoots && { importRoots }, fs: image.fs, searched, version, logger: logger2 });
  const lineOf2 = lineReader(image.fs);
  const findings = applyInlineIgnores(explained2, lineOf2, logger2).map((finding) => fingerprinted(finding, lineOf2)).sort(compareFindings);
  const command = checkout ? commandLine(checkout.context) : void 0;
  const report2 = {
    result: failsAt(findings, settings.failOn) ? "fail" : "pass",
    failOn: settings.failOn,
    image: { label: image.label, location: image.location, ...platformOf2(image) && { platform: formatPlatform(platformOf2(image)) } },
    python: { executable: view.python.executable, version, readAs, known: knownVersions(), ...reading.newer && { newer: newerVersionMessage(reading) } },
    command: view.command,
    entryPoints: entries.map((entry) => ({ module: entryLabel(entry), how: entry.how, ...entry.file && { imagePath: entry.file } })),
    findings,
    stats: { entryPoints: entries.length, files: graph.files, modules: graph.modules, unparsed: graph.unparsed, namesUnknown: graph.namesUnknown, ...graph.lazyImports > 0 && { lazyImports: graph.lazyImports }, ...graph.extensions.checked > 0 && { extensionModules: { checked: graph.extensions.checked - graph.extensions.unchecked.length, unchecked: graph.extensions.unchecked.length } }, seconds: Number(staticSeconds.toFixed(3)), coverage },
    boot: booted.boot,
    ...command && { commandAt: { repoPath: command.repoPath, line: command.line } }
  };
  return report2;
}
function platformOf2(image) {
  return image.platform ?? image.config.platform;
}
var BASELINE_FILE_LIMIT = 16 * 1024 * 1024;
function readBaseline(settings, logger2) {
  if (settings.baseline === void 0 || settings.repository === void 0) return void 0;
  const name = JSON.stringify(quoted(settings.baseline));
  const located = locateInRepository(settings.repository, settings.baseline);
  if ("missing" in located) throw new ConfigurationError(`baseline ${name} is not in the checkout; write it with import-guard scan SOURCE --repo DIR --write-baseline ${name}`);
  const text = readRepositoryFile(settings.repository, settings.baseline, logger2, BASELINE_FILE_LIMIT);
  if (text === void 0) throw new ConfigurationError(`baseline ${name} cannot be read: the warning above says why`);
  return parseBaseline(text, settings.baseline);
}
function lineReader(fs) {
  const files = /* @__PURE__ */ new Map();
  return (imagePath2, line) => {
    if (!files.has(imagePath2)) files.set(imagePath2, fs.readFile(imagePath2)?.toString("utf8").split(/\r\n|\r|\n/));
    return line > 0 ? files.get(imagePath2)?.[line - 1] : void 0;
  };
}
function fingerprinted(finding, lineOf2) {
  if (finding.unreported !== void 0) return finding;
  const statement = statementText(lineOf2(finding.location.imagePath, finding.location.line) ?? "");
  return { ...finding, statement, fingerprint: fingerprintOf(finding, statement) };
}
function searchedFolders(searched, thirdPartyDirs, stdlibDirs, cwd) {
  const folders = [];
  for (const entry of searched) {
    const path18 = entry === "" ? cwd : entry;
    if (path18.endsWith(".zip") || underAny(path18, stdlibDirs) && !underAny(path18, thirdPartyDirs)) continue;
    folders.push({ path: path18, zone: underAny(path18, thirdPartyDirs) || INSTALLED_DIR.test(`${path18}/`) ? "installed" : "first-party" });
  }
  return folders;
}
var MAX_READ_ROUNDS = 8;
async function pythonReadingWhole(image, config, given2, logger2) {
  for (let round = 1; ; round++) {
    const view = imagePython(image.fs, config);
    const derived = "error" in view || "error" in view.entries ? [] : view.entries;
    for (const entry of [...given2, ...derived]) if (entry.file !== void 0) image.fs.wantWhole(entry.file);
    if (round > MAX_READ_ROUNDS) {
      logger2.warn(`stopped reading files of the image again after ${MAX_READ_ROUNDS} rounds: the entry points may be incomplete`);
      return view;
    }
    const { read, partlyRead } = await image.fs.readWanted(READ_AGAIN);
    if (read.length > 0) {
      logger2.info(`read ${read.length} file${read.length === 1 ? "" : "s"} of the image again, whole: ${read.slice(0, 5).join(", ")}${read.length > 5 ? ", ..." : ""}`);
      continue;
    }
    const entryFiles = new Set([...given2, ...derived].flatMap((entry) => entry.file !== void 0 ? [image.fs.realpath(entry.file)] : []));
    for (const file of partlyRead) if (!entryFiles.has(file.path)) logger2.warn(partlyReadMessage(file, "what it runs is not followed"));
    return view;
  }
}
var DEBIAN_BUILDS = { 11: "debian-bookworm", 14: "debian-sid", 15: "debian-sid" };
function withPythonPath(config, folders) {
  if (folders.length === 0) return config;
  const current = environmentOf(config).get("PYTHONPATH");
  return { ...config, env: [...config.env, `PYTHONPATH=${[...folders, ...current ? [current] : []].join(":")}`] };
}
function locateEntries(entries, resolver) {
  return entries.flatMap((entry) => {
    if (entry.file !== void 0) return [{ module: "__main__", imagePath: entry.file }];
    const origin = entry.code === void 0 ? resolver.resolve(entry.module) : void 0;
    return origin?.found && origin.origin?.endsWith(".py") ? [{ module: entry.module, imagePath: origin.origin }] : [];
  });
}
function checkGivenEntries(given2, resolver, searched, inCheckout) {
  for (const entry of given2) {
    if (entry.file !== void 0 || entry.code !== void 0) continue;
    const resolution = resolver.resolve(entry.module);
    if (resolution.found || inCheckout?.(entry.module)) continue;
    const why = resolution.reason === "not-a-package" ? `${resolution.missing.slice(0, resolution.missing.lastIndexOf("."))} is a module, not a package` : `no module named '${resolution.missing}' in its sys.path (${searched.map((folder) => folder || "'' (the working directory)").join(", ")})`;
    throw new ConfigurationError(`entry point ${entryLabel(entry)} (from the entrypoints input, --entrypoint on the command line) is not in the image: ${why}${inCheckout ? ", nor in the checkout" : ""}; give a module the image runs`);
  }
}
function chooseEntries(view, settings) {
  const given2 = settings.entrypoints;
  if (given2 && !given2.keepDerived) return given2.entries;
  if ("error" in view.entries) {
    if (given2) return given2.entries;
    throw new ConfigurationError(view.entries.error);
  }
  return [...view.entries, ...given2?.entries ?? []];
}
function mapLocation(location, repository) {
  const repoPath = repository?.toRepo(location.imagePath);
  return repoPath ? { ...location, repoPath } : location;
}
function mapToRepository(finding, repository) {
  if (!repository) return finding;
  return { ...finding, location: mapLocation(finding.location, repository), chain: finding.chain.map((hop) => mapLocation(hop, repository)) };
}

// src/report/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
var ORIGIN_RANK = { "first-party": 0, "stdlib": 1, "third-party": 2, "unknown": 3 };
function groupKey(finding) {
  return `${finding.severity}\0${finding.kind}\0${finding.module}\0${finding.name ?? ""}`;
}
function rank(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || (ORIGIN_RANK[a.origin] ?? 9) - (ORIGIN_RANK[b.origin] ?? 9) || Number(a.location.repoPath === void 0) - Number(b.location.repoPath === void 0) || chainLength(a) - chainLength(b) || displayPath(a.location).localeCompare(displayPath(b.location)) || a.location.line - b.location.line;
}
function findingTitle(finding) {
  switch (finding.kind) {
    case "missing-module":
      return `${finding.module} is missing from the image`;
    case "missing-name":
      return `${finding.module} has no ${finding.name ?? "such name"}`;
    case "bad-relative-import":
      return `relative import ${finding.module} fails`;
    case "syntax-error":
      return `${finding.module} does not parse`;
    case "boot-failure":
      return finding.location === COMMAND_LOCATION || finding.module === COMMAND_LOCATION.imagePath ? "The image fails to boot" : `${finding.module} fails at boot`;
    case "blind-entry":
      return `The scan sees nothing ${finding.module} runs`;
    case "partly-read":
      return `${finding.module} was read only in part`;
    case "not-checked":
      return `${finding.module} was not checked`;
    case "missing-library":
      return `${finding.module} needs ${finding.native?.library ?? "a library"}, which the image does not have`;
    case "wrong-architecture":
      return `${finding.module} is built for another machine`;
    case "libc-mismatch":
      return `${finding.module} needs another C library`;
  }
}
function bootText(proof, message) {
  const how = proof.target ? `importing ${proof.target} in the image` : proof.mode === "serve" ? "running the image's own command" : "importing the entry points in the image";
  if (!proof.predicted) return `Found only at boot, ${how}; the static walk did not predict it`;
  if (proof.exception === void 0) return `Confirmed at boot, ${how}`;
  const raised = proof.exceptionMessage ? `${proof.exception}: ${proof.exceptionMessage.split("\n")[0]}` : proof.exception;
  return `Confirmed at boot: ${how} raised ${raised === message ? `this ${proof.exception}` : raised}`;
}
function chainText(finding) {
  if (finding.chain.length === 0) return "";
  const modules = [finding.chain[0].importer, ...finding.chain.map((hop) => hop.module)];
  const total = modules.length + (finding.chainOmitted ?? 0);
  const shown2 = total > 6 ? [...modules.slice(0, 2), `\u2026 ${total - 5} more \u2026`, ...modules.slice(-3)] : modules;
  return shown2.join(" \u2192 ");
}
function annotationMessage(finding, others = []) {
  const lines = [finding.message];
  if (finding.cause) lines.push(`Cause: ${finding.cause}`);
  if (finding.guard) lines.push(`Guard: ${finding.guard}`);
  if (finding.severityReason) lines.push(finding.severityReason);
  if (finding.boot) lines.push(bootText(finding.boot, finding.message));
  const chain = chainText(finding);
  if (chain) lines.push(`Imported via: ${chain}`);
  if (others.length > 0) {
    const places = others.slice(0, 3).map((other) => `${displayPath(other.location)}:${other.location.line}`);
    lines.push(`Also imported at ${places.join(", ")}${others.length > 3 ? ` and ${others.length - 3} more place${others.length === 4 ? "" : "s"}` : ""}`);
  }
  return lines.join("\n");
}
function toAnnotation(finding, others) {
  const annotation = { level: finding.severity, title: findingTitle(finding), message: annotationMessage(finding, others) };
  if (finding.location.repoPath) {
    annotation.file = finding.location.repoPath;
    annotation.line = finding.location.line;
    annotation.column = finding.location.column;
  }
  return annotation;
}
function causeAnnotations(findings) {
  const byLine = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.causeAt) continue;
    const key = `${finding.causeAt.repoPath}:${finding.causeAt.line}`;
    byLine.set(key, [...byLine.get(key) ?? [], finding]);
  }
  return [...byLine.values()].map((caused) => {
    const cause = caused[0].causeAt;
    const modules = [...new Set(caused.map((finding) => finding.module))];
    const what = modules.length === 1 ? modules[0] : `${modules.length} modules`;
    const level = SEVERITIES[Math.min(...caused.map((finding) => severityRank(finding.severity)))];
    const imports = caused.slice(0, 3).map((finding) => `${finding.module} at ${displayPath(finding.location)}:${finding.location.line}`);
    const more = caused.length > 3 ? ` and ${caused.length - 3} more` : "";
    const title = cause.kind === "excluded" ? `This line leaves ${what} out of the image` : cause.kind === "not-copied" ? `No COPY brings ${what} into the image` : `The requirement for ${what} is not installed`;
    const consequence = cause.kind === "not-installed" ? `so importing ${modules.join(", ")} fails` : `so the image has no ${modules.join(", ")}`;
    return {
      level,
      title,
      message: `${cause.message}, ${consequence}.
Imported as ${imports.join(", ")}${more}.`,
      file: cause.repoPath,
      line: cause.line,
      column: 1,
      cause: true
    };
  });
}
function planAnnotations(findings, perLevel = ANNOTATIONS_PER_LEVEL) {
  const reported = [...findings].filter(isReported).sort(rank);
  const groups = /* @__PURE__ */ new Map();
  for (const finding of reported) {
    const group = groups.get(groupKey(finding));
    if (group) group.push(finding);
    else groups.set(groupKey(finding), [finding]);
  }
  const omitted = { error: 0, warning: 0, notice: 0 };
  const byLevel = { error: [], warning: [], notice: [] };
  const causes = causeAnnotations(reported);
  const groupList = [...groups.values()];
  const total = (level) => groupList.filter(([first]) => first.severity === level).length + causes.filter((cause) => cause.level === level).length;
  const overflows = SEVERITIES.some((level) => total(level) > perLevel);
  const limit = (level) => level === "notice" && overflows ? perLevel - 1 : perLevel;
  for (const cause of causes) if (byLevel[cause.level].length < limit(cause.level)) byLevel[cause.level].push(cause);
  for (const [first, ...others] of groupList) {
    const level = first.severity;
    if (byLevel[level].length < limit(level)) byLevel[level].push(toAnnotation(first, others));
    else omitted[level] += 1 + others.length;
  }
  const annotations = SEVERITIES.flatMap((level) => byLevel[level]);
  const left = SEVERITIES.reduce((sum, level) => sum + omitted[level], 0);
  if (left > 0) {
    const parts = SEVERITIES.filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} ${level}${omitted[level] === 1 ? "" : "s"}`);
    annotations.push({ level: "notice", title: `${left} more finding${left === 1 ? "" : "s"} not annotated`, message: `GitHub shows ${perLevel} annotations of each level per step; ${parts.join(", ")} more are listed in the job summary, the SARIF and the JSON report.` });
  }
  return { annotations, omitted };
}

// src/report/gitlab.ts
import { createHash as createHash4 } from "node:crypto";

// src/report/finding-text.ts
function withStop(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function messageText(finding) {
  const parts = [finding.message];
  if (finding.cause !== void 0) parts.push(`Cause: ${finding.cause}`);
  if (finding.boot) parts.push(bootText(finding.boot, finding.message));
  return parts.length === 1 ? finding.message : parts.map(withStop).join(" ");
}

// src/report/repository-place.ts
function repositoryPlace(finding, commandAt) {
  const { location } = finding;
  if (location.repoPath !== void 0) return { repoPath: location.repoPath, line: location.line, column: location.column };
  if (!commandAt) return void 0;
  const place3 = { repoPath: commandAt.repoPath, line: commandAt.line, column: 1 };
  if (location.line >= 1) place3.inImage = `In the image at ${location.imagePath}:${location.line}, which no repository file maps to; the image runs it through ${commandAt.repoPath}:${commandAt.line}.`;
  return place3;
}

// src/report/gitlab.ts
var SEVERITY = { error: "critical", warning: "minor", notice: "info" };
var CATEGORY = { "wrong-architecture": "Compatibility", "libc-mismatch": "Compatibility", "not-checked": "Compatibility" };
function relativePath(path18) {
  const segments = path18.replaceAll("\\", "/").split("/");
  while (segments[0] === "." || segments[0] === "") segments.shift();
  return segments.join("/");
}
function baseFingerprint(finding) {
  return finding.fingerprint ?? fingerprintOf(finding, finding.statement ?? "");
}
function nthFingerprint(fingerprint, occurrence) {
  return occurrence === 1 ? fingerprint : createHash4("sha256").update(`${fingerprint}:${occurrence}`).digest("hex").slice(0, 32);
}
function toCodeQuality(report2) {
  const seen = /* @__PURE__ */ new Map();
  return report2.findings.flatMap((finding) => {
    if (finding.unreported !== void 0) return [];
    const place3 = repositoryPlace(finding, report2.commandAt) ?? { repoPath: finding.location.imagePath, line: finding.location.line, inImage: `In the image at ${finding.location.imagePath}, which no repository file maps to.` };
    const text = messageText(finding);
    const base = baseFingerprint(finding);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const issue = {
      type: "issue",
      check_name: finding.kind,
      description: place3.inImage ? `${withStop(text)} ${place3.inImage}` : text,
      content: { body: annotationMessage(finding) },
      categories: [CATEGORY[finding.kind] ?? "Bug Risk"],
      severity: SEVERITY[finding.severity],
      fingerprint: nthFingerprint(base, occurrence),
      location: { path: relativePath(place3.repoPath), lines: { begin: Math.max(1, place3.line) } }
    };
    return [wellFormed(issue)];
  });
}
function wellFormed(issue) {
  return JSON.parse(JSON.stringify(issue, (_key, value) => typeof value === "string" ? value.toWellFormed() : value));
}

// src/report/log-text.ts
var COMMAND_AT_LINE_START = new RegExp("(^|\\r\\n|[\\r\\n\\u0085\\u2028\\u2029])([[\\p{Cc}\\p{Zs}\\u180e\\u200b-\\u200d\\u2060\\ufeff]--[\\r\\n\\u0085]]*)::", "gv");
var OLD_COMMAND = /##\[/g;
function neutralizeWorkflowCommands(text) {
  return text.replace(COMMAND_AT_LINE_START, "$1$2\\::").replace(OLD_COMMAND, "##\\[");
}
function neutralizeJsonCommands(json) {
  return json.replace(OLD_COMMAND, "#\\u0023[");
}
var CONTROL = new RegExp("[[\\p{Cc}--[\\t\\n]]\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "gv");
var NAMED = { "\r": "\\r", "\v": "\\v", "\f": "\\f", "\b": "\\b", "\0": "\\0" };
function showControls(text) {
  return text.replace(CONTROL, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function oneLine(text) {
  return showControls(text).replace(/\n/g, "\\n");
}
function terminalText(text) {
  return neutralizeWorkflowCommands(showControls(text));
}

// src/report/inspect-text.ts
function list(values) {
  return values === null ? "(none)" : JSON.stringify(values);
}
function formatInspectText(report2) {
  const { config } = report2;
  const lines = [
    `Image        ${report2.source.location} (${report2.source.kind}${report2.source.label !== report2.source.location ? `, ${report2.source.label}` : ""})`,
    `Platform     ${config.platform ? formatPlatform(config.platform) : "(not recorded)"}`,
    `Entrypoint   ${list(config.entrypoint)}`,
    `Cmd          ${list(config.cmd)}`,
    `WorkingDir   ${config.workingDir || "(none: /)"}`,
    `User         ${config.user || "(none: root)"}`,
    `ExposedPorts ${config.exposedPorts.length > 0 ? config.exposedPorts.join(", ") : "(none)"}`,
    `Healthcheck  ${config.healthcheck ? JSON.stringify(config.healthcheck.test) : "(none)"}`,
    "Env",
    ...config.env.length > 0 ? config.env.map((item) => `  ${item}`) : ["  (none)"],
    `Layers       ${report2.layers.length}`,
    ...report2.layers.map((layer, index) => `  ${String(index + 1).padStart(2)}. ${layer.format.padEnd(4)} ${formatBytes(layer.storedBytes).padStart(10)}  ${String(layer.entries).padStart(6)} entries  ${layer.name}`),
    `Paths        ${report2.paths.total} (${Object.entries(report2.paths.byType).sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => `${count} ${type}`).join(", ")})`
  ];
  lines.push(...pythonLines(report2), ...versionLines(report2));
  return terminalText(lines.join("\n")) + "\n";
}
function pythonLines(report2) {
  const view = report2.python;
  if ("error" in view) return [`Python       ${view.error}`];
  const { python, launcher, sysPath } = view;
  const launch = launcher.kind === "script" ? `script ${launcher.script}` : launcher.kind === "module" ? `-m (from ${launcher.cwd})` : launcher.kind === "server" ? `server ${launcher.script}` : "-c / interactive";
  return [
    `Python       3.${python.minor} ${python.executable}${python.realExecutable !== python.executable ? ` -> ${python.realExecutable}` : ""} (${python.flavor} layout, prefix ${python.basePrefix}${python.venv ? `, venv ${python.venv.dir}` : ""})`,
    `  chosen     ${view.how}; launched as ${launch}`,
    `  extensions ${python.extensionSuffixes.join(" ")}`,
    "  sys.path",
    ...sysPath.entries.map((entry) => `    ${(entry.path || "''").padEnd(50)} ${entry.origin}${entry.via ? ` (${entry.via.file}:${entry.via.line})` : ""}`),
    ...sysPath.pthImports.map((line) => `  .pth code  ${line.file}:${line.line}: ${line.text}`),
    ...sysPath.startEntryPoints.map((line) => `  .start     ${line.file}:${line.line}: ${line.text} (called at start)`),
    ...Object.entries(view.redirects).map(([name, target]) => `  redirect   import ${name} loads ${target} (an import hook from a .pth file)`),
    ...view.editable.flatMap((mapping) => Object.entries(mapping).map(([name, target]) => `  editable   ${name} -> ${target}`)),
    ...sysPath.notes.map((note) => `  note       ${note}`),
    ..."error" in view.entries ? [`Entry points ${view.entries.error}`] : ["Entry points", ...view.entries.map((entry) => `  ${entryLabel(entry).padEnd(50)} ${entry.how}`)],
    ...view.entryNotes.map((note) => `  note       ${note}`),
    ...view.entryStops.map((stop) => `  stopped    ${stop}`)
  ];
}
function versionLines(report2) {
  const { known, reading } = report2.versions;
  const lines = [`Known        Python ${known.join(", ")} (grammar and standard-library data)`];
  if (reading?.newer) lines.push(`  note       ${newerVersionMessage(reading)}`);
  return lines;
}

// src/report/json.ts
var REPORT_SCHEMA_VERSION = "1.0";
function jsonFinding(finding) {
  const json = {
    kind: finding.kind,
    severity: finding.severity,
    reported: finding.unreported === void 0,
    module: finding.module,
    message: finding.message,
    file: displayPath(finding.location),
    line: finding.location.line,
    column: finding.location.column,
    imagePath: finding.location.imagePath,
    guard: finding.guard ?? null,
    origin: finding.origin,
    inCheckout: finding.inCheckout ?? null,
    severityReason: finding.severityReason ?? null,
    cause: finding.cause ?? null,
    causeAt: finding.causeAt ? { kind: finding.causeAt.kind, file: finding.causeAt.repoPath, line: finding.causeAt.line, message: finding.causeAt.message } : null,
    // Each hop is the import statement that brings in `module`.
    chain: finding.chain.map((hop) => ({ module: hop.module, file: displayPath(hop), line: hop.line })),
    boot: finding.boot ?? null
  };
  if (finding.unreported) json.unreported = finding.unreported;
  if (finding.name !== void 0) json.name = finding.name;
  if (finding.chainOmitted) json.chainOmitted = finding.chainOmitted;
  if (finding.fingerprint !== void 0) json.fingerprint = finding.fingerprint;
  if (finding.platforms) json.platforms = finding.platforms;
  if (finding.native) json.native = finding.native;
  return json;
}
function reportCounts(report2) {
  const counts = { error: 0, warning: 0, notice: 0, unreported: 0 };
  for (const finding of report2.findings) {
    if (finding.unreported) counts.unreported++;
    else counts[finding.severity]++;
  }
  return counts;
}
function toJsonReport(report2) {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    result: report2.result,
    failOn: report2.failOn,
    image: report2.image,
    python: report2.python,
    command: report2.command,
    entryPoints: report2.entryPoints,
    counts: reportCounts(report2),
    findings: report2.findings.map(jsonFinding),
    stats: report2.stats,
    boot: report2.boot ?? null,
    ...report2.baseline && { baseline: report2.baseline },
    ...report2.platforms && { platforms: report2.platforms },
    ...report2.platformsNotChecked && { platformsNotChecked: report2.platformsNotChecked }
  };
}

// src/report/summary.ts
function coverageText(coverage) {
  const share = ({ reached, total }) => {
    if (total === 0) return "0";
    const percent = 100 * reached / total;
    return `${reached.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} (${percent >= 10 || percent === 0 ? Math.round(percent) : percent.toFixed(1)}%)`;
  };
  return `Reached ${share(coverage.firstParty)} first-party modules of the image and ${share(coverage.installed)} installed ones`;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function baselineText(report2) {
  if (!report2.baseline) return void 0;
  const { file, accepted, unmatched } = report2.baseline;
  const stale = unmatched > 0 ? `; ${unmatched} ${unmatched === 1 ? "entry" : "entries"} of it ${unmatched === 1 ? "matches" : "match"} no finding any more (fixed, or changed): write it anew with --write-baseline` : "";
  return `${plural(accepted, "finding")} accepted by the baseline ${file}${stale}.`;
}
var TRACEBACK = /^\s*Traceback \(most recent call last\):/;
function logTail(logs, count = LOG_TAIL_LINES, lineChars = LOG_LINE_CHARS) {
  let end = logs.length;
  while (end > 0 && /\s/.test(logs[end - 1])) end--;
  if (end === 0) return { lines: [], omitted: 0 };
  const reach = 2 * count + 1;
  const window = [];
  let lineEnd2 = end;
  let first = 0;
  while (window.length < reach) {
    const newline = lineEnd2 > 0 ? logs.lastIndexOf("\n", lineEnd2 - 1) : -1;
    const start2 = newline + 1;
    const stop = lineEnd2 > start2 && logs[lineEnd2 - 1] === "\r" ? lineEnd2 - 1 : lineEnd2;
    window.push(stop - start2 > lineChars ? `${logs.slice(start2, start2 + lineChars)}\u2026 (${stop - start2 - lineChars} more characters)` : logs.slice(start2, stop));
    first = start2;
    if (newline < 0) break;
    lineEnd2 = newline;
  }
  window.reverse();
  let before = 0;
  for (let at2 = logs.indexOf("\n"); at2 !== -1 && at2 < first; at2 = logs.indexOf("\n", at2 + 1)) before++;
  let start = Math.max(0, window.length - count);
  const traceback = window.findLastIndex((line) => TRACEBACK.test(line));
  if (traceback !== -1 && traceback <= start && window.length - traceback <= 2 * count) start = Math.max(0, traceback - 1);
  return { lines: window.slice(start), omitted: before + start };
}
var LOG_TAIL_LINES = 40;
var LOG_LINE_CHARS = 1e3;
function bootedPlatform(report2) {
  return report2.platforms?.find((verdict) => verdict.boot !== void 0 && verdict.boot.mode !== "none")?.platform;
}
function bootLine(boot) {
  if ("reason" in boot) return `not booted: ${boot.reason}`;
  if ("error" in boot) return `could not boot (${boot.mode}): ${boot.error}`;
  return `${boot.mode} boot ${boot.ok ? "passed" : "failed"}: ${boot.outcome}`;
}

// src/report/xml.ts
var NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
var TEXT_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "::": "&#58;:", "##[": "#&#35;[" };
var ATTRIBUTE_ESCAPES = { ...TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "	": "&#9;" };
function xmlChars(text) {
  return text.replace(NOT_XML_CHAR, "");
}
function xmlText(text) {
  return xmlChars(text).replace(/::|##\[|[&<>\r]/g, (match) => TEXT_ESCAPES[match]);
}
function xmlAttribute(text) {
  return xmlChars(text).replace(/::|##\[|[&<>\r"\n\t]/g, (match) => ATTRIBUTE_ESCAPES[match]);
}

// src/report/junit.ts
function attributes(values) {
  return Object.entries(values).filter((entry) => entry[1] !== void 0).map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`).join("");
}
function place2(finding) {
  return finding.location.line >= 1 ? `${displayPath(finding.location)}:${finding.location.line}` : displayPath(finding.location);
}
function findingCase(finding, fails) {
  const test = { classname: `import-guard.${finding.kind}`, name: `${findingTitle(finding)} (${place2(finding)})` };
  if (finding.location.repoPath !== void 0) {
    test.file = finding.location.repoPath;
    if (finding.location.line >= 1) test.line = finding.location.line;
  }
  const platforms = finding.platforms ? `
Platforms: ${finding.platforms.join(", ")}` : "";
  if (fails) test.failure = { type: finding.kind, message: messageText(finding), text: `${annotationMessage(finding)}${platforms}` };
  else test.out = `${finding.severity}: ${annotationMessage(finding)}${platforms}`;
  return test;
}
function entryCase(entry, failing) {
  const test = { classname: "import-guard.entry-point", name: entry.module, out: `Found as: ${entry.how}` };
  if (failing.length > 0) {
    test.failure = {
      type: "entry-point",
      message: `${plural(failing.length, "finding")} at the fail-on level ${failing.length === 1 ? "comes" : "come"} from this entry point`,
      text: failing.map((finding) => `${findingTitle(finding)} (${place2(finding)})`).join("\n")
    };
  }
  return test;
}
function writeCase(test) {
  const open3 = `    <testcase${attributes({ classname: test.classname, name: test.name, file: test.file, line: test.line, time: "0" })}`;
  const body = [
    ...test.failure ? [`      <failure${attributes({ type: test.failure.type, message: test.failure.message })}>${xmlText(test.failure.text)}</failure>`] : [],
    ...test.error ? [`      <error${attributes({ type: test.error.type, message: test.error.message })}/>`] : [],
    ...test.out !== void 0 ? [`      <system-out>${xmlText(test.out)}</system-out>`] : []
  ];
  return body.length === 0 ? `${open3}/>` : [`${open3}>`, ...body, "    </testcase>"].join("\n");
}
function toJunit(report2) {
  const reported = report2.findings.filter(isReported);
  const fails = (finding) => failsAt([finding], report2.failOn);
  const tests = [
    ...report2.entryPoints.map((entry) => entryCase(entry, reported.filter((finding) => fails(finding) && comesFrom(finding, entry)))),
    ...reported.map((finding) => findingCase(finding, fails(finding)))
  ];
  if (report2.boot && "error" in report2.boot) tests.push({ classname: "import-guard.boot", name: `boot (${report2.boot.mode})`, error: { type: "boot-not-run", message: report2.boot.error } });
  const counts = { tests: tests.length, failures: tests.filter((test) => test.failure).length, errors: tests.filter((test) => test.error).length, skipped: 0, time: report2.stats.seconds.toFixed(3) };
  const suiteName = `import-guard scan of ${report2.image.label}${report2.image.platform ? ` (${report2.image.platform})` : ""}`;
  const properties = {
    image: report2.image.location,
    platform: report2.image.platform,
    python: report2.python.version,
    result: report2.result,
    "fail-on": report2.failOn
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: "import-guard", ...counts })}>`,
    `  <testsuite${attributes({ name: suiteName, ...counts })}>`,
    "    <properties>",
    ...Object.entries(properties).flatMap(([name, value]) => value === void 0 ? [] : [`      <property${attributes({ name, value })}/>`]),
    "    </properties>",
    ...tests.map(writeCase),
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/sarif.ts
import { createHash as createHash5 } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "importGuardFinding/v1";
var LEVELS = { error: "error", warning: "warning", notice: "note" };
var RULES = {
  "missing-module": {
    name: "MissingModule",
    short: "Import of a module the image does not have.",
    full: "An import reached from an entry point names a module that the image's Python interpreter cannot find, so it raises ModuleNotFoundError when it runs.",
    help: "Install the distribution that provides the module in the image, copy the first-party package into the image, or, if the module is optional, guard the import with try/except ImportError."
  },
  "missing-name": {
    name: "MissingName",
    short: "Import of a name its module does not define.",
    full: "A 'from module import name' reached from an entry point finds the module in the image, but the module provably binds no such name and has no such submodule, so the import raises ImportError.",
    help: "Install the version of the distribution that provides the name (check the pinned versions against the code), or import the name from where the installed version defines it."
  },
  "bad-relative-import": {
    name: "BadRelativeImport",
    short: "Relative import beyond the top-level package.",
    full: "A relative import reached from an entry point climbs above the importing module's top-level package, so it raises ImportError.",
    help: "Use an absolute import, or start the code as part of its package (for example 'python -m package.module') so the package has the levels the import climbs."
  },
  "syntax-error": {
    name: "SyntaxError",
    short: "Source file the image's Python cannot parse.",
    full: "A source file reached from an entry point does not parse for the image's Python version, so importing it raises SyntaxError.",
    help: "Fix the syntax, or build the image on the Python version the code is written for."
  },
  "boot-failure": {
    name: "BootFailure",
    short: "The image fails when it is booted.",
    full: "Booting the image (importing its entry modules with its own interpreter, or running its own command) raised an exception other than a missing module, or the process exited, restarted or never became ready.",
    help: "Read the exception and the boot log in the job summary; fix the code or the configuration it needs (environment variables, files), or pass the environment the service expects with the env and env-file inputs."
  },
  "blind-entry": {
    name: "BlindEntryPoint",
    short: "Entry point from which the walk reached none of the application's code.",
    full: "From this script entry point the import walk reached no module of the application's own code or of an installed package: the script loads what it runs in a way the walk cannot follow (a module named at run time), so the scan says nothing about it.",
    help: "Name the module the script runs with the entrypoints input (or --entrypoint on the command line), so the walk starts there."
  },
  "partly-read": {
    name: "PartlyRead",
    short: "Source file too large to check.",
    full: "A file reached from an entry point is larger than the bytes the guard reads of one file, so its imports were not checked. A part of a file is never scanned as if it were the whole file.",
    help: "Keep generated tables and data out of Python sources the service imports (load them from a data file), or list the modules the file imports as entry points."
  },
  "not-checked": {
    name: "NotChecked",
    short: "Source file written for a Python newer than the guard knows.",
    full: "The image's Python is newer than every version the guard knows, and a file reached from an entry point does not parse with the newest grammar it knows, so its imports were not checked and the verdict is incomplete.",
    help: "Update import-guard to a release that knows the image's Python version, or list the modules the file imports as entry points."
  },
  "missing-library": {
    name: "MissingLibrary",
    short: "Extension module that needs a shared library the image does not have.",
    full: "An extension module reached from an entry point needs a shared library (directly or through another library) that the image's dynamic loader does not find where it looks (RPATH, LD_LIBRARY_PATH, RUNPATH, /etc/ld.so.cache, the system folders), so importing it raises ImportError: cannot open shared object file.",
    help: "Install the system package that provides the library in the image (for example libgl1 for libGL.so.1 on Debian), or use a wheel or base image that carries it."
  },
  "wrong-architecture": {
    name: "WrongArchitecture",
    short: "Extension module built for another machine.",
    full: "An extension module reached from an entry point, or a library it needs, is built for another CPU architecture or ELF class than the image's Python, so the loader cannot load it and the import raises ImportError.",
    help: "Install the wheel built for the image's platform (pip install in the image, or --platform matching the image when downloading wheels), or build the image for the architecture its binaries are built for."
  },
  "libc-mismatch": {
    name: "LibcMismatch",
    short: "Extension module that needs a newer or another C library than the image's.",
    full: "An extension module reached from an entry point, or a library it needs, needs a symbol version (GLIBC_2.34, GLIBCXX_3.4.30) the image's libraries do not define, or was built against another C library (a manylinux glibc wheel on a musl image), so the import raises ImportError.",
    help: "Use a base image whose C library is at least the version the wheel needs, or a wheel built for the image's C library (musllinux for Alpine, an older manylinux tag)."
  }
};
var RULE_IDS = Object.keys(RULES);
function helpUri(home, id) {
  return `${home}#${id}`;
}
function rule(id, home) {
  const text = RULES[id];
  return {
    id,
    name: text.name,
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    help: { text: text.help },
    ...home === void 0 ? {} : { helpUri: helpUri(home, id) },
    // A blind entry point or an unchecked file is never an error: the scan saw nothing there, which breaks nothing.
    defaultConfiguration: { level: id === "blind-entry" || id === "not-checked" ? "warning" : "error" }
  };
}
function encodePath(segments) {
  return segments.map((segment) => encodeURIComponent(segment.toWellFormed())).join("/");
}
function repoArtifact(repoPath) {
  const segments = repoPath.replaceAll("\\", "/").split("/");
  while (segments[0] === "." || segments[0] === "") segments.shift();
  return { uri: encodePath(segments), uriBaseId: SRCROOT };
}
function physicalLocation(location) {
  const physical = { artifactLocation: repoArtifact(location.repoPath) };
  if (location.line >= 1) {
    physical.region = location.column >= 1 ? { startLine: location.line, startColumn: location.column } : { startLine: location.line };
  }
  return physical;
}
function hopLocation(hop, id) {
  return {
    ...id === void 0 ? {} : { id },
    physicalLocation: physicalLocation(hop),
    logicalLocations: [{ fullyQualifiedName: hop.importer, kind: "module" }],
    message: { text: `imports ${hop.module}` }
  };
}
function fingerprintKey(finding) {
  const { location } = finding;
  const [uriBaseId, uri] = location.repoPath !== void 0 ? [SRCROOT, repoArtifact(location.repoPath).uri] : ["IMAGEROOT", encodePath(location.imagePath.replace(/^\/+/, "").split("/"))];
  return JSON.stringify([finding.kind, finding.module, finding.name ?? null, uriBaseId, uri, location.line]);
}
function toResult(finding, occurrence, commandAt) {
  const { location } = finding;
  const onCommand = location.repoPath === void 0;
  const where2 = repositoryPlace(finding, commandAt);
  const result = {
    ruleId: finding.kind,
    ruleIndex: RULE_IDS.indexOf(finding.kind),
    level: LEVELS[finding.severity],
    message: { text: where2.inImage ? `${withStop(messageText(finding))} ${where2.inImage}` : messageText(finding) },
    locations: [{ physicalLocation: physicalLocation(where2) }],
    partialFingerprints: { [FINGERPRINT_KEY]: `${createHash5("sha256").update(fingerprintKey(finding)).digest("hex")}:${occurrence}` }
  };
  const gap = omittedAt(finding) ?? finding.chain.length;
  const hops = finding.chain.flatMap((hop, index) => hop.repoPath === void 0 ? [] : [{ hop, order: index + 1 + (index < gap ? 0 : finding.chainOmitted) }]);
  if (hops.length > 0) {
    const notes = [
      ...finding.chainOmitted ? [`${plural(finding.chainOmitted, "hop")} in the middle left out`] : [],
      ...hops.length < finding.chain.length ? [`${plural(finding.chain.length - hops.length, "hop")} in image files outside the repository left out`] : []
    ];
    result.codeFlows = [
      {
        message: { text: `Import chain from ${finding.chain[0].importer}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}.` },
        threadFlows: [{ locations: hops.map(({ hop, order: order2 }) => ({ location: hopLocation(hop), module: hop.importer, executionOrder: order2 })) }]
      }
    ];
    result.relatedLocations = hops.map(({ hop }, index) => hopLocation(hop, index + 1));
  }
  if (finding.causeAt) {
    const { repoPath, line, message } = finding.causeAt;
    const cause = { id: hops.length + 1, physicalLocation: physicalLocation({ repoPath, line, column: 1 }), message: { text: message } };
    result.relatedLocations = [...result.relatedLocations ?? [], cause];
  }
  result.properties = {
    severity: finding.severity,
    origin: finding.origin,
    module: finding.module,
    ...finding.name === void 0 ? {} : { name: finding.name },
    ...finding.guard === void 0 ? {} : { guard: finding.guard },
    ...finding.inCheckout === void 0 ? {} : { inCheckout: finding.inCheckout },
    ...finding.severityReason === void 0 ? {} : { severityReason: finding.severityReason },
    ...onCommand ? { imagePath: location.imagePath, ...location.line >= 1 && { imageLine: location.line } } : {},
    ...finding.boot === void 0 ? {} : { boot: finding.boot },
    ...finding.platforms === void 0 ? {} : { platforms: finding.platforms }
  };
  return result;
}
function bootSummary(boot) {
  return Object.fromEntries(Object.entries(boot).filter(([key]) => key !== "logs"));
}
var LEFT_OUT_TEXT = {
  unreported: (count) => `${plural(count, "finding")} not reported (imported only for type checkers, in dead branches, below an import hook, ignored, or accepted by an inline ignore or the baseline) ${count === 1 ? "is" : "are"} left out, so that code scanning shows none of them as an alert; the JSON report holds them.`,
  unmapped: (count) => `${plural(count, "finding")} in image files that no repository file maps to ${count === 1 ? "is" : "are"} left out, as the checkout has no Dockerfile with a CMD or ENTRYPOINT line to show ${count === 1 ? "it" : "them"} on (give the checkout, or the dockerfile input); the JSON report holds them.`
};
function toSarif(report2, tool, options = {}) {
  const seen = /* @__PURE__ */ new Map();
  const leftOut = { unreported: 0, unmapped: 0 };
  const results = [];
  for (const finding of report2.findings) {
    if (finding.unreported !== void 0) leftOut.unreported++;
    else if (finding.location.repoPath === void 0 && !report2.commandAt) leftOut.unmapped++;
    else {
      const key = fingerprintKey(finding);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      results.push(toResult(finding, occurrence, report2.commandAt));
    }
  }
  const notes = Object.keys(leftOut).filter((why) => leftOut[why] > 0);
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "import-guard",
            version: tool.version,
            ...tool.informationUri === void 0 ? {} : { informationUri: tool.informationUri },
            rules: RULE_IDS.map((id) => rule(id, tool.informationUri))
          }
        },
        ...notes.length > 0 && {
          invocations: [{ executionSuccessful: true, toolExecutionNotifications: notes.map((why) => ({ descriptor: { id: `left-out-${why}` }, level: "note", message: { text: LEFT_OUT_TEXT[why](leftOut[why]) } })) }]
        },
        originalUriBaseIds: {
          // The checkout's place is not known here; consumers supply it.
          [SRCROOT]: { description: { text: "The root of the repository." } }
        },
        ...options.automationId === void 0 ? {} : { automationDetails: { id: options.automationId } },
        // The scanner counts columns in UTF-16 code units (JavaScript string offsets).
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          result: report2.result,
          failOn: report2.failOn,
          image: report2.image,
          python: report2.python,
          stats: report2.stats,
          ...report2.boot && { boot: bootSummary(report2.boot) },
          ...report2.platforms && { platforms: report2.platforms.map(({ platform, label: label2, result, counts }) => ({ platform, label: label2, result, counts })) },
          ...notes.length > 0 && { leftOut: Object.fromEntries(notes.map((why) => [why, leftOut[why]])) }
        }
      }
    ]
  };
}

// src/report/text.ts
var COLORS = { error: "31", warning: "33", notice: "36", bold: "1", dim: "2", green: "32" };
function painter(color) {
  return (style, text) => color ? `\x1B[${COLORS[style]}m${text}\x1B[0m` : text;
}
function findingLines(finding, paint) {
  const where2 = finding.location.line > 0 ? `${displayPath(finding.location)}:${finding.location.line}:${finding.location.column}` : finding.location.imagePath;
  const lines = [`${paint(finding.severity, finding.severity.padEnd(7))} ${paint("bold", where2)}  ${findingTitle(finding)}`, `        ${finding.message}`];
  lines.push(`        origin: ${finding.origin}${finding.cause ? `; cause: ${finding.cause}` : ""}`);
  if (finding.guard) lines.push(`        guard: ${finding.guard}`);
  if (finding.severityReason) lines.push(`        ${finding.severityReason}`);
  if (finding.boot) lines.push(`        ${bootText(finding.boot, finding.message)}`);
  if (finding.chain.length > 0) {
    lines.push(`        chain: ${finding.chain[0].importer}`);
    const gap = omittedAt(finding);
    for (const [index, hop] of finding.chain.entries()) {
      if (index === gap) lines.push(paint("dim", `          ... ${plural(finding.chainOmitted, "more hop")}`));
      lines.push(paint("dim", `          -> ${displayPath(hop)}:${hop.line} imports ${hop.module}`));
    }
  }
  return lines;
}
function visible(value) {
  if (typeof value === "string") return oneLine(value);
  if (Array.isArray(value)) return value.map(visible);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === "logs" ? item : visible(item)]));
  return value;
}
function formatScanText(scanned, color = false) {
  const report2 = visible(scanned);
  const paint = painter(color);
  const counts = reportCounts(report2);
  const verdict = report2.result === "fail" ? paint("error", "FAIL") : paint("green", "PASS");
  const lines = [
    `${paint("bold", "import-guard")} ${verdict}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")} (fails on ${report2.failOn})`,
    ...report2.platforms ? report2.platforms.map((verdict2) => `${verdict2.platform.padEnd(16)} ${verdict2.result === "fail" ? paint("error", "FAIL") : paint("green", "PASS")}: ${plural(verdict2.counts.error, "error")}, ${plural(verdict2.counts.warning, "warning")}, ${plural(verdict2.counts.notice, "notice")}; Python ${verdict2.python.version}, ${plural(verdict2.stats.files, "file")}${verdict2.boot ? `; ${bootLine(verdict2.boot)}` : ""}`) : [`image ${report2.image.label} (${report2.image.location}), Python ${report2.python.version} ${report2.python.executable}`],
    ...report2.platformsNotChecked ? [paint("warning", `warning: not checked: ${report2.platformsNotChecked.join(", ")} (the image holds only their index entries: a partial export)`)] : [],
    ...report2.python.newer ? [paint("warning", `warning: ${report2.python.newer}`)] : [],
    `entry points: ${report2.entryPoints.map((entry) => `${entry.module} (${entry.how})`).join(", ")}`,
    ""
  ];
  for (const finding of report2.findings.filter(isReported)) lines.push(...findingLines(finding, paint), "");
  if (report2.boot) {
    const platform = bootedPlatform(report2);
    lines.push(`${platform ? `${platform}: ` : ""}${bootLine(report2.boot)}`);
    if ("ok" in report2.boot && !report2.boot.ok) {
      const tail = logTail(report2.boot.logs, 20);
      if (tail.omitted > 0) lines.push(paint("dim", `  ... ${tail.omitted} earlier log lines`));
      lines.push(...tail.lines.map((line) => paint("dim", `  | ${showControls(line)}`)));
    }
    lines.push("");
  }
  const { stats } = report2;
  lines.push(`${plural(stats.files, "file")} scanned, ${plural(stats.modules, "module")} reached, ${stats.unparsed} unparsed, ${stats.seconds.toFixed(2)} s${counts.unreported > 0 ? `; ${plural(counts.unreported, "import")} not reported (type-checking only, dead branches, ignored or accepted by the baseline; --format json lists them)` : ""}`);
  const accepted = baselineText(report2);
  if (accepted) lines.push(accepted);
  if (stats.coverage) lines.push(`${coverageText(stats.coverage)}.`);
  return neutralizeWorkflowCommands(lines.join("\n")) + "\n";
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatWorkflowCommands(annotations) {
  return annotations.map((annotation) => {
    const properties = [
      ...annotation.file ? [`file=${escapeProperty(annotation.file)}`] : [],
      ...annotation.line ? [`line=${annotation.line}`] : [],
      ...annotation.column ? [`col=${annotation.column}`] : [],
      `title=${escapeProperty(annotation.title)}`
    ];
    return `::${annotation.level} ${properties.join(",")}::${escapeData(annotation.message)}
`;
  }).join("");
}

// src/version.ts
var TOOL_VERSION = "0.1.0";
var TOOL_HOME = "https://github.com/import-guard/import-guard";

// src/cli.ts
var USAGE = `Usage:
  import-guard scan SOURCE [--repo DIR] [--entrypoint ENTRY ...] [--format text|json|sarif|github|gitlab|junit] [--output FILE] [--fail-on LEVEL]
  import-guard inspect SOURCE [--format text|json] [--output FILE]

Commands:
  scan SOURCE      Walk the image's imports from its entry points and report what will fail.
  inspect SOURCE   Show what the guard sees in an image: configuration, layers, Python, sys.path, entry points.

SOURCE is ${SOURCE_FORMS}.

With --repo, settings are also read from the checkout's .import-guard.toml, else from the
[tool.import-guard] table of its pyproject.toml; options given here win over the file.

Options of scan:
  --repo DIR             The checkout the image was built from: findings point at its files.
  --entrypoint ENTRY     A module (pkg.app, pkg.app:app) or script path to start from; repeatable.
                         Replaces the entry points derived from the image's command, unless one is "auto".
  --entrypoints-file F   Entry points, one per line.
  --python-path DIR      A folder in the image to put in front of sys.path, as PYTHONPATH would; repeatable.
  --ignore GLOB          Module glob not to report when missing (yaml, boto3.*, tests.**); repeatable.
  --path-map IMAGE=REPO  An image folder and the repository folder it holds (/srv=.); repeatable.
  --context DIR          The build context, relative to --repo (default: its root); its .dockerignore explains missing modules.
  --dockerfile FILE      The Dockerfile, relative to --repo (default: DIR/Dockerfile).
  --target STAGE         The stage docker build --target built (default: the last).
  --baseline FILE        A baseline of accepted findings, relative to --repo: they are not reported, new ones are.
  --write-baseline FILE  Write every reported finding to FILE as the baseline, and report them as accepted.
  --format F             text (default), json, sarif, github (workflow commands), gitlab (a GitLab Code
                         Quality report), or junit (JUnit XML: a test case per entry point and per finding).
  --output FILE          Write the --format report to FILE, and the text report to the terminal.
  --fail-on LEVEL        error (default), warning, notice, or never: the exit status is 1 at this level.
  --boot MODE            auto (default: import for a docker: image of this machine's architecture,
                         else none), import, serve, or none.
                         import: the image's interpreter imports each entry module in a container with no network.
                         serve: the image's own command runs until --health-path answers or its HEALTHCHECK is healthy.
  --env NAME=VALUE       A variable for the booted container (NAME alone passes this process's value); repeatable.
  --boot-env-file FILE   Variables for the booted container, one NAME=VALUE per line. Values are masked in all output.
  --port PORT            serve: the container port to publish on 127.0.0.1 (default: the image's EXPOSE).
  --health-path PATH     serve: a path that answers 2xx when the service is up, /health.
  --boot-timeout SECS    How long the boot may take (default 60).
  --boot-memory LIMIT    The booted container's memory limit (default 512m).
Common options:
  --platform P           Pick this platform from a multi-platform image (default linux/amd64);
                         scan --platform all checks every platform, each with its own verdict.
  --docker-read HOW      For docker: sources: container (default) reads what a container of the image
                         sees, from docker container export; save reads the image's own export
                         (docker image save), slower on Docker's classic image store.
  --image-config FILE    For dir: sources, the image configuration (config blob or docker inspect output).
  --registry-username U  For registry: sources, the user to pull as; the password is read from the
                         IMPORT_GUARD_REGISTRY_PASSWORD variable (default: docker login's credentials).
  --registry-ca FILE     For registry: sources, a PEM file of CA certificates to trust (or NODE_EXTRA_CA_CERTS).
  --registry-insecure    For registry: sources, allow plain HTTP to a registry that is not on localhost.
  --no-native            Do not check the shared libraries extension modules load (the native input, false).
  --json                 The same as --format json.
  --quiet                No progress on stderr.
  -h, --help             Show this help.
  -V, --version          Print the version.

Exit status: 0 passed, 1 findings at the --fail-on level, 2 a usage or input problem (or a boot that
could not run), 3 an internal error.
`;
var FORMATS = ["text", "json", "sarif", "github", "gitlab", "junit"];
var INSPECT_FORMATS = ["text", "json"];
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
function closestOption(given2) {
  const name = given2.replace(/^-+/, "").split("=")[0];
  if (name === "") return void 0;
  const names = Object.keys(CLI_OPTIONS);
  const begun = names.filter((option) => option.startsWith(name));
  if (begun.length > 0 && begun.length <= 3) return begun.map((option) => `--${option}`).join(" or ");
  const ranked = names.map((option) => ({ option, distance: editDistance(name, option) })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best.distance <= Math.min(2, Math.floor(name.length / 3)) && ranked[1].distance > best.distance ? `--${best.option}` : void 0;
}
var SEE_HELP = "Run import-guard --help for the commands and options.\n";
function parseProblem(error) {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    const meant2 = closestOption(unknown);
    return `import-guard: unknown option ${unknown}${meant2 ? ` (did you mean ${meant2}?)` : ""}
${SEE_HELP}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message)?.[1];
  if (missing) return `import-guard: ${missing} needs a value
${SEE_HELP}`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(error.message)?.[1];
  if (noValue) return `import-guard: ${noValue} takes no value
${SEE_HELP}`;
  return `import-guard: ${error.message}
${SEE_HELP}`;
}
function report(format, result, color) {
  switch (format) {
    case "json":
      return neutralizeJsonCommands(JSON.stringify(toJsonReport(result), null, 2)) + "\n";
    case "sarif":
      return neutralizeJsonCommands(JSON.stringify(toSarif(result, { version: TOOL_VERSION, informationUri: TOOL_HOME }), null, 2)) + "\n";
    case "github":
      return formatWorkflowCommands(planAnnotations(result.findings).annotations);
    case "gitlab":
      return neutralizeJsonCommands(JSON.stringify(toCodeQuality(result), null, 2)) + "\n";
    case "junit":
      return toJunit(result);
    default:
      return formatScanText(result, color);
  }
}
async function entryLines(values) {
  const lines = [...values.entrypoint ?? []];
  const file = values["entrypoints-file"];
  if (file) {
    try {
      lines.push(...(await readFile5(file, "utf8")).split("\n"));
    } catch (error) {
      throw new ConfigurationError(`cannot read --entrypoints-file ${file}: ${error.message}`);
    }
  }
  return lines;
}
async function outputFileProblem(file) {
  if (await isDirectory(file)) return "is a folder; give the path of a file to write the report to";
  const folder = path17.dirname(path17.resolve(file));
  if (!await isDirectory(folder)) return `no folder ${folder} to write it in`;
  return void 0;
}
async function writeOutput(file, format, text, logger2) {
  try {
    await writeFile2(file, text);
  } catch (error) {
    throw new ConfigurationError(`cannot write --output ${file}: ${error.message}`);
  }
  logger2.info(`wrote the ${format} report to ${path17.resolve(file)}`);
}
var CLI_OPTIONS = {
  "json": { type: "boolean", default: false },
  "platform": { type: "string" },
  "docker-read": { type: "string" },
  "image-config": { type: "string" },
  "repo": { type: "string" },
  "entrypoint": { type: "string", multiple: true },
  "entrypoints-file": { type: "string" },
  "python-path": { type: "string", multiple: true },
  "ignore": { type: "string", multiple: true },
  "path-map": { type: "string", multiple: true },
  "context": { type: "string" },
  "dockerfile": { type: "string" },
  "target": { type: "string" },
  "baseline": { type: "string" },
  "write-baseline": { type: "string" },
  "format": { type: "string" },
  "output": { type: "string" },
  "fail-on": { type: "string" },
  "boot": { type: "string" },
  "env": { type: "string", multiple: true },
  "boot-env-file": { type: "string" },
  "port": { type: "string" },
  "health-path": { type: "string" },
  "boot-timeout": { type: "string" },
  "boot-memory": { type: "string" },
  "registry-username": { type: "string" },
  "registry-ca": { type: "string" },
  "registry-insecure": { type: "boolean", default: false },
  "no-native": { type: "boolean", default: false },
  "quiet": { type: "boolean", default: false },
  "help": { type: "boolean", short: "h", default: false },
  "version": { type: "boolean", short: "V", default: false }
};
var NODE_OWN_OPTIONS = /^--env-file(-if-exists)?(=|$)/;
async function runCli(argv, out, err) {
  const nodeOption = argv.find((arg) => NODE_OWN_OPTIONS.test(arg));
  if (nodeOption !== void 0) {
    err.write(`import-guard: ${nodeOption.split("=")[0]} is an option of Node itself, which read it before import-guard started (never give it a file you do not trust); variables for the booted container are given with --boot-env-file FILE
`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: CLI_OPTIONS
    });
  } catch (error) {
    err.write(parseProblem(error));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    out.write(`import-guard ${TOOL_VERSION}
`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? out : err).write(USAGE);
    return values.help ? 0 : 2;
  }
  const [command, ...rest] = positionals;
  if (command !== "inspect" && command !== "scan") {
    err.write(`import-guard: unknown command ${JSON.stringify(command)}

${USAGE}`);
    return 2;
  }
  if (rest.length !== 1) {
    err.write(`import-guard: ${command} takes one SOURCE, got ${rest.length}

${USAGE}`);
    return 2;
  }
  if (values.json && values.format !== void 0 && values.format !== "json") {
    err.write(`import-guard: --json and --format ${values.format} ask for two formats; give one
`);
    return 2;
  }
  const format = values.json ? "json" : values.format ?? "text";
  const formats = command === "inspect" ? INSPECT_FORMATS : FORMATS;
  if (!formats.includes(format)) {
    const why = FORMATS.includes(format) ? `inspect prints ${INSPECT_FORMATS.join(" or ")}` : `expected one of ${formats.join(", ")}`;
    err.write(`import-guard: --format is ${JSON.stringify(format)}; ${why}
`);
    return 2;
  }
  const output = values.output;
  const outputProblem = output === void 0 ? void 0 : await outputFileProblem(output);
  if (outputProblem !== void 0) {
    err.write(`import-guard: --output ${terminalText(output)}: ${outputProblem}
`);
    return 2;
  }
  const repository = values.repo;
  if (repository !== void 0 && !await isDirectory(repository)) {
    err.write(`import-guard: --repo ${repository}: ${await isFile(repository) ? "is a file, not a folder" : "no such folder"}; give the folder of the checkout the image was built from
`);
    return 2;
  }
  const logger2 = {
    info: (message) => values.quiet || err.write(`${terminalText(message)}
`),
    warn: (message) => err.write(`warning: ${terminalText(message)}
`),
    debug: () => {
    }
  };
  try {
    const { settings } = loadSettings({
      image: rest[0],
      platform: values.platform,
      dockerRead: values["docker-read"],
      imageConfig: values["image-config"],
      entrypoints: await entryLines(values),
      pythonPath: values["python-path"],
      ignore: values.ignore,
      pathMap: values["path-map"],
      failOn: values["fail-on"],
      repository: values.repo,
      context: values.context,
      dockerfile: values.dockerfile,
      target: values.target,
      baseline: values.baseline,
      boot: values.boot ?? (command === "inspect" ? "none" : void 0),
      env: values.env,
      envFile: values["boot-env-file"] ? { name: values["boot-env-file"], lines: await readEnvFile(values["boot-env-file"]) } : void 0,
      port: values.port,
      healthPath: values["health-path"],
      bootTimeout: values["boot-timeout"],
      bootMemory: values["boot-memory"],
      registryUsername: values["registry-username"],
      // From the environment, not a flag: a flag's value is visible to every user of the machine.
      registryPassword: values["registry-username"] !== void 0 ? process.env.IMPORT_GUARD_REGISTRY_PASSWORD : void 0,
      registryCa: values["registry-ca"],
      registryInsecure: values["registry-insecure"],
      ...values["no-native"] && { native: false }
    }, logger2);
    if (command === "inspect") {
      const inspected = await inspectImage(settings, logger2);
      const inspectReport = (as) => as === "json" ? neutralizeJsonCommands(JSON.stringify(inspected, null, 2)) + "\n" : formatInspectText(inspected);
      if (output !== void 0) await writeOutput(output, format, inspectReport(format), logger2);
      out.write(inspectReport(output === void 0 ? format : "text"));
      return 0;
    }
    removeBootContainersOnSignal(logger2);
    const baselineFile = values["write-baseline"];
    if (baselineFile !== void 0 && !settings.repository) throw new ConfigurationError("--write-baseline writes a baseline of the checkout's files, so it needs the checkout too (--repo DIR)");
    if (baselineFile !== void 0) delete settings.baseline;
    let result = await scanImage(settings, logger2);
    if (baselineFile !== void 0) {
      try {
        await writeFile2(baselineFile, formatBaseline(result));
      } catch (error) {
        throw new ConfigurationError(`cannot write --write-baseline ${baselineFile}: ${error.message}`);
      }
      result = applyBaseline(result, result.findings.flatMap((finding) => baselineEntry(finding)?.fingerprint ?? []), baselineFile);
      logger2.info(`wrote ${result.baseline.accepted} finding${result.baseline.accepted === 1 ? "" : "s"} to the baseline ${baselineFile}`);
    }
    const color = out.isTTY === true && !process.env.NO_COLOR;
    if (output !== void 0) await writeOutput(output, format, report(format, result, false), logger2);
    out.write(report(output === void 0 ? format : "text", result, color));
    if (result.boot && "error" in result.boot) {
      err.write(`import-guard: could not boot the image: ${terminalText(result.boot.error)}
`);
      return 2;
    }
    return result.result === "fail" ? 1 : 0;
  } catch (error) {
    if (isUserError(error)) {
      err.write(`import-guard: ${terminalText(error.message)}
`);
      return 2;
    }
    err.write(`import-guard: internal error, please report it: ${terminalText(error.stack ?? String(error))}
`);
    return 3;
  }
}

// src/cli-run.ts
process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
