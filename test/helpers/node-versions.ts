// The Node versions on this machine other than the one running the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Every `node` on PATH (and the usual system places) older than 24, with its version. */
export function olderNodes(): Array<{ node: string; version: string }> {
  const candidates = new Set([...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((folder) => path.join(folder, 'node')), '/usr/bin/node', '/usr/local/bin/node']);
  const found = new Map<string, string>();
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    const version = spawnSync(real, ['--version'], { encoding: 'utf8' }).stdout?.trim().replace(/^v/, '');
    if (version && Number(version.split('.')[0]) < 24) found.set(real, version);
  }
  return [...found].map(([node, version]) => ({ node, version }));
}
