// Runs the bundled Action the way the Actions runner does: INPUT_* environment, the
// workspace, and the step's output, state and summary files.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import { TEST_RUN_ID } from './docker.ts';
import { readJsonReport } from './json-report.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface StepResult {
  exitCode: number;
  stdout: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** Parses the runner's `name<<DELIMITER` file format used for outputs and state. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) body.push(lines[i]!);
    values[match[1]!] = body.join('\n');
  }
  return values;
}

export interface StartedStep {
  /** The step's process, to signal it. */
  process: ResultPromise;
  /** Waits for the step to end, then reads its files. */
  finished(): Promise<StepResult>;
}

/** The bundle the runner runs, or (`src`) the sources it is built from, for behaviour the bundle does not have yet. */
function entryFile(script: 'index.js' | 'post.js', from: 'dist' | 'src'): string {
  return from === 'dist' ? path.join(ROOT, 'dist', script) : path.join(ROOT, 'src', script.replace(/\.js$/, '.ts'));
}

/** Starts a step the way the runner does; `runStep` when it should just run to its end. */
export async function startStep(script: 'index.js' | 'post.js', dir: string, env: Record<string, string>, from: 'dist' | 'src' = 'dist'): Promise<StartedStep> {
  const files = { output: path.join(dir, 'output'), state: path.join(dir, 'state'), summary: path.join(dir, 'summary.md') };
  for (const file of Object.values(files)) await writeFile(file, '');
  const child = execa(process.execPath, [entryFile(script, from)], {
    reject: false,
    stdin: 'ignore',
    cwd: dir,
    extendEnv: false,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_RUN_ID: TEST_RUN_ID,
      RUNNER_TEMP: path.join(dir, 'runner-temp'),
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      ...env,
    },
  });
  return {
    process: child,
    async finished() {
      const result = await child;
      const outputs = parseCommandFile(await readFile(files.output, 'utf8'));
      // Every JSON report a step writes is checked against the schema, whether the test reads it or not.
      if (outputs['report-json']) await readJsonReport(outputs['report-json']);
      return {
        exitCode: result.exitCode ?? -1,
        stdout: String(result.stdout),
        outputs,
        state: parseCommandFile(await readFile(files.state, 'utf8')),
        summary: await readFile(files.summary, 'utf8'),
      };
    },
  };
}

export async function runStep(script: 'index.js' | 'post.js', dir: string, env: Record<string, string>, from: 'dist' | 'src' = 'dist'): Promise<StepResult> {
  return (await startStep(script, dir, env, from)).finished();
}

/** The annotation workflow commands a step printed, in order. */
export function annotationLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^::(error|warning|notice)/.test(line));
}
