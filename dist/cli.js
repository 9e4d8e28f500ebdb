#!/usr/bin/env node
import { createRequire as __importGuardCreateRequire } from 'node:module';
const require = __importGuardCreateRequire(import.meta.url);

// src/node-version.ts
var REQUIRED_NODE_MAJOR = 24;
function nodeTooOld(version, execPath) {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= REQUIRED_NODE_MAJOR) return void 0;
  return `this is Node ${version.replace(/^v/, "")} (${execPath}); import-guard needs Node ${REQUIRED_NODE_MAJOR} or newer`;
}

// src/cli-main.ts
var tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld !== void 0) {
  process.stderr.write(`import-guard: ${tooOld}
`);
  process.exit(2);
}
await import("./cli-chunks/cli-run-PSJJAHT7.js");
