/**
 * Scans source files on worker threads while the walk goes on resolving, so a large image's
 * files are parsed on every core. Small walks never start a worker: until `threshold` files
 * were asked for, scans run on the calling thread. Only a few files per worker are in flight;
 * the rest wait as loaders, so memory does not grow with the queue.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { scanSource } from './scanner.ts';
import type { ScanFailure, ScanResult } from './syntax.ts';
import type { TokenizeOptions } from './tokenizer.ts';

export interface ScanRequest {
  id: number;
  bytes: Uint8Array;
  minor: number;
  options: TokenizeOptions;
}

export interface ScanResponse {
  id: number;
  result: ScanResult | ScanFailure;
}

type Outcome = ScanResult | ScanFailure | undefined;

interface Job {
  load: () => Uint8Array | undefined;
  minor: number;
  options: TokenizeOptions;
  resolve: (result: Outcome) => void;
}

const IN_FLIGHT_PER_WORKER = 64;

/** The worker's own file: a sibling of this module, bundled (.js) or not (.ts). */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './scan-worker.ts' : './scan-worker.js', import.meta.url);
}

export class ScanPool {
  private readonly size: number;
  private readonly threshold: number;
  private workers: Worker[] = [];
  private readonly waiting: Job[] = [];
  private readonly inFlight = new Map<number, Job>();
  private nextId = 0;
  private requested = 0;
  private failed = false;
  /** Files scanned on a worker, for the report of a run. */
  scannedOnWorkers = 0;

  constructor(options: { size?: number; threshold?: number } = {}) {
    this.size = options.size ?? os.availableParallelism();
    this.threshold = options.threshold ?? 400;
  }

  /** Scans what `load` returns (undefined when it returns nothing), here or on a worker. */
  scan(load: () => Uint8Array | undefined, minor: number, options: TokenizeOptions): Promise<Outcome> {
    this.requested++;
    if (this.size === 0 || this.failed || this.requested < this.threshold) {
      const bytes = load();
      return Promise.resolve(bytes ? scanSource(bytes, minor, options) : undefined);
    }
    if (this.workers.length === 0) this.start();
    return new Promise((resolve) => {
      this.waiting.push({ load, minor, options, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.inFlight.size < this.workers.length * IN_FLIGHT_PER_WORKER && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      const bytes = job.load();
      if (!bytes) {
        job.resolve(undefined);
        continue;
      }
      // A file's bytes may be a view into a larger shared slab, which a message would copy whole:
      // send a copy of just the file, and hand its memory over rather than copy it again.
      const own = new Uint8Array(bytes);
      const request: ScanRequest = { id: this.nextId++, bytes: own, minor: job.minor, options: job.options };
      this.inFlight.set(request.id, job);
      this.workers[request.id % this.workers.length]!.postMessage(request, [own.buffer]);
    }
  }

  private start(): void {
    for (let index = 0; index < this.size; index++) {
      const worker = new Worker(workerUrl());
      worker.on('message', (response: ScanResponse) => {
        const job = this.inFlight.get(response.id);
        this.inFlight.delete(response.id);
        this.scannedOnWorkers++;
        job?.resolve(response.result);
        this.dispatch();
      });
      // A worker that cannot run is no reason to fail the scan: what it held is scanned here.
      worker.on('error', () => this.fallBack());
      this.workers.push(worker);
    }
  }

  private fallBack(): void {
    if (this.failed) return;
    this.failed = true;
    // The bytes sent were handed over to the worker: load them again.
    for (const job of [...this.inFlight.values(), ...this.waiting.splice(0)]) {
      const bytes = job.load();
      job.resolve(bytes ? scanSource(bytes, job.minor, job.options) : undefined);
    }
    this.inFlight.clear();
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
