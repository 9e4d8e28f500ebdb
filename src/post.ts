/**
 * The post step: removes containers and temporary files, also when the main step was cancelled
 * mid-way. The runner loads it at the end of every job that used the Action, so it keeps to Node's
 * own modules: the docker CLI through child_process, the workflow commands written out directly.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { BOOT_RUN_STATE, TEMP_STATE } from './action-temp.ts';
import { RUN_LABEL } from './boot/runtime.ts';
import { dockerBinary, dockerEnvironment } from './docker-cli.ts';

/** What the main step saved with `core.saveState`: the runner hands it back as STATE_<name>. */
function savedState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** A workflow command, its message escaped as the runner reads it back. */
function workflowCommand(name: 'debug' | 'warning', message: string): void {
  process.stdout.write(`::${name}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
}

async function docker(binary: string, args: string[]): Promise<string> {
  // The same environment the main step gives the docker CLI: without the inputs and the tokens.
  const { stdout } = await promisify(execFile)(binary, args, { env: dockerEnvironment() });
  return stdout;
}

/** Removes the containers that carry this run's label; returns how many there were. */
async function removeRunContainers(runId: string): Promise<number> {
  const binary = dockerBinary();
  if (binary === undefined) throw new Error('the docker CLI is not installed');
  const ids = (await docker(binary, ['ps', '--all', '--quiet', '--filter', `label=${RUN_LABEL}=${runId}`])).split('\n').filter(Boolean);
  if (ids.length > 0) await docker(binary, ['rm', '--force', '--volumes', ...ids]);
  return ids.length;
}

const runId = savedState(BOOT_RUN_STATE);
if (runId) {
  try {
    const removed = await removeRunContainers(runId);
    if (removed > 0) process.stdout.write(`removed ${removed} container${removed === 1 ? '' : 's'} the boot left behind\n`);
  } catch (error) {
    // No docker here means no container was ever started.
    workflowCommand('debug', `no containers to remove: ${(error as Error).message}`);
  }
}
const tempDir = savedState(TEMP_STATE);
if (tempDir) {
  try {
    await rm(tempDir, { recursive: true, force: true });
    workflowCommand('debug', `removed ${tempDir}`);
  } catch (error) {
    workflowCommand('warning', `could not remove ${tempDir}: ${(error as Error).message}`);
  }
}
