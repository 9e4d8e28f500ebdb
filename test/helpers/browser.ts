// Headless Chromium for tests that look at rendered output (Debian's `chromium` package).
import type { TestContext } from 'node:test';
import { chromiumBinary } from '../../scripts/summary-screenshot.ts';

const REQUIRE_DOCKER = 'IMPORT_GUARD_REQUIRE_DOCKER';

/**
 * The Chromium binary when it is installed. Otherwise the test is skipped with the reason, unless
 * IMPORT_GUARD_REQUIRE_DOCKER is set (CI sets it, and installs Chromium with Docker): then it fails.
 */
export async function chromiumReady(t: TestContext): Promise<string | undefined> {
  const binary = await chromiumBinary();
  if (binary) return binary;
  const reason = 'chromium is not installed (Debian: apt-get install chromium)';
  if (process.env[REQUIRE_DOCKER]) throw new Error(`${REQUIRE_DOCKER} is set, but ${reason}`);
  t.skip(reason);
  return undefined;
}
