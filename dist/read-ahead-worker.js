import { createRequire as __importGuardCreateRequire } from 'node:module';
const require = __importGuardCreateRequire(import.meta.url);

// src/read-ahead-worker.ts
import { spawn } from "node:child_process";
import v8 from "node:v8";
import vm from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
var request = workerData;
var port = parentPort;
var post = (message) => port.postMessage(message);
var slotCount = request.ring.byteLength / request.slotBytes;
var free = Array.from({ length: slotCount }, (_, slot2) => slot2);
var child = spawn(request.binary, request.args, { stdio: ["ignore", "pipe", "pipe"], env: request.env });
var slot;
var filled = 0;
var stderr = "";
var ended = false;
function view(of) {
  return Buffer.from(request.ring, of * request.slotBytes, request.slotBytes);
}
function flush() {
  if (slot === void 0 || filled === 0) return;
  post({ type: "data", slot, length: filled });
  slot = void 0;
  filled = 0;
}
function write(chunk) {
  for (let at = 0; at < chunk.length; ) {
    slot ??= free.shift();
    if (slot === void 0) return chunk.subarray(at);
    const taken = chunk.copy(view(slot), filled, at);
    filled += taken;
    at += taken;
    if (filled === request.slotBytes) flush();
  }
  return void 0;
}
var pending;
v8.setFlagsFromString("--expose-gc");
var collect = vm.runInNewContext("gc");
var COLLECT_EVERY_BYTES = 8 * 1024 * 1024;
var sinceCollect = 0;
child.stdout.on("data", (chunk) => {
  sinceCollect += chunk.length;
  if (sinceCollect >= COLLECT_EVERY_BYTES) {
    sinceCollect = 0;
    collect({ type: "minor" });
  }
  const rest = write(pending ? Buffer.concat([pending, chunk]) : chunk);
  pending = rest && Buffer.from(rest);
  if (pending) child.stdout.pause();
});
child.stderr.on("data", (chunk) => {
  if (stderr.length < request.stderrBytes) stderr += chunk.toString("utf8").slice(0, request.stderrBytes - stderr.length);
});
child.on("error", (error) => {
  if (ended) return;
  ended = true;
  post({ type: "end", code: null, signal: null, stderr, spawnError: error.code ?? error.message });
});
child.on("close", (code, signal) => {
  closed = { code, signal };
  finishWhenDrained();
});
var closed;
function finishWhenDrained() {
  if (ended || !closed || pending) return;
  ended = true;
  flush();
  post({ type: "end", code: closed.code, signal: closed.signal, stderr });
}
port.on("message", (message) => {
  if (message.type === "stop") {
    if (child.exitCode !== null || child.signalCode !== null) port.close();
    else {
      child.once("close", () => port.close());
      child.kill();
    }
    return;
  }
  free.push(message.slot);
  if (pending) pending = write(pending);
  if (!pending) {
    if (child.stdout.isPaused()) child.stdout.resume();
    finishWhenDrained();
  }
});
