// The real Docker engine for integration tests: availability, fixture images, container exports.
import path from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { TarParser } from '../../src/image/tar.ts';
import { RUN_LABEL } from '../../src/boot/runtime.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
/** Base images made from Debian packages by scripts/build-test-images.sh. */
export const BUSYBOX_IMAGE = 'import-guard-test/busybox:1';
export const PYTHON_IMAGE = 'import-guard-test/debian-python3:bookworm-2';
/** Debian's python3 with Django, gunicorn and a few dozen large packages (over 8,000 .py files). */
export const PYTHON_BIG_IMAGE = 'import-guard-test/debian-python3-big:bookworm-1';
/** CPython 3.14 from Debian's unstable suite. */
export const PYTHON_NEXT_IMAGE = 'import-guard-test/debian-python3.14:sid-2';
/** CPython 3.15 from Debian's unstable suite, with its test suite. */
export const PYTHON_315_IMAGE = 'import-guard-test/debian-python3.15:sid-1';
/** python.org-style installations under /usr/local, copied from pyenv's CPython builds. */
export const PYTHON_ORG_IMAGES: Record<number, string> = { 8: 'import-guard-test/python-org:3.8-2', 12: 'import-guard-test/python-org:3.12-2', 13: 'import-guard-test/python-org:3.13-2' };
/** Local stand-ins for the bases of the tool's own image: Node 24 on the Debian base, and the machine's static docker client. */
export const TOOL_NODE_IMAGE = 'import-guard-test/node:24-1';
export const TOOL_DOCKER_CLI_IMAGE = 'import-guard-test/docker-cli:1';

const REQUIRE_DOCKER = 'IMPORT_GUARD_REQUIRE_DOCKER';

async function succeeds(command: string, args: string[]): Promise<boolean> {
  try {
    await execa(command, args, { stdin: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the engine, the tools and the base images are here. Otherwise the test is skipped
 * with the reason, unless IMPORT_GUARD_REQUIRE_DOCKER is set (CI sets it): then it fails.
 */
export async function dockerReady(t: TestContext, needs: { tools?: string[]; images?: string[] } = {}): Promise<boolean> {
  const problems: string[] = [];
  if (!(await succeeds('docker', ['info']))) problems.push('no Docker engine answers `docker info` (start dockerd)');
  for (const tool of needs.tools ?? []) if (!(await succeeds(tool, ['--version']))) problems.push(`${tool} is not installed`);
  if (problems.length === 0) {
    for (const image of needs.images ?? []) if (!(await succeeds('docker', ['image', 'inspect', image]))) problems.push(`base image ${image} is missing (run scripts/build-test-images.sh)`);
  }
  if (problems.length === 0) return true;
  const reason = problems.join('; ');
  if (process.env[REQUIRE_DOCKER]) throw new Error(`${REQUIRE_DOCKER} is set, but ${reason}`);
  t.skip(reason);
  return false;
}

/** Builds a fixture folder (a name under test/fixtures, or an absolute path) with the engine's classic builder. */
export async function buildFixture(name: string, tag: string, buildArgs: Record<string, string> = {}): Promise<void> {
  const args = Object.entries(buildArgs).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]);
  await execa('docker', ['build', '--quiet', ...args, '--tag', tag, path.isAbsolute(name) ? name : path.join(FIXTURES, name)], { env: { DOCKER_BUILDKIT: '0' }, stdin: 'ignore' });
}

/** One path as both sides of a comparison describe it. */
export interface PathFacts {
  type: string;
  size: number;
  linkTarget?: string;
}

/**
 * Paths the runtime adds to every container (moby's init layer and mount points); they are not
 * part of the image, so comparisons leave them out on both sides.
 */
export function isRuntimePath(p: string): boolean {
  return ['/.dockerenv', '/etc/hosts', '/etc/hostname', '/etc/resolv.conf', '/etc/mtab'].includes(p) || /^\/(dev|proc|sys)(\/|$)/.test(p);
}

/** What `docker export` of a fresh container of the image holds: the engine's own flattening. */
export async function exportedTree(image: string): Promise<Map<string, PathFacts>> {
  const { stdout: id } = await execa('docker', ['create', image], { stdin: 'ignore' });
  try {
    const tree = new Map<string, PathFacts>();
    const hardlinks: Array<[string, string]> = [];
    const normalize = (name: string): string => '/' + name.split('/').filter((part) => part !== '' && part !== '.').join('/');
    const parser = new TarParser(
      () => 0,
      (entry) => {
        const p = normalize(entry.name);
        if (p === '/') return;
        if (entry.type === 'hardlink') hardlinks.push([p, normalize(entry.linkName)]);
        else tree.set(p, entry.type === 'symlink' ? { type: 'symlink', size: 0, linkTarget: entry.linkName } : { type: entry.type, size: entry.type === 'file' ? entry.size : 0 });
      },
    );
    const exporter = execa('docker', ['export', id], { stdin: 'ignore', buffer: false, encoding: 'buffer' });
    for await (const chunk of exporter.stdout) parser.write(chunk as Buffer);
    await exporter;
    parser.end();
    // A hardlink is another name for its target's file: compare it as that file.
    for (const [p, target] of hardlinks) tree.set(p, tree.get(target) ?? { type: 'missing-hardlink-target', size: 0 });
    for (const p of [...tree.keys()]) if (isRuntimePath(p)) tree.delete(p);
    return tree;
  } finally {
    await execa('docker', ['rm', '--force', id], { stdin: 'ignore', reject: false });
  }
}

/**
 * The GITHUB_RUN_ID of the Action steps this test process runs: their boots' run ids start with
 * it. Another test process, a parallel job or a developer's own run on the same daemon has
 * another, so counting leftover containers sees only this process's.
 */
export const TEST_RUN_ID = `test-${process.pid}`;

/** Run ids this process's boots get: Action steps (`TEST_RUN_ID-...`) and the command line run in this process (`local-PID-...`). */
function isThisProcessRun(runId: string): boolean {
  return runId.startsWith(`${TEST_RUN_ID}-`) || runId.startsWith(`local-${process.pid}-`);
}

/** Containers of this test process's runs (or of `runId` alone) that still exist: after a step there must be none. */
export async function guardContainers(runId?: string): Promise<string[]> {
  const { stdout } = await execa('docker', ['ps', '--all', '--filter', `label=${runId === undefined ? RUN_LABEL : `${RUN_LABEL}=${runId}`}`, '--format', `{{.ID}} {{.Label "${RUN_LABEL}"}}`]);
  return stdout.split('\n').filter(Boolean).flatMap((line) => {
    const [id, label = ''] = line.split(' ');
    return runId !== undefined || isThisProcessRun(label) ? [id!] : [];
  });
}
