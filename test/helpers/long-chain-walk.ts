// Walks an in-memory image whose modules import one another in a single long chain:
// m0 imports m1 imports ... imports m<N-1>, which imports a module the image lacks; with `each`,
// every module also imports a missing module of its own.
// Run as a script (`node test/helpers/long-chain-walk.ts N [each]`), under a small heap, it prints
// what the walk found and the heap before and after, as one JSON line.
import type { EntryPoint } from '../../src/python/entrypoints.ts';
import { ImportGraph } from '../../src/python/graph.ts';
import { Resolver } from '../../src/python/resolver.ts';
import { builtinModules, frozenModules, moduleAliases } from '../../src/python/stdlib.ts';
import type { ChainHop } from '../../src/report/findings.ts';
import { fsFromLayers } from './image.ts';

export interface LongChainResult {
  findings: number;
  /** The deepest finding: its module, whole chain length, hops kept and first and last hops. */
  module: string;
  chainLength: number;
  hopsKept: number;
  firstHop: string;
  lastHop: string;
  /** Hops kept over all findings. */
  hopsKeptInAll: number;
  modules: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  seconds: number;
}

function hopText(hop: ChainHop): string {
  return `${hop.importer} -> ${hop.module} @${hop.imagePath}:${hop.line}`;
}

export async function walkLongChain(length: number, each = false): Promise<LongChainResult> {
  const version = '3.12';
  const lib = `/usr/local/lib/python${version}`;
  const layer = [{ name: `usr/local/bin/python${version}`, content: '' }];
  for (let index = 0; index < length; index++) {
    const next = index + 1 < length ? `m${index + 1}` : 'missing_dep';
    layer.push({ name: `app/m${index}.py`, content: `import ${next}\n${each ? `import missing_${index}\n` : ''}` });
  }
  const fs = await fsFromLayers([layer]);
  const resolver = new Resolver(fs, ['/app', lib, `${lib}/site-packages`], { extensionSuffixes: ['.so'], builtins: builtinModules(version), frozen: frozenModules(version), aliases: moduleAliases(version), cwd: '/app' });
  const entry: EntryPoint = { role: 'module', module: 'm0', how: 'entrypoints input' };
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = await new ImportGraph({ fs, resolver, minor: 12, platform: 'linux', thirdPartyDirs: [`${lib}/site-packages`], stdlibDirs: [lib], env: new Map() }).walk([entry]);
  const seconds = (performance.now() - started) / 1000;
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const deepest = result.findings.find((finding) => finding.module === 'missing_dep')!;
  return {
    findings: result.findings.length,
    module: deepest.module,
    chainLength: deepest.chain.length + (deepest.chainOmitted ?? 0),
    hopsKept: deepest.chain.length,
    firstHop: hopText(deepest.chain[0]!),
    lastHop: hopText(deepest.chain.at(-1)!),
    hopsKeptInAll: result.findings.reduce((sum, finding) => sum + finding.chain.length, 0),
    modules: result.modules,
    heapBeforeMb: Math.round(heapBefore / 2 ** 20),
    heapAfterMb: Math.round(heapAfter / 2 ** 20),
    seconds: Math.round(seconds * 100) / 100,
  };
}

if (import.meta.main) {
  const length = Number(process.argv[2]);
  process.stdout.write(`${JSON.stringify(await walkLongChain(length, process.argv[3] === 'each'))}\n`);
}
