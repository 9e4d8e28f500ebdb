/** A scanner thread of ScanPool: scans each file it is sent and sends the result back. */
import { parentPort } from 'node:worker_threads';
import type { ScanRequest, ScanResponse } from './scan-pool.ts';
import { scanSource } from './scanner.ts';

parentPort?.on('message', (request: ScanRequest) => {
  const response: ScanResponse = { id: request.id, result: scanSource(request.bytes, request.minor, request.options) };
  parentPort!.postMessage(response);
});
