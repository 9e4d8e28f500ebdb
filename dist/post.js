import { createRequire as __importGuardCreateRequire } from 'node:module';
const require = __importGuardCreateRequire(import.meta.url);

// src/post.ts
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";

// src/action-temp.ts
var TEMP_STATE = "temp-dir";
var BOOT_RUN_STATE = "boot-run";

// src/docker-cli.ts
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

// src/read-ahead.ts
var SLOT_BYTES = 1024 * 1024;
var RING_BYTES = 4 * 1024 * 1024;
var STDERR_BYTES = 64 * 1024;

// src/docker-cli.ts
function findExecutable(name, searchPath) {
  for (const folder of (searchPath ?? "").split(path.delimiter)) {
    if (!path.isAbsolute(folder)) continue;
    const candidate = path.join(folder, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
var dockerOnPath;
function dockerBinary() {
  dockerOnPath ??= { path: findExecutable("docker", process.env.PATH) };
  return dockerOnPath.path;
}
function isPrivate(name) {
  return name.startsWith("INPUT_") || name === "GITHUB_TOKEN" || name === "ACTIONS_RUNTIME_TOKEN" || name === "ACTIONS_ID_TOKEN_REQUEST_TOKEN";
}
function dockerEnvironment(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== void 0 && !isPrivate(entry[0])));
}

// src/boot/limits.ts
var LOG_LIMIT_BYTES = 1024 * 1024;

// src/boot/runtime.ts
var RUN_LABEL = "io.github.import-guard.run";

// src/post.ts
function savedState(name) {
  return process.env[`STATE_${name}`] ?? "";
}
function workflowCommand(name, message) {
  process.stdout.write(`::${name}::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
}
async function docker(binary, args) {
  const { stdout } = await promisify(execFile)(binary, args, { env: dockerEnvironment() });
  return stdout;
}
async function removeRunContainers(runId2) {
  const binary = dockerBinary();
  if (binary === void 0) throw new Error("the docker CLI is not installed");
  const ids = (await docker(binary, ["ps", "--all", "--quiet", "--filter", `label=${RUN_LABEL}=${runId2}`])).split("\n").filter(Boolean);
  if (ids.length > 0) await docker(binary, ["rm", "--force", "--volumes", ...ids]);
  return ids.length;
}
var runId = savedState(BOOT_RUN_STATE);
if (runId) {
  try {
    const removed = await removeRunContainers(runId);
    if (removed > 0) process.stdout.write(`removed ${removed} container${removed === 1 ? "" : "s"} the boot left behind
`);
  } catch (error) {
    workflowCommand("debug", `no containers to remove: ${error.message}`);
  }
}
var tempDir = savedState(TEMP_STATE);
if (tempDir) {
  try {
    await rm(tempDir, { recursive: true, force: true });
    workflowCommand("debug", `removed ${tempDir}`);
  } catch (error) {
    workflowCommand("warning", `could not remove ${tempDir}: ${error.message}`);
  }
}
