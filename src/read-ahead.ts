/**
 * A command's output read on a thread of its own, ahead of the consumer: a producer such as the
 * Docker daemon's image export stalls whenever its pipe is full, so every stretch of work the main
 * thread does between reads (parsing, keeping contents) would otherwise add to the export's time.
 * The thread drains the pipe into a ring of memory both threads share, and holds up to the ring's
 * size unread, so memory stays bounded.
 */
import { Worker } from 'node:worker_threads';
import { workerFileUrl } from './worker-file.ts';

/** What the reading thread is given. */
export interface ReadAheadRequest {
  binary: string;
  args: string[];
  env: Record<string, string>;
  /** The ring both threads see: output read and not yet consumed, at most (then the command is paused). */
  ring: SharedArrayBuffer;
  /** Output is handed over in slots of the ring this large (the last one filled in part). */
  slotBytes: number;
  /** Error output kept for messages. */
  stderrBytes: number;
}

export type ReadAheadMessage =
  | { type: 'data'; slot: number; length: number }
  /** The command ended: how, and its error output; `spawnError` when it could not be started (ENOENT: no such binary). */
  | { type: 'end'; code: number | null; signal: string | null; stderr: string; spawnError?: string };

/** How a command read ahead ended, when it did not end well. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
  readonly code: number | null;
  readonly signal: string | null;
  readonly stderr: string;
  readonly spawnError: string | undefined;

  constructor(end: Extract<ReadAheadMessage, { type: 'end' }>, what: string) {
    super(end.spawnError ? `${what} could not be started (${end.spawnError})` : `${what} failed (${end.signal ? `signal ${end.signal}` : `exit code ${end.code}`}): ${end.stderr.trim() || 'no error output'}`);
    this.code = end.code;
    this.signal = end.signal;
    this.stderr = end.stderr;
    this.spawnError = end.spawnError;
  }
}

const SLOT_BYTES = 1024 * 1024;
const RING_BYTES = 4 * 1024 * 1024;
const STDERR_BYTES = 64 * 1024;
/** How long a stopped command may take to end before its thread is ended anyway. */
const STOP_WAIT_MS = 5000;

/**
 * Runs `binary args` and yields its output in chunks, read ahead; a chunk is valid only until the
 * next is asked for (a consumer that keeps bytes copies them). Throws CommandFailed after the
 * output when the command fails; a consumer that stops early stops the command.
 */
export async function* readAhead(binary: string, args: string[], env: Record<string, string>): AsyncGenerator<Buffer> {
  // One ring, reused: the output passes through the same memory, not through a new buffer per slot.
  const ring = new SharedArrayBuffer(RING_BYTES);
  const request: ReadAheadRequest = { binary, args, env, ring, slotBytes: SLOT_BYTES, stderrBytes: STDERR_BYTES };
  const worker = new Worker(workerFileUrl('read-ahead-worker', import.meta.url), { workerData: request });
  const queue: ReadAheadMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  worker.on('message', (message: ReadAheadMessage) => {
    queue.push(message);
    wake?.();
  });
  worker.on('error', (error: Error) => {
    failure = error;
    wake?.();
  });
  try {
    for (;;) {
      if (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (failure) throw failure;
      const message = queue.shift()!;
      if (message.type === 'end') {
        if (message.code !== 0 || message.spawnError) throw new CommandFailed(message, `${binary} ${args.join(' ')}`);
        return;
      }
      // Valid until the consumer asks for the next: then the slot is handed back.
      yield Buffer.from(ring, message.slot * SLOT_BYTES, message.length);
      worker.postMessage({ type: 'done', slot: message.slot });
    }
  } finally {
    // The command is stopped, if it still runs, before the thread that holds it goes.
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'stop' });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)))]);
    clearTimeout(timer);
    await worker.terminate();
  }
}
