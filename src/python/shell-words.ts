/**
 * Just enough of the POSIX shell to read the commands of `sh -c "..."` and of entrypoint scripts:
 * quoting, escapes, parameter expansion from a known environment, and command separators.
 * Anything the shell would compute at run time (command substitution, globs) is kept as text.
 */

/** Stands for `"$@"` / `$@` in a script: the script's own arguments, spliced in by the caller. */
export const ALL_ARGUMENTS = '\u0000@';

export type Lookup = (name: string) => string | undefined;

/** Splits shell text into simple commands (words after expansion), in order. */
export function shellCommands(text: string, lookup: Lookup): string[][] {
  return [...eachShellCommand(text, lookup)];
}

/**
 * Yields the simple commands of shell text one at a time. Like the shell, it expands a command's
 * words only when it reaches that command, so the caller can apply `export` and assignments of one
 * command before the next is read.
 */
export function* eachShellCommand(text: string, lookup: Lookup): Generator<string[], void, undefined> {
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
  /** Ends the current command; returns its words, or undefined when it has none. */
  const endCommand = (): string[] | undefined => {
    endWord();
    const command = words.length > 0 ? words : undefined;
    words = [];
    return command;
  };
  let i = 0;
  // Expands `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME-default}` starting at text[i] === '$'.
  const expand = (): string => {
    const next = text[i + 1];
    if (next === '@' || next === '*') {
      i += 2;
      return ALL_ARGUMENTS;
    }
    if (next === '{') {
      const close = text.indexOf('}', i + 2);
      if (close === -1) {
        i++;
        return '$';
      }
      const body = text.slice(i + 2, close);
      i = close + 1;
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(?::?([-=+?])(.*))?$/s.exec(body);
      if (!match) return '';
      const value = lookup(match[1]!);
      const op = match[2];
      const colon = body.charAt(match[1]!.length) === ':';
      const unset = value === undefined || (colon && value === '');
      if (op === '-' || op === '=') return unset ? match[3]! : value;
      if (op === '+') return unset ? '' : match[3]!;
      return value ?? '';
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (name) {
      i += 1 + name[0].length;
      return lookup(name[0]) ?? '';
    }
    i++;
    return '$';
  };
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
      inWord = true;
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && '$`"\\\n'.includes(text[i + 1] ?? '')) {
          if (text[i + 1] !== '\n') word += text[i + 1];
          i += 2;
        } else if (text[i] === '$') word += expand();
        else word += text[i++];
      }
      i++;
    } else if (c === '$') {
      // Unquoted, the result is split into fields at blanks, and an empty one makes no word at all.
      const value = expand();
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
      const command = endCommand();
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
  const command = endCommand();
  if (command) yield command;
}
