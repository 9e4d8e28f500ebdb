// Runs the command line in this process, as a terminal would, and collects what it writes. A JSON
// scan report it prints or writes (--output) is checked against the schema, so that every report
// a test makes this way is, whether the test reads it or not.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli.ts';
import { parseJsonReport } from './json-report.ts';

/** The value of `--name VALUE` or `--name=VALUE`, the last one given, as the CLI reads it. */
function optionValue(args: string[], name: string): string | undefined {
  let value: string | undefined;
  args.forEach((arg, index) => {
    if (arg === name) value = args[index + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

/** Checks the JSON report of a `scan --format json` (or `--json`) that ran to a verdict. */
function checkJsonReport(args: string[], code: number, stdout: string): void {
  const json = args.includes('--json') || optionValue(args, '--format') === 'json';
  if (args[0] !== 'scan' || !json || (code !== 0 && code !== 1)) return;
  const output = optionValue(args, '--output');
  if (output === undefined) parseJsonReport(stdout, `the report of import-guard ${args.join(' ')}`);
  else parseJsonReport(readFileSync(output, 'utf8'), output);
}

export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (chunk: Buffer) => chunks.out.push(chunk));
  err.on('data', (chunk: Buffer) => chunks.err.push(chunk));
  const code = await runCli(args, out, err);
  const result = { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
  checkJsonReport(args, code, result.stdout);
  return result;
}
