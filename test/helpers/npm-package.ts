// The npm package as `npm pack` makes it from this checkout, and npm with no registry to install it:
// for the package's own test and for the recipes, which run the installed `import-guard` command.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './action-runner.ts';

export interface PackedFile {
  path: string;
  size: number;
}

/**
 * npm with no registry it could reach (a closed port), an empty cache, no user settings and the
 * Node running the tests first on PATH: an install that needs anything from a registry fails.
 */
export function npmEnvironment(home: string, pathFirst = path.dirname(process.execPath)): NodeJS.ProcessEnv {
  const keep = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|proxy$/i.test(name)));
  return {
    ...keep,
    HOME: home,
    PATH: [pathFirst, process.env.PATH ?? ''].join(path.delimiter),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: path.join(home, 'npm-cache'),
    npm_config_userconfig: path.join(home, 'npmrc'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

export function run(command: string, args: string[], options: SpawnSyncOptions): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm pack` of this checkout into `destination`: the tarball's path and the files it holds. */
export function packPackage(destination: string): { tarball: string; files: PackedFile[] } {
  const pack = run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: ROOT, env: npmEnvironment(path.join(destination, 'home-pack')) });
  assert.equal(pack.status, 0, pack.stderr);
  const [result] = JSON.parse(pack.stdout) as Array<{ filename: string; files: PackedFile[] }>;
  return { tarball: path.join(destination, result!.filename), files: result!.files };
}

/**
 * Installs the packed tarball as `npm install --global` does, under `prefix`, with no registry:
 * the folder that holds the installed `import-guard` command, to put first on PATH.
 */
export function installGlobally(tarball: string, prefix: string, home: string): string {
  const install = run('npm', ['install', '--global', '--prefix', prefix, tarball], { cwd: path.dirname(tarball), env: npmEnvironment(home) });
  assert.equal(install.status, 0, install.stderr);
  return path.join(prefix, 'bin');
}
