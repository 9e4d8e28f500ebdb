// The command line's entry point. It checks the Node version first and loads the rest only then:
// an older Node would otherwise stop on the engine flag runtime-tuning.ts sets, or on syntax it
// cannot parse, before a word about the version it needs.
import { nodeTooOld } from './node-version.ts';

const tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld !== undefined) {
  process.stderr.write(`import-guard: ${tooOld}\n`);
  process.exit(2);
}
// One module, parsed whole before its first line (the engine tuning) runs, as a static import would be.
await import('./cli-run.ts');
