import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import { TEMP_STATE } from './action-temp.ts';

/** The post step: removes temporary files, also when the main step was cancelled mid-way. */
const tempDir = core.getState(TEMP_STATE);
if (tempDir) {
  try {
    await rm(tempDir, { recursive: true, force: true });
    core.debug(`removed ${tempDir}`);
  } catch (error) {
    core.warning(`could not remove ${tempDir}: ${(error as Error).message}`);
  }
}
