import assert from 'node:assert/strict';
import { closeSync, openSync, readSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CAPTURE_FIRST_SEGMENT_BYTES, CaptureBuffers, ElfCapture } from '../../src/native/elf-capture.ts';
import { readElf } from '../../src/native/elf.ts';
import { FileSource, pythonExtensionModules, systemLibraries } from '../helpers/native-files.ts';
import { random as seeded } from '../helpers/random.ts';

/** Streams a file through a capture in chunks of the sizes `chunkSize` picks, as a layer's bytes would pass. */
function captured(file: string, chunkSize: () => number, buffers: CaptureBuffers): ReturnType<ElfCapture['finish']> {
  const fd = openSync(file, 'r');
  try {
    const source = new FileSource(file);
    const size = source.size;
    source.close();
    const capture = new ElfCapture(size, buffers);
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (let position = 0; position < size; ) {
      const want = Math.min(chunkSize(), chunk.length, size - position);
      const got = readSync(fd, chunk, 0, want, position);
      assert.ok(got > 0, `${file} ended early`);
      capture.write(chunk.subarray(0, got));
      position += got;
    }
    return capture.finish();
  } finally {
    closeSync(fd);
  }
}

describe('ELF capture from a stream', () => {
  it('reads from one pass over the bytes what a read of the whole file reads, for every library and extension module of the machine', () => {
    const files = [...new Set([...systemLibraries(), ...pythonExtensionModules()])].sort();
    assert.ok(files.length > 500, `${files.length} files`);
    const random = seeded(21);
    const sizes = [1, 7, 512, 4096, 65_536, 1024 * 1024];
    const buffers = new CaptureBuffers();
    const disagreements: string[] = [];
    /** Files whose tables lie past the cap on the first segment: read again whole, when the analysis needs them. */
    const beyondCap: string[] = [];
    let elf = 0;
    for (const [index, file] of files.entries()) {
      // A few files byte by byte and in odd sizes; most in the chunk sizes a layer read hands over.
      const chunkSize = index % 97 === 0 ? () => sizes[Math.floor(random() * 3)]! : () => sizes[3 + Math.floor(random() * 3)]!;
      const { ident, read } = captured(file, chunkSize, buffers);
      const whole = new FileSource(file);
      const expected = readElf(whole);
      const head = whole.read(0, Math.min(20, whole.size));
      whole.close();
      if (expected.status === 'ok') elf++;
      if (read.status === 'incomplete' && expected.status === 'ok' && read.missing.every((range) => range.offset >= CAPTURE_FIRST_SEGMENT_BYTES)) beyondCap.push(file);
      else if (JSON.stringify(read) !== JSON.stringify(expected)) disagreements.push(`${file}: captured ${JSON.stringify(read).slice(0, 300)}, whole ${JSON.stringify(expected).slice(0, 300)}`);
      assert.deepEqual(ident, Uint8Array.from(head ?? []), file);
    }
    console.log(`capture: ${files.length} files streamed (${elf} ELF objects read), ${disagreements.length} disagreements with a read of the whole file, ${beyondCap.length} incomplete with tables past ${CAPTURE_FIRST_SEGMENT_BYTES} bytes (${beyondCap.join(', ')})`);
    assert.deepEqual(disagreements.slice(0, 10), []);
    assert.ok(beyondCap.length * 500 < files.length, 'tables past the cap are rare');
  });

  it('answers for what is not ELF, an empty file and a truncated one', () => {
    const text = new ElfCapture(11);
    text.write(Buffer.from('#!/bin/sh\n\n'));
    assert.deepEqual(text.finish().read, { status: 'unreadable', problem: 'not-elf', reason: 'not an ELF file' });
    const empty = new ElfCapture(0);
    assert.equal(empty.finish().read.status, 'unreadable');
    const file = systemLibraries()[0]!;
    const source = new FileSource(file);
    const head = source.read(0, 40)!;
    source.close();
    // The header claims program headers that never come: the read says what it lacks, it does not throw.
    const cut = new ElfCapture(40);
    cut.write(head);
    assert.notEqual(cut.finish().read.status, 'ok');
  });
});
