/**
 * The Python an image's own command starts, for `inspect`: the interpreter, how it is launched,
 * and the sys.path that follows. Entry-point discovery proper (app servers, wrappers) builds on it.
 */
import type { ImageConfig } from '../image/config.ts';
import type { ImageFs } from '../image/image-fs.ts';
import { computeSysPath, describeInterpreter, editableMappings, EnvironmentError, environmentOf, findOnPath, importRedirects, type Launcher, type PythonInstallation, shebangInterpreter, type SysPath, workingDirOf } from './environment.ts';

export interface ImagePython {
  /** The command line the image runs (Entrypoint + Cmd). */
  command: string[];
  python: PythonInstallation;
  launcher: Launcher;
  sysPath: SysPath;
  /** Import hooks .pth files install: redirects (`distutils` -> setuptools') and editable installs' MAPPINGs. */
  redirects: Record<string, string>;
  editable: Array<Record<string, string>>;
  /** How the interpreter was chosen, in words. */
  how: string;
}

const PYTHON_NAME = /(^|\/)python(3(\.\d+)?)?$/;

function launcherFrom(args: string[], cwd: string): Launcher {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '-m') return { kind: 'module', cwd };
    if (arg === '-c') return { kind: 'command' };
    if (arg.startsWith('-m') && arg.length > 2) return { kind: 'module', cwd };
    if (arg.startsWith('-c') && arg.length > 2) return { kind: 'command' };
    if (arg === '-X' || arg === '-W') {
      index++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return { kind: 'script', script: arg };
  }
  return { kind: 'command' }; // an interactive interpreter: sys.path[0] is ''
}

/** Works out the Python of the image's command, or says why there is none. */
export function imagePython(fs: ImageFs, config: ImageConfig): ImagePython | { error: string } {
  const env = environmentOf(config);
  const cwd = workingDirOf(config);
  const command = [...(config.entrypoint ?? []), ...(config.cmd ?? [])];
  let executable: string | undefined;
  let launcher: Launcher = { kind: 'command' };
  let how: string;
  const program = command[0];
  const found = program ? findOnPath(fs, program, env, cwd) : undefined;
  const scriptFor = found && !PYTHON_NAME.test(program!) ? shebangInterpreter(fs, found, env, cwd) : undefined;
  if (program && found && PYTHON_NAME.test(program)) {
    executable = found;
    launcher = launcherFrom(command.slice(1), cwd);
    how = `the image's command runs ${program}`;
  } else if (found && scriptFor) {
    executable = scriptFor;
    launcher = { kind: 'script', script: found };
    how = `the image's command runs ${found}, a script for ${executable}`;
  } else {
    executable = findOnPath(fs, 'python3', env, cwd) ?? findOnPath(fs, 'python', env, cwd);
    how = program ? `the image's command (${program}) does not start Python itself; showing python3 from PATH` : 'the image has no command; showing python3 from PATH';
  }
  if (!executable) return { error: `no Python interpreter found: the image's command is ${JSON.stringify(command)} and PATH holds no python3` };
  try {
    const python = describeInterpreter(fs, executable, env);
    const sysPath = computeSysPath(fs, config, python, launcher);
    return { command, python, launcher, sysPath, redirects: importRedirects(sysPath, config), editable: editableMappings(fs, sysPath), how };
  } catch (error) {
    if (error instanceof EnvironmentError) return { error: error.message };
    throw error;
  }
}
