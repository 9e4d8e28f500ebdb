import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EM_X86_64 } from '../../src/native/elf-machine.ts';
import { cacheLookup, describeCacheFlags, type LdCacheEntry, MAX_CACHE_ENTRIES, parseLdCache } from '../../src/native/ld-cache.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { skipWithout } from '../helpers/native-files.ts';
import { random as prng } from '../helpers/random.ts';

/** `ldconfig -p` of a cache file: one line per entry, in file order. */
function ldconfigListing(cacheFile: string): string[] {
  const output = execFileSync('ldconfig', ['-p', '-C', cacheFile], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return output
    .split('\n')
    .filter((line) => line.startsWith('\t'))
    .map((line) => line.trim());
}

/** An entry as `ldconfig -p` prints it. */
function listingLine(entry: LdCacheEntry): string {
  const hwcap = entry.hwcapsSubdirectory ? `, hwcap: "${entry.hwcapsSubdirectory}"` : entry.hwcap !== '0' ? `, hwcap: 0x${BigInt(entry.hwcap).toString(16).padStart(16, '0')}` : '';
  const os = entry.osVersion ? `, OS ABI: Linux ${(entry.osVersion >> 16) & 0xff}.${(entry.osVersion >> 8) & 0xff}.${entry.osVersion & 0xff}` : '';
  return `${entry.name} (${describeCacheFlags(entry.flags)}${hwcap}${os}) => ${entry.path}`;
}

/** Rewrites a little-endian new-format cache in big-endian byte order, field by field. */
function toBigEndian(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const count = bytes.readUInt32LE(20);
  for (const at of [20, 24, 32, 36, 40, 44]) copy.writeUInt32BE(bytes.readUInt32LE(at), at);
  copy[28] = 3;
  for (let index = 0; index < count; index++) {
    const at = 48 + index * 24;
    for (const field of [0, 4, 8, 12]) copy.writeUInt32BE(bytes.readUInt32LE(at + field), at + field);
    copy.writeBigUInt64BE(bytes.readBigUInt64LE(at + 16), at + 16);
  }
  return copy;
}

const X86_64 = { elfClass: 64, endian: 'little', machine: EM_X86_64 } as const;

describe('ld.so.cache parser against ldconfig -p', { skip: skipWithout('ldconfig') }, () => {
  it('lists the same entries in the same order as ldconfig -p, for the machine cache', () => {
    const bytes = readFileSync('/etc/ld.so.cache');
    const read = parseLdCache(bytes);
    assert.equal(read.status, 'ok');
    if (read.status !== 'ok') return;
    const expected = ldconfigListing('/etc/ld.so.cache');
    assert.deepEqual(read.entries.map(listingLine), expected);
    console.log(`ld.so.cache (${read.format} format): ${read.entries.length} entries compared with ldconfig -p, all equal`);
    assert.ok(read.entries.length > 50);
  });

  it('reads the new format after the old one (compat) and the old one alone, as ldconfig writes them', async () => {
    await using tmp = await tempFolder();
    for (const format of ['compat', 'old', 'new']) {
      const file = path.join(tmp.dir, `ld.so.cache.${format}`);
      // -X: leave the libraries' links alone; only the cache file is written.
      execFileSync('ldconfig', ['-X', '-c', format, '-C', file], { stdio: 'ignore' });
      const read = parseLdCache(readFileSync(file));
      assert.equal(read.status, 'ok', format);
      if (read.status !== 'ok') continue;
      assert.equal(read.format, format === 'old' ? 'old' : 'new', format);
      if (format === 'old') {
        // ldconfig -p shows the old format with other flag names; names, paths and order are compared.
        const expected = ldconfigListing(file).map((line) => line.replace(/ \(.*\) => /, ' => '));
        assert.deepEqual(read.entries.map((entry) => `${entry.name} => ${entry.path}`), expected, format);
      } else {
        assert.deepEqual(read.entries.map(listingLine), ldconfigListing(file), format);
      }
      console.log(`ld.so.cache written as ${format}: ${read.entries.length} entries equal to ldconfig -p`);
    }
  });

  it('reads a big-endian cache as its little-endian twin', () => {
    const bytes = readFileSync('/etc/ld.so.cache');
    const little = parseLdCache(bytes);
    const big = parseLdCache(toBigEndian(bytes));
    assert.equal(big.status, 'ok');
    assert.deepEqual(big.status === 'ok' && big.entries, little.status === 'ok' && little.entries);
  });

  it('finds, for every name ldconfig lists, the path the loader takes: the first listed for the architecture', () => {
    const read = parseLdCache(readFileSync('/etc/ld.so.cache'));
    assert.ok(read.status === 'ok');
    const firstListed = new Map<string, string>();
    for (const line of ldconfigListing('/etc/ld.so.cache')) {
      const match = /^(\S+) \(libc6,x86-64\) => (.*)$/.exec(line);
      if (match && !firstListed.has(match[1]!)) firstListed.set(match[1]!, match[2]!);
    }
    for (const [name, expected] of firstListed) assert.equal(cacheLookup(read.entries, name, X86_64)?.path, expected, name);
    assert.ok(firstListed.size > 50);
    // Another architecture's loader takes none of the x86-64 entries.
    const i386 = { elfClass: 32, endian: 'little', machine: 3 } as const;
    for (const name of firstListed.keys()) assert.notEqual(cacheLookup(read.entries, name, i386)?.flags, 0x303, name);
  });

  it('answers unreadable, never throws, on truncated and mutated caches', () => {
    const bytes = readFileSync('/etc/ld.so.cache');
    const counts = { ok: 0, unreadable: 0 };
    const lengths = [0, 5, 19, 20, 47, 48, 49, 100, 1000, bytes.length - 1, bytes.length >> 1];
    for (const length of lengths) {
      const read = parseLdCache(bytes.subarray(0, length));
      counts[read.status]++;
    }
    for (let seed = 1; seed <= 2000; seed++) {
      const random = prng(seed);
      const copy = Buffer.from(bytes);
      for (let flip = 0; flip < 1 + random() * 6; flip++) {
        const target = random() < 0.5 ? Math.floor(random() * 48) : Math.floor(random() * Math.min(copy.length, 48 + 24 * 40));
        copy[target] = Math.floor(random() * 256);
      }
      const read = parseLdCache(copy);
      counts[read.status]++;
      if (read.status === 'ok') assert.ok(read.entries.length <= MAX_CACHE_ENTRIES);
      else assert.ok(read.reason.length > 0);
    }
    const huge = Buffer.from(bytes);
    huge.writeUInt32LE(0xffffffff, 20);
    assert.match((parseLdCache(huge) as { reason: string }).reason, /entries, more than/);
    console.log(`mutated caches: ${counts.ok} read, ${counts.unreadable} unreadable`);
    assert.ok(counts.unreadable > 10);
  });
});
