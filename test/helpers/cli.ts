// Runs the command line in this process, as a terminal would, and collects what it writes.
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli.ts';

export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (chunk: Buffer) => chunks.out.push(chunk));
  err.on('data', (chunk: Buffer) => chunks.err.push(chunk));
  const code = await runCli(args, out, err);
  return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
}
