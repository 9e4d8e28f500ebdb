// What a release is made of: the notes the release workflow takes from CHANGELOG.md, and the tag
// the README tells workflows to use, which the release workflow moves.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { releaseNotes } from '../../scripts/release-notes.ts';
import { ROOT } from '../helpers/action-runner.ts';
import { tempFolder } from '../helpers/layouts.ts';

const CHANGELOG = `# Changelog

Intro.

## [Unreleased]

### Added

- Something new.

## [0.2.0] - 2027-01-10

### Fixed

- A fix.
  Its second line.

## [0.1.0]

- The first.

[Unreleased]: https://example.invalid/compare/v0.2.0...HEAD
[0.2.0]: https://example.invalid/compare/v0.1.0...v0.2.0
`;

describe('release notes', () => {
  it('are the section of the version, with or without a date, up to the next section, without link lines', () => {
    assert.equal(releaseNotes(CHANGELOG, '0.2.0'), '### Fixed\n\n- A fix.\n  Its second line.\n');
    assert.equal(releaseNotes(CHANGELOG, '0.1.0'), '- The first.\n');
    assert.equal(releaseNotes(CHANGELOG, 'Unreleased'), '### Added\n\n- Something new.\n');
  });

  it('refuse a version with no section, or an empty one, and a version that only starts like one', () => {
    assert.throws(() => releaseNotes(CHANGELOG, '0.3.0'), /^Error: CHANGELOG\.md has no section "## \[0\.3\.0\]": rename "## \[Unreleased\]" to "## \[0\.3\.0\] - YYYY-MM-DD"/);
    assert.throws(() => releaseNotes(CHANGELOG, '0.2'), /no section "## \[0\.2\]"/);
    assert.throws(() => releaseNotes('## [1.0.0]\n\n[1.0.0]: https://example.invalid\n\n## [0.9.0]\n\n- x\n', '1.0.0'), /^Error: the section "## \[1\.0\.0\]" of CHANGELOG\.md is empty$/);
  });

  it('as the workflow prints them, from a file', async () => {
    await using tmp = await tempFolder();
    const file = path.join(tmp.dir, 'CHANGELOG.md');
    await writeFile(file, CHANGELOG);
    const printed = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'release-notes.ts'), '0.2.0', file], { encoding: 'utf8' });
    assert.deepEqual([printed.status, printed.stdout, printed.stderr], [0, releaseNotes(CHANGELOG, '0.2.0'), '']);
    const missing = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'release-notes.ts'), '9.9.9', file], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^::error::CHANGELOG\.md has no section "## \[9\.9\.9\]": .+\n$/);
  });

  it('of the project’s CHANGELOG.md: an Unreleased section, and notes for every released version', async () => {
    const changelog = await readFile(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /^## \[Unreleased\]$/m);
    for (const [, version] of changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)) assert.doesNotThrow(() => releaseNotes(changelog, version!), version);
  });
});

describe('the tag workflows use', () => {
  it('is the major tag of package.json’s version, which the release workflow moves', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const refs = [...readme.matchAll(/^\s*(?:-\s+)?uses:\s*import-guard\/import-guard@(\S+)\s*$/gm)].map((match) => match[1]);
    assert.ok(refs.length > 0, 'the README shows the Action in a workflow');
    assert.deepEqual([...new Set(refs)], [`v${version.split('.')[0]}`]);
    const workflow = await readFile(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8');
    assert.match(workflow, /^ {4}tags: \['v\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+'\]$/m, 'a pushed vX.Y.Z tag starts a release');
    assert.match(workflow, /echo "major=v\$\{version%%\.\*\}" >> "\$GITHUB_OUTPUT"/, 'the major tag is v and the major version');
    assert.match(workflow, /git push --force origin "refs\/tags\/\$MAJOR"/);
  });
});
