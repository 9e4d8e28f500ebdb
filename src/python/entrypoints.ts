/**
 * The image's ENTRYPOINT and CMD -> the Python modules that run when the container starts:
 * through shells and init wrappers, to the interpreter, an app server's app and worker class,
 * a script, a console script or a Django settings module.
 */
import path from 'node:path';
import type { ImageConfig } from '../image/config.ts';
import type { ImageFs } from '../image/image-fs.ts';
import { environmentOf, findOnPath, type Launcher, shebangInterpreter, workingDirOf } from './environment.ts';
import { djangoSettingsDefault } from './django.ts';
import { type PathAdditions, readLaunches } from './launchers.ts';
import { ALL_ARGUMENTS, eachShellStatement, shellCommands } from './shell-words.ts';

export type EntryRole =
  /** An app object `module:attr` an app server loads. */
  | 'app'
  /** A module run or imported by name (`python -m`, celery `-A`, an `entrypoints` line). */
  | 'module'
  /** A file run as `__main__` (a script, a console script, `python -c`). */
  | 'script'
  /** An app server's worker class. */
  | 'worker-class'
  /** A server's configuration file, which is Python that runs first. */
  | 'config'
  /** A Django settings module: its dotted strings (INSTALLED_APPS, MIDDLEWARE...) are imports too. */
  | 'django-settings';

export interface EntryPoint {
  role: EntryRole;
  /** The module to import; `__main__` for scripts. */
  module: string;
  /** For `app` and `worker-class`: the attribute the server takes from the module. */
  attr?: string;
  /** For `app`: `attr` is a function the program calls as it starts (a console script's target). */
  called?: boolean;
  /** For scripts and configuration files: the file in the image. */
  file?: string;
  /** For `python -c`: the code itself. */
  code?: string;
  /** How it was found, in words. */
  how: string;
  /** For scripts: it starts other Python programs, derived as entry points of their own. */
  launches?: boolean;
}

export interface EntryPlan {
  /** The command that starts Python, after shells and wrappers are taken off. */
  command: string[];
  /** The interpreter that runs it (a path in the image), or undefined if none was found. */
  interpreter?: string;
  launcher: Launcher;
  /** The configuration as that command sees it: working directory and environment after `cd`, `export`, `env` and server options. */
  config: ImageConfig;
  entries: EntryPoint[];
  /** What was noticed on the way, for the report. */
  notes: string[];
  /** Folders the script that keeps running adds to its sys.path (`sys.path.insert(0, ...)`). */
  pathAdditions?: PathAdditions;
  /** Where a chain of scripts could not be followed further: the last file read and what it runs. */
  stops?: string[];
}

const PYTHON_NAME = /^python(3(\.\d+)?)?$/;

/** Whether a program (a name or a path) is a Python interpreter: `python`, `python3`, `python3.12`. */
export function isPythonProgram(program: string): boolean {
  return PYTHON_NAME.test(path.posix.basename(program));
}
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);
/** Reserved words a command may follow (`then exec gunicorn ...`, `if python -m check`). */
const SHELL_PREFIX_WORDS = new Set(['if', 'then', 'else', 'elif', 'while', 'until', 'do', '!', '{', '}']);

/** gunicorn's SUPPORTED_WORKERS: short worker names and the class each loads. */
const GUNICORN_WORKERS: Record<string, string> = {
  sync: 'gunicorn.workers.sync.SyncWorker',
  eventlet: 'gunicorn.workers.geventlet.EventletWorker',
  gevent: 'gunicorn.workers.ggevent.GeventWorker',
  gevent_wsgi: 'gunicorn.workers.ggevent.GeventPyWSGIWorker',
  gevent_pywsgi: 'gunicorn.workers.ggevent.GeventPyWSGIWorker',
  tornado: 'gunicorn.workers.gtornado.TornadoWorker',
  gthread: 'gunicorn.workers.gthread.ThreadWorker',
};

/** Options of each server that take no value; every other option takes one. */
const FLAGS: Record<string, ReadonlySet<string>> = {
  gunicorn: new Set(['--preload', '--reload', '-D', '--daemon', '--spew', '--check-config', '--print-config', '--capture-output', '-R', '--enable-stdio-inheritance', '--no-sendfile', '--reuse-port', '--initgroups', '--proxy-protocol', '--suppress-ragged-eofs', '--do-handshake-on-connect', '--strip-header-spaces', '--permit-unconventional-http-method', '--permit-unconventional-http-version', '--casefold-http-method', '--permit-obsolete-folding', '--log-syslog', '--disable-redirect-access-to-syslog', '-v', '--version', '-h', '--help']),
  uvicorn: new Set(['--reload', '--use-colors', '--no-use-colors', '--access-log', '--no-access-log', '--proxy-headers', '--no-proxy-headers', '--server-header', '--no-server-header', '--date-header', '--no-date-header', '--factory', '--version', '--help']),
  hypercorn: new Set(['--reload', '--debug', '--verbose', '--access-log-format-x', '-h', '--help']),
  daphne: new Set(['--proxy-headers', '-h', '--help']),
  celery: new Set(['--quiet', '-q', '--no-color', '-C', '--skip-checks', '--help', '--version']),
  flask: new Set(['--debug', '--no-debug', '--help', '--version']),
};

interface Options {
  values: Map<string, string[]>;
  positionals: string[];
}

/** Reads `--opt value`, `--opt=value`, `-kVALUE` and flags, the way argparse/click do for these servers. */
function parseOptions(args: string[], flags: ReadonlySet<string>, stopAtFirstPositional = false): Options {
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const add = (name: string, value: string): void => {
    values.set(name, [...(values.get(name) ?? []), value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.includes('=')) {
      const eq = arg.indexOf('=');
      add(arg.slice(0, eq), arg.slice(eq + 1));
    } else if (arg.startsWith('-') && arg.length > 1) {
      if (flags.has(arg)) add(arg, '');
      else if (!arg.startsWith('--') && arg.length > 2) add(arg.slice(0, 2), arg.slice(2));
      else add(arg, args[++i] ?? '');
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

function last(options: Options, ...names: string[]): string | undefined {
  let found: string | undefined;
  for (const name of names) {
    const values = options.values.get(name);
    if (values?.length) found = values.at(-1);
  }
  return found;
}

/** `module:attr`, `module:factory()`, or a bare module with the server's default attribute. */
function appEntry(spec: string, defaultAttr: string | undefined, how: string): EntryPoint {
  const colon = spec.indexOf(':');
  const module = colon === -1 ? spec : spec.slice(0, colon);
  const attrText = colon === -1 ? defaultAttr : spec.slice(colon + 1);
  const attr = attrText ? /^[A-Za-z_][A-Za-z0-9_]*/.exec(attrText.trim())?.[0] : undefined;
  const entry: EntryPoint = { role: 'app', module, how };
  if (attr) entry.attr = attr;
  return entry;
}

/** `pkg.mod.Class` -> the module to import and the class. */
function classEntry(dotted: string, how: string): EntryPoint {
  const dot = dotted.lastIndexOf('.');
  return dot > 0 ? { role: 'worker-class', module: dotted.slice(0, dot), attr: dotted.slice(dot + 1), how } : { role: 'module', module: dotted, how };
}

/** Literal `name = "value"` and `name = 123` assignments of a Python configuration file. */
function literalSettings(text: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const match of text.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:(['"])(.*?)\2|(\d+))\s*(?:#.*)?$/gm)) settings.set(match[1]!, match[3] ?? match[4]!);
  return settings;
}

/** Scripts followed from one command, and nesting of wrappers, shells and launchers: beyond either, the chain is not followed. */
const MAX_FILES_READ = 64;
const MAX_DEPTH = 8;
/** Scripts longer than this are not read for the programs they start. */
const MAX_SCRIPT_BYTES = 1024 * 1024;

/** What every branch of one derivation shares: the files read so far, and where chains stopped. */
interface Walk {
  filesRead: number;
  stops: string[];
}

/** The state a command runs in, which shell steps (`cd`, `export`) and wrappers (`env`) change. */
interface Context {
  fs: ImageFs;
  env: Map<string, string>;
  cwd: string;
  depth: number;
  walk: Walk;
  /** `$0` of the shell text being read: the script as it was run, or the word after `sh -c 'string'`. */
  arg0?: string;
  /** Started through execvp (by a shell or a wrapper), which runs a file without `#!` with /bin/sh; docker and Python's subprocess do not. */
  viaExecvp?: boolean;
}

/**
 * The whole text of a script the chain runs, or undefined after recording why it cannot be read.
 * A file kept only in part is never read as if it were whole.
 */
function readScript(context: Context, file: string, runBy: string, notes?: string[]): string | undefined {
  const { fs, walk } = context;
  const entry = fs.stat(file);
  const stop = (why: string): undefined => {
    (notes ?? walk.stops).push(`${file} is ${runBy}, but ${why}: the chain of entry points is not followed past it`);
    return undefined;
  };
  if (entry?.type !== 'file') return stop('it is not a file in the image');
  if (entry.size > MAX_SCRIPT_BYTES) return stop(`it is larger than ${MAX_SCRIPT_BYTES / 1024 / 1024} MiB`);
  if (++walk.filesRead > MAX_FILES_READ) return stop(`${MAX_FILES_READ} scripts were read for this command already`);
  // A file not kept whole is remembered by readFile: the image is read again and the command derived again.
  const bytes = fs.readFile(file);
  if (bytes === undefined) {
    const kept = fs.partlyRead(file)?.kept ?? 0;
    return stop(kept === 0 ? 'its content was not kept when the image was read' : `only its first ${kept} of ${entry.size} bytes were kept`);
  }
  return bytes.toString('utf8');
}

/** Whether a file's first bytes are an ELF header: a binary, not a script. */
function isBinary(fs: ImageFs, file: string): boolean {
  const head = fs.readHead(file);
  return head !== undefined && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
}

/** Takes shells, init wrappers and `exec` off a command; returns the commands that remain, each with its context. */
function unwrap(argv: string[], context: Context, out: Array<{ argv: string[]; context: Context }>, notes: string[]): void {
  if (context.depth > MAX_DEPTH) {
    notes.push(`stopped following ${JSON.stringify(argv)}: wrappers nest too deep`);
    return;
  }
  const nested = { ...context, depth: context.depth + 1 };
  let args = argv;
  for (;;) {
    const program = args[0];
    if (program === undefined) return;
    const name = path.posix.basename(program);
    if (program === '--' || name === 'exec' || name === 'nohup') {
      args = args.slice(1);
      if (name === 'nohup') context = { ...context, viaExecvp: true };
    } else if (name === 'tini' || name === 'tini-static' || name === 'dumb-init' || name === 'catatonit') {
      let i = 1;
      while (i < args.length && args[i]!.startsWith('-') && args[i] !== '--') i += ['-e', '-p', '-r', '--rewrite'].includes(args[i]!) ? 2 : 1;
      if (args[i] === '--') i++;
      args = args.slice(i);
      context = { ...context, viaExecvp: true };
    } else if (name === 'env') {
      let i = 1;
      for (; i < args.length; i++) {
        const arg = args[i]!;
        if (arg === '-i' || arg === '--ignore-environment') context = { ...context, env: new Map() };
        else if (arg === '-u' || arg === '--unset') {
          context = { ...context, env: new Map(context.env) };
          context.env.delete(args[++i] ?? '');
        }
        else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) context = { ...context, env: new Map(context.env).set(arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)) };
        else break;
      }
      args = args.slice(i);
      context = { ...context, viaExecvp: true };
    } else if (name === 'gosu' || name === 'su-exec' || name === 'chpst') {
      args = args.slice(2);
      context = { ...context, viaExecvp: true };
    } else if (SHELLS.has(name)) {
      const c = args.findIndex((arg, index) => index > 0 && /^-[a-z]*c[a-z]*$/.test(arg));
      if (c !== -1) {
        // sh -c string [name [argument...]]: the word after the string is $0; "$@" is what follows it.
        runShell(args[c + 1] ?? '', args.slice(c + 3), { ...nested, arg0: args[c + 2] ?? program }, out, notes);
        return;
      }
      const script = args.slice(1).find((arg) => !arg.startsWith('-'));
      if (!script) return;
      runShellScript(path.posix.resolve(context.cwd, script), args.slice(args.indexOf(script) + 1), { ...nested, arg0: script }, out, notes);
      return;
    } else if (isPythonProgram(program)) {
      out.push({ argv: args, context });
      return;
    } else {
      const found = findOnPath(context.fs, program, context.env, context.cwd);
      const interpreter = found ? shebangInterpreter(context.fs, found, context.env, context.cwd) : undefined;
      if (found && interpreter && SHELLS.has(path.posix.basename(interpreter))) {
        // The kernel runs the script with the path it was found at as $0.
        runShellScript(found, args.slice(1), { ...nested, arg0: found }, out, notes);
        return;
      }
      if (found && !interpreter && !context.fs.stat(found)?.hasContent) {
        context.walk.stops.push(`${found} is run, but its content was not kept when the image was read: the chain of entry points is not followed past it`);
        return;
      }
      if (found && !interpreter && context.viaExecvp && !isBinary(context.fs, found)) {
        // execvp hands a file without `#!` (ENOEXEC) to /bin/sh.
        runShellScript(found, args.slice(1), { ...nested, arg0: found }, out, notes);
        return;
      }
      out.push({ argv: args, context });
      return;
    }
  }
}

function runShellScript(file: string, args: string[], context: Context, out: Array<{ argv: string[]; context: Context }>, notes: string[]): void {
  if (context.fs.stat(file)?.type !== 'file') {
    notes.push(`${file} is run by a shell but could not be read from the image`);
    return;
  }
  const text = readScript(context, file, 'run by a shell');
  if (text !== undefined) runShell(text, args, context, out, notes);
}

/** Reserved words that open and close compound commands: an `exec` or `exit` inside one may not run. */
const OPENERS = new Set(['if', 'case', 'while', 'until', 'for', 'select', '{']);
const CLOSERS = new Set(['fi', 'esac', 'done', '}']);

/**
 * Runs shell text: `cd` and `export` change the context of later commands; `"$@"` becomes the
 * arguments, `$0` the script. An `exec` of a program or an `exit` that surely runs (at the top
 * level, not after `&&`, `||`, `|`) ends it: what follows may not be shell at all (a polyglot's
 * Python). Returns the context at its end, for `. file`.
 */
function runShell(text: string, args: string[], context: Context, out: Array<{ argv: string[]; context: Context }>, notes: string[]): Context {
  let current: Context = { ...context, env: new Map(context.env) };
  let nesting = 0;
  // Commands are read one at a time, so expansions see what earlier commands exported.
  for (const { words, conditional } of eachShellStatement(text, (name) => (name === '0' ? current.arg0 : current.env.get(name)))) {
    let command = words.flatMap((word) => (word === ALL_ARGUMENTS ? args : [word]));
    for (const word of command) {
      if (OPENERS.has(word)) nesting++;
      else if (CLOSERS.has(word)) nesting = Math.max(0, nesting - 1);
      else if (word !== '!' && !SHELL_PREFIX_WORDS.has(word)) break;
    }
    const surelyRuns = nesting === 0 && !conditional;
    // The command after `then`, `else`, `do`... runs: take the reserved word off.
    while (command[0] !== undefined && SHELL_PREFIX_WORDS.has(command[0])) command = command.slice(1);
    const assignments: Array<[string, string]> = [];
    while (command[0] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(command[0])) {
      const [assignment] = command;
      assignments.push([assignment.slice(0, assignment.indexOf('=')), assignment.slice(assignment.indexOf('=') + 1)]);
      command = command.slice(1);
    }
    const head = command[0];
    if (head === undefined) {
      for (const [key, value] of assignments) current.env.set(key, value);
    } else if (head === 'cd') {
      current = { ...current, cwd: path.posix.resolve(current.cwd, command[1] ?? current.env.get('HOME') ?? '/') };
    } else if (head === 'export') {
      for (const item of command.slice(1)) if (item.includes('=')) current.env.set(item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1));
    } else if ((head === '.' || head === 'source') && command[1] !== undefined) {
      // A sourced file runs in this shell: its `cd` and `export` stay; $0 and "$@" are this script's.
      const file = sourcedFile(current, command[1]);
      if (current.depth > MAX_DEPTH) notes.push(`stopped following ${JSON.stringify(command)}: wrappers nest too deep`);
      else if (file !== undefined) {
        const sourced = readScript(current, file, `sourced by ${head}`);
        if (sourced !== undefined) current = { ...runShell(sourced, args, { ...current, depth: current.depth + 1 }, out, notes), depth: current.depth };
      }
    } else if (head === 'exit' || head === 'return') {
      if (surelyRuns) return current;
    } else if (!['set', 'echo', 'printf', 'test', '[', 'true', 'false', 'mkdir', 'chown', 'chmod', 'sleep', 'fi', 'done', 'esac', 'for', 'case', 'shift', 'trap', 'wait', 'umask', 'ulimit'].includes(head)) {
      // A copy: later `export`s and assignments of this shell must not reach a command that ran before them.
      unwrap(command, { ...current, env: new Map([...current.env, ...assignments]), viaExecvp: true }, out, notes);
      // `exec program` replaces the shell; `exec >log 2>&1` only redirects.
      if (head === 'exec' && command[1] !== undefined && !/^[0-9]*[<>]/.test(command[1]) && surelyRuns) return current;
    }
  }
  return current;
}

/** The file `. name` reads: a name without a slash is looked for on PATH, then (as bash does) in the working folder. */
function sourcedFile(context: Context, name: string): string | undefined {
  if (name.includes('/')) return path.posix.resolve(context.cwd, name);
  for (const dir of [...(context.env.get('PATH') ?? '').split(':').filter(Boolean), context.cwd]) {
    const candidate = path.posix.resolve(context.cwd, dir, name);
    if (context.fs.stat(candidate)?.type === 'file') return candidate;
  }
  context.walk.stops.push(`${name} is sourced by a shell script, but it is not a file in the image`);
  return undefined;
}

interface Derivation {
  interpreter?: string;
  launcher: Launcher;
  entries: EntryPoint[];
  context: Context;
  /** A Python file run as `__main__` with these arguments: it may launch the app in turn. */
  script?: { file: string; args: string[] };
  /** Folders that script adds to its own sys.path. */
  pathAdditions?: PathAdditions;
}

/** A derivation and the command it was derived from. */
type Followed = Derivation & { argv: string[] };

/** Unwraps a command and derives what each command it comes to starts, following launchers, in order. */
function followCommand(argv: string[], context: Context, notes: string[], derivations: Followed[]): void {
  const commands: Array<{ argv: string[]; context: Context }> = [];
  unwrap(argv, context, commands, notes);
  for (const command of commands) deriveAndFollow(command.argv, command.context, notes, derivations);
}

function deriveAndFollow(argv: string[], context: Context, notes: string[], derivations: Followed[]): void {
  const derivation = deriveCommand(argv, context, notes);
  if (!derivation) return;
  const followed: Followed = { ...derivation, argv };
  derivations.push(followed);
  if (!derivation.script) return;
  const before = derivations.length;
  const additions = followLauncher(derivation.script, derivation.interpreter ?? argv[0]!, context, notes, derivations);
  if (additions && additions.front.length + additions.back.length > 0) followed.pathAdditions = additions;
  // What it starts is walked from entry points of its own: the launcher's own imports need not reach the app.
  const { file } = derivation.script;
  if (derivations.slice(before).some((launched) => launched.entries.some((entry) => entry.file !== file))) {
    for (const entry of derivation.entries) if (entry.role === 'script') entry.launches = true;
  }
}

/** The programs a Python script starts with literal arguments (subprocess, os.exec*, os.spawn*, os.system): derived as commands of their own. */
function followLauncher(script: { file: string; args: string[] }, interpreter: string, context: Context, notes: string[], derivations: Followed[]): PathAdditions | undefined {
  const { file, args } = script;
  // A missing script is the walk's finding. One cut or left out when the image was read is noted only: most run no other program.
  if (context.fs.stat(file)?.type !== 'file') return undefined;
  const text = readScript(context, file, `run by ${interpreter}`, notes);
  if (text === undefined) return undefined;
  const reading = readLaunches(text, { file, interpreter, args, cwd: context.cwd });
  if (reading.error !== undefined) {
    notes.push(`${file} does not parse as Python (${reading.error}): the programs it starts were not looked for`);
    return undefined;
  }
  for (const { line, what } of reading.unreadable) context.walk.stops.push(`${file}:${line} runs ${what}, whose arguments are not literal: the chain of entry points is not followed past ${file}`);
  for (const launch of reading.launches) {
    // A child process: the launcher's environment, no shell of its own.
    const child: Context = { fs: context.fs, env: context.env, cwd: launch.cwd, depth: context.depth + 1, walk: context.walk };
    if ('argv' in launch) {
      followCommand(launch.argv, child, notes, derivations);
      continue;
    }
    const commands: Array<{ argv: string[]; context: Context }> = [];
    runShell(launch.shellText, [], { ...child, arg0: '/bin/sh' }, commands, notes);
    for (const command of commands) deriveAndFollow(command.argv, command.context, notes, derivations);
  }
  return reading.pathAdditions;
}

/** What one command (shells and wrappers already off) starts, if it is Python. */
function deriveCommand(argv: string[], context: Context, notes: string[]): Derivation | undefined {
  const { fs } = context;
  const program = argv[0]!;
  const name = path.posix.basename(program);
  const found = findOnPath(fs, program, context.env, context.cwd);
  if (PYTHON_NAME.test(name)) {
    if (!found) notes.push(`${program} is not on the image's PATH`);
    return pythonCommand(found ?? program, argv.slice(1), context, notes);
  }
  if (!found) {
    if (FLAGS[name]) notes.push(`${program} is not on the image's PATH: the container cannot start`);
    return undefined;
  }
  const interpreter = shebangInterpreter(fs, found, context.env, context.cwd);
  if (!interpreter || !isPythonProgram(interpreter)) return undefined;
  // A console script: its own file runs as __main__ and imports the package's entry function.
  const script: EntryPoint = { role: 'script', module: '__main__', file: found, how: `console script ${found}` };
  const server = serverCommand(name, argv.slice(1), context, notes);
  const derivation: Derivation = {
    interpreter,
    launcher: { kind: 'server', script: found, prepend: server?.prepend ?? [] },
    entries: [script, ...consoleScriptTargets(fs, name).filter((target) => scriptRunsTarget(fs, found, target.module)), ...(server?.entries ?? [])],
    context: server?.context ?? context,
  };
  if (!server) derivation.script = { file: found, args: argv.slice(1) };
  return derivation;
}

/**
 * Whether a script is the wrapper its distribution's console_scripts line describes: it loads
 * the target by metadata (setuptools' templates) or imports its package. Debian installs some
 * apps as the script itself, and keeps metadata naming a module that is nowhere on sys.path.
 * A script not yet read whole counts as a wrapper; the derivation runs again once it is.
 */
function scriptRunsTarget(fs: ImageFs, script: string, module: string): boolean {
  const text = fs.readText(script);
  if (text === undefined || /\bload_entry_point\b|\bentry_points\b|\bimportlib\.metadata\b|\bpkg_resources\b/.test(text)) return true;
  const top = module.split('.')[0]!;
  return text.split('\n').some((line) => {
    const words = line.trim().split(/[\s,]+/);
    return (words[0] === 'from' || words[0] === 'import') && words.slice(1).some((word) => word === top || word.startsWith(`${top}.`));
  });
}

/** `[console_scripts]` lines of installed distributions that define this command name. */
function consoleScriptTargets(fs: ImageFs, name: string): EntryPoint[] {
  const entries: EntryPoint[] = [];
  for (const file of entryPointFiles(fs)) {
    let section = '';
    for (const line of (fs.readText(file) ?? '').split('\n')) {
      const header = /^\s*\[(.+)\]\s*$/.exec(line);
      if (header) section = header[1]!.trim();
      const match = /^\s*([^=\s]+)\s*=\s*([\w.]+)(?::([\w.]+))?/.exec(line);
      if (section === 'console_scripts' && match && match[1] === name) {
        const entry: EntryPoint = { role: 'app', module: match[2]!, how: `console script ${name} in ${file}`, called: true };
        if (match[3]) entry.attr = match[3].split('.')[0]!;
        entries.push(entry);
      }
    }
  }
  return entries;
}

/** Every `*.dist-info/entry_points.txt` (and egg-info) the image holds; the file walk is cached per image. */
const entryPointFileCache = new WeakMap<ImageFs, string[]>();
function entryPointFiles(fs: ImageFs): string[] {
  let files = entryPointFileCache.get(fs);
  if (!files) {
    files = [];
    for (const entry of fs.walk()) {
      if (entry.type === 'file' && entry.path.endsWith('/entry_points.txt') && /\.(dist|egg)-info\/entry_points\.txt$/.test(entry.path)) files.push(entry.path);
    }
    entryPointFileCache.set(fs, files);
  }
  return files;
}

/** What `python ARGS` runs, by the interpreter's own options: a module, code, a script, or a prompt. */
export type PythonInvocation =
  | { kind: 'module'; module: string; rest: string[] }
  | { kind: 'command'; code: string }
  | { kind: 'script'; script: string; rest: string[] }
  | { kind: 'interactive' };

export function pythonInvocation(args: readonly string[]): PythonInvocation {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-m' || (arg.startsWith('-m') && !arg.startsWith('--'))) {
      const module = arg === '-m' ? (args[++i] ?? '') : arg.slice(2);
      return { kind: 'module', module, rest: args.slice(i + 1) };
    }
    if (arg === '-c' || (arg.startsWith('-c') && !arg.startsWith('--'))) return { kind: 'command', code: arg === '-c' ? (args[i + 1] ?? '') : arg.slice(2) };
    // The options that take a value of their own.
    if (arg === '-X' || arg === '-W') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return { kind: 'script', script: arg, rest: args.slice(i + 1) };
  }
  return { kind: 'interactive' };
}

function pythonCommand(interpreter: string, args: string[], context: Context, notes: string[]): Derivation {
  const invocation = pythonInvocation(args);
  switch (invocation.kind) {
    case 'module': {
      const { module, rest } = invocation;
      const server = serverCommand(module, rest, context, notes);
      return {
        interpreter,
        launcher: server ? { kind: 'server', prepend: server.prepend } : { kind: 'module', cwd: context.cwd },
        entries: [{ role: 'module', module, how: `python -m ${module}` }, ...(server?.entries ?? [])],
        context: server?.context ?? context,
      };
    }
    case 'command':
      return { interpreter, launcher: { kind: 'command' }, entries: [{ role: 'script', module: '__main__', code: invocation.code, how: 'python -c' }], context };
    case 'script': {
      const arg = invocation.script;
      const file = path.posix.resolve(context.cwd, arg);
      const entries: EntryPoint[] = [{ role: 'script', module: '__main__', file, how: `python ${arg}` }];
      if (path.posix.basename(arg) === 'manage.py') {
        const rest = parseOptions(invocation.rest, new Set());
        const settings = last(rest, '--settings') ?? context.env.get('DJANGO_SETTINGS_MODULE') ?? djangoSettingsDefault(context.fs.readText(file) ?? '');
        if (settings) entries.push({ role: 'django-settings', module: settings, how: `Django settings of ${arg}` });
        else notes.push(`${arg} looks like Django's manage.py, but no DJANGO_SETTINGS_MODULE was found`);
      }
      return { interpreter, launcher: { kind: 'script', script: file }, entries, context, script: { file, args: invocation.rest } };
    }
    case 'interactive':
      return { interpreter, launcher: { kind: 'command' }, entries: [], context };
  }
}

interface ServerDerivation {
  entries: EntryPoint[];
  /** Folders the server puts in front of sys.path, first first. */
  prepend: string[];
  context: Context;
}

/** What an app server started with these arguments imports. */
function serverCommand(name: string, args: string[], context: Context, notes: string[]): ServerDerivation | undefined {
  switch (name) {
    case 'gunicorn':
      return gunicorn(args, context, notes);
    case 'uvicorn': {
      const options = parseOptions(args, FLAGS.uvicorn!);
      const entries: EntryPoint[] = [];
      const app = options.positionals[0];
      if (app) entries.push(appEntry(app, undefined, 'uvicorn app argument'));
      else notes.push('uvicorn is started without an app argument');
      const loop = last(options, '--loop');
      if (loop === 'uvloop') entries.push({ role: 'module', module: 'uvloop', how: 'uvicorn --loop uvloop' });
      else if (loop?.includes(':')) entries.push(appEntry(loop, undefined, 'uvicorn --loop'));
      if (last(options, '--http') === 'httptools') entries.push({ role: 'module', module: 'httptools', how: 'uvicorn --http httptools' });
      const ws = last(options, '--ws');
      if (ws === 'websockets' || ws === 'wsproto') entries.push({ role: 'module', module: ws, how: `uvicorn --ws ${ws}` });
      return { entries, prepend: [path.posix.resolve(context.cwd, last(options, '--app-dir') ?? '.')], context };
    }
    case 'hypercorn': {
      const options = parseOptions(args, FLAGS.hypercorn!);
      const entries: EntryPoint[] = [];
      const app = options.positionals.at(-1);
      const prepend: string[] = [];
      if (app) {
        // hypercorn puts the folder of Path(module).resolve() first and imports the last part, a file by its stem.
        const colon = app.indexOf(':');
        const target = path.posix.resolve(context.cwd, colon === -1 ? app : app.slice(0, colon));
        const name = context.fs.stat(target)?.type === 'file' ? path.posix.basename(target).replace(/\.[^.]*$/, '') : path.posix.basename(target);
        entries.push(appEntry(colon === -1 ? name : `${name}${app.slice(colon)}`, 'app', 'hypercorn app argument'));
        prepend.push(path.posix.dirname(target));
      }
      const worker = last(options, '-k', '--worker-class');
      if (worker === 'uvloop' || worker === 'trio') entries.push({ role: 'module', module: worker, how: `hypercorn -k ${worker}` });
      return { entries, prepend, context };
    }
    case 'daphne': {
      const options = parseOptions(args, FLAGS.daphne!);
      const app = options.positionals.at(-1);
      // daphne runs sys.path.insert(0, ".") before it imports the app.
      return { entries: app ? [appEntry(app, 'application', 'daphne app argument')] : [], prepend: [context.cwd], context };
    }
    case 'celery': {
      const options = parseOptions(args, FLAGS.celery!);
      const app = last(options, '-A', '--app') ?? context.env.get('CELERY_APP');
      if (!app) notes.push('celery is started without -A/--app');
      return { entries: app ? [{ role: 'module', module: app.split(':')[0]!, how: 'celery -A' }] : [], prepend: [context.cwd], context };
    }
    case 'flask': {
      const options = parseOptions(args, FLAGS.flask!);
      const app = last(options, '-A', '--app') ?? context.env.get('FLASK_APP');
      const entries: EntryPoint[] = [];
      let prepend = [context.cwd];
      if (app) {
        // flask's prepare_import: a path's .py goes, packages above it join the name, and the folder above them goes first on sys.path.
        const colon = /:(?![\\/])/.exec(app)?.index ?? -1;
        const target = flaskImport(context.fs, context.cwd, colon === -1 ? app : app.slice(0, colon));
        prepend = [target.dir];
        entries.push(appEntry(colon === -1 ? target.module : `${target.module}${app.slice(colon)}`, undefined, app === context.env.get('FLASK_APP') ? 'FLASK_APP' : 'flask --app'));
      } else {
        for (const candidate of ['wsgi', 'app']) {
          if (context.fs.exists(path.posix.join(context.cwd, `${candidate}.py`))) {
            entries.push({ role: 'app', module: candidate, how: `flask's default ${candidate}.py` });
            break;
          }
        }
      }
      return { entries, prepend, context };
    }
    case 'django-admin':
    case 'django': {
      const options = parseOptions(args, new Set());
      const settings = last(options, '--settings') ?? context.env.get('DJANGO_SETTINGS_MODULE');
      if (!settings) notes.push(`${name} is started without --settings or DJANGO_SETTINGS_MODULE`);
      return { entries: settings ? [{ role: 'django-settings', module: settings, how: settings === context.env.get('DJANGO_SETTINGS_MODULE') ? 'DJANGO_SETTINGS_MODULE' : `${name} --settings` }] : [], prepend: [context.cwd], context };
    }
    default:
      return undefined;
  }
}

/** flask.cli.prepare_import: the module name for a `--app` path and the folder it is imported from. */
function flaskImport(fs: ImageFs, cwd: string, spec: string): { module: string; dir: string } {
  let target = path.posix.resolve(cwd, spec).replace(/\.py$/, '');
  if (path.posix.basename(target) === '__init__') target = path.posix.dirname(target);
  const names: string[] = [];
  let dir = target;
  do {
    names.unshift(path.posix.basename(dir));
    dir = path.posix.dirname(dir);
  } while (dir !== '/' && fs.stat(path.posix.join(dir, '__init__.py'))?.type === 'file');
  return { module: names.join('.'), dir };
}

function gunicorn(commandArgs: string[], context: Context, notes: string[]): ServerDerivation {
  const command = parseOptions(commandArgs, FLAGS.gunicorn!);
  const envArgs = parseOptions(shellCommands(context.env.get('GUNICORN_CMD_ARGS') ?? '', () => undefined).flat(), FLAGS.gunicorn!);
  const entries: EntryPoint[] = [];
  // gunicorn reads its configuration file first, then GUNICORN_CMD_ARGS, then the command line.
  const configSpec = last(command, '-c', '--config') ?? last(envArgs, '-c', '--config');
  let fileSettings = new Map<string, string>();
  if (configSpec?.startsWith('python:')) {
    entries.push({ role: 'config', module: configSpec.slice('python:'.length), how: 'gunicorn --config python:' });
  } else {
    // `PATH` or `file:PATH`.
    const file = path.posix.resolve(context.cwd, configSpec?.replace(/^file:/, '') ?? 'gunicorn.conf.py');
    const text = context.fs.stat(file)?.type === 'file' ? context.fs.readText(file) : undefined;
    if (text !== undefined) {
      entries.push({ role: 'config', module: '__config__', file, how: configSpec ? 'gunicorn --config' : "gunicorn's default ./gunicorn.conf.py" });
      fileSettings = literalSettings(text);
    } else if (configSpec) notes.push(`gunicorn's configuration file ${file} is not in the image`);
  }
  const setting = (key: string, ...names: string[]): string | undefined => last(command, ...names) ?? last(envArgs, ...names) ?? fileSettings.get(key);
  const env = new Map(context.env);
  // raw_env is one list setting: the command line's -e/--env replace those of GUNICORN_CMD_ARGS.
  const rawEnv = (options: Options): string[] => [...(options.values.get('-e') ?? []), ...(options.values.get('--env') ?? [])];
  for (const item of rawEnv(command).length > 0 ? rawEnv(command) : rawEnv(envArgs)) {
    if (item.includes('=')) env.set(item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1));
  }
  const chdir = path.posix.resolve(context.cwd, setting('chdir', '--chdir') ?? '.');
  // Positional arguments of GUNICORN_CMD_ARGS are ignored: the app comes from the command line, else wsgi_app.
  const app = command.positionals[0] ?? fileSettings.get('wsgi_app');
  if (app) entries.push(appEntry(app, 'application', 'gunicorn app argument'));
  else notes.push('gunicorn is started without an app argument or wsgi_app setting');
  const worker = setting('worker_class', '-k', '--worker-class') ?? 'sync';
  // gunicorn's Config.worker_class: a sync worker with more than one thread is the gthread worker.
  const threads = Number(setting('threads', '--threads') ?? '1');
  if ((worker === 'sync' || worker.endsWith('SyncWorker')) && threads > 1) entries.push(classEntry(GUNICORN_WORKERS.gthread!, `gunicorn worker class gthread (${worker} with ${threads} threads)`));
  else entries.push(classEntry(GUNICORN_WORKERS[worker.replace(/^egg:gunicorn#/, '')] ?? worker, `gunicorn worker class ${worker}`));
  // gunicorn inserts at sys.path[0], each folder only if it is not there yet: the folder it starts in
  // (its first chdir(), before the configuration is read), then --chdir, then each --pythonpath entry in turn.
  const pythonPath = (setting('pythonpath', '--pythonpath') ?? '').split(',').filter(Boolean).map((dir) => path.posix.resolve(chdir, dir));
  const prepend: string[] = [];
  for (const dir of [context.cwd, chdir, ...pythonPath]) if (!prepend.includes(dir)) prepend.unshift(dir);
  return { entries, prepend, context: { ...context, env, cwd: chdir } };
}

function contextConfig(config: ImageConfig, context: Context): ImageConfig {
  return { ...config, workingDir: context.cwd, env: [...context.env].map(([key, value]) => `${key}=${value}`) };
}

/** Derives the entry points of an image from its ENTRYPOINT and CMD, or says why there are none. */
export function deriveEntryPlan(fs: ImageFs, config: ImageConfig): EntryPlan | { error: string; notes: string[]; stops?: string[] } {
  const argv = [...(config.entrypoint ?? []), ...(config.cmd ?? [])];
  const notes: string[] = [];
  const walk: Walk = { filesRead: 0, stops: [] };
  const derivations: Followed[] = [];
  followCommand(argv, { fs, env: environmentOf(config), cwd: workingDirOf(config), depth: 0, walk }, notes, derivations);
  const entries = derivations.flatMap((derivation) => derivation.entries);
  // The last Python command is the one that keeps running (earlier ones are set-up steps, a launcher waits for it).
  const main = derivations.at(-1);
  const stops = walk.stops.length > 0 ? { stops: walk.stops } : {};
  if (!main || entries.length === 0) {
    const what = argv.length === 0 ? 'the image has no ENTRYPOINT or CMD' : `the image's command ${JSON.stringify(argv)} starts no Python entry point the guard recognizes`;
    return { error: `${what}; ${walk.stops.map((stop) => `${stop}; `).join('')}list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)`, notes, ...stops };
  }
  const plan: EntryPlan = { command: main.argv, launcher: main.launcher, config: contextConfig(config, main.context), entries: dedupe(entries), notes, ...stops };
  if (main.pathAdditions) plan.pathAdditions = main.pathAdditions;
  if (main.interpreter) plan.interpreter = main.interpreter;
  return plan;
}

function dedupe(entries: EntryPoint[]): EntryPoint[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.role}\0${entry.module}\0${entry.file ?? ''}\0${entry.attr ?? ''}\0${entry.code ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Entry points from the `entrypoints` input: a module (`pkg.mod`, `pkg.mod:app`) or a script path per
 * line. They replace the derived ones unless a line says `auto`.
 */
export function parseEntryLines(lines: readonly string[]): { entries: EntryPoint[]; keepDerived: boolean } {
  const entries: EntryPoint[] = [];
  let keepDerived = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line === 'auto') keepDerived = true;
    else if (line.includes('/') || line.endsWith('.py')) entries.push({ role: 'script', module: '__main__', file: line, how: 'entrypoints input' });
    else entries.push({ ...appEntry(line, undefined, 'entrypoints input'), role: line.includes(':') ? 'app' : 'module' });
  }
  return { entries, keepDerived };
}

/** An entry point as a user would write it: `pkg.mod:app`, a script path, or `-c "..."`. */
export function entryLabel(entry: EntryPoint): string {
  if (entry.code !== undefined) return `-c ${JSON.stringify(entry.code.length > 40 ? `${entry.code.slice(0, 40)}...` : entry.code)}`;
  if (entry.file) return entry.file;
  return entry.attr ? `${entry.module}:${entry.attr}` : entry.module;
}
