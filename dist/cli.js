#!/usr/bin/env node
import { createRequire as __importGuardCreateRequire } from 'node:module';
const require = __importGuardCreateRequire(import.meta.url);

// src/runtime-tuning.ts
import v8 from "node:v8";
v8.setFlagsFromString("--battery-saver-mode");

// src/cli.ts
import { readFile as readFile3 } from "node:fs/promises";
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
  return [...new Set(Object.values(env).filter((value) => value.length >= MASKED_LENGTH))].sort((a2, b) => b.length - a2.length);
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

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl = (file, name) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions, ...rawExtraArguments) => {
  if (rawExtraArguments.length > 0) {
    throw new TypeError("Execa accepts at most three arguments: file, arguments, options.");
  }
  if (rawOptions !== void 0 && isPlainObject(rawArguments)) {
    throw new TypeError("Execa accepts at most one options object. Please merge the second and third arguments.");
  }
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options = {}] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, { __proto__: null, ...options }];
};

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments, shell) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = shell ? escapeControlCharacters(command) : fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w\-./]+$/;

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder2 = new StringDecoder(encoding);
  const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder2.write(uint8Array));
  const finalString = decoder2.end();
  return finalString === "" ? strings : [...strings, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0]) ? uint8ArraysOrStrings[0] : concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperties(ErrorClass.prototype, {
    name: {
      value,
      writable: true,
      enumerable: false,
      configurable: true
    },
    [execaErrorSymbol]: {
      value: true,
      writable: false,
      enumerable: false,
      configurable: false
    }
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => value instanceof Error || Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/utils/type-name.js
var getTypeName = (value) => value === null ? "null" : typeof value;

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  let isSeparated = false;
  for (const [index, template] of templates.entries()) {
    ({ tokens, isSeparated } = parseTemplate({
      templates,
      expressions,
      tokens,
      isSeparated,
      index,
      template
    }));
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, isSeparated, index, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
  const newTokens = concatTokens(tokens, nextTokens, isSeparated || leadingWhitespaces);
  const isTemplateSeparated = trailingWhitespaces || nextTokens.length === 0 && isSeparated;
  if (index === expressions.length) {
    return { tokens: newTokens, isSeparated: isTemplateSeparated };
  }
  const expression = expressions[index];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return {
    tokens: concatTokens(newTokens, expressionTokens, isTemplateSeparated),
    isSeparated: expressionTokens.length === 0 && isTemplateSeparated
  };
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (template.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  let isLeadingWhitespaces = false;
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateIndex === 0) {
        isLeadingWhitespaces = true;
      }
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        const closingBraceIndex = rawTemplate.indexOf("}", rawIndex + 3);
        if (isAstralEscape(rawTemplate.slice(rawIndex + 3, closingBraceIndex))) {
          templateIndex += 1;
        }
        rawIndex = closingBraceIndex;
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const isTrailingWhitespaces = templateStart === template.length;
  if (!isTrailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces: isLeadingWhitespaces, trailingWhitespaces: isTrailingWhitespaces };
};
var isAstralEscape = (codePointHex) => Number.parseInt(codePointHex, 16) > ASTRAL_START;
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = getTypeName(expression);
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if ((isPlainObject(expression) || isExecaError(expression)) && (Object.hasOwn(expression, "stdout") || Object.hasOwn(expression, "isMaxBuffer"))) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = (result) => {
  const stdout = Object.hasOwn(result, "stdout") ? result.stdout : void 0;
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${getTypeName(stdout)}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;
var allStreamSymbol = /* @__PURE__ */ Symbol("execa.allStream");
var setAllStream = (stream) => Object.assign(stream, { [allStreamSymbol]: true });
var isAllStream = (stream) => stream?.[allStreamSymbol] === true;

// node_modules/execa/lib/utils/options.js
var copyOptions = (options = {}) => {
  if (options === null) {
    throw new TypeError("The options must be an object, not `null`.");
  }
  return { __proto__: null, ...options };
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { __proto__: null, ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const stdioLength = getStdioLength(options);
  const optionBaseArray = Array.from({ length: stdioLength + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName, stdioLength);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName, stdioLength) => {
  if (isPlainObject(optionValue)) {
    return normalizeOptionObject(optionValue, optionArray, optionName, stdioLength);
  }
  validateFdSpecificValue(optionValue, optionName);
  return optionArray.fill(optionValue);
};
var normalizeOptionObject = (optionValue, optionArray, optionName, stdioLength) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    validateFdSpecificValue(optionValue[fdName], optionName, `${optionName}.${fdName}`);
    for (const fdNumber of parseFdName(fdName, optionName, stdioLength)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, stdioLength) => {
  if (fdName === "ipc") {
    return [stdioLength];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber !== "all" && fdNumber >= stdioLength) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult.groups.fdNumber);
  }
};
var FD_REGEXP = /^fd(?<fdNumber>\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var BOOLEAN_FD_SPECIFIC_OPTIONS = /* @__PURE__ */ new Set(["lines", "buffer", "stripFinalNewline"]);
var validateFdSpecificValue = (optionValue, optionName, fullOptionName = optionName) => {
  if (BOOLEAN_FD_SPECIFIC_OPTIONS.has(optionName)) {
    checkBooleanOption(optionValue, fullOptionName);
  } else if (optionName === "maxBuffer" && optionValue !== void 0 && (typeof optionValue !== "number" || Number.isNaN(optionValue))) {
    throw new TypeError(`The \`${fullOptionName}\` option must use a number.`);
  }
};
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";

// node_modules/execa/lib/verbose/default.js
import process4 from "node:process";

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "\u2588",
  squareDarkShade: "\u2593",
  squareMediumShade: "\u2592",
  squareLightShade: "\u2591",
  squareTop: "\u2580",
  squareBottom: "\u2584",
  squareLeft: "\u258C",
  squareRight: "\u2590",
  squareCenter: "\u25A0",
  bullet: "\u25CF",
  dot: "\u2024",
  ellipsis: "\u2026",
  pointerSmall: "\u203A",
  triangleUp: "\u25B2",
  triangleUpSmall: "\u25B4",
  triangleDown: "\u25BC",
  triangleDownSmall: "\u25BE",
  triangleLeftSmall: "\u25C2",
  triangleRightSmall: "\u25B8",
  home: "\u2302",
  heart: "\u2665",
  musicNote: "\u266A",
  musicNoteBeamed: "\u266B",
  arrowUp: "\u2191",
  arrowDown: "\u2193",
  arrowLeft: "\u2190",
  arrowRight: "\u2192",
  arrowLeftRight: "\u2194",
  arrowUpDown: "\u2195",
  almostEqual: "\u2248",
  notEqual: "\u2260",
  lessOrEqual: "\u2264",
  greaterOrEqual: "\u2265",
  identical: "\u2261",
  infinity: "\u221E",
  subscriptZero: "\u2080",
  subscriptOne: "\u2081",
  subscriptTwo: "\u2082",
  subscriptThree: "\u2083",
  subscriptFour: "\u2084",
  subscriptFive: "\u2085",
  subscriptSix: "\u2086",
  subscriptSeven: "\u2087",
  subscriptEight: "\u2088",
  subscriptNine: "\u2089",
  oneHalf: "\xBD",
  oneThird: "\u2153",
  oneQuarter: "\xBC",
  oneFifth: "\u2155",
  oneSixth: "\u2159",
  oneEighth: "\u215B",
  twoThirds: "\u2154",
  twoFifths: "\u2156",
  threeQuarters: "\xBE",
  threeFifths: "\u2157",
  threeEighths: "\u215C",
  fourFifths: "\u2158",
  fiveSixths: "\u215A",
  fiveEighths: "\u215D",
  sevenEighths: "\u215E",
  line: "\u2500",
  lineBold: "\u2501",
  lineDouble: "\u2550",
  lineDashed0: "\u2504",
  lineDashed1: "\u2505",
  lineDashed2: "\u2508",
  lineDashed3: "\u2509",
  lineDashed4: "\u254C",
  lineDashed5: "\u254D",
  lineDashed6: "\u2574",
  lineDashed7: "\u2576",
  lineDashed8: "\u2578",
  lineDashed9: "\u257A",
  lineDashed10: "\u257C",
  lineDashed11: "\u257E",
  lineDashed12: "\u2212",
  lineDashed13: "\u2013",
  lineDashed14: "\u2010",
  lineDashed15: "\u2043",
  lineVertical: "\u2502",
  lineVerticalBold: "\u2503",
  lineVerticalDouble: "\u2551",
  lineVerticalDashed0: "\u2506",
  lineVerticalDashed1: "\u2507",
  lineVerticalDashed2: "\u250A",
  lineVerticalDashed3: "\u250B",
  lineVerticalDashed4: "\u254E",
  lineVerticalDashed5: "\u254F",
  lineVerticalDashed6: "\u2575",
  lineVerticalDashed7: "\u2577",
  lineVerticalDashed8: "\u2579",
  lineVerticalDashed9: "\u257B",
  lineVerticalDashed10: "\u257D",
  lineVerticalDashed11: "\u257F",
  lineDownLeft: "\u2510",
  lineDownLeftArc: "\u256E",
  lineDownBoldLeftBold: "\u2513",
  lineDownBoldLeft: "\u2512",
  lineDownLeftBold: "\u2511",
  lineDownDoubleLeftDouble: "\u2557",
  lineDownDoubleLeft: "\u2556",
  lineDownLeftDouble: "\u2555",
  lineDownRight: "\u250C",
  lineDownRightArc: "\u256D",
  lineDownBoldRightBold: "\u250F",
  lineDownBoldRight: "\u250E",
  lineDownRightBold: "\u250D",
  lineDownDoubleRightDouble: "\u2554",
  lineDownDoubleRight: "\u2553",
  lineDownRightDouble: "\u2552",
  lineUpLeft: "\u2518",
  lineUpLeftArc: "\u256F",
  lineUpBoldLeftBold: "\u251B",
  lineUpBoldLeft: "\u251A",
  lineUpLeftBold: "\u2519",
  lineUpDoubleLeftDouble: "\u255D",
  lineUpDoubleLeft: "\u255C",
  lineUpLeftDouble: "\u255B",
  lineUpRight: "\u2514",
  lineUpRightArc: "\u2570",
  lineUpBoldRightBold: "\u2517",
  lineUpBoldRight: "\u2516",
  lineUpRightBold: "\u2515",
  lineUpDoubleRightDouble: "\u255A",
  lineUpDoubleRight: "\u2559",
  lineUpRightDouble: "\u2558",
  lineUpDownLeft: "\u2524",
  lineUpBoldDownBoldLeftBold: "\u252B",
  lineUpBoldDownBoldLeft: "\u2528",
  lineUpDownLeftBold: "\u2525",
  lineUpBoldDownLeftBold: "\u2529",
  lineUpDownBoldLeftBold: "\u252A",
  lineUpDownBoldLeft: "\u2527",
  lineUpBoldDownLeft: "\u2526",
  lineUpDoubleDownDoubleLeftDouble: "\u2563",
  lineUpDoubleDownDoubleLeft: "\u2562",
  lineUpDownLeftDouble: "\u2561",
  lineUpDownRight: "\u251C",
  lineUpBoldDownBoldRightBold: "\u2523",
  lineUpBoldDownBoldRight: "\u2520",
  lineUpDownRightBold: "\u251D",
  lineUpBoldDownRightBold: "\u2521",
  lineUpDownBoldRightBold: "\u2522",
  lineUpDownBoldRight: "\u251F",
  lineUpBoldDownRight: "\u251E",
  lineUpDoubleDownDoubleRightDouble: "\u2560",
  lineUpDoubleDownDoubleRight: "\u255F",
  lineUpDownRightDouble: "\u255E",
  lineDownLeftRight: "\u252C",
  lineDownBoldLeftBoldRightBold: "\u2533",
  lineDownLeftBoldRightBold: "\u252F",
  lineDownBoldLeftRight: "\u2530",
  lineDownBoldLeftBoldRight: "\u2531",
  lineDownBoldLeftRightBold: "\u2532",
  lineDownLeftRightBold: "\u252E",
  lineDownLeftBoldRight: "\u252D",
  lineDownDoubleLeftDoubleRightDouble: "\u2566",
  lineDownDoubleLeftRight: "\u2565",
  lineDownLeftDoubleRightDouble: "\u2564",
  lineUpLeftRight: "\u2534",
  lineUpBoldLeftBoldRightBold: "\u253B",
  lineUpLeftBoldRightBold: "\u2537",
  lineUpBoldLeftRight: "\u2538",
  lineUpBoldLeftBoldRight: "\u2539",
  lineUpBoldLeftRightBold: "\u253A",
  lineUpLeftRightBold: "\u2536",
  lineUpLeftBoldRight: "\u2535",
  lineUpDoubleLeftDoubleRightDouble: "\u2569",
  lineUpDoubleLeftRight: "\u2568",
  lineUpLeftDoubleRightDouble: "\u2567",
  lineUpDownLeftRight: "\u253C",
  lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
  lineUpDownBoldLeftBoldRightBold: "\u2548",
  lineUpBoldDownLeftBoldRightBold: "\u2547",
  lineUpBoldDownBoldLeftRightBold: "\u254A",
  lineUpBoldDownBoldLeftBoldRight: "\u2549",
  lineUpBoldDownLeftRight: "\u2540",
  lineUpDownBoldLeftRight: "\u2541",
  lineUpDownLeftBoldRight: "\u253D",
  lineUpDownLeftRightBold: "\u253E",
  lineUpBoldDownBoldLeftRight: "\u2542",
  lineUpDownLeftBoldRightBold: "\u253F",
  lineUpBoldDownLeftBoldRight: "\u2543",
  lineUpBoldDownLeftRightBold: "\u2544",
  lineUpDownBoldLeftBoldRight: "\u2545",
  lineUpDownBoldLeftRightBold: "\u2546",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
  lineUpDoubleDownDoubleLeftRight: "\u256B",
  lineUpDownLeftDoubleRightDouble: "\u256A",
  lineCross: "\u2573",
  lineBackslash: "\u2572",
  lineSlash: "\u2571"
};
var specialMainSymbols = {
  tick: "\u2714",
  info: "\u2139",
  warning: "\u26A0",
  cross: "\u2718",
  squareSmall: "\u25FB",
  squareSmallFilled: "\u25FC",
  circle: "\u25EF",
  circleFilled: "\u25C9",
  circleDotted: "\u25CC",
  circleDouble: "\u25CE",
  circleCircle: "\u24DE",
  circleCross: "\u24E7",
  circlePipe: "\u24BE",
  radioOn: "\u25C9",
  radioOff: "\u25EF",
  checkboxOn: "\u2612",
  checkboxOff: "\u2610",
  checkboxCircleOn: "\u24E7",
  checkboxCircleOff: "\u24BE",
  pointer: "\u276F",
  triangleUpOutline: "\u25B3",
  triangleLeft: "\u25C0",
  triangleRight: "\u25B6",
  lozenge: "\u25C6",
  lozengeOutline: "\u25C7",
  hamburger: "\u2630",
  smiley: "\u32E1",
  mustache: "\u0DF4",
  star: "\u2605",
  play: "\u25B6",
  nodejs: "\u2B22",
  oneSeventh: "\u2150",
  oneNinth: "\u2151",
  oneTenth: "\u2152"
};
var specialFallbackSymbols = {
  tick: "\u221A",
  info: "i",
  warning: "\u203C",
  cross: "\xD7",
  squareSmall: "\u25A1",
  squareSmallFilled: "\u25A0",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(\u25CB)",
  circleCross: "(\xD7)",
  circlePipe: "(\u2502)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[\xD7]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(\xD7)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "\u2206",
  triangleLeft: "\u25C4",
  triangleRight: "\u25BA",
  lozenge: "\u2666",
  lozengeOutline: "\u25CA",
  hamburger: "\u2261",
  smiley: "\u263A",
  mustache: "\u250C\u2500\u2510",
  star: "\u2736",
  play: "\u25BA",
  nodejs: "\u2666",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open3, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open3}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var hasColors2 = process4.env.FORCE_COLOR !== void 0 || process4.stderr.isTTY === true;
var identity = (string) => string;
var getColor = (color) => hasColors2 ? color : identity;
var gray2 = getColor(gray);
var bold2 = getColor(bold);
var redBright2 = getColor(redBright);
var yellowBright2 = getColor(yellowBright);
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray2(`[${timestampString}]`)} ${gray2(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field2, padding) => String(field2).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var COLORS = {
  command: () => bold2,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright2 : yellowBright2,
  duration: () => gray2
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({ type, result, verboseInfo }) => {
  const { escapedCommand, commandId, rawOptions } = verboseInfo;
  const { piped = false, ...options } = rawOptions;
  return {
    type,
    escapedCommand,
    commandId: `${commandId}`,
    timestamp: /* @__PURE__ */ new Date(),
    piped,
    result,
    options
  };
};
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect(message);
  return escapeLines(messageString);
};

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments, rawOptions.shell && !rawOptions.node);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { __proto__: null, ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
import path7 from "node:path";
import process9 from "node:process";

// node_modules/npm-run-path/index.js
import process5 from "node:process";
import path2 from "node:path";

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath2(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process5.cwd(),
  path: pathOption = process5.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process5.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path2.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path2.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path2.delimiter ? `${result.join(path2.delimiter)}${pathOption}` : [...result, pathOption].join(path2.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path2.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path2.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process5.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout3 } from "node:timers/promises";

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name]: constantSignal }
  } = constants;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name, { name, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name }) => constants2.signals[name] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants3.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants3.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout2 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0) {
    validateDelay(timeout, "timeout");
  }
};
var validateDelay = (delay, optionName) => {
  if (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY) {
    throw new TypeError(`Expected the \`${optionName}\` option to be a non-negative integer up to ${MAX_DELAY}, got \`${delay}\` (${getTypeName(delay)})`);
  }
};
var MAX_DELAY = 2 ** 31 - 1;
var throwOnTimeout = (kill, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(kill, timeout, context, controller)];
var killAfterTimeout = async (kill, timeout, context, { signal }) => {
  await setTimeout2(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  validateDelay(forceKillAfterDelay, "forceKillAfterDelay");
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await setTimeout3(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal });
  }
};
var validateAbortSignal = (signal, optionName) => {
  if (signal !== void 0 && Object.prototype.toString.call(signal) !== "[object AbortSignal]") {
    throw new TypeError(`The \`${optionName}\` option must be an AbortSignal: ${String(signal)}.`);
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  validateAbortSignal(cancelSignal, "cancelSignal");
};
var validateRenamedSignalOption = ({ signal }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
};
var throwOnCancel = ({ kill, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(kill, cancelSignal, context, controller)];
var terminateOnCancel = async (kill, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
import { inspect as inspect2 } from "node:util";
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `gracefulCancel` option to `true`.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${serializeInvalidMessage(message)}.`, { cause: error });
  }
};
var serializeInvalidMessage = (message) => {
  try {
    return String(message);
  } catch {
    return inspect2(message);
  }
};
var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve, reject) => {
    Object.assign(methods, { resolve, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Infinity) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (!isSubprocess) {
    return;
  }
  removeReferenceCount(channel);
  removeReferenceCount(channel);
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (!isSubprocess) {
    return;
  }
  addReferenceCount(channel);
  addReferenceCount(channel);
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage, anyProcess) || isSubprocess && handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, incomingMessages[0]);
    await scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  if (isSubprocess) {
    abortOnDisconnect();
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await once2(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new EventEmitter();
  ipcEmitter.setMaxListeners(0);
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== void 0 && anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count = 0;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (!isStrictRequest(wrappedMessage) || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].deferred.resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (!isStrictRequest(wrappedMessage)) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  if (!anyProcess.connected) {
    return message;
  }
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    if (error.cause?.code !== "EPIPE") {
      ipcEmitter.emit("strict:error", error);
    }
  }
  return message;
};
var handleStrictResponse = (wrappedMessage, anyProcess) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  const strictResponse = STRICT_RESPONSES[id];
  if (strictResponse?.anyProcess === anyProcess) {
    strictResponse.deferred.resolve({ isDeadlock: false, hasListeners });
  }
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = { deferred, anyProcess };
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = { __proto__: null };
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";
var isStrictRequest = (wrappedMessage) => wrappedMessage?.type === REQUEST_TYPE && Number.isInteger(wrappedMessage.id) && typeof wrappedMessage.hasListeners === "boolean";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var IPC_SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var setIpcSubprocessOptions = (subprocess, options) => {
  IPC_SUBPROCESS_OPTIONS.set(subprocess, options);
};
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => getOptions(anyProcess) !== void 0 && !getFdSpecificValue(getOptions(anyProcess).buffer, "ipc") ? 1 : 0;
var getOptions = (anyProcess) => IPC_SUBPROCESS_OPTIONS.get(anyProcess);

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, options) => {
  const { strict = false } = copyOptions(options);
  checkBooleanOption(strict, "strict");
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message,
      strict
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message, strict = false }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      // Only messages sent with the `strict` option wait for an acknowledgment response
      strict ? waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess) : void 0,
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (isCancelListening) {
    return;
  }
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  isCancelListening = true;
  if (!anyProcess.connected) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await scheduler2.yield();
};
var isCancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  kill,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  kill,
  cancelSignal,
  forceKillAfterDelay,
  context,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, kill, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill,
    forceKillAfterDelay,
    context,
    controllerSignal: signal
  });
  context.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path3 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { __proto__: null, ...options, node: true } };
};
var getDefaultNodeOptions = () => {
  const nodeOptions = [];
  for (let index = 0; index < execArgv.length; index += 1) {
    const nodeOption = execArgv[index];
    if (REMOVED_OPTIONS_WITH_VALUE.has(nodeOption)) {
      if (!execArgv[index + 1]?.startsWith("-")) {
        index += 1;
      }
    } else if (!IGNORED_OPTIONS_REGEXP.test(nodeOption)) {
      nodeOptions.push(nodeOption);
    }
  }
  return nodeOptions;
};
var REMOVED_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["-e", "--eval", "-p", "--print", "-pe", "--input-type", "--inspect-port"]);
var IGNORED_OPTIONS_REGEXP = /^--(?:inspect|eval=|print=|input-type=)/;
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = execPath,
  nodeOptions = getDefaultNodeOptions(),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  if (!Array.isArray(nodeOptions) || nodeOptions.some((nodeOption) => typeof nodeOption !== "string")) {
    throw new TypeError('The "nodeOptions" option must be an array of strings.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = path3.resolve(cwd, normalizedNodePath);
  const newOptions = {
    __proto__: null,
    shell: false,
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (path3.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [
      ...nodeOptions,
      file,
      ...commandArguments
    ],
    {
      __proto__: null,
      ...newOptions,
      // Like other options, `undefined` uses the default value
      ipc: newOptions.ipc === void 0 ? true : newOptions.ipc,
      shell: false
    }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization]?.(ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    if (JSON.stringify(ipcInput) === void 0) {
      throw new TypeError("The value cannot be represented as JSON.");
    }
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  __proto__: null,
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput, ipc) => {
  if (ipcInput === void 0) {
    return;
  }
  await sendMessage({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc
  }, ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = TEXT_ENCODINGS.union(BINARY_ENCODINGS);
var getStringEncoding = (binary, encoding) => binary || !TEXT_ENCODINGS.has(encoding) ? "utf8" : encoding;
var getInputEncoding = (encoding) => TEXT_ENCODINGS.has(encoding) ? "utf8" : encoding;
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  __proto__: null,
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/command-file.js
import { openSync, readSync, closeSync } from "node:fs";
import { Buffer as Buffer2 } from "node:buffer";
import path5 from "node:path";
import process7 from "node:process";

// node_modules/which-command/index.js
import fs from "node:fs";
import path4 from "node:path";
import process6 from "node:process";
var isWindows = process6.platform === "win32";
var separatorPattern = isWindows ? new RegExp("[\\/\\\\]", "v") : new RegExp("\\/", "v");
var defaultPathExt = ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC";
function resolveOptions(command, options) {
  if (typeof command !== "string" || command.length === 0) {
    throw new TypeError("Expected a non-empty string.");
  }
  const {
    cwd = process6.cwd(),
    // On Windows, `process.env.PATH` can be undefined in some contexts (for example, worker threads), where it's only exposed as `Path`.
    path: searchPath = process6.env.PATH ?? (isWindows ? process6.env.Path : void 0) ?? "",
    // `||` (not `??`) so an empty `PATHEXT` falls back to the default instead of disabling all lookup on Windows.
    pathExt = process6.env.PATHEXT || defaultPathExt
  } = options;
  return { cwd, searchPath, pathExt };
}
function windowsExtensions(command, pathExt) {
  const extensions = pathExt.split(path4.delimiter).filter(Boolean);
  const commandExtension = path4.extname(command).toLowerCase();
  if (commandExtension !== "" && extensions.some((extension) => extension.toLowerCase() === commandExtension)) {
    return ["", ...extensions];
  }
  return extensions;
}
function* candidatePaths(command, { cwd, searchPath, pathExt }) {
  const extensions = isWindows ? windowsExtensions(command, pathExt) : [""];
  if (separatorPattern.test(command)) {
    const base = path4.resolve(cwd, command);
    for (const extension of extensions) {
      yield base + extension;
    }
    return;
  }
  const directories = [
    // Windows searches the current directory before `PATH`.
    ...isWindows ? [cwd] : [],
    ...searchPath.split(path4.delimiter)
  ];
  for (const directory of directories) {
    const unquoted = isWindows && directory.length > 1 && directory.startsWith('"') && directory.endsWith('"') ? directory.slice(1, -1) : directory;
    if (unquoted === "") {
      continue;
    }
    const base = path4.resolve(cwd, unquoted, command);
    for (const extension of extensions) {
      yield base + extension;
    }
  }
}
function isExecutableSync(filePath) {
  let stats;
  try {
    stats = fs.statSync(filePath);
  } catch (error) {
    return isWindows && error.code === "EACCES";
  }
  if (!stats.isFile()) {
    return false;
  }
  if (isWindows) {
    return true;
  }
  try {
    fs.accessSync(filePath, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function whichCommandSync(command, options = {}) {
  const resolved = resolveOptions(command, options);
  for (const candidate of candidatePaths(command, resolved)) {
    if (isExecutableSync(candidate)) {
      return candidate;
    }
  }
  return void 0;
}

// node_modules/execa/lib/arguments/command-file.js
var parseCommandFile = (file, commandArguments, options) => {
  const parsed = { file, commandArguments: [...commandArguments], options };
  return options.shell || process7.platform !== "win32" ? parsed : escapeWindowsCommand(parsed);
};
var directlyExecutableRegExp = /\.(?:com|exe)$/i;
var escapeWindowsCommand = (parsed) => {
  const resolvedFile = resolveWithShebang(parsed);
  if (resolvedFile !== void 0 && directlyExecutableRegExp.test(resolvedFile)) {
    if (parsed.options.argv0 === void 0) {
      parsed.options.argv0 = parsed.file;
    }
    parsed.file = resolvedFile;
    return parsed;
  }
  for (const value of [parsed.file, ...parsed.commandArguments]) {
    assertNoLineBreak(value);
  }
  const escapedFile = escapeMetaChars(path5.normalize(resolvedFile ?? parsed.file));
  const escapedArguments = parsed.commandArguments.map((argument) => escapeArgument(argument));
  const commandLine2 = `"${[escapedFile, ...escapedArguments].join(" ")}"`;
  parsed.options.windowsVerbatimArguments = true;
  return {
    file: process7.env.comspec || "cmd.exe",
    // `/e:on` enables the command extensions the `%` escaping relies on, and `/v:off` disables delayed expansion so `!` is literal, even when the registry changes either default
    commandArguments: ["/d", "/e:on", "/v:off", "/s", "/c", commandLine2],
    options: parsed.options
  };
};
var resolveWithShebang = (parsed) => {
  const resolvedFile = resolvePath(parsed);
  const interpreter = resolvedFile !== void 0 && readShebang(resolvedFile);
  if (!interpreter) {
    return resolvedFile;
  }
  parsed.commandArguments.unshift(resolvedFile);
  parsed.file = interpreter;
  return resolvePath(parsed);
};
var resolvePath = (parsed) => {
  const environment = parsed.options.env || process7.env;
  const cwd = parsed.options.cwd ?? process7.cwd();
  const environmentPathExt = getWindowsEnvironmentValue(environment, "PATHEXT");
  const commandExtension = path5.extname(parsed.file);
  const pathExt = commandExtension === "" ? environmentPathExt : `${commandExtension}${path5.delimiter}${environmentPathExt ?? ""}`;
  if (hasWindowsPathSeparator(parsed.file)) {
    return whichCommandSync(path5.resolve(cwd, parsed.file), { cwd, pathExt });
  }
  const searchPath = getWindowsEnvironmentValue(environment, "PATH") ?? getWindowsEnvironmentValue(process7.env, "PATH") ?? "";
  const resolveOptions2 = {
    cwd,
    path: searchPath,
    pathExt
  };
  return shouldSearchCurrentDirectory(environment) ? whichCommandSync(parsed.file, resolveOptions2) : resolvePathDirectories(parsed.file, resolveOptions2);
};
var hasWindowsPathSeparator = (file) => file.includes("/") || file.includes("\\") || file.includes(":");
var shouldSearchCurrentDirectory = (environment) => getWindowsEnvironmentValue(process7.env, "NODEFAULTCURRENTDIRECTORYINEXEPATH") === void 0 && getWindowsEnvironmentValue(environment, "NODEFAULTCURRENTDIRECTORYINEXEPATH") === void 0;
var resolvePathDirectories = (file, { cwd, path: searchPath, pathExt }) => {
  for (const directory of searchPath.split(path5.delimiter)) {
    const unquotedDirectory = directory.length > 1 && directory.startsWith('"') && directory.endsWith('"') ? directory.slice(1, -1) : directory;
    if (unquotedDirectory === "") {
      continue;
    }
    const resolvedFile = whichCommandSync(path5.resolve(cwd, unquotedDirectory, file), { cwd, pathExt });
    if (resolvedFile !== void 0) {
      return resolvedFile;
    }
  }
};
var getWindowsEnvironmentValue = (environment, name) => {
  const environmentKey = Object.keys(environment).sort().find((key) => key.toUpperCase() === name);
  return environmentKey === void 0 ? void 0 : environment[environmentKey];
};
var SHEBANG_BYTE_LENGTH = 150;
var readShebang = (file) => {
  const buffer = Buffer2.alloc(SHEBANG_BYTE_LENGTH);
  let bytesRead = 0;
  try {
    const fileDescriptor = openSync(file, "r");
    try {
      bytesRead = readSync(fileDescriptor, buffer, 0, SHEBANG_BYTE_LENGTH, 0);
    } finally {
      closeSync(fileDescriptor);
    }
  } catch {
    return void 0;
  }
  return parseShebang(buffer.toString("utf8", 0, bytesRead));
};
var shebangRegExp = /^#!(?<line>.*)/;
var parseShebang = (contents) => {
  const shebangLine = contents.match(shebangRegExp)?.groups.line.trim();
  if (!shebangLine) {
    return void 0;
  }
  const [interpreterPath, argument] = shebangLine.split(" ", 2);
  const interpreter = interpreterPath.split("/").at(-1);
  if (interpreter === "env") {
    return argument;
  }
  return argument ? `${interpreter} ${argument}` : interpreter;
};
var lineBreakRegExp = /[\n\r]/;
var assertNoLineBreak = (value) => {
  if (lineBreakRegExp.test(value)) {
    throw new TypeError(`The command and its arguments cannot contain a line break on Windows without a shell.
This would allow a command injection with \`cmd.exe\`.
Invalid value: ${JSON.stringify(`${value}`)}`);
  }
};
var metaCharsRegExp = /[()\][%!^"`<>&|;, *?]/g;
var escapeMetaChars = (value) => value.replaceAll(metaCharsRegExp, "^$&");
var backslashRunRegExp = /\\+/g;
var quotedCharacterRegExp = new RegExp("[^\\w#$*+\\-./:?@\\\\\\u{80}-\\u{10FFFF}]|\\p{Control}", "u");
var escapeArgument = (rawArgument) => {
  const argument = `${rawArgument}`;
  if (!shouldQuoteArgument(argument)) {
    return argument;
  }
  const escapedArgument = argument.replaceAll(backslashRunRegExp, (backslashes, offset, string) => {
    const nextCharacter = string[offset + backslashes.length];
    const isPrecedesDoubleQuote = nextCharacter === '"' || nextCharacter === void 0;
    return isPrecedesDoubleQuote ? backslashes.repeat(2) : backslashes;
  }).replaceAll('"', '""').replaceAll("%", "%%cd:~,%");
  return `"${escapedArgument}"`;
};
var shouldQuoteArgument = (argument) => argument === "" || argument.endsWith("\\") || quotedCharacterRegExp.test(argument);

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path6 from "node:path";
import process8 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path6.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process8.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var getCurrentCwd = () => {
  try {
    return process8.cwd();
  } catch {
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getCurrentCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = statSync(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  return cwdStat.isDirectory() ? originalMessage : `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
};

// node_modules/execa/lib/arguments/options.js
var cmdExeRegExp = /^cmd(?:\.exe)?$/i;
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  const sanitizedOptions = { __proto__: null, ...rawOptions };
  sanitizedOptions.cwd = normalizeCwd(sanitizedOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, sanitizedOptions);
  const fdOptions = normalizeFdSpecificOptions(processedOptions);
  const options = addDefaultOptions(fdOptions);
  validateBooleanOptions(options);
  validateEnv(options);
  options.env = getEnv(options);
  const { file, commandArguments } = parseCommandFile(processedFile, processedArguments, options);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateRenamedSignalOption(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (process9.platform === "win32" && cmdExeRegExp.test(path7.basename(file))) {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var BOOLEAN_OPTIONS = [
  "extendEnv",
  "preferLocal",
  "reject",
  "cleanup",
  "killDescendants",
  "all",
  "gracefulCancel",
  "ipc",
  "node"
];
var validateBooleanOptions = (options) => {
  for (const optionName of BOOLEAN_OPTIONS) {
    checkBooleanOption(options[optionName], optionName);
  }
};
var validateEnv = ({ env }) => {
  if (env !== void 0 && (typeof env !== "object" || env === null || Array.isArray(env))) {
    throw new TypeError(`The \`env\` option must be an object: ${String(env)}.`);
  }
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  killDescendants = false,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  __proto__: null,
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  killDescendants,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = (options) => ({ __proto__: null, ...computeEnv(options) });
var computeEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = { __proto__: null, ...extendEnv && process9.env, ...envOption };
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/resolve/all-sync.js
import { Buffer as Buffer3 } from "node:buffer";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] !== "\n") {
      continue;
    }
    let line = chunk.slice(start + 1, preserveNewlines ? end + 1 : end);
    if (previousChunks.length > 0) {
      line = concatString(previousChunks, line);
      previousChunks = "";
    }
    yield preserveNewlines ? line : stripCarriageReturn(line, state);
    start = end;
  }
  if (start !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start + 1));
  }
  state.previousChunks = previousChunks;
};
var stripCarriageReturn = (line, state) => {
  state.isWindowsNewline = line.endsWith("\r");
  return state.isWindowsNewline ? line.slice(0, -1) : line;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state, encoding }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state, getStringEncoding(binary, encoding)) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, stringEncoding, chunk) {
  const { unixNewline, windowsNewline, concat } = typeof chunk === "string" ? linesStringInfo : LINES_BYTES_INFO[stringEncoding];
  if (endsWithNewline(chunk, unixNewline)) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concat(chunk, newline);
};
var endsWithNewline = (chunk, unixNewline) => typeof chunk === "string" ? chunk.endsWith(unixNewline) : chunk.length >= unixNewline.length && chunk.subarray(-unixNewline.length).every((byte, index) => byte === unixNewline[index]);
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  concat: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var LINES_BYTES_INFO = {
  __proto__: null,
  utf8: {
    windowsNewline: new Uint8Array([13, 10]),
    unixNewline: new Uint8Array([10]),
    concat: concatUint8Array
  },
  utf16le: {
    windowsNewline: new Uint8Array([13, 0, 10, 0]),
    unixNewline: new Uint8Array([10, 0]),
    concat: concatUint8Array
  }
};

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber, allFds) => value !== void 0 && !Array.isArray(value) && getStripFinalNewline(stripFinalNewline2, fdNumber, allFds) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber, allFds) => fdNumber === "all" ? allFds.some((allFd) => stripFinalNewline2[allFd]) : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/resolve/all-sync.js
var getAllSyncFds = ([, stdout, stderr]) => [
  ...stdout === void 0 ? [] : [1],
  ...stderr === void 0 ? [] : [2]
];
var getAllSync = ([, stdout, stderr], allFds, options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return splitAllLines(stderr, allFds, options);
  }
  if (stderr === void 0) {
    return splitAllLines(stdout, allFds, options);
  }
  if (hasLines(options)) {
    return [splitAllLines(stdout, allFds, options), splitAllLines(stderr, allFds, options)].flat();
  }
  if (Array.isArray(stdout) || Array.isArray(stderr)) {
    return [stdout, stderr].filter((value) => value.length > 0).flat();
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return BASE64_ENCODINGS.has(options.encoding) ? concatBase64(stdout, stderr, options.encoding) : `${stdout}${stderr}`;
};
var concatBase64 = (stdout, stderr, encoding) => Buffer3.concat([Buffer3.from(stdout, encoding), Buffer3.from(stderr, encoding)]).toString(encoding);
var BASE64_ENCODINGS = /* @__PURE__ */ new Set(["base64", "base64url"]);
var hasLines = ({ lines }) => Boolean(lines[1] || lines[2]);
var splitAllLines = (value, allFds, options) => value === void 0 || Array.isArray(value) || !hasLines(options) ? value : splitLinesSync(value, !getStripFinalNewline(options.stripFinalNewline, "all", allFds), false);

// node_modules/execa/lib/return/message.js
import { inspect as inspect3 } from "node:util";

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r7) {
  return this[n].return(r7);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r7 = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r7
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines) {
    return "lines";
  }
  return encoding === "buffer" ? "bytes" : "characters";
};
var checkIpcMaxBuffer = (ipcOutput, maxBuffer) => {
  if (ipcOutput.length + 1 <= maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit, threshold = getFdSpecificValue(maxBuffer, fdNumber) } } = error;
  delete error.maxBufferInfo;
  return fdNumber === "ipc" ? { streamName: "IPC output", threshold, unit: "messages" } : { streamName: getStreamName(fdNumber), threshold, unit };
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer === 0 ? Number.MIN_VALUE : stdoutMaxBuffer;
var handleMaxBufferSync = ({ resultError, output, maxBuffer, buffer }) => {
  const fdNumber = findMaxBufferSync(output, maxBuffer, buffer);
  if (fdNumber === void 0) {
    return { resultError, isMaxBuffer: resultError?.code === "ENOBUFS" };
  }
  const threshold = getMaxBufferValueSync(maxBuffer, fdNumber);
  const error = resultError ?? Object.assign(new MaxBufferError(), { code: "ENOBUFS" });
  error.maxBufferInfo = { fdNumber, unit: "bytes", threshold };
  return { resultError: error, isMaxBuffer: true };
};
var findMaxBufferSync = (output, maxBuffer, buffer) => {
  if (output === null) {
    return;
  }
  const fdNumber = output.findIndex((result, index) => result !== null && buffer[index] && result.length > getMaxBufferValueSync(maxBuffer, index));
  return fdNumber === -1 ? void 0 : fdNumber;
};
var getMaxBufferValueSync = (maxBuffer, fdNumber) => Math.min(maxBuffer[1], maxBuffer[fdNumber]);
var truncateMaxBufferSync = (result, fdNumber, { maxBuffer, buffer }) => {
  const maxBufferValue = getMaxBufferValueSync(maxBuffer, fdNumber);
  return buffer[fdNumber] && result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode = getErrorCode(originalError);
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode,
    signal,
    signalDescription,
    exitCode,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorCode = (error) => typeof error?.code === "string" ? error.code : void 0;
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode,
  signal,
  signalDescription,
  exitCode,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode !== void 0) {
    return `Command failed with ${errorCode}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  return exitCode === void 0 ? "Command failed" : `Command failed with exit code ${exitCode}`;
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage ?? "" : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect3(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.filter((messageItem) => isTextItem(messageItem)).map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).join("\n") : serializeMessageItem(messagePart);
var isTextItem = (messageItem) => typeof messageItem === "string" || isUint8Array(messageItem);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  return isUint8Array(messageItem) ? uint8ArrayToString(messageItem) : "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync,
  stdio = Array.from({ length: fileDescriptors.length }),
  all
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio,
  all,
  ipcOutput: [],
  options,
  isSync
});
var getEarlyErrorOutput = (fileDescriptors, options) => {
  const stdio = fileDescriptors.map((fileDescriptor, fdNumber) => getEmptyOutput(fileDescriptor, fdNumber, options));
  return { stdio, all: getAllSync(stdio, getAllSyncFds(stdio), options) };
};
var getEmptyOutput = ({ direction, objectMode }, fdNumber, { stdio, buffer, lines, encoding }) => {
  if (direction === "input" || !PIPED_STDIO.has(stdio[fdNumber]) || !buffer[fdNumber]) {
    return;
  }
  if (objectMode || lines[fdNumber]) {
    return [];
  }
  return encoding === "buffer" ? new Uint8Array() : "";
};
var PIPED_STDIO = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  code: getErrorCode(error.cause),
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds2 = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds2, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds2 = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds2, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (reject && result.failed) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync2 } from "node:fs";

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  return isTransformOptions(value) ? getTransformObjectType(value, optionName) : "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  return isTransformStream(value.transform) ? getTransformStreamType(value, optionName) : getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isStdioValueObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => STDIO_VALUE_KEYS.has(key)) && "value" in value;
var STDIO_VALUE_KEYS = /* @__PURE__ */ new Set(["value", "input"]);
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index, stdioItem] of Object.entries(transforms)) {
    newTransforms[index] = normalizeTransform({
      stdioItem,
      index: Number(index),
      newTransforms,
      optionName,
      direction,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index,
      newTransforms,
      direction
    });
  }
  return normalizeGenerator({
    stdioItem,
    index,
    newTransforms,
    direction,
    encoding
  });
};
var normalizeDuplex = ({ stdioItem, optionName }) => {
  const { value } = stdioItem;
  const { transform } = value;
  const { writableObjectMode, readableObjectMode } = transform;
  const { objectMode = readableObjectMode } = value;
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process10 from "node:process";
var getStreamDirection = ({ stdioItems, isStdioArray, fdNumber, optionName }) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber, isStdioArray));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = (stdioItem, fdNumber, isStdioArray) => {
  const knownDirection = KNOWN_DIRECTIONS[fdNumber];
  const direction = getRequestedDirection(stdioItem);
  if (knownDirection === void 0) {
    return direction;
  }
  validateKnownDirection(stdioItem, knownDirection, isStdioArray);
  return knownDirection;
};
var getRequestedDirection = ({ type, value, direction, optionName }) => {
  const guessedDirection = guessStreamDirection[type](value);
  if (direction === "input" && guessedDirection === "output") {
    throw new TypeError(`The \`${optionName}\` option is invalid: \`input: true\` cannot be used with a writable value, which is always an output.`);
  }
  return direction ?? guessedDirection;
};
var validateKnownDirection = ({ type, value, optionName }, knownDirection, isStdioArray) => {
  if (!STREAM_TYPES.has(type) || !isStdioArray && getStandardStreamDirection(value) !== void 0) {
    return;
  }
  const guessedDirection = guessStreamDirection[type](value);
  if (guessedDirection === void 0 || guessedDirection === knownDirection) {
    return;
  }
  const valueName = guessedDirection === "input" ? "readable" : "writable";
  throw new TypeError(`The \`${optionName}\` option is invalid: a ${valueName} value is always an ${guessedDirection}, but \`${optionName}\` is an ${knownDirection}.`);
};
var STREAM_TYPES = /* @__PURE__ */ new Set(["native", "nodeStream", "webStream"]);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  string: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, process10.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process10.stdout, process10.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = (options, verboseInfo, isSync) => {
  const { stdio, ipc, buffer } = options;
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  validateIpcStdioOption(stdioArray);
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var validateIpcStdioOption = (stdioArray) => {
  if (stdioArray.some((stdioOption) => hasIpcStdioOption(stdioOption))) {
    throw new Error("The `ipc: true` option must be used instead of `stdio: 'ipc'`.");
  }
};
var hasIpcStdioOption = (stdioOption) => Array.isArray(stdioOption) ? stdioOption.some((item) => hasIpcStdioItem(item)) : hasIpcStdioItem(stdioOption);
var hasIpcStdioItem = (stdioOption) => isStdioValueObject(stdioOption) ? stdioOption.value === "ipc" : stdioOption === "ipc";
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${getTypeName(stdio)}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_2, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && isStandardOutputFd(fdNumber) && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption, fdNumber) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption, fdNumber) => isOutputPipe(stdioOption, fdNumber) || Array.isArray(stdioOption) && stdioOption.length > 0 && stdioOption.every((item) => isOutputPipe(item, fdNumber));
var isOutputPipe = (stdioOption, fdNumber) => stdioOption === "pipe" || isOutputPipeObject(stdioOption, fdNumber);
var isOutputPipeObject = (stdioOption, fdNumber) => isStdioValueObject(stdioOption) && stdioOption.value === "pipe" && (stdioOption.input === void 0 || stdioOption.input === false || isFixedOutputPipe(fdNumber, stdioOption.input));
var isFixedOutputPipe = (fdNumber, input) => input === true && isStandardOutputFd(fdNumber);
var isStandardOutputFd = (fdNumber) => fdNumber === 1 || fdNumber === 2;

// node_modules/execa/lib/stdio/native.js
import { readFileSync } from "node:fs";
import tty2 from "node:tty";

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source2, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source2);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source2.all : source2.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (!isWritable && fileDescriptor.direction === "input") {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (isWritable && fileDescriptor.direction !== "input") {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.
If you meant to use it as input, please set its "stdio" option to \`{value: 'pipe', input: true}\`.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  return usedDescriptor === 2 && stderr !== void 0 ? { optionName: "stderr", optionValue: stderr } : { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/stdio/native.js
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (tty2.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", contents: () => [bufferToUint8Array(readFileSync(targetFdNumber))], optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  return isStream(value, { checkOpen: false }) ? { type: "nodeStream", value, optionName } : stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
import path8 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var isFileType = (type) => SPECIAL_DUPLICATE_TYPES_SYNC.has(type);
var getFileTarget = ({ type, value }) => type === "filePath" ? path8.resolve(value.file) : fileURLToPath3(value);
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => !hasSameValueAndDirection(stdioItemOne, stdioItemTwo) || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var hasSameValueAndDirection = (stdioItemOne, stdioItemTwo) => stdioItemOne.value === stdioItemTwo.value && stdioItemOne.direction === stdioItemTwo.direction;
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(
  ({ direction, stdioItems }) => stdioItems.map((stdioItem) => ({ ...stdioItem, direction }))
).filter((stdioItem) => isSameDuplicateType(stdioItem.type, type));
var isSameDuplicateType = (otherType, type) => otherType === type || isFileType(otherType) && isFileType(type);
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, type, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" || type === "webStream" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = (otherStdioItem, type, value) => isFileType(otherStdioItem.type) ? getFileTarget(otherStdioItem) === getFileTarget({ type, value }) : otherStdioItem.value === value;
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction = getStreamDirection({
    stdioItems: initialStdioItems,
    isStdioArray,
    fdNumber,
    optionName
  });
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const inputStdioItems = handleInputOptions(options, fdNumber);
  const initialStdioItems = [
    ...omitInheritedStdin(values.map((value) => initializeStdioItem(value, optionName)), inputStdioItems),
    ...inputStdioItems
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems, isStdioArray);
  return { stdioItems, isStdioArray };
};
var omitInheritedStdin = (stdioItems, inputStdioItems) => inputStdioItems.length > 0 && isInheritedStdinOnly(stdioItems) ? [] : stdioItems;
var isInheritedStdinOnly = (stdioItems) => stdioItems.length === 1 && stdioItems[0].type === "native" && stdioItems[0].value === "inherit";
var initializeStdioItem = (value, optionName) => {
  if (isStdioValueObject(value)) {
    return initializeStdioValueObject(value, optionName);
  }
  return {
    type: getStdioItemType(value, optionName),
    value,
    optionName
  };
};
var initializeStdioValueObject = ({ value, input }, optionName) => {
  checkBooleanOption(input, `${optionName}.input`);
  return {
    type: getStdioItemType(value, optionName),
    value,
    direction: input ? "input" : void 0,
    optionName
  };
};
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore"]);
var validateStreams = (stdioItems, isStdioArray) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
    validateFileDescriptorStdio(stdioItem);
    validateNativeStdio(stdioItem, isStdioArray);
  }
};
var validateFileDescriptorStdio = ({ type, value, optionName }) => {
  if (type !== "native") {
    return;
  }
  const fileDescriptor = typeof value === "number" ? value : value?.fd;
  if (typeof fileDescriptor === "number" && (!Number.isInteger(fileDescriptor) || fileDescriptor < 0 || fileDescriptor > MAX_FILE_DESCRIPTOR)) {
    throw new TypeError(`The \`${optionName}\` option must be a non-negative 32-bit integer: got ${fileDescriptor}.`);
  }
};
var MAX_FILE_DESCRIPTOR = 2 ** 31 - 1;
var validateNativeStdio = ({ type, value, optionName }, isStdioArray) => {
  if (type !== "native") {
    return;
  }
  if (isFileHandle(value)) {
    if (isStdioArray) {
      throw new TypeError(`The \`${optionName}\` option cannot combine file handles with other values.`);
    }
    return;
  }
  if (typeof value !== "string" && typeof value !== "number" && !isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}\` option is invalid: ${String(value)} (${typeof value}).`);
  }
};
var isFileHandle = (value) => typeof value?.fd === "number" && !isStream(value, { checkOpen: false });
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      addFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      });
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var addFinalFileDescriptor = ({ fileDescriptor, fileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const { direction, objectMode, stdioItems } = fileDescriptor;
  const finalFileDescriptor = { direction, objectMode, stdioItems: [] };
  fileDescriptors.push(finalFileDescriptor);
  for (const stdioItem of stdioItems) {
    finalFileDescriptor.stdioItems.push(addStreamProperties({
      stdioItem,
      addProperties: addProperties3,
      direction,
      objectMode,
      options,
      fileDescriptors,
      isSync
    }));
  }
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, objectMode, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction][stdioItem.type](stdioItem, options, objectMode)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stream } of fileDescriptors.flatMap(({ stdioItems }) => stdioItems)) {
    if (stream === void 0 || isStandardStream(stream)) {
      continue;
    }
    stream.on("error", () => {
    });
    stream.destroy();
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var forbiddenNativeInputIfSync = (stdioItem) => {
  const { optionName, value } = stdioItem;
  if (value === "pipe" && optionName !== "stdin") {
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be an input pipe with synchronous methods.`);
  }
  return forbiddenNativeIfSync(stdioItem);
};
var forbiddenInputTransformIfSync = ({ optionName }) => {
  if (optionName !== "stdin") {
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be an input transform with synchronous methods.`);
  }
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    generator: forbiddenInputTransformIfSync,
    native: forbiddenNativeInputIfSync,
    // Files and iterables are read lazily, so that a file which cannot be read, or an iterable which throws, is reported like any other early error, instead of being thrown as a raw error
    fileUrl: ({ value }) => ({ contents: () => [bufferToUint8Array(readFileSync2(value))] }),
    filePath: ({ value: { file } }) => ({ contents: () => [bufferToUint8Array(readFileSync2(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: () => [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    // `contents` is already set when reading from a file descriptor
    uint8Array: ({ value, contents = [value] }) => ({ contents })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";
import { Buffer as Buffer6 } from "node:buffer";

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer4 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer4.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer5 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new StringDecoder2(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer5.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};
var getStringToBytesGenerator = (binary, encoding, skipped) => skipped || encoding === "utf8" ? void 0 : { transform: stringToBytesGenerator.bind(void 0, getStringEncoding(binary, encoding)) };
var stringToBytesGenerator = function* (stringEncoding, chunk) {
  yield typeof chunk === "string" ? bufferToUint8Array(Buffer5.from(chunk, stringEncoding)) : chunk;
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks2, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks2(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(normalizeTransformError(error));
  }
};
var normalizeTransformError = (error) => error || Object.assign(new Error("Promise was rejected with falsy value"), {
  code: "ERR_FALSY_VALUE_REJECTION",
  reason: error
});
var runTransformSync = (generators, chunks) => {
  try {
    return [
      ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
      ...finalChunksSync(generators)
    ];
  } catch (error) {
    throw normalizeTransformError(error);
  }
};
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: {
    transform,
    final,
    binary,
    writableObjectMode,
    readableObjectMode
  },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new Transform({
    writableObjectMode,
    writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
    // A string written to the stream is converted to bytes with this encoding, which `getEncodingTransformGenerator()` then decodes with the `encoding` option
    defaultEncoding: getStringEncoding(binary, encoding),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    if (!value.writableObjectMode) {
      const stringEncoding = getStringEncoding(value.binary, encoding);
      chunks = chunks.map((chunk) => typeof chunk === "string" ? Buffer6.from(chunk, stringEncoding) : chunk);
    }
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state,
      encoding
    }),
    getStringToBytesGenerator(binary, encoding, readableObjectMode)
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0 && stdioItems.every(({ type }) => type !== "generator")) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const chunks = allStdioItems.flatMap(({ type, contents }) => getChunks(type, typeof contents === "function" ? contents() : contents));
  options.input = applyInputGeneratorsSync(chunks, stdioItems, options.encoding);
};
var getChunks = (type, chunks) => type === "iterable" ? chunks : chunks.filter((chunk) => chunk.length > 0);
var applyInputGeneratorsSync = (chunks, stdioItems, encoding) => {
  const newContents = runGeneratorsSync(chunks, stdioItems, getInputEncoding(encoding), true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => !isSerializableInput(item));
  if (invalidItem !== void 0) {
    throwOnSerializableInput("stdin", invalidItem);
  }
};
var isSerializableInput = (item) => typeof item === "string" || isUint8Array(item);
var throwOnSerializableInput = (optionName, invalidItem) => {
  throw new TypeError(`The \`${optionName}\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && isFdVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var isFdVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.some((pipe) => !isAllStream(pipe) || isPipingStream(pipe));
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult, options, verboseInfo }) => {
  const output = syncResult.output ?? getSpawnFailureOutput(options);
  const outputFiles = /* @__PURE__ */ new Set();
  const errors = [];
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    errors,
    outputFiles,
    verboseInfo
  }, options));
  return { output: transformedOutput, error: errors.find((error) => error !== void 0) };
};
var getSpawnFailureOutput = ({ stdio }) => stdio.map((stdioOption, fdNumber) => fdNumber !== 0 && stdioOption === "pipe" ? new Uint8Array() : null);
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, errors, outputFiles, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, fdNumber, { maxBuffer, buffer });
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const { chunks, error: transformError } = runOutputGeneratorsSync(uint8ArrayResult.length === 0 ? [] : [uint8ArrayResult], stdioItems, encoding);
  const { serializedResult, finalResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  const logError2 = logOutputSync({
    serializedResult,
    fdNumber,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const error = transformError ?? logError2;
  errors.push(error);
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (error === void 0) {
      writeToFiles(chunks, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (writeError) {
    errors.push(writeError);
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding) => {
  try {
    return { chunks: runGeneratorsSync(chunks, stdioItems, encoding, false), error: void 0 };
  } catch (error) {
    return { chunks: [], error };
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks, finalResult: chunks };
  }
  if (encoding === "buffer") {
    const serializedResult2 = joinToUint8Array(chunks);
    return { serializedResult: serializedResult2, finalResult: serializedResult2 };
  }
  const serializedResult = joinToString(chunks, encoding);
  const finalResult = lines[fdNumber] ? splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) : serializedResult;
  return { serializedResult, finalResult };
};
var logOutputSync = ({ serializedResult, fdNumber, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    return error;
  }
};
var writeToFiles = (chunks, stdioItems, outputFiles) => {
  const fileItems = stdioItems.filter(({ type }) => FILE_TYPES.has(type));
  if (fileItems.length === 0) {
    return;
  }
  const contents = joinToUint8Array(chunks);
  const writtenPaths = /* @__PURE__ */ new Set();
  for (const stdioItem of fileItems) {
    const { type, append } = stdioItem;
    const path20 = type === "fileNumber" ? stdioItem.path : getFileTarget(stdioItem);
    if (writtenPaths.has(path20)) {
      continue;
    }
    writtenPaths.add(path20);
    if (append || outputFiles.has(path20)) {
      appendFileSync(path20, contents);
    } else {
      writeFileSync(path20, contents);
    }
    outputFiles.add(path20);
  }
};

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer, buffer }) => {
  const initialError = getResultError(error, exitCode, signal);
  const isTimedOut = initialError?.code === "ETIMEDOUT";
  const { resultError, isMaxBuffer } = isTimedOut ? { resultError: initialError, isMaxBuffer: false } : handleMaxBufferSync({
    resultError: initialError,
    output,
    maxBuffer,
    buffer
  });
  return {
    resultError,
    exitCode,
    signal,
    timedOut: isTimedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal, killDescendants }) => {
  if (ipcInput !== void 0) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (killDescendants) {
    throwInvalidSyncOption("killDescendants: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const allFds = getAllSyncFds(output);
  const all = stripNewline(getAllSync(output, allFds, options), options, "all", allFds);
  return getSyncResult({
    error,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return { __proto__: null, ...spawnSync(...concatenateShell(file, commandArguments, normalizedOptions)) };
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true,
      ...getEarlyErrorOutput(fileDescriptors, options)
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners, once as once9 } from "node:events";
import { spawn } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process11 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var internalGetOneMessageOptions = /* @__PURE__ */ Symbol("internalGetOneMessageOptions");
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, rawOptions) => {
  const options = copyOptions(rawOptions);
  const { reference = true, filter } = options;
  const { signal } = options[internalGetOneMessageOptions] ?? {};
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference,
    signal
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference, signal }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  stopOnAbort(signal, controller);
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    if (!signal?.aborted) {
      disconnect(anyProcess);
    }
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var stopOnAbort = (signal, controller) => {
  if (signal === void 0) {
    return;
  }
  if (signal.aborted) {
    controller.abort();
    return;
  }
  signal.addEventListener("abort", () => {
    controller.abort();
  }, { once: true, signal: controller.signal });
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await once5(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of on2(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var internalGetEachMessageOptions = /* @__PURE__ */ Symbol("internalGetEachMessageOptions");
var getEachMessage = (subprocessInfo, rawOptions) => {
  const options = copyOptions(rawOptions);
  const { reference = true } = options;
  const { signal, shouldAwait = !subprocessInfo.isSubprocess } = options[internalGetEachMessageOptions] ?? {};
  return loopOnMessages({
    ...subprocessInfo,
    shouldAwait,
    reference,
    signal
  });
};
var loopOnMessages = ({ anyProcess, waitProcess = anyProcess, channel, isSubprocess, ipc, shouldAwait, reference, signal }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnAbort2(signal, controller);
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    waitProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference,
    signal
  });
};
var stopOnAbort2 = (signal, controller) => {
  if (signal === void 0) {
    return;
  }
  if (signal.aborted) {
    controller.abort();
    return;
  }
  signal.addEventListener("abort", () => {
    controller.abort();
  }, { once: true, signal: controller.signal });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, waitProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference, signal }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess && !signal?.aborted) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await waitProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (target, subprocess, { ipc }) => {
  Object.assign(target, getIpcMethods(subprocess, false, ipc, target));
};
var getIpcExport = () => {
  const anyProcess = process11;
  const isSubprocess = true;
  const isIpc = process11.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, isIpc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc: isIpc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc, waitProcess = anyProcess) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc,
    waitProcess
  })
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import { callbackify as callbackify2 } from "node:util";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new ChildProcess2();
  subprocess.kill = () => false;
  const all = createDummyStreams(subprocess, fileDescriptors);
  const promise = handleDummyPromise({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    verboseInfo
  });
  return {
    subprocess,
    promise,
    all: options.all ? all : void 0,
    convertedStreams: getConvertedStreams(promise)
  };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    stdio
  });
  return all;
};
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.on("error", () => {
  });
  stream.end();
  return stream;
};
var getConvertedStreams = (promise) => {
  const waitForPromise = async () => {
    await promise;
  };
  const endReadable = function() {
    callbackify2(waitForPromise)((error) => {
      if (error) {
        this.destroy(error);
      } else {
        this.push(null);
      }
    });
  };
  const endWritable = callbackify2(waitForPromise);
  const writeWritable = (chunk, encoding, done) => {
    endWritable(done);
  };
  const readable = () => new Readable({ read: endReadable });
  const writable = () => new Writable({ write: writeWritable, final: endWritable });
  const duplex = () => new Duplex({ read: endReadable, write: writeWritable, final: endWritable });
  const iterable = () => readable()[Symbol.asyncIterator]();
  return {
    readable,
    writable,
    duplex,
    readableStream: () => Readable.toWeb(readable()),
    writableStream: () => Writable.toWeb(writable()),
    transformStream: () => Duplex.toWeb(duplex()),
    iterable,
    [Symbol.asyncIterator]: iterable
  };
};
var handleDummyPromise = async ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  const earlyError = makeEarlyError({
    error: await error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false,
    ...getEarlyErrorOutput(fileDescriptors, options)
  });
  return handleResult(earlyError, verboseInfo, options);
};

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer7 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  // `Duplex.fromWeb()` uses the same `objectMode` for both sides
  webTransform: ({ value: { transform, writableObjectMode, readableObjectMode } }) => ({
    stream: Duplex2.from({
      writable: Writable2.fromWeb(transform.writable, { objectMode: writableObjectMode }),
      readable: Readable2.fromWeb(transform.readable, { objectMode: readableObjectMode })
    })
  }),
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var validateIterable = function* (iterable, optionName) {
  for (const value of iterable) {
    validateIterableValue(value, optionName);
    yield value;
  }
};
var validateAsyncIterable = async function* (iterable, optionName) {
  for await (const value of iterable) {
    validateIterableValue(value, optionName);
    yield value;
  }
};
var validateIterableValue = (value, optionName) => {
  if (!isSerializableInput(value)) {
    throwOnSerializableInput(optionName, value);
  }
};
var readableFromChunk = (chunk) => Readable2.from(chunk.length === 0 ? [] : [chunk]);
var generatorToInputStream = (stdioItem, { encoding }) => generatorToStream(stdioItem, { encoding: getInputEncoding(encoding) });
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    generator: generatorToInputStream,
    asyncGenerator: generatorToInputStream,
    fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
    filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
    webStream: ({ value }, options, objectMode) => ({ stream: Readable2.fromWeb(value, { objectMode }) }),
    iterable: ({ value, optionName }, options, objectMode) => ({ stream: Readable2.from(objectMode ? value : validateIterable(value, optionName)) }),
    asyncIterable: ({ value, optionName }, options, objectMode) => ({ stream: Readable2.from(objectMode ? value : validateAsyncIterable(value, optionName)) }),
    string: ({ value }) => ({ stream: readableFromChunk(value) }),
    uint8Array: ({ value }) => ({ stream: readableFromChunk(Buffer7.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
    // Web writers accept arbitrary chunks, including when a shared writer receives both bytes and objects.
    webStream: ({ value }) => ({ stream: Writable2.fromWeb(value, { objectMode: true }) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await finished2(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source2, destination, onDestinationEnd) => {
  source2.pipe(destination);
  onSourceFinish(source2, destination);
  onDestinationFinish(source2, destination, onDestinationEnd);
};
var onSourceFinish = async (source2, destination) => {
  if (isStandardStream(source2) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source2, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source2, destination, onDestinationEnd) => {
  if (isStandardStream(source2) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  if (onDestinationEnd !== void 0) {
    await onDestinationEnd();
  }
  abortSourceStream(source2);
};
var abortSourceStream = (source2) => {
  if (source2.readable) {
    source2.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
    const transformItems = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
    for (const { stream } of transformItems) {
      pipeTransform(subprocess, stream, direction, fdNumber);
    }
    const nonTransformItems = stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type));
    for (const { stream } of nonTransformItems) {
      pipeStdioItem({
        subprocess,
        stream,
        direction,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
  if (direction === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/kill-descendants.js
import process12 from "node:process";
import { execFile } from "node:child_process";
import path9 from "node:path/win32";
var isWindows2 = process12.platform === "win32";
var getSpawnOptions = (options) => !isWindows2 && options.killDescendants ? { ...options, detached: true } : options;
var getKillFunction = (subprocess, { killDescendants }) => {
  if (!killDescendants) {
    const killSubprocess = subprocess.kill.bind(subprocess);
    return (...arguments_) => subprocess.pid === void 0 ? false : killSubprocess(...arguments_);
  }
  const killDescendantsFunction = isWindows2 ? killDescendantsWindows : killDescendantsUnix;
  return killDescendantsFunction.bind(void 0, subprocess);
};
var isAbandoned = (subprocess) => subprocess.pid === void 0 || isWindows2 && hasExited(subprocess);
var hasExited = ({ exitCode, signalCode }) => exitCode !== null || signalCode !== null;
var killDescendantsUnix = (subprocess, signal) => {
  if (isAbandoned(subprocess)) {
    return false;
  }
  try {
    return process12.kill(-subprocess.pid, signal);
  } catch {
    return subprocess.kill(signal);
  }
};
var killDescendantsWindows = (subprocess, signal) => {
  if (isAbandoned(subprocess)) {
    return false;
  }
  const taskkillFile = getTaskkillFile();
  if (taskkillFile === void 0) {
    return subprocess.kill(signal);
  }
  execFile(taskkillFile, ["/pid", `${subprocess.pid}`, "/T", "/F"], (error) => {
    if (error) {
      subprocess.kill(signal);
    }
  });
  return true;
};
var getTaskkillFile = () => {
  const windowsDirectory = [process12.env.SystemRoot, process12.env.windir].find((directory) => directory && isWindowsDriveAbsolutePath(directory));
  return windowsDirectory === void 0 ? void 0 : path9.join(windowsDirectory, "System32", "taskkill.exe");
};
var isWindowsDriveAbsolutePath = (directory) => {
  const { root } = path9.parse(directory);
  return /^[a-z]:[/\\]/i.test(root);
};

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process14) => !!process14 && typeof process14 === "object" && typeof process14.removeListener === "function" && typeof process14.emit === "function" && typeof process14.reallyExit === "function" && typeof process14.listeners === "function" && typeof process14.kill === "function" && typeof process14.pid === "number" && typeof process14.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global[kExitEmitter]) {
      return global[kExitEmitter];
    }
    ObjectDefineProperty(global, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn2) {
    this.listeners[ev].push(fn2);
  }
  removeListener(ev, fn2) {
    const list2 = this.listeners[ev];
    const i2 = list2.indexOf(fn2);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list2.length === 1) {
      list2.length = 0;
    } else {
      list2.splice(i2, 1);
    }
  }
  emit(ev, code, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn2 of this.listeners[ev]) {
      ret = fn2(code, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process13.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process14) {
    super();
    this.#process = process14;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count2 } = this.#emitter;
        const p = process14;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count2 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count2) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process14.kill(process14.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process14.reallyExit;
    this.#originalProcessEmit = process14.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn2 = this.#sigListeners[sig];
        if (fn2)
          this.#process.on(sig, fn2);
      } catch (_2) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_2) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process13 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process13) ? new SignalExit(process13) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (kill, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    kill();
  });
  addAbortListener2(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve = promise.resolve.bind(promise);
  return { resolve, promises };
};
var waitForConcurrentStreams = async ({ resolve, promises }, subprocess) => {
  resolve();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = on5(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, options) => {
  const { from, binary: binaryOption = false, preserveNewlines = false } = copyOptions(options);
  checkBooleanOption(binaryOption, "binary");
  checkBooleanOption(preserveNewlines, "preserveNewlines");
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished5 } from "node:stream/promises";

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished4 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, {
  isSameDirection,
  stopOnExit = false,
  readable = true,
  writable = true
} = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      finished4(stream, {
        cleanup: true,
        signal: abortController.signal,
        readable,
        writable
      })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp && !isInputTransformAbort(stream, fdNumber, streamInfo, error)) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams, subprocess }) => {
  const [originalStdin] = originalStreams;
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin || stream === subprocess.stdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var isInputTransformAbort = (stream, fdNumber, streamInfo, error) => {
  const originalStream = streamInfo.originalStreams[fdNumber];
  return stream !== originalStream && isInputFileDescriptor(streamInfo, fdNumber) && originalStream?.destroyed === true && (isStreamAbort(error) || error?.code === "ABORT_ERR");
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/convert/shared.js
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished5(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished5(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var throwDestroyError = (error) => {
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, options) => {
  const { from, binary: binaryOption = true, preserveNewlines = true } = copyOptions(options);
  checkBooleanOption(binaryOption, "binary");
  checkBooleanOption(preserveNewlines, "preserveNewlines");
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable = new Readable3({
    read,
    destroy: callbackify3(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable,
    subprocess
  });
  return readable;
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable.readable) {
      readable.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable, await getPrematureCloseError(subprocess, error));
  }
};
var getPrematureCloseError = async (subprocess, error) => {
  if (error.code !== "ERR_STREAM_PREMATURE_CLOSE") {
    return error;
  }
  try {
    await subprocess;
  } catch (subprocessError) {
    return subprocessError;
  }
  return error;
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error?.code === "ABORT_ERR" ? void 0 : error);
    await subprocess;
  }
  throwDestroyError(error);
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/web.js
import { Readable as Readable4, Writable as Writable3, Duplex as Duplex3 } from "node:stream";
var createReadableStream = (subprocess, readableOptions) => Readable4.toWeb(subprocess.readable(readableOptions));
var createWritableStream = (subprocess, writableOptions) => Writable3.toWeb(subprocess.writable(writableOptions));
var createTransformStream = (subprocess, duplexOptions) => Duplex3.toWeb(subprocess.duplex(duplexOptions));

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source: source2, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source2, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source2);
  return {
    source: source2,
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  let destinationInfo;
  try {
    destinationInfo = getDestination(boundOptions, createNested, ...pipeArguments);
  } catch (error) {
    return { destinationError: error };
  }
  const { destination, pipeOptions } = destinationInfo;
  try {
    const { from, to, unpipeSignal } = copyOptions(pipeOptions);
    validateAbortSignal(unpipeSignal, "unpipeSignal");
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    abortDestination(destination, pipeArguments[0]);
    return { destinationError: error };
  }
};
var abortDestination = (destination, firstArgument) => {
  if (destination !== firstArgument) {
    destination.kill();
  }
  destination.catch(() => {
  });
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({
  options: {
    __proto__: null,
    ...options,
    // Piping writes to the destination's `stdin`, which is forced even if the user set another value.
    // However, `stdin` cannot be combined with `stdio`, which is needed for `to: 'fd3'` and higher.
    ...options.stdio === void 0 && { stdin: "pipe" },
    piped: true
  }
});
var getSourceStream = (source2, from) => {
  try {
    const sourceStream = getFromStream(source2, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError === void 0) {
    return;
  }
  endDestinationStream(destinationStream);
  return sourceError;
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason },
    { reason: pipedFromReason, value: pipedFromResult = pipedFromReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(pipedFromResult)) {
    destinationResult.pipedFrom.push(pipedFromResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished6 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  addMergeSource(mergedStream, sourceStream);
  pipeStreams(mergedStream, destinationStream, () => unpipeSourcesOnDestinationEnd(mergedStream));
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  addMergeSource(mergedStream, sourceStream);
  return mergedStream;
};
var MERGE_SOURCES = /* @__PURE__ */ new WeakMap();
var SOURCE_MERGES = /* @__PURE__ */ new WeakMap();
var addMergeSource = (mergedStream, sourceStream) => {
  addToSetMap(MERGE_SOURCES, mergedStream, sourceStream);
  addToSetMap(SOURCE_MERGES, sourceStream, mergedStream);
};
var addToSetMap = (map, key, value) => {
  if (!map.has(key)) {
    map.set(key, /* @__PURE__ */ new Set());
  }
  map.get(key).add(value);
};
var unpipeSubprocessStream = async (mergedStream, sourceStream) => {
  MERGE_SOURCES.get(mergedStream)?.delete(sourceStream);
  SOURCE_MERGES.get(sourceStream)?.delete(mergedStream);
  await mergedStream.remove(sourceStream);
};
var unpipeSourcesOnDestinationEnd = async (mergedStream) => {
  for (const sourceStream of MERGE_SOURCES.get(mergedStream)) {
    const mergedStreams = SOURCE_MERGES.get(sourceStream);
    mergedStreams.delete(mergedStream);
    if (mergedStreams.size > 0) {
      await mergedStream.remove(sourceStream);
    }
  }
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished6(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await aborted(unpipeSignal, sourceStream);
  await unpipeSubprocessStream(mergedStream, sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  if (sourceInfo.source === void 0) {
    return sourceInfo.sourcePromise;
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const pipeFailureController = new AbortController();
  const promise = handlePipePromise({ ...normalizedInfo, destination, pipeFailureController });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  forwardDestinationMethods(promise, destination, pipeFailureController.signal);
  return promise;
};
var forwardDestinationMethods = (promise, destination, pipeFailureSignal) => {
  if (destination === void 0) {
    return;
  }
  forwardReadableMethods(promise, destination);
  forwardIpcMethods(promise, destination, pipeFailureSignal);
};
var forwardReadableMethods = (promise, destination) => {
  const subprocessOptions = SUBPROCESS_OPTIONS.get(destination);
  SUBPROCESS_OPTIONS.set(promise, subprocessOptions);
  promise.stdio = destination.stdio;
  promise.all = destination.all;
  const { options: { encoding } } = subprocessOptions;
  const concurrentStreams = initializeConcurrentStreams();
  promise[Symbol.asyncIterator] = createIterable.bind(void 0, promise, encoding, {});
  promise.iterable = createIterable.bind(void 0, promise, encoding);
  promise.readable = createPipeReadable.bind(void 0, promise, {
    subprocess: promise,
    concurrentStreams,
    encoding
  });
  promise.readableStream = createReadableStream.bind(void 0, promise);
  forwardAll(promise, destination);
};
var forwardAll = (promise, destination) => {
  if (destination.all === void 0) {
    promise.all = void 0;
    return;
  }
  Object.defineProperty(promise, "all", {
    get() {
      setAllProperty(promise, destination.all);
      const all = promise.readable({ from: "all" });
      all.on("error", () => {
      });
      setAllProperty(promise, all);
      return all;
    },
    enumerable: true,
    configurable: true
  });
};
var setAllProperty = (promise, value) => {
  Object.defineProperty(promise, "all", {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
};
var createPipeReadable = (promise, readableOptions, ...arguments_) => {
  const readable = createReadable(readableOptions, ...arguments_);
  destroyOnPipeFailure(promise, readable);
  return readable;
};
var destroyOnPipeFailure = async (promise, readable) => {
  try {
    await promise;
  } catch (error) {
    readable.destroy(error);
  }
};
var forwardIpcMethods = (promise, destination, pipeFailureSignal) => {
  promise.sendMessage = destination.sendMessage;
  promise.getOneMessage = getOnePipeMessage.bind(void 0, destination, pipeFailureSignal);
  promise.getEachMessage = getEachPipeMessage.bind(void 0, promise, destination, pipeFailureSignal);
};
var getOnePipeMessage = (destination, pipeFailureSignal, ...arguments_) => {
  const controller = new AbortController();
  const messagePromise = destination.getOneMessage(...addPipeOptions(arguments_, controller.signal, internalGetOneMessageOptions));
  return waitForOnePipeMessage(pipeFailureSignal, messagePromise, controller);
};
var waitForOnePipeMessage = async (pipeFailureSignal, messagePromise, controller) => {
  try {
    return await Promise.race([messagePromise, getSignalRejection(pipeFailureSignal, controller.signal)]);
  } finally {
    controller.abort();
  }
};
var getSignalRejection = (signal, listenerSignal) => new Promise((_2, reject) => {
  if (signal.aborted) {
    reject(signal.reason);
    return;
  }
  signal.addEventListener("abort", () => {
    reject(signal.reason);
  }, { once: true, signal: listenerSignal });
});
var getEachPipeMessage = (promise, destination, pipeFailureSignal, ...arguments_) => {
  const controller = new AbortController();
  const iterator = destination.getEachMessage(...addPipeOptions(arguments_, controller.signal, internalGetEachMessageOptions));
  abortOnSignal(pipeFailureSignal, controller);
  return iterateOnPipeMessages(promise, iterator, controller);
};
var iterateOnPipeMessages = async function* (promise, iterator, controller) {
  try {
    yield* iterator;
  } finally {
    controller.abort();
    await promise;
  }
};
var addPipeOptions = (arguments_, signal, internalOptionsSymbol) => {
  if (arguments_[0] === null) {
    return arguments_;
  }
  const [options] = arguments_;
  return [{ ...options, [internalOptionsSymbol]: { signal, shouldAwait: false } }];
};
var abortOnSignal = (signal, controller) => {
  if (signal.aborted) {
    controller.abort();
    return;
  }
  signal.addEventListener("abort", () => {
    controller.abort();
  }, { once: true, signal: controller.signal });
};
var handlePipePromise = async ({
  source: source2,
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime,
  pipeFailureController
}) => {
  const maxListenersController = new AbortController();
  try {
    const subprocessPromises = getSubprocessPromises(sourcePromise, destination, source2);
    handlePipeArgumentsError({
      sourceStream,
      sourceError,
      destinationStream,
      destinationError,
      fileDescriptors,
      sourceOptions,
      startTime
    });
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } catch (error) {
    pipeFailureController.abort(error);
    throw error;
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination, source2) => Promise.allSettled([sourcePromise, destination, source2]);

// node_modules/execa/lib/io/contents.js
import { setImmediate as setImmediate2 } from "node:timers/promises";
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, allFds, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber, allFds);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await setImmediate2();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
  try {
    if (readableObjectMode || lines) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    return encoding === "buffer" ? new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer })) : await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = (error) => isArrayBuffer(error?.bufferedData) ? new Uint8Array(error.bufferedData) : error?.bufferedData;

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, allFds, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      allFds,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => {
  if (!all) {
    return;
  }
  const fileDescriptors = [[stdout, 1], [stderr, 2]].filter(([stream]) => stream);
  return fileDescriptors.length === 0 ? void 0 : setAllStream(mergeStreams(fileDescriptors.map(([stream]) => stream)));
};
var getAllFds = ({ stdout, stderr }, [, bufferStdout, bufferStderr]) => [
  ...stdout !== null && bufferStdout ? [1] : [],
  ...stderr !== null && bufferStderr ? [2] : []
];
var waitForAllStream = ({ subprocess, all, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const { stream, buffer: bufferAll, drainedStream } = getAllStream(subprocess, all, buffer);
  return Promise.all([
    waitForSubprocessStream({
      stream,
      buffer: bufferAll,
      fdNumber: "all",
      encoding,
      maxBuffer: maxBuffer[1] + maxBuffer[2],
      lines: lines[1] || lines[2],
      allFds: getAllFds(subprocess, buffer),
      // A single buffered descriptor keeps its own object mode, even when the merged stream has mixed modes.
      allMixed: stream === all && getAllMixed(subprocess, all),
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    // When only one of the two file descriptors is buffered, its stream is read instead of the merged one.
    // The merged one is then drained, otherwise it would apply backpressure on that file descriptor and hang the subprocess.
    drainedStream === void 0 ? void 0 : resumeStream(drainedStream)
  ]).then(([output]) => output);
};
var getAllStream = ({ stdout, stderr }, all, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!all) {
    return { stream: void 0, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer, drainedStream: all };
  }
  return bufferStderr ? { stream: all, buffer } : { stream: stdout, buffer, drainedStream: all };
};
var getAllMixed = ({ stdout, stderr }, all) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  const logErrors = [];
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      try {
        logIpcOutput(message, verboseInfo);
      } catch (error) {
        logErrors.push(error);
      }
    }
  }
  if (logErrors.length > 0) {
    throw logErrors[0];
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  kill,
  all,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    all,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput, ipc),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(kill, timeout, context, controller),
      ...throwOnCancel({
        kill,
        cancelSignal,
        gracefulCancel,
        context,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        kill,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context,
        controller
      })
    ]);
  } catch (error) {
    context.terminationReason ??= "other";
    if (error instanceof MaxBufferError) {
      kill();
    }
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems, direction }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native",
  // Output streams are destinations which are handed back to the user: waiting for their readable side would mean waiting for the user to consume them.
  readable: direction !== "output" || TRANSFORM_TYPES.has(type)
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable4 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, options) => {
  const { to } = copyOptions(options);
  const subprocessStdin = getToStream(subprocess, to);
  const { waitWritableFinal, waitWritableDestroy } = addWritableConcurrentStreams(concurrentStreams, subprocessStdin);
  const writable = new Writable4({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify4(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable, void 0, subprocess);
  return writable;
};
var addWritableConcurrentStreams = (concurrentStreams, subprocessStdin) => {
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify4(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (!await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    return;
  }
  if (subprocessStdin.writable) {
    subprocessStdin.end();
  }
  await subprocess;
};
var onStdinFinished = async (subprocessStdin, writable, subprocessStdout, subprocess) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    await subprocess;
    if (writable.writable) {
      writable.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherStream(writable, !writable.writableFinished, await getSubprocessError(subprocess, error));
  }
};
var getSubprocessError = async (subprocess, error) => {
  if (!shouldUseSubprocessError(error)) {
    return error;
  }
  try {
    await subprocess;
  } catch (subprocessError) {
    return subprocessError;
  }
  return error;
};
var shouldUseSubprocessError = (error) => error === void 0 || isStreamAbort(error) || error.code === "EPIPE";
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await subprocess;
  }
  throwDestroyError(error);
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex4 } from "node:stream";
import { callbackify as callbackify5 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, options) => {
  const { from, to, binary: binaryOption = true, preserveNewlines = true } = copyOptions(options);
  checkBooleanOption(binaryOption, "binary");
  checkBooleanOption(preserveNewlines, "preserveNewlines");
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const subprocessStdin = getToStream(subprocess, to);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  const { waitWritableFinal, waitWritableDestroy } = addWritableConcurrentStreams(concurrentStreams, subprocessStdin);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex = new Duplex4({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify5(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex, subprocessStdout, subprocess);
  return duplex;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.readableStream = createReadableStream.bind(void 0, subprocess);
  subprocess.writableStream = createWritableStream.bind(void 0, subprocess);
  subprocess.transformStream = createTransformStream.bind(void 0, subprocess);
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (promise, properties) => Object.assign(promise, properties);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess: nodeChildProcess, promise, kill, all, convertedStreams } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  const subprocess = getSubprocessPromise({
    promise,
    nodeChildProcess,
    kill,
    all,
    convertedStreams,
    options
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => ({ __proto__: null, ...options, timeoutDuration: timeout });
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = spawn(...concatenateShell(file, commandArguments, getSpawnOptions(options)));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  if (subprocess.stdio === void 0) {
    return handleEarlyError({
      error: once9(subprocess, "error").then(([error]) => error),
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  setMaxListeners(Infinity, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  setIpcSubprocessOptions(subprocess, options);
  const context = {};
  const onInternalError = createDeferred();
  const kill = subprocessKill.bind(void 0, {
    kill: getKillFunction(subprocess, options),
    options,
    onInternalError,
    context,
    controller
  });
  cleanupOnExit(kill, options, controller);
  const all = makeAllStream(subprocess, options);
  const promise = handlePromise({
    subprocess,
    kill,
    all,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context,
    onInternalError,
    controller
  });
  return {
    subprocess,
    promise,
    kill,
    all
  };
};
var getSubprocessPromise = ({ promise, nodeChildProcess, kill, all, convertedStreams, options }) => {
  const subprocess = mergePromise(promise, getSubprocessProperties(nodeChildProcess, all));
  subprocess.kill = kill ?? subprocess.kill;
  if (convertedStreams === void 0) {
    addConvertedStreams(subprocess, options);
  } else {
    Object.assign(subprocess, convertedStreams);
  }
  addIpcMethods(subprocess, nodeChildProcess, options);
  return subprocess;
};
var getSubprocessProperties = (nodeChildProcess, all) => ({
  nodeChildProcess,
  pid: nodeChildProcess.pid,
  stdin: nodeChildProcess.stdin,
  stdout: nodeChildProcess.stdout,
  stderr: nodeChildProcess.stderr,
  stdio: nodeChildProcess.stdio,
  all,
  kill: nodeChildProcess.kill.bind(nodeChildProcess)
});
var handlePromise = async ({ subprocess, kill, all: allStream, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    kill,
    all: allStream,
    options,
    context,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all", getAllFds(subprocess, options.buffer));
  const result = getAsyncResult({
    errorInfo,
    exitCode,
    signal,
    stdio,
    all,
    ipcOutput,
    context,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => Object.hasOwn(errorInfo, "error") ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context.terminationReason === "timeout",
  isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context.isForcefullyTerminated,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const safeBoundOptions = { __proto__: null, ...boundOptions };
  const mergedOptions = Object.fromEntries(Object.entries(options).map(([optionName, optionValue]) => [
    optionName,
    mergeOption(optionName, safeBoundOptions[optionName], optionValue)
  ]));
  return { __proto__: null, ...safeBoundOptions, ...mergedOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue) ? { ...boundOptionValue, ...optionValue } : optionValue;
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  for (const [optionName, optionValue] of Object.entries(deepOptions)) {
    if (mergedOptions[optionName] === void 0) {
      mergedOptions[optionName] = optionValue;
    }
  }
  const {
    options = mergedOptions,
    isSync = false
  } = { __proto__: null, ...mapArguments({ options: mergedOptions }) };
  return {
    file: initialFile,
    commandArguments: initialArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { __proto__: null, ...options, ...getScriptStdinOption(options) } });
var getScriptStdinOption = ({ stdin = "inherit", input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/docker-cli.ts
var DockerCommandError = class extends Error {
  name = "DockerCommandError";
  failure;
  constructor(failure, args) {
    super(`docker ${args.join(" ")}: ${failure.kind === "no-cli" ? `${failure.command} is not installed` : failure.detail}`);
    this.failure = failure;
  }
};
async function runDocker(args, command = "docker", env) {
  try {
    return (await execa(command, args, { stdin: "ignore", ...env && { env } })).stdout;
  } catch (error) {
    if (!(error instanceof ExecaError)) throw error;
    if (error.code === "ENOENT") throw new DockerCommandError({ kind: "no-cli", command }, args);
    const stderr = String(error.stderr ?? "").trim();
    if (/cannot connect to the docker daemon|is the docker daemon running|error during connect/i.test(stderr)) throw new DockerCommandError({ kind: "no-daemon", detail: stderr.split("\n")[0] }, args);
    if (/no such image|no such object|no such container|not found|does not exist/i.test(stderr)) throw new DockerCommandError({ kind: "not-found", detail: stderr }, args);
    throw new DockerCommandError({ kind: "other", detail: stderr || error.shortMessage }, args);
  }
}

// src/boot/limits.ts
var DEFAULT_MEMORY = "512m";
var DEFAULT_PIDS = 256;

// src/boot/runtime.ts
var RUN_LABEL = "io.github.import-guard.run";
async function dockerForBoot(args, options, env) {
  try {
    return await runDocker(args, options.dockerCommand, env);
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const { failure } = error;
    if (failure.kind === "no-cli") throw new BootError("the docker CLI is not installed, so the image cannot be booted; set boot: none to check it statically only");
    if (failure.kind === "no-daemon") throw new BootError(`the Docker daemon does not answer (${failure.detail}), so the image cannot be booted; start it, or set boot: none`);
    throw new BootError(`\`docker ${args[0]}\` failed: ${failure.detail}`);
  }
}
function createArgs(image, options) {
  const args = ["create", "--label", `${RUN_LABEL}=${options.runId}`, "--network", options.network ?? "none", "--memory", options.memory ?? DEFAULT_MEMORY, "--pids-limit", String(options.pids ?? DEFAULT_PIDS), "--security-opt", "no-new-privileges"];
  if (options.publish !== void 0) args.push("--publish", `127.0.0.1::${options.publish}`);
  for (const name of Object.keys(options.env ?? {})) args.push("--env", name);
  if (options.workdir !== void 0) args.push("--workdir", options.workdir);
  if (options.entrypoint !== void 0) args.push("--entrypoint", options.entrypoint);
  args.push(image, ...options.command ?? []);
  return args;
}
async function startContainer(image, options) {
  const id = (await dockerForBoot(createArgs(image, options), options, options.env)).trim();
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
    async logs() {
      const logs = await execa(options.dockerCommand ?? "docker", ["logs", id], { stdin: "ignore", reject: false, all: true });
      return logs.all ?? "";
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

// src/image/open-image.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/logger.ts
var silentLogger = {
  info() {
  },
  warn() {
  },
  debug() {
  }
};

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

// src/image/archive-files.ts
import { readSync as readSync2 } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import path10 from "node:path";

// src/image/tar.ts
var BLOCK = 512;
var TarFormatError = class extends Error {
  name = "TarFormatError";
};
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
    for (let i2 = start + 1; i2 < start + length; i2++) value2 = value2 * 256 + (block[i2] ?? 0);
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
  for (let i2 = 0; i2 < BLOCK; i2++) if (block[i2] !== 0) return false;
  return true;
}
function byteSum(block) {
  if ((block.byteOffset & 3) !== 0) {
    let sum = 0;
    for (let i2 = 0; i2 < BLOCK; i2++) sum += block[i2];
    return sum;
  }
  const words2 = new Uint32Array(block.buffer, block.byteOffset, BLOCK / 4);
  let lanes = 0;
  for (let i2 = 0; i2 < words2.length; i2++) {
    const word = words2[i2];
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
  for (let i2 = 148; i2 < 156; i2++) unsigned -= block[i2];
  if (stored === unsigned) return true;
  let signed = 8 * SPACE;
  for (let i2 = 0; i2 < BLOCK; i2++) if (i2 < 148 || i2 >= 156) signed += block[i2] > 127 ? block[i2] - 256 : block[i2];
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
var PendingOverrides = class {
  global = /* @__PURE__ */ new Map();
  local = /* @__PURE__ */ new Map();
  longName;
  longLink;
  absorb(typeFlag, data) {
    if (typeFlag === "x") for (const [k2, v2] of parsePaxRecords(data)) this.local.set(k2, v2);
    else if (typeFlag === "g") for (const [k2, v2] of parsePaxRecords(data)) this.global.set(k2, v2);
    else if (typeFlag === "L") this.longName = cString(data, 0, data.length);
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
  /** Input chunks are copied from, never kept: the caller may reuse a chunk's buffer once `write` returns. */
  constructor(keepBytes, onEntry, allocate = (size) => Buffer.allocUnsafe(size)) {
    this.keepBytes = keepBytes;
    this.onEntry = onEntry;
    this.allocate = allocate;
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
        if (dataTake > 0 && current.kept < current.keep) {
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
      if (raw.size > 16 * 1024 * 1024) throw new TarFormatError(`extended header of ${raw.size} bytes is implausibly large`);
      this.current = { metaType: raw.typeFlag, remaining: raw.size, padding: padded(raw.size) - raw.size, target: Buffer.allocUnsafe(raw.size), keep: raw.size, kept: 0 };
    } else {
      const entry = this.overrides.apply(raw);
      const stored = entry.type === "file" ? entry.size : 0;
      const asked = entry.type === "file" ? this.keepBytes(entry) : 0;
      const keep = Math.min(asked, stored);
      const target = asked > 0 ? this.allocate(keep) : void 0;
      this.current = { entry, remaining: stored, padding: padded(stored) - stored, target, keep, kept: 0 };
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
function indexTar(readAt, fileSize) {
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
      if (raw.size > 16 * 1024 * 1024) throw new TarFormatError(`extended header of ${raw.size} bytes is implausibly large`);
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
      const real = await realpath(path10.join(this.top, clean));
      if (real !== this.top && !real.startsWith(this.top + path10.sep)) {
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
    const info = await stat(real);
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
      yield* readRange(handle, 0, (await handle.stat()).size, `${this.location}: ${name}`);
    } finally {
      await handle.close();
    }
  }
  async where(name) {
    const real = await this.locate(name);
    if (!real) return void 0;
    const info = await stat(real);
    return info.isFile() ? { file: real, offset: 0, size: info.size } : void 0;
  }
  async close() {
  }
};
async function* readRange(handle, start, size, what) {
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
var TarFiles = class _TarFiles {
  location;
  handle;
  entries;
  /** The archive's real path. */
  file;
  constructor(location, file, handle, entries) {
    this.location = location;
    this.file = file;
    this.handle = handle;
    this.entries = entries;
  }
  static async open(file) {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      const readAt = (position, length) => {
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
          const bytesRead = readSync2(handle.fd, buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      };
      const listed = indexTar(readAt, size);
      const entries = /* @__PURE__ */ new Map();
      for (const entry of listed) entries.set(cleanName(entry.name), entry);
      return new _TarFiles(file, await realpath(file), handle, entries);
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
    let current = cleanName(name);
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const entry = this.entries.get(current);
      if (!entry) return void 0;
      if (entry.type === "file") return entry;
      if (entry.type === "symlink") {
        const base = entry.linkName.startsWith("/") ? "" : path10.posix.dirname(current);
        current = cleanName(`${base}/${entry.linkName}`);
      } else if (entry.type === "hardlink") {
        current = cleanName(entry.linkName);
      } else return void 0;
    }
    throw new ImageError(`${this.location}: link loop at ${name}`);
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
  async *chunks(name) {
    const entry = this.locate(name);
    if (!entry) throw new ImageError(`${this.location}: ${name} is missing from the archive`);
    yield* readRange(this.handle, entry.dataOffset, entry.size, `${this.location}: ${name}`);
  }
  where(name) {
    const entry = this.locate(name);
    return Promise.resolve(entry && { file: this.file, offset: entry.dataOffset, size: entry.size });
  }
  async close() {
    await this.handle.close();
  }
};

// src/image/content-store.ts
import { closeSync as closeSync2, mkdirSync, openSync as openSync2, readSync as readSync3, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path11 from "node:path";
var DEFAULT_MEMORY_BUDGET = 32 * 1024 * 1024;
var SLAB_BYTES = 1024 * 1024;
var OWN_BUFFER_FROM = 64 * 1024;
var ContentStore = class {
  memoryBudget;
  spillDir;
  inMemory = 0;
  spillFd;
  spilled = 0;
  slab = Buffer.alloc(0);
  slabUsed = 0;
  /** Staging for contents that will be spilled; reused for each. */
  scratch = Buffer.alloc(0);
  /** Files opened by `attach`, by path. */
  attached = /* @__PURE__ */ new Map();
  closed = false;
  constructor(options = {}) {
    this.memoryBudget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
    this.spillDir = options.spillDir ?? os.tmpdir();
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
  put(data) {
    if (this.inMemory + data.length <= this.memoryBudget) {
      this.inMemory += data.length;
      return data;
    }
    const fd = this.spillFd ??= this.openSpillFile();
    const offset = this.spilled;
    for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written, offset + written);
    this.spilled += data.length;
    return { fd, offset, length: data.length };
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
  get(content) {
    if (Buffer.isBuffer(content)) return content;
    if (this.closed) throw new Error("content store is closed");
    return readRange2(content);
  }
  /** Bytes held in memory and in the spill file. */
  get usage() {
    return { memory: this.inMemory, spilled: this.spilled };
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
    const file = path11.join(this.spillDir, `import-guard-content-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
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
function readRange2(range, scratch2) {
  const buffer = scratch2 ? scratch2.take(range.length) : Buffer.allocUnsafe(range.length);
  for (let read = 0; read < range.length; ) {
    const bytes = readSync3(range.fd, buffer, read, range.length - read, range.offset + read);
    if (bytes === 0) throw new Error(`file ended early: ${range.length - read} bytes of a kept content are missing`);
    read += bytes;
  }
  return buffer;
}

// src/image/config.ts
function emptyConfig() {
  return { platform: void 0, env: [], workingDir: "", user: "", entrypoint: null, cmd: null, healthcheck: null, exposedPorts: [], labels: {} };
}
function isObject2(value) {
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
function parseImageConfig(json, where) {
  const top = Array.isArray(json) && json.length === 1 ? json[0] : json;
  if (!isObject2(top)) throw new ImageError(`${where}: expected an image configuration object, found ${Array.isArray(json) ? `an array of ${json.length}` : typeof json}`);
  const nested = field(top, "config", "Config");
  const runtime = isObject2(nested) ? nested : top;
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
  if (isObject2(runtime.Healthcheck)) {
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
  if (isObject2(runtime.ExposedPorts)) config.exposedPorts = Object.keys(runtime.ExposedPorts).sort();
  if (isObject2(runtime.Labels)) {
    for (const [key, value] of Object.entries(runtime.Labels)) if (typeof value === "string") config.labels[key] = value;
  }
  return config;
}
function formatPlatform(platform2) {
  return [platform2.os, platform2.architecture, platform2.variant].filter(Boolean).join("/");
}
function parsePlatform(text) {
  const parts = text.split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) return void 0;
  const platform2 = { os: parts[0], architecture: parts[1] };
  if (parts[2]) platform2.variant = parts[2];
  return platform2;
}

// src/image/daemon.ts
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os2 from "node:os";
import path12 from "node:path";
async function docker(args, reference, options) {
  const command = options.dockerCommand ?? "docker";
  try {
    return await runDocker(args, command);
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const { failure } = error;
    if (failure.kind === "no-cli") throw new ImageError(`image ${reference}: the docker CLI (${command}) is not installed; pass a saved image instead (docker-archive:FILE, oci-archive:FILE, oci-dir:DIR or dir:ROOTFS)`);
    if (failure.kind === "no-daemon") throw new ImageError(`image ${reference}: the Docker daemon does not answer (${failure.detail}); start it, or pass a saved image (docker-archive:FILE)`);
    if (failure.kind === "not-found") throw new ImageError(`image ${reference} is not in the local Docker daemon (\`docker image ls\` lists what is); build it first, or pass a saved image (docker-archive:FILE)`);
    throw new ImageError(`image ${reference}: \`${command} ${args.join(" ")}\` failed: ${failure.detail}`);
  }
}
async function withSavedImage(reference, options, use) {
  await docker(["image", "inspect", "--format", "{{.Id}}", reference], reference, options);
  const parent2 = options.tempDir ?? os2.tmpdir();
  await mkdir(parent2, { recursive: true });
  const folder = await mkdtemp(path12.join(parent2, "import-guard-save-"));
  try {
    const archive = path12.join(folder, "image.tar");
    await docker(["image", "save", "--output", archive, reference], reference, options);
    return await use(archive);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// src/image/image-fs.ts
var MAX_SYMLINK_HOPS = 40;
var SymlinkLoopError = class extends ImageError {
  name = "SymlinkLoopError";
};
function pathComponents(path20) {
  const parts = path20.split("/");
  for (const part of parts) if (part === "" || part === ".") return parts.filter((p) => p !== "" && p !== ".");
  return parts;
}
function joinPath(components) {
  return "/" + components.join("/");
}
function underAny(path20, dirs) {
  for (const dir of dirs) {
    if (path20 === dir) return true;
    if (path20.startsWith(dir) && (dir.endsWith("/") || path20.charCodeAt(dir.length) === 47)) return true;
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
  constructor(root, store = new ContentStore()) {
    this.root = root;
    this.store = store;
  }
  /** Releases the spill file of kept contents, if one was needed. */
  close() {
    this.store.close();
  }
  /** The path's own node; a symlink in the last component is not followed. */
  lstat(path20) {
    const found = this.resolve(path20, false);
    return found && describe(found);
  }
  /** Follows symlinks all the way. Throws SymlinkLoopError on a loop. */
  stat(path20) {
    const found = this.resolve(path20, true);
    return found && describe(found);
  }
  /** The canonical path with every symlink resolved, or undefined when a component is missing. */
  realpath(path20) {
    const found = this.resolve(path20, true);
    return found && joinPath(found.path);
  }
  exists(path20) {
    return this.resolve(path20, true) !== void 0;
  }
  /** Sorted names in a directory (symlinks followed), or undefined when it is not a directory. */
  readdir(path20) {
    const found = this.resolve(path20, true);
    if (!found?.node.children) return void 0;
    return [...found.node.children.keys()].sort();
  }
  /** A directory's entries (symlinks followed to it) with their own types, a symlink as `symlink`. */
  entries(path20) {
    const found = this.resolve(path20, true);
    if (!found?.node.children) return void 0;
    const types = /* @__PURE__ */ new Map();
    for (const [name, child] of found.node.children) types.set(name, child.type);
    return types;
  }
  /**
   * The kept content of a regular file (symlinks followed), or undefined when there is no such
   * file. Asking for a file whose content the reader was told to skip is a programming error.
   */
  readFile(path20) {
    const content = this.contentOf(path20);
    return content && this.store.get(content);
  }
  /** Where readFile would read from: bytes in memory, or a range of an open file that a worker thread can read itself. */
  contentOf(path20) {
    const found = this.resolve(path20, true);
    if (!found || found.node.type !== "file") return void 0;
    if (!found.node.content) {
      throw new Error(`content of ${joinPath(found.path)} was not kept: add it to the content selection`);
    }
    return found.node.content;
  }
  readText(path20) {
    return this.readFile(path20)?.toString("utf8");
  }
  /** Every path except `/`, depth first, in sorted order; symlinks are listed, not followed. */
  *walk() {
    const stack = [{ node: this.root, path: [] }];
    while (stack.length > 0) {
      const { node, path: path20 } = stack.pop();
      if (path20.length > 0) yield describe({ node, path: path20 });
      if (node.children) {
        const names = [...node.children.keys()].sort().reverse();
        for (const name of names) stack.push({ node: node.children.get(name), path: [...path20, name] });
      }
    }
  }
  /** Number of paths in the image, root excluded. */
  get pathCount() {
    let count2 = 0;
    const stack = [this.root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.children) {
        count2 += node.children.size;
        for (const child of node.children.values()) stack.push(child);
      }
    }
    return count2;
  }
  resolve(path20, followLast) {
    const slash = path20.lastIndexOf("/");
    const name = path20.slice(slash + 1);
    if (slash > 0 && name !== "" && name !== "." && name !== "..") {
      const folderPath = path20.slice(0, slash);
      let folder = this.folders.get(folderPath);
      if (folder === void 0 && !this.folders.has(folderPath)) {
        folder = this.walkTo(folderPath, true);
        this.folders.set(folderPath, folder);
      }
      if (!folder || folder.node.type !== "dir") return void 0;
      const child = folder.node.children.get(name);
      if (!child) return void 0;
      if (child.type !== "symlink" || !followLast) return { node: child, path: [...folder.path, name] };
    }
    return this.walkTo(path20, followLast);
  }
  /** Resolves a path component by component from the root. */
  walkTo(path20, followLast) {
    const pending = pathComponents(path20).reverse();
    const stack = [];
    const current = () => stack.at(-1)?.node ?? this.root;
    let hops = 0;
    while (pending.length > 0) {
      const name = pending.pop();
      if (name === "..") {
        stack.pop();
        continue;
      }
      const child = current().children?.get(name);
      if (!child) return void 0;
      const isLast = pending.length === 0;
      if (child.type === "symlink" && (!isLast || followLast)) {
        if (++hops > MAX_SYMLINK_HOPS) {
          throw new SymlinkLoopError(`symlink loop while resolving ${path20} in the image: more than ${MAX_SYMLINK_HOPS} links followed`);
        }
        const target = child.linkTarget ?? "";
        if (target.startsWith("/")) stack.length = 0;
        pending.push(...pathComponents(target).reverse());
        continue;
      }
      if (!isLast && child.type !== "dir") return void 0;
      stack.push({ name, node: child });
    }
    return { node: current(), path: stack.map((part) => part.name) };
  }
};
function describe({ node, path: path20 }) {
  const entry = { path: joinPath(path20), type: node.type, mode: node.mode, size: node.size, hasContent: node.content !== void 0 };
  if (node.linkTarget !== void 0) entry.linkTarget = node.linkTarget;
  return entry;
}

// src/image/layer-reader.ts
import { readSync as readSync4 } from "node:fs";

// src/image/compression.ts
import { once as once10 } from "node:events";
import zlib from "node:zlib";
function sniffFormat(head) {
  if (head[0] === 31 && head[1] === 139) return "gzip";
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "zstd";
  return "tar";
}
var SNIFF_BYTES = 4;
var CHUNK = 1024 * 1024;
function decompressorFor(format2) {
  return format2 === "gzip" ? zlib.createGunzip({ chunkSize: CHUNK }) : zlib.createZstdDecompress({ chunkSize: CHUNK });
}
var CorruptDataError = class extends Error {
  name = "CorruptDataError";
};
var MAX_QUEUED_CHUNKS = 4;
function decompressingSink(format2, onData) {
  const stream = decompressorFor(format2);
  let reject = () => {
  };
  const failed = new Promise((_2, rejectWith) => reject = rejectWith);
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
  const ended = once10(stream, "end");
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
function tarSink(format2, onTar) {
  if (format2 !== "tar") return decompressingSink(format2, onTar);
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
function entryPath(name, where) {
  let from = 0;
  for (; ; ) {
    if (name.startsWith("./", from)) from += 2;
    else if (name.startsWith("/", from)) from += 1;
    else break;
  }
  const trimmed = name.slice(from, name.length > from && name.endsWith("/") ? -1 : name.length);
  if (!NEEDS_CLEANING.test(trimmed)) return trimmed;
  const components = pathComponents(name);
  if (components.includes("..")) {
    throw new ImageError(`${where}: entry ${JSON.stringify(name)} climbs out of the image root with "..": refusing the layer`);
  }
  return components.join("/");
}
function imagePath(path20) {
  return "/" + path20;
}
function parentOf(path20) {
  return path20.slice(0, Math.max(0, path20.lastIndexOf("/")));
}
function baseName(path20) {
  return path20.slice(path20.lastIndexOf("/") + 1);
}
var TreeBuilder = class {
  root = newDirectory();
  /** Directory nodes by path; cleared whenever a directory may have left the tree. */
  folders = /* @__PURE__ */ new Map();
  /** The node at a literal path (no symlinks followed), or undefined. */
  lookup(path20) {
    if (path20 === "") return this.root;
    const known = this.folders.get(path20);
    if (known) return known;
    let node = this.root;
    for (const name of path20.split("/")) {
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
  put(path20, node) {
    if (path20 === "") {
      if (node.type === "dir") this.root.mode = node.mode;
      return;
    }
    const parent2 = this.folder(parentOf(path20));
    const name = baseName(path20);
    const existing = parent2.children.get(name);
    if (node.type === "dir" && existing?.type === "dir") {
      existing.mode = node.mode;
      return;
    }
    if (existing?.type === "dir") this.folders.clear();
    parent2.children.set(name, node);
    if (node.type === "dir") this.folders.set(path20, node);
  }
  remove(path20) {
    if (path20 === "") return;
    this.lookup(parentOf(path20))?.children?.delete(baseName(path20));
    this.folders.clear();
  }
  clearChildren(path20) {
    this.lookup(path20)?.children?.clear();
    this.folders.clear();
  }
  /** The directory at a path, made (over whatever non-directory was there) where missing. */
  folder(path20) {
    if (path20 === "") return this.root;
    const known = this.folders.get(path20);
    if (known) return known;
    const parent2 = this.folder(parentOf(path20));
    const name = baseName(path20);
    let child = parent2.children.get(name);
    if (child?.type !== "dir") {
      child = newDirectory();
      parent2.children.set(name, child);
    }
    this.folders.set(path20, child);
    return child;
  }
};
function applyLayer(tree, entries, where) {
  const additions = [];
  for (const item of entries) {
    const name = baseName(item.path);
    if (name === OPAQUE_MARKER) tree.clearChildren(parentOf(item.path));
    else if (item.path.includes(AUFS_META_PREFIX) && item.path.split("/").some((part) => part.startsWith(AUFS_META_PREFIX))) continue;
    else if (name.startsWith(WHITEOUT_PREFIX)) tree.remove(item.path.slice(0, item.path.length - name.length) + name.slice(WHITEOUT_PREFIX.length));
    else additions.push(item);
  }
  for (const item of additions) tree.put(item.path, nodeFor(tree, item, where));
}
function nodeFor(tree, item, where) {
  const { entry } = item;
  switch (entry.type) {
    case "hardlink": {
      const target = tree.lookup(entryPath(entry.linkName, where));
      if (!target) {
        throw new ImageError(`${where}: hardlink ${JSON.stringify(entry.name)} points to ${JSON.stringify(entry.linkName)}, which no layer up to this one holds`);
      }
      if (target.type === "dir") {
        throw new ImageError(`${where}: hardlink ${JSON.stringify(entry.name)} points to the directory ${JSON.stringify(entry.linkName)}`);
      }
      return target;
    }
    case "dir":
      return newDirectory(entry.mode);
    case "symlink":
      return { type: "symlink", mode: entry.mode, size: 0, linkTarget: entry.linkName };
    case "file": {
      const node = { type: "file", mode: entry.mode, size: entry.size };
      if (item.content) {
        node.content = item.content;
        node.contentComplete = item.content.length === entry.size;
      }
      return node;
    }
    default:
      return { type: entry.type, mode: entry.mode, size: 0 };
  }
}

// src/image/layer-reader.ts
async function readLayer(input, select, store, where) {
  const entries = [];
  let named;
  const pathOf = (entry) => {
    if (named?.entry !== entry) named = { entry, path: entryPath(entry.name, where) };
    return named.path;
  };
  const parser = new TarParser(
    (entry) => select(imagePath(pathOf(entry)), entry.size),
    (entry, content) => {
      const item = { path: pathOf(entry), entry };
      if (content) item.content = store.put(content);
      entries.push(item);
    },
    (size) => store.allocate(size)
  );
  let format2;
  let sink;
  let head = Buffer.alloc(0);
  const start = (bytes) => {
    format2 = sniffFormat(bytes);
    sink = tarSink(format2, (tar) => parser.write(tar));
    return sink.write(bytes);
  };
  try {
    for await (const chunk of input) {
      if (sink) await sink.write(chunk);
      else if (head.length + chunk.length >= SNIFF_BYTES) await start(head.length === 0 ? chunk : Buffer.concat([head, chunk]));
      else head = Buffer.concat([head, chunk]);
    }
    if (!sink) await start(head);
    await sink.finish();
    parser.end();
  } catch (error) {
    sink?.abort();
    if (error instanceof CorruptDataError) throw new ImageError(`${where}: corrupt ${format2} data (${error.message})`);
    throw asImageError(error, where);
  }
  return { entries, format: format2 ?? "tar", tarBytes: parser.position };
}
var INDEX_WINDOW = 32 * 1024;
function indexLayer(place2, select, store, where) {
  const fd = store.attach(place2.file);
  const window = Buffer.allocUnsafe(INDEX_WINDOW);
  let windowStart = 0;
  let windowLength = 0;
  const readAt = (position, length) => {
    const available = Math.max(0, Math.min(length, place2.size - position));
    if (position >= windowStart && position + available <= windowStart + windowLength) return window.subarray(position - windowStart, position - windowStart + available);
    const target = available > window.length ? Buffer.allocUnsafe(available) : window;
    let filled = 0;
    const wanted = Math.min(target.length, place2.size - position);
    while (filled < wanted) {
      const bytes = readSync4(fd, target, filled, wanted - filled, place2.offset + position + filled);
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
    listed = indexTar(readAt, place2.size);
  } catch (error) {
    throw asImageError(error, where);
  }
  const entries = [];
  for (const entry of listed) {
    const path20 = entryPath(entry.name, where);
    const item = { path: path20, entry };
    const asked = entry.type === "file" ? select(imagePath(path20), entry.size) : 0;
    if (asked > 0) item.content = { fd, offset: place2.offset + entry.dataOffset, length: Math.min(asked, entry.size) };
    entries.push(item);
  }
  return { entries, format: "tar", tarBytes: place2.size };
}
function asImageError(error, where) {
  if (error instanceof ImageError) return error;
  if (error instanceof TarFormatError) return new ImageError(`${where}: not a valid tar stream (${error.message})`);
  const code = error?.code ?? "";
  if (code === "ENOENT" || code === "EACCES" || code === "EISDIR" || code === "EIO") return new ImageError(`${where}: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}

// src/image/layouts.ts
var MAX_JSON_BYTES = 16 * 1024 * 1024;
async function readJson(files, name) {
  const size = await files.size(name);
  if (size === void 0) throw new ImageError(`${files.location}: ${name} is missing`);
  const bytes = await files.read(name, MAX_JSON_BYTES);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new ImageError(`${files.location}: ${name} is not valid JSON (${error.message})`);
  }
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
    chosen = images.find((entry2) => tagsOf(entry2).includes(reference) || tagsOf(entry2).includes(`${reference}:latest`));
    if (!chosen) throw new ImageError(`${files.location}: no image tagged ${reference}; it holds ${describeTags(images.map(tagsOf))}`);
  } else if (images.length === 1) {
    chosen = images[0];
  } else {
    throw new ImageError(`${files.location}: holds ${images.length} images (${describeTags(images.map(tagsOf))}); name one as docker-archive:FILE:TAG`);
  }
  const entry = chosen;
  for (const layer of [entry.Config, ...entry.Layers]) {
    if (await files.size(layer) === void 0) throw new ImageError(`${files.location}: manifest.json names ${layer}, which is missing from the archive`);
  }
  const config = parseImageConfig(await readJson(files, entry.Config), `${files.location}: ${entry.Config}`);
  return { config, layers: entry.Layers, label: tagsOf(entry)[0] ?? entry.Config };
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
async function readBlobJson(files, digest, referrer) {
  const name = blobName(files, digest);
  if (await files.size(name) === void 0) throw new ImageError(`${files.location}: ${referrer} names blob ${digest}, which is missing from the layout (expected at ${name})`);
  return readJson(files, name);
}
function descriptorList(value) {
  const manifests = value?.manifests;
  return Array.isArray(manifests) ? manifests.filter(isDescriptor) : [];
}
function isAttestation(descriptor) {
  return descriptor.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || descriptor.platform?.os === "unknown";
}
async function collectCandidates(files, descriptors, referrer, depth) {
  if (depth > 4) throw new ImageError(`${files.location}: image indexes nested too deep`);
  const candidates = [];
  for (const descriptor of descriptors) {
    if (isAttestation(descriptor)) continue;
    const blob = await readBlobJson(files, descriptor.digest, referrer);
    const mediaType = descriptor.mediaType ?? blob.mediaType ?? "";
    if (INDEX_TYPES.has(mediaType) || !("layers" in blob) && "manifests" in blob) {
      candidates.push(...await collectCandidates(files, descriptorList(blob), `index ${descriptor.digest}`, depth + 1));
      continue;
    }
    const manifest = blob;
    if (!isDescriptor(manifest.config) || !Array.isArray(manifest.layers)) {
      throw new ImageError(`${files.location}: manifest ${descriptor.digest} has no config or layers`);
    }
    const config = parseImageConfig(await readBlobJson(files, manifest.config.digest, `manifest ${descriptor.digest}`), `${files.location}: config ${manifest.config.digest}`);
    let platform2;
    if (descriptor.platform?.os && descriptor.platform.architecture) {
      platform2 = { os: descriptor.platform.os, architecture: descriptor.platform.architecture };
      if (descriptor.platform.variant) platform2.variant = descriptor.platform.variant;
    } else platform2 = config.platform;
    candidates.push({ digest: descriptor.digest, platform: platform2, manifest, config });
  }
  return candidates;
}
function matches(platform2, wanted) {
  if (!platform2) return false;
  if (platform2.os !== wanted.os || platform2.architecture !== wanted.architecture) return false;
  return wanted.variant === void 0 || (platform2.variant ?? defaultVariant(platform2)) === wanted.variant;
}
function defaultVariant(platform2) {
  return platform2.architecture === "arm64" ? "v8" : void 0;
}
var DEFAULT_PLATFORM = { os: "linux", architecture: "amd64" };
async function planOciLayout(files, wanted) {
  const index = await readJson(files, "index.json");
  const candidates = await collectCandidates(files, descriptorList(index), "index.json", 0);
  if (candidates.length === 0) throw new ImageError(`${files.location}: index.json lists no image manifest`);
  const available = candidates.map((candidate) => candidate.platform ? formatPlatform(candidate.platform) : "unknown platform");
  let chosen;
  if (wanted) {
    chosen = candidates.find((candidate) => matches(candidate.platform, wanted));
    if (!chosen) throw new ImageError(`${files.location}: no image for platform ${formatPlatform(wanted)}; it has ${[...new Set(available)].join(", ")}`);
  } else if (candidates.length === 1) {
    chosen = candidates[0];
  } else {
    chosen = candidates.find((candidate) => matches(candidate.platform, DEFAULT_PLATFORM));
    if (!chosen) throw new ImageError(`${files.location}: holds images for ${[...new Set(available)].join(", ")}; choose one with --platform (input platform)`);
  }
  const image = chosen;
  const layers = [];
  for (const layer of image.manifest.layers ?? []) {
    if (!isDescriptor(layer)) throw new ImageError(`${files.location}: manifest ${image.digest} has a malformed layer descriptor`);
    const name = blobName(files, layer.digest);
    if (await files.size(name) === void 0) throw new ImageError(`${files.location}: manifest ${image.digest} names layer blob ${layer.digest}, which is missing from the layout (expected at ${name})`);
    layers.push(name);
  }
  return { config: image.config, layers, label: image.digest };
}

// src/image/rootfs.ts
import { constants as constants4 } from "node:fs";
import { lstat, open as open2, opendir, readlink } from "node:fs/promises";
import path13 from "node:path";
async function readRootfs(top, select, store, logger) {
  const tree = new TreeBuilder();
  const pending = [{ dir: top, path: "" }];
  while (pending.length > 0) {
    const { dir, path: folder } = pending.pop();
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      logger.warn(`cannot list ${dir}: ${error.message}; its contents are left out`);
      continue;
    }
    for await (const dirent of handle) {
      const full = path13.join(dir, dirent.name);
      const child = folder === "" ? dirent.name : `${folder}/${dirent.name}`;
      const info = await lstat(full);
      const mode = info.mode & 4095;
      let node;
      if (info.isDirectory()) {
        node = newDirectory(mode);
        pending.push({ dir: full, path: child });
      } else if (info.isSymbolicLink()) {
        node = { type: "symlink", mode, size: 0, linkTarget: await readlink(full) };
      } else if (info.isFile()) {
        node = { type: "file", mode, size: info.size };
        const wanted = select(imagePath(child), info.size);
        if (wanted > 0) {
          const head = await readHead(full, Math.min(wanted, info.size));
          node.content = store.put(head);
          node.contentComplete = head.length === info.size;
        }
      } else if (info.isCharacterDevice()) node = { type: "char", mode, size: 0 };
      else if (info.isBlockDevice()) node = { type: "block", mode, size: 0 };
      else if (info.isFIFO()) node = { type: "fifo", mode, size: 0 };
      else continue;
      tree.put(child, node);
    }
  }
  return tree;
}
async function readHead(file, bytes) {
  const handle = await open2(file, constants4.O_RDONLY | constants4.O_NOFOLLOW);
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

// src/image/source.ts
import { stat as stat2 } from "node:fs/promises";
var SCHEMES = {
  "docker": "docker",
  "docker-daemon": "docker",
  "docker-archive": "docker-archive",
  "oci-dir": "oci-dir",
  "oci": "oci-dir",
  "oci-archive": "oci-archive",
  "dir": "dir"
};
var SOURCE_FORMS = "docker:REF, docker-archive:FILE[:TAG], oci-dir:DIR, oci-archive:FILE, dir:ROOTFS, or a file, directory or image reference without a prefix";
function parseSource(text) {
  const trimmed = text.trim();
  if (trimmed === "") throw new ConfigurationError(`image source is empty; expected ${SOURCE_FORMS}`);
  const match = /^([a-z-]+):(.*)$/.exec(trimmed);
  const kind = match ? SCHEMES[match[1]] : void 0;
  if (!match || !kind) return { kind: "auto", location: trimmed };
  const location = match[2];
  if (location === "") throw new ConfigurationError(`image source ${JSON.stringify(text)} names no ${kind === "docker" ? "image reference" : "path"} after "${match[1]}:"`);
  return { kind, location };
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
    return (await stat2(location)).isFile();
  } catch {
    return false;
  }
}
async function isDirectory(location) {
  try {
    return (await stat2(location)).isDirectory();
  } catch {
    return false;
  }
}

// src/image/open-image.ts
var KEEP_NOTHING = () => 0;
function contentStore(options) {
  return new ContentStore({ ...options.tempDir && { spillDir: options.tempDir }, ...options.contentMemoryBudget !== void 0 && { memoryBudget: options.contentMemoryBudget } });
}
async function openImage(source2, options = {}) {
  const spec = await splitArchiveReference(typeof source2 === "string" ? parseSource(source2) : source2);
  const kind = spec.kind === "auto" ? await detectKind(spec.location) : spec.kind;
  if (kind === "docker") {
    options.logger?.info(`saving ${spec.location} from the Docker daemon`);
    return withSavedImage(spec.location, options, async (archive) => {
      const image = await openLayoutSource({ kind: "docker-archive", location: archive }, options);
      return { ...image, kind: "docker", location: spec.location, label: spec.location };
    });
  }
  if (kind === "dir") return openRootfs(spec.location, options);
  return openLayoutSource({ ...spec, kind }, options);
}
async function detectKind(location) {
  if (await isFile(location)) return "docker-archive";
  if (await isDirectory(location)) {
    const files = await DirectoryFiles.open(location);
    return await detectLayout(files) ? "oci-dir" : "dir";
  }
  return "docker";
}
var KIND_NAMES = {
  "docker": "a Docker daemon image",
  "docker-archive": "a docker-archive (docker save)",
  "oci-dir": "an OCI image layout directory",
  "oci-archive": "an OCI archive",
  "dir": "a root filesystem directory"
};
async function openLayoutSource(spec, options) {
  const asFile = await isFile(spec.location);
  if (!asFile && !await isDirectory(spec.location)) {
    throw new ImageError(`${spec.location}: no such file or directory (expected ${KIND_NAMES[spec.kind]})`);
  }
  const isArchive = asFile;
  const files = isArchive ? await TarFiles.open(spec.location) : await DirectoryFiles.open(spec.location);
  try {
    const layout = await detectLayout(files);
    if (!layout) {
      throw new ImageError(`${spec.location}: neither an OCI image layout (oci-layout + index.json) nor a docker-archive (manifest.json listing images)`);
    }
    const kind = layout === "docker-archive" ? "docker-archive" : isArchive ? "oci-archive" : "oci-dir";
    if (spec.kind === "oci-archive" && layout !== "oci") {
      throw new ImageError(`${spec.location} is a docker-archive, not an OCI archive: use docker-archive:${spec.location} or no prefix`);
    }
    const plan2 = layout === "oci" ? await planOciLayout(files, options.platform) : await planDockerArchive(files, spec.reference);
    if (options.platform && layout !== "oci" && plan2.config.platform && !platformMatches(plan2.config.platform, options.platform)) {
      throw new ImageError(`${spec.location}: the image is for ${formatPlatform(plan2.config.platform)}, not ${formatPlatform(options.platform)}`);
    }
    const { fs: fs3, layers } = await readLayers(files, plan2, options);
    return { fs: fs3, config: plan2.config, layers, kind, location: spec.location, label: plan2.label };
  } finally {
    await files.close();
  }
}
function platformMatches(have, want) {
  return have.os === want.os && have.architecture === want.architecture && (!want.variant || have.variant === want.variant);
}
async function readLayers(files, plan2, options) {
  const tree = new TreeBuilder();
  const store = contentStore(options);
  const layers = [];
  const logger = options.logger ?? silentLogger;
  try {
    for (const [index, name] of plan2.layers.entries()) {
      const where = `${files.location}: layer ${index + 1} of ${plan2.layers.length} (${name})`;
      const storedBytes = await files.size(name) ?? 0;
      logger.info(`reading layer ${index + 1}/${plan2.layers.length} (${formatBytes(storedBytes)})`);
      const select = options.select ?? KEEP_NOTHING;
      const place2 = await files.where(name);
      const result = (place2 && indexLayer(place2, select, store, where)) ?? await readLayer(files.chunks(name), select, store, where);
      applyLayer(tree, result.entries, where);
      layers.push({ name, format: result.format, storedBytes, tarBytes: result.tarBytes, entries: result.entries.length });
    }
  } catch (error) {
    store.close();
    throw error;
  }
  return { fs: new ImageFs(tree.root, store), layers };
}
async function openRootfs(location, options) {
  if (!await isDirectory(location)) throw new ImageError(`${location}: no such directory (expected a root filesystem)`);
  let config = emptyConfig();
  if (options.configFile) {
    let text;
    try {
      text = await readFile2(options.configFile, "utf8");
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
  return { fs: new ImageFs(tree.root, store), config, layers: [], kind: "dir", location, label: location };
}

// src/image/content.ts
var MAX_SOURCE_BYTES = 32 * 1024 * 1024;
var SHEBANG_BYTES = 512;
var METADATA_HEAD_BYTES = 16 * 1024;
var METADATA_FILES = /* @__PURE__ */ new Set(["METADATA", "PKG-INFO", "RECORD", "top_level.txt", "entry_points.txt", "INSTALLER", "direct_url.json", "namespace_packages.txt", "installed-files.txt", "SOURCES.txt"]);
var pythonAnalysisContent = (path20, size) => {
  const slash = path20.lastIndexOf("/");
  const base = path20.slice(slash + 1);
  const parent2 = path20.slice(path20.lastIndexOf("/", slash - 1) + 1, slash);
  if (base.endsWith(".py") || base.endsWith(".pth") || base.endsWith(".egg-link")) return MAX_SOURCE_BYTES;
  if (base === "pyvenv.cfg" || path20 === "/etc/passwd") return MAX_SOURCE_BYTES;
  if ((parent2.endsWith(".dist-info") || parent2.endsWith(".egg-info")) && METADATA_FILES.has(base)) return MAX_SOURCE_BYTES;
  if (base.endsWith(".egg-info")) return Math.min(size, METADATA_HEAD_BYTES) || METADATA_HEAD_BYTES;
  if (parent2 === "bin" || parent2 === "sbin") return Math.min(size, SHEBANG_BYTES) || SHEBANG_BYTES;
  return 0;
};

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
function dirname(path20) {
  const slash = path20.lastIndexOf("/");
  return slash <= 0 ? "/" : path20.slice(0, slash);
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
function absolute(path20, cwd) {
  return path20.startsWith("/") ? join(path20) : join(cwd, path20);
}
function workingDirOf(config) {
  return config.workingDir ? join(config.workingDir) : "/";
}
function findOnPath(fs3, command, env, cwd) {
  if (command.includes("/")) {
    const path20 = absolute(command, cwd);
    return fs3.stat(path20)?.type === "file" ? path20 : void 0;
  }
  for (const dir of (env.get("PATH") ?? DEFAULT_PATH).split(":")) {
    const path20 = absolute(join(dir || ".", command), cwd);
    const entry = fs3.stat(path20);
    if (entry?.type === "file" && (entry.mode & 73) !== 0) return path20;
  }
  return void 0;
}
function shebangInterpreter(fs3, script, env, cwd) {
  const head = fs3.stat(script)?.hasContent ? fs3.readFile(script) : void 0;
  if (!head || head[0] !== 35 || head[1] !== 33) return void 0;
  const line = head.subarray(2, head.indexOf(10) === -1 ? head.length : head.indexOf(10)).toString("utf8").trim();
  const [program, ...args] = line.split(/\s+/);
  if (!program) return void 0;
  if (program.endsWith("/env")) {
    const name = args.find((arg) => !arg.startsWith("-"));
    return name ? findOnPath(fs3, name, env, cwd) : void 0;
  }
  return program;
}
function stdlibLandmark(fs3, prefix, minor) {
  return fs3.stat(join(prefix, "lib", `python3.${minor}`, "os.py"))?.type === "file" || fs3.exists(join(prefix, "lib", `python3${minor}.zip`));
}
function versionFromName(path20) {
  const match = /python3\.(\d+)[a-z]*$/.exec(path20);
  return match ? Number(match[1]) : void 0;
}
function readPyvenvCfg(fs3, file) {
  const values = /* @__PURE__ */ new Map();
  for (const line of (fs3.readText(file) ?? "").split(/\r?\n/)) {
    const eq = line.indexOf("=");
    if (eq > 0) values.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return values;
}
function extensionSuffixes(fs3, stdlibDir, minor) {
  const candidates = (fs3.readdir(stdlibDir) ?? []).filter((name) => name.startsWith("_sysconfigdata") && name.endsWith(".py")).sort();
  for (const name of candidates) {
    const text = fs3.readText(join(stdlibDir, name)) ?? "";
    const match = /'EXT_SUFFIX':\s*'([^']+)'/.exec(text);
    if (match) return [match[1], ".abi3.so", ".so"];
  }
  return [`.cpython-3${minor}${minor < 8 ? "m" : ""}-x86_64-linux-gnu.so`, ".abi3.so", ".so"];
}
function describeInterpreter(fs3, executable, env = /* @__PURE__ */ new Map()) {
  const realExecutable = fs3.realpath(executable);
  if (!realExecutable || fs3.stat(realExecutable)?.type !== "file") throw new EnvironmentError(`${executable} is not a file in the image`);
  let venv;
  let home;
  for (const dir of [dirname(executable), dirname(dirname(executable))]) {
    const cfg = join(dir, "pyvenv.cfg");
    if (fs3.stat(cfg)?.type === "file") {
      const values = readPyvenvCfg(fs3, cfg);
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
      const versions2 = (fs3.readdir(join(prefix, "lib")) ?? []).map((name) => /^python3\.(\d+)$/.exec(name)).filter((match) => match !== null);
      if (versions2.length === 1) minor = Number(versions2[0][1]);
    }
    if (minor !== void 0 && stdlibLandmark(fs3, prefix, minor)) {
      basePrefix = prefix;
      break;
    }
  }
  if (minor === void 0 || basePrefix === void 0) throw new EnvironmentError(`no standard library found for ${executable} (looked for lib/python3.X/os.py above ${dirname(realExecutable)})`);
  const stdlibDir = join(basePrefix, "lib", `python3.${minor}`);
  const site = fs3.readText(join(stdlibDir, "site.py")) ?? "";
  const installation = {
    executable,
    realExecutable,
    minor,
    basePrefix,
    flavor: site.includes("dist-packages") ? "debian" : "python.org",
    extensionSuffixes: extensionSuffixes(fs3, stdlibDir, minor)
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
function homeOf(fs3, config, env) {
  const fromEnv = env.get("HOME");
  if (fromEnv) return fromEnv;
  const user = (config.user || "root").split(":")[0];
  for (const line of (fs3.readText("/etc/passwd") ?? "").split("\n")) {
    const fields = line.split(":");
    if (fields.length >= 6 && (fields[0] === user || fields[2] === user)) return fields[5] || "/";
  }
  return "/";
}
function computeSysPath(fs3, config, python, launcher) {
  const env = environmentOf(config);
  const cwd = workingDirOf(config);
  const entries = [];
  const notes = [];
  const pthImports = [];
  const add = (path20, origin, via) => {
    const entry = { path: path20, origin };
    if (via) entry.via = via;
    entries.push(entry);
  };
  const front = [];
  const safePath = python.minor >= 11 && !!env.get("PYTHONSAFEPATH");
  if (launcher.kind === "server") for (const dir of launcher.prepend) front.push({ path: absolute(dir, cwd), origin: "server" });
  if (safePath) notes.push("PYTHONSAFEPATH is set: no script or working directory in front");
  else if (launcher.kind === "script" || launcher.kind === "server" && launcher.script) front.push({ path: dirname(fs3.realpath(absolute(launcher.script, cwd)) ?? absolute(launcher.script, cwd)), origin: "path0" });
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
  const isDir = (path20) => fs3.stat(path20)?.type === "dir";
  const addSiteDir = (dir, origin) => {
    if (!isDir(dir)) return;
    if (!known.has(dir)) {
      known.add(dir);
      add(dir, origin);
    }
    for (const name of (fs3.readdir(dir) ?? []).filter((file) => file.endsWith(".pth") && !(python.minor >= 13 && file.startsWith(".")))) {
      const file = join(dir, name);
      const text = fs3.stat(file)?.type === "file" ? fs3.readText(file) ?? "" : "";
      text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/\s+$/, "");
        if (line === "" || line.startsWith("#")) return;
        if (/^import[ \t]/.test(line)) {
          if (!pthImports.some((known2) => known2.file === file && known2.line === index + 1)) pthImports.push({ file, line: index + 1, text: line });
          return;
        }
        const path20 = absolute(line, dir);
        if (known.has(path20) || !fs3.exists(path20)) return;
        known.add(path20);
        add(path20, "pth", { file, line: index + 1 });
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
  if (userSiteEnabled) addSiteDir(join(homeOf(fs3, config, env), ".local", "lib", versionDir, "site-packages"), "user-site");
  const prefixes2 = venv ? venv.includeSystemSitePackages ? [venv.dir, python.basePrefix] : [venv.dir] : [python.basePrefix];
  for (const prefix of prefixes2) for (const dir of siteDirsOf(prefix)) addSiteDir(dir, venv && prefix === venv.dir ? "venv-site" : "site");
  return finish();
  function finish() {
    return { entries: [...front, ...entries], pthImports, notes };
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
function editableMappings(fs3, sysPath) {
  const mappings = [];
  for (const line of sysPath.pthImports) {
    const module = EDITABLE_PTH.exec(line.text)?.[1];
    if (!module) continue;
    const text = fs3.readText(join(dirname(line.file), `${module}.py`)) ?? "";
    const literal2 = /^MAPPING\s*(?::[^=\n]*)?=\s*(\{.*\})\s*$/m.exec(text)?.[1];
    if (!literal2) continue;
    const mapping = {};
    for (const pair of literal2.matchAll(QUOTED_PAIR)) mapping[pair[2]] = pair[4].replace(/\\(.)/g, "$1");
    mappings.push(mapping);
  }
  return mappings;
}

// src/python/entrypoints.ts
import path14 from "node:path";

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
var READ_STATEMENTS = /* @__PURE__ */ new Set(["import", "from", "if", "elif", "else", "try", "except", "finally", "with", "for", "while", "class", "async", "match", "case", "print", "exec"]);
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
  let at3 = from;
  for (; at3 < text.length; at3++) {
    const code = text.charCodeAt(at3);
    if (code === 32) column++;
    else if (code === 9) column = (Math.floor(column / 8) + 1) * 8;
    else if (code === 12) column = 0;
    else break;
  }
  measuredColumn = column;
  return at3;
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
    let at3 = this.nextFound[which];
    if (at3 < pos) {
      at3 = this.text.indexOf(MARKS[which], pos);
      if (at3 === -1) at3 = this.text.length;
      this.nextFound[which] = at3;
    }
    return at3;
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
    for (let at3 = this.text.indexOf("\n", from); at3 !== -1 && at3 < to; at3 = this.text.indexOf("\n", at3 + 1)) {
      this.line++;
      this.lineStart = at3 + 1;
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
      const at3 = measureIndent(text, pos);
      if (at3 >= length) {
        this.pos = at3;
        return;
      }
      const next = text.charCodeAt(at3);
      if (next !== 35 && next !== 10 && measuredColumn < indent) {
        this.pos = pos;
        return;
      }
      pos = at3;
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
        const at3 = measureIndent(text, pos);
        if (at3 >= length) {
          this.pos = at3;
          return;
        }
        const next = text.charCodeAt(at3);
        if (next === 35 || next === 10 || next === 13) continue;
        if (measuredColumn < indent) {
          this.pos = pos;
          return;
        }
        pos = at3;
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
      const at3 = measureIndent(text, this.pos);
      if (at3 >= text.length || measuredColumn !== indent) break;
      this.lineStart = this.pos;
      this.pos = at3;
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
    let at3 = this.pos;
    while (text.charCodeAt(at3) === 32 || text.charCodeAt(at3) === 9) at3++;
    const next = text.charCodeAt(at3);
    if (next !== 10 && next !== 13 && next !== 35) return this.rewind(start, line, lineStart);
    this.pos = at3;
    this.push("name", "pass", line, start - lineStart);
    this.push("newline", "", line, start - lineStart);
    this.skipBlock(this.indents.at(-1) + 1);
    return true;
  }
  /** At a `(` of a `def` or `class` header at the start of a line: `()` and the `:` stand for the header's rest. */
  skimHeader() {
    const tokens = this.tokens;
    const count2 = tokens.length - this.lineFirst;
    const keyword = tokens[tokens.length - 2];
    if (tokens.at(-1)?.type !== "name" || keyword?.type !== "name" || keyword.value !== "def" && keyword.value !== "class") return false;
    if (count2 !== 2 && !(count2 === 3 && keyword.value === "def" && tokens[this.lineFirst].value === "async")) return false;
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
    return STRING_PREFIXES.has(prefix) ? prefix : "";
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
    if (prefix.includes("f")) this.fstringBody(delimiter, prefix.includes("r"), line, col);
    else this.plainBody(delimiter, line, col);
    this.pos += delimiter.length;
  }
  /** Moves to the line break that ends a comment (or to the end of the text). */
  skipComment() {
    const text = this.text;
    const newline = text.indexOf("\n", this.pos);
    const end = newline === -1 ? text.length : newline;
    let at3 = this.pos;
    while (at3 < end && text.charCodeAt(at3) !== 13) at3++;
    this.pos = at3;
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
    for (let i2 = 1; i2 < this.indents.length; i2++) this.push("dedent", "", this.line, 0);
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
    if ((quote === '"' || quote === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
      this.pos = end;
      this.string(word.toLowerCase(), start);
      return;
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
    const isF = prefix.includes("f");
    const raw = prefix.includes("r");
    if (isF && this.minor >= 12) this.fstringBody(delimiter, raw, line, col);
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
   * 3.12+ f-string body: replacement fields may hold any expression, including strings with
   * the same quotes, comments in multi-line fields, and nested fields in format specs.
   */
  fstringBody(delimiter, raw, line, col) {
    const length = this.text.length;
    const triple = delimiter.length === 3;
    while (true) {
      if (this.pos >= length) this.error(triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal", line, col);
      const ch = this.text[this.pos];
      if (ch === "\\" && !raw) {
        this.pos++;
        if (this.text[this.pos] === "\n" || this.text[this.pos] === "\r") this.newline();
        else if (this.text[this.pos] !== "{") this.pos++;
      } else if (ch === "\\") {
        this.pos += this.text[this.pos + 1] === "{" || this.text[this.pos + 1] === "}" ? 1 : 2;
      } else if (ch === "\n" || ch === "\r") {
        if (!triple) this.error("unterminated f-string literal", line, col);
        this.newline();
      } else if (this.text.startsWith(delimiter, this.pos)) {
        return;
      } else if (ch === "{") {
        if (this.text[this.pos + 1] === "{") this.pos += 2;
        else this.replacementField(delimiter, raw, line, col);
      } else if (ch === "}") {
        if (this.text[this.pos + 1] === "}") this.pos += 2;
        else this.error("f-string: single '}' is not allowed");
      } else this.pos++;
    }
  }
  /** From a field's `{` past its `}`: an expression, optional `=`, `!conversion`, `:format spec`. */
  replacementField(delimiter, raw, line, col) {
    this.pos++;
    const length = this.text.length;
    let depth = 0;
    const triple = delimiter.length === 3;
    while (true) {
      if (this.pos >= length) this.error("f-string: expecting '}'", line, col);
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
        const word = this.text.slice(this.pos, end).toLowerCase();
        const quote = this.text[end];
        if ((quote === '"' || quote === "'") && STRING_PREFIXES.has(word)) {
          this.pos = end;
          this.nestedString(word);
        } else this.pos = end;
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
        this.formatSpec(delimiter, raw, line, col, ch === "!");
        return;
      }
      this.pos++;
    }
  }
  /** After `!` or `:` at the top of a field: the conversion and/or the format spec, through the closing `}`. */
  formatSpec(delimiter, raw, line, col, conversion) {
    const length = this.text.length;
    if (conversion) {
      while (this.pos < length && /[a-zA-Z]/.test(this.text[this.pos])) this.pos++;
      while (this.text[this.pos] === " " || this.text[this.pos] === "	") this.pos++;
      if (this.text[this.pos] === "}") {
        this.pos++;
        return;
      }
      if (this.text[this.pos] !== ":") this.error("f-string: expecting '}'", line, col);
      this.pos++;
    }
    while (true) {
      if (this.pos >= length) this.error("f-string: expecting '}'", line, col);
      const ch = this.text[this.pos];
      if (this.text.startsWith(delimiter, this.pos)) this.error("f-string: expecting '}'", line, col);
      if (ch === "}") {
        this.pos++;
        return;
      }
      if (ch === "{") {
        this.replacementField(delimiter, raw, line, col);
        continue;
      }
      if (ch === "\\" && !raw) this.pos++;
      if (ch === "\n" || ch === "\r") {
        if (delimiter.length !== 3) this.error("unterminated f-string literal", line, col);
        this.newline();
        continue;
      }
      this.pos++;
    }
  }
  /** A string inside a replacement field: skipped over, f-strings recursively. */
  nestedString(prefix) {
    const line = this.line;
    const col = this.pos - this.lineStart;
    const quote = this.text[this.pos];
    const delimiter = this.text.startsWith(quote.repeat(3), this.pos) ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    if (prefix.includes("f")) this.fstringBody(delimiter, prefix.includes("r"), line, col);
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
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const token = tokens[i2];
    if (token.type === "indent") level++;
    else if (token.type === "dedent") level--;
    const previous = tokens[i2 - 1];
    const atStatementStart = !previous || previous.type === "newline" || previous.type === "indent" || previous.type === "dedent" || previous.type === "op" && previous.value === ";";
    if (token.type !== "name" || !atStatementStart || level !== 0) continue;
    const setting = token.value;
    const assign = tokens[i2 + 1];
    if (!assign || assign.type !== "op" || assign.value !== "=" && assign.value !== "+=") continue;
    const isModule = MODULE_SETTINGS.has(setting) || setting === "INSTALLED_APPS";
    const nested = NESTED_SETTINGS.has(setting);
    if (!isModule && !nested && !ATTRIBUTE_SETTINGS.has(setting)) continue;
    let key;
    let depthAtKey = -1;
    let depth = 0;
    const calls = [];
    for (let j2 = i2 + 2; j2 < tokens.length && tokens[j2].type !== "newline"; j2++) {
      const item = tokens[j2];
      if (item.type === "op" && item.value === ";" && depth === 0) break;
      if (item.type === "op" && "([{".includes(item.value)) {
        depth++;
        const before = tokens[j2 - 1];
        calls.push(item.value === "(" && (before.type === "name" && !EXPRESSION_KEYWORDS.has(before.value) || before.type === "op" && (before.value === ")" || before.value === "]")));
      } else if (item.type === "op" && ")]}".includes(item.value)) {
        depth--;
        calls.pop();
        if (depth < depthAtKey) key = void 0;
      }
      const value = plainString(item);
      if (value === void 0) continue;
      if (calls.includes(true)) continue;
      const next = tokens[j2 + 1];
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

// src/python/shell-words.ts
var ALL_ARGUMENTS = "\0@";
function shellCommands(text, lookup) {
  return [...eachShellCommand(text, lookup)];
}
function closingQuote(text, from) {
  let j2 = from;
  while (j2 < text.length && text[j2] !== '"') j2 += text[j2] === "\\" ? 2 : 1;
  return Math.min(j2, text.length);
}
function closingBrace(text, from) {
  let depth = 1;
  for (let j2 = from; j2 < text.length; j2++) {
    const c3 = text[j2];
    if (c3 === "\\") j2++;
    else if (c3 === "'") {
      j2 = text.indexOf("'", j2 + 1);
      if (j2 === -1) return -1;
    } else if (c3 === '"') {
      j2 = closingQuote(text, j2 + 1);
    } else if (c3 === "$" && text[j2 + 1] === "{") {
      depth++;
      j2++;
    } else if (c3 === "}" && --depth === 0) return j2;
  }
  return -1;
}
function expandAt(text, start, lookup, inDoubleQuotes = false) {
  const next = text[start + 1];
  if (next === "@" || next === "*") return { value: ALL_ARGUMENTS, end: start + 2 };
  if (next === "{") {
    const close = closingBrace(text, start + 2);
    if (close === -1) return { value: "$", end: start + 1 };
    const body = text.slice(start + 2, close);
    const end = close + 1;
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
  let i2 = start + 1;
  while (i2 < text.length && text[i2] !== '"') {
    if (text[i2] === "\\" && '$`"\\\n'.includes(text[i2 + 1] ?? "")) {
      if (text[i2 + 1] !== "\n") value += text[i2 + 1];
      i2 += 2;
    } else if (text[i2] === "$") {
      const expansion = expandAt(text, i2, lookup, true);
      value += expansion.value;
      i2 = expansion.end;
    } else value += text[i2++];
  }
  return { value, end: i2 + 1 };
}
function expandWord(text, lookup, inDoubleQuotes) {
  let value = "";
  let i2 = 0;
  while (i2 < text.length) {
    const c3 = text[i2];
    if (c3 === "\\") {
      value += text[i2 + 1] ?? "";
      i2 += 2;
    } else if (c3 === "'" && !inDoubleQuotes) {
      const close = text.indexOf("'", i2 + 1);
      const end = close === -1 ? text.length : close;
      value += text.slice(i2 + 1, end);
      i2 = end + 1;
    } else if (c3 === '"' || c3 === "$") {
      const part = c3 === '"' ? doubleQuoted(text, i2, lookup) : expandAt(text, i2, lookup, inDoubleQuotes);
      value += part.value;
      i2 = part.end;
    } else {
      value += c3;
      i2++;
    }
  }
  return value;
}
function* eachShellCommand(text, lookup) {
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
  const endCommand = () => {
    endWord();
    const command2 = words2.length > 0 ? words2 : void 0;
    words2 = [];
    return command2;
  };
  let i2 = 0;
  while (i2 < text.length) {
    const c3 = text[i2];
    if (c3 === "\\") {
      if (text[i2 + 1] === "\n") i2 += 2;
      else {
        word += text[i2 + 1] ?? "";
        inWord = true;
        i2 += 2;
      }
    } else if (c3 === "'") {
      const close = text.indexOf("'", i2 + 1);
      const end = close === -1 ? text.length : close;
      word += text.slice(i2 + 1, end);
      inWord = true;
      i2 = end + 1;
    } else if (c3 === '"') {
      const quoted = doubleQuoted(text, i2, lookup);
      word += quoted.value;
      inWord = true;
      i2 = quoted.end;
    } else if (c3 === "$") {
      const { value, end } = expandAt(text, i2, lookup);
      i2 = end;
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
    } else if (c3 === "#" && !inWord && !started) {
      while (i2 < text.length && text[i2] !== "\n") i2++;
    } else if (c3 === ";" || c3 === "\n" || c3 === "&" || c3 === "|" || c3 === "(" || c3 === ")") {
      i2++;
      const command2 = endCommand();
      if (command2) yield command2;
    } else if (c3 === " " || c3 === "	" || c3 === "\r") {
      endWord();
      i2++;
    } else {
      word += c3;
      inWord = true;
      i2++;
    }
  }
  const command = endCommand();
  if (command) yield command;
}

// src/python/entrypoints.ts
var PYTHON_NAME = /^python(3(\.\d+)?)?$/;
function isPythonProgram(program) {
  return PYTHON_NAME.test(path14.posix.basename(program));
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
  for (let i2 = 0; i2 < args.length; i2++) {
    const arg = args[i2];
    if (arg === "--") {
      positionals.push(...args.slice(i2 + 1));
      break;
    }
    if (arg.startsWith("--") && arg.includes("=")) {
      const eq = arg.indexOf("=");
      add(arg.slice(0, eq), arg.slice(eq + 1));
    } else if (arg.startsWith("-") && arg.length > 1) {
      if (flags.has(arg)) add(arg, "");
      else if (!arg.startsWith("--") && arg.length > 2) add(arg.slice(0, 2), arg.slice(2));
      else add(arg, args[++i2] ?? "");
    } else {
      positionals.push(arg);
      if (stopAtFirstPositional) {
        positionals.push(...args.slice(i2 + 1));
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
function unwrap(argv, context, out, notes) {
  if (context.depth > 8) {
    notes.push(`stopped following ${JSON.stringify(argv)}: wrappers nest too deep`);
    return;
  }
  const nested = { ...context, depth: context.depth + 1 };
  let args = argv;
  for (; ; ) {
    const program = args[0];
    if (program === void 0) return;
    const name = path14.posix.basename(program);
    if (program === "--" || name === "exec" || name === "nohup") {
      args = args.slice(1);
    } else if (name === "tini" || name === "tini-static" || name === "dumb-init" || name === "catatonit") {
      let i2 = 1;
      while (i2 < args.length && args[i2].startsWith("-") && args[i2] !== "--") i2 += ["-e", "-p", "-r", "--rewrite"].includes(args[i2]) ? 2 : 1;
      if (args[i2] === "--") i2++;
      args = args.slice(i2);
    } else if (name === "env") {
      let i2 = 1;
      for (; i2 < args.length; i2++) {
        const arg = args[i2];
        if (arg === "-i" || arg === "--ignore-environment") context = { ...context, env: /* @__PURE__ */ new Map() };
        else if (arg === "-u" || arg === "--unset") {
          context = { ...context, env: new Map(context.env) };
          context.env.delete(args[++i2] ?? "");
        } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) context = { ...context, env: new Map(context.env).set(arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)) };
        else break;
      }
      args = args.slice(i2);
    } else if (name === "gosu" || name === "su-exec" || name === "chpst") {
      args = args.slice(2);
    } else if (SHELLS.has(name)) {
      const c3 = args.findIndex((arg, index) => index > 0 && /^-[a-z]*c[a-z]*$/.test(arg));
      if (c3 !== -1) {
        runShell(args[c3 + 1] ?? "", args.slice(c3 + 3), nested, out, notes);
        return;
      }
      const script = args.slice(1).find((arg) => !arg.startsWith("-"));
      if (!script) return;
      runShellScript(path14.posix.resolve(context.cwd, script), args.slice(args.indexOf(script) + 1), nested, out, notes);
      return;
    } else {
      const found = findOnPath(context.fs, program, context.env, context.cwd);
      const interpreter = found ? shebangInterpreter(context.fs, found, context.env, context.cwd) : void 0;
      if (found && interpreter && SHELLS.has(path14.posix.basename(interpreter))) {
        runShellScript(found, args.slice(1), nested, out, notes);
        return;
      }
      out.push({ argv: args, context });
      return;
    }
  }
}
function runShellScript(file, args, context, out, notes) {
  const text = context.fs.readText(file);
  if (text === void 0) {
    notes.push(`${file} is run by a shell but could not be read from the image`);
    return;
  }
  runShell(text, args, context, out, notes);
}
function runShell(text, args, context, out, notes) {
  let current = { ...context, env: new Map(context.env) };
  for (const words2 of eachShellCommand(text, (name) => current.env.get(name))) {
    let command = words2.flatMap((word) => word === ALL_ARGUMENTS ? args : [word]);
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
      current = { ...current, cwd: path14.posix.resolve(current.cwd, command[1] ?? current.env.get("HOME") ?? "/") };
    } else if (head === "export") {
      for (const item of command.slice(1)) if (item.includes("=")) current.env.set(item.slice(0, item.indexOf("=")), item.slice(item.indexOf("=") + 1));
    } else if (!["set", "echo", "printf", "test", "[", "true", "false", "mkdir", "chown", "chmod", "sleep", "fi", "done", "esac", "for", "case", "shift", "trap", "wait", "umask", "ulimit", "exit", "return", "source", "."].includes(head)) {
      unwrap(command, { ...current, env: new Map([...current.env, ...assignments2]) }, out, notes);
    }
  }
}
function deriveCommand(argv, context, notes) {
  const { fs: fs3 } = context;
  const program = argv[0];
  const name = path14.posix.basename(program);
  const found = findOnPath(fs3, program, context.env, context.cwd);
  if (PYTHON_NAME.test(name)) {
    if (!found) notes.push(`${program} is not on the image's PATH`);
    return pythonCommand(found ?? program, argv.slice(1), context, notes);
  }
  if (!found) {
    if (FLAGS[name]) notes.push(`${program} is not on the image's PATH: the container cannot start`);
    return void 0;
  }
  const interpreter = shebangInterpreter(fs3, found, context.env, context.cwd);
  if (!interpreter || !isPythonProgram(interpreter)) return void 0;
  const script = { role: "script", module: "__main__", file: found, how: `console script ${found}` };
  const server = serverCommand(name, argv.slice(1), context, notes);
  return {
    interpreter,
    launcher: { kind: "server", script: found, prepend: server?.prepend ?? [] },
    entries: [script, ...consoleScriptTargets(fs3, name), ...server?.entries ?? []],
    context: server?.context ?? context
  };
}
function consoleScriptTargets(fs3, name) {
  const entries = [];
  for (const file of entryPointFiles(fs3)) {
    let section = "";
    for (const line of (fs3.readText(file) ?? "").split("\n")) {
      const header = /^\s*\[(.+)\]\s*$/.exec(line);
      if (header) section = header[1].trim();
      const match = /^\s*([^=\s]+)\s*=\s*([\w.]+)(?::([\w.]+))?/.exec(line);
      if (section === "console_scripts" && match && match[1] === name) {
        const entry = { role: "app", module: match[2], how: `console script ${name} in ${file}` };
        if (match[3]) entry.attr = match[3].split(".")[0];
        entries.push(entry);
      }
    }
  }
  return entries;
}
var entryPointFileCache = /* @__PURE__ */ new WeakMap();
function entryPointFiles(fs3) {
  let files = entryPointFileCache.get(fs3);
  if (!files) {
    files = [];
    for (const entry of fs3.walk()) {
      if (entry.type === "file" && entry.path.endsWith("/entry_points.txt") && /\.(dist|egg)-info\/entry_points\.txt$/.test(entry.path)) files.push(entry.path);
    }
    entryPointFileCache.set(fs3, files);
  }
  return files;
}
function pythonInvocation(args) {
  for (let i2 = 0; i2 < args.length; i2++) {
    const arg = args[i2];
    if (arg === "-m" || arg.startsWith("-m") && !arg.startsWith("--")) {
      const module = arg === "-m" ? args[++i2] ?? "" : arg.slice(2);
      return { kind: "module", module, rest: args.slice(i2 + 1) };
    }
    if (arg === "-c" || arg.startsWith("-c") && !arg.startsWith("--")) return { kind: "command", code: arg === "-c" ? args[i2 + 1] ?? "" : arg.slice(2) };
    if (arg === "-X" || arg === "-W") {
      i2++;
      continue;
    }
    if (arg.startsWith("-")) continue;
    return { kind: "script", script: arg, rest: args.slice(i2 + 1) };
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
      const file = path14.posix.resolve(context.cwd, arg);
      const entries = [{ role: "script", module: "__main__", file, how: `python ${arg}` }];
      if (path14.posix.basename(arg) === "manage.py") {
        const rest = parseOptions(invocation.rest, /* @__PURE__ */ new Set());
        const settings = last(rest, "--settings") ?? context.env.get("DJANGO_SETTINGS_MODULE") ?? djangoSettingsDefault(context.fs.readText(file) ?? "");
        if (settings) entries.push({ role: "django-settings", module: settings, how: `Django settings of ${arg}` });
        else notes.push(`${arg} looks like Django's manage.py, but no DJANGO_SETTINGS_MODULE was found`);
      }
      return { interpreter, launcher: { kind: "script", script: file }, entries, context };
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
      const ws2 = last(options, "--ws");
      if (ws2 === "websockets" || ws2 === "wsproto") entries.push({ role: "module", module: ws2, how: `uvicorn --ws ${ws2}` });
      return { entries, prepend: [path14.posix.resolve(context.cwd, last(options, "--app-dir") ?? ".")], context };
    }
    case "hypercorn": {
      const options = parseOptions(args, FLAGS.hypercorn);
      const entries = [];
      const app = options.positionals.at(-1);
      const prepend = [];
      if (app) {
        const colon = app.indexOf(":");
        const target = path14.posix.resolve(context.cwd, colon === -1 ? app : app.slice(0, colon));
        const name2 = context.fs.stat(target)?.type === "file" ? path14.posix.basename(target).replace(/\.[^.]*$/, "") : path14.posix.basename(target);
        entries.push(appEntry(colon === -1 ? name2 : `${name2}${app.slice(colon)}`, "app", "hypercorn app argument"));
        prepend.push(path14.posix.dirname(target));
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
          if (context.fs.exists(path14.posix.join(context.cwd, `${candidate}.py`))) {
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
function flaskImport(fs3, cwd, spec) {
  let target = path14.posix.resolve(cwd, spec).replace(/\.py$/, "");
  if (path14.posix.basename(target) === "__init__") target = path14.posix.dirname(target);
  const names = [];
  let dir = target;
  do {
    names.unshift(path14.posix.basename(dir));
    dir = path14.posix.dirname(dir);
  } while (dir !== "/" && fs3.stat(path14.posix.join(dir, "__init__.py"))?.type === "file");
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
    const file = path14.posix.resolve(context.cwd, configSpec?.replace(/^file:/, "") ?? "gunicorn.conf.py");
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
  const chdir = path14.posix.resolve(context.cwd, setting("chdir", "--chdir") ?? ".");
  const app = command.positionals[0] ?? fileSettings.get("wsgi_app");
  if (app) entries.push(appEntry(app, "application", "gunicorn app argument"));
  else notes.push("gunicorn is started without an app argument or wsgi_app setting");
  const worker = setting("worker_class", "-k", "--worker-class") ?? "sync";
  const threads = Number(setting("threads", "--threads") ?? "1");
  if ((worker === "sync" || worker.endsWith("SyncWorker")) && threads > 1) entries.push(classEntry(GUNICORN_WORKERS.gthread, `gunicorn worker class gthread (${worker} with ${threads} threads)`));
  else entries.push(classEntry(GUNICORN_WORKERS[worker.replace(/^egg:gunicorn#/, "")] ?? worker, `gunicorn worker class ${worker}`));
  const pythonPath = (setting("pythonpath", "--pythonpath") ?? "").split(",").filter(Boolean).map((dir) => path14.posix.resolve(chdir, dir));
  const prepend = [];
  for (const dir of [context.cwd, chdir, ...pythonPath]) if (!prepend.includes(dir)) prepend.unshift(dir);
  return { entries, prepend, context: { ...context, env, cwd: chdir } };
}
function contextConfig(config, context) {
  return { ...config, workingDir: context.cwd, env: [...context.env].map(([key, value]) => `${key}=${value}`) };
}
function deriveEntryPlan(fs3, config) {
  const argv = [...config.entrypoint ?? [], ...config.cmd ?? []];
  const notes = [];
  const commands = [];
  unwrap(argv, { fs: fs3, env: environmentOf(config), cwd: workingDirOf(config), depth: 0 }, commands, notes);
  let main;
  const entries = [];
  for (const command of commands) {
    const derivation = deriveCommand(command.argv, command.context, notes);
    if (!derivation) continue;
    entries.push(...derivation.entries);
    main = { argv: command.argv, derivation };
  }
  if (!main || entries.length === 0) {
    const what = argv.length === 0 ? "the image has no ENTRYPOINT or CMD" : `the image's command ${JSON.stringify(argv)} starts no Python entry point the guard recognizes`;
    return { error: `${what}; list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)`, notes };
  }
  const plan2 = { command: main.argv, launcher: main.derivation.launcher, config: contextConfig(config, main.derivation.context), entries: dedupe(entries), notes };
  if (main.derivation.interpreter) plan2.interpreter = main.derivation.interpreter;
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

// src/python/image-python.ts
function launcherFrom(args, cwd) {
  const invocation = pythonInvocation(args);
  if (invocation.kind === "module") return { kind: "module", cwd };
  if (invocation.kind === "script") return { kind: "script", script: invocation.script };
  return { kind: "command" };
}
function interpreterOf(fs3, command, env, cwd) {
  const program = command[0];
  const found = program ? findOnPath(fs3, program, env, cwd) : void 0;
  if (program && found && isPythonProgram(program)) return { executable: found, launcher: launcherFrom(command.slice(1), cwd), how: `the image's command runs ${program}` };
  const scriptFor = found ? shebangInterpreter(fs3, found, env, cwd) : void 0;
  if (found && scriptFor) return { executable: scriptFor, launcher: { kind: "script", script: found }, how: `the image's command runs ${found}, a script for ${scriptFor}` };
  const executable = findOnPath(fs3, "python3", env, cwd) ?? findOnPath(fs3, "python", env, cwd);
  const how = program ? `the image's command (${program}) does not start Python itself; showing python3 from PATH` : "the image has no command; showing python3 from PATH";
  return executable ? { executable, launcher: { kind: "command" }, how } : { launcher: { kind: "command" }, how };
}
function planInterpreter(fs3, plan2, env, cwd) {
  const executable = plan2.interpreter.includes("/") ? plan2.interpreter : findOnPath(fs3, plan2.interpreter, env, cwd);
  const script = plan2.launcher.kind === "server" ? plan2.launcher.script : void 0;
  const how = script ? `the image's command runs ${script}, a script for ${plan2.interpreter}` : `the image's command runs ${plan2.command.slice(0, 3).join(" ")}`;
  return executable ? { executable, launcher: plan2.launcher, how } : { launcher: plan2.launcher, how };
}
function imagePython(fs3, imageConfig) {
  const plan2 = deriveEntryPlan(fs3, imageConfig);
  const config = "error" in plan2 ? imageConfig : plan2.config;
  const env = environmentOf(config);
  const cwd = workingDirOf(config);
  const command = [...config.entrypoint ?? [], ...config.cmd ?? []];
  const chosen = !("error" in plan2) && plan2.interpreter ? planInterpreter(fs3, { ...plan2, interpreter: plan2.interpreter }, env, cwd) : interpreterOf(fs3, command, env, cwd);
  const { executable, launcher, how } = chosen;
  if (!executable) return { error: `no Python interpreter found: the image's command is ${JSON.stringify(command)} and PATH holds no python3` };
  try {
    const python = describeInterpreter(fs3, executable, env);
    const sysPath = computeSysPath(fs3, config, python, launcher);
    const entries = "error" in plan2 ? { error: plan2.error } : plan2.entries;
    return { command, config, python, launcher, sysPath, redirects: importRedirects(sysPath, config), editable: editableMappings(fs3, sysPath), how, entries, entryNotes: plan2.notes };
  } catch (error) {
    if (error instanceof EnvironmentError) return { error: error.message };
    throw error;
  }
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
function readMember(text, logLine2) {
  const chains = fromText(text.join("\n"), logLine2 - 1);
  if (chains.length > 0) return { ...chains.at(-1), logLine: logLine2 };
  const match = EXCEPTION.exec(text[0]?.trimEnd() ?? "");
  if (!match) return void 0;
  const member = { exception: match[1], message: match[2] ?? "", frames: [], logLine: logLine2 };
  return text[1]?.startsWith("+-+") ? { ...member, group: membersOf(text, 1, 0, logLine2).group } : member;
}
function membersOf(lines, start, indent, logLine2) {
  const { subs, end } = subExceptions(lines, start, indent);
  return { group: subs.map((sub) => readMember(sub, logLine2)).filter((member) => member !== void 0), end };
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
  return found.sort((a2, b) => a2.logLine - b.logLine);
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
async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1e3), redirect: "manual" });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300 ? response.status : void 0;
  } catch {
    return void 0;
  }
}
async function serveCheck(image, options) {
  const started = performance.now();
  const container = await startContainer(image, { ...options, network: "bridge", ...options.port !== void 0 && { publish: options.port } });
  const seconds2 = () => Number(((performance.now() - started) / 1e3).toFixed(3));
  const logs = async () => (options.mask ?? String)(await container.logs());
  try {
    const hostPort = options.port !== void 0 ? await container.hostPort(options.port) : void 0;
    const url = hostPort !== void 0 && options.healthPath !== void 0 ? `http://127.0.0.1:${hostPort}/${options.healthPath.replace(/^\/+/, "")}` : void 0;
    const deadline = started + options.timeoutSeconds * 1e3;
    const every = options.waitEverySeconds ?? 10;
    let told = 0;
    for (; ; ) {
      const waited = Math.floor((performance.now() - started) / 1e3 / every) * every;
      if (waited > told) options.onWait?.(told = waited);
      const state = await container.state();
      if (state.restarts > 0) return { verdict: "restarted", seconds: seconds2(), logs: await logs() };
      if (!state.running) return { verdict: "exited", exitCode: state.exitCode, ...state.oomKilled && { oomKilled: true }, seconds: seconds2(), logs: await logs() };
      const status = url ? await answers(url) : void 0;
      if (status !== void 0) return { verdict: "ready", readyBy: "health-path", status, seconds: seconds2(), logs: await logs() };
      if (state.health === "healthy") return { verdict: "ready", readyBy: "healthcheck", seconds: seconds2(), logs: await logs() };
      if (performance.now() >= deadline) return { verdict: url || state.health !== void 0 ? "timeout" : "running", seconds: seconds2(), logs: await logs() };
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
    const logLine2 = index + 1;
    const noModule = UVICORN_MODULE.exec(line);
    if (noModule) {
      found.push({ exception: "ModuleNotFoundError", message: `No module named '${noModule[1]}'`, frames: [], logLine: logLine2 });
      return;
    }
    const noAttribute = UVICORN_ATTRIBUTE.exec(line) ?? GUNICORN_ATTRIBUTE.exec(line.trim());
    if (noAttribute) found.push({ exception: "AttributeError", message: `module '${noAttribute[2]}' has no attribute '${noAttribute[1]}'`, frames: [], logLine: logLine2 });
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
  return { runId: plan2.runId, timeoutSeconds: plan2.timeoutSeconds, memory: plan2.memory, env: plan2.env, mask, ...plan2.dockerCommand !== void 0 && { dockerCommand: plan2.dockerCommand } };
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
      const failures = [...parseTracebacks(served.logs), ...serverLoadErrors(served.logs)].sort((a2, b) => a2.logLine - b.logLine).map((traceback) => ({ traceback }));
      const outcome = served.verdict === "exited" ? `the process exited with status ${served.exitCode}${served.oomKilled ? killedForMemory(plan2) : ""} ${after}` : served.verdict === "restarted" ? `the container restarted ${after}` : `not ready ${after} (boot-timeout): ${plan2.healthPath !== void 0 ? `GET ${plan2.healthPath} never answered 2xx` : "the image's HEALTHCHECK never reported healthy"}`;
      return { run: { ...base, ok: false, outcome }, failures };
    }
  }
}
function bootImage(plan2) {
  const mask = (text) => maskSecrets(text, plan2.secrets);
  return plan2.mode === "import" ? bootByImport(plan2, mask) : bootByServing(plan2, mask);
}

// src/report/findings.ts
var SEVERITIES = ["error", "warning", "notice"];
var COMMAND_LOCATION = { imagePath: "(image command)", line: 0, column: 0 };
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function isReported(finding) {
  return finding.unreported === void 0;
}
function compareFindings(a2, b) {
  return severityRank(a2.severity) - severityRank(b.severity) || Number(a2.unreported !== void 0) - Number(b.unreported !== void 0) || displayPath(a2.location).localeCompare(displayPath(b.location)) || a2.location.line - b.location.line || a2.location.column - b.location.column || a2.module.localeCompare(b.module);
}
function displayPath(location) {
  return location.repoPath ?? location.imagePath;
}
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  const limit = severityRank(failOn);
  return findings.some((finding) => isReported(finding) && severityRank(finding.severity) <= limit);
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
  const noName = /^cannot import name '([^']+)' from '([^']+)'/.exec(traceback.message);
  return noName ? { module: noName[2], name: noName[1] } : void 0;
}
function chainOf(traceback) {
  const chain = [];
  for (let current = traceback; current; current = current.previous?.traceback) chain.push(current);
  return chain;
}
function sameModule(a2, b) {
  return a2 === b || a2.startsWith(`${b}.`) || b.startsWith(`${a2}.`);
}
function at(frame, facts) {
  const repoPath = facts.toRepo(frame.file);
  return { imagePath: frame.file, ...repoPath && { repoPath }, line: frame.line, column: 1 };
}
var COMMAND = COMMAND_LOCATION;
function chainFrom(traceback, facts, entry, last2) {
  const frames = traceback.frames.filter((frame) => facts.isApplication(frame.file));
  const hops = [];
  frames.forEach((frame, index) => {
    const next = index + 1 < frames.length ? facts.moduleOf(frames[index + 1].file) : last2;
    if (next === void 0 || index + 1 < frames.length && frame.function !== "<module>") return;
    hops.push({ ...at(frame, facts), importer: facts.moduleOf(frame.file) ?? entry, module: next });
  });
  return hops;
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
function predictedBy(findings, failure, facts) {
  for (const raised of chainOf(failure.traceback)) {
    const missing = missingImport(raised);
    if (!missing) continue;
    const frame = applicationFrame(raised, facts.isApplication);
    const matches2 = (finding) => missing.name === void 0 ? finding.kind === "missing-module" && sameModule(finding.module, missing.module) : finding.kind === "missing-name" && finding.module === missing.module && finding.name === missing.name;
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
  const frame = applicationFrame(traceback, facts.isApplication);
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
      chain: chainFrom(traceback, facts, entry, missing.module)
    };
  }
  const module = (frame && facts.moduleOf(frame.file)) ?? entry;
  return { ...base, kind: "boot-failure", module, origin: "unknown", chain: chainFrom(traceback, facts, entry) };
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

// src/boot/daemon-image.ts
function inDaemon(kind) {
  return kind === "docker";
}
async function daemonImage(source2, options = {}) {
  if (source2.kind === "docker") return { reference: source2.location };
  if (source2.kind === "oci-dir" || source2.kind === "dir") {
    const what = source2.kind === "dir" ? "a root filesystem folder" : "an OCI layout folder";
    throw new ConfigurationError(`boot needs an image the Docker daemon can run, and ${source2.location} is ${what}; build or load the image and give docker:REF as image, or set boot: none`);
  }
  const output = await dockerForBoot(["load", "--input", source2.location], options).catch((error) => {
    if (!(error instanceof BootError) || !error.message.startsWith("`docker load` failed")) throw error;
    throw new BootError(`the Docker daemon could not load ${source2.kind}:${source2.location} (${error.message.replace(/^`docker load` failed: /, "")}); load the image yourself and give docker:REF as image, or set boot: none`);
  });
  const tags = [...output.matchAll(/^Loaded image: (\S+)$/gm)].map((match) => match[1]);
  const ids = [...output.matchAll(/^Loaded image ID: (\S+)$/gm)].map((match) => match[1]);
  const tag = tags.find((candidate) => source2.label === candidate || source2.label.endsWith(`:${candidate}`)) ?? tags[0];
  if (tag) return { reference: tag };
  if (ids[0]) return { reference: ids[0], loadedId: ids[0] };
  throw new ConfigurationError(`docker load read ${source2.location} but named no image it loaded (${output.trim() || "no output"}); load it yourself and give docker:REF as image, or set boot: none`);
}
async function releaseDaemonImage(image, options = {}) {
  if (image.loadedId) await dockerForBoot(["image", "rm", image.loadedId], options).catch(() => void 0);
}

// src/boot/stage.ts
var ARCHITECTURES = { x64: "amd64", arm64: "arm64", arm: "arm", ia32: "386", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
function chooseMode(input) {
  const { mode } = input.settings;
  if (mode === "none") return { reason: "boot is none" };
  if (mode !== "auto") return mode;
  const platform2 = input.imageConfig.platform;
  const arch = input.machineArch ?? process.arch;
  const machine = ARCHITECTURES[arch] ?? arch;
  if (platform2 && platform2.architecture !== machine) {
    return { reason: `the image is for ${formatPlatform(platform2)} and this machine is ${machine}; set boot: import to boot it under emulation (QEMU)` };
  }
  if (inDaemon(input.source.kind)) return "import";
  const { kind } = input.source;
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
    return { ...base, targets: [], front: [], env: { ...settings.env }, ...port !== void 0 && { port }, ...settings.healthPath !== void 0 && { healthPath: settings.healthPath } };
  }
  const targets = importTargets(input.entries);
  if (targets.length === 0) {
    return { reason: `the import boot has nothing to import: the entry points are scripts or files (${input.entries.map(entryLabel).join(", ")}); boot: serve runs them` };
  }
  const front = input.sysPath.filter((entry) => entry.origin === "path0" || entry.origin === "server").map((entry) => entry.path);
  return { ...base, targets, front, workdir: workingDirOf(input.commandConfig), env: { ...commandEnv(input), ...settings.env } };
}
function moduleNamer(input) {
  const cwd = workingDirOf(input.commandConfig);
  const roots = input.sysPath.map((entry) => entry.path === "" ? cwd : entry.path).sort((a2, b) => b.length - a2.length);
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
    const image = await daemonImage(input.source, input);
    try {
      const waitingFor = planned.healthPath !== void 0 ? `GET ${planned.healthPath} to answer` : "the service to be ready";
      const chosen = { ...planned, image: image.reference, onWait: (seconds2) => input.logger.info(`  waiting for ${waitingFor}: ${seconds2} s of ${planned.timeoutSeconds} s`) };
      input.logger.info(mode === "import" ? `Booting ${input.source.label}: importing ${chosen.targets.map(targetText).join(", ")} with ${chosen.python}` : `Booting ${input.source.label}: running its own command${chosen.port !== void 0 ? ` with port ${chosen.port} published` : ""}`);
      const outcome = await bootImage(chosen);
      input.logger.info(`Boot ${outcome.run.ok ? "passed" : "failed"}: ${outcome.run.outcome}`);
      const facts = {
        toRepo: input.toRepo,
        isApplication: (file) => !file.startsWith("<") && !underAny(file, input.libraryDirs),
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
import path19 from "node:path";

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
  let path20 = recorded.replace(/^\.\//, "");
  if (fromMetadata) {
    if (!path20.startsWith("../")) return void 0;
    path20 = path20.slice(3);
  }
  if (path20.startsWith("../")) return void 0;
  const first = path20.split("/")[0];
  if (first === "" || first === "__pycache__" || /\.(dist|egg)-info$/.test(first) || first.endsWith(".pth")) return void 0;
  if (path20.includes("/")) return /^[A-Za-z_][A-Za-z0-9_]*$/.test(first) ? first : void 0;
  const module = /^([A-Za-z_][A-Za-z0-9_]*)\.(py|pyc|so|pyd|[a-z0-9_.-]*\.so)$/.exec(first);
  return module?.[1];
}
function topLevelNames(fs3, metadata, isFolder) {
  if (!isFolder) return [];
  const listed = fs3.readText(`${metadata}/top_level.txt`);
  if (listed !== void 0) return [...new Set(listed.split(/\r?\n/).map((line) => line.trim().split("/")[0]).filter((line) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(line)))];
  const record = fs3.readText(`${metadata}/RECORD`);
  const recorded = record ?? fs3.readText(`${metadata}/installed-files.txt`) ?? "";
  const names = /* @__PURE__ */ new Set();
  for (const line of recorded.split(/\r?\n/)) {
    const top = topLevelOf(line.split(",")[0].replace(/^"|"$/g, ""), record === void 0);
    if (top) names.add(top);
  }
  return [...names];
}
var cache = /* @__PURE__ */ new WeakMap();
var SKIPPED = /* @__PURE__ */ new Set(["/proc", "/sys", "/dev", "/usr/share/doc", "/usr/share/locale", "/usr/share/man", "/usr/include"]);
function installedDistributions(fs3) {
  let found = cache.get(fs3);
  if (found) return found;
  found = [];
  const folders = ["/"];
  while (folders.length > 0) {
    const folder = folders.pop();
    const entries = fs3.entries(folder);
    if (!entries) continue;
    const prefix = folder === "/" ? "/" : `${folder}/`;
    const metadata = [...entries].filter(([name, type]) => /\.(dist|egg)-info$/.test(name) && (type === "dir" || type === "file"));
    for (const [name, type] of metadata) found.push(readDistribution(fs3, folder, name, type === "dir"));
    if (metadata.length > 0 || /\/(site|dist)-packages$/.test(folder)) continue;
    for (const [name, type] of entries) if (type === "dir" && !SKIPPED.has(`${prefix}${name}`)) folders.push(`${prefix}${name}`);
  }
  cache.set(fs3, found);
  return found;
}
function readDistribution(fs3, location, folderName, isFolder) {
  const path20 = `${location === "/" ? "" : location}/${folderName}`;
  const text = isFolder ? fs3.readText(`${path20}/METADATA`) ?? fs3.readText(`${path20}/PKG-INFO`) : fs3.readText(path20);
  const { name, version } = headers(text ?? "");
  const [fallbackName, fallbackVersion] = folderName.replace(/\.(dist|egg)-info$/, "").split("-");
  const known = version ?? fallbackVersion;
  return { name: name ?? fallbackName, ...known && { version: known }, metadata: path20, location, topLevel: topLevelNames(fs3, path20, isFolder) };
}

// src/explain/build-context.ts
import { existsSync, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import path15 from "node:path";

// src/explain/dockerignore.ts
var BOM = "\uFEFF";
var GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
function trimSpace(text) {
  return text.replace(GO_SPACE, "");
}
function cleanPath(path20) {
  if (path20 === "") return ".";
  const rooted = path20.startsWith("/");
  const parts = [];
  for (const part of path20.split("/")) {
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
var SHARED_ESCAPES = /* @__PURE__ */ new Set(["d", "D", "s", "S", "w", "W", "b", "B", "t", "n", "r", "f", "v"]);
function literal(char) {
  return `\\u{${char.codePointAt(0).toString(16)}}`;
}
function compile(pattern) {
  const chars = [...pattern];
  let source2 = "^";
  let kind = "exact";
  let inClass = false;
  for (let index = 0, step = 0; index < chars.length; index++, step++) {
    const char = chars[index];
    if (inClass && (char === "*" || char === "?")) throw new Error(`a ${char} inside [...] is not matched as written`);
    if (char === "*") {
      if (chars[index + 1] === "*") {
        index++;
        if (chars[index + 1] === "/") index++;
        if (index + 1 >= chars.length) {
          if (kind === "exact") kind = "prefix";
          else {
            source2 += ".*";
            kind = "regexp";
          }
        } else {
          source2 += "(?:.*/)?";
          kind = "regexp";
        }
        if (step === 0) kind = "suffix";
      } else {
        source2 += "[^/]*";
        kind = "regexp";
      }
    } else if (char === "?") {
      source2 += "[^/]";
      kind = "regexp";
    } else if (char === "\\") {
      const next = chars[index + 1];
      if (next === void 0) {
        source2 += literal(char);
        continue;
      }
      index++;
      kind = "regexp";
      if (!/[A-Za-z0-9]/.test(next)) source2 += literal(next);
      else if (SHARED_ESCAPES.has(next)) source2 += `\\${next}`;
      else throw new Error(`\\${next} is an escape Docker's regular expressions refuse`);
    } else if (char === "[" && !inClass) {
      source2 += char;
      inClass = true;
      kind = "regexp";
    } else if (char === "]" && inClass) {
      source2 += char;
      inClass = false;
    } else if (REGEX_ONLY.has(char) || char === "[" || char === "]" || char === "/") {
      source2 += literal(char);
    } else source2 += char;
  }
  if (kind === "exact") return (path20) => path20 === pattern;
  if (kind === "prefix") {
    const prefix = pattern.slice(0, -2);
    return (path20) => path20.startsWith(prefix);
  }
  if (kind === "suffix") {
    const suffix = pattern.slice(2);
    return (path20) => path20.endsWith(suffix) || suffix.startsWith("/") && path20 === suffix.slice(1);
  }
  const regexp = new RegExp(`${source2}$`, "u");
  return (path20) => regexp.test(path20);
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
        if (pattern.length === 1) throw new ConfigurationError(`${file} line ${line.line}: "${line.text}" is an exception with no pattern; Docker refuses it`);
        pattern = pattern.slice(1);
      }
      const problem = goPatternProblem(pattern);
      let matches2;
      try {
        if (problem) throw new Error(problem);
        matches2 = compile(pattern);
      } catch (error) {
        throw new ConfigurationError(`${file} line ${line.line}: "${line.text}" is not a pattern Docker accepts (${error.message}); docker build fails with it`);
      }
      compiled.push({ line: line.line, text: line.text, pattern, exception, matches: matches2 });
    }
    this.rules = compiled.map(({ matches: _2, ...rule2 }) => rule2);
    const kept = compiled.slice();
    for (const always of [".dockerignore", cleanPath(dockerfile)]) {
      if (this.matchOrParents(compiled, always)) kept.push({ line: 0, text: `!${always}`, pattern: always, exception: true, matches: compile(always) });
    }
    this.compiled = kept;
    this.hasExceptions = kept.some((rule2) => rule2.exception);
  }
  /** Why a path of the context (relative, `/`-separated) is not sent to the builder; undefined when it is. */
  exclusion(path20, isFolder = false) {
    const clean = cleanPath(path20);
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
  sends(path20, isFolder = false) {
    return this.exclusion(path20, isFolder) === void 0;
  }
  folder(path20, parent2) {
    let state = this.folders.get(path20);
    if (!state) {
      state = this.evaluate(path20, parent2);
      if (state.excluded) state.skipped = !this.exceptionUnder(path20);
      this.folders.set(path20, state);
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
   */
  evaluate(path20, parent2) {
    let excluded = false;
    let decidedBy;
    const matched = this.compiled.map((rule2, index) => {
      let match = parent2?.matched[index] ?? false;
      if (!match) {
        if (rule2.exception !== excluded) return false;
        match = rule2.matches(path20);
        if (!match && !parent2) match = this.parentFolders(path20).some((folder) => rule2.matches(folder));
      }
      if (match) {
        excluded = !rule2.exception;
        decidedBy = rule2;
      }
      return match;
    });
    return { matched, excluded, skipped: false, ...decidedBy && { decidedBy } };
  }
  parentFolders(path20) {
    const parts = path20.split("/");
    return parts.slice(0, -1).map((_2, index) => parts.slice(0, index + 1).join("/"));
  }
  /** Docker's check for the Dockerfile and the ignore file: any rule, on the path or a folder above it. */
  matchOrParents(rules, path20) {
    let excluded = false;
    for (const rule2 of rules) {
      if (rule2.exception !== excluded) continue;
      if (rule2.matches(path20) || this.parentFolders(path20).some((folder) => rule2.matches(folder))) excluded = !rule2.exception;
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
function globExpression(pattern) {
  let source2 = "^";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "*") source2 += "[^/]*";
    else if (char === "?") source2 += "[^/]";
    else if (char === "\\" && index + 1 < pattern.length) source2 += `\\u{${pattern.codePointAt(++index).toString(16)}}`;
    else if (char === "[") {
      const end = pattern.indexOf("]", index + 2);
      if (end === -1) source2 += "\\[";
      else {
        source2 += `[${pattern.slice(index + 1, end).replace(/^!/, "^").replace(/[\\\]]/g, "\\$&")}]`;
        index = end;
      }
    } else source2 += char.replace(/[.+^${}()|/\]]/g, "\\$&");
  }
  return new RegExp(`${source2}$`, "u");
}
function isPattern(source2) {
  return /[*?[]/.test(source2);
}
function landing(step, item, path20, itemIsPath) {
  if (step.parents) return `${step.destination.replace(/\/$/, "")}/${path20.replace(/^\/+/, "")}`;
  const below = itemIsPath ? "" : path20.slice(item === "." || item === "/" ? 0 : item.length + 1).replace(/^\/+/, "");
  if (itemIsPath) return step.destination.endsWith("/") ? `${step.destination}${path20.slice(path20.lastIndexOf("/") + 1)}` : step.destination;
  return `${step.destination.replace(/\/$/, "")}/${below}`;
}
function throughStep(step, path20) {
  for (const source2 of step.sources) {
    if (!isPattern(source2)) {
      if (source2 === path20) return landing(step, source2, path20, true);
      if (source2 === "." || source2 === "/" || path20.startsWith(`${source2}/`)) return landing(step, source2, path20, false);
      continue;
    }
    const expression = globExpression(source2);
    const parts = path20.split("/");
    for (let depth = 1; depth <= parts.length; depth++) {
      const item = parts.slice(0, depth).join("/");
      if (item !== "" && expression.test(item)) return landing(step, item, path20, depth === parts.length);
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
function importedFolders(dockerfile, searched) {
  const folders = /* @__PURE__ */ new Set();
  const final = dockerfile.stages.at(-1);
  const chain = [];
  for (let stage = final; stage && !chain.includes(stage); stage = dockerfile.stages.find((candidate) => candidate.name === stage.base.toLowerCase())) chain.push(stage);
  for (const step of chain.flatMap((stage) => stage.copies)) {
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
  return path15.relative(root, target).split(path15.sep).join("/");
}
function upToTarget(dockerfile, target) {
  const index = dockerfile.stages.findIndex((stage) => stage.name === target.toLowerCase());
  if (index === -1) {
    const names = dockerfile.stages.flatMap((stage) => stage.name ? [stage.name] : []);
    throw new ConfigurationError(`target ${JSON.stringify(target)} is not a stage of ${dockerfile.file}; ${names.length > 0 ? `its named stages are ${names.join(", ")}` : "it names no stage (FROM image AS name)"}`);
  }
  return { ...dockerfile, stages: dockerfile.stages.slice(0, index + 1) };
}
function readBuildContext(repository, context, dockerfile, target) {
  const root = path15.resolve(repository);
  const folder = path15.resolve(root, context || ".");
  const folderRelative = repositoryRelative(root, folder);
  if (folderRelative.startsWith("..") || path15.isAbsolute(folderRelative)) throw new ConfigurationError(`context ${JSON.stringify(context)} is outside the repository ${repository}; give a folder inside it, for example . or services/api`);
  if (!existsSync(folder) || !statSync2(folder).isDirectory()) throw new ConfigurationError(`context ${JSON.stringify(context)} is not a folder of the repository ${repository}`);
  const dockerfilePath = path15.resolve(root, dockerfile || path15.join(folder, "Dockerfile"));
  if (dockerfile && !existsSync(dockerfilePath)) throw new ConfigurationError(`dockerfile ${JSON.stringify(dockerfile)} is not a file of the repository ${repository}`);
  const built = { folder: folderRelative };
  if (existsSync(dockerfilePath) && statSync2(dockerfilePath).isFile()) {
    const parsed = parseDockerfile(readFileSync3(dockerfilePath, "utf8"), repositoryRelative(root, dockerfilePath));
    built.dockerfile = target ? upToTarget(parsed, target) : parsed;
  }
  const candidates = [`${dockerfilePath}.dockerignore`, path15.join(folder, ".dockerignore")];
  const ignorePath = candidates.find((candidate) => existsSync(candidate) && statSync2(candidate).isFile());
  if (ignorePath) built.ignore = new DockerIgnore(readFileSync3(ignorePath, "utf8"), repositoryRelative(root, ignorePath), repositoryRelative(folder, dockerfilePath));
  return built;
}

// src/explain/cause.ts
import path16 from "node:path";
function explainFirstParty(finding, context, checkout) {
  if (finding.origin !== "first-party" || finding.kind !== "missing-module" || finding.cause !== void 0) return finding;
  const imageHas = checkout.imageHas ?? (() => false);
  const sources = checkout.sourcesOf(finding.module);
  if (sources.length === 0) return finding;
  const inContext = sources.map((source3) => ({ source: source3, relative: path16.posix.relative(context.folder, source3) })).filter(({ relative: relative2 }) => !relative2.startsWith("../"));
  if (inContext.length === 0) {
    return { ...finding, cause: `its source ${sources[0]} is outside the build context ${context.folder || "."}, so no COPY can bring it in` };
  }
  for (const { source: source3, relative: relative2 } of inContext) {
    const exclusion = context.ignore?.exclusion(relative2);
    if (!exclusion) continue;
    const file = context.ignore.file;
    const leftOut = exclusion.folder ? `${path16.posix.join(context.folder, exclusion.folder)}/` : source3;
    return {
      ...finding,
      cause: `excluded by \`${file}\` line ${exclusion.rule.line}: \`${exclusion.rule.text}\``,
      causeAt: { kind: "excluded", repoPath: file, line: exclusion.rule.line, message: `\`${exclusion.rule.text}\` leaves ${leftOut} out of the build context` }
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
        causeAt: { kind: "not-copied", repoPath: dockerfile.file, line, message: closest ? `\`${closest.text}\` is the nearest COPY, and it does not bring in ${source2}` : `no COPY or ADD brings ${source2} into this image` }
      };
    }
    const placement = placements.at(-1);
    const step = placement.steps.at(-1);
    const where = imageHas(placement.imagePath) ? `the image has it there, but not where Python looks for ${finding.module}` : "but the image has no such file: a later step removes it";
    return { ...finding, cause: `\`${dockerfile.file}\` line ${step.line} copies ${source2} to ${placement.imagePath}, ${where}` };
  }
  const ignoreNote = context.ignore ? `no rule of \`${context.ignore.file}\` leaves it out` : "the build context has no .dockerignore";
  return { ...finding, cause: `the checkout has ${source2} but the image does not, and ${ignoreNote}` };
}

// src/explain/pathmap.ts
import path17 from "node:path";

// node_modules/glob/dist/esm/index.min.js
import { fileURLToPath as yn } from "node:url";
import { tracingChannel as Fi, channel as Ti } from "node:diagnostics_channel";
import { posix as qi, win32 as Ne } from "node:path";
import { fileURLToPath as Ki } from "node:url";
import { lstatSync as Xi, readdir as Vi, readdirSync as Yi, readlinkSync as Ji, realpathSync as Zi } from "fs";
import * as Qi from "node:fs";
import { lstat as en, readdir as sn, readlink as nn, realpath as rn } from "node:fs/promises";
import { EventEmitter as Te } from "node:events";
import ys from "node:stream";
import { StringDecoder as zi } from "node:string_decoder";
var re = (r7, t, e) => {
  let s = r7 instanceof RegExp ? We(r7, e) : r7, i2 = t instanceof RegExp ? We(t, e) : t, n2 = s !== null && i2 != null && js(s, i2, e);
  return n2 && { start: n2[0], end: n2[1], pre: e.slice(0, n2[0]), body: e.slice(n2[0] + s.length, n2[1]), post: e.slice(n2[1] + i2.length) };
};
var We = (r7, t) => {
  let e = t.match(r7);
  return e ? e[0] : null;
};
var js = (r7, t, e) => {
  let s, i2, n2, o2, h2, a2 = e.indexOf(r7), l = e.indexOf(t, a2 + 1), c3 = a2;
  if (a2 >= 0 && l > 0) {
    if (r7 === t) return [a2, l];
    for (s = [], n2 = e.length; c3 >= 0 && !h2; ) {
      if (c3 === a2) s.push(c3), a2 = e.indexOf(r7, c3 + 1);
      else if (s.length === 1) {
        let f = s.pop();
        f !== void 0 && (h2 = [f, l]);
      } else i2 = s.pop(), i2 !== void 0 && i2 < n2 && (n2 = i2, o2 = l), l = e.indexOf(t, c3 + 1);
      c3 = a2 < l && a2 >= 0 ? a2 : l;
    }
    s.length && o2 !== void 0 && (h2 = [n2, o2]);
  }
  return h2;
};
var $e = "\0SLASH" + Math.random() + "\0";
var Ie = "\0OPEN" + Math.random() + "\0";
var le = "\0CLOSE" + Math.random() + "\0";
var Be = "\0COMMA" + Math.random() + "\0";
var Ue = "\0PERIOD" + Math.random() + "\0";
var Ws = new RegExp($e, "g");
var $s = new RegExp(Ie, "g");
var Is = new RegExp(le, "g");
var Bs = new RegExp(Be, "g");
var Us = new RegExp(Ue, "g");
var Gs = /\\\\/g;
var Hs = /\\{/g;
var qs = /\\}/g;
var Ks = /\\,/g;
var Xs = /\\\./g;
var Vs = 1e5;
var Ys = 4e6;
var Js = 1e3;
var Zs = 1e3;
function oe(r7) {
  return isNaN(r7) ? r7.charCodeAt(0) : parseInt(r7, 10);
}
function Qs(r7) {
  return r7.replace(Gs, $e).replace(Hs, Ie).replace(qs, le).replace(Ks, Be).replace(Xs, Ue);
}
function ti(r7) {
  return r7.replace(Ws, "\\").replace($s, "{").replace(Is, "}").replace(Bs, ",").replace(Us, ".");
}
function he(r7, t) {
  for (let e = 0; e < t.length; e++) r7.push(t[e]);
}
function ei(r7) {
  let t = [], e = "";
  for (; ; ) {
    let s = re("{", "}", r7);
    if (!s) {
      let a2 = r7.split(",");
      return a2[0] = e + a2[0], he(t, a2), t;
    }
    let { pre: i2, body: n2, post: o2 } = s, h2 = i2.split(",");
    if (h2[0] = e + h2[0], h2[h2.length - 1] += "{" + n2 + "}", !o2.length) return he(t, h2), t;
    e = h2.pop(), he(t, h2), r7 = o2;
  }
}
function Ge(r7, t = {}) {
  if (!r7) return [];
  let { max: e = Vs, maxLength: s = Ys, maxDepth: i2 = Js, maxRewrites: n2 = Zs } = t;
  return r7.slice(0, 2) === "{}" && (r7 = "\\{\\}" + r7.slice(2)), ae(Qs(r7), e, s, i2, 0, n2, true).map(ti);
}
function si(r7) {
  return "{" + r7 + "}";
}
function ii(r7) {
  return /^-?0\d/.test(r7);
}
function ni(r7, t) {
  return r7 <= t;
}
function ri(r7, t) {
  return r7 >= t;
}
function ct(r7, t, e, s, i2, n2) {
  let o2 = [], h2 = 0;
  for (let a2 = 0; a2 < r7.length; a2++) for (let l = 0; l < e.length; l++) {
    if (o2.length >= s) return o2;
    let c3 = r7[a2] + t + e[l];
    if (!(n2 && !c3)) {
      if (h2 + c3.length > i2) return o2;
      o2.push(c3), h2 += c3.length;
    }
  }
  return o2;
}
function oi(r7, t, e, s) {
  let i2 = r7.split(/\.\./), n2 = [];
  if (i2[0] === void 0 || i2[1] === void 0) return n2;
  let o2 = oe(i2[0]), h2 = oe(i2[1]), a2 = Math.max(i2[0].length, i2[1].length), l = i2.length === 3 && i2[2] !== void 0 ? Math.max(Math.abs(oe(i2[2])), 1) : 1, c3 = ni;
  h2 < o2 && (l *= -1, c3 = ri);
  let u2 = i2.some(ii), p = 0;
  for (let g = o2; c3(g, h2) && n2.length < e; g += l) {
    let d;
    if (t) d = String.fromCharCode(g), d === "\\" && (d = "");
    else if (d = String(g), u2) {
      let w = a2 - d.length;
      if (w > 0) {
        let m = new Array(w + 1).join("0");
        g < 0 ? d = "-" + m + d.slice(1) : d = m + d;
      }
    }
    if (p + d.length > s) break;
    n2.push(d), p += d.length;
  }
  return n2;
}
function ae(r7, t, e, s, i2, n2, o2) {
  if (i2 > s) return [r7];
  let h2 = [""], a2 = 0, l = false, c3 = true;
  for (; ; ) {
    let f = re("{", "}", r7);
    if (!f) return ct(h2, r7, [""], t, e, l);
    let u2 = f.pre;
    if (/\$$/.test(u2)) {
      if (h2 = ct(h2, u2 + "{" + f.body + "}", [""], t, e, l && !f.post.length), c3 = false, !f.post.length) break;
      r7 = f.post;
      continue;
    }
    let p = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(f.body), g = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(f.body), d = p || g, w = f.body.indexOf(",") >= 0;
    if (!d && !w) {
      if (a2 < n2 && f.post.match(/,(?!,).*\}/)) {
        a2++, r7 = f.pre + "{" + f.body + le + f.post, o2 = true;
        continue;
      }
      return ct(h2, u2 + "{" + f.body + "}" + f.post, [""], t, e, l);
    }
    c3 && (l = o2 && !d, c3 = false);
    let m;
    if (d) m = oi(f.body, g, t, e);
    else {
      let b = ei(f.body);
      if (b.length === 1 && b[0] !== void 0 && (b = ae(b[0], t, e, s, i2 + 1, n2, false).map(si), b.length === 1)) {
        if (h2 = ct(h2, u2 + b[0], [""], t, e, l && !f.post.length), !f.post.length) break;
        r7 = f.post;
        continue;
      }
      let x = l && !f.post.length && !u2;
      for (let y = 0; x && y < h2.length; y++) h2[y] && (x = false);
      m = [];
      let S = 0;
      t: for (let y = 0; y < b.length; y++) {
        let q = ae(b[y], t, e, s, i2 + 1, n2, false);
        for (let W = 0; W < q.length; W++) {
          let B = q[W];
          if (!(x && !B)) {
            if (m.length >= t || S + B.length > e) break t;
            m.push(B), S += B.length;
          }
        }
      }
    }
    if (h2 = ct(h2, u2, m, t, e, l && !f.post.length), !f.post.length) break;
    r7 = f.post;
  }
  return h2;
}
var fe = (r7, t) => r7 === t ? { t: "lit", ch: String(r7) } : { t: "class", re: new RegExp(`^[${r7}-${t}]$`) };
var ce = (r7, t) => t.map((e) => [fe(r7, r7), ...e]);
var ft = (r7, t) => {
  if (!r7) return [[]];
  let e = +r7[0], s = +t[0], i2 = r7.slice(1), n2 = t.slice(1);
  if (e === s) return ce(e, ft(i2, n2));
  let o2 = "0".repeat(i2.length), h2 = "9".repeat(i2.length), a2 = [];
  i2 !== o2 && a2.push(...ce(e++, ft(i2, h2)));
  let l = n2 === h2 ? [] : ce(s--, ft(o2, n2));
  return e <= s && a2.push([fe(e, s), ...Array.from(i2, () => fe(0, 9))]), a2.push(...l), a2;
};
var He = (r7, t, e) => {
  if (e) return ft(String(r7).padStart(e, "0"), String(t).padStart(e, "0"));
  let s = [];
  for (let i2 = String(r7).length; i2 <= String(t).length; i2++) {
    let n2 = Math.max(r7, i2 === 1 ? 0 : 10 ** (i2 - 1)), o2 = Math.min(t, 10 ** i2 - 1);
    s.push(...ft(String(n2), String(o2)));
  }
  return s;
};
var qe = (r7, t) => {
  let e = Number(r7), s = Number(t);
  if (!Number.isSafeInteger(e) || !Number.isSafeInteger(s)) return;
  e > s && ([e, s] = [s, e]);
  let n2 = /^-?0\d/.test(r7) || /^-?0\d/.test(t) ? Math.max(r7.length, t.length) : 0, o2 = [];
  if (e < 0) {
    let h2 = He(Math.max(-s, 1), -e, n2 && n2 - 1);
    o2.push(...h2.map((a2) => [{ t: "lit", ch: "-" }, ...a2]));
  }
  return s >= 0 && o2.push(...He(Math.max(e, 0), s, n2)), o2;
};
var hi = { "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"], "[:alpha:]": ["\\p{L}\\p{Nl}"], "[:ascii:]": ["\\x00-\\x7f"], "[:blank:]": ["\\p{Zs}\\t"], "[:cntrl:]": ["\\p{Cc}"], "[:digit:]": ["\\p{Nd}"], "[:graph:]": ["\\p{Z}\\p{C}", true], "[:lower:]": ["\\p{Ll}"], "[:print:]": ["\\p{C}", true], "[:punct:]": ["\\p{P}\\p{S}"], "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"], "[:upper:]": ["\\p{Lu}"], "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"], "[:xdigit:]": ["A-Fa-f0-9"] };
var ut = (r7) => r7.replace(/[[\]\\-]/g, "\\$&");
var ue = /$./;
var Ke = (r7, t, e = false, s) => {
  let i2 = (m) => {
    let b = s ? m.normalize(s) : m;
    return [...b].length === 1 ? b : m;
  }, n2 = t;
  if (r7.charAt(n2) !== "[") throw new Error("not in a brace expression");
  let o2 = [], h2 = [], a2 = n2 + 1, l = false, c3 = false, f = false, u2 = n2, p = "";
  t: for (; a2 < r7.length; ) {
    let m = String.fromCodePoint(r7.codePointAt(a2));
    if ((m === "!" || m === "^") && a2 === n2 + 1) {
      f = true, a2++;
      continue;
    }
    if (m === "]" && l && !c3) {
      u2 = a2 + 1;
      break;
    }
    if (l = true, m === "\\" && !c3) {
      c3 = true, a2++;
      continue;
    }
    if (m === "[" && !c3) {
      for (let [x, [S, y]] of Object.entries(hi)) if (r7.startsWith(x, a2)) {
        if (p) return [ue, r7.length - n2];
        a2 += x.length, y ? h2.push(S) : o2.push(S);
        continue t;
      }
    }
    c3 = false;
    let b = i2(m);
    if (p) {
      b.codePointAt(0) > p.codePointAt(0) ? o2.push(ut(p) + "-" + ut(b)) : b === p && o2.push(ut(b)), p = "", a2 += m.length;
      continue;
    }
    if (r7.startsWith("-]", a2 + m.length)) {
      o2.push(ut(b + "-")), a2 += m.length + 1;
      continue;
    }
    if (r7.startsWith("-", a2 + m.length)) {
      p = b, a2 += m.length + 1;
      continue;
    }
    o2.push(ut(b)), a2 += m.length;
  }
  if (u2 < a2) return [ue, 0];
  if (!o2.length && !h2.length) return [ue, r7.length - n2];
  let g = "[" + (f ? "^" : "") + o2.join("") + "]", d = "[" + (f ? "" : "^") + h2.join("") + "]", w = "^" + (o2.length && h2.length ? "(" + g + "|" + d + ")" : o2.length ? g : d);
  return [new RegExp(w, e ? "iu" : "u"), u2 - n2];
};
var de = { t: "match", id: 0 };
var ai = "!?+*@";
var Z = (r7) => ({ t: "lit", ch: r7 });
var li = (r7) => r7.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var Je = (r7) => new RegExp(`^${li(r7)}$`, "iu");
var Dt = /* @__PURE__ */ new Map();
var Ze = (r7) => {
  let t = Dt.get(r7);
  return t || (t = Je(r7), Dt.size >= 1e3 && Dt.clear(), Dt.set(r7, t)), t;
};
var ge = (r7, t) => {
  if (t === r7.ch) return true;
  if (!r7.re) return false;
  let e = t.charCodeAt(0);
  if (e >= 128) return r7.re.test(t);
  let s = r7.ascii ??= new Uint8Array(128);
  return s[e] ||= r7.re.test(t) ? 1 : 2, s[e] === 1;
};
var ci = (r7, t, e, s, i2) => {
  let n2 = [];
  for (let o2 = 0; o2 < r7.length; ) {
    let h2 = String.fromCodePoint(r7.codePointAt(o2));
    if (i2) {
      let a2 = h2 === "\\" && r7.startsWith(i2, o2 + 1) ? 1 : 0;
      if (a2 || h2 === i2) {
        let l = o2 + a2 + i2.length, c3 = r7.indexOf(i2, l), f = /^(-?\d+)\.\.(-?\d+)$/.exec(r7.slice(l, c3)), u2 = c3 !== -1 && f && qe(f[1], f[2]);
        if (u2) {
          n2.push({ t: "ext", type: "@", alts: u2 }), o2 = c3 + i2.length;
          continue;
        }
      }
    }
    if (h2 === "\\") {
      let a2 = r7.codePointAt(o2 + 1), l = a2 === void 0 ? h2 : String.fromCodePoint(a2);
      n2.push(Z(l)), o2 += 1 + l.length;
      continue;
    }
    if (h2 === "[") {
      let [a2, l] = Ke(r7, o2, t, s);
      if (l) {
        n2.push({ t: "class", re: a2 }), o2 += l;
        continue;
      }
    }
    if (!e && ai.includes(h2) && r7[o2 + 1] === "(") {
      n2.push({ t: "open", type: h2 }), o2 += 2;
      continue;
    }
    n2.push(!e && h2 === "|" ? { t: "bar" } : !e && h2 === ")" ? { t: "close" } : h2 === "*" ? { t: "star" } : h2 === "?" ? { t: "any" } : Z(h2)), o2 += h2.length;
  }
  return n2;
};
var fi = (r7) => {
  let t = /* @__PURE__ */ new Map(), e = [];
  return r7.forEach((s, i2) => {
    s.t === "open" ? e.push(i2) : s.t === "close" && e.length && t.set(e.pop(), i2);
  }), t;
};
var Qe = (r7, t, e, s, i2) => {
  let n2 = [], o2 = [n2];
  for (let h2 = e; h2 < s; h2++) {
    let a2 = r7[h2], l = t.get(h2);
    if (a2.t === "open" && l !== void 0) {
      let c3 = Qe(r7, t, h2 + 1, l, false);
      n2.push({ t: "ext", type: a2.type, alts: c3 }), h2 = l;
    } else a2.t === "bar" && !i2 ? o2.push(n2 = []) : a2.t === "open" ? n2.push(Z(a2.type), Z("(")) : a2.t === "bar" ? n2.push(Z("|")) : a2.t === "close" ? n2.push(Z(")")) : n2.push(a2);
  }
  return o2;
};
var ts = (r7, t) => {
  let e = [], s = "", i2 = () => {
    for (let n2 of s.normalize(t)) e.push(Z(n2));
    s = "";
  };
  for (let n2 of r7) {
    if (n2.t === "lit") {
      s += n2.ch;
      continue;
    }
    i2(), e.push(n2.t === "ext" ? { ...n2, alts: n2.alts.map((o2) => ts(o2, t)) } : n2);
  }
  return i2(), e;
};
var ui = (r7, t) => {
  let e = 1, s = (h2) => ({ t: "split", id: e++, out: h2 }), i2 = (h2, a2) => h2.reduceRight((l, c3) => n2(c3, l), a2), n2 = (h2, a2) => {
    switch (h2.t) {
      case "lit":
        let u2 = t ? Ze(h2.ch) : void 0;
        return { t: "lit", id: e++, ch: h2.ch, re: u2, next: a2 };
      case "any":
      case "star":
        return { t: h2.t, id: e++, next: a2 };
      case "class":
        return { t: "class", id: e++, re: h2.re, next: a2 };
    }
    let l = (u2) => h2.alts.map((p) => i2(p, u2));
    switch (h2.type) {
      case "@":
        return s(l(a2));
      case "?":
        return s([a2, ...l(a2)]);
      case "!":
        return { t: "neg", id: e++, sub: s(l(de)), next: a2 };
    }
    let c3 = s([]), f = s(l(c3));
    return c3.out.push(a2, f), h2.type === "*" ? c3 : f;
  };
  return [i2(r7, de), e];
};
var di = (r7) => {
  let t = [], e = /* @__PURE__ */ new Set(), s = (n2) => n2.t === "match" ? "match" : String(n2.id), i2 = (n2, o2) => {
    if (n2.t === "match" || e.has(n2)) return;
    e.add(n2);
    let h2 = (a2) => t.push(`${o2}${n2.id}: ${a2}`);
    switch (n2.t) {
      case "split":
        h2(`split -> ${n2.out.map(s).join(", ")}`);
        for (let a2 of n2.out) i2(a2, o2);
        return;
      case "neg":
        return h2(`!(${s(n2.sub)}) -> ${s(n2.next)}`), i2(n2.sub, o2 + "  "), i2(n2.next, o2);
      case "lit":
        h2(`${JSON.stringify(n2.ch)} -> ${s(n2.next)}`);
        break;
      case "class":
        h2(`${n2.re} -> ${s(n2.next)}`);
        break;
      default:
        h2(`${n2.t === "any" ? "?" : "*"} -> ${s(n2.next)}`);
    }
    i2(n2.next, o2);
  };
  return i2(r7, ""), [`start -> ${s(r7)}`, ...t].join(`
`);
};
var pe = class {
  gen;
  threads = [];
  match = false;
  runs = [];
  ids = [];
  constructor(t) {
    this.gen = t;
  }
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var es = (r7, t) => r7.ids.length !== t.ids.length || r7.runs.length !== t.runs.length || r7.ids.some((e, s) => e !== t.ids[s]) ? false : r7.runs.every((e) => t.runs.some((s) => s.neg === e.neg && es(s.state, e.state)));
var Xe = (r7) => ({ has: new Float64Array(r7), seen: new Float64Array(r7), gen: 0 });
var dt = class {
  dots;
  dotStart;
  #t;
  constructor(t, e, s) {
    this.dots = t, this.dotStart = e, this.#t = s;
  }
  state() {
    return new pe(++this.#t.gen);
  }
  done(t) {
    return t.ids = t.threads.map((e) => e.id).sort((e, s) => e - s), t.match && t.ids.unshift(de.id), t;
  }
  #n(t, e) {
    let { seen: s } = this.#t;
    return s[e.id] === t.gen ? false : (s[e.id] = t.gen, true);
  }
  #i(t, e) {
    let { has: s } = this.#t;
    return s[e.id] === t.gen ? false : (s[e.id] = t.gen, t.threads.push(e), true);
  }
  restricted(t, e) {
    return e && (this.dots || this.dotStart && t === 0);
  }
  add(t, e, s, i2) {
    switch (e.t) {
      case "split":
        if (!this.#n(t, e)) return;
        for (let o2 of e.out) this.add(t, o2, s, i2);
        return;
      case "neg":
        if (!this.#n(t, e)) return;
        let n2 = this.state();
        return this.add(n2, e.sub, s, false), this.done(n2), this.addRun(t, { t: "run", neg: e, state: n2 }, s, i2);
      case "star":
        if (this.restricted(s, i2)) return;
        this.#i(t, e) && this.add(t, e.next, s, i2);
        return;
      case "match":
        t.match = true;
        return;
      default:
        this.#i(t, e);
    }
  }
  addRun(t, e, s, i2) {
    for (let n2 of t.runs) if (n2.neg === e.neg && es(n2.state, e.state)) return;
    t.runs.push(e), e.state.match || this.add(t, e.neg.next, s, i2);
  }
  step(t, e, s, i2) {
    let n2 = this.state();
    for (let o2 of t.threads) switch (o2.t) {
      case "lit":
        ge(o2, e) && this.add(n2, o2.next, s + 1, i2);
        break;
      case "any":
        this.restricted(s, i2) || this.add(n2, o2.next, s + 1, i2);
        break;
      case "class":
        !this.restricted(s, i2) && o2.re.test(e) && this.add(n2, o2.next, s + 1, i2);
        break;
      case "star":
        this.restricted(s, i2) || this.add(n2, o2, s + 1, i2);
    }
    if (!this.restricted(s, i2)) for (let o2 of t.runs) {
      if (o2.state.dead) {
        this.addRun(n2, o2, s + 1, i2);
        continue;
      }
      let h2 = this.step(o2.state, e, s, false);
      this.addRun(n2, { t: "run", neg: o2.neg, state: h2 }, s + 1, i2);
    }
    return this.done(n2);
  }
};
var ss = (r7) => {
  let t = r7.ids.join();
  if (!r7.runs.length) return t;
  let e = r7.runs.map((s) => `${s.neg.id}(${ss(s.state)})`);
  return `${t}|${e.sort().join("|")}`;
};
var pi = 1 << 18;
var me = class {
  #t;
  #n = /* @__PURE__ */ new Map();
  #i = 0;
  #o;
  #r;
  #d;
  #u;
  constructor(t, e) {
    this.#t = t, this.#d = new dt(false, false, e), this.#u = new dt(false, true, e);
  }
  #f(t) {
    return { state: t, match: t.match, dead: t.dead, next: /* @__PURE__ */ new Map() };
  }
  #h(t) {
    let e = ss(t), s = this.#n.get(e);
    if (s) return s;
    this.#i > pi && this.#m();
    let i2 = this.#f(t);
    return this.#n.set(e, i2), this.#i += e.length + 1, i2;
  }
  #m() {
    this.#n.clear(), this.#i = 0, this.#o = void 0, this.#r = void 0;
  }
  start(t) {
    if (t) {
      if (this.#r) return this.#r;
      let s = this.#u.state();
      return this.#u.add(s, this.#t, 0, true), this.#r = this.#f(this.#u.done(s));
    }
    if (this.#o) return this.#o;
    let e = this.#d.state();
    return this.#d.add(e, this.#t, 0, true), this.#o = this.#h(this.#d.done(e));
  }
  next(t, e) {
    let s = e.charCodeAt(0), i2 = s < 128 ? void 0 : t.next.get(e);
    if (i2) return i2;
    let n2 = t === this.#r ? this.#h(this.#u.step(t.state, e, 0, true)) : this.#h(this.#d.step(t.state, e, 1, true));
    return s < 128 ? (t.ascii || (t.ascii = new Array(128), this.#i += 128), t.ascii[s] = n2) : t.next.set(e, n2), this.#i++, n2;
  }
};
var mi = (r7) => {
  let t = [];
  for (let e = r7; e.t !== "match"; e = e.next) {
    if (e.t === "split" || e.t === "neg") return;
    t.push(e);
  }
  return t;
};
var gi = (r7, t, e, s) => {
  let i2 = 0, n2 = e, o2 = -1, h2 = 0;
  for (; n2 < s; ) {
    let a2 = r7[i2];
    if (a2?.t === "star") {
      o2 = i2++, h2 = n2;
      continue;
    }
    let l = t[n2];
    if (a2 && (a2.t === "any" || a2.t === "lit" && ge(a2, l) || a2.t === "class" && a2.re.test(l))) {
      i2++, n2++;
      continue;
    }
    if (o2 === -1) return false;
    i2 = o2 + 1, n2 = ++h2;
  }
  for (; r7[i2]?.t === "star"; ) i2++;
  return i2 === r7.length;
};
var is = (r7) => {
  let t = 0, e = 0;
  for (let s of r7) {
    let [i2, n2] = wi(s);
    t += i2, e += n2;
  }
  return [t, e];
};
var wi = (r7) => {
  if (r7.t === "star") return [0, 1 / 0];
  if (r7.t !== "ext") return [1, 1];
  if (r7.type === "!") return [0, 1 / 0];
  let t = r7.alts.map(is), e = Math.min(...t.map((n2) => n2[0])), s = Math.max(...t.map((n2) => n2[1])), i2 = s === 0 ? 0 : 1 / 0;
  return r7.type === "@" ? [e, s] : r7.type === "?" ? [0, s] : r7.type === "*" ? [0, i2] : [e, i2];
};
var Ve = (r7, t, e) => {
  for (let s = 0; s < r7.length; s++) if (!ge(r7[s], t[e + s])) return false;
  return true;
};
var bi = /[/\ud800-\udfff]/;
var yi = /[\ud800-\udfff]/;
var Nt = (r7) => yi.test(r7) ? [...r7] : r7;
var Ye = (r7) => {
  if (r7.includes("/")) throw new Error("can only match a single path portion, got: " + r7);
};
var pt = class {
  pattern;
  options;
  #t;
  #n;
  #i;
  #o;
  #r;
  #d = false;
  #u;
  #f;
  #h = false;
  #m = 0;
  #l = 1 / 0;
  #a = [];
  #s = [];
  #b;
  #E;
  #y = false;
  #g;
  #w;
  constructor(t, e = {}) {
    if (t.includes("/")) throw new Error("can only match a single path portion, got pattern: " + t);
    this.pattern = t, this.options = e;
    let { nocase: s = false, noext: i2 = false, normalize: n2 } = e;
    this.#w = n2 === true ? "NFC" : n2 || void 0;
    let o2 = /^[?*+@]\(\)$/.test(t), h2 = ci(t, s, i2 || o2, this.#w, e.rangeMark), [a2] = Qe(h2, fi(h2), 0, h2.length, true);
    this.#w && (a2 = ts(a2, this.#w));
    let [l, c3] = ui(a2, s);
    if (this.#t = l, this.#n = c3, a2.every((f) => f.t === "lit")) this.#r = a2.map((f) => f.ch).join(""), this.#d = s;
    else {
      let f = (g) => g.t !== "lit" ? void 0 : s ? { ch: g.ch, re: Ze(g.ch) } : { ch: g.ch };
      for (let g of a2) {
        let d = f(g);
        if (!d) break;
        this.#a.push(d);
      }
      for (let g = a2.length - 1; g >= 0; g--) {
        let d = f(a2[g]);
        if (!d) break;
        this.#s.unshift(d);
      }
      this.#y = !!(this.#a.length || this.#s.length), s || (this.#b = this.#a.map((g) => g.ch).join(""), this.#E = this.#s.map((g) => g.ch).join("")), this.#f = mi(this.#t)?.slice(this.#a.length, -this.#s.length || void 0), this.#h = !!this.#f?.every((g) => g.t === "star" || g.t === "any");
      let [u2, p] = is(a2);
      this.#m = u2, this.#l = p;
    }
  }
  test(t) {
    return this.#w ? (Ye(t), this.#p(t.normalize(this.#w))) : bi.test(t) ? (Ye(t), this.#p(t, [...t])) : this.#p(t, t);
  }
  testUnchecked(t) {
    return this.#p(this.#w ? t.normalize(this.#w) : t);
  }
  #p(t, e) {
    if (this.#r !== void 0) return this.#d ? (this.#u ??= Je(this.#r)).test(t) : t === this.#r;
    let s = this.#m, i2 = this.#l;
    if (e === void 0) {
      let c3 = t.length, f = c3 + 1 >> 1;
      if (c3 < s || f > i2) return false;
      (f < s || c3 > i2) && (e = Nt(t));
    }
    if (e !== void 0 && (e.length < s || e.length > i2)) return false;
    let n2 = this.#a.length;
    if (this.#y) if (this.#b !== void 0 && this.#E !== void 0) {
      if (!t.startsWith(this.#b) || !t.endsWith(this.#E)) return false;
    } else {
      e ??= Nt(t);
      let c3 = e.length - this.#s.length;
      if (!Ve(this.#a, e, 0) || !Ve(this.#s, e, c3)) return false;
    }
    let o2 = !this.options.dot && t.startsWith(".");
    if (this.#f) {
      if (t === "." || t === ".." || o2 && !n2) return false;
      if (this.#h) return true;
      e ??= Nt(t);
      let c3 = e.length - this.#s.length;
      return gi(this.#f, e, n2, c3);
    }
    if (e ??= Nt(t), t === "." || t === "..") {
      this.#i ??= Xe(this.#n);
      let c3 = this.#o ??= new dt(true, false, this.#i), f = c3.state();
      c3.add(f, this.#t, 0, true);
      let u2 = c3.done(f);
      for (let p = 0; p < e.length; p++) u2 = c3.step(u2, e[p], p, true);
      return u2.match;
    }
    this.#i ??= Xe(this.#n);
    let h2 = this.#g ??= new me(this.#t, this.#i), a2 = h2.start(o2), l = e === t;
    for (let c3 = 0; c3 < e.length; c3++) {
      if (a2.dead) return false;
      let f = l ? t.charCodeAt(c3) : e[c3].charCodeAt(0);
      a2 = a2.ascii?.[f] ?? h2.next(a2, e[c3]);
    }
    return a2.match;
  }
  toString() {
    return di(this.#t);
  }
};
var mt = (r7) => {
  if (typeof r7 != "string") throw new TypeError("invalid pattern");
  if (r7.length > 65536) throw new TypeError("pattern is too long");
};
var K = (r7, { windowsPathsNoEscape: t = false, magicalBraces: e = false } = {}) => e ? t ? r7.replace(/[?*()[\]{}]/g, "[$&]") : r7.replace(/[?*()[\]\\{}]/g, "\\$&") : t ? r7.replace(/[?*()[\]]/g, "[$&]") : r7.replace(/[?*()[\]\\]/g, "\\$&");
var st = (r7, { windowsPathsNoEscape: t = false, magicalBraces: e = true } = {}) => e ? t ? r7.replace(/\[([^/\\])\]/g, "$1") : r7.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1") : t ? r7.replace(/\[([^/\\{}])\]/g, "$1") : r7.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
var T = (r7, t, e = {}) => (mt(t), !e.nocomment && t.charAt(0) === "#" ? false : xi(t, e).match(r7));
var it = /* @__PURE__ */ new Map();
var Si = 256;
var xi = (r7, t) => {
  let e = r7 + "\0" + JSON.stringify(t), s = it.get(e);
  return s ? it.delete(e) : (s = new D(r7, { ...t }), it.size >= Si && it.delete(it.keys().next().value)), it.set(e, s), s;
};
var ls = typeof process == "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var ns = { win32: { sep: "\\" }, posix: { sep: "/" } };
var vi = ls === "win32" ? ns.win32.sep : ns.posix.sep;
T.sep = vi;
var v = /* @__PURE__ */ Symbol("globstar **");
T.GLOBSTAR = v;
var Ei = (r7, t = {}) => (e) => T(e, r7, t);
T.filter = Ei;
var U = (r7, t = {}) => Object.assign({}, r7, t);
var ki = (r7) => {
  if (!r7 || typeof r7 != "object" || !Object.keys(r7).length) return T;
  let t = T;
  return Object.assign((s, i2, n2 = {}) => t(s, i2, U(r7, n2)), { Minimatch: class extends t.Minimatch {
    constructor(i2, n2 = {}) {
      super(i2, U(r7, n2));
    }
    static defaults(i2) {
      return t.defaults(U(r7, i2)).Minimatch;
    }
  }, unescape: (s, i2 = {}) => t.unescape(s, U(r7, i2)), escape: (s, i2 = {}) => t.escape(s, U(r7, i2)), filter: (s, i2 = {}) => t.filter(s, U(r7, i2)), defaults: (s) => t.defaults(U(r7, s)), braceExpand: (s, i2 = {}) => t.braceExpand(s, U(r7, i2)), match: (s, i2, n2 = {}) => t.match(s, i2, U(r7, n2)), sep: t.sep, GLOBSTAR: v });
};
T.defaults = ki;
var xe = (r7, t = {}) => (mt(r7), t.nobrace || !/\{(?:(?!\{).)*\}/.test(r7) ? [r7] : Ge(r7, { max: t.braceExpandMax }));
T.braceExpand = xe;
var Ci = 100;
var Ai = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var Mi = (r7, t, e = {}) => {
  let s = new D(t, e);
  return r7 = r7.filter((i2) => s.match(i2)), s.options.nonull && !r7.length && r7.push(t), r7;
};
T.match = Mi;
var rs = /[?*]|[+@!]\(.*?\)|\[|\]/;
var cs = (r7, t) => {
  let e = t + 1;
  (r7.charAt(e) === "!" || r7.charAt(e) === "^") && e++;
  let s = false;
  for (; e < r7.length; e++) {
    let i2 = r7.charAt(e);
    if (i2 === "]" && s) return e;
    s = true, i2 === "\\" && e++;
  }
  return -1;
};
var Ri = (r7, t) => {
  if (!t && (r7 === "+()" || r7 === "@()")) return r7;
  let e = "";
  for (let s = 0; s < r7.length; s++) {
    let i2 = r7.charAt(s);
    if (i2 === "\\") e += r7.charAt(++s) || i2;
    else {
      if (i2 === "*" || i2 === "?") return;
      if (i2 === "[") {
        let n2 = cs(r7, s);
        if (n2 === -1) {
          e += i2;
          continue;
        }
        let o2 = r7.slice(s + 1, n2);
        if (o2.startsWith("\\") && (o2 = o2.slice(1)), [...o2].length !== 1 || "!^".includes(r7.charAt(s + 1))) return;
        e += o2, s = n2;
      } else {
        if (!t && "+@!".includes(i2) && r7.charAt(s + 1) === "(" && r7.includes(")", s + 2)) return;
        e += i2;
      }
    }
  }
  return e;
};
var Oi = (r7) => {
  if (/^[?*+@]\(\)$/.test(r7) || r7.includes("[:")) return false;
  let t = 0;
  for (let e = 0; e < r7.length; e++) {
    let s = r7.charAt(e);
    if (s === "\\") {
      if (++e === r7.length) return false;
    } else if (s === "[") {
      let i2 = cs(r7, e);
      i2 !== -1 && (e = i2);
    } else if ("+@!?*".includes(s) && r7.charAt(e + 1) === "(") t++, e++;
    else if (s === ")") {
      if (!t--) return false;
    } else if (s === "|" && !t) return false;
  }
  return !t;
};
var we;
var os3;
var X = (r7, t) => typeof r7 == "string" ? t === r7 : t !== "" && r7.testUnchecked(t);
var hs = (r7, t, e, s, i2) => X(r7, t) ? e : s !== void 0 && X(r7, s) ? i2 : -1;
var ve = (r7) => r7 === "." || r7 === "..";
var be = (r7) => typeof r7 == "string" && /^[a-z]:$/i.test(r7);
var zt = (r7) => typeof r7 == "string" && /^unc$/i.test(r7);
var ye = (r7) => {
  if (r7[0] !== "" || r7[1] !== "") return -1;
  let t = r7[2] !== "?" ? 2 : zt(r7[3]) ? 4 : -1, e = r7[t], s = r7[t + 1];
  return t !== -1 && e !== void 0 && e !== "" && e !== v && s !== void 0 && s !== "" && s !== v ? t : -1;
};
var Pt = (r7, t) => !ve(r7) && (t || !r7.startsWith("."));
var gt = (r7, t, e, s, i2) => {
  for (let n2 = t; n2 < e; ) {
    if (r7.charCodeAt(n2) === 46) {
      if (!s) return true;
      let h2 = r7.charCodeAt(n2 + 1) === 46 ? n2 + 2 : n2 + 1;
      if (h2 >= e || Lt(r7.charCodeAt(h2), i2)) return true;
    }
    let o2 = Ee(r7, n2, i2);
    if (o2 === -1) return false;
    for (n2 = o2 + 1; n2 < e && Lt(r7.charCodeAt(n2), i2); ) n2++;
  }
  return false;
};
var Lt = (r7, t) => t === "/" ? r7 === 47 : t === "\\" ? r7 === 92 : r7 === 47 || r7 === 92;
var Ee = (r7, t, e) => {
  if (e !== "both") return r7.indexOf(e, t);
  let s = r7.indexOf("/", t), i2 = r7.indexOf("\\", t);
  return s === -1 ? i2 : i2 === -1 ? s : Math.min(s, i2);
};
var as = (r7, t, e) => e !== "both" ? r7.lastIndexOf(e, t) : Math.max(r7.lastIndexOf("/", t), r7.lastIndexOf("\\", t));
var Se = {};
var D = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  #t;
  #n;
  #i;
  #o;
  #r = [];
  #d = [];
  #u = [];
  #f = /* @__PURE__ */ new Map();
  #h = false;
  #m;
  #l = /* @__PURE__ */ new WeakMap();
  constructor(t, e = {}) {
    mt(t), e = e || {}, this.options = e, this.maxGlobstarRecursion = e.maxGlobstarRecursion ?? 200, this.pattern = t, this.platform = e.platform || ls, this.isWindows = this.platform === "win32";
    let s = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!e.windowsPathsNoEscape || e[s] === false, this.windowsPathsNoEscape && (this.pattern = this.pattern.replace(/\\/g, "/")), this.preserveMultipleSlashes = !!e.preserveMultipleSlashes, this.negate = false, this.nonegate = !!e.nonegate, this.comment = false, this.empty = false, this.partial = !!e.partial, this.nocase = !!this.options.nocase, this.windowsNoMagicRoot = e.windowsNoMagicRoot !== void 0 ? e.windowsNoMagicRoot : !!(this.isWindows && this.nocase), this.globSet = [], this.globParts = [], this.set = [], this.#t = !this.preserveMultipleSlashes, this.#i = (e.optimizationLevel ?? 1) >= 2;
    let i2 = e.normalize;
    this.#o = i2 === true ? "NFC" : i2 || void 0, this.make();
    let n2 = this.set.map((o2) => this.#s(o2));
    this.#u = this.set.map((o2, h2) => this.#t && o2.length - 1 > n2[h2]), this.#r = this.set.map((o2, h2) => {
      let a2 = this.#u[h2] ? o2.length - 1 : o2.length, l = o2.slice(n2[h2] + 1, a2).filter((c3) => typeof c3 == "string" && !!c3);
      return [...new Set(l)];
    }), this.#n = this.#r.some((o2) => o2.length), this.#d = this.set.map((o2, h2) => {
      let [a2, l, c3] = o2;
      if (this.#u[h2] && o2.length === 2 && a2 === v && l !== v) return "tail";
      if (this.#u[h2] && e.matchBase && o2.length === 1 && a2 !== v && a2 !== "") return "base";
      if (!(!this.#t || n2[h2] !== -1)) {
        if (o2.length === 3 && a2 === v && c3 === v && l !== v && l !== "" && this.maxGlobstarRecursion > 0) return "mid";
        if (o2.length === 2 && l === v && a2 !== v && a2 !== "") return "head";
      }
    });
  }
  #a(t) {
    return this.#o ? t.normalize(this.#o) : t;
  }
  #s(t) {
    if (!this.isWindows) return -1;
    if (be(t[0])) return 0;
    if (t[0] === "" && t[1] === "" && t[2] === "?" && be(t[3])) return 3;
    let s = ye(t);
    return s === -1 ? -1 : s + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) return true;
    for (let t of this.set) for (let e of t) if (typeof e != "string") return true;
    return false;
  }
  make() {
    let t = this.pattern, e = this.options;
    if (!e.nocomment && t.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!t) {
      this.empty = true;
      return;
    }
    this.parseNegate(), this.globSet = [...new Set(this.#M())];
    let s = this.globSet.map((n2) => this.#e(n2));
    this.globParts = this.preprocess(s), this.#h = true;
    let i2 = this.globParts.map((n2, o2, h2) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        let a2 = n2[2] === "?" && zt(n2[3]) ? 6 : 4, l = n2[0] === "" && n2[1] === "" && (n2[2] === "?" || !rs.test(n2[2])) && n2.slice(3, a2).every((f) => !rs.test(f)), c3 = /^[a-z]:/i.test(n2[0]);
        if (l) return [...n2.slice(0, a2).map((f) => this.#a(f)), ...n2.slice(a2).map((f) => this.parse(f))];
        if (c3) return [this.#a(n2[0]), ...n2.slice(1).map((f) => this.parse(f))];
      }
      return n2.map((a2) => this.parse(a2));
    });
    if (this.set = i2.filter((n2) => n2.indexOf(false) === -1), this.isWindows) for (let n2 = 0; n2 < this.set.length; n2++) {
      let o2 = this.set[n2];
      o2[0] === "" && o2[1] === "" && this.globParts[n2][2] === "?" && (be(o2[3]) || zt(this.globParts[n2][3])) && (zt(this.globParts[n2][3]) && (o2[3] = "UNC"), o2[2] = "?");
    }
    e.noext || this.mergeRows(), this.#h = false, this.set.forEach((n2, o2) => {
      for (let h2 = 0; h2 < n2.length; h2++) n2[h2] === Se && (n2[h2] = this.parse(this.globParts[o2][h2]));
    });
  }
  mergeRows() {
    let t = true;
    for (; t; ) {
      t = false;
      let e = Math.max(0, ...this.set.map((s) => s.length));
      for (let s = 0; s < e; s++) {
        let i2 = /* @__PURE__ */ new Map();
        this.set.forEach((o2, h2) => {
          if (!(o2[s] instanceof pt || o2[s] === Se) || !Oi(this.globParts[h2][s])) return;
          let a2 = [...this.globParts[h2]];
          a2[s] = "";
          let l = `${o2.length}/${a2.join("/")}`, c3 = i2.get(l);
          c3 ? c3.push(h2) : i2.set(l, [h2]);
        });
        let n2 = /* @__PURE__ */ new Set();
        for (let o2 of i2.values()) {
          if (o2.length < 2) continue;
          let [h2, ...a2] = o2, c3 = `@(${o2.map((f) => this.globParts[f][s]).join("|")})`;
          this.globParts[h2][s] = c3, this.set[h2][s] = this.parse(c3);
          for (let f of a2) n2.add(f);
        }
        n2.size && (t = true, this.set = this.set.filter((o2, h2) => !n2.has(h2)), this.globParts = this.globParts.filter((o2, h2) => !n2.has(h2)));
      }
    }
  }
  preprocess(t) {
    if (this.options.noglobstar) for (let s of t) for (let i2 = 0; i2 < s.length; i2++) s[i2] === "**" && (s[i2] = "*");
    let { optimizationLevel: e = 1 } = this.options;
    return e >= 2 ? (t = this.firstPhasePreProcess(t), t = this.secondPhasePreProcess(t)) : e >= 1 ? t = this.levelOneOptimize(t) : t = this.adjascentGlobstarOptimize(t), t;
  }
  adjascentGlobstarOptimize(t) {
    return t.map((e) => {
      let s = -1;
      for (; (s = e.indexOf("**", s + 1)) !== -1; ) {
        let i2 = s;
        for (; e[i2 + 1] === "**"; ) i2++;
        i2 !== s && e.splice(s, i2 - s);
      }
      return e;
    });
  }
  levelOneOptimize(t) {
    return t.map((e) => {
      let s = this.#s(e) + 1;
      return e = e.reduce((i2, n2) => {
        let o2 = i2[i2.length - 1];
        return n2 === "**" && o2 === "**" ? i2 : n2 === ".." && i2.length > s && o2 && o2 !== ".." && o2 !== "." && o2 !== "**" ? (i2.pop(), i2) : (i2.push(n2), i2);
      }, []), e.length === 0 ? [""] : e;
    });
  }
  #b(t) {
    let e = !this.isWindows || !t.includes("\\") ? "/" : t.includes("/") ? "both" : "\\", s = this.#t ? 0 : -1, i2 = "", n2 = 0, o2, h2 = 0, a2 = !!this.options.dot;
    t: for (let l = 0; l < this.set.length; l++) {
      let c3 = this.set[l], f = c3[c3.length - 1], u2 = s !== -1 && this.#u[l] && f !== v;
      if (u2 && s === 0) {
        let d = as(t, t.length, e);
        if (n2 = d + 1, i2 = t.slice(n2), i2 === "" && d >= 0) {
          let m = d;
          for (; m > 0 && Lt(t.charCodeAt(m - 1), e); ) m--;
          h2 = m === 0 ? 0 : as(t, m - 1, e) + 1, o2 = t.slice(h2, m);
        }
        let w = this.#i && (ve(i2) || i2 === "" && o2 !== void 0 && ve(o2));
        s = w ? -1 : 1, u2 = !w;
      }
      let p = -1;
      if (u2 && typeof f == "string" && (p = hs(f, i2, n2, o2, h2), p === -1)) continue;
      if (this.#n) {
        for (let d of this.#r[l]) if (!t.includes(d)) continue t;
      }
      if (u2 && typeof f == "object" && (p = hs(f, i2, n2, o2, h2), p === -1)) continue;
      let g = this.#d[l];
      if (g === "base" && u2) return "yes";
      if (g === "tail" && u2) {
        if (this.#i && gt(t, 0, p, true, e)) return "maybe";
        if (!gt(t, 0, p, a2, e)) return "yes";
        continue;
      }
      if (g === "mid" || g === "head") {
        let d = this.#y(t, c3, g === "head", a2, e);
        if (d !== "no") return d;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  #E(t, e, s) {
    let i2 = !!this.options.dot, n2 = t.length;
    if (s === "head") {
      if (n2 < 2 || !X(e[0], t[0])) return false;
      for (let h2 = 1; h2 < n2; h2++) if (!Pt(t[h2], i2)) return false;
      return true;
    }
    let o2 = e[1];
    if (s === "tail") {
      let h2 = n2 - 1;
      if (!X(o2, t[h2]) && (t[h2] !== "" || n2 === 1 || !X(o2, t[--h2]))) return false;
      for (let a2 = 0; a2 < h2; a2++) if (!Pt(t[a2], i2)) return false;
      return true;
    }
    for (let h2 = 0; h2 < n2; h2++) {
      if (X(o2, t[h2]) && h2 + 1 < n2) {
        let a2 = h2 + 1;
        for (; a2 < n2 && Pt(t[a2], i2); ) a2++;
        if (a2 === n2) return true;
      }
      if (!Pt(t[h2], i2)) return false;
    }
    return false;
  }
  #y(t, e, s, i2, n2) {
    if (this.#i && gt(t, 0, t.length, true, n2)) return "maybe";
    let o2 = e[s ? 0 : 1], h2 = 0;
    for (let a2 = Ee(t, h2, n2); a2 !== -1; a2 = Ee(t, h2, n2)) {
      let l = a2 + 1;
      for (; l < t.length && Lt(t.charCodeAt(l), n2); ) l++;
      if ((typeof o2 == "string" ? a2 - h2 === o2.length && t.startsWith(o2, h2) : a2 > h2 && o2.testUnchecked(t.slice(h2, a2))) && !gt(t, l, t.length, i2, n2)) return "yes";
      if (s || gt(t, h2, l, i2, n2)) return "no";
      h2 = l;
    }
    return "no";
  }
  #g(t) {
    let e = we;
    return e?.f === t && e.isWindows === this.isWindows && e.preserveMultipleSlashes === this.preserveMultipleSlashes && e.normalize === this.#o ? e : void 0;
  }
  #w(t) {
    let { isWindows: e, preserveMultipleSlashes: s } = this, i2 = this.#e(e ? t.split("\\").join("/") : t), n2 = this.#o;
    return n2 && (i2 = i2.map((o2) => o2.normalize(n2))), we = { f: t, isWindows: e, preserveMultipleSlashes: s, normalize: n2, parts: i2 }, we;
  }
  #p(t) {
    let e = [...t], s = false;
    do {
      if (s = false, !this.preserveMultipleSlashes) {
        for (let o2 = 1; o2 < e.length - 1; o2++) {
          let h2 = e[o2];
          o2 === 1 && h2 === "" && e[0] === "" || (h2 === "." || h2 === "") && (s = true, e.splice(o2, 1), o2--);
        }
        e[0] === "." && e.length === 2 && (e[1] === "." || e[1] === "") && (s = true, e.pop());
      }
      let i2 = this.#s(e) + 1, n2 = i2;
      for (; (n2 = e.indexOf("..", n2 + 1)) !== -1; ) {
        let o2 = e[n2 - 1];
        o2 && o2 !== "." && o2 !== ".." && o2 !== "**" && (s = true, e.splice(n2 - 1, 2), n2 = Math.max(n2 - 2, i2));
      }
    } while (s);
    return e.length === 0 ? [""] : e;
  }
  firstPhasePreProcess(t) {
    let { braceExpandMax: e = 1e5 } = this.options, s = 0, i2 = 1e6, n2 = false;
    do {
      n2 = false;
      for (let o2 of t) {
        let h2 = -1;
        for (; (h2 = o2.indexOf("**", h2 + 1)) !== -1; ) {
          let c3 = h2;
          for (; o2[c3 + 1] === "**"; ) c3++;
          c3 > h2 && o2.splice(h2 + 1, c3 - h2);
          let f = o2[h2 + 1], u2 = o2[h2 + 2], p = o2[h2 + 3];
          if (f !== ".." || !u2 || u2 === "." || u2 === ".." || !p || p === "." || p === "..") continue;
          let g = o2.length - 1;
          if (t.length >= e || s + g > i2) throw new RangeError("optimizationLevel 2: too many patterns from '**/..'");
          n2 = true, o2.splice(h2, 1);
          let d = o2.slice(0);
          d[h2] = "**", s += g, t.push(d), h2--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let c3 = 1; c3 < o2.length - 1; c3++) {
            let f = o2[c3];
            c3 === 1 && f === "" && o2[0] === "" || (f === "." || f === "") && (n2 = true, o2.splice(c3, 1), c3--);
          }
          o2[0] === "." && o2.length === 2 && (o2[1] === "." || o2[1] === "") && (n2 = true, o2.pop());
        }
        let a2 = this.#s(o2) + 1, l = a2;
        for (; (l = o2.indexOf("..", l + 1)) !== -1; ) {
          let c3 = o2[l - 1];
          if (c3 && c3 !== "." && c3 !== ".." && c3 !== "**") {
            n2 = true;
            let u2 = l === 1 && o2[l + 1] === "**" ? ["."] : [];
            o2.splice(l - 1, 2, ...u2), o2.length === 0 && o2.push(""), l = Math.max(l - 2, a2);
          }
        }
      }
    } while (n2);
    return t;
  }
  secondPhasePreProcess(t) {
    let e = /* @__PURE__ */ new Set(), s = t.filter((o2) => {
      let h2 = o2.join("/");
      return e.has(h2) ? false : (e.add(h2), true);
    }), i2 = /* @__PURE__ */ new Map();
    for (let o2 of s) {
      let h2 = [];
      for (let a2 = 0; a2 < o2.length; a2++) o2[a2] === "*" && h2.push(a2);
      h2.length && i2.set(h2.join(","), h2);
    }
    if (!i2.size || s.length * i2.size > 1e5) return s;
    let { dot: n2 } = this.options;
    return s.filter((o2) => {
      for (let h2 of i2.values()) {
        if (h2[h2.length - 1] >= o2.length) continue;
        let a2 = [...o2], l = true, c3 = false;
        for (let f of h2) {
          let u2 = o2[f];
          if (u2 !== "*") {
            if (!u2 || u2 === "**" || !n2 && u2.startsWith(".")) {
              l = false;
              break;
            }
            a2[f] = "*", c3 = true;
          }
        }
        if (l && c3 && e.has(a2.join("/"))) return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate) return;
    let t = this.pattern, e = false, s = 0;
    for (let i2 = 0; i2 < t.length && t.charAt(i2) === "!"; i2++) e = !e, s++;
    s && (this.pattern = t.slice(s)), this.negate = e;
  }
  #k(t, e, s, i2) {
    let n2 = 0, o2 = 0, h2 = this.isWindows ? ye(e) : -1, a2 = h2 === -1 ? -1 : ye(s);
    if (a2 !== -1) {
      let l = s[a2], c3 = s[a2 + 1];
      typeof l != "string" || typeof c3 != "string" ? (n2 = h2, o2 = a2) : e[h2].toLowerCase() === l.toLowerCase() && e[h2 + 1].toLowerCase() === c3.toLowerCase() && (n2 = h2 + 2, o2 = a2 + 2);
    } else if (this.isWindows) {
      let l = typeof t[0] == "string" && /^[a-z]:$/i.test(t[0]), c3 = !l && t[0] === "" && t[1] === "" && t[2] === "?" && /^[a-z]:$/i.test(t[3]), f = typeof s[0] == "string" && /^[a-z]:$/i.test(s[0]), u2 = !f && s[0] === "" && s[1] === "" && s[2] === "?" && typeof s[3] == "string" && /^[a-z]:$/i.test(s[3]), p = c3 ? 3 : l ? 0 : void 0, g = u2 ? 3 : f ? 0 : void 0;
      if (typeof p == "number" && typeof g == "number") {
        let [d, w] = [t[p], s[g]];
        d.toLowerCase() === w.toLowerCase() && (o2 = g + 1, n2 = p + 1);
      }
    }
    return t = e, s.includes(v) ? this.#C(t, s, i2, n2, o2) : this.#S(t, s, i2, n2, o2);
  }
  #C(t, e, s, i2, n2) {
    let { head: o2, body: h2, tail: a2, segments: l } = this.#x(e, s, n2);
    if (o2.length) {
      let f = i2 + o2.length;
      if (!this.#S(t, o2, s, i2, 0, f)) return false;
      i2 += o2.length, n2 += o2.length;
    }
    let c3 = 0;
    if (a2.length) {
      if (a2.length + i2 > t.length) return false;
      let f = t.length - a2.length;
      if (this.#S(t, a2, s, f, 0)) c3 = a2.length;
      else {
        if (t[t.length - 1] !== "" || i2 + a2.length === t.length || (f--, !this.#S(t, a2, s, f, 0))) return false;
        c3 = a2.length + 1;
      }
    }
    if (!h2.length) {
      let f = !!c3;
      for (let u2 = i2; u2 < t.length - c3; u2++) {
        let p = String(t[u2]);
        if (f = true, p === "." || p === ".." || !this.options.dot && p.startsWith(".")) return false;
      }
      return s || f;
    }
    return !!this.#v(t, l, t.length - c3, i2, 0, s, 0, !!c3, /* @__PURE__ */ new Set());
  }
  #x(t, e, s) {
    let i2 = this.#l.get(t);
    i2 || (i2 = [], this.#l.set(t, i2));
    let n2 = s * 2 + (e ? 1 : 0), o2 = i2[n2];
    if (o2) return o2;
    let h2 = t.indexOf(v, s), a2 = t.lastIndexOf(v), l = t.slice(s, h2), c3 = t.slice(h2 + 1, e ? void 0 : a2), f = e ? [] : t.slice(a2 + 1), u2 = [[[], 0]], p = u2[0], g = 0, d = [0];
    for (let m of c3) m === v ? (d.push(g), p = [[], 0], u2.push(p)) : (p[0].push(m), g++);
    u2.forEach((m, b) => {
      m[1] = g - d[b];
    });
    let w = { head: l, body: c3, tail: f, segments: u2 };
    return i2[n2] = w, w;
  }
  #v(t, e, s, i2, n2, o2, h2, a2, l) {
    let c3 = e[n2];
    if (!c3) {
      if (o2) return i2 >= s || i2 === s - 1 && t[i2] === "";
      for (let g = i2; g < s; g++) {
        a2 = true;
        let d = t[g];
        if (d === "." || d === ".." || !this.options.dot && d.startsWith(".")) return false;
      }
      return a2;
    }
    let [f, u2] = c3, p = o2 ? s : s - u2;
    for (; i2 <= p; ) {
      let g = n2 * (t.length + 1) + i2;
      if (l.has(g)) return false;
      if (l.add(g), this.#S(t, f, o2, i2, 0, i2 + f.length) && h2 < this.maxGlobstarRecursion) {
        let m = this.#v(t, e, s, i2 + f.length, n2 + 1, o2, h2 + 1, a2, l);
        if (m !== false) return m;
      }
      if (i2 === p) break;
      let w = t[i2];
      if (w === "." || w === ".." || !this.options.dot && w.startsWith(".")) return false;
      i2++;
    }
    return o2 || null;
  }
  #S(t, e, s, i2, n2, o2 = t.length) {
    let h2, a2, l, c3;
    for (h2 = i2, a2 = n2, c3 = Math.min(o2, t.length), l = e.length; h2 < c3 && a2 < l; h2++, a2++) {
      let f = e[a2], u2 = t[h2];
      if (f === false || f === v || !X(f, u2)) return false;
    }
    if (h2 === c3 && a2 === l) return true;
    if (h2 === c3) return s;
    if (a2 === l) return h2 === c3 - 1 && t[h2] === "";
    throw new Error("wtf?");
  }
  braceExpand() {
    return xe(this.pattern, this.options);
  }
  #M() {
    let { pattern: t } = this;
    if (this.options.nobrace) return this.braceExpand();
    let e = 57344;
    for (; t.includes(String.fromCharCode(e)); ) if (++e > 63743) return this.braceExpand();
    let s = String.fromCharCode(e), i2 = false, n2 = t.replace(Ai, (h2, a2, l) => {
      let c3 = Number(a2), f = Number(l);
      return !Number.isSafeInteger(c3) || !Number.isSafeInteger(f) || Math.abs(c3 - f) + 1 < Ci ? h2 : (i2 = true, `${s}${a2}..${l}${s}`);
    });
    if (!i2) return this.braceExpand();
    let o2 = xe(n2, this.options);
    for (let h2 of o2) for (let a2 of h2.split("/")) {
      let l = a2.indexOf("[");
      if (l !== -1 && l < a2.lastIndexOf(s)) return this.braceExpand();
    }
    return this.#m = s, o2;
  }
  parse(t) {
    mt(t);
    let e = this.options;
    if (t === "**") return v;
    if (t === "") return "";
    let { nocase: s, nocaseMagicOnly: i2, noext: n2 = false, dot: o2, normalize: h2 } = e, a2 = this.#m, l = a2 && t.includes(a2) ? void 0 : Ri(t, n2);
    if (l !== void 0 && !(s && !i2 && t.toUpperCase() !== t.toLowerCase())) return this.#a(l);
    if (this.#h) return Se;
    let c3 = this.#f.get(t);
    return c3 || (c3 = new pt(t, { nocase: s, noext: n2, dot: o2, normalize: h2, ...a2 && { rangeMark: a2 } }), this.#f.set(t, c3)), c3;
  }
  #e(t) {
    return this.preserveMultipleSlashes ? t.split("/") : this.isWindows && /^\/\/[^/]+/.test(t) ? ["", ...t.split(/\/+/)] : t.split(/\/+/);
  }
  match(t, e = this.partial) {
    if (this.comment) return false;
    if (this.empty) return t === "";
    if (t === "/" && e) return true;
    let s = this.options, i2 = this.#g(t);
    if (!i2) {
      if (!e && !this.#o && (this.#t || this.#n) && os3 !== t) {
        os3 = t;
        let l = this.#b(t);
        if (l === "no") return s.flipNegate ? false : this.negate;
        if (l === "yes") return s.flipNegate ? true : !this.negate;
      }
      i2 = this.#w(t);
    }
    let n2 = i2.parts, o2 = this.#i ? i2.resolved ??= this.#p(n2) : n2, h2 = this.set, a2 = n2[n2.length - 1];
    if (!a2) for (let l = n2.length - 2; !a2 && l >= 0; l--) a2 = n2[l];
    for (let l = 0; l < h2.length; l++) {
      let c3 = h2[l], f = e ? void 0 : this.#d[l];
      if (f === "base" ? X(c3[0], a2) : f ? this.#E(o2, c3, f) : s.matchBase && c3.length === 1 ? this.#k([a2], [a2], c3, e) : this.#k(n2, o2, c3, e)) return s.flipNegate ? true : !this.negate;
    }
    return s.flipNegate ? false : this.negate;
  }
  static defaults(t) {
    return T.defaults(t).Minimatch;
  }
};
T.Minimatch = D;
T.escape = K;
T.unescape = st;
var M = Ti("lru-cache:metrics");
var wt = Fi("lru-cache");
var _i = typeof performance == "object" && performance && typeof performance.now == "function" ? performance : Date;
var ke = () => M.hasSubscribers || wt.hasSubscribers;
var us = /* @__PURE__ */ new Set();
var fs2 = typeof process == "object" && process ? process : {};
var Di = (r7, t, e, s) => {
  typeof fs2.emitWarning == "function" ? fs2.emitWarning(r7, t, e, s) : console.error(`[${e}] ${t}: ${r7}`);
};
var Ni = (r7) => !us.has(r7);
var V = (r7) => !!r7 && r7 === Math.floor(r7) && r7 > 0 && isFinite(r7);
var ds = (r7) => V(r7) ? r7 <= Math.pow(2, 8) ? Uint8Array : r7 <= Math.pow(2, 16) ? Uint16Array : r7 <= Math.pow(2, 32) ? Uint32Array : r7 <= Number.MAX_SAFE_INTEGER ? jt : null : null;
var jt = class extends Array {
  constructor(r7) {
    super(r7), this.fill(0);
  }
};
var Pi = class bt {
  heap;
  length;
  static #t = false;
  static create(t) {
    let e = ds(t);
    if (!e) return [];
    bt.#t = true;
    let s = new bt(t, e);
    return bt.#t = false, s;
  }
  constructor(t, e) {
    if (!bt.#t) throw new TypeError("instantiate Stack using Stack.create(n)");
    this.heap = new e(t), this.length = 0;
  }
  push(t) {
    this.heap[this.length++] = t;
  }
  pop() {
    return this.heap[--this.length];
  }
};
var yt = class ps {
  #t;
  #n;
  #i;
  #o;
  #r;
  #d;
  #u;
  #f;
  get perf() {
    return this.#f;
  }
  ttl;
  ttlResolution;
  ttlAutopurge;
  updateAgeOnGet;
  updateAgeOnHas;
  allowStale;
  noDisposeOnSet;
  noUpdateTTL;
  maxEntrySize;
  sizeCalculation;
  noDeleteOnFetchRejection;
  noDeleteOnStaleGet;
  allowStaleOnFetchAbort;
  allowStaleOnFetchRejection;
  ignoreFetchAbort;
  backgroundFetchSize;
  #h;
  #m;
  #l;
  #a;
  #s;
  #b;
  #E;
  #y;
  #g;
  #w;
  #p;
  #k;
  #C;
  #x;
  #v;
  #S;
  #M;
  #e;
  #T;
  static unsafeExposeInternals(t) {
    return { starts: t.#C, ttls: t.#x, autopurgeTimers: t.#v, sizes: t.#k, keyMap: t.#l, keyList: t.#a, valList: t.#s, next: t.#b, prev: t.#E, get head() {
      return t.#y;
    }, get tail() {
      return t.#g;
    }, free: t.#w, isBackgroundFetch: (e) => t.#c(e), backgroundFetch: (e, s, i2, n2) => t.#L(e, s, i2, n2), moveToTail: (e) => t.#X(e), indexes: (e) => t.#O(e), rindexes: (e) => t.#F(e), isStale: (e) => t.#A(e) };
  }
  get max() {
    return this.#t;
  }
  get maxSize() {
    return this.#n;
  }
  get calculatedSize() {
    return this.#m;
  }
  get size() {
    return this.#h;
  }
  get fetchMethod() {
    return this.#d;
  }
  get memoMethod() {
    return this.#u;
  }
  get dispose() {
    return this.#i;
  }
  get onInsert() {
    return this.#o;
  }
  get disposeAfter() {
    return this.#r;
  }
  constructor(t) {
    let { max: e = 0, ttl: s, ttlResolution: i2 = 1, ttlAutopurge: n2, updateAgeOnGet: o2, updateAgeOnHas: h2, allowStale: a2, dispose: l, onInsert: c3, disposeAfter: f, noDisposeOnSet: u2, noUpdateTTL: p, maxSize: g = 0, maxEntrySize: d = 0, sizeCalculation: w, fetchMethod: m, memoMethod: b, noDeleteOnFetchRejection: x, noDeleteOnStaleGet: S, allowStaleOnFetchRejection: y, allowStaleOnFetchAbort: q, ignoreFetchAbort: W, backgroundFetchSize: B = 1, perf: et } = t;
    if (this.backgroundFetchSize = B, et !== void 0 && typeof et?.now != "function") throw new TypeError("perf option must have a now() method if specified");
    if (this.#f = et ?? _i, e !== 0 && !V(e)) throw new TypeError("max option must be a nonnegative integer");
    let ie = e ? ds(e) : Array;
    if (!ie) throw new Error("invalid max value: " + e);
    if (this.#t = e, this.#n = g, this.maxEntrySize = d || this.#n, this.sizeCalculation = w, this.sizeCalculation) {
      if (!this.#n && !this.maxEntrySize) throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");
      if (typeof this.sizeCalculation != "function") throw new TypeError("sizeCalculation set to non-function");
    }
    if (b !== void 0 && typeof b != "function") throw new TypeError("memoMethod must be a function if defined");
    if (this.#u = b, m !== void 0 && typeof m != "function") throw new TypeError("fetchMethod must be a function if specified");
    if (this.#d = m, this.#M = !!m, this.#l = /* @__PURE__ */ new Map(), this.#a = Array.from({ length: e }).fill(void 0), this.#s = Array.from({ length: e }).fill(void 0), this.#b = new ie(e), this.#E = new ie(e), this.#y = 0, this.#g = 0, this.#w = Pi.create(e), this.#h = 0, this.#m = 0, typeof l == "function" && (this.#i = l), typeof c3 == "function" && (this.#o = c3), typeof f == "function" ? (this.#r = f, this.#p = []) : (this.#r = void 0, this.#p = void 0), this.#S = !!this.#i, this.#T = !!this.#o, this.#e = !!this.#r, this.noDisposeOnSet = !!u2, this.noUpdateTTL = !!p, this.noDeleteOnFetchRejection = !!x, this.allowStaleOnFetchRejection = !!y, this.allowStaleOnFetchAbort = !!q, this.ignoreFetchAbort = !!W, this.maxEntrySize !== 0) {
      if (this.#n !== 0 && !V(this.#n)) throw new TypeError("maxSize must be a positive integer if specified");
      if (!V(this.maxEntrySize)) throw new TypeError("maxEntrySize must be a positive integer if specified");
      this.#G();
    }
    if (this.allowStale = !!a2, this.noDeleteOnStaleGet = !!S, this.updateAgeOnGet = !!o2, this.updateAgeOnHas = !!h2, this.ttlResolution = V(i2) || i2 === 0 ? i2 : 1, this.ttlAutopurge = !!n2, this.ttl = s || 0, this.ttl) {
      if (!V(this.ttl)) throw new TypeError("ttl must be a positive integer if specified");
      this.#_();
    }
    if (this.#t === 0 && this.ttl === 0 && this.#n === 0) throw new TypeError("At least one of max, maxSize, or ttl is required");
    if (!this.ttlAutopurge && !this.#t && !this.#n) {
      let ne = "LRU_CACHE_UNBOUNDED";
      Ni(ne) && (us.add(ne), Di("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.", "UnboundedCacheWarning", ne, ps));
    }
  }
  getRemainingTTL(t) {
    return this.#l.has(t) ? 1 / 0 : 0;
  }
  #_() {
    let t = new jt(this.#t), e = new jt(this.#t);
    this.#x = t, this.#C = e;
    let s = this.ttlAutopurge ? Array.from({ length: this.#t }) : void 0;
    this.#v = s, this.#W = (a2, l, c3 = this.#f.now()) => {
      e[a2] = l !== 0 ? c3 : 0, t[a2] = l, i2(a2, l);
    }, this.#R = (a2) => {
      e[a2] = t[a2] !== 0 ? this.#f.now() : 0, i2(a2, t[a2]);
    };
    let i2 = this.ttlAutopurge ? (a2, l) => {
      if (s?.[a2] && (clearTimeout(s[a2]), s[a2] = void 0), l && l !== 0 && s) {
        let c3 = setTimeout(() => {
          this.#A(a2) ? (this.#j(this.#a[a2], "expire"), s[a2] = void 0) : i2(a2, h2(a2));
        }, l + 1);
        c3.unref && c3.unref(), s[a2] = c3;
      }
    } : () => {
    };
    this.#D = (a2, l) => {
      if (t[l]) {
        let c3 = t[l], f = e[l];
        if (!c3 || !f) return;
        a2.ttl = c3, a2.start = f, a2.now = n2 || o2();
        let u2 = a2.now - f;
        a2.remainingTTL = c3 - u2;
      }
    };
    let n2 = 0, o2 = () => {
      let a2 = this.#f.now();
      if (this.ttlResolution > 0) {
        n2 = a2;
        let l = setTimeout(() => n2 = 0, this.ttlResolution);
        l.unref && l.unref();
      }
      return a2;
    };
    this.getRemainingTTL = (a2) => {
      let l = this.#l.get(a2);
      return l === void 0 ? 0 : h2(l);
    };
    let h2 = (a2) => {
      let l = t[a2], c3 = e[a2];
      if (!l || !c3) return 1 / 0;
      let f = (n2 || o2()) - c3;
      return l - f;
    };
    this.#A = (a2) => {
      let l = e[a2], c3 = t[a2];
      return !!c3 && !!l && (n2 || o2()) - l > c3;
    };
  }
  #R = () => {
  };
  #D = () => {
  };
  #W = () => {
  };
  #A = () => false;
  #G() {
    let t = new jt(this.#t);
    this.#m = 0, this.#k = t, this.#P = (e) => {
      this.#m -= t[e], t[e] = 0;
    }, this.#$ = (e, s, i2, n2) => {
      if (!V(i2)) {
        if (this.#c(s)) return this.backgroundFetchSize;
        if (n2) {
          if (typeof n2 != "function") throw new TypeError("sizeCalculation must be a function");
          if (i2 = n2(s, e), !V(i2)) throw new TypeError("sizeCalculation return invalid (expect positive integer)");
        } else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");
      }
      return i2;
    }, this.#N = (e, s, i2) => {
      if (t[e] = s, this.#n) {
        let n2 = this.#n - t[e];
        for (; this.#m > n2; ) this.#U(true);
      }
      this.#m += t[e], i2 && (i2.entrySize = s, i2.totalCalculatedSize = this.#m);
    };
  }
  #P = (t) => {
  };
  #N = (t, e, s) => {
  };
  #$ = (t, e, s, i2) => {
    if (s || i2) throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");
    return 0;
  };
  *#O({ allowStale: t = this.allowStale } = {}) {
    if (this.#h) for (let e = this.#g; this.#I(e) && ((t || !this.#A(e)) && (yield e), e !== this.#y); ) e = this.#E[e];
  }
  *#F({ allowStale: t = this.allowStale } = {}) {
    if (this.#h) for (let e = this.#y; this.#I(e) && ((t || !this.#A(e)) && (yield e), e !== this.#g); ) e = this.#b[e];
  }
  #I(t) {
    return t !== void 0 && this.#l.get(this.#a[t]) === t;
  }
  *entries() {
    for (let t of this.#O()) this.#s[t] !== void 0 && this.#a[t] !== void 0 && !this.#c(this.#s[t]) && (yield [this.#a[t], this.#s[t]]);
  }
  *rentries() {
    for (let t of this.#F()) this.#s[t] !== void 0 && this.#a[t] !== void 0 && !this.#c(this.#s[t]) && (yield [this.#a[t], this.#s[t]]);
  }
  *keys() {
    for (let t of this.#O()) {
      let e = this.#a[t];
      e !== void 0 && !this.#c(this.#s[t]) && (yield e);
    }
  }
  *rkeys() {
    for (let t of this.#F()) {
      let e = this.#a[t];
      e !== void 0 && !this.#c(this.#s[t]) && (yield e);
    }
  }
  *values() {
    for (let t of this.#O()) this.#s[t] !== void 0 && !this.#c(this.#s[t]) && (yield this.#s[t]);
  }
  *rvalues() {
    for (let t of this.#F()) this.#s[t] !== void 0 && !this.#c(this.#s[t]) && (yield this.#s[t]);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  [Symbol.toStringTag] = "LRUCache";
  find(t, e = {}) {
    for (let s of this.#O()) {
      let i2 = this.#s[s], n2 = this.#c(i2) ? i2.__staleWhileFetching : i2;
      if (n2 !== void 0 && t(n2, this.#a[s], this)) return this.#K(this.#a[s], e);
    }
  }
  forEach(t, e = this) {
    for (let s of this.#O()) {
      let i2 = this.#s[s], n2 = this.#c(i2) ? i2.__staleWhileFetching : i2;
      n2 !== void 0 && t.call(e, n2, this.#a[s], this);
    }
  }
  rforEach(t, e = this) {
    for (let s of this.#F()) {
      let i2 = this.#s[s], n2 = this.#c(i2) ? i2.__staleWhileFetching : i2;
      n2 !== void 0 && t.call(e, n2, this.#a[s], this);
    }
  }
  purgeStale() {
    let t = false;
    for (let e of this.#F({ allowStale: true })) this.#A(e) && (this.#j(this.#a[e], "expire"), t = true);
    return t;
  }
  info(t) {
    let e = this.#l.get(t);
    if (e === void 0) return;
    let s = this.#s[e], i2 = this.#c(s) ? s.__staleWhileFetching : s;
    if (i2 === void 0) return;
    let n2 = { value: i2 };
    if (this.#x && this.#C) {
      let o2 = this.#x[e], h2 = this.#C[e];
      if (o2 && h2) {
        let a2 = o2 - (this.#f.now() - h2);
        n2.ttl = a2, n2.start = Date.now();
      }
    }
    return this.#k && (n2.size = this.#k[e]), n2;
  }
  dump() {
    let t = [];
    for (let e of this.#O({ allowStale: true })) {
      let s = this.#a[e], i2 = this.#s[e], n2 = this.#c(i2) ? i2.__staleWhileFetching : i2;
      if (n2 === void 0 || s === void 0) continue;
      let o2 = { value: n2 };
      if (this.#x && this.#C) {
        o2.ttl = this.#x[e];
        let h2 = this.#f.now() - this.#C[e];
        o2.start = Math.floor(Date.now() - h2);
      }
      this.#k && (o2.size = this.#k[e]), t.unshift([s, o2]);
    }
    return t;
  }
  load(t) {
    this.clear();
    for (let [e, s] of t) {
      if (s.start) {
        let i2 = Date.now() - s.start;
        s.start = this.#f.now() - i2;
      }
      this.#z(e, s.value, s);
    }
  }
  set(t, e, s = {}) {
    let { status: i2 = M.hasSubscribers ? {} : void 0 } = s;
    s.status = i2, i2 && (i2.op = "set", i2.key = t, e !== void 0 && (i2.value = e), i2.cache = this);
    let n2 = this.#z(t, e, s);
    return i2 && M.hasSubscribers && M.publish(i2), n2;
  }
  #z(t, e, s, i2) {
    let { ttl: n2 = this.ttl, start: o2, noDisposeOnSet: h2 = this.noDisposeOnSet, sizeCalculation: a2 = this.sizeCalculation, status: l } = s, c3 = this.#c(e);
    if (e === void 0) return l && (l.set = "deleted"), this.delete(t), this;
    let { noUpdateTTL: f = this.noUpdateTTL } = s;
    l && !c3 && (l.value = e);
    let u2 = this.#$(t, e, s.size || 0, a2, l);
    if (this.maxEntrySize && u2 > this.maxEntrySize) return this.#j(t, "set"), l && (l.set = "miss", l.maxEntrySizeExceeded = true), this;
    let p = this.#h === 0 ? void 0 : this.#l.get(t);
    if (p === void 0) p = this.#h === 0 ? this.#g : this.#w.length !== 0 ? this.#w.pop() : this.#h === this.#t ? this.#U(false) : this.#h, this.#a[p] = t, this.#s[p] = e, this.#l.set(t, p), this.#b[this.#g] = p, this.#E[p] = this.#g, this.#g = p, this.#h++, this.#N(p, u2, l), l && (l.set = "add"), f = false, this.#T && !c3 && this.#o?.(e, t, "add");
    else {
      this.#X(p);
      let g = this.#s[p];
      if (e !== g) {
        if (!h2) if (this.#c(g)) {
          g !== i2 && g.__abortController.abort(new Error("replaced"));
          let { __staleWhileFetching: d } = g;
          d !== void 0 && d !== e && (this.#S && this.#i?.(d, t, "set"), this.#e && this.#p?.push([d, t, "set"]));
        } else this.#S && this.#i?.(g, t, "set"), this.#e && this.#p?.push([g, t, "set"]);
        if (this.#P(p), this.#N(p, u2, l), this.#s[p] = e, !c3) {
          let d = g && this.#c(g) ? g.__staleWhileFetching : g, w = d === void 0 ? "add" : e !== d ? "replace" : "update";
          l && (l.set = w, d !== void 0 && (l.oldValue = d)), this.#T && this.onInsert?.(e, t, w);
        }
      } else c3 || (l && (l.set = "update"), this.#T && this.onInsert?.(e, t, "update"));
    }
    if (n2 !== 0 && !this.#x && this.#_(), this.#x && (f || this.#W(p, n2, o2), l && this.#D(l, p)), !h2 && this.#e && this.#p) {
      let g = this.#p, d;
      for (; d = g?.shift(); ) this.#r?.(...d);
    }
    return this;
  }
  pop() {
    try {
      for (; this.#h; ) {
        let t = this.#s[this.#y];
        if (this.#U(true), this.#c(t)) {
          if (t.__staleWhileFetching) return t.__staleWhileFetching;
        } else if (t !== void 0) return t;
      }
    } finally {
      if (this.#e && this.#p) {
        let t = this.#p, e;
        for (; e = t?.shift(); ) this.#r?.(...e);
      }
    }
  }
  #U(t) {
    let e = this.#y, s = this.#a[e], i2 = this.#s[e], n2 = this.#c(i2);
    n2 && i2.__abortController.abort(new Error("evicted"));
    let o2 = n2 ? i2.__staleWhileFetching : i2;
    return (this.#S || this.#e) && o2 !== void 0 && (this.#S && this.#i?.(o2, s, "evict"), this.#e && this.#p?.push([o2, s, "evict"])), this.#P(e), this.#v?.[e] && (clearTimeout(this.#v[e]), this.#v[e] = void 0), t && (this.#a[e] = void 0, this.#s[e] = void 0, this.#w.push(e)), this.#h === 1 ? (this.#y = this.#g = 0, this.#w.length = 0) : this.#y = this.#b[e], this.#l.delete(s), this.#h--, e;
  }
  has(t, e = {}) {
    let { status: s = M.hasSubscribers ? {} : void 0 } = e;
    e.status = s, s && (s.op = "has", s.key = t, s.cache = this);
    let i2 = this.#V(t, e);
    return M.hasSubscribers && M.publish(s), i2;
  }
  #V(t, e = {}) {
    let { updateAgeOnHas: s = this.updateAgeOnHas, status: i2 } = e, n2 = this.#l.get(t);
    if (n2 !== void 0) {
      let o2 = this.#s[n2];
      if (this.#c(o2) && o2.__staleWhileFetching === void 0) return false;
      if (this.#A(n2)) i2 && (i2.has = "stale", this.#D(i2, n2));
      else return s && this.#R(n2), i2 && (i2.has = "hit", this.#D(i2, n2)), true;
    } else i2 && (i2.has = "miss");
    return false;
  }
  peek(t, e = {}) {
    let { status: s = ke() ? {} : void 0 } = e;
    s && (s.op = "peek", s.key = t, s.cache = this), e.status = s;
    let i2 = this.#H(t, e);
    return M.hasSubscribers && M.publish(s), i2;
  }
  #H(t, e) {
    let { status: s, allowStale: i2 = this.allowStale } = e, n2 = this.#l.get(t);
    if (n2 === void 0 || !i2 && this.#A(n2)) {
      s && (s.peek = n2 === void 0 ? "miss" : "stale");
      return;
    }
    let o2 = this.#s[n2], h2 = this.#c(o2) ? o2.__staleWhileFetching : o2;
    return s && (h2 !== void 0 ? (s.peek = "hit", s.value = h2) : s.peek = "miss"), h2;
  }
  #L(t, e, s, i2) {
    let n2 = e === void 0 ? void 0 : this.#s[e];
    if (this.#c(n2)) return n2;
    let o2 = new AbortController(), { signal: h2 } = s;
    h2?.addEventListener("abort", () => o2.abort(h2.reason), { signal: o2.signal });
    let a2 = { signal: o2.signal, options: s, context: i2 }, l = (d, w = false) => {
      let { aborted: m } = o2.signal, b = s.ignoreFetchAbort && d !== void 0, x = s.ignoreFetchAbort || !!(s.allowStaleOnFetchAbort && d !== void 0);
      if (s.status && (m && !w ? (s.status.fetchAborted = true, s.status.fetchError = o2.signal.reason, b && (s.status.fetchAbortIgnored = true)) : s.status.fetchResolved = true), m && !b && !w) return f(o2.signal.reason, x);
      let S = p, y = this.#s[e];
      return (y === p || y === void 0 && b && w) && (d === void 0 ? S.__staleWhileFetching !== void 0 ? this.#s[e] = S.__staleWhileFetching : this.#j(t, "fetch") : (s.status && (s.status.fetchUpdated = true), this.#z(t, d, a2.options, S))), d;
    }, c3 = (d) => (s.status && (s.status.fetchRejected = true, s.status.fetchError = d), f(d, false)), f = (d, w) => {
      let { aborted: m } = o2.signal, b = m && s.allowStaleOnFetchAbort, x = b || s.allowStaleOnFetchRejection, S = x || s.noDeleteOnFetchRejection, y = p;
      if (this.#s[e] === p && (!S || !w && y.__staleWhileFetching === void 0 ? this.#j(t, "fetch") : b || (this.#s[e] = y.__staleWhileFetching)), x) return s.status && y.__staleWhileFetching !== void 0 && (s.status.returnedStale = true), y.__staleWhileFetching;
      if (y.__returned === y) throw d;
    }, u2 = (d, w) => {
      let m = this.#d?.(t, n2, a2);
      o2.signal.addEventListener("abort", () => {
        (!s.ignoreFetchAbort || s.allowStaleOnFetchAbort) && (d(void 0), s.allowStaleOnFetchAbort && (d = (b) => l(b, true)));
      }), m && m instanceof Promise ? m.then((b) => d(b === void 0 ? void 0 : b), w) : m !== void 0 && d(m);
    };
    s.status && (s.status.fetchDispatched = true);
    let p = new Promise(u2).then(l, c3), g = Object.assign(p, { __abortController: o2, __staleWhileFetching: n2, __returned: void 0 });
    return e === void 0 ? (this.#z(t, g, { ...a2.options, status: void 0 }), e = this.#l.get(t)) : this.#s[e] = g, g;
  }
  #c(t) {
    if (!this.#M) return false;
    let e = t;
    return !!e && e instanceof Promise && e.hasOwnProperty("__staleWhileFetching") && e.__abortController instanceof AbortController;
  }
  fetch(t, e = {}) {
    let s = wt.hasSubscribers, { status: i2 = ke() ? {} : void 0 } = e;
    e.status = i2, i2 && e.context && (i2.context = e.context);
    let n2 = this.#q(t, e);
    return i2 && s && (i2.trace = true, wt.tracePromise(() => n2, i2).catch(() => {
    })), n2;
  }
  async #q(t, e = {}) {
    let { allowStale: s = this.allowStale, updateAgeOnGet: i2 = this.updateAgeOnGet, noDeleteOnStaleGet: n2 = this.noDeleteOnStaleGet, ttl: o2 = this.ttl, noDisposeOnSet: h2 = this.noDisposeOnSet, size: a2 = 0, sizeCalculation: l = this.sizeCalculation, noUpdateTTL: c3 = this.noUpdateTTL, noDeleteOnFetchRejection: f = this.noDeleteOnFetchRejection, allowStaleOnFetchRejection: u2 = this.allowStaleOnFetchRejection, ignoreFetchAbort: p = this.ignoreFetchAbort, allowStaleOnFetchAbort: g = this.allowStaleOnFetchAbort, context: d, forceRefresh: w = false, status: m, signal: b } = e;
    if (m && (m.op = "fetch", m.key = t, w && (m.forceRefresh = true), m.cache = this), !this.#M) return m && (m.fetch = "get"), this.#K(t, { allowStale: s, updateAgeOnGet: i2, noDeleteOnStaleGet: n2, status: m });
    let x = { allowStale: s, updateAgeOnGet: i2, noDeleteOnStaleGet: n2, ttl: o2, noDisposeOnSet: h2, size: a2, sizeCalculation: l, noUpdateTTL: c3, noDeleteOnFetchRejection: f, allowStaleOnFetchRejection: u2, allowStaleOnFetchAbort: g, ignoreFetchAbort: p, status: m, signal: b }, S = this.#l.get(t);
    if (S === void 0) {
      m && (m.fetch = "miss");
      let y = this.#L(t, S, x, d);
      return y.__returned = y;
    } else {
      let y = this.#s[S];
      if (this.#c(y)) {
        let et = s && y.__staleWhileFetching !== void 0;
        return m && (m.fetch = "inflight", et && (m.returnedStale = true)), et ? y.__staleWhileFetching : y.__returned = y;
      }
      let q = this.#A(S);
      if (!w && !q) return m && (m.fetch = "hit"), this.#X(S), i2 && this.#R(S), m && this.#D(m, S), y;
      let W = this.#L(t, S, x, d), B = W.__staleWhileFetching !== void 0 && s;
      return m && (m.fetch = q ? "stale" : "refresh", B && q && (m.returnedStale = true)), B ? W.__staleWhileFetching : W.__returned = W;
    }
  }
  forceFetch(t, e = {}) {
    let s = wt.hasSubscribers, { status: i2 = ke() ? {} : void 0 } = e;
    e.status = i2, i2 && e.context && (i2.context = e.context);
    let n2 = this.#B(t, e);
    return i2 && s && (i2.trace = true, wt.tracePromise(() => n2, i2).catch(() => {
    })), n2;
  }
  async #B(t, e = {}) {
    let s = await this.#q(t, e);
    if (s === void 0) throw new Error("fetch() returned undefined");
    return s;
  }
  memo(t, e = {}) {
    let { status: s = M.hasSubscribers ? {} : void 0 } = e;
    e.status = s, s && (s.op = "memo", s.key = t, e.context && (s.context = e.context), s.cache = this);
    let i2 = this.#Z(t, e);
    return s && (s.value = i2), M.hasSubscribers && M.publish(s), i2;
  }
  #Z(t, e = {}) {
    let s = this.#u;
    if (!s) throw new Error("no memoMethod provided to constructor");
    let { context: i2, status: n2, forceRefresh: o2, ...h2 } = e;
    n2 && o2 && (n2.forceRefresh = true);
    let a2 = this.#K(t, h2), l = o2 || a2 === void 0;
    if (n2 && (n2.memo = l ? "miss" : "hit", l || (n2.value = a2)), !l) return a2;
    let c3 = s(t, a2, { options: h2, context: i2 });
    return n2 && (n2.value = c3), this.#z(t, c3, h2), c3;
  }
  get(t, e = {}) {
    let { status: s = M.hasSubscribers ? {} : void 0 } = e;
    e.status = s, s && (s.op = "get", s.key = t, s.cache = this);
    let i2 = this.#K(t, e);
    return s && (i2 !== void 0 && (s.value = i2), M.hasSubscribers && M.publish(s)), i2;
  }
  #K(t, e = {}) {
    let { allowStale: s = this.allowStale, updateAgeOnGet: i2 = this.updateAgeOnGet, noDeleteOnStaleGet: n2 = this.noDeleteOnStaleGet, status: o2 } = e, h2 = this.#l.get(t);
    if (h2 === void 0) {
      o2 && (o2.get = "miss");
      return;
    }
    let a2 = this.#s[h2], l = this.#c(a2);
    return o2 && this.#D(o2, h2), this.#A(h2) ? l ? (o2 && (o2.get = "stale-fetching"), s && a2.__staleWhileFetching !== void 0 ? (o2 && (o2.returnedStale = true), a2.__staleWhileFetching) : void 0) : (n2 || this.#j(t, "expire"), o2 && (o2.get = "stale"), s ? (o2 && (o2.returnedStale = true), a2) : void 0) : (o2 && (o2.get = l ? "fetching" : "hit"), this.#X(h2), i2 && this.#R(h2), l ? a2.__staleWhileFetching : a2);
  }
  #Y(t, e) {
    this.#E[e] = t, this.#b[t] = e;
  }
  #X(t) {
    t !== this.#g && (t === this.#y ? this.#y = this.#b[t] : this.#Y(this.#E[t], this.#b[t]), this.#Y(this.#g, t), this.#g = t);
  }
  delete(t) {
    return this.#j(t, "delete");
  }
  #j(t, e) {
    M.hasSubscribers && M.publish({ op: "delete", delete: e, key: t, cache: this });
    let s = false;
    if (this.#h !== 0) {
      let i2 = this.#l.get(t);
      if (i2 !== void 0) if (this.#v?.[i2] && (clearTimeout(this.#v[i2]), this.#v[i2] = void 0), s = true, this.#h === 1) this.#J(e);
      else {
        this.#P(i2);
        let n2 = this.#s[i2];
        if (this.#c(n2) ? n2.__abortController.abort(new Error("deleted")) : (this.#S || this.#e) && (this.#S && this.#i?.(n2, t, e), this.#e && this.#p?.push([n2, t, e])), this.#l.delete(t), this.#a[i2] = void 0, this.#s[i2] = void 0, i2 === this.#g) this.#g = this.#E[i2];
        else if (i2 === this.#y) this.#y = this.#b[i2];
        else {
          let o2 = this.#E[i2];
          this.#b[o2] = this.#b[i2];
          let h2 = this.#b[i2];
          this.#E[h2] = this.#E[i2];
        }
        this.#h--, this.#w.push(i2);
      }
    }
    if (this.#e && this.#p?.length) {
      let i2 = this.#p, n2;
      for (; n2 = i2?.shift(); ) this.#r?.(...n2);
    }
    return s;
  }
  clear() {
    return this.#J("delete");
  }
  #J(t) {
    for (let e of this.#F({ allowStale: true })) {
      let s = this.#s[e];
      if (this.#c(s)) s.__abortController.abort(new Error("deleted"));
      else {
        let i2 = this.#a[e];
        this.#S && this.#i?.(s, i2, t), this.#e && this.#p?.push([s, i2, t]);
      }
    }
    if (this.#l.clear(), this.#s.fill(void 0), this.#a.fill(void 0), this.#x && this.#C) {
      this.#x.fill(0), this.#C.fill(0);
      for (let e of this.#v ?? []) e !== void 0 && clearTimeout(e);
      this.#v?.fill(void 0);
    }
    if (this.#k && this.#k.fill(0), this.#y = 0, this.#g = 0, this.#w.length = 0, this.#m = 0, this.#h = 0, this.#e && this.#p) {
      let e = this.#p, s;
      for (; s = e?.shift(); ) this.#r?.(...s);
    }
  }
};
var ms = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Li = (r7) => !!r7 && typeof r7 == "object" && (r7 instanceof J || r7 instanceof ys || ji(r7) || Wi(r7));
var ji = (r7) => !!r7 && typeof r7 == "object" && r7 instanceof Te && typeof r7.pipe == "function" && r7.pipe !== ys.Writable.prototype.pipe;
var Wi = (r7) => !!r7 && typeof r7 == "object" && r7 instanceof Te && typeof r7.write == "function" && typeof r7.end == "function";
var G = /* @__PURE__ */ Symbol("EOF");
var H = /* @__PURE__ */ Symbol("maybeEmitEnd");
var Y = /* @__PURE__ */ Symbol("emittedEnd");
var Wt = /* @__PURE__ */ Symbol("emittingEnd");
var St = /* @__PURE__ */ Symbol("emittedError");
var $t = /* @__PURE__ */ Symbol("closed");
var gs = /* @__PURE__ */ Symbol("read");
var It = /* @__PURE__ */ Symbol("flush");
var ws = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var nt = /* @__PURE__ */ Symbol("decoder");
var k = /* @__PURE__ */ Symbol("flowing");
var xt = /* @__PURE__ */ Symbol("paused");
var rt = /* @__PURE__ */ Symbol("resume");
var C = /* @__PURE__ */ Symbol("buffer");
var F = /* @__PURE__ */ Symbol("pipes");
var A = /* @__PURE__ */ Symbol("bufferLength");
var Ce = /* @__PURE__ */ Symbol("bufferPush");
var Bt = /* @__PURE__ */ Symbol("bufferShift");
var R = /* @__PURE__ */ Symbol("objectMode");
var E = /* @__PURE__ */ Symbol("destroyed");
var Ae = /* @__PURE__ */ Symbol("error");
var Me = /* @__PURE__ */ Symbol("emitData");
var bs = /* @__PURE__ */ Symbol("emitEnd");
var Re = /* @__PURE__ */ Symbol("emitEnd2");
var $2 = /* @__PURE__ */ Symbol("async");
var Oe = /* @__PURE__ */ Symbol("abort");
var Ut = /* @__PURE__ */ Symbol("aborted");
var vt = /* @__PURE__ */ Symbol("signal");
var Q = /* @__PURE__ */ Symbol("dataListeners");
var _ = /* @__PURE__ */ Symbol("discarded");
var Et = (r7) => Promise.resolve().then(r7);
var $i = (r7) => r7();
var Ii = (r7) => r7 === "end" || r7 === "finish" || r7 === "prefinish";
var Bi = (r7) => r7 instanceof ArrayBuffer || !!r7 && typeof r7 == "object" && r7.constructor && r7.constructor.name === "ArrayBuffer" && r7.byteLength >= 0;
var Ui = (r7) => !Buffer.isBuffer(r7) && ArrayBuffer.isView(r7);
var Gt = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t, e, s) {
    this.src = t, this.dest = e, this.opts = s, this.ondrain = () => t[rt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Fe = class extends Gt {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, s) {
    super(t, e, s), this.proxyErrors = (i2) => this.dest.emit("error", i2), t.on("error", this.proxyErrors);
  }
};
var Gi = (r7) => !!r7.objectMode;
var Hi = (r7) => !r7.objectMode && !!r7.encoding && r7.encoding !== "buffer";
var J = class extends Te {
  [k] = false;
  [xt] = false;
  [F] = [];
  [C] = [];
  [R];
  [z];
  [$2];
  [nt];
  [G] = false;
  [Y] = false;
  [Wt] = false;
  [$t] = false;
  [St] = null;
  [A] = 0;
  [E] = false;
  [vt];
  [Ut] = false;
  [Q] = 0;
  [_] = false;
  writable = true;
  readable = true;
  constructor(...t) {
    let e = t[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Gi(e) ? (this[R] = true, this[z] = null) : Hi(e) ? (this[z] = e.encoding, this[R] = false) : (this[R] = false, this[z] = null), this[$2] = !!e.async, this[nt] = this[z] ? new zi(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[C] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[F] });
    let { signal: s } = e;
    s && (this[vt] = s, s.aborted ? this[Oe]() : s.addEventListener("abort", () => this[Oe]()));
  }
  get bufferLength() {
    return this[A];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[R];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[$2];
  }
  set async(t) {
    this[$2] = this[$2] || !!t;
  }
  [Oe]() {
    this[Ut] = true, this.emit("abort", this[vt]?.reason), this.destroy(this[vt]?.reason);
  }
  get aborted() {
    return this[Ut];
  }
  set aborted(t) {
  }
  write(t, e, s) {
    if (this[Ut]) return false;
    if (this[G]) throw new Error("write after end");
    if (this[E]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (s = e, e = "utf8"), e || (e = "utf8");
    let i2 = this[$2] ? Et : $i;
    if (!this[R] && !Buffer.isBuffer(t)) {
      if (Ui(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Bi(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[R] ? (this[k] && this[A] !== 0 && this[It](true), this[k] ? this.emit("data", t) : this[Ce](t), this[A] !== 0 && this.emit("readable"), s && i2(s), this[k]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[nt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[nt].write(t)), this[k] && this[A] !== 0 && this[It](true), this[k] ? this.emit("data", t) : this[Ce](t), this[A] !== 0 && this.emit("readable"), s && i2(s), this[k]) : (this[A] !== 0 && this.emit("readable"), s && i2(s), this[k]);
  }
  read(t) {
    if (this[E]) return null;
    if (this[_] = false, this[A] === 0 || t === 0 || t && t > this[A]) return this[H](), null;
    this[R] && (t = null), this[C].length > 1 && !this[R] && (this[C] = [this[z] ? this[C].join("") : Buffer.concat(this[C], this[A])]);
    let e = this[gs](t || null, this[C][0]);
    return this[H](), e;
  }
  [gs](t, e) {
    if (this[R]) this[Bt]();
    else {
      let s = e;
      t === s.length || t === null ? this[Bt]() : typeof s == "string" ? (this[C][0] = s.slice(t), e = s.slice(0, t), this[A] -= t) : (this[C][0] = s.subarray(t), e = s.subarray(0, t), this[A] -= t);
    }
    return this.emit("data", e), !this[C].length && !this[G] && this.emit("drain"), e;
  }
  end(t, e, s) {
    return typeof t == "function" && (s = t, t = void 0), typeof e == "function" && (s = e, e = "utf8"), t !== void 0 && this.write(t, e), s && this.once("end", s), this[G] = true, this.writable = false, (this[k] || !this[xt]) && this[H](), this;
  }
  [rt]() {
    this[E] || (!this[Q] && !this[F].length && (this[_] = true), this[xt] = false, this[k] = true, this.emit("resume"), this[C].length ? this[It]() : this[G] ? this[H]() : this.emit("drain"));
  }
  resume() {
    return this[rt]();
  }
  pause() {
    this[k] = false, this[xt] = true, this[_] = false;
  }
  get destroyed() {
    return this[E];
  }
  get flowing() {
    return this[k];
  }
  get paused() {
    return this[xt];
  }
  [Ce](t) {
    this[R] ? this[A] += 1 : this[A] += t.length, this[C].push(t);
  }
  [Bt]() {
    return this[R] ? this[A] -= 1 : this[A] -= this[C][0].length, this[C].shift();
  }
  [It](t = false) {
    do
      ;
    while (this[ws](this[Bt]()) && this[C].length);
    !t && !this[C].length && !this[G] && this.emit("drain");
  }
  [ws](t) {
    return this.emit("data", t), this[k];
  }
  pipe(t, e) {
    if (this[E]) return t;
    this[_] = false;
    let s = this[Y];
    return e = e || {}, t === ms.stdout || t === ms.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, s ? e.end && t.end() : (this[F].push(e.proxyErrors ? new Fe(this, t, e) : new Gt(this, t, e)), this[$2] ? Et(() => this[rt]()) : this[rt]()), t;
  }
  unpipe(t) {
    let e = this[F].find((s) => s.dest === t);
    e && (this[F].length === 1 ? (this[k] && this[Q] === 0 && (this[k] = false), this[F] = []) : this[F].splice(this[F].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let s = super.on(t, e);
    if (t === "data") this[_] = false, this[Q]++, !this[F].length && !this[k] && this[rt]();
    else if (t === "readable" && this[A] !== 0) super.emit("readable");
    else if (Ii(t) && this[Y]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[St]) {
      let i2 = e;
      this[$2] ? Et(() => i2.call(this, this[St])) : i2.call(this, this[St]);
    }
    return s;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let s = super.off(t, e);
    return t === "data" && (this[Q] = this.listeners("data").length, this[Q] === 0 && !this[_] && !this[F].length && (this[k] = false)), s;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Q] = 0, !this[_] && !this[F].length && (this[k] = false)), e;
  }
  get emittedEnd() {
    return this[Y];
  }
  [H]() {
    !this[Wt] && !this[Y] && !this[E] && this[C].length === 0 && this[G] && (this[Wt] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[$t] && this.emit("close"), this[Wt] = false);
  }
  emit(t, ...e) {
    let s = e[0];
    if (t !== "error" && t !== "close" && t !== E && this[E]) return false;
    if (t === "data") return !this[R] && !s ? false : this[$2] ? (Et(() => this[Me](s)), true) : this[Me](s);
    if (t === "end") return this[bs]();
    if (t === "close") {
      if (this[$t] = true, !this[Y] && !this[E]) return false;
      let n2 = super.emit("close");
      return this.removeAllListeners("close"), n2;
    } else if (t === "error") {
      this[St] = s, super.emit(Ae, s);
      let n2 = !this[vt] || this.listeners("error").length ? super.emit("error", s) : false;
      return this[H](), n2;
    } else if (t === "resume") {
      let n2 = super.emit("resume");
      return this[H](), n2;
    } else if (t === "finish" || t === "prefinish") {
      let n2 = super.emit(t);
      return this.removeAllListeners(t), n2;
    }
    let i2 = super.emit(t, ...e);
    return this[H](), i2;
  }
  [Me](t) {
    for (let s of this[F]) s.dest.write(t) === false && this.pause();
    let e = this[_] ? false : super.emit("data", t);
    return this[H](), e;
  }
  [bs]() {
    return this[Y] ? false : (this[Y] = true, this.readable = false, this[$2] ? (Et(() => this[Re]()), true) : this[Re]());
  }
  [Re]() {
    if (this[nt]) {
      let e = this[nt].end();
      if (e) {
        for (let s of this[F]) s.dest.write(e);
        this[_] || super.emit("data", e);
      }
    }
    for (let e of this[F]) e.end();
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[R] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (s) => {
      t.push(s), this[R] || (t.dataLength += s.length);
    }), await e, t;
  }
  async concat() {
    if (this[R]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(E, () => e(new Error("stream destroyed"))), this.on("error", (s) => e(s)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[_] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
      let i2 = this.read();
      if (i2 !== null) return Promise.resolve({ done: false, value: i2 });
      if (this[G]) return e();
      let n2, o2, h2 = (f) => {
        this.off("data", a2), this.off("end", l), this.off(E, c3), e(), o2(f);
      }, a2 = (f) => {
        this.off("error", h2), this.off("end", l), this.off(E, c3), this.pause(), n2({ value: f, done: !!this[G] });
      }, l = () => {
        this.off("error", h2), this.off("data", a2), this.off(E, c3), e(), n2({ done: true, value: void 0 });
      }, c3 = () => h2(new Error("stream destroyed"));
      return new Promise((f, u2) => {
        o2 = u2, n2 = f, this.once(E, c3), this.once("error", h2), this.once("end", l), this.once("data", a2);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[_] = false;
    let t = false, e = () => (this.pause(), this.off(Ae, e), this.off(E, e), this.off("end", e), t = true, { done: true, value: void 0 }), s = () => {
      if (t) return e();
      let i2 = this.read();
      return i2 === null ? e() : { done: false, value: i2 };
    };
    return this.once("end", e), this.once(Ae, e), this.once(E, e), { next: s, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[E]) return t ? this.emit("error", t) : this.emit(E), this;
    this[E] = true, this[_] = true, this[C].length = 0, this[A] = 0;
    let e = this;
    return typeof e.close == "function" && !this[$t] && e.close(), t ? this.emit("error", t) : this.emit(E), this;
  }
  static get isStream() {
    return Li;
  }
};
var tn = Zi.native;
var Ct = { lstatSync: Xi, readdir: Vi, readdirSync: Yi, readlinkSync: Ji, realpathSync: tn, promises: { lstat: en, readdir: sn, readlink: nn, realpath: rn } };
var Cs = (r7) => !r7 || r7 === Ct || r7 === Qi ? Ct : { ...Ct, ...r7, promises: { ...Ct.promises, ...r7.promises } };
var on6 = /^\\\\\?\\([a-z]:)\\?$/i;
var hn = /^\\\\\?\\UNC\\([^\\]+\\[^\\]+)\\?$/i;
var an = /^\\\\[^\\?]+\\[^\\]+$/;
var Ss = (r7) => r7.replace(/\//g, "\\").replace(on6, "$1\\").replace(hn, "\\\\$1\\").replace(an, "$&\\");
var ln = /^[\\/]{2}\?[\\/]unc[\\/][^\\/]+[\\/][^\\/]+(?:[\\/]|$)/i;
var cn = /^[\\/]{2}\?[\\/](?=[a-z]:)/i;
var fn = /^[\\/]{2}\?[\\/]unc(?=[\\/][^\\/]+[\\/][^\\/])/i;
var un = /[\\/]/;
var P = 0;
var As = 1;
var Ms = 2;
var I = 4;
var Rs = 6;
var Os = 8;
var tt = 10;
var Fs = 12;
var N = 15;
var kt = ~N;
var _e = 16;
var xs = 32;
var At = 64;
var L = 128;
var Ht = 256;
var Kt = 512;
var vs = At | L | Kt;
var dn = 1023;
var De = (r7) => r7.isFile() ? Os : r7.isDirectory() ? I : r7.isSymbolicLink() ? tt : r7.isCharacterDevice() ? Ms : r7.isBlockDevice() ? Rs : r7.isSocket() ? Fs : r7.isFIFO() ? As : P;
var Es = new yt({ max: 2 ** 12 });
var Mt = (r7) => {
  let t = Es.get(r7);
  if (t) return t;
  let e = r7.normalize("NFKD");
  return Es.set(r7, e), e;
};
var ks = new yt({ max: 2 ** 12 });
var qt = (r7) => {
  let t = ks.get(r7);
  if (t) return t;
  let e = Mt(r7.toLowerCase());
  return ks.set(r7, e), e;
};
var Xt = class extends yt {
  constructor() {
    super({ max: 256 });
  }
};
var Pe = class extends yt {
  constructor(t = 16 * 1024) {
    super({ maxSize: t, sizeCalculation: (e) => e.length + 1 });
  }
};
var Ts = /* @__PURE__ */ Symbol("PathScurry setAsCwd");
var O = class {
  name;
  root;
  roots;
  parent;
  nocase;
  isCWD = false;
  #t;
  #n;
  get dev() {
    return this.#n;
  }
  #i;
  get mode() {
    return this.#i;
  }
  #o;
  get nlink() {
    return this.#o;
  }
  #r;
  get uid() {
    return this.#r;
  }
  #d;
  get gid() {
    return this.#d;
  }
  #u;
  get rdev() {
    return this.#u;
  }
  #f;
  get blksize() {
    return this.#f;
  }
  #h;
  get ino() {
    return this.#h;
  }
  #m;
  get size() {
    return this.#m;
  }
  #l;
  get blocks() {
    return this.#l;
  }
  #a;
  get atimeMs() {
    return this.#a;
  }
  #s;
  get mtimeMs() {
    return this.#s;
  }
  #b;
  get ctimeMs() {
    return this.#b;
  }
  #E;
  get birthtimeMs() {
    return this.#E;
  }
  #y;
  get atime() {
    return this.#y;
  }
  #g;
  get mtime() {
    return this.#g;
  }
  #w;
  get ctime() {
    return this.#w;
  }
  #p;
  get birthtime() {
    return this.#p;
  }
  #k;
  #C;
  #x;
  #v;
  #S;
  #M;
  #e;
  #T;
  #_;
  #R;
  get parentPath() {
    return (this.parent || this).fullpath();
  }
  get path() {
    return this.parentPath;
  }
  constructor(t, e = P, s, i2, n2, o2, h2) {
    this.name = t, this.#k = n2 ? qt(t) : Mt(t), this.#e = e & dn, this.nocase = n2, this.roots = i2, this.root = s || this, this.#T = o2, this.#x = h2.fullpath, this.#S = h2.relative, this.#M = h2.relativePosix, this.parent = h2.parent, this.parent ? this.#t = this.parent.#t : this.#t = Cs(h2.fs);
  }
  get fs() {
    return this.#t;
  }
  depth() {
    return this.#C !== void 0 ? this.#C : this.parent ? this.#C = this.parent.depth() + 1 : this.#C = 0;
  }
  childrenCache() {
    return this.#T;
  }
  resolve(t) {
    if (!t) return this;
    let e = this.getRootString(t), i2 = t.substring(e.length).split(this.splitSep);
    return e ? this.getRoot(e).#D(i2) : this.#D(i2);
  }
  #D(t) {
    let e = this;
    for (let s of t) e = e.child(s);
    return e;
  }
  children() {
    let t = this.#T.get(this);
    if (t) return t;
    let e = Object.assign([], { provisional: 0 });
    return this.#T.set(this, e), this.#e &= ~_e, e;
  }
  child(t, e) {
    if (t === "" || t === ".") return this;
    if (t === "..") return this.parent || this;
    let s = this.children(), i2 = this.nocase ? qt(t) : Mt(t);
    for (let a2 of s) if (a2.#k === i2) return a2;
    let n2 = this.parent ? this.sep : "", o2 = this.#x ? this.#x + n2 + t : void 0, h2 = this.newChild(t, P, { ...e, parent: this, fullpath: o2 });
    return this.canReaddir() || (h2.#e |= L), s.push(h2), h2;
  }
  relative() {
    if (this.isCWD) return "";
    if (this.#S !== void 0) return this.#S;
    let t = this.name, e = this.parent;
    if (!e) return this.#S = this.name;
    let s = e.relative();
    return s + (!s || !e.parent ? "" : this.sep) + t;
  }
  relativePosix() {
    if (this.sep === "/") return this.relative();
    if (this.isCWD) return "";
    if (this.#M !== void 0) return this.#M;
    let t = this.name, e = this.parent;
    if (!e) return this.#M = this.fullpathPosix();
    let s = e.relativePosix();
    return s + (!s || !e.parent ? "" : "/") + t;
  }
  fullpath() {
    if (this.#x !== void 0) return this.#x;
    let t = this.name, e = this.parent;
    if (!e) return this.#x = this.name;
    let i2 = e.fullpath() + (e.parent ? this.sep : "") + t;
    return this.#x = i2;
  }
  fullpathPosix() {
    if (this.#v !== void 0) return this.#v;
    if (this.sep === "/") return this.#v = this.fullpath();
    if (!this.parent) {
      let i2 = this.fullpath().replace(/\\/g, "/");
      return /^[a-z]:\//i.test(i2) ? this.#v = `//?/${i2}` : this.#v = i2;
    }
    let t = this.parent, e = t.fullpathPosix(), s = e + (!e || !t.parent ? "" : "/") + this.name;
    return this.#v = s;
  }
  isUnknown() {
    return (this.#e & N) === P;
  }
  isType(t) {
    return this[`is${t}`]();
  }
  getType() {
    return this.isUnknown() ? "Unknown" : this.isDirectory() ? "Directory" : this.isFile() ? "File" : this.isSymbolicLink() ? "SymbolicLink" : this.isFIFO() ? "FIFO" : this.isCharacterDevice() ? "CharacterDevice" : this.isBlockDevice() ? "BlockDevice" : this.isSocket() ? "Socket" : "Unknown";
  }
  isFile() {
    return (this.#e & N) === Os;
  }
  isDirectory() {
    return (this.#e & N) === I;
  }
  isCharacterDevice() {
    return (this.#e & N) === Ms;
  }
  isBlockDevice() {
    return (this.#e & N) === Rs;
  }
  isFIFO() {
    return (this.#e & N) === As;
  }
  isSocket() {
    return (this.#e & N) === Fs;
  }
  isSymbolicLink() {
    return (this.#e & tt) === tt;
  }
  lstatCached() {
    return this.#e & xs ? this : void 0;
  }
  readlinkCached() {
    return this.#_;
  }
  realpathCached() {
    return this.#R;
  }
  readdirCached() {
    let t = this.children();
    return t.slice(0, t.provisional);
  }
  canReadlink() {
    if (this.#_) return true;
    if (!this.parent) return false;
    let t = this.#e & N;
    return !(t !== P && t !== tt || this.#e & Ht || this.#e & L);
  }
  calledReaddir() {
    return !!(this.#e & _e);
  }
  isENOENT() {
    return !!(this.#e & L);
  }
  isNamed(t) {
    return this.nocase ? this.#k === qt(t) : this.#k === Mt(t);
  }
  async readlink() {
    let t = this.#_;
    if (t) return t;
    if (this.canReadlink() && this.parent) try {
      let e = await this.#t.promises.readlink(this.fullpath()), s = (await this.parent.realpath())?.resolve(e);
      if (s) return this.#_ = s;
    } catch (e) {
      this.#F(e.code);
      return;
    }
  }
  readlinkSync() {
    let t = this.#_;
    if (t) return t;
    if (this.canReadlink() && this.parent) try {
      let e = this.#t.readlinkSync(this.fullpath()), s = this.parent.realpathSync()?.resolve(e);
      if (s) return this.#_ = s;
    } catch (e) {
      this.#F(e.code);
      return;
    }
  }
  #W(t) {
    this.#e |= _e;
    for (let e = t.provisional; e < t.length; e++) {
      let s = t[e];
      s && s.#A();
    }
  }
  #A() {
    this.#e & L || (this.#e = (this.#e | L) & kt, this.#G());
  }
  #G() {
    let t = this.children();
    t.provisional = 0;
    for (let e of t) e.#A();
  }
  #P() {
    this.#e |= Kt, this.#N();
  }
  #N() {
    if (this.#e & At) return;
    let t = this.#e;
    (t & N) === I && (t &= kt), this.#e = t | At, this.#G();
  }
  #$(t = "") {
    t === "ENOTDIR" || t === "EPERM" ? this.#N() : t === "ENOENT" ? this.#A() : this.children().provisional = 0;
  }
  #O(t = "") {
    t === "ENOTDIR" ? this.parent.#N() : t === "ENOENT" && this.#A();
  }
  #F(t = "") {
    let e = this.#e;
    e |= Ht, t === "ENOENT" && (e |= L), (t === "EINVAL" || t === "UNKNOWN") && (e &= kt), this.#e = e, t === "ENOTDIR" && this.parent && this.parent.#N();
  }
  #I(t, e) {
    return this.#U(t, e) || this.#z(t, e);
  }
  #z(t, e) {
    let s = De(t), i2 = this.newChild(t.name, s, { parent: this }), n2 = i2.#e & N;
    return n2 !== I && n2 !== tt && n2 !== P && (i2.#e |= At), e.unshift(i2), e.provisional++, i2;
  }
  #U(t, e) {
    for (let s = e.provisional; s < e.length; s++) {
      let i2 = e[s];
      if ((this.nocase ? qt(t.name) : Mt(t.name)) === i2.#k) return this.#V(t, i2, s, e);
    }
  }
  #V(t, e, s, i2) {
    let n2 = e.name;
    return e.#e = e.#e & kt | De(t), n2 !== t.name && (e.name = t.name), s !== i2.provisional && (s === i2.length - 1 ? i2.pop() : i2.splice(s, 1), i2.unshift(e)), i2.provisional++, e;
  }
  async lstat() {
    if ((this.#e & L) === 0) try {
      return this.#H(await this.#t.promises.lstat(this.fullpath())), this;
    } catch (t) {
      this.#O(t.code);
    }
  }
  lstatSync() {
    if ((this.#e & L) === 0) try {
      return this.#H(this.#t.lstatSync(this.fullpath())), this;
    } catch (t) {
      this.#O(t.code);
    }
  }
  #H(t) {
    let { atime: e, atimeMs: s, birthtime: i2, birthtimeMs: n2, blksize: o2, blocks: h2, ctime: a2, ctimeMs: l, dev: c3, gid: f, ino: u2, mode: p, mtime: g, mtimeMs: d, nlink: w, rdev: m, size: b, uid: x } = t;
    this.#y = e, this.#a = s, this.#p = i2, this.#E = n2, this.#f = o2, this.#l = h2, this.#w = a2, this.#b = l, this.#n = c3, this.#d = f, this.#h = u2, this.#i = p, this.#g = g, this.#s = d, this.#o = w, this.#u = m, this.#m = b, this.#r = x;
    let S = De(t);
    this.#e = this.#e & kt | S | xs, S !== P && S !== I && S !== tt && (this.#e |= At);
  }
  #L = [];
  #c = false;
  #q(t) {
    this.#c = false;
    let e = this.#L.slice();
    this.#L.length = 0, e.forEach((s) => s(null, t));
  }
  readdirCB(t, e = false) {
    if (!this.canReaddir()) {
      e ? t(null, []) : queueMicrotask(() => t(null, []));
      return;
    }
    let s = this.children();
    if (this.calledReaddir()) {
      let n2 = s.slice(0, s.provisional);
      e ? t(null, n2) : queueMicrotask(() => t(null, n2));
      return;
    }
    if (this.#L.push(t), this.#c) return;
    this.#c = true;
    let i2 = this.fullpath();
    this.#t.readdir(i2, { withFileTypes: true }, (n2, o2) => {
      if (n2) this.#$(n2.code), s.provisional = 0;
      else {
        for (let h2 of o2) this.#I(h2, s);
        this.#W(s);
      }
      this.#q(s.slice(0, s.provisional));
    });
  }
  #B;
  async readdir() {
    if (!this.canReaddir()) return [];
    let t = this.children();
    if (this.calledReaddir()) return t.slice(0, t.provisional);
    let e = this.fullpath();
    if (this.#B) await this.#B;
    else {
      let s = () => {
      };
      this.#B = new Promise((i2) => s = i2);
      try {
        for (let i2 of await this.#t.promises.readdir(e, { withFileTypes: true })) this.#I(i2, t);
        this.#W(t);
      } catch (i2) {
        this.#$(i2.code), t.provisional = 0;
      }
      this.#B = void 0, s();
    }
    return t.slice(0, t.provisional);
  }
  readdirSync() {
    if (!this.canReaddir()) return [];
    let t = this.children();
    if (this.calledReaddir()) return t.slice(0, t.provisional);
    let e = this.fullpath();
    try {
      for (let s of this.#t.readdirSync(e, { withFileTypes: true })) this.#I(s, t);
      this.#W(t);
    } catch (s) {
      this.#$(s.code), t.provisional = 0;
    }
    return t.slice(0, t.provisional);
  }
  canReaddir() {
    if (this.#e & vs) return false;
    let t = N & this.#e;
    return t === P || t === I || t === tt;
  }
  shouldWalk(t, e) {
    return (this.#e & I) === I && !(this.#e & vs) && !t.has(this) && (!e || e(this));
  }
  async realpath() {
    if (this.#R) return this.#R;
    if (!((Kt | Ht | L) & this.#e)) try {
      let t = await this.#t.promises.realpath(this.fullpath());
      return this.#R = this.resolve(t);
    } catch {
      this.#P();
    }
  }
  realpathSync() {
    if (this.#R) return this.#R;
    if (!((Kt | Ht | L) & this.#e)) try {
      let t = this.#t.realpathSync(this.fullpath());
      return this.#R = this.resolve(t);
    } catch {
      this.#P();
    }
  }
  [Ts](t) {
    if (t === this) return;
    t.isCWD = false, this.isCWD = true;
    let e = /* @__PURE__ */ new Set([]), s = [], i2 = this;
    for (; i2 && i2.parent; ) e.add(i2), i2.#S = s.join(this.sep), i2.#M = s.join("/"), i2 = i2.parent, s.push("..");
    for (i2 = t; i2 && i2.parent && !e.has(i2); ) i2.#S = void 0, i2.#M = void 0, i2 = i2.parent;
  }
};
var Vt = class r extends O {
  sep = "\\";
  splitSep = un;
  constructor(t, e = P, s, i2, n2, o2, h2) {
    super(t, e, s, i2, n2, o2, h2);
  }
  newChild(t, e = P, s = {}) {
    return new r(t, e, this.root, this.roots, this.nocase, this.childrenCache(), s);
  }
  getRootString(t) {
    return ln.exec(t)?.[0] ?? Ne.parse(t).root;
  }
  getRoot(t) {
    if (t = Ss(t.toUpperCase()), t === this.root.name || /^[\\/]$/.test(t)) return this.root;
    for (let [e, s] of Object.entries(this.roots)) if (this.sameRoot(t, e)) return this.roots[t] = s;
    return this.roots[t] = new ot(t, { nocase: this.nocase, fs: this.fs }).root;
  }
  sameRoot(t, e = this.root.name) {
    return Ss(t.toUpperCase()) === e;
  }
};
var Yt = class r2 extends O {
  splitSep = "/";
  sep = "/";
  constructor(t, e = P, s, i2, n2, o2, h2) {
    super(t, e, s, i2, n2, o2, h2);
  }
  getRootString(t) {
    return t.startsWith("/") ? "/" : "";
  }
  getRoot(t) {
    return this.root;
  }
  newChild(t, e = P, s = {}) {
    return new r2(t, e, this.root, this.roots, this.nocase, this.childrenCache(), s);
  }
};
var Jt = class {
  root;
  rootPath;
  roots;
  cwd;
  #t;
  #n;
  #i;
  nocase;
  #o;
  constructor(t = process.cwd(), e, s, { nocase: i2, childrenCacheSize: n2 = 16 * 1024, fs: o2 = Ct } = {}) {
    this.#o = Cs(o2), (t instanceof URL || t.startsWith("file://")) && (t = Ki(t));
    let h2 = e.resolve(t);
    this.roots = /* @__PURE__ */ Object.create(null), this.rootPath = this.parseRootPath(h2), this.#t = new Xt(), this.#n = new Xt(), this.#i = new Pe(n2);
    let a2 = h2.substring(this.rootPath.length).split(s);
    if (a2.length === 1 && !a2[0] && a2.pop(), i2 === void 0) throw new TypeError("must provide nocase setting to PathScurryBase ctor");
    this.nocase = i2, this.root = this.newRoot(this.#o), this.roots[this.rootPath] = this.root;
    let l = this.root, c3 = a2.length - 1, f = e.sep, u2 = this.rootPath, p = false;
    for (let g of a2) {
      let d = c3--;
      l = l.child(g, { relative: new Array(d).fill("..").join(f), relativePosix: new Array(d).fill("..").join("/"), fullpath: u2 += (p ? "" : f) + g }), p = true;
    }
    this.cwd = l;
  }
  depth(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.depth();
  }
  childrenCache() {
    return this.#i;
  }
  resolve(...t) {
    let e = "";
    for (let n2 = t.length - 1; n2 >= 0; n2--) {
      let o2 = t[n2];
      if (!(!o2 || o2 === ".") && (e = e ? `${o2}/${e}` : o2, this.isAbsolute(o2))) break;
    }
    let s = this.#t.get(e);
    if (s !== void 0) return s;
    let i2 = this.cwd.resolve(e).fullpath();
    return this.#t.set(e, i2), i2;
  }
  resolvePosix(...t) {
    let e = "";
    for (let n2 = t.length - 1; n2 >= 0; n2--) {
      let o2 = t[n2];
      if (!(!o2 || o2 === ".") && (e = e ? `${o2}/${e}` : o2, this.isAbsolute(o2))) break;
    }
    let s = this.#n.get(e);
    if (s !== void 0) return s;
    let i2 = this.cwd.resolve(e).fullpathPosix();
    return this.#n.set(e, i2), i2;
  }
  relative(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.relative();
  }
  relativePosix(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.relativePosix();
  }
  basename(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.name;
  }
  dirname(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), (t.parent || t).fullpath();
  }
  async readdir(t = this.cwd, e = { withFileTypes: true }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s } = e;
    if (t.canReaddir()) {
      let i2 = await t.readdir();
      return s ? i2 : i2.map((n2) => n2.name);
    } else return [];
  }
  readdirSync(t = this.cwd, e = { withFileTypes: true }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true } = e;
    return t.canReaddir() ? s ? t.readdirSync() : t.readdirSync().map((i2) => i2.name) : [];
  }
  async lstat(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.lstat();
  }
  lstatSync(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.lstatSync();
  }
  async readlink(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = await t.readlink();
    return e ? s : s?.fullpath();
  }
  readlinkSync(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = t.readlinkSync();
    return e ? s : s?.fullpath();
  }
  async realpath(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = await t.realpath();
    return e ? s : s?.fullpath();
  }
  realpathSync(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = t.realpathSync();
    return e ? s : s?.fullpath();
  }
  async walk(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i2 = false, filter: n2, walkFilter: o2 } = e, h2 = [];
    (!n2 || n2(t)) && h2.push(s ? t : t.fullpath());
    let a2 = /* @__PURE__ */ new Set(), l = (f, u2) => {
      a2.add(f), f.readdirCB((p, g) => {
        if (p) return u2(p);
        let d = g.length;
        if (!d) return u2();
        let w = () => {
          --d === 0 && u2();
        };
        for (let m of g) (!n2 || n2(m)) && h2.push(s ? m : m.fullpath()), i2 && m.isSymbolicLink() ? m.realpath().then((b) => b?.isUnknown() ? b.lstat() : b).then((b) => b?.shouldWalk(a2, o2) ? l(b, w) : w()) : m.shouldWalk(a2, o2) ? l(m, w) : w();
      }, true);
    }, c3 = t;
    return new Promise((f, u2) => {
      l(c3, (p) => {
        if (p) return u2(p);
        f(h2);
      });
    });
  }
  walkSync(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i2 = false, filter: n2, walkFilter: o2 } = e, h2 = [];
    (!n2 || n2(t)) && h2.push(s ? t : t.fullpath());
    let a2 = /* @__PURE__ */ new Set([t]);
    for (let l of a2) {
      let c3 = l.readdirSync();
      for (let f of c3) {
        (!n2 || n2(f)) && h2.push(s ? f : f.fullpath());
        let u2 = f;
        if (f.isSymbolicLink()) {
          if (!(i2 && (u2 = f.realpathSync()))) continue;
          u2.isUnknown() && u2.lstatSync();
        }
        u2.shouldWalk(a2, o2) && a2.add(u2);
      }
    }
    return h2;
  }
  [Symbol.asyncIterator]() {
    return this.iterate();
  }
  iterate(t = this.cwd, e = {}) {
    return typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd), this.stream(t, e)[Symbol.asyncIterator]();
  }
  [Symbol.iterator]() {
    return this.iterateSync();
  }
  *iterateSync(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i2 = false, filter: n2, walkFilter: o2 } = e;
    (!n2 || n2(t)) && (yield s ? t : t.fullpath());
    let h2 = /* @__PURE__ */ new Set([t]);
    for (let a2 of h2) {
      let l = a2.readdirSync();
      for (let c3 of l) {
        (!n2 || n2(c3)) && (yield s ? c3 : c3.fullpath());
        let f = c3;
        if (c3.isSymbolicLink()) {
          if (!(i2 && (f = c3.realpathSync()))) continue;
          f.isUnknown() && f.lstatSync();
        }
        f.shouldWalk(h2, o2) && h2.add(f);
      }
    }
  }
  stream(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i2 = false, filter: n2, walkFilter: o2 } = e, h2 = new J({ objectMode: true });
    (!n2 || n2(t)) && h2.write(s ? t : t.fullpath());
    let a2 = /* @__PURE__ */ new Set(), l = [t], c3 = 0, f = () => {
      let u2 = false;
      for (; !u2; ) {
        let p = l.shift();
        if (!p) {
          c3 === 0 && h2.end();
          return;
        }
        c3++, a2.add(p);
        let g = (w, m, b = false) => {
          if (w) return h2.emit("error", w);
          if (i2 && !b) {
            let x = [];
            for (let S of m) S.isSymbolicLink() && x.push(S.realpath().then((y) => y?.isUnknown() ? y.lstat() : y));
            if (x.length) {
              Promise.all(x).then(() => g(null, m, true));
              return;
            }
          }
          for (let x of m) x && (!n2 || n2(x)) && (h2.write(s ? x : x.fullpath()) || (u2 = true));
          c3--;
          for (let x of m) {
            let S = x.realpathCached() || x;
            S.shouldWalk(a2, o2) && l.push(S);
          }
          u2 && !h2.flowing ? h2.once("drain", f) : d || f();
        }, d = true;
        p.readdirCB(g, true), d = false;
      }
    };
    return f(), h2;
  }
  streamSync(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i2 = false, filter: n2, walkFilter: o2 } = e, h2 = new J({ objectMode: true }), a2 = /* @__PURE__ */ new Set();
    (!n2 || n2(t)) && h2.write(s ? t : t.fullpath());
    let l = [t], c3 = 0, f = () => {
      let u2 = false;
      for (; !u2; ) {
        let p = l.shift();
        if (!p) {
          c3 === 0 && h2.end();
          return;
        }
        c3++, a2.add(p);
        let g = p.readdirSync();
        for (let d of g) (!n2 || n2(d)) && (h2.write(s ? d : d.fullpath()) || (u2 = true));
        c3--;
        for (let d of g) {
          let w = d;
          if (d.isSymbolicLink()) {
            if (!(i2 && (w = d.realpathSync()))) continue;
            w.isUnknown() && w.lstatSync();
          }
          w.shouldWalk(a2, o2) && l.push(w);
        }
      }
      u2 && !h2.flowing && h2.once("drain", f);
    };
    return f(), h2;
  }
  chdir(t = this.cwd) {
    let e = this.cwd;
    this.cwd = typeof t == "string" ? this.cwd.resolve(t) : t, this.cwd[Ts](e);
  }
};
var ot = class extends Jt {
  sep = "\\";
  constructor(t = process.cwd(), e = {}) {
    let { nocase: s = true } = e;
    typeof t == "string" && !t.startsWith("file://") && (t = t.replace(cn, "").replace(fn, "\\")), super(t, Ne, "\\", { ...e, nocase: s }), this.nocase = s;
    for (let i2 = this.cwd; i2; i2 = i2.parent) i2.nocase = this.nocase;
  }
  parseRootPath(t) {
    return Ne.parse(t).root.toUpperCase();
  }
  newRoot(t) {
    return new Vt(this.rootPath, I, void 0, this.roots, this.nocase, this.childrenCache(), { fs: t });
  }
  isAbsolute(t) {
    return t.startsWith("/") || t.startsWith("\\") || /^[a-z]:(\/|\\)/i.test(t);
  }
};
var ht = class extends Jt {
  sep = "/";
  constructor(t = process.cwd(), e = {}) {
    let { nocase: s = false } = e;
    super(t, qi, "/", { ...e, nocase: s }), this.nocase = s;
  }
  parseRootPath(t) {
    return "/";
  }
  newRoot(t) {
    return new Yt(this.rootPath, I, void 0, this.roots, this.nocase, this.childrenCache(), { fs: t });
  }
  isAbsolute(t) {
    return t.startsWith("/");
  }
};
var Rt = class extends ht {
  constructor(t = process.cwd(), e = {}) {
    let { nocase: s = true } = e;
    super(t, { ...e, nocase: s });
  }
};
var rr = process.platform === "win32" ? Vt : Yt;
var _s = process.platform === "win32" ? ot : process.platform === "darwin" ? Rt : ht;
var pn = (r7) => r7.length >= 1;
var mn = (r7) => r7.length >= 1;
var gn = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
var at2 = class r3 {
  #t;
  #n;
  #i;
  length;
  #o;
  #r;
  #d;
  #u;
  #f;
  #h;
  #m = true;
  constructor(t, e, s, i2) {
    if (!pn(t)) throw new TypeError("empty pattern list");
    if (!mn(e)) throw new TypeError("empty glob list");
    if (e.length !== t.length) throw new TypeError("mismatched pattern list and glob list lengths");
    if (this.length = t.length, s < 0 || s >= this.length) throw new TypeError("index out of range");
    if (this.#t = t, this.#n = e, this.#i = s, this.#o = i2, this.#i === 0) {
      if (this.isUNC()) {
        let n2 = this.#l() ? 6 : 4, o2 = this.#t.slice(0, n2), h2 = this.#n.slice(0, n2), a2 = this.#t.slice(n2), l = this.#n.slice(n2);
        a2[0] === "" && (a2.shift(), l.shift());
        let c3 = [...o2, ""].join("/"), f = [...h2, ""].join("/");
        this.#t = [c3, ...a2], this.#n = [f, ...l], this.length = this.#t.length;
      } else if (this.isDrive() || this.isAbsolute()) {
        let [n2, ...o2] = this.#t, [h2, ...a2] = this.#n;
        o2[0] === "" && (o2.shift(), a2.shift());
        let l = `${n2}/`, c3 = `${h2}/`;
        this.#t = [l, ...o2], this.#n = [c3, ...a2], this.length = this.#t.length;
      }
    }
  }
  [gn]() {
    return `Pattern <${this.#n.slice(this.#i).join("/")}>`;
  }
  pattern() {
    return this.#t[this.#i];
  }
  isString() {
    return typeof this.#t[this.#i] == "string";
  }
  isGlobstar() {
    return this.#t[this.#i] === v;
  }
  isMatcher() {
    return typeof this.#t[this.#i] == "object";
  }
  globString() {
    return this.#d = this.#d || (this.#i === 0 ? this.isAbsolute() ? this.#n[0] + this.#n.slice(1).join("/") : this.#n.join("/") : this.#n.slice(this.#i).join("/"));
  }
  hasMore() {
    return this.length > this.#i + 1;
  }
  rest() {
    return this.#r !== void 0 ? this.#r : this.hasMore() ? (this.#r = new r3(this.#t, this.#n, this.#i + 1, this.#o), this.#r.#h = this.#h, this.#r.#f = this.#f, this.#r.#u = this.#u, this.#r) : this.#r = null;
  }
  #l() {
    let t = this.#t;
    return t[2] === "?" && typeof t[3] == "string" && /^unc$/i.test(t[3]);
  }
  isUNC() {
    let t = this.#t, e = this.#l() ? 4 : 2;
    return this.#f !== void 0 ? this.#f : this.#f = this.#o === "win32" && this.#i === 0 && t[0] === "" && t[1] === "" && typeof t[e] == "string" && !!t[e] && typeof t[e + 1] == "string" && !!t[e + 1];
  }
  isDrive() {
    let t = this.#t;
    return this.#u !== void 0 ? this.#u : this.#u = this.#o === "win32" && this.#i === 0 && this.length > 1 && typeof t[0] == "string" && /^[a-z]:$/i.test(t[0]);
  }
  isAbsolute() {
    let t = this.#t;
    return this.#h !== void 0 ? this.#h : this.#h = t[0] === "" && t.length > 1 || this.isDrive() || this.isUNC();
  }
  root() {
    let t = this.#t[0];
    return typeof t == "string" && this.isAbsolute() && this.#i === 0 ? t : "";
  }
  checkFollowGlobstar() {
    return !(this.#i === 0 || !this.isGlobstar() || !this.#m);
  }
  markFollowGlobstar() {
    return this.#i === 0 || !this.isGlobstar() || !this.#m ? false : (this.#m = false, true);
  }
};
var wn = typeof process == "object" && process && typeof process.platform == "string" ? process.platform : "linux";
var lt = class {
  relative;
  relativeChildren;
  absolute;
  absoluteChildren;
  platform;
  mmopts;
  slashRoot;
  constructor(t, { nobrace: e, nocase: s, noext: i2, noglobstar: n2, normalize: o2, platform: h2 = wn, root: a2, windowsPathsNoEscape: l, allowWindowsEscape: c3, braceExpandMax: f = 1e4 }, u2) {
    this.relative = [], this.absolute = [], this.relativeChildren = [], this.absoluteChildren = [], this.platform = h2, l = !!l || c3 === false, this.mmopts = { braceExpandMax: f, dot: true, nobrace: e, nocase: s, noext: i2, noglobstar: n2, normalize: o2, optimizationLevel: 2, platform: h2, nocomment: true, nonegate: true, windowsPathsNoEscape: l };
    let p = u2?.resolve(a2 ?? "/").fullpath() ?? "/";
    this.slashRoot = K(p.replace(/\\/g, "/").replace(/\/$/, ""), { magicalBraces: true, windowsPathsNoEscape: l });
    for (let g of t) this.add(g);
  }
  add(t) {
    let e = new D(t, this.mmopts);
    for (let s = 0; s < e.set.length; s++) {
      let i2 = e.set[s], n2 = e.globParts[s];
      if (!i2 || !n2) throw new Error("invalid pattern object");
      for (; i2[0] === "." && n2[0] === "."; ) i2.shift(), n2.shift();
      let o2 = new at2(i2, n2, 0, this.platform), h2 = o2.root() === "/" ? `${this.slashRoot}/${o2.rest()?.globString() ?? ""}` : o2.globString(), a2 = new D(h2, this.mmopts), l = n2[n2.length - 1] === "**", c3 = o2.isAbsolute();
      c3 ? this.absolute.push(a2) : this.relative.push(a2), l && (c3 ? this.absoluteChildren.push(a2) : this.relativeChildren.push(a2));
    }
  }
  ignored(t) {
    let e = t.fullpath(), s = `${e}/`, i2 = t.relative() || ".", n2 = `${i2}/`;
    for (let o2 of this.relative) if (o2.match(i2) || o2.match(n2)) return true;
    for (let o2 of this.absolute) if (o2.match(e) || o2.match(s)) return true;
    return false;
  }
  childrenIgnored(t) {
    let e = `${t.fullpath()}/`, s = `${t.relative() || "."}/`;
    for (let i2 of this.relativeChildren) if (i2.match(s)) return true;
    for (let i2 of this.absoluteChildren) if (i2.match(e)) return true;
    return false;
  }
};
var ze = class r4 {
  parent;
  store;
  constructor(t) {
    this.parent = t;
  }
  copy() {
    return new r4(this);
  }
  #t(t) {
    let e = this.store?.get(t);
    return e || !this.parent ? e : this.parent.#t(t);
  }
  hasWalked(t, e) {
    return !!this.#t(t.fullpath())?.has(e.globString());
  }
  storeWalked(t, e) {
    let s = t.fullpath(), i2 = this.#t(s);
    i2 ? i2.add(e.globString()) : (this.store ??= /* @__PURE__ */ new Map()).set(s, /* @__PURE__ */ new Set([e.globString()]));
  }
};
var Ot = class r5 {
  static ABSOLUTE = 2;
  static IF_DIR = 1;
  store = /* @__PURE__ */ new Map();
  add(t, e, s) {
    let i2 = (e ? r5.ABSOLUTE : 0) | (s ? r5.IF_DIR : 0), n2 = this.store.get(t);
    this.store.set(t, n2 === void 0 ? i2 : i2 & n2);
  }
};
var Le = class {
  store = /* @__PURE__ */ new Map();
  add(t, e) {
    if (!t.canReaddir()) return;
    let s = this.store.get(t);
    s ? s.find((i2) => i2.globString() === e.globString()) || s.push(e) : this.store.set(t, [e]);
  }
  get(t) {
    let e = this.store.get(t);
    if (!e) throw new Error("attempting to walk unknown path");
    return e;
  }
  entries() {
    return this.keys().map((t) => [t, this.store.get(t)]);
  }
  keys() {
    return [...this.store.keys()].filter((t) => t.canReaddir());
  }
};
var Ft = class r6 {
  hasWalkedCache;
  matches = new Ot();
  subwalks = new Le();
  patterns;
  follow;
  dot;
  opts;
  constructor(t, e) {
    this.opts = t, this.follow = !!t.follow, this.dot = !!t.dot, this.hasWalkedCache = e ? e.copy() : new ze();
  }
  processPatterns(t, e) {
    this.patterns = e;
    let s = e.map((i2) => [t, i2]);
    for (let [i2, n2] of s) {
      this.hasWalkedCache.storeWalked(i2, n2);
      let o2 = n2.root(), h2 = n2.isAbsolute() && this.opts.absolute !== false;
      if (o2) {
        i2 = i2.resolve(o2 === "/" && this.opts.root !== void 0 ? this.opts.root : o2);
        let f = n2.rest();
        if (f) n2 = f;
        else {
          this.matches.add(i2, true, false);
          continue;
        }
      }
      if (i2.isENOENT()) continue;
      let a2, l, c3 = false;
      for (; typeof (a2 = n2.pattern()) == "string" && (l = n2.rest()); ) i2 = i2.resolve(a2), n2 = l, c3 = true;
      if (a2 = n2.pattern(), l = n2.rest(), c3) {
        if (this.hasWalkedCache.hasWalked(i2, n2)) continue;
        this.hasWalkedCache.storeWalked(i2, n2);
      }
      if (typeof a2 == "string") {
        let f = a2 === ".." || a2 === "" || a2 === ".";
        this.matches.add(i2.resolve(a2), h2, f);
        continue;
      } else if (a2 === v) {
        (!i2.isSymbolicLink() || this.follow || n2.checkFollowGlobstar()) && this.subwalks.add(i2, n2);
        let f = l?.pattern(), u2 = l?.rest();
        if (!l || (f === "" || f === ".") && !u2) this.matches.add(i2, h2, f === "" || f === ".");
        else if (f === "..") {
          let p = i2.parent || i2;
          u2 ? this.hasWalkedCache.hasWalked(p, u2) || this.subwalks.add(p, u2) : this.matches.add(p, h2, true);
        }
      } else typeof a2 == "object" && this.subwalks.add(i2, n2);
    }
    return this;
  }
  subwalkTargets() {
    return this.subwalks.keys();
  }
  child() {
    return new r6(this.opts, this.hasWalkedCache);
  }
  filterEntries(t, e) {
    let s = this.subwalks.get(t), i2 = this.child();
    for (let n2 of e) for (let o2 of s) {
      let h2 = o2.isAbsolute(), a2 = o2.pattern(), l = o2.rest();
      a2 === v ? i2.testGlobstar(n2, o2, l, h2) : typeof a2 == "object" ? i2.testMatcher(n2, a2, l, h2) : i2.testString(n2, a2, l, h2);
    }
    return i2;
  }
  testGlobstar(t, e, s, i2) {
    if ((this.dot || !t.name.startsWith(".")) && (e.hasMore() || this.matches.add(t, i2, false), t.canReaddir() && (this.follow || !t.isSymbolicLink() ? this.subwalks.add(t, e) : t.isSymbolicLink() && (s && e.checkFollowGlobstar() ? this.subwalks.add(t, s) : e.markFollowGlobstar() && this.subwalks.add(t, e)))), s) {
      let n2 = s.pattern();
      if (typeof n2 == "string" && n2 !== ".." && n2 !== "" && n2 !== ".") this.testString(t, n2, s.rest(), i2);
      else if (n2 === "..") {
        let o2 = t.parent || t;
        this.subwalks.add(o2, s);
      } else typeof n2 == "object" && this.testMatcher(t, n2, s.rest(), i2);
    }
  }
  testMatcher(t, e, s, i2) {
    e.testUnchecked(t.name) && (s ? this.subwalks.add(t, s) : this.matches.add(t, i2, false));
  }
  testString(t, e, s, i2) {
    t.isNamed(e) && (s ? this.subwalks.add(t, s) : this.matches.add(t, i2, false));
  }
};
var { ABSOLUTE: Zt, IF_DIR: Qt } = Ot;
var bn = (r7, t, e) => typeof r7 == "string" ? new lt([r7], t, e) : Array.isArray(r7) ? new lt(r7, t, e) : r7;
var te = class {
  path;
  patterns;
  opts;
  seen = /* @__PURE__ */ new Set();
  paused = false;
  aborted = false;
  #t = [];
  #n;
  #i;
  signal;
  maxDepth;
  includeChildMatches;
  constructor(t, e, s) {
    if (this.patterns = t, this.path = e, this.opts = s, this.#i = !s.posix && s.platform === "win32" ? "\\" : "/", this.includeChildMatches = s.includeChildMatches !== false, (s.ignore || !this.includeChildMatches) && (this.#n = bn(s.ignore ?? [], s, e), !this.includeChildMatches && typeof this.#n.add != "function")) {
      let i2 = "cannot ignore child matches, ignore lacks add() method.";
      throw new Error(i2);
    }
    this.maxDepth = s.maxDepth || 1 / 0, s.signal && (this.signal = s.signal, this.signal.addEventListener("abort", () => {
      this.#t.length = 0;
    }));
  }
  #o(t) {
    return this.seen.has(t) || !!this.#n?.ignored?.(t);
  }
  #r(t) {
    return !!this.#n?.childrenIgnored?.(t);
  }
  pause() {
    this.paused = true;
  }
  resume() {
    if (this.signal?.aborted) return;
    this.paused = false;
    let t;
    for (; !this.paused && (t = this.#t.shift()); ) t();
  }
  onResume(t) {
    this.paused ? this.#t.push(t) : t();
  }
  async matchCheck(t, e) {
    if (e && this.opts.nodir) return;
    let s, i2;
    if (this.opts.realpath) {
      if (s = t.realpathCached() || await t.realpath(), !s) return;
      i2 = s;
    } else i2 = t;
    let o2 = i2.isUnknown() || this.opts.stat ? await i2.lstat() : i2;
    if (this.opts.follow && this.opts.nodir && o2?.isSymbolicLink()) {
      let h2 = await o2.realpath();
      h2 && (h2.isUnknown() || this.opts.stat) && await h2.lstat();
    }
    return this.matchCheckTest(o2, e);
  }
  matchCheckTest(t, e) {
    return t && (this.maxDepth === 1 / 0 || t.depth() <= this.maxDepth) && (!e || t.canReaddir()) && (!this.opts.nodir || !t.isDirectory()) && (!this.opts.nodir || !this.opts.follow || !t.isSymbolicLink() || !t.realpathCached()?.isDirectory()) && !this.#o(t) ? t : void 0;
  }
  matchCheckSync(t, e) {
    if (e && this.opts.nodir) return;
    let s, i2;
    if (this.opts.realpath) {
      if (s = t.realpathCached() || t.realpathSync(), !s) return;
      i2 = s;
    } else i2 = t;
    let o2 = i2.isUnknown() || this.opts.stat ? i2.lstatSync() : i2;
    if (this.opts.follow && this.opts.nodir && o2?.isSymbolicLink()) {
      let h2 = o2.realpathSync();
      h2 && (h2?.isUnknown() || this.opts.stat) && h2.lstatSync();
    }
    return this.matchCheckTest(o2, e);
  }
  matchFinish(t, e) {
    this.#o(t) || this.#d(t, e);
  }
  #d(t, e) {
    if (!this.includeChildMatches && this.#n?.add) {
      let n2 = `${t.relativePosix()}/**`;
      this.#n.add(n2);
    }
    let s = this.opts.absolute === void 0 ? e : this.opts.absolute;
    this.seen.add(t);
    let i2 = this.opts.mark && t.isDirectory() ? this.#i : "";
    if (this.opts.withFileTypes) this.matchEmit(t);
    else if (s) {
      let n2 = this.opts.posix ? t.fullpathPosix() : t.fullpath();
      this.matchEmit(n2 + i2);
    } else {
      let n2 = this.opts.posix ? t.relativePosix() : t.relative(), o2 = this.opts.dotRelative && !n2.startsWith(`..${this.#i}`) ? `.${this.#i}` : "";
      this.matchEmit(n2 ? o2 + n2 + i2 : `.${i2}`);
    }
  }
  async match(t, e, s) {
    let i2 = await this.matchCheck(t, s);
    i2 && this.matchFinish(i2, e);
  }
  matchSync(t, e, s) {
    let i2 = this.matchCheckSync(t, s);
    i2 && this.#d(i2, e);
  }
  walkCB(t, e, s) {
    if (this.signal?.aborted) return s();
    this.walkCB2(t, e, new Ft(this.opts), s);
  }
  walkCB2(t, e, s, i2) {
    if (this.#r(t) || this.signal?.aborted) return i2();
    if (this.paused) {
      this.onResume(() => this.walkCB2(t, e, s, i2));
      return;
    }
    s.processPatterns(t, e);
    let n2 = 1, o2 = () => {
      --n2 === 0 && i2();
    };
    for (let [h2, a2] of s.matches.store) this.#o(h2) || (n2++, this.match(h2, !!(a2 & Zt), !!(a2 & Qt)).then(() => o2()));
    for (let h2 of s.subwalkTargets()) {
      if (this.maxDepth !== 1 / 0 && h2.depth() >= this.maxDepth) continue;
      n2++;
      let a2 = h2.readdirCached();
      h2.calledReaddir() ? this.walkCB3(h2, a2, s, o2) : h2.readdirCB((l, c3) => this.walkCB3(h2, c3, s, o2), true);
    }
    o2();
  }
  walkCB3(t, e, s, i2) {
    let n2 = s.filterEntries(t, e), o2 = 1, h2 = () => {
      --o2 === 0 && i2();
    };
    for (let [a2, l] of n2.matches.store) this.#o(a2) || (o2++, this.match(a2, !!(l & Zt), !!(l & Qt)).then(() => h2()));
    for (let [a2, l] of n2.subwalks.entries()) o2++, this.walkCB2(a2, l, n2.child(), h2);
    h2();
  }
  walkCBSync(t, e, s) {
    if (this.signal?.aborted) return s();
    this.walkCB2Sync(t, e, new Ft(this.opts), s);
  }
  walkCB2Sync(t, e, s, i2) {
    if (this.#r(t) || this.signal?.aborted) return i2();
    if (this.paused) {
      this.onResume(() => this.walkCB2Sync(t, e, s, i2));
      return;
    }
    s.processPatterns(t, e);
    let n2 = 1, o2 = () => {
      --n2 === 0 && i2();
    };
    for (let [h2, a2] of s.matches.store) this.#o(h2) || this.matchSync(h2, !!(a2 & Zt), !!(a2 & Qt));
    for (let h2 of s.subwalkTargets()) {
      if (this.maxDepth !== 1 / 0 && h2.depth() >= this.maxDepth) continue;
      n2++;
      let a2 = h2.readdirSync();
      this.walkCB3Sync(h2, a2, s, o2);
    }
    o2();
  }
  walkCB3Sync(t, e, s, i2) {
    let n2 = s.filterEntries(t, e), o2 = 1, h2 = () => {
      --o2 === 0 && i2();
    };
    for (let [a2, l] of n2.matches.store) this.#o(a2) || this.matchSync(a2, !!(l & Zt), !!(l & Qt));
    for (let [a2, l] of n2.subwalks.entries()) o2++, this.walkCB2Sync(a2, l, n2.child(), h2);
    h2();
  }
};
var Tt = class extends te {
  matches = [];
  constructor(t, e, s) {
    super(t, e, s);
  }
  matchEmit(t) {
    this.matches.push(t);
  }
  async walk() {
    if (this.signal?.aborted) throw this.signal.reason;
    return this.path.isUnknown() && await this.path.lstat(), await new Promise((t, e) => {
      this.walkCB(this.path, this.patterns, () => {
        this.signal?.aborted ? e(this.signal.reason) : t(this.matches);
      });
    }), this.matches;
  }
  walkSync() {
    if (this.signal?.aborted) throw this.signal.reason;
    return this.path.isUnknown() && this.path.lstatSync(), this.walkCBSync(this.path, this.patterns, () => {
      if (this.signal?.aborted) throw this.signal.reason;
    }), this.matches;
  }
};
var _t = class extends te {
  results;
  constructor(t, e, s) {
    super(t, e, s), this.results = new J({ signal: this.signal, objectMode: true }), this.results.on("drain", () => this.resume()), this.results.on("resume", () => this.resume());
  }
  matchEmit(t) {
    this.results.write(t), this.results.flowing || this.pause();
  }
  stream() {
    let t = this.path;
    return t.isUnknown() ? t.lstat().then(() => {
      this.walkCB(t, this.patterns, () => this.results.end());
    }) : this.walkCB(t, this.patterns, () => this.results.end()), this.results;
  }
  streamSync() {
    return this.path.isUnknown() && this.path.lstatSync(), this.walkCBSync(this.path, this.patterns, () => this.results.end()), this.results;
  }
};
var Sn = typeof process == "object" && process && typeof process.platform == "string" ? process.platform : "linux";
var j = class {
  absolute;
  cwd;
  root;
  dot;
  dotRelative;
  follow;
  ignore;
  magicalBraces;
  mark;
  matchBase;
  maxDepth;
  nobrace;
  nocase;
  nodir;
  noext;
  noglobstar;
  pattern;
  platform;
  realpath;
  scurry;
  stat;
  signal;
  windowsPathsNoEscape;
  withFileTypes;
  includeChildMatches;
  opts;
  patterns;
  constructor(t, e) {
    if (!e) throw new TypeError("glob options required");
    if (this.withFileTypes = !!e.withFileTypes, this.signal = e.signal, this.follow = !!e.follow, this.dot = !!e.dot, this.dotRelative = !!e.dotRelative, this.nodir = !!e.nodir, this.mark = !!e.mark, e.cwd ? (e.cwd instanceof URL || e.cwd.startsWith("file://")) && (e.cwd = yn(e.cwd)) : this.cwd = "", this.cwd = e.cwd || "", this.root = e.root, this.magicalBraces = !!e.magicalBraces, this.nobrace = !!e.nobrace, this.noext = !!e.noext, this.realpath = !!e.realpath, this.absolute = e.absolute, this.includeChildMatches = e.includeChildMatches !== false, this.noglobstar = !!e.noglobstar, this.matchBase = !!e.matchBase, this.maxDepth = typeof e.maxDepth == "number" ? e.maxDepth : 1 / 0, this.stat = !!e.stat, this.ignore = e.ignore, this.withFileTypes && this.absolute !== void 0) throw new Error("cannot set absolute and withFileTypes:true");
    let s = typeof t == "string" ? [t] : t;
    if (this.windowsPathsNoEscape = !!e.windowsPathsNoEscape || e.allowWindowsEscape === false, this.windowsPathsNoEscape && (s = s.map((l) => l.replace(/\\/g, "/"))), this.matchBase) {
      if (e.noglobstar) throw new TypeError("base matching requires globstar");
      s = s.map((l) => l.includes("/") ? l : `./**/${l}`);
    }
    if (this.pattern = s, this.platform = e.platform || Sn, this.opts = { ...e, platform: this.platform }, e.scurry) {
      if (this.scurry = e.scurry, e.nocase !== void 0 && e.nocase !== e.scurry.nocase) throw new Error("nocase option contradicts provided scurry option");
    } else {
      let l = e.platform === "win32" ? ot : e.platform === "darwin" ? Rt : e.platform ? ht : _s;
      this.scurry = new l(this.cwd, { nocase: e.nocase, fs: e.fs });
    }
    this.nocase = this.scurry.nocase;
    let i2 = this.platform === "darwin" || this.platform === "win32", n2 = { braceExpandMax: 1e4, ...e, dot: this.dot, matchBase: this.matchBase, nobrace: this.nobrace, nocase: this.nocase, nocaseMagicOnly: i2, nocomment: true, noext: this.noext, nonegate: true, optimizationLevel: 2, platform: this.platform, windowsPathsNoEscape: this.windowsPathsNoEscape }, o2 = this.pattern.map((l) => new D(l, n2)), [h2, a2] = o2.reduce((l, c3) => (l[0].push(...c3.set), l[1].push(...c3.globParts), l), [[], []]);
    this.patterns = h2.map((l, c3) => {
      let f = a2[c3];
      if (!f) throw new Error("invalid pattern object");
      return new at2(l, f, 0, this.platform);
    });
  }
  async walk() {
    return await new Tt(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).walk();
  }
  walkSync() {
    return new Tt(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).walkSync();
  }
  stream() {
    return new _t(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).stream();
  }
  streamSync() {
    return new _t(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).streamSync();
  }
  iterateSync() {
    return this.streamSync()[Symbol.iterator]();
  }
  [Symbol.iterator]() {
    return this.iterateSync();
  }
  iterate() {
    return this.stream()[Symbol.asyncIterator]();
  }
  [Symbol.asyncIterator]() {
    return this.iterate();
  }
};
var je = (r7, t = {}) => {
  for (let e of Array.isArray(r7) ? r7 : [r7]) if (new D(e, t).hasMagic()) return true;
  return false;
};
function ee(r7, t = {}) {
  return new j(r7, t).streamSync();
}
function Ps(r7, t = {}) {
  return new j(r7, t).stream();
}
function zs(r7, t = {}) {
  return new j(r7, t).walkSync();
}
async function Ds(r7, t = {}) {
  return new j(r7, t).walk();
}
function se(r7, t = {}) {
  return new j(r7, t).iterateSync();
}
function Ls(r7, t = {}) {
  return new j(r7, t).iterate();
}
var xn = ee;
var vn = Object.assign(Ps, { sync: ee });
var En = se;
var kn = Object.assign(Ls, { sync: se });
var Cn = Object.assign(zs, { stream: ee, iterate: se });
var Ns = Object.assign(Ds, { glob: Ds, globSync: zs, sync: Cn, globStream: Ps, stream: vn, globStreamSync: ee, streamSync: xn, globIterate: Ls, iterate: kn, globIterateSync: se, iterateSync: En, Glob: j, hasMagic: je, escape: K, unescape: st });
Ns.glob = Ns;

// src/explain/pathmap.ts
var SKIPPED2 = ["**/.git/**", "**/node_modules/**", "**/__pycache__/**", "**/.venv/**", "**/.tox/**"];
async function listRepository(root) {
  const files = await Ns("**/*", { cwd: root, nodir: true, dot: true, ignore: SKIPPED2, posix: true });
  return files.map((file) => file.split(path17.sep).join("/")).sort();
}
function trim(folder) {
  return folder.replace(/^\.\//, "").replace(/\/+$/, "").replace(/^\/+/, "");
}
var RepositoryMap = class {
  files;
  byName = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Set();
  mappings;
  constructor(files, mappings = []) {
    this.files = new Set(files);
    for (const file of files) {
      const name = file.slice(file.lastIndexOf("/") + 1);
      const list2 = this.byName.get(name);
      if (list2) list2.push(file);
      else this.byName.set(name, [file]);
      for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1)) this.folders.add(file.slice(0, slash));
    }
    this.mappings = mappings.map((mapping) => ({ image: `/${trim(mapping.image)}`, repo: trim(mapping.repo) })).sort((a2, b) => b.image.length - a2.image.length);
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
    const imageParts = imagePath2.split("/");
    let best;
    let bestScore = 0;
    let tied = false;
    for (const file of this.byName.get(imageParts.at(-1)) ?? []) {
      const parts = file.split("/");
      let common2 = 0;
      while (common2 < parts.length && common2 < imageParts.length - 1 && parts[parts.length - 1 - common2] === imageParts[imageParts.length - 1 - common2]) common2++;
      const whole = common2 === parts.length;
      if (!whole && common2 < 2) continue;
      const score = common2 * 2 + (whole ? 1 : 0);
      if (score > bestScore) [best, bestScore, tied] = [file, score, false];
      else if (score === bestScore) tied = true;
    }
    return tied ? void 0 : best;
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

// src/explain/requirements.ts
import { existsSync as existsSync2, readFileSync as readFileSync4 } from "node:fs";
import path18 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i2 = line - 1; i2 <= line + 1; i2++) {
    let l = lines[i2 - 1];
    if (!l)
      continue;
    codeblock += i2.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i2 === line) {
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
  let c3 = ctx.s.charCodeAt(ctx.p++);
  let first = c3;
  let isLiteral = c3 === 39;
  let isMultiline = c3 === ctx.s.charCodeAt(ctx.p) && c3 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c3 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c3 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c3 === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
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
      if (!isLiteral && c3 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c3 === 120 || c3 === 117 || c3 === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c3 === 120 ? 2 : c3 === 117 ? 4 : 8;
        for (let j2 = 0; j2 < len; j2++, ctx.p++) {
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
      } else if (isMultiline && (c3 === 32 || c3 === 9)) {
        state = 2;
      } else {
        if (c3 === 98)
          parsed += "\b";
        else if (c3 === 116)
          parsed += "	";
        else if (c3 === 110)
          parsed += "\n";
        else if (c3 === 102)
          parsed += "\f";
        else if (c3 === 114)
          parsed += "\r";
        else if (c3 === 101)
          parsed += "\x1B";
        else if (c3 === 34)
          parsed += '"';
        else if (c3 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c3 !== 32 && c3 !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c3 === 92 ? 1 : 0;
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
    let c3;
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
            } else if ((c3 = date.charCodeAt(date.length - 1)) !== 90 && c3 !== 122) {
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
  let c3 = ctx.s.charCodeAt(ctx.p);
  if (c3 === 91 || c3 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c3 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c3 === 34 || c3 === 39) {
    return parseString(ctx);
  }
  if (c3 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c3 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c3 === 43 || c3 === 45) {
    return parseNumber3(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c3, end);
  }
  return parseNumber3(ctx, ctx.p, c3, 0, end);
}
function parseNumber3(ctx, startPtr, startChr, sign, endChr) {
  let c3 = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c3 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c3 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c3 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c3 = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c3 === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c3 === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c3 === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c3 === 46)
      state = 2;
    else if (c3 === 101 || c3 === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c3))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (!state)
      state = 1;
    if (c3 === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c3 === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c3 === 101 || c3 === 69))
      state = 4;
    else if (state === 4 && (c3 === 43 || c3 === 45)) {
      state = 6;
    } else if (!isDigit(c3))
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
  let c3, underscore = 1;
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (c3 === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c3, base))
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
function parseDate(ctx, c3, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber3(ctx, ctx.p = startPtr, c3, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c3 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c3 !== 84 && c3 !== 116) {
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
  if (c3 = ctx.s.charCodeAt(ctx.p)) {
    if (c3 === 90 || c3 === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c3 === 43 || c3 === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c3, endChr) {
  let start = ctx.p;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber3(ctx, --ctx.p, c3, 0, endChr);
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
    let c3 = ctx.s.charCodeAt(ctx.p);
    if (c3 === 10)
      break;
    if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c3;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c3 = ctx.s.charCodeAt(ctx.p)) === 32 || c3 === 9 || !banNewLines && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c3 !== 35)
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
  let c3 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c3 === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c3 === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c3 === 34 || c3 === 39)) {
      if (c3 === ctx.s.charCodeAt(ctx.p + 1) && c3 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c3 === 32 || c3 === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c3 < 48 && c3 !== 45 || c3 > 57 && c3 < 65 || c3 > 90 && c3 < 97 && c3 !== 95 || c3 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c3 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k2;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i2 = 0; i2 < key.length; i2++) {
      if (i2)
        t = hasOwn ? t[k2] : t[k2] = /* @__PURE__ */ Object.create(null);
      k2 = key[i2];
      if ((hasOwn = Object.hasOwn(t, k2)) && (typeof t[k2] !== "object" || seen.has(t[k2]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k2, { enumerable: true, configurable: true, writable: true });
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
    if (t && typeof (t[k2] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k2;
  let hasOwn = false;
  let state;
  for (let i2 = 0; i2 < key.length; i2++) {
    if (i2) {
      t = hasOwn ? t[k2] : t[k2] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k2]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k2 = key[i2];
    if ((hasOwn = Object.hasOwn(t, k2)) && m[k2]?.t === 0 && m[k2]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k2, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k2, { enumerable: true, configurable: true, writable: true });
      }
      m[k2] = {
        t: i2 < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k2];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k2] = [];
    }
    t[k2].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k2] : t[k2] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k2, t, state.c];
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
      let k2 = parseKey(
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
        k2,
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
      let k2 = parseKey(ctx);
      let p = peekTable(
        ctx,
        k2,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v2 = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v2;
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

// src/explain/requirements.ts
var REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function requirement(name, file, line, text) {
  return { name, normalized: normalizeName(name), file, line, text: text.trim() };
}
function readRequirementsFile(root, file, declared, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const absolute2 = path18.join(root, file);
  if (!existsSync2(absolute2)) return;
  declared.files.push(file);
  const lines = readFileSync4(absolute2, "utf8").split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1;
    let text = lines[index];
    while (text.endsWith("\\") && index + 1 < lines.length) text = text.slice(0, -1) + lines[++index];
    text = text.replace(/(^|\s)#.*$/, "").trim();
    if (text === "") continue;
    const include = /^(?:-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(text);
    if (include) {
      if (!/^(-c|--constraint)/.test(text)) readRequirementsFile(root, path18.posix.join(path18.posix.dirname(file), include[1]), declared, seen);
      continue;
    }
    const editable = /^(?:-e|--editable)\s+(\S+)/.exec(text);
    if (editable) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(lines[index]);
      if (egg) declared.requirements.push(requirement(egg[1], file, number, text));
      continue;
    }
    if (text.startsWith("-")) continue;
    const name = REQUIREMENT_NAME.exec(text);
    if (name && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !text.startsWith(".") && !text.startsWith("/")) declared.requirements.push(requirement(name[1], file, number, text));
  }
}
function lineOf(lines, needle, from = 0) {
  for (let index = from; index < lines.length; index++) if (lines[index].includes(needle)) return index + 1;
  return from + 1;
}
function tableLine(lines, header) {
  return lines.findIndex((line) => line.trim() === `[${header}]`);
}
function readPyproject(root, file, declared) {
  const absolute2 = path18.join(root, file);
  if (!existsSync2(absolute2)) return;
  const text = readFileSync4(absolute2, "utf8");
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
function readSetupCfg(root, file, declared) {
  const absolute2 = path18.join(root, file);
  if (!existsSync2(absolute2)) return;
  declared.files.push(file);
  const lines = readFileSync4(absolute2, "utf8").split(/\r?\n/);
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
    const text = raw.replace(/(^|\s)#.*$/, "").trim();
    const name = REQUIREMENT_NAME.exec(text);
    if (name && text !== "") declared.requirements.push(requirement(name[1], file, index + 1, text));
  });
}
function readDeclaredRequirements(root, files, contextFolder) {
  const declared = { files: [], requirements: [] };
  const folders = [.../* @__PURE__ */ new Set([contextFolder, ""])];
  const seen = /* @__PURE__ */ new Set();
  for (const folder of folders) {
    const prefix = folder === "" ? "" : `${folder}/`;
    const here = files.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length));
    for (const file of here.filter((name) => /^(requirements[^/]*\.txt|requirements\/[^/]+\.txt)$/.test(name)).sort()) readRequirementsFile(root, `${prefix}${file}`, declared, seen);
    if (here.includes("pyproject.toml")) readPyproject(root, `${prefix}pyproject.toml`, declared);
    if (here.includes("setup.cfg")) readSetupCfg(root, `${prefix}setup.cfg`, declared);
  }
  return declared;
}

// src/explain/third-party.ts
function label(distribution) {
  return distribution.version ? `${distribution.name} ${distribution.version}` : distribution.name;
}
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
    const where = elsewhere ? `installed only in ${elsewhere.location}, which Python ${facts.version} does not search` : "not installed in the image";
    return {
      ...finding,
      cause: `declared in ${place(declared)} as ${declared.name}, but ${where}`,
      causeAt: { kind: "not-installed", repoPath: declared.file, line: declared.line, message: `\`${declared.text}\` is declared here, but the image has no ${declared.name} where Python ${facts.version} looks` }
    };
  }
  if (elsewhere) return { ...finding, cause: `${label(elsewhere)} provides ${top}, but it is installed in ${elsewhere.location}, which Python ${facts.version} does not search` };
  if (!facts.declared) return finding;
  if (facts.declared.files.length === 0) return { ...finding, cause: `not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg)` };
  const lacking = facts.declared.requirements.filter((requirement2) => !installedNames.has(requirement2.normalized));
  const candidates = lacking.length > 0 ? `; declared but not installed: ${lacking.slice(0, 3).map((requirement2) => `${requirement2.name} (${place(requirement2)})`).join(", ")}${lacking.length > 3 ? ` and ${lacking.length - 3} more` : ""}` : "";
  return { ...finding, cause: `not installed in the image, and not declared in ${facts.declared.files.join(", ")}${candidates}` };
}

// src/explain/explain.ts
async function readCheckout(root, build) {
  const files = await listRepository(root);
  return { root, files, map: new RepositoryMap(files, build.pathMap), context: readBuildContext(root, build.context, build.dockerfile, build.target) };
}
function importRootsOf(checkout, located, searched) {
  const roots = checkout.map.importRoots(located);
  const { dockerfile, folder } = checkout.context;
  for (const copied of dockerfile ? importedFolders(dockerfile, searched) : []) roots.add(path19.posix.join(folder, copied).replace(/^\.$/, ""));
  return roots.size > 0 ? roots : void 0;
}
function explainFindings(findings, facts) {
  const { checkout } = facts;
  const unexplained = findings.some((finding) => finding.kind === "missing-module" && finding.origin !== "first-party" && finding.origin !== "stdlib" && !finding.cause);
  const thirdParty = unexplained ? thirdPartyExplainer({
    distributions: installedDistributions(facts.fs),
    searched: facts.searched,
    version: facts.version,
    ...checkout && { declared: readDeclaredRequirements(checkout.root, checkout.files, checkout.context.folder) }
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
      for (let i2 = 0; i2 < expr.ops.length; i2++) {
        const right = evaluate(expr.comparators[i2], context);
        if (left === void 0 || right === void 0) return void 0;
        const result = compare(left, expr.ops[i2], right);
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
function order(a2, b) {
  if (a2 === void 0 || b === void 0) return "unknown";
  if (typeof a2 === "number" && typeof b === "number") return a2 - b;
  if (typeof a2 === "string" && typeof b === "string") return a2 < b ? -1 : a2 > b ? 1 : 0;
  const left = items(a2);
  const right = items(b);
  if (left && right) {
    for (let i2 = 0; i2 < Math.min(left.length, right.length); i2++) {
      const item = order(left[i2], right[i2]);
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
      return [source(expr.left), ...expr.ops.flatMap((op, i2) => [op, source(expr.comparators[i2])])].join(" ");
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
      const describe4 = `${guard.branch === "then" ? "if" : "else of if"} ${source(guard.test)}`;
      if (isTypeChecking(guard.test) && guard.branch === "then") return { runs: "never", never: "type-checking", caught: false, describe: describe4 };
      const value = evaluate(guard.test, context);
      if (value === void 0) condition ??= describe4;
      else if (truthy(value) !== (guard.branch === "then")) return { runs: "never", never: "dead-branch", caught: false, describe: describe4 };
    } else if (guard.kind === "except") {
      condition ??= `in except ${guard.catches.includes("*") ? "(bare)" : guard.catches.join(", ")} handler`;
    } else if (guard.kind === "function") {
      functionName ??= guard.name;
    } else if (guard.kind === "try" || guard.kind === "suppress") {
      const names = guard.kind === "try" ? guard.catches : guard.exceptions;
      if (names.some((name) => CATCHES_IMPORT_ERROR.has(name.split(".").at(-1)))) {
        handler = guard.kind === "try" ? `try/except ${names.includes("*") ? "(bare)" : names.join(", ")}` : `contextlib.suppress(${names.join(", ")})`;
      }
    }
  }
  const runs = functionName !== void 0 ? "when-called" : condition !== void 0 ? "conditionally" : "always";
  const describe3 = handler ?? (functionName !== void 0 ? `inside ${functionName}()` : condition);
  return describe3 === void 0 ? { runs, caught: handler !== void 0 } : { runs, caught: handler !== void 0, describe: describe3 };
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
  constructor(fs3, sysPath, options) {
    this.fs = fs3;
    this.sysPath = sysPath;
    this.options = options;
    this.suffixes = [...options.extensionSuffixes.map((suffix) => [suffix, "extension"]), [".py", "source"], [".pyc", "bytecode"]];
  }
  resolve(name) {
    let result = this.cache.get(name);
    if (!result) {
      result = this.find(name);
      if (!result.found && result.missing === name && result.reason === "not-found") result = this.findEditable(name) ?? result;
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
    let listing = this.listings.get(dir);
    if (listing === void 0) {
      listing = this.fs.entries(dir) ?? null;
      this.listings.set(dir, listing);
    }
    const type = listing?.get(name);
    if (type !== "symlink") return type;
    return this.typeOf(`${dir === "/" ? "" : dir}/${name}`);
  }
  exists(path20) {
    return this.typeOf(path20) !== void 0;
  }
  /** typeOf for the folders modules are looked for in, asked again for every name: cached. */
  folderType(path20) {
    if (!this.folderTypes.has(path20)) this.folderTypes.set(path20, this.typeOf(path20));
    return this.folderTypes.get(path20);
  }
  /** The type of what a path names, symlinks followed; a symlink loop names nothing, as os.stat fails on it. */
  typeOf(path20) {
    try {
      return this.fs.stat(path20)?.type;
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
function classifyFromImport(resolver, pkg, name, bindingsOf) {
  const module = resolver.resolve(pkg);
  if (!module.found) return "unknown";
  const scanned = module.kind === "source" || module.kind === "package" ? module.origin?.endsWith(".py") ? bindingsOf(module.origin) : void 0 : void 0;
  if (scanned?.bindings.includes(name)) return "attribute";
  if (module.searchLocations && resolver.resolve(`${pkg}.${name}`).found) return "submodule";
  if (module.kind === "namespace") return "neither";
  if (!scanned || scanned.openEnded.length > 0) return "unknown";
  return "neither";
}

// src/python/parser.ts
var AUGMENTED = /* @__PURE__ */ new Set(["+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**="]);
var COMPARISON = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var Parser = class {
  tokens;
  minor;
  i = 0;
  imports = [];
  guards = [];
  scopes = [{ kind: "module", async: false }];
  bindings = /* @__PURE__ */ new Set();
  all;
  allUnreadable = false;
  openEnded = /* @__PURE__ */ new Set();
  /** Tokens parsed again after a look-ahead failed: the only way parsing can exceed one pass. */
  rewound = 0;
  constructor(tokens, minor) {
    this.tokens = tokens;
    this.minor = minor;
  }
  parseModule() {
    while (!this.atType("end")) this.statement();
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
    this.simpleStatement();
    while (this.eatOp(";")) {
      if (this.atType("newline")) break;
      this.simpleStatement();
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
      return;
    }
    if (this.token.type === "op" && AUGMENTED.has(this.token.value)) {
      const op = this.next().value;
      if (first.k !== "name" && first.k !== "attr" && first.k !== "subscript") this.fail(`'${describe2(first)}' is an illegal expression for augmented assignment`, start);
      const value = this.atKeyword("yield") ? this.yieldExpression() : this.starExpressions();
      this.noteAllAssignment([first], value, op);
      return;
    }
    if (this.atOp(":")) {
      this.next();
      if (first.k !== "name" && first.k !== "attr" && first.k !== "subscript") this.fail(`illegal target for annotation`, start);
      this.expression();
      if (this.eatOp("=")) {
        const value = this.atKeyword("yield") ? this.yieldExpression() : this.starExpressions();
        this.noteAllAssignment([first], value, "=");
      }
      if (first.k === "name") this.bind(first.id);
      return;
    }
    this.noteOpenEnded(first);
    if (this.atModuleLevel() && first.k === "call" && first.func.k === "attr" && first.func.value.k === "name" && first.func.value.id === "__all__") {
      this.noteAllMethod(first.func.attr, first.args);
    }
  }
  importName() {
    const start = this.next();
    do {
      const module = this.dottedName();
      let asname;
      if (this.eatKeyword("as")) asname = this.identifier();
      this.bind(asname ?? module.split(".")[0]);
      const statement = { kind: "import", module, level: 0, names: [], line: start.line, col: start.col, guards: [...this.guards] };
      if (asname !== void 0) statement.asname = asname;
      this.imports.push(statement);
    } while (this.eatOp(","));
  }
  dottedName() {
    let name = this.identifier();
    while (this.eatOp(".")) name += "." + this.identifier();
    return name;
  }
  importFrom() {
    const start = this.next();
    let level = 0;
    while (this.atOp(".") || this.atOp("...")) level += this.next().value.length;
    let module = "";
    if (!this.atKeyword("import")) module = this.dottedName();
    else if (level === 0) this.fail();
    this.expectKeyword("import");
    const names = [];
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
    this.imports.push({ kind: "from", module, level, names, line: start.line, col: start.col, guards: [...this.guards] });
  }
  block() {
    this.expectOp(":");
    if (this.atType("newline")) {
      this.next();
      if (!this.atType("indent")) this.fail("expected an indented block");
      this.next();
      while (!this.atType("dedent") && !this.atType("end")) this.statement();
      this.next();
    } else this.simpleStatements();
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
        const caught = this.expression();
        handled.push(...exceptionNames(caught));
        if (this.eatKeyword("as")) this.bind(this.identifier());
        else if (this.atOp(",")) this.fail("multiple exception types must be parenthesized");
      }
      guard.catches.push(...handled);
      this.withGuard({ kind: "except", catches: handled }, () => this.block());
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
  functionDef(isAsync = false) {
    this.next();
    const name = this.identifier();
    this.bind(name);
    if (name === "__getattr__" && this.atModuleLevel()) this.openEnded.add("module __getattr__");
    if (this.atOp("[") && this.minor >= 12) this.typeParams();
    this.expectOp("(");
    this.parameters(")", true);
    this.expectOp(")");
    if (this.eatOp("->")) this.expression();
    this.scopes.push({ kind: "function", async: isAsync });
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
    this.scopes.push({ kind: "class", async: false });
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
    let count2 = 0;
    const param = (allowStarAnnotation = false) => {
      this.identifier();
      if (annotations && this.eatOp(":")) {
        if (allowStarAnnotation && this.minor >= 11 && this.atOp("*")) {
          this.next();
          this.bitwiseOr();
        } else this.expression();
      }
    };
    while (!this.atOp(closer)) {
      if (sawDoubleStar) this.fail("arguments cannot follow var-keyword argument");
      if (this.eatOp("/")) {
        if (sawSlash || sawStar || count2 === 0 || this.minor < 8) this.fail("/ must be ahead of *");
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
        count2++;
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
    if (token.type === "number" || token.type === "op" && token.value === "-") {
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
          if (this.token.type === "string" || this.token.type === "number" || this.atOp("-")) this.closedPattern();
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
  signedNumber() {
    this.eatOp("-");
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
  checkTarget(target, context, at3) {
    switch (target.k) {
      case "name":
        if (context !== "del" && target.id === "__debug__" && this.minor >= 9) this.fail("cannot assign to __debug__", at3);
        return;
      case "attr":
      case "subscript":
        return;
      case "starred":
        if (context === "del") this.fail("cannot delete starred", at3);
        return this.checkTarget(target.value, context, at3);
      case "tuple":
      case "list":
        for (const element of target.elts) this.checkTarget(element, context, at3);
        return;
      default:
        this.fail(`cannot ${context === "del" ? "delete" : "assign to"} ${describe2(target)}`, at3);
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
    if (this.atOp(":=")) this.fail(`cannot use assignment expressions with ${describe2(expression)}`);
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
    this.scopes.push({ kind: "function", async: false });
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
    let value = this.atom();
    while (true) {
      if (this.eatOp(".")) value = { k: "attr", value, attr: this.identifier() };
      else if (this.atOp("(")) {
        const open3 = this.next();
        const call = this.atOp(")") ? { args: [], keywords: [] } : this.callArguments();
        this.expectOp(")");
        const expression = { k: "call", func: value, args: call.args, keywords: call.keywords };
        this.noteDynamicImport(expression, open3);
        value = expression;
      } else if (this.eatOp("[")) {
        value = { k: "subscript", value, slice: this.slices() };
        this.expectOp("]");
      } else return value;
    }
  }
  noteDynamicImport(call, at3) {
    const func = call.func;
    const name = func.k === "name" ? func.id : func.k === "attr" ? func.attr : void 0;
    if (name !== "import_module" && name !== "__import__") return;
    if (name === "__import__" && func.k !== "name") return;
    const first = call.args[0];
    if (!first || first.k !== "str" || first.value === null || first.value === "") return;
    const level = first.value.length - first.value.replace(/^\.+/, "").length;
    const statement = { kind: "dynamic", module: first.value.slice(level), level, names: [], line: at3.line, col: at3.col, guards: [...this.guards] };
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
      } else if (this.eatOp("*")) {
        if (sawDoubleStar) this.fail("iterable argument unpacking follows keyword argument unpacking");
        args.push({ k: "starred", value: this.expression() });
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
      const thisKind = prefix.includes("b") ? "bytes" : "text";
      if (kind && kind !== thisKind) this.fail("cannot mix bytes and nonbytes literals", token);
      kind = thisKind;
      if (prefix.includes("f")) {
        value = null;
        continue;
      }
      if (value !== null) value = prefix.includes("r") ? value + token.body : appendDecoded(value, token.body);
    }
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
    const first = this.atOp("*") ? this.starExpression() : this.namedExpression();
    if (this.atKeyword("for") || this.atKeyword("async")) {
      this.comprehension();
      this.expectOp(")");
      return { k: "other", what: "generator expression" };
    }
    if (this.eatOp(")")) {
      if (first.k === "starred") this.fail("cannot use starred expression here");
      return first;
    }
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
    const first = this.atOp("*") ? this.starExpression() : this.namedExpression();
    if (this.atKeyword("for") || this.atKeyword("async")) {
      this.comprehension();
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
    if (this.eatOp("**")) {
      this.bitwiseOr();
      isDict = true;
    } else {
      const first = this.atOp("*") ? this.starExpression() : this.namedExpression();
      if (this.eatOp(":")) {
        if (first.k === "starred") this.fail();
        this.expression();
        isDict = true;
      } else isDict = false;
      if (this.atKeyword("for") || this.atKeyword("async")) {
        this.comprehension();
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
function describe2(expression) {
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
  for (let i2 = start; i2 < end; i2++) text += String.fromCharCode(bytes[i2]);
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

// src/python/scan-wire.ts
var KINDS = ["import", "from", "dynamic"];
function encodeImport(statement) {
  const wire = [KINDS.indexOf(statement.kind), statement.module, statement.level, statement.line, statement.col];
  const optional = [
    statement.guards.length > 0 ? statement.guards : 0,
    statement.names.length > 0 ? statement.names.map((name) => name.asname === void 0 ? name.name : [name.name, name.asname]) : 0,
    statement.asname ?? 0,
    statement.package ?? 0
  ];
  let last2 = optional.length;
  while (last2 > 0 && optional[last2 - 1] === 0) last2--;
  for (let index = 0; index < last2; index++) wire.push(optional[index]);
  return wire;
}
function decodeImport(wire) {
  const names = wire[6] ? wire[6].map((name) => typeof name === "string" ? { name } : { name: name[0], asname: name[1] }) : [];
  const statement = { kind: KINDS[wire[0]], module: wire[1], level: wire[2], names, line: wire[3], col: wire[4], guards: wire[5] || [] };
  if (wire[7]) statement.asname = wire[7];
  if (wire[8]) statement.package = wire[8];
  return statement;
}
function encodedFailure(encoded) {
  return encoded.startsWith("[0");
}
function encodedImportsOnly(encoded) {
  return encoded.startsWith("[2");
}
function encodeScan(scan) {
  if (!scan.ok) return JSON.stringify(scan.line === void 0 ? [0, scan.error] : [0, scan.error, scan.line]);
  if (scan.bindings.length === 0 && scan.openEnded.length === 1 && scan.openEnded[0] === NAMES_NOT_READ && scan.all === void 0) return JSON.stringify([2, scan.imports.map(encodeImport)]);
  const wire = [1, scan.imports.map(encodeImport), scan.bindings, scan.openEnded];
  if (scan.all !== void 0) wire.push(scan.all);
  return JSON.stringify(wire);
}
function decodeScan(encoded) {
  const wire = JSON.parse(encoded);
  if (wire[0] === 0) return wire[2] === void 0 ? { ok: false, error: wire[1] } : { ok: false, error: wire[1], line: wire[2] };
  if (wire[0] === 2) return { ok: true, imports: wire[1].map(decodeImport), bindings: [], openEnded: [NAMES_NOT_READ] };
  const scan = { ok: true, imports: wire[1].map(decodeImport), bindings: wire[2], openEnded: wire[3] };
  if (wire[4] !== void 0) scan.all = wire[4];
  return scan;
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
        }
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
        }
      }
    }
  }
};

// src/python/stdlib.ts
var versions = stdlib_modules_default.versions;
var builds = stdlib_modules_default.builds;
var KNOWN = Object.keys(versions).sort((a2, b) => minorOf(a2) - minorOf(b));
var moduleSets = new Map(KNOWN.map((version) => [version, new Set(versions[version].modules)]));
function minorOf(version) {
  return Number(version.split(".")[1]);
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
var COMMAND2 = COMMAND_LOCATION;
var NAMES_UNKNOWN = { bindings: [], openEnded: [NAMES_NOT_READ] };
var PACKAGE_INIT = /\/__init__\.py$/;
var PACKAGE_SCAN = { skipFunctionBodies: true };
var MODULE_SCAN = { skipFunctionBodies: true, importsOnly: true };
var YIELD_EVERY_MS = 10;
var INSTALLED_DIR = /\/(site|dist)-packages\//;
function attempt(run) {
  try {
    return run();
  } catch (error) {
    return error;
  }
}
function prefixes(name) {
  const found = [];
  for (let dot = name.indexOf("."); dot !== -1; dot = name.indexOf(".", dot + 1)) found.push(name.slice(0, dot));
  found.push(name);
  return found;
}
var ImportGraph = class {
  options;
  /**
   * Each file is scanned once. Its outcome, once in: the scan, undefined when there was no file
   * to scan, or the error that stopped it, which the walk meets when it reads the file.
   */
  scanned = /* @__PURE__ */ new Map();
  scanStarted = /* @__PURE__ */ new Set();
  /** Who waits for a scan still out: the walk, when it reaches a file before a worker is done with it. */
  waiting = /* @__PURE__ */ new Map();
  files = 0;
  visited = /* @__PURE__ */ new Set();
  queue = [];
  findings = [];
  reached = /* @__PURE__ */ new Map();
  unparsed = 0;
  hooks = /* @__PURE__ */ new Map();
  /** Django settings modules, whose dotted strings are imports, and those already read. */
  settingsModules = /* @__PURE__ */ new Set();
  settingsRead = /* @__PURE__ */ new Set();
  processed = /* @__PURE__ */ new Set();
  zones = /* @__PURE__ */ new Map();
  version;
  lastYield = 0;
  constructor(options) {
    this.options = options;
    this.version = `3.${options.minor}`;
  }
  async walk(entries) {
    for (const entry of entries) {
      this.addEntry(entry);
      await this.letWorkersIn();
    }
    for (let index = 0; index < this.queue.length; index++) {
      await this.visit(this.queue[index]);
      await this.letWorkersIn();
    }
    return { findings: this.findings, files: this.files, modules: this.reached.size, unparsed: this.unparsed, reached: this.reached };
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
  /**
   * A file's scan, which the walk needs next: while a worker has it, this thread scans files
   * from the far end of the queue rather than wait idle.
   */
  async awaitScan(file) {
    this.neededScan(file);
    const pool = this.options.pool;
    while (pool && !this.scanned.has(file) && pool.scanNewestHere()) await new Promise(setImmediate);
    return this.scanOfFile(file);
  }
  /** Starts a file's scan, which the walk needs now: if it still waits for a worker, it is scanned here. */
  neededScan(file) {
    this.scanFile(file);
    this.options.pool?.expedite(file);
  }
  /** A file's scan as soon as it is in: at once when it is. */
  scanOfFile(file) {
    if (this.scanned.has(file)) return this.settledScan(file);
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(file) ?? [];
      waiters.push(() => {
        const outcome = this.scanned.get(file);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      });
      this.waiting.set(file, waiters);
    });
  }
  /** A scan that is in; the error that stopped it, thrown. */
  settledScan(file) {
    const outcome = this.scanned.get(file);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }
  /** Asked for every module and file reached: answered once per path. */
  zoneOf(path20) {
    if (path20 === void 0) return "stdlib";
    let zone = this.zones.get(path20);
    if (zone === void 0) {
      zone = this.zoneOfPath(path20);
      this.zones.set(path20, zone);
    }
    return zone;
  }
  zoneOfPath(path20) {
    if (underAny(path20, this.options.thirdPartyDirs) || INSTALLED_DIR.test(path20)) return "third-party";
    if (underAny(path20, this.options.stdlibDirs)) return "stdlib";
    return "first-party";
  }
  moduleZone(module) {
    if (module.kind === "builtin" || module.kind === "frozen") return "stdlib";
    return this.zoneOf(module.origin ?? module.searchLocations?.[0]);
  }
  addEntry(entry) {
    if (entry.role === "django-settings") this.settingsModules.add(entry.module);
    if (entry.file !== void 0 || entry.code !== void 0) {
      const key = `file:${entry.file ?? `-c ${entry.code}`}`;
      if (this.visited.has(key)) return;
      if (entry.file !== void 0 && this.options.fs.stat(entry.file)?.type !== "file") {
        this.report("missing-module", "error", { module: entry.file, location: COMMAND2, origin: "first-party", message: `${entry.how} runs ${entry.file}, which is not a file in the image`, chain: [] });
        return;
      }
      this.visited.add(key);
      const node = { key, runName: entry.module, module: entry.module, isPackage: false, zone: "first-party", chain: [], entry };
      if (entry.file !== void 0) node.file = entry.file;
      if (entry.code !== void 0) node.code = entry.code;
      this.queue.push(node);
      return;
    }
    const resolution = this.options.resolver.resolve(entry.module);
    if (!resolution.found) {
      this.missing(resolution, entry.module, { runs: "always", caught: false }, COMMAND2, [], `${entry.how} loads ${entry.module}`);
      return;
    }
    this.enqueueModule(entry.module, [], entry);
    if (entry.role === "module" && resolution.kind === "package" && entry.how.startsWith("python -m")) this.enqueueSubmodule(`${entry.module}.__main__`, [], COMMAND2);
  }
  /** Queues a found module and its parent packages (importing a.b.c runs a and a.b first). */
  enqueueModule(name, chain, entry) {
    if (!entry && this.visited.has(name)) return;
    for (const prefix of prefixes(name)) {
      const isTarget = prefix === name;
      if (this.visited.has(prefix) && !(isTarget && entry)) continue;
      const resolution = this.options.resolver.resolve(prefix);
      if (!resolution.found) return;
      const zone = this.moduleZone(resolution);
      this.reached.set(prefix, zone);
      this.visited.add(prefix);
      const last2 = chain.at(-1);
      const nodeChain = isTarget || last2?.module !== name ? chain : [...chain.slice(0, -1), { ...last2, module: prefix }];
      const node = { key: prefix, runName: entry?.how.startsWith("python -m") && isTarget ? "__main__" : prefix, module: prefix, isPackage: resolution.searchLocations !== void 0, zone, chain: nodeChain };
      if (resolution.origin?.endsWith(".py")) node.file = resolution.origin;
      if (isTarget && entry) node.entry = entry;
      if (node.file && zone !== "stdlib") void this.scanFile(node.file);
      this.queue.push(node);
    }
  }
  enqueueSubmodule(name, chain, location) {
    const resolution = this.options.resolver.resolve(name);
    if (resolution.found) this.enqueueModule(name, chain);
    else this.missing(resolution, name, { runs: "always", caught: false }, location, chain, `python -m runs ${name}`);
  }
  /** Starts a file's scan, once. */
  scanFile(file) {
    if (this.scanStarted.has(file)) return;
    this.scanStarted.add(file);
    const { fs: fs3, minor, pool } = this.options;
    if (this.zoneOf(file) === "first-party") {
      this.settle(file, attempt(() => {
        const bytes = fs3.readFile(file);
        return bytes && { scan: scanSource(bytes, minor), text: bytes.toString("utf8") };
      }));
      return;
    }
    const packageInit = PACKAGE_INIT.test(file);
    const options = packageInit ? PACKAGE_SCAN : MODULE_SCAN;
    if (pool) pool.scan(file, this.contentOf, minor, options, this.scanDone, packageInit);
    else {
      this.scanDone(file, attempt(() => {
        const bytes = fs3.readFile(file);
        return bytes && scanSource(bytes, minor, options);
      }));
    }
  }
  contentOf = (file) => this.options.fs.contentOf(file);
  scanDone = (file, outcome) => {
    this.settle(file, outcome === void 0 || outcome instanceof Error ? outcome : typeof outcome === "string" ? { encoded: outcome } : { scan: outcome });
  };
  settle(file, outcome) {
    this.scanned.set(file, outcome);
    if (outcome !== void 0 && !(outcome instanceof Error)) {
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
  async visit(node) {
    this.processed.add(node.key);
    if (node.zone === "stdlib" || node.file === void 0 && node.code === void 0) return;
    let scanned;
    if (node.code !== void 0) scanned = { scan: scanSource(node.code, this.options.minor), text: node.code };
    else scanned = this.scanned.has(node.file) ? this.settledScan(node.file) : await this.awaitScan(node.file);
    if (!scanned) return;
    const scan = this.scanOf(scanned);
    const where = { imagePath: node.file ?? "(python -c)", line: 1, column: 1 };
    if (!scan.ok) {
      const severity = node.zone === "first-party" && this.options.minor <= 13 ? "error" : "warning";
      this.report("syntax-error", severity, { module: node.module, location: { ...where, line: scan.line ?? 1 }, origin: node.zone, message: `${node.runName === "__main__" ? node.file ?? "the code" : node.module} does not parse: ${scan.error}`, chain: node.chain });
      return;
    }
    for (const statement of scan.imports) {
      const waiting = this.follow(node, statement);
      if (waiting) await waiting;
    }
    if (node.entry?.attr && node.zone === "first-party" && node.file) this.checkAttribute(node, node.entry);
    if (scanned.text !== void 0 && node.zone === "first-party") this.djangoImports(node, scanned.text);
  }
  /** The app object a server takes from its module must exist: gunicorn and uvicorn fail at boot otherwise. */
  checkAttribute(node, entry) {
    const verdict = classifyFromImport(this.options.resolver, node.module, entry.attr, (file) => this.bindingsOf(file));
    if (verdict !== "neither") return;
    this.report("missing-name", "error", { module: node.module, name: entry.attr, location: COMMAND2, origin: "first-party", message: `${entry.how} loads ${entry.attr} from ${node.module}, which defines no such name`, chain: [] });
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
    for (const dotted2 of djangoSettingsImports(text, this.options.minor)) {
      const location = { imagePath: file, line: dotted2.line, column: dotted2.column };
      const hop = { ...location, importer: module, module: dotted2.module };
      let resolution = this.options.resolver.resolve(dotted2.module);
      if (!resolution.found && dotted2.appEntry && dotted2.module.includes(".")) {
        const parent2 = this.options.resolver.resolve(dotted2.module.slice(0, dotted2.module.lastIndexOf(".")));
        if (parent2.found) resolution = parent2;
      }
      if (resolution.found) this.enqueueModule(resolution.name, [...chain, hop]);
      else this.missing(resolution, dotted2.module, { runs: "always", caught: false }, location, [...chain, hop], `Django setting ${dotted2.setting} names ${dotted2.value}`);
    }
  }
  /** A settings module named in code (`os.environ.setdefault(...)`): its strings count once, whichever way it is reached. */
  addDjangoSettings(module, from, location) {
    if (this.settingsModules.has(module)) return;
    this.settingsModules.add(module);
    const hop = { ...location, importer: from.module, module };
    const chain = [...from.chain, hop];
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
  /** A settled file's scan, with its imports. */
  scanOf(scanned) {
    return scanned.scan ?? decodeScan(scanned.encoded);
  }
  /** What a scanned file binds; callers await scanFile first. */
  bindingsOf(file) {
    const scanned = this.scanned.get(file);
    if (!scanned || scanned instanceof Error) return void 0;
    if (scanned.scan) return scanned.scan.ok ? scanned.scan : void 0;
    const encoded = scanned.encoded;
    if (encodedImportsOnly(encoded)) return NAMES_UNKNOWN;
    if (encodedFailure(encoded)) return void 0;
    if (!scanned.names) scanned.names = { ...decodeScan(encoded), imports: [] };
    return scanned.names;
  }
  /** Follows one import; a promise only when it must wait for a scan (most imports need none). */
  follow(node, statement) {
    const verdict = judgeGuards(statement.guards, { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName });
    if (node.zone === "third-party" && (verdict.runs !== "always" || verdict.caught)) return;
    const location = { imagePath: node.file ?? "(python -c)", line: statement.line, column: statement.col + 1 };
    const target = this.targetOf(node, statement);
    if ("error" in target) {
      if (verdict.runs === "never") return;
      const caught = verdict.caught && target.exception === void 0;
      const severity = caught ? "notice" : verdict.runs === "always" && node.zone === "first-party" ? "error" : "warning";
      this.report("bad-relative-import", severity, { module: `${".".repeat(statement.level)}${statement.module}`, location, origin: node.zone, message: `${target.exception ?? "ImportError"}: ${target.error}`, chain: node.chain, ...verdict.describe && { guard: verdict.describe } });
      return;
    }
    let built;
    const chain = () => built ??= [...node.chain, { ...location, importer: node.module, module: target.name }];
    const resolution = this.options.resolver.resolve(target.name);
    if (!resolution.found) {
      this.missing(resolution, target.name, verdict, location, chain());
      return;
    }
    if (verdict.runs === "never") return;
    if (!this.visited.has(target.name)) this.enqueueModule(target.name, chain());
    if (statement.kind !== "from") return;
    const namesMatter = resolution.searchLocations !== void 0 || this.moduleZone(resolution) === "first-party";
    if (!namesMatter) return;
    const followNames = () => {
      for (const { name } of statement.names) {
        if (name === "*") this.followStar(resolution, chain());
        else this.followFromName(node, resolution, name, verdict, location, chain);
      }
    };
    const origin = resolution.origin;
    if (origin?.endsWith(".py") && !this.scanned.has(origin)) {
      this.neededScan(origin);
      const scanned = this.scanOfFile(origin);
      if (scanned instanceof Promise) return scanned.then(followNames);
    }
    followNames();
  }
  targetOf(node, statement) {
    if (statement.kind !== "dynamic") return absoluteName(statement.module, statement.level, { name: node.module, isPackage: node.isPackage });
    if (statement.level === 0) return { name: statement.module };
    if (statement.package === void 0) return { exception: "TypeError", error: `the 'package' argument is required to perform a relative import for '${".".repeat(statement.level)}${statement.module}'` };
    return absoluteName(statement.module, statement.level, { name: statement.package, isPackage: true });
  }
  /** `from m import name`: a submodule is imported too; a first-party module without the name fails. */
  followFromName(node, base, name, verdict, location, chain) {
    const full = `${base.name}.${name}`;
    const own = base.name === node.module;
    const kind = classifyFromImport(this.options.resolver, base.name, name, (file) => {
      const scanned = this.bindingsOf(file);
      return own && scanned && file === base.origin ? { ...scanned, bindings: scanned.bindings.filter((bound) => bound !== name) } : scanned;
    });
    const toSubmodule = () => chain().map((hop, index, hops) => index === hops.length - 1 ? { ...hop, module: full } : hop);
    if (kind === "submodule") {
      if (!this.visited.has(full)) this.enqueueModule(full, toSubmodule());
      return;
    }
    if (own && verdict.caught && !this.options.inRepository?.(full)) return;
    if (kind !== "neither" || this.moduleZone(base) !== "first-party") return;
    const submodule = this.options.resolver.resolve(full);
    if (!submodule.found && (base.searchLocations !== void 0 || this.options.inRepository?.(full))) {
      this.missing(submodule, full, verdict, location, toSubmodule(), void 0, `cannot import name '${name}' from '${base.name}'`);
      return;
    }
    this.report("missing-name", "error", { module: base.name, name, location, origin: "first-party", message: `ImportError: cannot import name '${name}' from '${base.name}' (${base.origin ?? "namespace package"})`, chain: chain(), ...verdict.describe && { guard: verdict.describe } });
  }
  /** `from pkg import *` imports the submodules `__all__` lists. */
  followStar(base, chain) {
    if (!base.searchLocations || !base.origin?.endsWith(".py")) return;
    const scanned = this.bindingsOf(base.origin);
    const all = scanned && "all" in scanned ? scanned.all : void 0;
    for (const name of all ?? []) {
      if (scanned.bindings.includes(name)) continue;
      const full = `${base.name}.${name}`;
      if (this.options.resolver.resolve(full).found) this.enqueueModule(full, chain);
    }
  }
  originOf(resolution, name) {
    const top = name.split(".")[0];
    const topResolution = this.options.resolver.resolve(top);
    const removed = removedIn(top);
    if (!topResolution.found && removed && Number(removed.split(".")[1]) <= this.options.minor) return { origin: "stdlib", cause: `${top} was removed from the standard library in Python ${removed}; the image runs Python ${this.version}` };
    const added = addedIn(top);
    if (!topResolution.found && added && Number(added.split(".")[1]) > this.options.minor) return { origin: "stdlib", cause: `${top} was added to the standard library in Python ${added}; the image runs Python ${this.version}` };
    if (isStdlibModule(top, this.version) && (!topResolution.found || this.moduleZone(topResolution) === "stdlib")) return { origin: "stdlib", cause: `${top} is part of Python ${this.version}'s standard library but is missing from the image's installation` };
    if (this.options.inRepository?.(resolution.missing)) return { origin: "first-party" };
    if (topResolution.found) return { origin: this.moduleZone(topResolution) === "first-party" ? "first-party" : "third-party" };
    return { origin: this.options.inRepository ? "third-party" : "unknown" };
  }
  missing(resolution, name, verdict, location, chain, context, headline) {
    const { origin, cause } = this.originOf(resolution, name);
    const unreported = verdict.runs === "never" ? verdict.never : this.options.ignored?.(resolution.missing) ? "ignored" : this.underImportHook(resolution.missing) ? "import-hook" : void 0;
    const severity = origin === "first-party" ? "error" : verdict.caught ? "notice" : verdict.runs === "always" ? "error" : "warning";
    const error = resolution.reason === "not-a-package" ? `No module named '${name}'; '${name.slice(0, name.lastIndexOf("."))}' is not a package` : `No module named '${resolution.missing}'`;
    const what = headline ?? (resolution.missing === name ? error : `import of ${name} fails: ${error}`);
    const finding = { module: resolution.missing, location, origin, message: context ? `${context}, but: ${error}` : `ModuleNotFoundError: ${what === error ? error : what}`, chain };
    if (verdict.describe) finding.guard = verdict.describe;
    if (cause) finding.cause = cause;
    if (unreported) finding.unreported = unreported;
    this.report("missing-module", severity, finding);
  }
  /**
   * Packages like pkg_resources.extern install a meta-path finder, and pkgutil-style packages extend
   * their own __path__: names below them may load although no file is where the path finder looks.
   */
  underImportHook(missing) {
    const parts = missing.split(".");
    for (let length = parts.length - 1; length > 0; length--) {
      const parent2 = this.options.resolver.resolve(parts.slice(0, length).join("."));
      if (!parent2.found || !parent2.origin?.endsWith(".py")) continue;
      let hooked = this.hooks.get(parent2.origin);
      if (hooked === void 0) {
        const text = this.options.fs.readText(parent2.origin) ?? "";
        hooked = /\bmeta_path\b|\bpath_hooks\b|__path__\s*(=|\+=|\.(append|extend|insert))|\bextend_path\(/.test(text);
        this.hooks.set(parent2.origin, hooked);
      }
      if (hooked) return true;
    }
    return false;
  }
  report(kind, severity, finding) {
    this.findings.push({ kind, severity, ...finding });
  }
};

// src/python/scan-pool.ts
import os4 from "node:os";
import { Worker } from "node:worker_threads";
var scratch = new ScratchBuffer();
function scanHere(key, load2, minor, options) {
  const content = load2(key);
  const bytes = content && (Buffer.isBuffer(content) ? content : readRange2(content, scratch));
  return bytes ? scanSource(bytes, minor, options) : void 0;
}
var IN_FLIGHT_PER_WORKER = 128;
var BYTES_IN_FLIGHT = 16 * 1024 * 1024;
var BATCH = 16;
function workerUrl() {
  return new URL(import.meta.url.endsWith(".ts") ? "./scan-worker.ts" : "./scan-worker.js", import.meta.url);
}
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
  scan(key, load2, minor, options, done, sooner = false) {
    this.requested++;
    const job = { key, load: load2, minor, options, done };
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
        if (Buffer.isBuffer(content)) {
          const own = new Uint8Array(content);
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
      const worker = new Worker(workerUrl());
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
      worker.on("error", () => this.fallBack());
      this.workers.push(worker);
    }
  }
  fallBack() {
    if (this.failed) return;
    this.failed = true;
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

// src/settings.ts
import { randomUUID } from "node:crypto";
var BOOT_CHOICES = ["auto", "import", "serve", "none"];
var DEFAULT_BOOT_TIMEOUT = 60;
var FAIL_ON = ["error", "warning", "notice", "never"];
function listValue(values) {
  return (values ?? []).flatMap((value) => value.split(/[\n,]/)).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
function makeSettings(raw) {
  if (raw.image.trim() === "") {
    throw new ConfigurationError("image is required: the image to check, for example docker:my-service:latest or docker-archive:image.tar");
  }
  const failOn = raw.failOn?.trim() || "error";
  if (!FAIL_ON.includes(failOn)) throw new ConfigurationError(`fail-on is ${JSON.stringify(failOn)}; expected one of ${FAIL_ON.join(", ")}`);
  const settings = { source: parseSource(raw.image), pythonPath: listValue(raw.pythonPath), failOn, ignore: listValue(raw.ignore), pathMap: [], boot: bootSettings(raw) };
  for (const folder of settings.pythonPath) {
    if (!folder.startsWith("/")) throw new ConfigurationError(`python-path entry ${JSON.stringify(folder)} is not an absolute path in the image, for example /srv/src`);
  }
  for (const pattern of settings.ignore) {
    if (!/^[A-Za-z0-9_.*]+$/.test(pattern)) throw new ConfigurationError(`ignore pattern ${JSON.stringify(pattern)} is not a module glob, for example yaml, boto3.* or tests.**`);
  }
  const platformText = raw.platform?.trim();
  if (platformText) {
    const platform2 = parsePlatform(platformText);
    if (!platform2) throw new ConfigurationError(`platform ${JSON.stringify(platformText)} is not of the form os/arch[/variant], for example linux/amd64 or linux/arm64/v8`);
    settings.platform = platform2;
  }
  if (raw.imageConfig?.trim()) settings.imageConfig = raw.imageConfig.trim();
  if (raw.tempDir?.trim()) settings.tempDir = raw.tempDir.trim();
  const entryLines2 = (raw.entrypoints ?? []).flatMap((value) => value.split("\n"));
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
  return settings;
}
function bootSettings(raw) {
  const mode = raw.boot?.trim() || "auto";
  if (!BOOT_CHOICES.includes(mode)) throw new ConfigurationError(`boot is ${JSON.stringify(raw.boot)}; expected one of ${BOOT_CHOICES.join(", ")}`);
  const env = {};
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
  const expressions = patterns.map((pattern) => {
    const body = pattern.split("**").map((part) => part.split("*").map((text) => text.replace(/[.]/g, "\\.")).join("[^.]*")).join(".*");
    return new RegExp(`^${body}(\\..*)?$`);
  });
  return (module) => expressions.some((expression) => expression.test(module));
}

// src/guard.ts
function openForAnalysis(settings, logger, select = pythonAnalysisContent) {
  return openImage(settings.source, {
    ...settings.platform && { platform: settings.platform },
    ...settings.imageConfig && { configFile: settings.imageConfig },
    ...settings.tempDir && { tempDir: settings.tempDir },
    select,
    logger
  });
}
async function inspectImage(settings, logger) {
  const image = await openForAnalysis(settings, logger);
  const byType = {};
  let total = 0;
  let python;
  try {
    for (const entry of image.fs.walk()) {
      byType[entry.type] = (byType[entry.type] ?? 0) + 1;
      total++;
    }
    python = imagePython(image.fs, image.config);
  } finally {
    image.fs.close();
  }
  return {
    source: { kind: image.kind, location: image.location, label: image.label },
    config: image.config,
    layers: image.layers,
    paths: { total, byType },
    python
  };
}
async function scanImage(settings, logger) {
  const started = performance.now();
  const checkout = settings.repository ? await readCheckout(settings.repository, settings) : void 0;
  const pool = new ScanPool();
  let installedSources = 0;
  const select = (path20, size) => {
    const keep = pythonAnalysisContent(path20, size);
    if (keep > 0 && path20.endsWith(".py") && INSTALLED_DIR.test(path20) && ++installedSources === pool.threshold) pool.prepare();
    return keep;
  };
  const image = await openForAnalysis(settings, logger, select).catch(async (error) => {
    await pool.close();
    throw error;
  });
  try {
    const config = withPythonPath(image.config, settings.pythonPath);
    const view = imagePython(image.fs, config);
    if ("error" in view) throw new ConfigurationError(`${image.label}: ${view.error}`);
    const entries = chooseEntries(view, settings);
    for (const note of view.entryNotes) logger.info(`note: ${note}`);
    const version = `3.${view.python.minor}`;
    const build = view.python.flavor === "debian" ? DEBIAN_BUILDS[view.python.minor] : void 0;
    const searched = view.sysPath.entries.map((entry) => entry.path);
    const resolver = new Resolver(
      image.fs,
      searched,
      {
        extensionSuffixes: view.python.extensionSuffixes,
        builtins: builtinModules(version, build),
        frozen: frozenModules(version, build),
        aliases: moduleAliases(version, build),
        redirects: view.redirects,
        editableMappings: view.editable,
        cwd: workingDirOf(view.config)
      }
    );
    const thirdPartyDirs = view.sysPath.entries.filter((entry) => entry.origin === "site" || entry.origin === "venv-site" || entry.origin === "user-site").map((entry) => entry.path);
    const stdlibDirs = view.sysPath.entries.filter((entry) => entry.origin === "stdlib" || entry.origin === "lib-dynload" || entry.origin === "stdlib-zip").map((entry) => entry.path);
    const importRoots = checkout ? importRootsOf(checkout, locateEntries(entries, resolver), searched) : void 0;
    logger.info(`Walking imports from ${entries.length} entry point${entries.length === 1 ? "" : "s"} with Python ${version}`);
    const graph = await new ImportGraph({
      fs: image.fs,
      resolver,
      minor: view.python.minor,
      platform: "linux",
      thirdPartyDirs,
      stdlibDirs,
      env: environmentOf(view.config),
      ...checkout && { inRepository: (module) => checkout.map.hasModule(module, importRoots) },
      ...settings.ignore.length > 0 && { ignored: moduleMatcher(settings.ignore) },
      onProgress: (files) => logger.info(`  ${files} files scanned`),
      pool
    }).walk(entries);
    const mapped = graph.findings.map((finding) => mapToRepository(finding, checkout?.map));
    const staticSeconds = (performance.now() - started) / 1e3;
    const booted = await bootStage(mapped, {
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
      logger
    });
    const findings = explainFindings(booted.findings, { ...checkout && { checkout }, ...importRoots && { importRoots }, fs: image.fs, searched, version }).sort(compareFindings);
    return {
      result: failsAt(findings, settings.failOn) ? "fail" : "pass",
      failOn: settings.failOn,
      image: { label: image.label, location: image.location },
      python: { executable: view.python.executable, version },
      command: view.command,
      entryPoints: entries.map((entry) => ({ module: entryLabel(entry), how: entry.how, ...entry.file && { imagePath: entry.file } })),
      findings,
      stats: { entryPoints: entries.length, files: graph.files, modules: graph.modules, unparsed: graph.unparsed, seconds: Number(staticSeconds.toFixed(3)) },
      boot: booted.boot
    };
  } finally {
    image.fs.close();
    await pool.close();
  }
}
var DEBIAN_BUILDS = { 11: "debian-bookworm", 14: "debian-sid" };
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
function chooseEntries(view, settings) {
  const given = settings.entrypoints;
  if (given && !given.keepDerived) return given.entries;
  if ("error" in view.entries) {
    if (given) return given.entries;
    throw new ConfigurationError(view.entries.error);
  }
  return [...view.entries, ...given?.entries ?? []];
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
function rank(a2, b) {
  return severityRank(a2.severity) - severityRank(b.severity) || (ORIGIN_RANK[a2.origin] ?? 9) - (ORIGIN_RANK[b.origin] ?? 9) || Number(a2.location.repoPath === void 0) - Number(b.location.repoPath === void 0) || a2.chain.length - b.chain.length || displayPath(a2.location).localeCompare(displayPath(b.location)) || a2.location.line - b.location.line;
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
  const shown = modules.length > 6 ? [...modules.slice(0, 2), `\u2026 ${modules.length - 5} more \u2026`, ...modules.slice(-3)] : modules;
  return shown.join(" \u2192 ");
}
function annotationMessage(finding, others = []) {
  const lines = [finding.message];
  if (finding.cause) lines.push(`Cause: ${finding.cause}`);
  if (finding.guard) lines.push(`Guard: ${finding.guard}`);
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
      column: 1
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
    `Paths        ${report2.paths.total} (${Object.entries(report2.paths.byType).sort(([a2], [b]) => a2.localeCompare(b)).map(([type, count2]) => `${count2} ${type}`).join(", ")})`
  ];
  lines.push(...pythonLines(report2));
  return lines.join("\n") + "\n";
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
    ...Object.entries(view.redirects).map(([name, target]) => `  redirect   import ${name} loads ${target} (an import hook from a .pth file)`),
    ...view.editable.flatMap((mapping) => Object.entries(mapping).map(([name, target]) => `  editable   ${name} -> ${target}`)),
    ...sysPath.notes.map((note) => `  note       ${note}`),
    ..."error" in view.entries ? [`Entry points ${view.entries.error}`] : ["Entry points", ...view.entries.map((entry) => `  ${entryLabel(entry).padEnd(50)} ${entry.how}`)],
    ...view.entryNotes.map((note) => `  note       ${note}`)
  ];
}

// src/report/json.ts
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
    cause: finding.cause ?? null,
    causeAt: finding.causeAt ? { kind: finding.causeAt.kind, file: finding.causeAt.repoPath, line: finding.causeAt.line, message: finding.causeAt.message } : null,
    // Each hop is the import statement that brings in `module`.
    chain: finding.chain.map((hop) => ({ module: hop.module, file: displayPath(hop), line: hop.line })),
    boot: finding.boot ?? null
  };
  if (finding.unreported) json.unreported = finding.unreported;
  if (finding.name !== void 0) json.name = finding.name;
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
    result: report2.result,
    failOn: report2.failOn,
    image: report2.image,
    python: report2.python,
    command: report2.command,
    entryPoints: report2.entryPoints,
    counts: reportCounts(report2),
    findings: report2.findings.map(jsonFinding),
    stats: report2.stats,
    boot: report2.boot ?? null
  };
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var IMAGEROOT = "IMAGEROOT";
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
  }
};
var RULE_IDS = Object.keys(RULES);
var SUPPRESSIONS = {
  "type-checking": { kind: "inSource", status: "accepted", justification: "Imported only under `if TYPE_CHECKING:`, which never runs." },
  "dead-branch": { kind: "inSource", status: "accepted", justification: "In a branch the image's interpreter never takes." },
  ignored: { kind: "external", status: "accepted", justification: "Matched by an ignore pattern in the configuration." },
  "import-hook": { kind: "external", status: "underReview", justification: "A parent package installs an import hook or extends its __path__; the module may load although no file is where the path finder looks." }
};
function rule(id) {
  const text = RULES[id];
  return {
    id,
    name: text.name,
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    help: { text: text.help },
    defaultConfiguration: { level: "error" }
  };
}
function encodePath(segments) {
  return segments.map((segment) => encodeURIComponent(segment.toWellFormed())).join("/");
}
function artifactLocation(location) {
  if (location.repoPath !== void 0) {
    const segments = location.repoPath.replaceAll("\\", "/").split("/");
    while (segments[0] === "." || segments[0] === "") segments.shift();
    return { uri: encodePath(segments), uriBaseId: SRCROOT };
  }
  return { uri: encodePath(location.imagePath.replace(/^\/+/, "").split("/")), uriBaseId: IMAGEROOT };
}
function physicalLocation(location) {
  const physical = { artifactLocation: artifactLocation(location) };
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
function withStop(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function messageText(finding) {
  const parts = [finding.message];
  if (finding.cause !== void 0) parts.push(`Cause: ${finding.cause}`);
  if (finding.boot) parts.push(bootText(finding.boot, finding.message));
  return parts.length === 1 ? finding.message : parts.map(withStop).join(" ");
}
function fingerprintKey(finding) {
  const { uri, uriBaseId } = artifactLocation(finding.location);
  return JSON.stringify([finding.kind, finding.module, finding.name ?? null, uriBaseId, uri, finding.location.line]);
}
function toResult(finding, occurrence) {
  const result = {
    ruleId: finding.kind,
    ruleIndex: RULE_IDS.indexOf(finding.kind),
    level: LEVELS[finding.severity],
    message: { text: messageText(finding) },
    locations: [{ physicalLocation: physicalLocation(finding.location) }],
    partialFingerprints: { [FINGERPRINT_KEY]: `${createHash("sha256").update(fingerprintKey(finding)).digest("hex")}:${occurrence}` }
  };
  if (finding.chain.length > 0) {
    result.codeFlows = [
      {
        message: { text: `Import chain from ${finding.chain[0].importer}.` },
        threadFlows: [{ locations: finding.chain.map((hop, index) => ({ location: hopLocation(hop), module: hop.importer, executionOrder: index + 1 })) }]
      }
    ];
    result.relatedLocations = finding.chain.map((hop, index) => hopLocation(hop, index + 1));
  }
  if (finding.causeAt) {
    const { repoPath, line, message } = finding.causeAt;
    const cause = { id: finding.chain.length + 1, physicalLocation: physicalLocation({ imagePath: "", repoPath, line, column: 1 }), message: { text: message } };
    result.relatedLocations = [...result.relatedLocations ?? [], cause];
  }
  if (finding.unreported !== void 0) result.suppressions = [{ ...SUPPRESSIONS[finding.unreported] }];
  result.properties = {
    severity: finding.severity,
    origin: finding.origin,
    module: finding.module,
    ...finding.name === void 0 ? {} : { name: finding.name },
    ...finding.guard === void 0 ? {} : { guard: finding.guard },
    ...finding.unreported === void 0 ? {} : { unreported: finding.unreported },
    ...finding.boot === void 0 ? {} : { boot: finding.boot }
  };
  return result;
}
function bootSummary(boot) {
  return Object.fromEntries(Object.entries(boot).filter(([key]) => key !== "logs"));
}
function toSarif(report2, tool) {
  const seen = /* @__PURE__ */ new Map();
  const results = report2.findings.map((finding) => {
    const key = fingerprintKey(finding);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return toResult(finding, occurrence);
  });
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
            rules: RULE_IDS.map(rule)
          }
        },
        originalUriBaseIds: {
          // The checkout's place is not known here; consumers supply it.
          [SRCROOT]: { description: { text: "The root of the repository." } },
          [IMAGEROOT]: { uri: "file:///", description: { text: "The root of the image's file system." } }
        },
        // The scanner counts columns in UTF-16 code units (JavaScript string offsets).
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          result: report2.result,
          failOn: report2.failOn,
          image: report2.image,
          python: report2.python,
          stats: report2.stats,
          ...report2.boot && { boot: bootSummary(report2.boot) }
        }
      }
    ]
  };
}

// src/report/summary.ts
function plural(count2, word) {
  return `${count2} ${word}${count2 === 1 ? "" : "s"}`;
}
function logTail(logs, count2 = LOG_TAIL_LINES) {
  const all = logs.replace(/\s+$/, "").split(/\r?\n/);
  if (all.length === 1 && all[0] === "") return { lines: [], omitted: 0 };
  let start = Math.max(0, all.length - count2);
  const traceback = all.findLastIndex((line) => /^\s*Traceback \(most recent call last\):/.test(line));
  if (traceback !== -1 && traceback <= start && all.length - traceback <= 2 * count2) start = Math.max(0, traceback - 1);
  return { lines: all.slice(start), omitted: start };
}
var LOG_TAIL_LINES = 40;
function bootLine(boot) {
  if ("reason" in boot) return `not booted: ${boot.reason}`;
  if ("error" in boot) return `could not boot (${boot.mode}): ${boot.error}`;
  return `${boot.mode} boot ${boot.ok ? "passed" : "failed"}: ${boot.outcome}`;
}

// src/report/text.ts
var COLORS2 = { error: "31", warning: "33", notice: "36", bold: "1", dim: "2", green: "32" };
function painter(color) {
  return (style, text) => color ? `\x1B[${COLORS2[style]}m${text}\x1B[0m` : text;
}
function findingLines(finding, paint) {
  const where = finding.location.line > 0 ? `${displayPath(finding.location)}:${finding.location.line}:${finding.location.column}` : finding.location.imagePath;
  const lines = [`${paint(finding.severity, finding.severity.padEnd(7))} ${paint("bold", where)}  ${findingTitle(finding)}`, `        ${finding.message}`];
  lines.push(`        origin: ${finding.origin}${finding.cause ? `; cause: ${finding.cause}` : ""}`);
  if (finding.guard) lines.push(`        guard: ${finding.guard}`);
  if (finding.boot) lines.push(`        ${bootText(finding.boot, finding.message)}`);
  if (finding.chain.length > 0) {
    lines.push(`        chain: ${finding.chain[0].importer}`);
    for (const hop of finding.chain) lines.push(paint("dim", `          -> ${displayPath(hop)}:${hop.line} imports ${hop.module}`));
  }
  return lines;
}
function formatScanText(report2, color = false) {
  const paint = painter(color);
  const counts = reportCounts(report2);
  const verdict = report2.result === "fail" ? paint("error", "FAIL") : paint("green", "PASS");
  const lines = [
    `${paint("bold", "import-guard")} ${verdict}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")} (fails on ${report2.failOn})`,
    `image ${report2.image.label} (${report2.image.location}), Python ${report2.python.version} ${report2.python.executable}`,
    `entry points: ${report2.entryPoints.map((entry) => `${entry.module} (${entry.how})`).join(", ")}`,
    ""
  ];
  for (const finding of report2.findings.filter(isReported)) lines.push(...findingLines(finding, paint), "");
  if (report2.boot) {
    lines.push(bootLine(report2.boot));
    if ("ok" in report2.boot && !report2.boot.ok) {
      const tail = logTail(report2.boot.logs, 20);
      if (tail.omitted > 0) lines.push(paint("dim", `  ... ${tail.omitted} earlier log lines`));
      lines.push(...tail.lines.map((line) => paint("dim", `  | ${line}`)));
    }
    lines.push("");
  }
  const { stats } = report2;
  lines.push(`${plural(stats.files, "file")} scanned, ${plural(stats.modules, "module")} reached, ${stats.unparsed} unparsed, ${stats.seconds.toFixed(2)} s${counts.unreported > 0 ? `; ${plural(counts.unreported, "import")} not reported (type-checking only, dead branches or ignored; --format json lists them)` : ""}`);
  return lines.join("\n") + "\n";
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

// src/cli.ts
var USAGE = `Usage:
  import-guard scan SOURCE [--repo DIR] [--entrypoint ENTRY ...] [--format text|json|sarif|github] [--fail-on LEVEL]
  import-guard inspect SOURCE [--json]

Commands:
  scan SOURCE      Walk the image's imports from its entry points and report what will fail.
  inspect SOURCE   Show what the guard sees in an image: configuration, layers, Python, sys.path, entry points.

SOURCE is ${SOURCE_FORMS}.

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
  --format F             text (default), json, sarif, or github (workflow commands).
  --fail-on LEVEL        error (default), warning, notice, or never: the exit status is 1 at this level.
  --boot MODE            auto (default: import for a docker: image of this machine's architecture,
                         else none), import, serve, or none.
                         import: the image's interpreter imports each entry module in a container with no network.
                         serve: the image's own command runs until --health-path answers or its HEALTHCHECK is healthy.
  --env NAME=VALUE       A variable for the booted container (NAME alone passes this process's value); repeatable.
  --env-file FILE        Variables for the booted container, one NAME=VALUE per line. Values are masked in all output.
  --port PORT            serve: the container port to publish on 127.0.0.1 (default: the image's EXPOSE).
  --health-path PATH     serve: a path that answers 2xx when the service is up, /health.
  --boot-timeout SECS    How long the boot may take (default 60).
  --boot-memory LIMIT    The booted container's memory limit (default 512m).
Common options:
  --platform P           Pick this platform from a multi-platform image (default linux/amd64).
  --image-config FILE    For dir: sources, the image configuration (config blob or docker inspect output).
  --json                 inspect: print JSON.
  --quiet                No progress on stderr.
  -h, --help             Show this help.

Exit status: 0 passed, 1 findings at the --fail-on level, 2 a usage or input problem (or a boot that
could not run), 3 an internal error.
`;
var FORMATS = ["text", "json", "sarif", "github"];
function report(format2, result, color) {
  switch (format2) {
    case "json":
      return JSON.stringify(toJsonReport(result), null, 2) + "\n";
    case "sarif":
      return JSON.stringify(toSarif(result, { version: TOOL_VERSION }), null, 2) + "\n";
    case "github":
      return formatWorkflowCommands(planAnnotations(result.findings).annotations);
    default:
      return formatScanText(result, color);
  }
}
async function entryLines(values) {
  const lines = [...values.entrypoint ?? []];
  const file = values["entrypoints-file"];
  if (file) {
    try {
      lines.push(...(await readFile3(file, "utf8")).split("\n"));
    } catch (error) {
      throw new ConfigurationError(`cannot read --entrypoints-file ${file}: ${error.message}`);
    }
  }
  return lines;
}
async function withContainersRemovedOnSignal(runId, work) {
  const onSignal = (signal) => {
    void removeRunContainers(runId).catch(() => 0).finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await work();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
async function runCli(argv, out, err) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "json": { type: "boolean", default: false },
        "platform": { type: "string" },
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
        "format": { type: "string", default: "text" },
        "fail-on": { type: "string" },
        "boot": { type: "string" },
        "env": { type: "string", multiple: true },
        "env-file": { type: "string" },
        "port": { type: "string" },
        "health-path": { type: "string" },
        "boot-timeout": { type: "string" },
        "boot-memory": { type: "string" },
        "quiet": { type: "boolean", default: false },
        "help": { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    err.write(`import-guard: ${error.message}

${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
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
  if (!FORMATS.includes(values.format)) {
    err.write(`import-guard: --format is ${JSON.stringify(values.format)}; expected one of ${FORMATS.join(", ")}
`);
    return 2;
  }
  const logger = {
    info: (message) => values.quiet || err.write(`${message}
`),
    warn: (message) => err.write(`warning: ${message}
`),
    debug: () => {
    }
  };
  try {
    const settings = makeSettings({
      image: rest[0],
      platform: values.platform,
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
      boot: values.boot ?? (command === "inspect" ? "none" : void 0),
      env: values.env,
      envFile: values["env-file"] ? { name: values["env-file"], lines: await readEnvFile(values["env-file"]) } : void 0,
      port: values.port,
      healthPath: values["health-path"],
      bootTimeout: values["boot-timeout"],
      bootMemory: values["boot-memory"]
    });
    if (command === "inspect") {
      const inspected = await inspectImage(settings, logger);
      out.write(values.json ? JSON.stringify(inspected, null, 2) + "\n" : formatInspectText(inspected));
      return 0;
    }
    const result = await withContainersRemovedOnSignal(settings.boot.runId, () => scanImage(settings, logger));
    const color = out.isTTY === true && !process.env.NO_COLOR;
    out.write(report(values.format, result, color));
    if (result.boot && "error" in result.boot) {
      err.write(`import-guard: could not boot the image: ${result.boot.error}
`);
      return 2;
    }
    return result.result === "fail" ? 1 : 0;
  } catch (error) {
    if (isUserError(error)) {
      err.write(`import-guard: ${error.message}
`);
      return 2;
    }
    err.write(`import-guard: internal error, please report it: ${error.stack ?? String(error)}
`);
    return 3;
  }
}

// src/cli-main.ts
process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
