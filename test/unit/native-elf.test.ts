import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bytesSource, type ByteRange, mergeRanges } from '../../src/native/byte-source.ts';
import { type ElfObject, type ElfRead, MAX_ELF_BYTES_READ, readElf } from '../../src/native/elf.ts';
import { FileSource, pythonExtensionModules, skipWithout, systemLibraries } from '../helpers/native-files.ts';

/** What readelf says of one file, in the reader's terms. */
interface ReadelfFacts {
  notElf: boolean;
  elfClass?: number;
  endian?: string;
  machine?: string;
  type?: string;
  interpreter?: string;
  needed: string[];
  soname?: string;
  rpath?: string;
  runpath?: string;
  versionNeeds: { file: string; versions: { name: string; weak: boolean }[] }[];
  versionDefinitions: { name: string; base: boolean; parents: string[] }[];
}

const READELF_MACHINES: Record<string, number> = { 'Advanced Micro Devices X86-64': 62, 'Intel 80386': 3, AArch64: 183, ARM: 40, 'IBM S/390': 22, PowerPC64: 21, 'RISC-V': 243 };
const READELF_TYPES: Record<string, string> = { DYN: 'shared-object', EXEC: 'executable', REL: 'relocatable', CORE: 'core' };

/** Runs `readelf -hldVW` over files in batches and parses its report per file. */
function readelfFacts(files: readonly string[]): Map<string, ReadelfFacts> {
  const facts = new Map<string, ReadelfFacts>();
  for (let start = 0; start < files.length; start += 100) {
    const batch = files.slice(start, start + 100);
    let output: string;
    try {
      output = execFileSync('readelf', ['-hldVW', ...batch], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // readelf exits 1 when some file is not ELF
    }
    const sections = batch.length === 1 ? [`File: ${batch[0]}\n${output}`] : output.split(/^\nFile: /m).slice(1).map((section) => `File: ${section}`);
    for (const section of sections) {
      const file = /^File: (.*)$/m.exec(section)![1]!;
      facts.set(file, parseReadelf(section));
    }
    for (const file of batch) if (!facts.has(file)) facts.set(file, { notElf: true, needed: [], versionNeeds: [], versionDefinitions: [] });
  }
  return facts;
}

function parseReadelf(text: string): ReadelfFacts {
  const field = (name: string): string | undefined => new RegExp(`^\\s+${name}:\\s+(.*)$`, 'm').exec(text)?.[1]?.trim();
  const dynamic = (tag: string): string[] => [...text.matchAll(new RegExp(`\\(${tag}\\)\\s+[^[]*\\[(.*)\\]$`, 'gm'))].map((match) => match[1]!);
  const facts: ReadelfFacts = { notElf: !/ELF Header:/.test(text), needed: dynamic('NEEDED'), versionNeeds: [], versionDefinitions: [] };
  if (facts.notElf) return facts;
  facts.elfClass = field('Class') === 'ELF64' ? 64 : 32;
  facts.endian = /little endian/.test(field('Data') ?? '') ? 'little' : 'big';
  facts.machine = field('Machine');
  facts.type = READELF_TYPES[(field('Type') ?? '').split(' ')[0]!] ?? 'other';
  facts.interpreter = /\[Requesting program interpreter: (.*)\]/.exec(text)?.[1];
  facts.soname = dynamic('SONAME').at(-1);
  facts.rpath = dynamic('RPATH').at(-1);
  facts.runpath = dynamic('RUNPATH').at(-1);
  const needsSection = /Version needs section[^\n]*\n[^\n]*\n((?:\s+0x[0-9a-f]+:.*\n|\s+0+:.*\n)*)/.exec(text)?.[1] ?? '';
  for (const line of needsSection.split('\n')) {
    const file = /Version: \d+\s+File: (\S+)\s+Cnt/.exec(line);
    if (file) facts.versionNeeds.push({ file: file[1]!, versions: [] });
    const version = /^\s+\S+:\s+Name: (\S+)\s+Flags: (\S+)/.exec(line);
    if (version) facts.versionNeeds.at(-1)!.versions.push({ name: version[1]!, weak: version[2]!.includes('WEAK') });
  }
  const definitionsSection = /Version definition section[^\n]*\n[^\n]*\n((?:\s+0x[0-9a-f]+:.*\n|\s+0+:.*\n)*)/.exec(text)?.[1] ?? '';
  for (const line of definitionsSection.split('\n')) {
    const entry = /Rev: \d+\s+Flags: (.*?)\s+Index: \d+\s+Cnt: \d+\s+Name: (\S+)/.exec(line);
    if (entry) facts.versionDefinitions.push({ name: entry[2]!, base: entry[1]!.includes('BASE'), parents: [] });
    const parent = /Parent \d+: (\S+)/.exec(line);
    if (parent) facts.versionDefinitions.at(-1)!.parents.push(parent[1]!);
  }
  return facts;
}

function readerFacts(elf: ElfObject): ReadelfFacts {
  return {
    notElf: false,
    elfClass: elf.elfClass,
    endian: elf.endian,
    machine: Object.entries(READELF_MACHINES).find(([, number]) => number === elf.machine)?.[0] ?? `machine ${elf.machine}`,
    type: elf.type,
    interpreter: elf.interpreter,
    needed: elf.needed,
    soname: elf.soname,
    rpath: elf.rpath,
    runpath: elf.runpath,
    versionNeeds: elf.versionNeeds,
    versionDefinitions: elf.versionDefinitions,
  };
}

/** Reads a file through a source that has only the ranges asked for so far, as a streaming caller would; returns the rounds and the bytes kept. */
function readInRounds(bytes: Buffer): { read: ElfRead; rounds: number; keptBytes: number; lastByte: number } {
  let kept: ByteRange[] = [{ offset: 0, length: Math.min(64, bytes.length) }];
  for (let rounds = 1; ; rounds++) {
    const source = {
      size: bytes.length,
      read: (offset: number, length: number) => (kept.some((range) => offset >= range.offset && offset + length <= range.offset + range.length) ? bytes.subarray(offset, offset + length) : undefined),
    };
    const read = readElf(source);
    if (read.status !== 'incomplete') {
      return { read, rounds, keptBytes: kept.reduce((sum, range) => sum + range.length, 0), lastByte: Math.max(...kept.map((range) => range.offset + range.length)) };
    }
    assert.ok(rounds < 50, 'the rounds end');
    kept = mergeRanges([...kept, ...read.missing]);
  }
}

describe('ELF reader against readelf', { skip: skipWithout('readelf') }, () => {
  const files = [...new Set([...systemLibraries(), ...pythonExtensionModules()])];

  it('agrees with readelf -hldVW on every library and extension module of the machine', () => {
    const expected = readelfFacts(files);
    let compared = 0;
    let notElf = 0;
    let withVersions = 0;
    const disagreements: string[] = [];
    let totalBytes = 0;
    const started = performance.now();
    for (const file of files) {
      const source = new FileSource(file);
      const read = readElf(source);
      source.close();
      totalBytes += source.bytesRead;
      const oracle = expected.get(file)!;
      if (oracle.notElf) {
        notElf++;
        if (read.status === 'ok') disagreements.push(`${file}: readelf says not ELF, the reader read it`);
        continue;
      }
      compared++;
      if (read.status !== 'ok') {
        disagreements.push(`${file}: ${JSON.stringify(read)}`);
        continue;
      }
      if (oracle.versionNeeds.length || oracle.versionDefinitions.length) withVersions++;
      try {
        assert.deepEqual(readerFacts(read.elf), oracle);
      } catch (error) {
        disagreements.push(`${file}: ${(error as Error).message.slice(0, 2000)}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`readelf oracle: ${compared} ELF files compared (${withVersions} with symbol versions), ${notElf} non-ELF files, ${disagreements.length} disagreements; read at ${Math.round(files.length / seconds)} files/s, ${Math.round(totalBytes / files.length)} bytes per file`);
    assert.deepEqual(disagreements, []);
    assert.ok(compared > 100, `compared ${compared} files`);
  });

  it('reads every file through a source holding only the ranges it asked for, with the same result', () => {
    const sample = files.filter((_, index) => index % 7 === 0);
    const keptBytes: number[] = [];
    const spans: number[] = [];
    let rounds = 0;
    for (const file of sample) {
      const bytes = readFileSync(file);
      const whole = readElf(bytesSource(bytes));
      const stepwise = readInRounds(bytes);
      assert.deepEqual(stepwise.read, whole, file);
      if (whole.status !== 'ok') continue;
      rounds = Math.max(rounds, stepwise.rounds);
      keptBytes.push(stepwise.keptBytes);
      spans.push(stepwise.lastByte / bytes.length);
    }
    keptBytes.sort((a, b) => a - b);
    spans.sort((a, b) => a - b);
    const percentile = (values: number[], p: number) => values[Math.min(values.length - 1, Math.floor(values.length * p))]!;
    console.log(`ranges: ${keptBytes.length} files read in at most ${rounds} rounds; bytes kept per file: median ${percentile(keptBytes, 0.5)}, p95 ${percentile(keptBytes, 0.95)}, max ${keptBytes.at(-1)}; last byte needed at median ${(percentile(spans, 0.5) * 100).toFixed(0)}% of the file, max ${(spans.at(-1)! * 100).toFixed(0)}%`);
    assert.ok(keptBytes.length > 50 && keptBytes.at(-1)! <= MAX_ELF_BYTES_READ);
  });
});
