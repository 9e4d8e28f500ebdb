// The boot's env-file reader against the docker CLI's own: each file is given to `docker create
// --env-file`, and the variables the container gets (or the CLI's refusal) must be what
// parseEnvLines makes of the same lines.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { parseEnvLines } from '../../src/boot/env-lines.ts';
import { BUSYBOX_IMAGE, dockerReady } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';

const HOST = { FROM_HOST: 'host value', EMPTY_ON_HOST: '' };

const FILES: string[] = [
  'PLAIN=1\nSECOND=two words\n',
  '# comment\n\n   \nAFTER=blank lines\n',
  '  INDENTED=yes\n\tTABBED=too\n',
  'QUOTED="kept with quotes"\nSINGLE=\'single\'\n',
  'EMPTY=\nEQUALS=a=b=c\n',
  'TRAILING=  around  \n',
  'FROM_HOST\nNOT_ON_HOST\nEMPTY_ON_HOST\n',
  'CRLF=line\r\nNEXT=ok\r\n',
  '\uFEFFBOM=first line\n',
  'DUP=first\nDUP=second\n',
  'HASH=value # not a comment\n',
  '  # indented comment\nX=1',
  'lower_case=ok\nMiXeD.dots-and-dashes=ok\n',
  '=no name\n',
  'HAS SPACE=1\n',
  'TRAILING_SPACE_NAME \n',
  'UNICODE=héllo wörld ✓\n',
  'NO_NEWLINE_AT_END=1',
];

/** The variables `docker create --env-file` gives a container beyond the image's own, or the CLI's refusal. */
async function dockerReads(file: string, imageEnv: Set<string>): Promise<Record<string, string> | { refused: string }> {
  const created = await execa('docker', ['create', '--env-file', file, BUSYBOX_IMAGE, 'true'], { reject: false, stdin: 'ignore', env: HOST });
  if (created.exitCode !== 0) return { refused: String(created.stderr).trim() };
  const id = String(created.stdout).trim();
  try {
    const { stdout } = await execa('docker', ['inspect', '--format', '{{json .Config.Env}}', id]);
    const env = (JSON.parse(stdout) as string[]).filter((item) => !imageEnv.has(item));
    return Object.fromEntries(env.map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]));
  } finally {
    await execa('docker', ['rm', '--force', id]);
  }
}

function oursReads(text: string): Record<string, string> | { refused: string } {
  try {
    return parseEnvLines(text.split('\n'), 'env-file', {}, HOST);
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

describe('env files, read as the docker CLI reads them', () => {
  it(`${FILES.length} env files: the same variables, or refused by both`, async (t) => {
    if (!(await dockerReady(t, { images: [BUSYBOX_IMAGE] }))) return;
    const { stdout } = await execa('docker', ['image', 'inspect', '--format', '{{json .Config.Env}}', BUSYBOX_IMAGE]);
    const imageEnv = new Set((JSON.parse(stdout) as string[] | null) ?? []);
    await using tmp = await tempFolder();
    const disagreements: string[] = [];
    let refused = 0;
    for (const [index, text] of FILES.entries()) {
      const file = path.join(tmp.dir, `case-${index}.env`);
      await writeFile(file, text);
      const docker = await dockerReads(file, imageEnv);
      const ours = oursReads(text);
      if ('refused' in docker) refused++;
      const same = 'refused' in docker ? 'refused' in ours : !('refused' in ours) && JSON.stringify(Object.entries(ours).sort()) === JSON.stringify(Object.entries(docker).sort());
      if (!same) disagreements.push(`${JSON.stringify(text)}: docker ${JSON.stringify(docker)}, ours ${JSON.stringify(ours)}`);
    }
    assert.deepEqual(disagreements, []);
    assert.ok(refused >= 2, `the corpus has files docker refuses (${refused})`);
  });
});
