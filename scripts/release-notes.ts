// The notes of one release: its section of CHANGELOG.md, without the heading and the link lines.
//   node scripts/release-notes.ts X.Y.Z [CHANGELOG.md]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The body of `## [version]` (Keep a Changelog's heading, a date may follow); throws when there is none or it is empty. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line === `## [${version}]` || line.startsWith(`## [${version}] `));
  if (start < 0) throw new Error(`CHANGELOG.md has no section "## [${version}]": rename "## [Unreleased]" to "## [${version}] - YYYY-MM-DD" and add a new Unreleased section above it`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((line) => !/^\[[^\]]+\]: /.test(line))
    .join('\n')
    .trim();
  if (body === '') throw new Error(`the section "## [${version}]" of CHANGELOG.md is empty`);
  return `${body}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (version === undefined) throw new Error('usage: node scripts/release-notes.ts X.Y.Z [CHANGELOG.md]');
  try {
    process.stdout.write(releaseNotes(await readFile(file, 'utf8'), version));
  } catch (error) {
    process.stderr.write(`::error::${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
