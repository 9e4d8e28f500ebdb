/**
 * Text from the image in GitHub Markdown (job summary, pull request comment, check run): shown
 * as the characters it holds, never as Markdown, HTML, a link, a mention or a Mermaid command.
 */
import { clip, showControls } from './log-text.ts';

/**
 * Character references for everything Markdown or HTML reads inline: emphasis (`*`, `_`), code
 * (`` ` ``), strikethrough (`~`), links and images (`[`, `]`, `!`), math (`$`), table cells (`|`),
 * headings (`#`), tags and entities (`<`, `>`, `&`), and backslash escapes. A character reference
 * is literal text in both Markdown and HTML blocks, where a backslash escape is not.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '*': '&#42;',
  '_': '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '!': '&#33;',
  '$': '&#36;',
  '|': '&#124;',
  '#': '&#35;',
  '\\': '&#92;',
};

const SPECIAL = /[&<>`*_~[\]!$|#\\]/g;

/** An invisible character that joins what it separates into one word: no line break, no link. */
const WORD_JOINER = '&#8288;';

/**
 * Inline text: characters escaped as above; line breaks as `<br>` so nothing starts a new
 * block; `@name` and `#123` cut by a word joiner so that GitHub neither mentions a user nor links
 * an issue; `scheme://` and `www.` cut the same way so that nothing becomes a live link; control
 * characters written visibly. At most `max` characters of the value are shown.
 */
export function markdownText(text: string, max = MAX_VALUE_CHARS): string {
  return showControls(clip(text, max).replace(/\r\n|[\r\u2028\u2029]/g, '\n'))
    .replace(SPECIAL, (char) => ENTITIES[char]!)
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/&#35;/g, `&#35;${WORD_JOINER}`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/(w)(ww\.)/gi, `$1${WORD_JOINER}$2`)
    .replace(/\n/g, '<br>');
}

/** Inline code for text from the image: a `<code>` element, since a code span breaks on a backtick. */
export function markdownCode(text: string, max = MAX_VALUE_CHARS): string {
  return `<code>${markdownText(text, max)}</code>`;
}

/**
 * Escaped inline text with a `<wbr>` after each `/` and `.` of a word longer than
 * `LONG_WORD_CHARS`: a module path or file path then wraps in a table cell at GitHub's width
 * instead of widening the table, and copies without any extra character (GitHub keeps `<wbr>`).
 */
export function withBreaks(escaped: string): string {
  // A character reference counts as the one character it stands for.
  return escaped.replace(/[^\s]+/g, (word) => (word.replace(/&#?\w+;/g, '_').length > LONG_WORD_CHARS ? word.replace(/(?<=.)([/.])(?=[^/.])/g, '$1<wbr>') : word));
}

/** A word longer than this many characters may wrap after its `/` and `.` characters. */
const LONG_WORD_CHARS = 40;

/** An attribute value in double or single quotes (a link's address). */
export function htmlAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/**
 * A fenced code block around `lines`: its fence is longer than any run of backticks in them, so
 * no line of the text can close it.
 */
export function codeBlock(lines: readonly string[], info = ''): string[] {
  let longest = 0;
  for (const line of lines) for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...lines, fence];
}

/**
 * A label inside a Mermaid diagram's quotes: letters, digits and `./:-` as they are, every other
 * character as Mermaid's `#code;` entity, which Mermaid writes out as a character reference. No
 * quote, backtick, bracket, tag or line break reaches the diagram's source, and no underscore:
 * Mermaid reads Markdown in labels, so `__init__` would be drawn as a bold "init".
 */
export function mermaidLabel(text: string, max = MAX_VALUE_CHARS): string {
  return [...clip(text, max)].map((char) => (/^[A-Za-z0-9./:\- ]$/.test(char) ? char : `#${char.codePointAt(0)};`)).join('');
}

/** A value from the image is shown up to this many characters in Markdown; the reports hold it whole. */
export const MAX_VALUE_CHARS = 500;
