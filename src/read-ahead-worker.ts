/**
 * The thread behind read-ahead.ts: runs one command and drains its output into the slots of a
 * shared ring, while the main thread is busy with the slots before. The main thread hands each
 * slot back once it has consumed it; with no slot free, the command's output is paused.
 */
import { spawn } from 'node:child_process';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadAheadMessage, ReadAheadRequest } from './read-ahead.ts';

const request = workerData as ReadAheadRequest;
const port = parentPort!;
const post = (message: ReadAheadMessage): void => port.postMessage(message);
const slotCount = request.ring.byteLength / request.slotBytes;
const free: number[] = Array.from({ length: slotCount }, (_, slot) => slot);

const child = spawn(request.binary, request.args, { stdio: ['ignore', 'pipe', 'pipe'], env: request.env });
/** The slot being filled, and how far. */
let slot: number | undefined;
let filled = 0;
let stderr = '';
let ended = false;

function view(of: number): Buffer {
  return Buffer.from(request.ring, of * request.slotBytes, request.slotBytes);
}

function flush(): void {
  if (slot === undefined || filled === 0) return;
  post({ type: 'data', slot, length: filled });
  slot = undefined;
  filled = 0;
}

/** Copies output into slots; returns what found no free slot. */
function write(chunk: Buffer): Buffer | undefined {
  for (let at = 0; at < chunk.length; ) {
    slot ??= free.shift();
    if (slot === undefined) return chunk.subarray(at);
    const taken = chunk.copy(view(slot), filled, at);
    filled += taken;
    at += taken;
    if (filled === request.slotBytes) flush();
  }
  return undefined;
}

/** Output read while no slot was free (the pipe is paused then): written first once one is. */
let pending: Buffer | undefined;

/**
 * Each read of the pipe comes in a new buffer, which the collector frees only once tens of
 * megabytes of them have piled up: a young-generation collection every few megabytes (a fraction
 * of a millisecond, nothing else lives on this thread) keeps the thread's memory at its ring.
 */
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as (options: { type: 'minor' }) => void;
const COLLECT_EVERY_BYTES = 8 * 1024 * 1024;
let sinceCollect = 0;

child.stdout.on('data', (chunk: Buffer) => {
  sinceCollect += chunk.length;
  if (sinceCollect >= COLLECT_EVERY_BYTES) {
    sinceCollect = 0;
    collect({ type: 'minor' });
  }
  const rest = write(pending ? Buffer.concat([pending, chunk]) : chunk);
  pending = rest && Buffer.from(rest);
  if (pending) child.stdout.pause();
});

child.stderr.on('data', (chunk: Buffer) => {
  if (stderr.length < request.stderrBytes) stderr += chunk.toString('utf8').slice(0, request.stderrBytes - stderr.length);
});
child.on('error', (error: NodeJS.ErrnoException) => {
  if (ended) return;
  ended = true;
  post({ type: 'end', code: null, signal: null, stderr, spawnError: error.code ?? error.message });
});
child.on('close', (code, signal) => {
  closed = { code, signal };
  finishWhenDrained();
});
let closed: { code: number | null; signal: string | null } | undefined;

/** Ends once every byte read has gone into a slot. */
function finishWhenDrained(): void {
  if (ended || !closed || pending) return;
  ended = true;
  flush();
  post({ type: 'end', code: closed.code, signal: closed.signal, stderr });
}

port.on('message', (message: { type: 'done'; slot: number } | { type: 'stop' }) => {
  if (message.type === 'stop') {
    // The thread ends once the command has: closing the port lets it.
    if (child.exitCode !== null || child.signalCode !== null) port.close();
    else {
      child.once('close', () => port.close());
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
