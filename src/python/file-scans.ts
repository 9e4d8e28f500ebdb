/**
 * The scans of the files a walk reaches. Each is started once, as soon as its module is queued
 * (on a worker when there is a pool), and kept as it came until the walk reads it: its imports
 * when the walk visits the file, its names when `from pkg import name` asks.
 */
import type { ImageFs, PartlyRead } from '../image/image-fs.ts';
import { type ContentLoader, type ScanDone, ScanPool } from './scan-pool.ts';
import { NAMES_NOT_READ, scanSource } from './scanner.ts';
import { decodeScan, type EncodedScan, encodedFailure, encodedImportsOnly } from './scan-wire.ts';
import type { ScanFailure, ScanResult } from './syntax.ts';
import type { TokenizeOptions } from './tokenizer.ts';

export interface ScannedFile {
  /** A scan made on this thread. */
  scan?: ScanResult | ScanFailure;
  /**
   * A scan a worker made, as it came (see EncodedScan). Its imports are read only when its file
   * is visited: it is decoded for that, each time, and the decoded copy dropped after.
   */
  encoded?: EncodedScan;
  /** What `encoded` says of the module's names (its imports left out): decoded once, when first asked. */
  names?: ScanResult;
  /** Application sources keep their text, for Django settings hints. */
  text?: string;
  /** The file was kept only in part (larger than the bytes kept of one file): it is not scanned. */
  partlyRead?: PartlyRead;
}

/** The names a module binds, as far as its scan knows them. */
export type Bindings = Pick<ScanResult, 'bindings' | 'openEnded'>;
/** What a scan for imports only says of a module's names. */
const NAMES_UNKNOWN: Bindings = { bindings: [], openEnded: [NAMES_NOT_READ] };

/** A package's own module, whose names decide what `from pkg import name` imports. */
const PACKAGE_INIT = /\/__init__\.py$/;
/**
 * How files outside the application are scanned. Only import-time imports count there, and the
 * names a module binds only for a package (`from pkg import name` may import a submodule).
 */
const PACKAGE_SCAN: TokenizeOptions = { skipFunctionBodies: true };
const MODULE_SCAN: TokenizeOptions = { skipFunctionBodies: true, importsOnly: true };

export interface FileScansOptions {
  fs: ImageFs;
  minor: number;
  /** Scans on worker threads; without one, on this thread. */
  pool?: ScanPool | undefined;
  /** The application's own files are scanned in full, here, and keep their text. */
  isFirstParty: (file: string) => boolean;
  onProgress?: ((files: number) => void) | undefined;
}

/** What `run` returns, or the error it throws. */
function attempt<T>(run: () => T): T | Error {
  try {
    return run();
  } catch (error) {
    return error as Error;
  }
}

export class FileScans {
  private readonly options: FileScansOptions;
  /** The pool given, or one without workers, which scans each file here when asked. */
  private readonly pool: ScanPool;
  /**
   * Each file's outcome, once in: the scan, undefined when there was no file to scan, or the
   * error that stopped it, which the walk meets when it reads the file.
   */
  private readonly outcomes = new Map<string, ScannedFile | undefined | Error>();
  private readonly started = new Set<string>();
  /** Who waits for a scan still out: the walk, when it reaches a file before a worker is done with it. */
  private readonly waiting = new Map<string, Array<() => void>>();
  /** Files scanned, and those that did not parse. */
  files = 0;
  unparsed = 0;

  constructor(options: FileScansOptions) {
    this.options = options;
    this.pool = options.pool ?? new ScanPool({ size: 0 });
  }

  /** Starts a file's scan, once. */
  start(file: string): void {
    if (this.started.has(file)) return;
    this.started.add(file);
    const { fs, minor } = this.options;
    // A part of a file would be scanned as if it were all of it: a cut statement, a string left open.
    const partlyRead = fs.partlyRead(file);
    if (partlyRead) {
      this.settle(file, { partlyRead });
      return;
    }
    if (this.options.isFirstParty(file)) {
      this.settle(file, attempt(() => {
        const bytes = fs.readFile(file);
        return bytes && { scan: scanSource(bytes, minor), text: bytes.toString('utf8') };
      }));
      return;
    }
    const packageInit = PACKAGE_INIT.test(file);
    const options = packageInit ? PACKAGE_SCAN : MODULE_SCAN;
    // A worker reads the file itself when it lies in a file: this thread only says where. A
    // package's scan goes first, as `from pkg import name` waits for it.
    this.pool.scan(file, this.contentOf, minor, options, this.scanDone, packageInit);
  }

  /** Starts a file's scan, which the walk needs now: if it still waits for a worker, it is scanned here. */
  needNow(file: string): void {
    this.start(file);
    this.pool.expedite(file);
  }

  /** Whether a file's scan is in. */
  has(file: string): boolean {
    return this.outcomes.has(file);
  }

  /** A scan that is in; the error that stopped it, thrown. */
  settled(file: string): ScannedFile | undefined {
    const outcome = this.outcomes.get(file);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /** A file's scan as soon as it is in: at once when it is. */
  whenSettled(file: string): ScannedFile | undefined | Promise<ScannedFile | undefined> {
    if (this.outcomes.has(file)) return this.settled(file);
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(file) ?? [];
      waiters.push(() => {
        const outcome = this.outcomes.get(file);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      });
      this.waiting.set(file, waiters);
    });
  }

  /**
   * A file's scan, which the walk needs next: while a worker has it, this thread scans files
   * from the far end of the queue rather than wait idle.
   */
  async awaitNeeded(file: string): Promise<ScannedFile | undefined> {
    this.needNow(file);
    while (!this.outcomes.has(file) && this.pool.scanNewestHere()) await new Promise(setImmediate);
    return this.whenSettled(file);
  }

  /** A settled file's scan, with its imports (none for a file read only in part). */
  importsOf(scanned: ScannedFile): ScanResult | ScanFailure | undefined {
    if (scanned.scan) return scanned.scan;
    return scanned.encoded === undefined ? undefined : decodeScan(scanned.encoded);
  }

  /** What a scanned file binds; callers wait for its scan first. */
  bindingsOf(file: string): Bindings | undefined {
    const scanned = this.outcomes.get(file);
    if (!scanned || scanned instanceof Error) return undefined;
    if (scanned.scan) return scanned.scan.ok ? scanned.scan : undefined;
    if (scanned.encoded === undefined) return undefined;
    const encoded = scanned.encoded;
    // A module scanned for its imports only says nothing of its names: no need to decode it for that.
    if (encodedImportsOnly(encoded)) return NAMES_UNKNOWN;
    if (encodedFailure(encoded)) return undefined;
    if (!scanned.names) scanned.names = { ...(decodeScan(encoded) as ScanResult), imports: [] };
    return scanned.names;
  }

  private readonly contentOf: ContentLoader = (file) => this.options.fs.contentOf(file);

  private readonly scanDone: ScanDone = (file, outcome) => {
    this.settle(file, outcome === undefined || outcome instanceof Error ? outcome : typeof outcome === 'string' ? { encoded: outcome } : { scan: outcome });
  };

  private settle(file: string, outcome: ScannedFile | undefined | Error): void {
    this.outcomes.set(file, outcome);
    if (outcome !== undefined && !(outcome instanceof Error) && !outcome.partlyRead) {
      this.files++;
      if (outcome.encoded !== undefined ? encodedFailure(outcome.encoded) : !outcome.scan!.ok) this.unparsed++;
      if (this.files % 500 === 0) this.options.onProgress?.(this.files);
    }
    const waiters = this.waiting.get(file);
    if (waiters) {
      this.waiting.delete(file);
      for (const wake of waiters) wake();
    }
  }
}
