import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexTar, parsePaxRecords, TarFormatError, type TarEntry, TarLimitError, TarParser } from '../../src/image/tar.ts';
import { entryBlocks, tar, type WriteEntry } from '../helpers/tar-writer.ts';

interface Parsed {
  entry: TarEntry;
  data: string | undefined;
}

function parse(archive: Buffer, keep = (_entry: TarEntry) => Infinity, chunkSize = archive.length): Parsed[] {
  const seen: Parsed[] = [];
  const parser = new TarParser(keep, (entry, data) => seen.push({ entry, data: data?.toString('utf8') }));
  for (let pos = 0; pos < archive.length; pos += chunkSize) parser.write(archive.subarray(pos, pos + chunkSize));
  parser.end();
  return seen;
}

const LONG = `${'dir-'.repeat(40)}/${'name'.repeat(30)}.py`;

describe('TarParser', () => {
  it('reads every entry type with names, modes, sizes and link targets', () => {
    const entries: WriteEntry[] = [
      { name: 'app/', type: 'dir', mode: 0o750 },
      { name: 'app/main.py', content: 'import os\n', mode: 0o644 },
      { name: 'app/link', type: 'symlink', linkName: '../etc/passwd' },
      { name: 'app/hard', type: 'hardlink', linkName: 'app/main.py' },
      { name: 'dev/null', type: 'char' },
      { name: 'run/pipe', type: 'fifo' },
    ];
    const seen = parse(tar(entries));
    assert.deepEqual(
      seen.map(({ entry, data }) => [entry.name, entry.type, entry.mode, entry.size, entry.linkName, data]),
      [
        ['app/', 'dir', 0o750, 0, '', undefined],
        ['app/main.py', 'file', 0o644, 10, '', 'import os\n'],
        ['app/link', 'symlink', 0o644, 0, '../etc/passwd', undefined],
        ['app/hard', 'hardlink', 0o644, 0, 'app/main.py', undefined],
        ['dev/null', 'char', 0o644, 0, '', undefined],
        ['run/pipe', 'fifo', 0o644, 0, '', undefined],
      ],
    );
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const archive = tar([
      { name: 'a.py', content: 'x'.repeat(1000) },
      { name: LONG, content: 'long', longNames: 'pax' },
      { name: 'b.py', content: '' },
    ]);
    const whole = parse(archive);
    for (const chunk of [1, 7, 511, 512, 513, 4096]) assert.deepEqual(parse(archive, undefined, chunk), whole, `chunk size ${chunk}`);
  });

  it('applies pax path and linkpath records', () => {
    const longLink = `/${'target/'.repeat(20)}file`;
    const seen = parse(tar([{ name: LONG, content: 'data', longNames: 'pax' }, { name: 'x/link', type: 'symlink', linkName: longLink, longNames: 'pax' }]));
    assert.equal(seen[0]!.entry.name, LONG);
    assert.equal(seen[0]!.data, 'data');
    assert.equal(seen[1]!.entry.linkName, longLink);
  });

  it('applies GNU long names and long link names', () => {
    const longLink = `${'t'.repeat(150)}/file`;
    const seen = parse(tar([{ name: LONG, content: 'gnu', longNames: 'gnu' }, { name: `${'l'.repeat(120)}`, type: 'symlink', linkName: longLink, longNames: 'gnu' }]));
    assert.equal(seen[0]!.entry.name, LONG);
    assert.equal(seen[0]!.data, 'gnu');
    assert.equal(seen[1]!.entry.name, 'l'.repeat(120));
    assert.equal(seen[1]!.entry.linkName, longLink);
    assert.equal(seen.length, 2, 'long-name headers are not entries');
  });

  it('uses the ustar prefix field', () => {
    const block = entryBlocks({ name: 'file.py', content: 'p' })[0]!;
    block.write('some/prefix', 345, 'utf8');
    block.write('        ', 148, 'ascii');
    let sum = 0;
    for (const byte of block) sum += byte;
    block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    const archive = Buffer.concat([block, Buffer.from('p'.padEnd(512, '\0')), Buffer.alloc(1024)]);
    assert.equal(parse(archive)[0]!.entry.name, 'some/prefix/file.py');
  });

  it('reads GNU base-256 sizes', () => {
    const seen = parse(tar([{ name: 'big.bin', content: 'abc', base256Size: true }]));
    assert.equal(seen[0]!.entry.size, 3);
    assert.equal(seen[0]!.data, 'abc');
  });

  it('lets a pax size record override the header size', () => {
    const blocks = entryBlocks({ name: 'f', content: 'abcdef', pax: { size: '6' } });
    assert.equal(parse(Buffer.concat([...blocks, Buffer.alloc(1024)]))[0]!.entry.size, 6);
  });

  it('keeps global pax records for every later entry, local ones for one', () => {
    const global = Buffer.from('20 path=global-name\n');
    const globalHeader = entryBlocks({ name: 'g', content: global })[0]!;
    globalHeader.write('g', 156, 'ascii');
    globalHeader.write('        ', 148, 'ascii');
    let sum = 0;
    for (const byte of globalHeader) sum += byte;
    globalHeader.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    const archive = Buffer.concat([globalHeader, Buffer.from(global.toString().padEnd(512, '\0')), ...entryBlocks({ name: 'one', content: '1' }), Buffer.alloc(1024)]);
    assert.deepEqual(parse(archive).map((item) => item.entry.name), ['global-name']);
  });

  it('keeps only the bytes asked for and skips the rest', () => {
    const archive = tar([
      { name: 'keep.py', content: 'all of it' },
      { name: 'head.bin', content: '#!/usr/bin/python3\n' + 'x'.repeat(5000) },
      { name: 'skip.bin', content: 'y'.repeat(3000) },
      { name: 'empty.py', content: '' },
    ]);
    const seen = parse(archive, (entry) => (entry.name.endsWith('.py') ? Infinity : entry.name === 'head.bin' ? 18 : 0));
    assert.deepEqual(
      seen.map((item) => [item.entry.name, item.data]),
      [
        ['keep.py', 'all of it'],
        ['head.bin', '#!/usr/bin/python3'],
        ['skip.bin', undefined],
        ['empty.py', ''],
      ],
    );
  });

  it('ignores what follows the end-of-archive marker', () => {
    const archive = Buffer.concat([tar([{ name: 'a', content: '1' }]), Buffer.from('trailing garbage')]);
    assert.equal(parse(archive).length, 1);
  });

  it('accepts an archive without the end marker when it stops on a header boundary', () => {
    const archive = Buffer.concat(entryBlocks({ name: 'a', content: '1' }));
    assert.equal(parse(archive).length, 1);
  });

  it('reports an archive truncated inside an entry', () => {
    const archive = tar([{ name: 'big.py', content: 'z'.repeat(2000) }]).subarray(0, 1200);
    assert.throws(() => parse(archive), (error: Error) => error instanceof TarFormatError && /truncated at byte 1200/.test(error.message) && /big\.py/.test(error.message));
  });

  it('reports an archive truncated inside a header', () => {
    assert.throws(() => parse(tar([{ name: 'a', content: '1' }]).subarray(0, 300)), /inside a header/);
  });

  it('rejects a block that is not a tar header', () => {
    assert.throws(() => parse(Buffer.from('this is not a tar archive'.padEnd(1024, '!'))), /checksum mismatch/);
  });

  it('checks each header against its checksum, summed unsigned or (as old writers did) signed, wherever it lies in memory', () => {
    const archive = tar([{ name: 'app/café_ñ.py', content: 'import os\n' }]);
    /** The first header with its checksum field rewritten from a sum with each byte read as `signed` or not. */
    const withChecksum = (signed: boolean): Buffer => {
      const copy = Buffer.from(archive);
      let sum = 8 * 0x20;
      for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += signed && copy[i]! > 127 ? copy[i]! - 256 : copy[i]!;
      copy.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
      return copy;
    };
    const corrupt = Buffer.from(archive);
    corrupt[5] = corrupt[5]! ^ 1;
    for (const shift of [0, 1, 2, 3]) {
      // The same bytes at another offset of a larger buffer: the header's view is not word-aligned.
      const at = (bytes: Buffer): Buffer => Buffer.concat([Buffer.alloc(shift), bytes]).subarray(shift);
      for (const signed of [false, true]) {
        const bytes = at(withChecksum(signed));
        assert.deepEqual(indexTar((position, length) => bytes.subarray(position, position + length), bytes.length).map((entry) => entry.name), ['app/café_ñ.py'], `signed ${signed}, shift ${shift}`);
        assert.deepEqual(parse(bytes).map(({ data }) => data), ['import os\n']);
      }
      const bad = at(corrupt);
      assert.throws(() => indexTar((position, length) => bad.subarray(position, position + length), bad.length), /checksum mismatch/, `shift ${shift}`);
    }
  });

  it('rejects a malformed pax record', () => {
    assert.throws(() => parsePaxRecords(Buffer.from('99 path=x\n')), /malformed pax/);
  });
});

describe('indexTar', () => {
  function readerOf(archive: Buffer) {
    const reads: Array<[number, number]> = [];
    const readAt = (position: number, length: number) => {
      reads.push([position, length]);
      return archive.subarray(position, position + length);
    };
    return { readAt, reads };
  }

  it('lists entries with data offsets, reading only headers', () => {
    const big = 'B'.repeat(100_000);
    const archive = tar([{ name: 'manifest.json', content: '[]' }, { name: 'layer/layer.tar', content: big }, { name: LONG, content: 'L', longNames: 'pax' }, { name: 'other/layer.tar', type: 'symlink', linkName: '../layer/layer.tar' }]);
    const { readAt, reads } = readerOf(archive);
    const entries = indexTar(readAt, archive.length);
    assert.deepEqual(entries.map((entry) => [entry.name, entry.type, entry.size]), [
      ['manifest.json', 'file', 2],
      ['layer/layer.tar', 'file', 100_000],
      [LONG, 'file', 1],
      ['other/layer.tar', 'symlink', 0],
    ]);
    const layer = entries[1]!;
    assert.equal(archive.subarray(layer.dataOffset, layer.dataOffset + layer.size).toString(), big);
    const bytesRead = reads.reduce((sum, [, length]) => sum + length, 0);
    assert.ok(bytesRead < 4096, `read ${bytesRead} bytes to index a ${archive.length}-byte archive`);
  });

  it('reports an entry whose data runs past the end of the file', () => {
    const archive = tar([{ name: 'layer.tar', content: 'x'.repeat(5000) }]).subarray(0, 2000);
    const { readAt } = readerOf(archive);
    assert.throws(() => indexTar(readAt, archive.length), /layer\.tar.*needs 5512 bytes, file has 2000/);
  });
});

describe('tar limits', () => {
  const index = (archive: Buffer) => indexTar((position, length) => archive.subarray(position, position + length), archive.length);
  const bothReaders = (archive: Buffer, check: (error: Error) => boolean): void => {
    assert.throws(() => parse(archive, () => 0, 64 * 1024), check, 'streamed');
    assert.throws(() => index(archive), check, 'indexed');
  };
  // Just under 1 MiB, so the pax header holding it stays within its own limit.
  const megabytePath = 'a/'.repeat(500 * 1024) + 'x.py';

  it('refuses a 1 MB pax path, and a GNU long name over PATH_MAX, without building the entry', () => {
    for (const longNames of ['pax', 'gnu'] as const) {
      bothReaders(tar([{ name: megabytePath, content: 'x', longNames }]), (error) => error instanceof TarLimitError && /^entry name "a\/a\/.{60,80}\.\.\." is 1024004 bytes long: the limit is 4096 bytes \(Linux's PATH_MAX\)$/.test(error.message));
    }
    const longest = 'd/'.repeat(2047) + 'xy';
    assert.equal(Buffer.byteLength(longest), 4096);
    assert.equal(parse(tar([{ name: longest, content: 'x' }]))[0]!.entry.name, longest, 'PATH_MAX bytes exactly are read');
    // A multi-byte name is measured in bytes, not characters.
    bothReaders(tar([{ name: 'é'.repeat(2049), content: 'x' }]), (error) => error instanceof TarLimitError && /is 4098 bytes long/.test(error.message));
  });

  it('refuses a link target over PATH_MAX, and a symlink to two million components', () => {
    const target = '../'.repeat(100_000) + 'etc/passwd';
    for (const longNames of ['pax', 'gnu'] as const) {
      bothReaders(tar([{ name: 'app/link', type: 'symlink', linkName: target, longNames }]), (error) => error instanceof TarLimitError && /^link target of "app\/link" "\.\.\/.*" is 300010 bytes long: the limit is 4096 bytes/.test(error.message));
      const huge = '../'.repeat(2_000_000) + 'etc/passwd';
      bothReaders(tar([{ name: 'app/link', type: 'symlink', linkName: huge, longNames }]), (error) => error instanceof TarLimitError && /^the (pax extended header|GNU long-name record) at byte 0 is 60000\d\d bytes long: the limit is 1048576 bytes per header$/.test(error.message));
    }
  });

  it('refuses an extended header over 1 MiB before reading it', () => {
    const records = { comment: 'c'.repeat(1024 * 1024) };
    bothReaders(tar([{ name: 'a.py', content: 'x', pax: records }]), (error) => error instanceof TarLimitError && /^the pax extended header at byte 0 is 10485\d\d bytes long: the limit is 1048576 bytes per header$/.test(error.message));
    const fits = { comment: 'c'.repeat(1000 * 1000) };
    assert.equal(parse(tar([{ name: 'a.py', content: 'x', pax: fits }])).length, 1);
  });

  it('keeps only the pax keys entries use from global headers', () => {
    const global = Buffer.from('26 path=global/default.py\n18 x.unused=value\n');
    const blocks = entryBlocks({ name: 'PaxGlobal', content: global });
    blocks[0]!.write('g', 156, 'latin1');
    // Rewrite the checksum for the changed type flag.
    blocks[0]!.write('        ', 148, 'latin1');
    let sum = 0;
    for (const byte of blocks[0]!) sum += byte;
    blocks[0]!.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const archive = Buffer.concat([...blocks, tar([{ name: 'a.py', content: 'x' }])]);
    assert.deepEqual(parse(archive).map(({ entry }) => entry.name), ['global/default.py']);
  });

  it('stops listing past the limit of entries', () => {
    const archive = tar(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}` })));
    assert.equal(indexTar((position, length) => archive.subarray(position, position + length), archive.length, 11).length, 11);
    assert.throws(() => indexTar((position, length) => archive.subarray(position, position + length), archive.length, 10), (error: Error) => error instanceof TarLimitError && /more than 10 entries/.test(error.message));
  });
});
