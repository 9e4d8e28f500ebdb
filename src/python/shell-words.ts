/**
 * Just enough of the POSIX shell to read the commands of `sh -c "..."` and of entrypoint scripts:
 * quoting, escapes, parameter expansion from a known environment, and command separators.
 * Anything the shell would compute at run time (command substitution, globs) is kept as text.
 */

/** Stands for `"$@"` / `$@` in a script: the script's own arguments, spliced in by the caller. */
export const ALL_ARGUMENTS = '\u0000@';

/** A variable's value; asked for `0` too (`$0`, the script's own name), which no environment variable can be. */
export type Lookup = (name: string) => string | undefined;

/** Splits shell text into simple commands (words after expansion), in order. */
export function shellCommands(text: string, lookup: Lookup): string[][] {
  return [...eachShellCommand(text, lookup)];
}

/** The index of the `"` that closes a double-quoted string whose text starts at `from`, or the text's length. */
function closingQuote(text: string, from: number): number {
  let j = from;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return Math.min(j, text.length);
}

/** The index of the `}` that closes a `${` whose body starts at `from`, past quotes and nested `${...}`; -1 if none. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === "'") {
      j = text.indexOf("'", j + 1);
      if (j === -1) return -1;
    } else if (c === '"') {
      j = closingQuote(text, j + 1);
    } else if (c === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (c === '}' && --depth === 0) return j;
  }
  return -1;
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:=word}`, `${NAME:+word}` at text[start] === '$'.
 * `inDoubleQuotes`: the expansion is inside "...", where single quotes in the word are plain characters.
 */
function expandAt(text: string, start: number, lookup: Lookup, inDoubleQuotes = false): { value: string; end: number } {
  const next = text[start + 1];
  if (next === '@' || next === '*') return { value: ALL_ARGUMENTS, end: start + 2 };
  // `$0` stays as written when the caller does not know it.
  if (next === '0') return { value: lookup('0') ?? '$0', end: start + 2 };
  if (next === '{') {
    const close = closingBrace(text, start + 2);
    if (close === -1) return { value: '$', end: start + 1 };
    const body = text.slice(start + 2, close);
    const end = close + 1;
    if (body === '0') return { value: lookup('0') ?? '${0}', end };
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?::?([-=+?])(.*))?$/s.exec(body);
    if (!match) return { value: '', end };
    const value = lookup(match[1]!);
    const op = match[2];
    const colon = body.charAt(match[1]!.length) === ':';
    const unset = value === undefined || (colon && value === '');
    // The word is itself expanded, and its quotes removed.
    if (op === '-' || op === '=') return { value: unset ? expandWord(match[3]!, lookup, inDoubleQuotes) : value, end };
    if (op === '+') return { value: unset ? '' : expandWord(match[3]!, lookup, inDoubleQuotes), end };
    return { value: value ?? '', end };
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start + 1));
  if (name) return { value: lookup(name[0]) ?? '', end: start + 1 + name[0].length };
  return { value: '$', end: start + 1 };
}

/** The text of a double-quoted string whose opening `"` is at text[start]: only `$`, `` ` ``, `"`, `\` and newline are escaped, `$` expands. */
function doubleQuoted(text: string, start: number, lookup: Lookup): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\' && '$`"\\\n'.includes(text[i + 1] ?? '')) {
      if (text[i + 1] !== '\n') value += text[i + 1];
      i += 2;
    } else if (text[i] === '$') {
      const expansion = expandAt(text, i, lookup, true);
      value += expansion.value;
      i = expansion.end;
    } else value += text[i++];
  }
  return { value, end: i + 1 };
}

/** One word after expansion and quote removal, without field splitting: the word of `${NAME:-word}`. */
function expandWord(text: string, lookup: Lookup, inDoubleQuotes: boolean): string {
  let value = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') {
      value += text[i + 1] ?? '';
      i += 2;
    } else if (c === "'" && !inDoubleQuotes) {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"' || c === '$') {
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

/**
 * Yields the simple commands of shell text one at a time. Like the shell, it expands a command's
 * words only when it reaches that command, so the caller can apply `export` and assignments of one
 * command before the next is read.
 */
export function* eachShellCommand(text: string, lookup: Lookup): Generator<string[], void, undefined> {
  for (const statement of eachShellStatement(text, lookup)) yield statement.words;
}

export interface ShellStatement {
  words: string[];
  /**
   * Whether the command follows `&&`, `||`, `|`, `&` or `(`: it may not run, or runs in a pipeline,
   * in the background or in a subshell, so an `exec` or `exit` in it does not end the script.
   */
  conditional: boolean;
}

/** eachShellCommand, with what separates each command from the one before it. */
export function* eachShellStatement(text: string, lookup: Lookup): Generator<ShellStatement, void, undefined> {
  let words: string[] = [];
  let word = '';
  let inWord = false;
  /** Whether the current token has begun, even if it holds nothing yet (an empty unquoted expansion): `#` only starts a comment outside one. */
  let started = false;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
    started = false;
  };
  /** Whether a separator that makes the next command conditional came since the last command. */
  let conditional = false;
  /** Open `(`: commands inside run in a subshell. A `)` of a `case` pattern has none to close. */
  let subshells = 0;
  /** Ends the current command; returns it, or undefined when it has no words. */
  const endCommand = (separator: string): ShellStatement | undefined => {
    endWord();
    const command = words.length > 0 ? { words, conditional: conditional || subshells > 0 } : undefined;
    if (command) conditional = false;
    if (separator === '&' || separator === '|') conditional = true;
    else if (separator === '(') subshells++;
    else if (separator === ')') subshells = Math.max(0, subshells - 1);
    words = [];
    return command;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') {
      if (text[i + 1] === '\n') i += 2;
      else {
        word += text[i + 1] ?? '';
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
      const quoted = doubleQuoted(text, i, lookup);
      word += quoted.value;
      inWord = true;
      i = quoted.end;
    } else if (c === '$') {
      // Unquoted, the result is split into fields at blanks, and an empty one makes no word at all.
      const { value, end } = expandAt(text, i, lookup);
      i = end;
      if (value === ALL_ARGUMENTS) {
        word += value;
        inWord = true;
      } else {
        value.split(/[ \t\n]+/).forEach((field, index) => {
          if (index > 0) endWord();
          if (field !== '') {
            word += field;
            inWord = true;
          }
        });
      }
      started = true;
    } else if (c === '#' && !inWord && !started) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === ';' || c === '\n' || c === '&' || c === '|' || c === '(' || c === ')') {
      i++;
      const command = endCommand(c);
      if (command) yield command;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  const command = endCommand('');
  if (command) yield command;
}
