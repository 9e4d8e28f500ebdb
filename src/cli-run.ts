// The command line, once cli-main.ts has checked the Node version.
import './runtime-tuning.ts';
import { runCli } from './cli.ts';

process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
