// The .dockerignore evaluator against the real `docker build`: a generated corpus of ignore files
// over one context tree; each context is built, and what entered the image is compared, path by path.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { DockerIgnore } from '../../src/explain/dockerignore.ts';
import { corpusIgnoreFile, corpusTree, foldersOf } from '../helpers/dockerignore-corpus.ts';
import { BUSYBOX_IMAGE, dockerReady, exportedTree } from '../helpers/docker.ts';

const IGNORE_FILES = 200;
/** Builds at once: the engine copies each context while the next is sent. */
const LANES = 3;

/** What the evaluator says enters the image: sent files, and every folder that is sent or holds something sent. */
function expectedPaths(ignore: DockerIgnore, files: readonly string[], folders: readonly string[]): Set<string> {
  const present = new Set<string>();
  for (const folder of folders) if (ignore.sends(folder, true)) present.add(folder);
  for (const file of files) {
    if (!ignore.sends(file)) continue;
    present.add(file);
    const parts = file.split('/');
    for (let depth = 1; depth < parts.length; depth++) present.add(parts.slice(0, depth).join('/'));
  }
  return present;
}

describe('.dockerignore: the evaluator agrees with docker build', () => {
  it(`${IGNORE_FILES} generated ignore files over a context of 300+ paths`, { timeout: 30 * 60_000 }, async (t) => {
    if (!(await dockerReady(t, { images: [BUSYBOX_IMAGE] }))) return;
    const files = corpusTree();
    const folders = foldersOf(files);
    assert.ok(files.length + folders.length >= 300, `the context has ${files.length} files in ${folders.length} folders`);
    const root = await mkdtemp(path.join(os.tmpdir(), 'dockerignore-'));
    const disagreements: string[] = [];
    let compared = 0;
    let excludedSomewhere = 0;
    try {
      const lanes = await Promise.all(
        Array.from({ length: LANES }, async (_, lane) => {
          const context = path.join(root, `context-${lane}`);
          for (const file of files) {
            await mkdir(path.join(context, path.dirname(file)), { recursive: true });
            await writeFile(path.join(context, file), `${file}\n`);
          }
          await writeFile(path.join(context, 'Dockerfile'), `FROM ${BUSYBOX_IMAGE}\nCOPY . /context/\nCMD ["sh"]\n`);
          return context;
        }),
      );
      let nextIndex = 0;
      await Promise.all(
        lanes.map(async (context, lane) => {
          for (let index = nextIndex++; index < IGNORE_FILES; index = nextIndex++) {
            const text = corpusIgnoreFile(index, files, folders);
            await writeFile(path.join(context, '.dockerignore'), text);
            const tag = `import-guard-test/dockerignore:${process.pid}-${lane}`;
            // No build cache: two lanes whose contexts come out the same would share an image that
            // the other lane's `rmi` below removes while this build still uses it.
            await execa('docker', ['build', '--quiet', '--no-cache', '--tag', tag, context], { env: { DOCKER_BUILDKIT: '0' }, stdin: 'ignore' });
            const tree = await exportedTree(tag);
            // Each build takes the tag from the last one: removed now, that one would be left untagged.
            await execa('docker', ['rmi', '--force', tag], { reject: false });
            const actual = new Set([...tree.keys()].filter((p) => p.startsWith('/context/')).map((p) => p.slice('/context/'.length)));
            // The harness's own two files are not part of the corpus.
            actual.delete('Dockerfile');
            actual.delete('.dockerignore');
            const ignore = new DockerIgnore(text, '.dockerignore');
            const expected = expectedPaths(ignore, files, folders);
            for (const candidate of [...files, ...folders]) {
              compared++;
              if (actual.has(candidate) !== expected.has(candidate)) {
                const why = ignore.exclusion(candidate, folders.includes(candidate));
                disagreements.push(`ignore file #${index} ${JSON.stringify(text)}: ${candidate} is ${actual.has(candidate) ? 'sent' : 'left out'} by docker, ${expected.has(candidate) ? 'sent' : `left out (line ${why?.rule.line}: ${why?.rule.text})`} by the evaluator`);
              }
            }
            if (actual.size < files.length + folders.length) excludedSomewhere++;
          }
        }),
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    console.log(`  ${IGNORE_FILES} ignore files x ${files.length + folders.length} paths (${files.length} files, ${folders.length} folders): ${compared} verdicts compared, ${excludedSomewhere} files left something out, ${disagreements.length} disagreements`);
    assert.deepEqual(disagreements.slice(0, 15), []);
    assert.ok(excludedSomewhere > IGNORE_FILES / 2, 'most ignore files leave something out');
  });
});
