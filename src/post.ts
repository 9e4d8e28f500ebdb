import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import { BOOT_RUN_STATE, TEMP_STATE } from './action-temp.ts';
import { removeRunContainers } from './boot/runtime.ts';

/** The post step: removes containers and temporary files, also when the main step was cancelled mid-way. */
const runId = core.getState(BOOT_RUN_STATE);
if (runId) {
  try {
    const removed = await removeRunContainers(runId);
    if (removed > 0) core.info(`removed ${removed} container${removed === 1 ? '' : 's'} the boot left behind`);
  } catch (error) {
    // No docker here means no container was ever started.
    core.debug(`no containers to remove: ${(error as Error).message}`);
  }
}
const tempDir = core.getState(TEMP_STATE);
if (tempDir) {
  try {
    await rm(tempDir, { recursive: true, force: true });
    core.debug(`removed ${tempDir}`);
  } catch (error) {
    core.warning(`could not remove ${tempDir}: ${(error as Error).message}`);
  }
}
