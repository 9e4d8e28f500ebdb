/**
 * Python tracebacks in a container's log: plain ones, chained ones ("During handling of the
 * above exception..." and "The above exception was the direct cause..."), syntax errors, and
 * tracebacks carried inside JSON log lines (`exc_info`, `stack_trace`, `exception` fields), as
 * CPython 3.6 to 3.13 writes them. Lines before a traceback (gunicorn's "[ERROR] Exception in
 * worker process", uvicorn's "Error loading ASGI app") are left to the caller.
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
  /** 1-based line of the log where this chain's first traceback starts. */
  logLine: number;
}

/**
 * The line a traceback starts with: indented (the indent is the traceback's own), or after a log
 * record's prefix, as uvicorn logs a failed startup (`ERROR:    Traceback (most recent call last):`),
 * in which case the frames that follow are not indented.
 */
const HEADER = /^(?:(\s*)|[^\n]*?[:\]]\s+)Traceback \(most recent call last\):\s*$/;
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
  return !/^(\[|\{|\d{4}-\d\d-\d\d|INFO|ERROR|WARNING|DEBUG|CRITICAL)/.test(text) && text !== CONTEXT && text !== CAUSE;
}

/** Every traceback chain in plain log text: one entry per chain, the last exception raised. */
function fromText(text: string, lineOffset: number): Traceback[] {
  const lines = text.split(/\r?\n/);
  const found: Traceback[] = [];
  let pending: { relation: 'context' | 'cause'; traceback: Traceback } | undefined;
  let chainStart = -1;
  for (let index = 0; index < lines.length; index++) {
    if (!HEADER.test(lines[index]!)) continue;
    const reading = readOne(lines, index);
    if (!reading) continue;
    if (!pending) chainStart = index;
    const traceback: Traceback = { exception: reading.exception, message: reading.message, frames: reading.frames, logLine: lineOffset + chainStart + 1, ...(pending && { previous: pending }) };
    // A chain goes on when the next lines say how the next traceback relates to this one.
    let next = reading.end;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const relation = lines[next]?.trim() === CONTEXT ? 'context' : lines[next]?.trim() === CAUSE ? 'cause' : undefined;
    if (relation) {
      pending = { relation, traceback };
      index = next;
      continue;
    }
    pending = undefined;
    found.push(traceback);
    index = reading.end - 1;
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
