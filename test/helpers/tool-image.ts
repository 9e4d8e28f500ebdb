// The tool's own container image, built once per test process from the working tree's Dockerfile,
// .dockerignore and files, with local stand-ins for its two bases (no image registry is reachable)
// and a bundle of the sources written fresh into the context: the image tests the sources, and the
// context holds the whole bundle, the Action's files too, as a checkout does.
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { execa } from 'execa';
import { bundle } from '../../scripts/bundle.ts';
import { ROOT } from './action-runner.ts';
import { TOOL_DOCKER_CLI_IMAGE, TOOL_NODE_IMAGE } from './docker.ts';

/** The name the README and the recipes give the published image. */
export const TOOL_IMAGE_NAME = 'ghcr.io/import-guard/import-guard';
/** The tag the tests build it under. */
export const TOOL_IMAGE = 'import-guard-test/tool:itg';

export interface BuiltToolImage {
  image: string;
  /** The files of the bundle, relative to the context. */
  bundled: string[];
  /** What the classic builder says it sent as the build context. */
  contextBytes: number;
}

const UNITS: Record<string, number> = { B: 1, kB: 1000, MB: 1000 ** 2, GB: 1000 ** 3 };

let context: string | undefined;
let built: Promise<BuiltToolImage> | undefined;
after(() => (context === undefined ? undefined : rm(context, { recursive: true, force: true })));

async function build(): Promise<BuiltToolImage> {
  context = await mkdtemp(path.join(os.tmpdir(), 'import-guard-tool-image-'));
  for (const name of ['Dockerfile', '.dockerignore', 'LICENSE', 'package.json']) await copyFile(path.join(ROOT, name), path.join(context, name));
  await bundle(path.join(context, 'dist'));
  const bundled = (await readdir(path.join(context, 'dist'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(context!, path.join(entry.parentPath, entry.name)));
  const run = await execa('docker', ['build', '--build-arg', `NODE_IMAGE=${TOOL_NODE_IMAGE}`, '--build-arg', `DOCKER_CLI_IMAGE=${TOOL_DOCKER_CLI_IMAGE}`, '--tag', TOOL_IMAGE, context], { env: { DOCKER_BUILDKIT: '0' }, stdin: 'ignore', all: true });
  const sent = /Sending build context to Docker daemon\s+([\d.]+)\s*(B|kB|MB|GB)/.exec(run.all ?? '');
  if (!sent) throw new Error(`the build did not say how large its context was:\n${run.all ?? ''}`);
  return { image: TOOL_IMAGE, bundled, contextBytes: Number(sent[1]) * UNITS[sent[2]!]! };
}

/** Builds the image (once per process) and tells what went into it. */
export function buildToolImage(): Promise<BuiltToolImage> {
  built ??= build();
  return built;
}

/** The tool's image, built. */
export async function toolImage(): Promise<string> {
  return (await buildToolImage()).image;
}
