// Import names -> distributions, as read from an image's metadata, against the image's own
// interpreter: importlib.metadata.packages_distributions() over the same sys.path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { pythonAnalysisContent } from '../../src/image/content.ts';
import { openImage } from '../../src/image/open-image.ts';
import { installedDistributions } from '../../src/python/distributions.ts';
import { dockerReady, PYTHON_BIG_IMAGE, PYTHON_IMAGE } from '../helpers/docker.ts';

const ORACLE = `
import importlib.metadata as metadata, json, sys
print(json.dumps({"path": sys.path, "packages": metadata.packages_distributions()}))
`;

describe('installed distributions agree with importlib.metadata', () => {
  for (const image of [PYTHON_IMAGE, PYTHON_BIG_IMAGE]) {
    it(`${image}: every top-level import name of every distribution on sys.path`, async (t) => {
      if (!(await dockerReady(t, { images: [image] }))) return;
      const { stdout } = await execa('docker', ['run', '--rm', '--network', 'none', image, 'python3', '-c', ORACLE]);
      const oracle = JSON.parse(stdout) as { path: string[]; packages: Record<string, string[]> };
      const opened = await openImage(`docker:${image}`, { select: pythonAnalysisContent });
      const searched = new Set(oracle.path);
      const ours = new Map<string, Set<string>>();
      for (const distribution of installedDistributions(opened.fs).filter((candidate) => searched.has(candidate.location))) {
        for (const top of distribution.topLevel) ours.set(top, new Set([...(ours.get(top) ?? []), distribution.name]));
      }
      opened.fs.close();
      const theirs = new Map(Object.entries(oracle.packages).filter(([name]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)).map(([name, distributions]) => [name, new Set(distributions)]));
      const differences: string[] = [];
      for (const name of new Set([...ours.keys(), ...theirs.keys()])) {
        const a = [...(ours.get(name) ?? [])].sort().join(', ');
        const b = [...(theirs.get(name) ?? [])].sort().join(', ');
        if (a !== b) differences.push(`${name}: ours [${a}], importlib.metadata [${b}]`);
      }
      console.log(`  ${image}: ${theirs.size} import names of ${new Set([...theirs.values()].flatMap((set) => [...set])).size} distributions, ${differences.length} differences`);
      assert.ok(theirs.size > 20, 'the image has distributions to compare');
      assert.deepEqual(differences.slice(0, 20), []);
    });
  }
});
