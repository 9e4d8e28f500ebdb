/**
 * The Python an image's own command starts: the interpreter, how it is launched, the sys.path
 * that follows, and the entry modules it runs.
 */
import type { ImageConfig } from '../image/config.ts';
import type { ImageFs } from '../image/image-fs.ts';
import { computeSysPath, describeInterpreter, editableMappings, EnvironmentError, environmentOf, findOnPath, importRedirects, type Launcher, type PythonInstallation, shebangInterpreter, type SysPath, workingDirOf } from './environment.ts';
import { deriveEntryPlan, type EntryPlan, type EntryPoint, isPythonProgram, pythonInvocation } from './entrypoints.ts';
import { type LazyImportsSetting, lazyImportsSetting } from './lazy-imports.ts';

export interface ImagePython {
  /** The command line the image runs (Entrypoint + Cmd). */
  command: string[];
  /** The configuration as the Python command sees it (after `cd`, `export`, server options). */
  config: ImageConfig;
  python: PythonInstallation;
  launcher: Launcher;
  sysPath: SysPath;
  /** Import hooks .pth files install: redirects (`distutils` -> setuptools') and editable installs' MAPPINGs. */
  redirects: Record<string, string>;
  editable: Array<Record<string, string>>;
  /** How the interpreter was chosen, in words. */
  how: string;
  /** The entry points derived from the command, or why there are none. */
  entries: EntryPoint[] | { error: string };
  /** What entry-point discovery noticed. */
  entryNotes: string[];
  /** Where a chain of scripts from the command could not be followed: the last file read and what it runs. */
  entryStops: string[];
  /** The interpreter's lazy-imports mode, from the command's `-X` options and the environment. */
  lazyImports: LazyImportsSetting;
}

/** How `python ARGS` sets sys.path[0]; an interactive interpreter, like `-c`, puts '' there. */
function launcherFrom(args: string[], cwd: string): Launcher {
  const invocation = pythonInvocation(args);
  if (invocation.kind === 'module') return { kind: 'module', cwd };
  if (invocation.kind === 'script') return { kind: 'script', script: invocation.script };
  return { kind: 'command' };
}

/** Without a derived entry point: the interpreter the command names, else python3 on PATH. */
function interpreterOf(fs: ImageFs, command: string[], env: Map<string, string>, cwd: string): { executable?: string; launcher: Launcher; how: string } {
  const program = command[0];
  const found = program ? findOnPath(fs, program, env, cwd) : undefined;
  if (program && found && isPythonProgram(program)) return { executable: found, launcher: launcherFrom(command.slice(1), cwd), how: `the image's command runs ${program}` };
  const scriptFor = found ? shebangInterpreter(fs, found, env, cwd) : undefined;
  if (found && scriptFor) return { executable: scriptFor, launcher: { kind: 'script', script: found }, how: `the image's command runs ${found}, a script for ${scriptFor}` };
  const executable = findOnPath(fs, 'python3', env, cwd) ?? findOnPath(fs, 'python', env, cwd);
  const how = program ? `the image's command (${program}) does not start Python itself; showing python3 from PATH` : 'the image has no command; showing python3 from PATH';
  return executable ? { executable, launcher: { kind: 'command' }, how } : { launcher: { kind: 'command' }, how };
}

function planInterpreter(fs: ImageFs, plan: EntryPlan & { interpreter: string }, env: Map<string, string>, cwd: string): { executable?: string; launcher: Launcher; how: string } {
  const executable = plan.interpreter.includes('/') ? plan.interpreter : findOnPath(fs, plan.interpreter, env, cwd);
  const script = plan.launcher.kind === 'server' ? plan.launcher.script : undefined;
  const how = script ? `the image's command runs ${script}, a script for ${plan.interpreter}` : `the image's command runs ${plan.command.slice(0, 3).join(' ')}`;
  return executable ? { executable, launcher: plan.launcher, how } : { launcher: plan.launcher, how };
}

/** Works out the Python of the image's command, or says why there is none. */
export function imagePython(fs: ImageFs, imageConfig: ImageConfig): ImagePython | { error: string } {
  const plan = deriveEntryPlan(fs, imageConfig);
  const config = 'error' in plan ? imageConfig : plan.config;
  const env = environmentOf(config);
  const cwd = workingDirOf(config);
  const command = [...(config.entrypoint ?? []), ...(config.cmd ?? [])];
  const chosen = !('error' in plan) && plan.interpreter ? planInterpreter(fs, { ...plan, interpreter: plan.interpreter }, env, cwd) : interpreterOf(fs, command, env, cwd);
  const { executable, launcher, how } = chosen;
  if (!executable) return { error: `no Python interpreter found: the image's command is ${JSON.stringify(command)} and PATH holds no python3` };
  try {
    const python = describeInterpreter(fs, executable, env);
    const sysPath = computeSysPath(fs, config, python, launcher, 'error' in plan ? undefined : plan.pathAdditions);
    const entries = 'error' in plan ? { error: plan.error } : plan.entries;
    const pythonCommand = 'error' in plan ? command : plan.command;
    const lazyImports = lazyImportsSetting(pythonCommand[0] !== undefined && isPythonProgram(pythonCommand[0]) ? pythonCommand.slice(1) : [], env);
    return { command, config, python, launcher, sysPath, redirects: importRedirects(sysPath, config), editable: editableMappings(fs, sysPath), how, entries, entryNotes: plan.notes, entryStops: plan.stops ?? [], lazyImports };
  } catch (error) {
    if (error instanceof EnvironmentError) return { error: error.message };
    throw error;
  }
}
