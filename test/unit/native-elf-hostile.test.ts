import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bytesSource, type ByteSource } from '../../src/native/byte-source.ts';
import { type ElfRead, MAX_ELF_BYTES_READ, MAX_PROGRAM_HEADERS, readElf } from '../../src/native/elf.ts';
import { pythonExtensionModules, systemLibraries } from '../helpers/native-files.ts';
import { random as prng } from '../helpers/random.ts';

/** A source that counts what is asked of it, to show every read stays bounded. */
function countingSource(bytes: Uint8Array): ByteSource & { asked: number } {
  const inner = bytesSource(bytes);
  const source = {
    size: inner.size,
    asked: 0,
    read(offset: number, length: number) {
      source.asked += length;
      return inner.read(offset, length);
    },
  };
  return source;
}

function readBounded(bytes: Uint8Array, label: string): ElfRead {
  const source = countingSource(bytes);
  const started = performance.now();
  let read: ElfRead;
  try {
    read = readElf(source);
  } catch (error) {
    assert.fail(`${label}: threw ${(error as Error).stack}`);
  }
  assert.ok(performance.now() - started < 2000, `${label}: the read ends quickly`);
  assert.ok(source.asked <= MAX_ELF_BYTES_READ + 64 * 1024, `${label}: asked for ${source.asked} bytes`);
  assert.ok(['ok', 'unreadable'].includes(read.status), `${label}: a whole file is either read or unreadable, got ${read.status}`);
  if (read.status === 'unreadable') assert.ok(read.reason.length > 0, `${label}: says why`);
  return read;
}

/** The smallest real ELF shared object with needed libraries and symbol versions (a deterministic choice). */
function smallRealObject(): { file: string; bytes: Buffer } {
  const candidates = [...pythonExtensionModules(), ...systemLibraries()]
    .map((file) => ({ file, size: statSync(file).size }))
    .sort((a, b) => a.size - b.size || a.file.localeCompare(b.file));
  for (const { file } of candidates) {
    const bytes = readFileSync(file);
    const read = readElf(bytesSource(bytes));
    if (read.status === 'ok' && read.elf.elfClass === 64 && read.elf.needed.length >= 2 && read.elf.versionNeeds.length > 0) return { file, bytes };
  }
  throw new Error('no small ELF object with version needs on this machine');
}

/** Offsets of a 64-bit little-endian object's dynamic entries, by tag (parsed here independently of the reader). */
function dynamicEntries(bytes: Buffer): Map<number, number[]> {
  const phoff = Number(bytes.readBigUInt64LE(32));
  const phentsize = bytes.readUInt16LE(54);
  const phnum = bytes.readUInt16LE(56);
  const entries = new Map<number, number[]>();
  for (let index = 0; index < phnum; index++) {
    const at = phoff + index * phentsize;
    if (bytes.readUInt32LE(at) !== 2) continue;
    const offset = Number(bytes.readBigUInt64LE(at + 8));
    const size = Number(bytes.readBigUInt64LE(at + 32));
    for (let entry = offset; entry + 16 <= offset + size; entry += 16) {
      const tag = Number(bytes.readBigInt64LE(entry));
      if (tag === 0) break;
      entries.set(tag, [...(entries.get(tag) ?? []), entry]);
    }
  }
  return entries;
}

describe('ELF reader on hostile input', () => {
  const { file, bytes } = smallRealObject();
  const original = readElf(bytesSource(bytes));
  assert.equal(original.status, 'ok');

  it('reads every truncation of a real object without throwing, and never reports more than the file holds', () => {
    let unreadable = 0;
    let ok = 0;
    for (let length = 0; length < bytes.length; length++) {
      const read = readBounded(bytes.subarray(0, length), `${file} cut at ${length}`);
      if (read.status === 'ok') {
        ok++;
        // A cut that keeps everything the reader needs gives the same facts.
        assert.deepEqual(read, original, `${file} cut at ${length}`);
      } else unreadable++;
    }
    console.log(`truncations of ${file} (${bytes.length} bytes): ${unreadable} unreadable, ${ok} still complete`);
    assert.ok(unreadable > 0);
  });

  it('survives random mutations (fixed seeds) without throwing or hanging', () => {
    const counts = { ok: 0, unreadable: 0, differs: 0 };
    const dynamic = dynamicEntries(bytes);
    const hotSpots = [...dynamic.values()].flat();
    for (let seed = 1; seed <= 3000; seed++) {
      const random = prng(seed);
      const copy = Buffer.from(bytes);
      const flips = 1 + Math.floor(random() * 6);
      for (let flip = 0; flip < flips; flip++) {
        // Half the mutations hit the header, program headers and dynamic entries, where offsets and counts live.
        const target = random() < 0.5 ? (random() < 0.5 ? Math.floor(random() * 64 + 0) : hotSpots[Math.floor(random() * hotSpots.length)]! + Math.floor(random() * 16)) : Math.floor(random() * copy.length);
        copy[target] = Math.floor(random() * 256);
      }
      const read = readBounded(copy, `${file} seed ${seed}`);
      counts[read.status === 'ok' ? 'ok' : 'unreadable']++;
      if (read.status === 'ok' && JSON.stringify(read) !== JSON.stringify(original)) counts.differs++;
    }
    console.log(`mutations of ${file}: ${counts.ok} read (${counts.differs} with changed facts), ${counts.unreadable} unreadable`);
    assert.ok(counts.unreadable > 100 && counts.ok > 100);
  });

  it('refuses huge counts and out-of-file tables with a reason', () => {
    const dynamic = dynamicEntries(bytes);
    const cases: { what: string; edit: (copy: Buffer) => void; expect: RegExp }[] = [
      { what: 'program header count', edit: (copy) => copy.writeUInt16LE(MAX_PROGRAM_HEADERS + 1, 56), expect: /program headers, more than/ },
      { what: 'extended program header count', edit: (copy) => copy.writeUInt16LE(0xffff, 56), expect: /PN_XNUM/ },
      { what: 'program header size', edit: (copy) => copy.writeUInt16LE(8, 54), expect: /program header entries are 8 bytes/ },
      { what: 'program header offset', edit: (copy) => copy.writeBigUInt64LE(0xffffffffffffn, 32), expect: /outside the file/ },
      { what: 'version need count', edit: (copy) => copy.writeBigUInt64LE(0xffffffffn, dynamic.get(0x6fffffff)![0]! + 8), expect: /version needs name 4294967295 files/ },
      { what: 'string table size', edit: (copy) => copy.writeBigUInt64LE(0x7fffffffn, dynamic.get(10)![0]! + 8), expect: /string table .* runs past the end/ },
      { what: 'string table address', edit: (copy) => copy.writeBigUInt64LE(0x7fffffff0n, dynamic.get(5)![0]! + 8), expect: /lies in no loaded segment/ },
      { what: 'needed name index', edit: (copy) => copy.writeBigUInt64LE(0xfffffffn, dynamic.get(1)![0]! + 8), expect: /outside the string table/ },
      { what: 'ELF class', edit: (copy) => (copy[4] = 9), expect: /unknown ELF class 9/ },
      { what: 'magic', edit: (copy) => (copy[1] = 0), expect: /not an ELF file/ },
    ];
    for (const { what, edit, expect } of cases) {
      const copy = Buffer.from(bytes);
      edit(copy);
      const read = readBounded(copy, what);
      assert.equal(read.status, 'unreadable', what);
      assert.match(read.status === 'unreadable' ? read.reason : '', expect, what);
    }
  });

  it('ends a version chain at its last entry when the count claims more, as the loader does', () => {
    const copy = Buffer.from(bytes);
    copy.writeBigUInt64LE(1000n, dynamicEntries(bytes).get(0x6fffffff)![0]! + 8);
    assert.deepEqual(readBounded(copy, 'version need count larger than the chain'), original);
  });
});
