/**
 * Text from the image (module names, the command's words, tags, exception messages, the
 * container's log) made safe for a log: the Actions runner must not read it as a workflow
 * command, and a terminal must not run its escape sequences.
 */

/**
 * Where the runner starts a line (.NET's ReadLine splits at CR, LF and CRLF; the other breaks are
 * here to be safe), then what it trims before looking for `::` (.NET whitespace) and, to be safe,
 * other characters that show nothing. The blanks hold no line break, so each is looked at once.
 */
const COMMAND_AT_LINE_START = /(^|\r\n|[\r\n\u0085\u2028\u2029])([[\p{Cc}\p{Zs}\u180e\u200b-\u200d\u2060\ufeff]--[\r\n\u0085]]*)::/gv;

/** The runner's old command form, `##[name]data`, is read anywhere in a line. */
const OLD_COMMAND = /##\[/g;

/**
 * Text the runner reads as plain log lines: a line that would start a workflow command
 * (`::error::`, `::stop-commands::`, after any blanks) gets a backslash before its `::`, and the
 * old form `##[` becomes `##\[`. Everything else is left as it is, so the log still shows what
 * the image holds.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text.replace(COMMAND_AT_LINE_START, '$1$2\\::').replace(OLD_COMMAND, '##\\[');
}

/**
 * JSON text (a report printed to the step's log) with `##[` written as `#\u0023[`: the same JSON
 * value, not a command. JSON holds `#` only inside strings, and its lines never start with `::`.
 */
export function neutralizeJsonCommands(json: string): string {
  return json.replace(OLD_COMMAND, '#\\u0023[');
}

/**
 * C0 and C1 control characters but line feed and tab, and the bidirectional overrides that make
 * text read differently than it is, written visibly (`\x1b`, `\r`, `\u202e`): a terminal then
 * shows an image's escape sequence instead of running it.
 */
const CONTROL = /[[\p{Cc}--[\t\n]]\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gv;

const NAMED: Record<string, string> = { '\r': '\\r', '\x0b': '\\v', '\f': '\\f', '\b': '\\b', '\0': '\\0' };

export function showControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `showControls`, and line feeds written `\n` too: a value that must stay on its line. */
export function oneLine(text: string): string {
  return showControls(text).replace(/\n/g, '\\n');
}

/** Text for a terminal that may be a workflow step's log. */
export function terminalText(text: string): string {
  return neutralizeWorkflowCommands(showControls(text));
}

/**
 * At most `max` UTF-16 units of `text` (never half a surrogate pair), and how many were left out;
 * reports keep image text this short where a long value would crowd out the rest.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}… (${text.length - cut} more characters)`;
}
