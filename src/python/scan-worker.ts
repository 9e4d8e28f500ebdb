/** A scanner thread of ScanPool: scans each batch of files it is sent and sends the results back. */
import { parentPort } from 'node:worker_threads';
import { readRange, ScratchBuffer } from '../image/content-store.ts';
import type { ScanRequest, ScanResponse } from './scan-pool.ts';
import { scanSource } from './scanner.ts';
import { encodeScan } from './scan-wire.ts';

/** A file's bytes are needed only until its text is decoded. */
const scratch = new ScratchBuffer();

/** One file of a batch: its scan as the wire carries it, or why it could not be read. */
function scan(request: ScanRequest): ScanResponse {
  let bytes: Uint8Array;
  try {
    bytes = request.bytes ?? readRange(request.range!, scratch);
  } catch (error) {
    return { id: request.id, readError: (error as Error).message };
  }
  return { id: request.id, json: encodeScan(scanSource(bytes, request.minor, request.options)) };
}

parentPort?.on('message', (batch: ScanRequest[]) => {
  parentPort!.postMessage(batch.map(scan));
});
