import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Logger } from '../../src/logger.ts';
import type { Finding } from '../../src/report/findings.ts';
import { applyInlineIgnores, inlineIgnoreOf } from '../../src/report/inline-ignore.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { at, sampleReport } from '../helpers/reports.ts';
import { jsonReport } from '../helpers/json-report.ts';

function recording(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, warn: (message) => warnings.push(message), debug: () => {} };
}

function finding(module: string, line: number, extra: Partial<Finding> = {}): Finding {
  return { kind: 'missing-module', severity: 'error', module, location: at('/srv/app/main.py', line, 'app/main.py'), origin: 'third-party', message: `No module named '${module}'`, chain: [], ...extra };
}

/** The image file's lines, 1-based, as the guard reads them for findings. */
function fileLines(text: string): (imagePath: string, line: number) => string | undefined {
  const lines = text.split('\n');
  return (imagePath, line) => (imagePath === '/srv/app/main.py' ? lines[line - 1] : undefined);
}

describe('inline ignores', () => {
  it('reads the directive in a trailing comment: all findings of the line, or the modules in brackets', () => {
    assert.deepEqual(inlineIgnoreOf('import yaml  # import-guard: ignore'), { all: true });
    assert.equal(inlineIgnoreOf('import yaml'), undefined);
    assert.equal(inlineIgnoreOf('import yaml  # import-guard: ignored later'), undefined);
    assert.equal(inlineIgnoreOf('import yaml  # import-guard: ignore-next'), undefined);
    const some = inlineIgnoreOf('from a import b, c  # noqa: F401  #import-guard:ignore[ yaml , boto3.* ] optional extra');
    assert.ok(some && !some.all);
    assert.deepEqual([some.matches('yaml'), some.matches('yaml.constructor'), some.matches('boto3.s3'), some.matches('boto3'), some.matches('requests'), some.invalid], [true, true, true, false, false, []]);
    const spaced = inlineIgnoreOf('import x  # import-guard: ignore [x]');
    assert.ok(spaced && !spaced.all && spaced.matches('x') && !spaced.matches('y'), 'a space before the brackets still names modules');
  });

  it('marks the findings of the line the directive covers inline-ignore; other lines, modules and unreported findings stay', () => {
    const source = ['import yaml  # import-guard: ignore[yaml]', 'import requests, yaml.x  # import-guard: ignore[yaml]', 'from config import SECRET  # import-guard: ignore[config.SECRET]', 'import ujson  # import-guard: ignore', 'import toml'].join('\n');
    const findings = [
      finding('yaml', 1),
      finding('requests', 2),
      finding('yaml.x', 2),
      finding('config', 3, { kind: 'missing-name', name: 'SECRET' }),
      finding('ujson', 4, { unreported: 'type-checking' }),
      finding('toml', 5),
      finding('yaml', 0, { location: at('(image command)', 0) }),
    ];
    const result = applyInlineIgnores(findings, fileLines(source), recording());
    assert.deepEqual(result.map((item) => [item.module, item.location.line, item.unreported]), [
      ['yaml', 1, 'inline-ignore'],
      ['requests', 2, undefined],
      ['yaml.x', 2, 'inline-ignore'],
      ['config', 3, 'inline-ignore'],
      // Another reason is kept: the directive was not what left it out.
      ['ujson', 4, 'type-checking'],
      ['toml', 5, undefined],
      ['yaml', 0, undefined],
    ]);
  });

  it('warns, naming the file and line, about what in the brackets is not a module glob, with control characters shown as spaces', () => {
    const logger = recording();
    const result = applyInlineIgnores([finding('yaml', 1), finding('x', 1)], fileLines('import yaml, x  # import-guard: ignore[yaml, a/b, \u001b[2J]'), logger);
    assert.deepEqual(result.map((item) => item.unreported), ['inline-ignore', undefined]);
    assert.deepEqual(logger.warnings, ['app/main.py:1: import-guard: ignore[...] names "a/b", " [2J", which are not module globs (write ignore[yaml] or ignore[boto3.*])']);
  });

  it('is left out of SARIF, as every unreported finding is, and kept, unreported, in the JSON', () => {
    const report = sampleReport(applyInlineIgnores([finding('yaml', 1)], fileLines('import yaml  # import-guard: ignore'), recording()), { result: 'pass' });
    const json = jsonReport(report);
    assert.deepEqual([json.findings[0]!.reported, json.findings[0]!.unreported, json.counts.unreported], [false, 'inline-ignore', 1]);
    const run = toSarif(report, { version: '0' }).runs[0]!;
    assert.deepEqual([run.results, run.properties!.leftOut], [[], { unreported: 1 }]);
  });
});
