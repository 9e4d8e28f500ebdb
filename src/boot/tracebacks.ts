/**
 * Python tracebacks in a container's log: plain ones, chained ones ("During handling of the
 * above exception..." and "The above exception was the direct cause..."), syntax errors,
 * exception groups drawn in boxes (3.11+), and tracebacks carried inside JSON log lines
 * (`exc_info`, `stack_trace`, `exception` fields), as CPython 3.6 to 3.13 writes them. Lines
 * before a traceback (gunicorn's "[ERROR] Exception in worker process") are left to the caller.
 */

export interface TracebackFrame {
  file: string;
  line: number;
  /** The function, `<module>` at module level; absent for the location line of a SyntaxError. */
  function?: string;
}

export interface Traceback {
  /** As printed: `ModuleNotFoundError`, `app.errors.BootError`. */
  exception: string;
  /** Everything after `Type: `, lines joined with `\n`; '' when there is none. */
  message: string;
  /** Outermost first, as printed. */
  frames: TracebackFrame[];
  /** The exception being handled when this one was raised, or its explicit cause. */
  previous?: { relation: 'context' | 'cause'; traceback: Traceback };
  /** For an exception group (3.11+): its sub-exceptions, as printed (at most 15 a group, 10 groups deep). */
  group?: Traceback[];
  /** 1-based line of the log where this chain's first traceback starts. */
  logLine: number;
}

/**
 * The line a traceback starts with: indented (the indent is the traceback's own), or after a log
 * record's prefix, as uvicorn logs a failed startup (`ERROR:    Traceback (most recent call last):`),
 * in which case the frames that follow are not indented.
 */
const HEADER = /^(?:(\s*)|[^\n]*?[:\]]\s+)(Exception Group )?Traceback \(most recent call last\):\s*$/;
const FRAME = /^\s*File "(.*)", line (\d+)(?:, in (.+))?\s*$/;
const CONTEXT = 'During handling of the above exception, another exception occurred:';
const CAUSE = 'The above exception was the direct cause of the following exception:';
/** `Type: message` or a bare `Type` that ends a traceback; dotted names for non-builtin types. */
const EXCEPTION = /^([A-Za-z_][\w.]*)(?::(?: (.*))?)?$/;

/** Fields of a JSON log line that hold a formatted traceback. */
const JSON_FIELDS = ['exc_info', 'stack_trace', 'stacktrace', 'exception', 'traceback', 'error.stack', 'exc_text'];

interface Reading {
  exception: string;
  message: string;
  frames: TracebackFrame[];
  /** Index of the line after the traceback's last line. */
  end: number;
}

/** Reads one traceback whose header is at `start`; undefined when what follows is not one. */
function readOne(lines: readonly string[], start: number): Reading | undefined {
  const indent = HEADER.exec(lines[start]!)![1] ?? '';
  const frames: TracebackFrame[] = [];
  let index = start + 1;
  while (index < lines.length) {
    const line = lines[index]!;
    const frame = FRAME.exec(line);
    if (frame && line.startsWith(`${indent}  File "`)) {
      frames.push({ file: frame[1]!, line: Number(frame[2]), ...(frame[3] !== undefined && { function: frame[3].trim() }) });
      index++;
      continue;
    }
    // Source lines, `^^^` and `~~~` markers, and "[Previous line repeated N more times]" are indented deeper.
    if (line.startsWith(`${indent} `) && frames.length > 0 && !line.slice(indent.length).startsWith(' File')) {
      if (!line.startsWith(`${indent}    `) && !/^\s*\[Previous line repeated \d+ more times?\]$/.test(line) && !/^\s+\.\.\.\s*$/.test(line)) break;
      index++;
      continue;
    }
    break;
  }
  const last = lines[index];
  // A raised exception's traceback has at least one frame.
  if (frames.length === 0 || last === undefined || !last.startsWith(indent)) return undefined;
  const match = EXCEPTION.exec(last.slice(indent.length).trimEnd());
  if (!match) return undefined;
  const message = [match[2] ?? ''];
  index++;
  // A message may go on over more lines, up to a blank line, the next traceback or the log's next record.
  while (index < lines.length && lines[index] !== '' && !HEADER.test(lines[index]!) && continuesMessage(lines[index]!, indent)) {
    message.push(lines[index]!.slice(indent.length));
    index++;
  }
  return { exception: match[1]!, message: message.join('\n'), frames, end: index };
}

/** Whether a line after `Type: message` is more of the message rather than the log's next record. */
function continuesMessage(line: string, indent: string): boolean {
  if (!line.startsWith(indent)) return false;
  const text = line.slice(indent.length);
  // Log records start with a timestamp, a bracket, a level or a JSON object.
  return !/^(\[|\{|\d{4}-\d\d-\d\d|INFO|ERROR|WARNING|DEBUG|CRITICAL|\+-)/.test(text) && text !== CONTEXT && text !== CAUSE;
}

/**
 * How CPython 3.11+ starts an exception group raised at the top: the group is drawn in a box,
 * `| ` before its lines, and each sub-exception in a box of its own two columns in.
 */
const BOX_HEADER = /^(\s*)\+ Exception Group Traceback \(most recent call last\):\s*$/;

/** The lines of the box drawn at `column` from `start` on. */
function boxExtent(lines: readonly string[], start: number, column: number): string[] {
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.length <= column || line.slice(0, column).trim() !== '' || !'|+ '.includes(line[column]!) || line.trim() === '') break;
  }
  return lines.slice(start, end);
}

/** A box's lines as the text it draws: `| ` and `+ ` taken off at `column`, nested boxes moved along with it. */
function unbox(lines: readonly string[], column: number): string[] {
  return lines.map((line) => (line[column] === '|' || (line[column] === '+' && line[column + 1] === ' ') ? line.slice(column + 2) : line.slice(column)));
}

/**
 * The sub-exceptions drawn below a group's exception line: from `start` (its `+-+` line) on,
 * `+--- N ---` two columns in starts the next, a line of dashes alone closes the last. Each is
 * returned as the text its box draws, with the index after them.
 */
function subExceptions(lines: readonly string[], start: number, indent: number): { subs: string[][]; end: number } {
  const column = indent + 2;
  const subs: string[][] = [[]];
  let index = start + 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    // Back at the group's own column (its chain goes on), or past the drawing.
    if (line.length <= column || line.slice(0, column).trim() !== '') break;
    const rest = line.slice(column);
    if (rest.startsWith('+--')) {
      if (!/\d/.test(rest)) {
        index++;
        break;
      }
      subs.push([]);
      continue;
    }
    subs.at(-1)!.push(line);
  }
  return { subs: subs.map((sub) => unbox(sub, column)), end: index };
}

/** One sub-exception's text: a traceback (with its chain), or the exception line of one never raised, with its own members. */
function readMember(text: readonly string[], logLine: number): Traceback | undefined {
  const chains = fromText(text.join('\n'), logLine - 1);
  if (chains.length > 0) return { ...chains.at(-1)!, logLine };
  const match = EXCEPTION.exec(text[0]?.trimEnd() ?? '');
  if (!match) return undefined;
  const member: Traceback = { exception: match[1]!, message: match[2] ?? '', frames: [], logLine };
  return text[1]?.startsWith('+-+') ? { ...member, group: membersOf(text, 1, 0, logLine).group } : member;
}

/** A group's members, read from its `+-+` line at `start` on, and the index after them. */
function membersOf(lines: readonly string[], start: number, indent: number, logLine: number): { group: Traceback[]; end: number } {
  const { subs, end } = subExceptions(lines, start, indent);
  return { group: subs.map((sub) => readMember(sub, logLine)).filter((member): member is Traceback => member !== undefined), end };
}

/** Every traceback chain in plain log text: one entry per chain, the last exception raised. */
function fromText(text: string, lineOffset: number): Traceback[] {
  const lines = text.split(/\r?\n/);
  const found: Traceback[] = [];
  let pending: { relation: 'context' | 'cause'; traceback: Traceback } | undefined;
  let chainStart = -1;
  for (let index = 0; index < lines.length; index++) {
    // A traceback, or an exception group's box: what it raised, and the index after its last line.
    let read: { traceback: Omit<Traceback, 'logLine' | 'previous'>; end: number } | undefined;
    const box = BOX_HEADER.exec(lines[index]!);
    if (box) {
      const drawn = boxExtent(lines, index, box[1]!.length);
      const group = fromText(unbox(drawn, box[1]!.length).join('\n'), lineOffset + index).at(-1);
      if (group) read = { traceback: group, end: index + drawn.length };
    } else {
      const header = HEADER.exec(lines[index]!);
      const reading = header ? readOne(lines, index) : undefined;
      if (header && reading) {
        read = { traceback: { exception: reading.exception, message: reading.message, frames: reading.frames }, end: reading.end };
        // A group's members are drawn below its exception line.
        const indent = header[1] ?? '';
        if (header[2] && lines[reading.end]?.startsWith(`${indent}+-+`)) {
          const members = membersOf(lines, reading.end, indent.length, lineOffset + index + 1);
          read = { traceback: { ...read.traceback, group: members.group }, end: members.end };
        }
      }
    }
    if (!read) continue;
    if (!pending) chainStart = index;
    const traceback: Traceback = { ...read.traceback, logLine: lineOffset + chainStart + 1, ...(pending && { previous: pending }) };
    // A chain goes on when the next lines say how the next traceback relates to this one.
    let next = read.end;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const relation = lines[next]?.trim() === CONTEXT ? 'context' : lines[next]?.trim() === CAUSE ? 'cause' : undefined;
    if (relation) {
      pending = { relation, traceback };
      index = next;
      continue;
    }
    pending = undefined;
    found.push(traceback);
    index = read.end - 1;
  }
  return found;
}

/** A traceback string inside a JSON log line's field, if the line is JSON and has one. */
function jsonTraceback(line: string): string | undefined {
  const start = line.indexOf('{');
  if (start === -1 || !line.includes('Traceback (most recent call last)')) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(line.slice(start));
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null) return undefined;
  for (const field of JSON_FIELDS) {
    const value = field.split('.').reduce<unknown>((object, key) => (typeof object === 'object' && object !== null ? (object as Record<string, unknown>)[key] : undefined), record);
    if (typeof value === 'string' && value.includes('Traceback (most recent call last)')) return value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('');
  }
  return undefined;
}

/** Every traceback chain in a container's log, plain or inside JSON log lines, in log order. */
export function parseTracebacks(log: string): Traceback[] {
  const found = fromText(log, 0);
  log.split(/\r?\n/).forEach((line, index) => {
    const inner = jsonTraceback(line);
    if (inner) found.push(...fromText(inner, 0).map((traceback) => ({ ...traceback, logLine: index + 1 })));
  });
  return found.sort((a, b) => a.logLine - b.logLine);
}

/** The innermost frame that `isApplication` accepts: where the application's own code failed. */
export function applicationFrame(traceback: Traceback, isApplication: (file: string) => boolean): TracebackFrame | undefined {
  return [...traceback.frames].reverse().find((frame) => isApplication(frame.file));
}
