// The CI recipes of examples/ci: the README block that shows each one, the commands a Jenkinsfile
// runs (read by a small, strict reader, as Jenkins cannot run here), and the projects, git
// repositories and environment the recipes' tests run them in.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './action-runner.ts';
import { FIXTURES } from './docker.ts';
import { installGlobally, npmEnvironment, packPackage } from './npm-package.ts';

export const RECIPES = path.join(ROOT, 'examples/ci');

/**
 * The fenced block the README shows a recipe file in: the first fence after the one paragraph
 * that links the file (`[...](examples/ci/NAME)`), with nothing but blank lines between them. The
 * block's text ends with a line break, as the file does.
 */
export function readmeBlock(readme: string, file: string): string {
  const lines = readme.split('\n');
  const link = `](examples/ci/${file})`;
  const links = readme.split(link).length - 1;
  if (links !== 1) throw new Error(`the README links ${file} ${links} times; the block follows the one paragraph that links it`);
  let at = lines.findIndex((line) => line.includes(link));
  while (at < lines.length && lines[at]!.trim() !== '') at++;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  const fence = /^(`{3,})[\w-]*$/.exec(lines[at] ?? '');
  if (!fence) throw new Error(`the paragraph linking ${file} is not followed by a fenced block (line ${at + 1}: ${JSON.stringify(lines[at])})`);
  const end = lines.indexOf(fence[1]!, at + 1);
  if (end < 0) throw new Error(`the block showing ${file} is not closed`);
  return lines.slice(at + 1, end).map((line) => `${line}\n`).join('');
}

/** One step of a stage or of `post { always { ... } }`. */
export type JenkinsStep = { sh: string } | { junit: string; allowEmptyResults: boolean };

export interface JenkinsPipeline {
  /** The `environment { NAME = "..." }` values, with the Jenkins variables they name substituted. */
  environment: Record<string, string>;
  /** The Jenkins variables the environment block names (each must be given). */
  jenkinsVariables: string[];
  stages: Array<{ name: string; steps: JenkinsStep[] }>;
  always: JenkinsStep[];
}

/** A Groovy single-quoted string with no quote or backslash inside: the text as it is. */
const SINGLE = String.raw`'([^'\\]*)'`;

/** A Groovy GString whose only `$` are `${NAME}` references to Jenkins variables. */
function interpolate(text: string, jenkins: Record<string, string>, used: Set<string>, where: string): string {
  return text.split(/(\$\{[A-Za-z_][A-Za-z0-9_]*\})/).map((part) => {
    const reference = /^\$\{(\w+)\}$/.exec(part);
    if (reference) {
      const value = jenkins[reference[1]!];
      if (value === undefined) throw new Error(`${where}: the Jenkins variable ${reference[1]} has no value here`);
      used.add(reference[1]!);
      return value;
    }
    if (/[$\\"]/.test(part)) throw new Error(`${where}: not understood in a string: ${JSON.stringify(part)}`);
    return part;
  }).join('');
}

/**
 * The commands of a declarative Jenkinsfile, read line by line: `agent any`, an `environment`
 * block of `NAME = "..."`, stages whose steps are `sh '...'`, and `post { always { ... } }` with
 * `sh` and `junit` steps. Anything else is refused, so a recipe that grows beyond what this reader
 * understands fails its test instead of running only part of it.
 */
export function jenkinsPipeline(text: string, jenkins: Record<string, string>): JenkinsPipeline {
  const pipeline: JenkinsPipeline = { environment: {}, jenkinsVariables: [], stages: [], always: [] };
  const used = new Set<string>();
  const stack: string[] = [];
  let seen = false;
  const step = (line: string): JenkinsStep | undefined => {
    const sh = new RegExp(`^sh ${SINGLE}$`).exec(line);
    if (sh) return { sh: sh[1]! };
    const junit = new RegExp(`^junit (?:${SINGLE}|testResults: ${SINGLE}, allowEmptyResults: (true|false))$`).exec(line);
    if (junit) return { junit: junit[1] ?? junit[2]!, allowEmptyResults: junit[3] === 'true' };
    return undefined;
  };
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const where = `Jenkinsfile line ${index + 1}`;
    if (line === '' || line.startsWith('//')) return;
    const inside = stack.at(-1);
    if (line === '}') {
      if (stack.pop() === undefined) throw new Error(`${where}: a } closes nothing`);
      return;
    }
    if (inside === undefined && line === 'pipeline {' && !seen) {
      seen = true;
      stack.push('pipeline');
      return;
    }
    if (inside === 'pipeline') {
      if (line === 'agent any') return;
      const block = /^(environment|stages|post) \{$/.exec(line);
      if (block) return void stack.push(block[1]!);
    }
    if (inside === 'environment') {
      const assignment = /^([A-Z_][A-Z0-9_]*) = "(.*)"$/.exec(line);
      if (assignment) return void (pipeline.environment[assignment[1]!] = interpolate(assignment[2]!, jenkins, used, where));
    }
    if (inside === 'stages') {
      const stage = new RegExp(`^stage\\(${SINGLE}\\) \\{$`).exec(line);
      if (stage) {
        pipeline.stages.push({ name: stage[1]!, steps: [] });
        return void stack.push('stage');
      }
    }
    if (inside === 'stage' && line === 'steps {') return void stack.push('steps');
    if (inside === 'post' && line === 'always {') return void stack.push('always');
    if (inside === 'steps' || inside === 'always') {
      const found = step(line);
      if (found && (inside === 'always' || 'sh' in found)) {
        (inside === 'steps' ? pipeline.stages.at(-1)!.steps : pipeline.always).push(found);
        return;
      }
    }
    throw new Error(`${where}: not understood${inside ? ` in ${inside}` : ''}: ${line}`);
  });
  if (!seen || stack.length > 0) throw new Error(`the Jenkinsfile ${seen ? `leaves ${stack.join(' > ')} open` : 'has no pipeline block'}`);
  pipeline.jenkinsVariables = [...used].sort();
  return pipeline;
}

export interface Ran {
  status: number | null;
  output: string;
}

/** Runs a command with its stdout and stderr in one text, in the order they were written. */
export function runMerged(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Ran {
  const result = spawnSync('sh', ['-c', '"$@" 2>&1', 'sh', command, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw result.error;
  return { status: result.status, output: result.stdout + result.stderr };
}

/**
 * What a user's machine gives the recipes: npm with no registry and an empty cache (the package
 * comes from the packed tarball), a home of its own, no global git settings, and `first` ahead
 * of the rest of PATH.
 */
export function recipeEnvironment(home: string, first: string[]): NodeJS.ProcessEnv {
  return {
    ...npmEnvironment(home, first.join(path.delimiter)),
    GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Recipe Test',
    GIT_AUTHOR_EMAIL: 'recipe@example.com',
    GIT_COMMITTER_NAME: 'Recipe Test',
    GIT_COMMITTER_EMAIL: 'recipe@example.com',
  };
}

/**
 * A folder whose `node` and `nodejs` are the Node running the tests (24): first on PATH, it is the
 * Node a user's machine has. Tools that look for `nodejs` before `node` (nodeenv, which pre-commit
 * uses) would otherwise find an older distribution package.
 */
export async function nodeFolder(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const name of ['node', 'nodejs']) await symlink(process.execPath, path.join(dir, name));
  return dir;
}

/** The `.dockerignore` line of the FastAPI fixture that drops `services/monitoring/` from its images. */
export const BROKEN_DOCKERIGNORE_LINE = '**/monitoring/';

/** A copy of the FastAPI fixture project (`.dockerignore` drops a package it imports) at `dir`. */
export async function fastapiProject(dir: string): Promise<string> {
  await cp(path.join(FIXTURES, 'guard-fastapi'), dir, { recursive: true });
  return dir;
}

/** Removes the line of `.dockerignore` that drops the monitoring package: the fix. */
export async function fixDockerignore(project: string): Promise<void> {
  const file = path.join(project, '.dockerignore');
  const lines = (await readFile(file, 'utf8')).split('\n');
  if (!lines.includes(BROKEN_DOCKERIGNORE_LINE)) throw new Error(`${file} has no line ${BROKEN_DOCKERIGNORE_LINE}`);
  await writeFile(file, lines.filter((line) => line !== BROKEN_DOCKERIGNORE_LINE).join('\n'));
}

/** The project as a git repository with one commit of all its files. */
export function gitInit(project: string, env: NodeJS.ProcessEnv): void {
  for (const args of [['init', '--quiet', '--initial-branch=main'], ['add', '--all'], ['commit', '--quiet', '--message', 'The service']]) {
    const result = runMerged('git', args, project, env);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.output}`);
  }
}

/** The line of the text report that names the missing package, and the one that gives its cause. */
export const FINDING_LINES = [
  /^error +netra_backend\/app\/middleware\/gcp_auth_context_middleware\.py:23:1 +netra_backend\.app\.services\.monitoring is missing from the image$/m,
  /^ +origin: first-party; cause: excluded by `\.dockerignore` line 5: `\*\*\/monitoring\/`$/m,
];

/** Fails unless `command` on the environment's PATH is the one in `folder` (the installed package, Node 24). */
export function assertFoundIn(command: string, folder: string, env: NodeJS.ProcessEnv): void {
  const found = runMerged('sh', ['-c', `command -v ${command}`], folder, env);
  if (found.output.trim() !== path.join(folder, command)) throw new Error(`${command} on PATH is ${JSON.stringify(found.output.trim())}, not the one in ${folder}`);
}

/**
 * The environment of a machine where `npm install --global import-guard` ran: this checkout packed
 * and installed under `dir` with no registry, its `import-guard` first on PATH, then Node 24.
 */
export function withInstalledCli(dir: string): NodeJS.ProcessEnv {
  const { tarball } = packPackage(dir);
  const bin = installGlobally(tarball, path.join(dir, 'global'), path.join(dir, 'home-install'));
  const env = recipeEnvironment(path.join(dir, 'home'), [bin, path.dirname(process.execPath)]);
  assertFoundIn('import-guard', bin, env);
  return env;
}
