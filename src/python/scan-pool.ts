/**
 * Scans source files on worker threads while the walk goes on resolving, so a large image's
 * files are parsed on the cores the walk leaves. Small walks never start a worker: until
 * `threshold` files were asked for (or prepare() was called), scans run on the calling thread.
 * What is in flight is bounded (see IN_FLIGHT_PER_WORKER); the rest waits as loaders, so memory
 * does not grow with the queue.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerFileUrl } from '../worker-file.ts';
import { contentBytes, type FileRange, isPacked, ScratchBuffer, type StoredContent } from '../image/content-store.ts';
import { scanSource } from './scanner.ts';
import { type EncodedScan, encodeScan } from './scan-wire.ts';
import type { ScanFailure, ScanResult } from './syntax.ts';
import type { TokenizeOptions } from './tokenizer.ts';

export interface ScanRequest {
  id: number;
  /** The source itself, or where the worker reads it. */
  bytes?: Uint8Array;
  range?: FileRange;
  minor: number;
  options: TokenizeOptions;
}

/**
 * The scan as JSON (see scan-wire.ts; both threads write and read it in less than half the
 * time of a structured clone), or why the worker could not read the file (an I/O error, as reading here would throw).
 */
export type ScanResponse = { id: number; json: EncodedScan } | { id: number; readError: string };

/** A scan, left encoded when a worker made it (the caller decodes it when it reads it), or undefined for no file. */
export type ScanOutcome = ScanResult | ScanFailure | EncodedScan | undefined;

/** A file's content as the image holds it, by the key it was asked under: in memory or as a range of an open file; undefined for no file. */
export type ContentLoader = (key: string) => StoredContent | undefined;

/**
 * Told the outcome of each scan, by the key it was asked under: the scan, or why the file could
 * not be read. One function for all of a caller's scans: a walk asks for thousands.
 */
export type ScanDone = (key: string, outcome: ScanOutcome | Error) => void;

/** A file's bytes are needed only until its text is decoded. */
const scratch = new ScratchBuffer();

/** Reads and scans what a loader names on this thread. */
function scanHere(key: string, load: ContentLoader, minor: number, options: TokenizeOptions): ScanOutcome {
  const content = load(key);
  const bytes = content && contentBytes(content, scratch);
  return bytes ? scanSource(bytes, minor, options) : undefined;
}

interface Job {
  /** The file's path: how the walk names the job when it needs it sooner. */
  key: string;
  load: ContentLoader;
  minor: number;
  options: TokenizeOptions;
  done: ScanDone;
  /** Bytes sent with it, while in flight. */
  bytes?: number;
  /** Scanned on the calling thread by expedite() while it waited: dispatch passes it over. */
  taken?: boolean;
}

/**
 * Sent and not yet answered: enough files to keep a worker busy between the walk's yields to
 * the event loop, few enough that most of the queue is still here, where the walk can have a
 * file it needs now scanned at once (expedite); files sent as bytes are held to a size too.
 */
const IN_FLIGHT_PER_WORKER = 128;
const BYTES_IN_FLIGHT = 16 * 1024 * 1024;
const BATCH = 16;


/** Jobs in order, from a head that moves on; those expedite() took are passed over. */
class JobQueue {
  private items: Job[] = [];
  private head = 0;

  push(job: Job): void {
    this.items.push(job);
  }

  /** The newest job not taken, removed. */
  pop(): Job | undefined {
    while (this.items.length > this.head) {
      const job = this.items.pop()!;
      if (!job.taken) return job;
    }
    return undefined;
  }

  shift(): Job | undefined {
    while (this.head < this.items.length) {
      const job = this.items[this.head++]!;
      // Drop what was passed once it is most of the array, so the queue does not only grow.
      if (this.head > 4096 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      if (!job.taken) return job;
    }
    return undefined;
  }
}

export class ScanPool {
  private readonly size: number;
  /** Files asked for before workers start, unless prepare() started them. */
  readonly threshold: number;
  private workers: Worker[] = [];
  /** Jobs not yet sent, oldest first; those asked for `sooner` go before the rest. */
  private readonly waiting = new JobQueue();
  private readonly waitingSooner = new JobQueue();
  private readonly waitingByKey = new Map<string, Job>();
  private readonly inFlight = new Map<number, Job>();
  private nextId = 0;
  private nextWorker = 0;
  private bytesInFlight = 0;
  private dispatchScheduled = false;
  private requested = 0;
  private failed = false;
  /** Why the workers stopped, when one failed: the files were then scanned on this thread. */
  failure: string | undefined;
  /** Files scanned on a worker, for the report of a run. */
  scannedOnWorkers = 0;

  constructor(options: { size?: number; threshold?: number } = {}) {
    // The walk keeps one core busy itself: a worker more would only take turns with it.
    this.size = options.size ?? Math.max(1, os.availableParallelism() - 1);
    this.threshold = options.threshold ?? 400;
  }

  /**
   * Scans what `load` returns for `key` (undefined when it returns nothing), here and now or on a
   * worker later, and tells `done`.
   */
  scan(key: string, load: ContentLoader, minor: number, options: TokenizeOptions, done: ScanDone, sooner = false): void {
    this.requested++;
    const job: Job = { key, load, minor, options, done };
    if (this.size === 0 || this.failed || (this.workers.length === 0 && this.requested < this.threshold)) {
      this.scanJobHere(job);
      return;
    }
    if (this.workers.length === 0) this.start();
    (sooner ? this.waitingSooner : this.waiting).push(job);
    this.waitingByKey.set(key, job);
    // A full batch, or idle workers, go now: a walk may queue thousands before it awaits anything.
    if (this.waitingByKey.size >= BATCH || this.inFlight.size === 0) this.dispatch();
    else this.scheduleDispatch();
  }

  /**
   * Scans the file `key` names here and now if it still waits for a worker: the walk needs it
   * before the workers would reach it, and this thread would only wait meanwhile.
   */
  expedite(key: string): void {
    const job = this.waitingByKey.get(key);
    if (job) this.takeHere(job);
  }

  /**
   * Scans the newest file still waiting for a worker here: the walk, waiting for an older one a
   * worker has, takes work from the other end of the queue meanwhile. False when none waits.
   */
  scanNewestHere(): boolean {
    const job = this.waiting.pop();
    // The newest is needed last: kept encoded meanwhile, as a worker's scan is.
    if (job) this.takeHere(job, true);
    return job !== undefined;
  }

  /** Scans a waiting job on this thread; dispatch passes it over from now on. */
  private takeHere(job: Job, encode = false): void {
    this.waitingByKey.delete(job.key);
    job.taken = true;
    this.scanJobHere(job, encode);
  }

  /** Scans a job on this thread and tells its outcome: encoded when it will wait long for its reader. */
  private scanJobHere(job: Job, encode = false): void {
    let outcome: ScanOutcome | Error;
    try {
      const scan = scanHere(job.key, job.load, job.minor, job.options);
      outcome = encode && typeof scan === 'object' ? encodeScan(scan) : scan;
    } catch (error) {
      outcome = error as Error;
    }
    job.done(job.key, outcome);
  }

  /** The next job to send (asked sooner, else oldest) not taken yet, removed from the queues. */
  private nextWaiting(): Job | undefined {
    const job = this.waitingSooner.shift() ?? this.waiting.shift();
    if (job) this.waitingByKey.delete(job.key);
    return job;
  }

  /**
   * Starts the workers now, before any scan is asked for: a worker takes a while to load, which
   * can pass while the image is still being read, once it is known to hold many installed sources.
   */
  prepare(): void {
    if (this.size > 0 && !this.failed && this.workers.length === 0) this.start();
  }

  private dispatch(): void {
    const capacity = this.workers.length * IN_FLIGHT_PER_WORKER;
    const room = (): boolean => this.inFlight.size < capacity && this.bytesInFlight < BYTES_IN_FLIGHT && this.waitingByKey.size > 0;
    while (room()) {
      // One message carries up to BATCH files: a message costs both threads more than a small file's scan.
      const batch: ScanRequest[] = [];
      const transfer: ArrayBuffer[] = [];
      while (batch.length < BATCH && room()) {
        const job = this.nextWaiting()!;
        let content: StoredContent | undefined;
        try {
          content = job.load(job.key);
        } catch (error) {
          job.done(job.key, error as Error);
          continue;
        }
        if (!content) {
          job.done(job.key, undefined);
          continue;
        }
        const id = this.nextId++;
        this.inFlight.set(id, job);
        if (Buffer.isBuffer(content) || isPacked(content)) {
          // A file's bytes may be a view into a larger shared slab (or a packed block, unpacked here),
          // which a message would copy whole: send a copy of just the file, and hand its memory over.
          const own = new Uint8Array(contentBytes(content));
          job.bytes = own.length;
          this.bytesInFlight += own.length;
          batch.push({ id, bytes: own, minor: job.minor, options: job.options });
          transfer.push(own.buffer);
        } else {
          // The worker reads it from the file: this thread neither reads nor copies it.
          batch.push({ id, range: content, minor: job.minor, options: job.options });
        }
      }
      if (batch.length > 0) this.workers[this.nextWorker++ % this.workers.length]!.postMessage(batch, transfer);
    }
  }

  /** Dispatches once the current burst of scan() calls is queued, so they share messages. */
  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    queueMicrotask(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  private start(): void {
    for (let index = 0; index < this.size; index++) {
      const worker = new Worker(workerFileUrl('scan-worker', import.meta.url));
      worker.on('message', (responses: ScanResponse[]) => {
        for (const response of responses) {
          const job = this.inFlight.get(response.id);
          this.inFlight.delete(response.id);
          this.bytesInFlight -= job?.bytes ?? 0;
          this.scannedOnWorkers++;
          if (!job) continue;
          job.done(job.key, 'readError' in response ? new Error(response.readError) : response.json);
        }
        this.dispatch();
      });
      // A worker that cannot run is no reason to fail the scan: what it held is scanned here.
      worker.on('error', (error: Error) => this.fallBack(error));
      this.workers.push(worker);
    }
  }

  private fallBack(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.failure = error.message;
    // The bytes sent were handed over to the worker: load them again.
    const waiting: Job[] = [];
    for (let job = this.nextWaiting(); job; job = this.nextWaiting()) waiting.push(job);
    for (const job of [...this.inFlight.values(), ...waiting]) this.scanJobHere(job);
    this.inFlight.clear();
    this.bytesInFlight = 0;
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
