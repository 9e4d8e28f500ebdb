/** A scanner thread of ScanPool: scans each batch of files it is sent and sends the results back. */
import { parentPort } from 'node:worker_threads';
import { contentBytes, type PackedContent, ScratchBuffer } from '../image/content-store.ts';
import type { ScanRequest, ScanResponse } from './scan-pool.ts';
import { scanSource } from './scanner.ts';
import { encodeScan } from './scan-wire.ts';

/** A file's bytes are needed only until its text is decoded. */
const scratch = new ScratchBuffer();

/** A content of a packed block as sent: the block by its id, so that it is unpacked once for its files. */
function packedContent(sent: NonNullable<ScanRequest['packed']>): PackedContent {
  const block = { id: sent.id, packed: Buffer.from(sent.bytes.buffer, sent.bytes.byteOffset, sent.bytes.byteLength), rawLength: sent.rawLength };
  return { block, offset: sent.offset, length: sent.length };
}

/** One file of a batch: its scan as the wire carries it, or why it could not be read. */
function scan(request: ScanRequest): ScanResponse {
  let bytes: Uint8Array;
  try {
    bytes = request.bytes ?? contentBytes(request.packed ? packedContent(request.packed) : request.range!, scratch);
  } catch (error) {
    return { id: request.id, readError: (error as Error).message };
  }
  return { id: request.id, json: encodeScan(scanSource(bytes, request.minor, request.options)) };
}

parentPort?.on('message', (batch: ScanRequest[]) => {
  parentPort!.postMessage(batch.map(scan));
});
