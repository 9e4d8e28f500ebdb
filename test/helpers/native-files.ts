// Real ELF files of this machine, and byte sources over them, for the differential tests of src/native.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { ModuleLoad } from '../../src/native/loader.ts';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ByteSource } from '../../src/native/byte-source.ts';
import type { LoaderFileSystem } from '../../src/native/loader-setup.ts';

/** Files under `roots` (recursively, without following directory links) whose name matches; each file once, in sorted order. */
export function findFiles(roots: readonly string[], matches: (name: string) => boolean, skip: (dir: string) => boolean = () => false): string[] {
  const found = new Map<string, string>();
  const walk = (dir: string, depth: number): void => {
    if (depth > 20 || skip(dir)) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile() && matches(entry.name)) {
        const real = realpathSync(full);
        if (!found.has(real)) found.set(real, full);
      }
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root, 0);
  return [...found.values()].sort();
}

/** Shared libraries of the machine's multiarch directories (names `*.so` and `*.so.*`). */
export function systemLibraries(): string[] {
  return findFiles(['/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu'], (name) => /\.so(\.|$)/.test(name));
}

/** Python extension modules installed on the machine (not inside container storage). */
export function pythonExtensionModules(): string[] {
  const roots = ['/usr/lib', '/usr/local/lib', '/root/.pyenv/versions', '/opt'];
  return findFiles(
    roots,
    (name) => name.endsWith('.so') && (/\.cpython-|\.abi3\.so$|\.pypy/.test(name) || !name.startsWith('lib')),
    (dir) => dir.includes('/docker') || dir === '/usr/lib/x86_64-linux-gnu' || dir.startsWith('/usr/lib/jvm'),
  ).filter((file) => /python|site-packages|dist-packages|lib-dynload/.test(file));
}

/** A byte source over a file on disk that counts the bytes read. */
export class FileSource implements ByteSource {
  readonly size: number;
  bytesRead = 0;
  reads = 0;
  private readonly fd: number;

  constructor(file: string) {
    this.fd = openSync(file, 'r');
    this.size = fstatSync(this.fd).size;
  }

  read(offset: number, length: number): Uint8Array | undefined {
    if (offset < 0 || length < 0 || offset + length > this.size) return undefined;
    const buffer = Buffer.alloc(length);
    const got = readSync(this.fd, buffer, 0, length, offset);
    this.bytesRead += got;
    this.reads++;
    return got === length ? buffer : undefined;
  }

  close(): void {
    closeSync(this.fd);
  }
}

export function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why tests that need these tools are skipped here, or false when all are installed. With
 * IMPORT_GUARD_REQUIRE_NATIVE set (CI sets it), a missing tool fails the test file instead.
 */
export function skipWithout(...tools: string[]): string | false {
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length === 0) return false;
  const reason = `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not installed`;
  if (process.env.IMPORT_GUARD_REQUIRE_NATIVE) throw new Error(`IMPORT_GUARD_REQUIRE_NATIVE is set, but ${reason}`);
  return reason;
}

export function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Bytes and reads the disk file systems have served, for measurements. */
export const diskReads = { bytes: 0, reads: 0 };

/** The machine's own tree as a loader file system; `hidden` real paths (and every path leading to them) look absent. */
export function diskFileSystem(hidden: ReadonlySet<string> = new Set()): LoaderFileSystem {
  const real = (file: string): string | undefined => {
    try {
      const resolved = realpathSync(file);
      return hidden.has(resolved) ? undefined : resolved;
    } catch {
      return undefined;
    }
  };
  return {
    realpath: real,
    stat(file) {
      const resolved = real(file);
      if (!resolved) return undefined;
      const stats = statSync(resolved);
      return { type: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other', size: stats.size };
    },
    open(file) {
      const resolved = real(file);
      if (!resolved) return undefined;
      const size = statSync(resolved).size;
      return {
        size,
        read(offset: number, length: number) {
          if (offset < 0 || length < 0 || offset + length > size) return undefined;
          const fd = openSync(resolved, 'r');
          try {
            const buffer = Buffer.alloc(length);
            const got = readSync(fd, buffer, 0, length, offset);
            diskReads.bytes += got;
            diskReads.reads++;
            return got === length ? buffer : undefined;
          } finally {
            closeSync(fd);
          }
        },
      };
    },
  };
}

const run = promisify(execFile);

/** What ldd (glibc's loader in trace mode) says of an object: the libraries it loads, those not found, versions missing. */
export interface LddVerdict {
  paths: string[];
  notFound: string[];
  missingVersions: string[];
}

export async function ldd(file: string, env: Record<string, string> = {}): Promise<LddVerdict> {
  let output: string;
  try {
    output = (await run('ldd', [file], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    output = `${(error as { stdout?: string }).stdout ?? ''}\n${(error as { stderr?: string }).stderr ?? ''}`;
  }
  const verdict: LddVerdict = { paths: [], notFound: [], missingVersions: [] };
  for (const line of output.split('\n')) {
    const resolved = /^\s+(\S+) => (\/\S*) \(0x/.exec(line);
    if (resolved) verdict.paths.push(resolved[2]!);
    const missing = /^\s+(\S+) => not found/.exec(line);
    if (missing) verdict.notFound.push(missing[1]!);
    const version = /version [`'](\S+)' not found \(required by (\S+)\)/.exec(line);
    if (version) verdict.missingVersions.push(`${version[1]} by ${version[2]}`);
  }
  return verdict;
}

export const LDSO = /\/ld-linux[^/]*\.so\.\d$/;

/** The guard's verdict in ldd's terms. */
export function loaderVerdict(load: ModuleLoad): LddVerdict {
  return {
    paths: load.loaded
      .slice(1)
      .map((object) => object.path)
      .filter((path) => !LDSO.test(path)),
    notFound: load.problems.flatMap((problem) => (problem.kind === 'missing-library' || problem.kind === 'wrong-architecture' ? [problem.library ?? ''] : [])),
    missingVersions: load.problems.flatMap((problem) => ((problem.kind === 'libc-mismatch' && problem.reason === 'missing-version') || problem.kind === 'missing-version' ? [`${problem.version} by ${problem.chain.at(-1)}`] : [])),
  };
}

export function normalized(verdict: LddVerdict): LddVerdict {
  return { paths: verdict.paths.filter((path) => !LDSO.test(path)).sort(), notFound: [...new Set(verdict.notFound)].sort(), missingVersions: [...new Set(verdict.missingVersions)].sort() };
}

