import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { chainText, planAnnotations } from '../../src/report/annotations.ts';
import { type ChainHop, CHAIN_HOPS_KEPT, chainLength, ChainLink, type Finding, keptChain } from '../../src/report/findings.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { formatSummary } from '../../src/report/summary.ts';
import { formatScanText } from '../../src/report/text.ts';
import type { LongChainResult } from '../helpers/long-chain-walk.ts';
import { at, hop, sampleReport } from '../helpers/reports.ts';
import { jsonReport } from '../helpers/json-report.ts';

const WALK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../helpers/long-chain-walk.ts');
/** The heap the walk gets: a chain's hops copied into every module's own chain need gigabytes at these depths. */
const HEAP_MB = 512;

/** Walks the long chain in a child process with a small heap: running out of it ends the child, not this test run. */
async function walkInChild(length: number, each: boolean): Promise<LongChainResult> {
  const child = await execa(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, WALK, String(length), ...(each ? ['each'] : [])], { reject: false, timeout: 120_000 });
  assert.equal(child.exitCode, 0, `the walk of ${length} modules did not finish in a ${HEAP_MB} MB heap:\n${child.stderr.slice(-1500)}`);
  return JSON.parse(child.stdout) as LongChainResult;
}

describe('ImportGraph: a chain as deep as an image makes it', () => {
  it(`walks m0 -> m1 -> ... -> m99999 -> missing in a ${HEAP_MB} MB heap and reports the whole chain's length`, async (t) => {
    const result = await walkInChild(100_000, false);
    t.diagnostic(`heap ${result.heapBeforeMb} MB before the walk, ${result.heapAfterMb} MB after; ${result.seconds} s`);
    assert.equal(result.findings, 1);
    assert.equal(result.modules, 100_000);
    assert.equal(result.module, 'missing_dep');
    assert.equal(result.chainLength, 100_000);
    assert.equal(result.hopsKept, CHAIN_HOPS_KEPT);
    assert.equal(result.firstHop, 'm0 -> m1 @/app/m0.py:1');
    assert.equal(result.lastHop, 'm99999 -> missing_dep @/app/m99999.py:1');
  });

  it(`keeps at most ${CHAIN_HOPS_KEPT} hops per finding when every module of a 20,000-module chain imports a missing module`, async (t) => {
    const result = await walkInChild(20_000, true);
    t.diagnostic(`heap ${result.heapBeforeMb} MB before the walk, ${result.heapAfterMb} MB after; ${result.seconds} s; ${result.hopsKeptInAll} hops kept in all`);
    assert.equal(result.findings, 20_001);
    assert.equal(result.chainLength, 20_000);
    // Every finding keeps its whole chain up to the limit, then the limit: 1 + 2 + ... + 64, and 64 for each of the rest.
    const whole = (CHAIN_HOPS_KEPT * (CHAIN_HOPS_KEPT + 1)) / 2;
    assert.equal(result.hopsKeptInAll, whole + (20_001 - CHAIN_HOPS_KEPT) * CHAIN_HOPS_KEPT);
  });
});

/** Hop `index` of a chain m0 -> m1 -> ... -> m<length-1> -> deep_dep. */
function chainHop(index: number, length: number): ChainHop {
  return hop(`m${index}`, index + 1 < length ? `m${index + 1}` : 'deep_dep', at(`/srv/m${index}.py`, index + 1, `m${index}.py`));
}

describe('ChainLink', () => {
  it('reads out the hops keptChain keeps, at every length around the limit, with a last hop replaced', () => {
    let link: ChainLink | undefined;
    const hops: ChainHop[] = [];
    assert.deepEqual(ChainLink.kept(link), keptChain(hops));
    for (let length = 1; length <= 3 * CHAIN_HOPS_KEPT; length++) {
      const next = chainHop(length - 1, Infinity);
      link = ChainLink.extend(link, next);
      hops.push(next);
      assert.deepEqual(ChainLink.kept(link), keptChain(hops), `a chain of ${length}`);
      const renamed = { ...next, module: `${next.module}.sub` };
      assert.deepEqual(ChainLink.kept(link.withLastHop(renamed)), keptChain([...hops.slice(0, -1), renamed]), `a chain of ${length}, its last hop replaced`);
    }
    const long = keptChain(hops);
    assert.equal(long.chain.length, CHAIN_HOPS_KEPT);
    assert.equal(long.chainOmitted, 2 * CHAIN_HOPS_KEPT);
    assert.deepEqual(long.chain, [...hops.slice(0, CHAIN_HOPS_KEPT / 2), ...hops.slice(-CHAIN_HOPS_KEPT / 2)]);
  });
});

describe('reporters: a finding at the end of a 100,000-hop chain', () => {
  const LENGTH = 100_000;
  let link: ChainLink | undefined;
  for (let index = 0; index < LENGTH; index++) link = ChainLink.extend(link, chainHop(index, LENGTH));
  const deep: Finding = { kind: 'missing-module', severity: 'error', module: 'deep_dep', location: at('/srv/m99999.py', LENGTH, 'm99999.py'), origin: 'third-party', message: "ModuleNotFoundError: No module named 'deep_dep'", ...ChainLink.kept(link) };
  const omitted = LENGTH - CHAIN_HOPS_KEPT;
  const report = sampleReport([deep]);

  it('keeps the first and last hops and counts the rest', () => {
    assert.equal(deep.chain.length, CHAIN_HOPS_KEPT);
    assert.equal(deep.chainOmitted, omitted);
    assert.equal(chainLength(deep), LENGTH);
    assert.equal(deep.chain[CHAIN_HOPS_KEPT / 2 - 1]!.module, 'm32');
    assert.equal(deep.chain[CHAIN_HOPS_KEPT / 2]!.importer, `m${LENGTH - CHAIN_HOPS_KEPT / 2}`);
  });

  it('annotations and the summary table: the first two and last three modules, the rest counted', () => {
    const text = `m0 → m1 → … ${LENGTH + 1 - 5} more … → m99998 → m99999 → deep_dep`;
    assert.equal(chainText(deep), text);
    assert.ok(planAnnotations([deep]).annotations[0]!.message.endsWith(`Imported via: ${text}`));
  });

  it('the summary: one dotted edge stands for the hops left out of the diagram, and the whole stays small', () => {
    const summary = formatSummary(report);
    assert.ok(summary.includes(`  m32 -.->|"${omitted} more hops"| m33\n`), summary);
    assert.equal(summary.split('\n').filter((line) => line.includes('-->|')).length, CHAIN_HOPS_KEPT);
    assert.ok(summary.length < 10_000, `${summary.length} characters`);
  });

  it('the text output: the hops kept, with a line for those left out where they go', () => {
    const lines = formatScanText(report).split('\n');
    const first = lines.indexOf('        chain: m0');
    assert.deepEqual(lines.slice(first + CHAIN_HOPS_KEPT / 2, first + CHAIN_HOPS_KEPT / 2 + 3), ['          -> m31.py:32 imports m32', `          ... ${omitted} more hops`, `          -> m${LENGTH - 32}.py:${LENGTH - 31} imports m${LENGTH - 31}`]);
    assert.equal(lines.filter((line) => line.startsWith('          -> ')).length, CHAIN_HOPS_KEPT);
  });

  it('JSON and SARIF: the hops kept; JSON says how many are left out, SARIF numbers each hop by its place in the whole chain', () => {
    const json = jsonReport(report).findings[0]!;
    assert.equal(json.chain.length, CHAIN_HOPS_KEPT);
    assert.equal(json.chainOmitted, omitted);
    const result = toSarif(report, { version: '1.2.3' }).runs[0]!.results![0]!;
    assert.equal(result.codeFlows![0]!.message!.text, `Import chain from m0 (${omitted} hops in the middle left out).`);
    const orders = result.codeFlows![0]!.threadFlows[0]!.locations.map((location) => location.executionOrder);
    assert.deepEqual(orders.slice(CHAIN_HOPS_KEPT / 2 - 1, CHAIN_HOPS_KEPT / 2 + 1), [CHAIN_HOPS_KEPT / 2, LENGTH - CHAIN_HOPS_KEPT / 2 + 1]);
    assert.equal(orders.at(-1), LENGTH);
    assert.equal(result.relatedLocations!.length, CHAIN_HOPS_KEPT);
  });
});
