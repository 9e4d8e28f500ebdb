import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/** The state keys under which the main step tells the post step what to clean up. */
export const TEMP_STATE = 'temp-dir';
export const BOOT_RUN_STATE = 'boot-run';

/** A folder of this run's own, so the post step can remove whatever a cancelled run left behind. */
export function runTempDir(): string {
  const base = process.env.RUNNER_TEMP || os.tmpdir();
  return path.join(base, `import-guard-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.pid}`);
}

/** The label value of this step's containers: unique per run, attempt and step. */
export function bootRunId(): string {
  return `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomUUID().slice(0, 8)}`;
}
