/** A scanner thread of ScanPool: scans each file it is sent and sends the result back. */
import { parentPort } from 'node:worker_threads';
import { readRange } from '../image/content-store.ts';
import type { ScanRequest, ScanResponse } from './scan-pool.ts';
import { scanSource } from './scanner.ts';

parentPort?.on('message', (request: ScanRequest) => {
  let bytes: Uint8Array;
  try {
    bytes = request.bytes ?? readRange(request.range!);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, readError: (error as Error).message } satisfies ScanResponse);
    return;
  }
  parentPort!.postMessage({ id: request.id, json: JSON.stringify(scanSource(bytes, request.minor, request.options)) } satisfies ScanResponse);
});
