import os from 'node:os';
import path from 'node:path';

/** The state key under which the main step tells the post step what to remove. */
export const TEMP_STATE = 'temp-dir';

/** A folder of this run's own, so the post step can remove whatever a cancelled run left behind. */
export function runTempDir(): string {
  const base = process.env.RUNNER_TEMP || os.tmpdir();
  return path.join(base, `import-guard-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.pid}`);
}
