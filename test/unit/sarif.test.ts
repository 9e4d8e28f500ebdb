import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Log, Location as SarifLocation, Result } from 'sarif';
import type { CauseLocation, Finding } from '../../src/report/findings.ts';
import { FINGERPRINT_KEY, SARIF_SCHEMA, SRCROOT, toSarif } from '../../src/report/sarif.ts';
import { cli } from '../helpers/cli.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { at, hop, sampleReport } from '../helpers/reports.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';

const TOOL = { version: '1.2.3', informationUri: 'https://example.com/import-guard' };

function finding(overrides: Partial<Finding> = {}): Finding {
  const location = overrides.location ?? at('/srv/app/main.py', 3, 'app/main.py', 1);
  return {
    kind: 'missing-module',
    severity: 'error',
    module: 'requests',
    location,
    origin: 'third-party',
    message: 'Importing app.main raises ModuleNotFoundError: no module named requests.',
    chain: [hop('app.main', overrides.module ?? 'requests', location)],
    ...overrides,
  };
}


/** The final stage's CMD line of the checkout's Dockerfile. */
const COMMAND_AT = { repoPath: 'Dockerfile', line: 9 };

function results(findings: Finding[]): Result[] {
  return toSarif(sampleReport(findings, { commandAt: COMMAND_AT }), TOOL).runs[0]!.results!;
}

function only(f: Finding): Result {
  return results([f])[0]!;
}

function primary(result: Result): SarifLocation['physicalLocation'] {
  return result.locations![0]!.physicalLocation;
}

describe('toSarif', () => {
  it('writes one SARIF 2.1.0 run of import-guard with a rule for each kind of finding', () => {
    const log = toSarif(sampleReport([]), TOOL);
    assert.equal(log.$schema, SARIF_SCHEMA);
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0]!.tool;
    assert.equal(driver.name, 'import-guard');
    assert.equal(driver.version, '1.2.3');
    assert.equal(driver.informationUri, 'https://example.com/import-guard');
    assert.deepEqual(
      driver.rules!.map((rule) => rule.id),
      ['missing-module', 'missing-name', 'bad-relative-import', 'syntax-error', 'boot-failure', 'blind-entry', 'partly-read', 'not-checked', 'missing-library', 'wrong-architecture', 'libc-mismatch'],
    );
    for (const rule of driver.rules!) {
      assert.match(rule.name!, /^[A-Z][A-Za-z]+$/, rule.id);
      for (const text of [rule.shortDescription!.text, rule.fullDescription!.text, rule.help!.text]) assert.match(text, /^[A-Z].{10,}\.$/, rule.id);
      assert.deepEqual(rule.defaultConfiguration, { level: rule.id === 'blind-entry' || rule.id === 'not-checked' ? 'warning' : 'error' });
      // The README's section on the kind: its heading is the id.
      assert.equal(rule.helpUri, `https://example.com/import-guard#${rule.id}`);
    }
    assert.deepEqual(log.runs[0]!.results, []);
  });

  it('leaves out informationUri and helpUri when no home is given', () => {
    const { driver } = toSarif(sampleReport([]), { version: '0.0.1' }).runs[0]!.tool;
    assert.equal('informationUri' in driver, false);
    assert.ok(driver.rules!.every((rule) => !('helpUri' in rule)));
  });

  it('sets the run\'s automation id (the code scanning category) only when given', () => {
    assert.deepEqual(toSarif(sampleReport([]), { version: '0.0.1' }, { automationId: 'import-guard/org/api:1.2 linux/arm64/' }).runs[0]!.automationDetails, { id: 'import-guard/org/api:1.2 linux/arm64/' });
    assert.equal('automationDetails' in toSarif(sampleReport([]), { version: '0.0.1' }).runs[0]!, false);
  });

  it('declares one URI base, the repository, with no place: code scanning reads every location as a repository path', () => {
    assert.deepEqual(toSarif(sampleReport([]), TOOL).runs[0]!.originalUriBaseIds, {
      [SRCROOT]: { description: { text: 'The root of the repository.' } },
    });
    assert.equal(SRCROOT, '%SRCROOT%');
  });

  it('maps error, warning and notice to error, warning and note, and points ruleIndex at the rule', () => {
    const log = toSarif(
      sampleReport([
        finding({ severity: 'error', kind: 'missing-module' }),
        finding({ severity: 'warning', kind: 'missing-name', name: 'Session' }),
        finding({ severity: 'notice', kind: 'bad-relative-import' }),
        finding({ severity: 'notice', kind: 'syntax-error' }),
      ]),
      TOOL,
    );
    const run = log.runs[0]!;
    assert.deepEqual(
      run.results!.map((result) => [result.ruleId, result.level]),
      [
        ['missing-module', 'error'],
        ['missing-name', 'warning'],
        ['bad-relative-import', 'note'],
        ['syntax-error', 'note'],
      ],
    );
    for (const result of run.results!) assert.equal(run.tool.driver.rules![result.ruleIndex!]!.id, result.ruleId);
  });

  it('gives the message, and the cause after it when known', () => {
    assert.deepEqual(only(finding({ message: 'Importing app fails.' })).message, { text: 'Importing app fails.' });
    assert.deepEqual(only(finding({ message: 'Importing app fails.', cause: 'requirements.txt lists it but the image never installs it' })).message, {
      text: 'Importing app fails. Cause: requirements.txt lists it but the image never installs it.',
    });
    assert.deepEqual(only(finding({ message: 'Importing app fails', cause: 'Not installed.' })).message, { text: 'Importing app fails. Cause: Not installed.' });
  });

  it('names a repository file by its percent-encoded path relative to %SRCROOT%', () => {
    const cases: Array<[string, string]> = [
      ['app/main.py', 'app/main.py'],
      ['my app/ünïcode 日本.py', 'my%20app/%C3%BCn%C3%AFcode%20%E6%97%A5%E6%9C%AC.py'],
      ['odd/100%#1?.py', 'odd/100%25%231%3F.py'],
      ['win\\style\\path.py', 'win/style/path.py'],
      ['./lead/x.py', 'lead/x.py'],
      ['colon:first.py', 'colon%3Afirst.py'],
      ['e\u0301.py', 'e%CC%81.py'],
    ];
    for (const [repoPath, uri] of cases) {
      const physical = primary(only(finding({ location: at('/srv/whatever.py', 1, repoPath) })));
      assert.deepEqual(physical!.artifactLocation, { uri, uriBaseId: '%SRCROOT%' }, repoPath);
      // A relative reference that resolves back to the same path under the base.
      assert.equal(decodeURIComponent(new URL(uri, 'file:///checkout/').pathname), `/checkout/${repoPath.replaceAll('\\', '/').replace(/^\.\//, '')}`);
    }
  });

  it('encodes a name that is not well-formed UTF-16 instead of throwing', () => {
    assert.equal(primary(only(finding({ location: at('/srv/x.py', 1, 'bad\uD800name.py') })))!.artifactLocation!.uri, 'bad%EF%BF%BDname.py');
  });

  it("shows a finding in an image file no repository file maps to on the Dockerfile's command line, naming the image file", () => {
    for (const imagePath of ['/usr/lib/python3/dist-packages/x.py', '/srv/my app/café.py', '/srv/back\\slash.py']) {
      const result = only(finding({ location: at(imagePath, 4, undefined, 7), message: 'Importing x fails' }));
      assert.deepEqual(primary(result), { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 1 } }, imagePath);
      assert.equal(result.message.text, `Importing x fails. In the image at ${imagePath}:4, which no repository file maps to; the image runs it through Dockerfile:9.`);
      assert.equal(result.properties!.imagePath, imagePath);
      assert.equal(result.properties!.imageLine, 4);
    }
    // A finding on a repository file says nothing of the image.
    const mapped = only(finding());
    assert.equal(mapped.properties!.imagePath, undefined);
    assert.equal(mapped.message.text, finding().message);
  });

  it('leaves such findings out when the report has no Dockerfile command line, and says so in a notification and the run properties', () => {
    const report = sampleReport([finding(), finding({ module: 'a', location: at('/usr/lib/python3/dist-packages/a.py', 4) }), finding({ module: 'b', location: at('/usr/lib/python3/dist-packages/b.py', 5) })]);
    const run = toSarif(report, TOOL).runs[0]!;
    assert.deepEqual(
      run.results!.map((result) => result.properties!.module as unknown),
      ['requests'],
    );
    assert.deepEqual(run.invocations, [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            descriptor: { id: 'left-out-unmapped' },
            level: 'note',
            message: { text: '2 findings in image files that no repository file maps to are left out, as the checkout has no Dockerfile with a CMD or ENTRYPOINT line to show them on (give the checkout, or the dockerfile input); the JSON report holds them.' },
          },
        ],
      },
    ]);
    assert.deepEqual(run.properties!.leftOut, { unmapped: 2 });
    // Nothing left out: no invocation, no count.
    const whole = toSarif(sampleReport([finding()]), TOOL).runs[0]!;
    assert.equal('invocations' in whole, false);
    assert.equal(whole.properties!.leftOut, undefined);
  });

  it('puts 1-based line and column in the region, and leaves out what is unknown', () => {
    assert.deepEqual(primary(only(finding({ location: at('/a.py', 7, 'a.py', 5) })))!.region, { startLine: 7, startColumn: 5 });
    assert.deepEqual(primary(only(finding({ location: at('/a.py', 7, 'a.py', 0) })))!.region, { startLine: 7 });
    assert.equal(primary(only(finding({ location: at('/a.py', 0, 'a.py', 0) })))!.region, undefined);
    assert.equal(toSarif(sampleReport([]), TOOL).runs[0]!.columnKind, 'utf16CodeUnits');
  });

  it('gives the import chain as a code flow and as related locations, in chain order', () => {
    const chain = [
      hop('app.main', 'app.routes', at('/srv/app/main.py', 2, 'app/main.py', 1)),
      hop('app.routes', 'app.services.monitoring', at('/srv/app/routes.py', 10, 'app/routes.py', 5)),
      hop('app.services.monitoring', 'prometheus_client', at('/srv/app/services/monitoring/__init__.py', 1, 'app/services/monitoring/__init__.py')),
    ];
    const result = only(finding({ module: 'prometheus_client', location: chain[2]!, chain }));
    assert.equal(result.codeFlows!.length, 1);
    assert.deepEqual(result.codeFlows![0]!.message, { text: 'Import chain from app.main.' });
    assert.equal(result.codeFlows![0]!.threadFlows.length, 1);
    const flow = result.codeFlows![0]!.threadFlows[0]!.locations;
    assert.deepEqual(
      flow.map((step) => [step.executionOrder, step.module, step.location!.message!.text, step.location!.physicalLocation!.artifactLocation!.uri, step.location!.physicalLocation!.region]),
      [
        [1, 'app.main', 'imports app.routes', 'app/main.py', { startLine: 2, startColumn: 1 }],
        [2, 'app.routes', 'imports app.services.monitoring', 'app/routes.py', { startLine: 10, startColumn: 5 }],
        [3, 'app.services.monitoring', 'imports prometheus_client', 'app/services/monitoring/__init__.py', { startLine: 1, startColumn: 1 }],
      ],
    );
    assert.deepEqual(flow[1]!.location!.logicalLocations, [{ fullyQualifiedName: 'app.routes', kind: 'module' }]);
    assert.deepEqual(
      result.relatedLocations!.map((related) => [related.id, related.message!.text, related.physicalLocation!.artifactLocation!.uriBaseId]),
      [
        [1, 'imports app.routes', '%SRCROOT%'],
        [2, 'imports app.services.monitoring', '%SRCROOT%'],
        [3, 'imports prometheus_client', '%SRCROOT%'],
      ],
    );
    // The last hop is the failing statement, so it is where the result points.
    assert.deepEqual(primary(result), flow[2]!.location!.physicalLocation);
  });

  it('leaves hops in image files out of the code flow and the related locations; the others keep their place in the chain', () => {
    const site = at('/usr/lib/python3/dist-packages/vendor/loader.py', 30);
    const chain = [
      hop('app.main', 'vendor', at('/srv/app/main.py', 2, 'app/main.py', 1)),
      hop('vendor', 'vendor.loader', at('/usr/lib/python3/dist-packages/vendor/__init__.py', 1)),
      hop('vendor.loader', 'app.plugins', at('/usr/lib/python3/dist-packages/vendor/loader.py', 8)),
      hop('app.plugins', 'yaml', site),
    ];
    const plugins = at('/srv/app/plugins.py', 4, 'app/plugins.py', 1);
    const result = only(finding({ module: 'yaml', location: plugins, chain: [...chain.slice(0, 3), hop('app.plugins', 'yaml', plugins)] }));
    assert.deepEqual(result.codeFlows![0]!.message, { text: 'Import chain from app.main (2 hops in image files outside the repository left out).' });
    assert.deepEqual(
      result.codeFlows![0]!.threadFlows[0]!.locations.map((step) => [step.executionOrder, step.module, step.location!.physicalLocation!.artifactLocation!.uri]),
      [
        [1, 'app.main', 'app/main.py'],
        [4, 'app.plugins', 'app/plugins.py'],
      ],
    );
    assert.deepEqual(
      result.relatedLocations!.map((related) => [related.id, related.message!.text]),
      [
        [1, 'imports vendor'],
        [2, 'imports yaml'],
      ],
    );
    // No hop in the repository: no code flow at all.
    const inImage = only(finding({ module: 'yaml', location: site, chain: chain.slice(1) }));
    assert.equal('codeFlows' in inImage, false);
    assert.equal('relatedLocations' in inImage, false);
  });

  it('adds the line that causes the finding as the last related location, on the repository file', () => {
    const chain = [hop('app.main', 'app.services.monitoring', at('/srv/app/main.py', 2, 'app/main.py', 1))];
    const causeAt: CauseLocation = { kind: 'excluded', repoPath: '.dockerignore', line: 4, message: '`**/monitoring/` leaves app/services/monitoring/ out of the build context' };
    const related = only(finding({ chain, causeAt })).relatedLocations!;
    assert.deepEqual(related.at(-1), { id: 2, physicalLocation: { artifactLocation: { uri: '.dockerignore', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1 } }, message: { text: causeAt.message } });
    assert.deepEqual(only(finding({ chain: [], causeAt })).relatedLocations!.map((location) => location.id), [1]);
  });

  it('writes no code flow and no related locations for an empty chain', () => {
    const result = only(finding({ chain: [] }));
    assert.equal('codeFlows' in result, false);
    assert.equal('relatedLocations' in result, false);
  });

  it('leaves unreported findings out, so that none becomes an alert, and counts them', () => {
    const report = sampleReport(
      [
        finding({ module: 'a' }),
        finding({ module: 'b', unreported: 'type-checking' }),
        finding({ module: 'c', unreported: 'dead-branch' }),
        finding({ module: 'd', unreported: 'ignored' }),
        finding({ module: 'e', unreported: 'import-hook' }),
      ],
      { commandAt: COMMAND_AT },
    );
    const run = toSarif(report, TOOL).runs[0]!;
    assert.deepEqual(
      run.results!.map((result) => result.properties!.module as unknown),
      ['a'],
    );
    assert.ok(run.results!.every((result) => !('suppressions' in result)));
    assert.deepEqual(run.invocations![0]!.toolExecutionNotifications, [
      {
        descriptor: { id: 'left-out-unreported' },
        level: 'note',
        message: { text: '4 findings not reported (imported only for type checkers, in dead branches, below an import hook, ignored, or accepted by an inline ignore or the baseline) are left out, so that code scanning shows none of them as an alert; the JSON report holds them.' },
      },
    ]);
    assert.deepEqual(run.properties!.leftOut, { unreported: 4 });
  });

  it('carries the finding details the SARIF fields do not hold as result properties', () => {
    assert.deepEqual(only(finding({ kind: 'missing-name', module: 'pkg.mod', name: 'thing', guard: 'inside def load()', severity: 'warning', origin: 'first-party' })).properties, {
      severity: 'warning',
      origin: 'first-party',
      module: 'pkg.mod',
      name: 'thing',
      guard: 'inside def load()',
    });
  });

  it('fingerprints a finding by what it is and where, not by its text, severity or chain', () => {
    const print = (f: Finding): string => only(f).partialFingerprints![FINGERPRINT_KEY]!;
    const base = finding();
    // Pinned: a change here reopens every alert, so it needs a new FINGERPRINT_KEY.
    assert.equal(FINGERPRINT_KEY, 'importGuardFinding/v1');
    assert.equal(print(base), 'c2674d0f6632911281218c3f8248326885b6922806cbd8269fdbb2d3c26974c5:1');
    assert.equal(print(base), print(finding()));
    assert.equal(print(base), print(finding({ message: 'Different words.', cause: 'a cause', severity: 'notice', guard: 'try/except ImportError', origin: 'unknown' })));
    assert.equal(print(base), print(finding({ location: at('/srv/app/main.py', 3, 'app/main.py', 9), chain: [] })));
    assert.equal(print(base), print(finding({ location: at('/elsewhere/main.py', 3, 'app\\main.py') })), 'the same file, named on Windows');
    const variants = [
      base,
      finding({ kind: 'missing-name', name: 'get' }),
      finding({ kind: 'missing-name', name: 'post' }),
      finding({ module: 'urllib3' }),
      finding({ location: at('/srv/app/main.py', 4, 'app/main.py') }),
      finding({ location: at('/srv/app/other.py', 3, 'app/other.py') }),
      finding({ location: at('/srv/app/main.py', 3) }),
      finding({ kind: 'syntax-error' }),
    ];
    const prints = variants.map(print);
    assert.equal(new Set(prints).size, variants.length, prints.join('\n'));
  });

  it('numbers findings that share a fingerprint key so each stays distinct', () => {
    const prints = results([finding({ location: at('/srv/app/main.py', 3, 'app/main.py', 1) }), finding({ location: at('/srv/app/main.py', 3, 'app/main.py', 20) })]).map(
      (result) => result.partialFingerprints![FINGERPRINT_KEY]!,
    );
    assert.equal(prints[0]!.split(':')[0], prints[1]!.split(':')[0]);
    assert.deepEqual(
      prints.map((value) => value.split(':')[1]),
      ['1', '2'],
    );
  });

  it("keeps the report's order, and writes the same log for the same report", () => {
    const findings = [finding({ module: 'zeta', severity: 'error' }), finding({ module: 'alpha', severity: 'notice' }), finding({ module: 'mid', severity: 'warning' })];
    assert.deepEqual(
      results(findings).map((result) => result.properties!.module as unknown),
      ['zeta', 'alpha', 'mid'],
    );
    const input = sampleReport(findings);
    const before = structuredClone(input);
    assert.equal(JSON.stringify(toSarif(input, TOOL)), JSON.stringify(toSarif(structuredClone(input), TOOL)));
    assert.deepEqual(input, before, 'the report is not changed');
  });

  it('carries the run summary and stats as run properties', () => {
    const input = sampleReport([]);
    assert.deepEqual(toSarif(input, TOOL).runs[0]!.properties, {
      result: 'fail',
      failOn: 'error',
      image: input.image,
      python: input.python,
      stats: input.stats,
    });
  });
});

describe('the SARIF log of a real scan', () => {
  /** An image whose installed package imports a module the image lacks, and a checkout with or without the Dockerfile. */
  async function scan(withDockerfile: boolean): Promise<Log> {
    await using tmp = await tempFolder();
    const layer = gzip(
      tar([
        { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
        { name: 'usr/local/lib/python3.12/os.py', content: '' },
        { name: 'usr/local/lib/python3.12/site-packages/vendorlib/__init__.py', content: 'import missing_dep\n' },
        { name: 'srv/app/__init__.py', content: '' },
        { name: 'srv/app/main.py', content: 'import vendorlib\n' },
      ]),
    );
    const image = path.join(tmp.dir, 'image.tar');
    await writeFile(image, layoutTar(ociLayout([{ layers: [layer], config: { Env: ['PATH=/usr/local/bin'], WorkingDir: '/srv', Cmd: ['python3.12', '-m', 'app.main'] } }])));
    const repo = path.join(tmp.dir, 'repo');
    await mkdir(path.join(repo, 'app'), { recursive: true });
    await writeFile(path.join(repo, 'app/__init__.py'), '');
    await writeFile(path.join(repo, 'app/main.py'), 'import vendorlib\n');
    if (withDockerfile) await writeFile(path.join(repo, 'Dockerfile'), 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY app/ app/\nCMD ["python3.12", "-m", "app.main"]\n');
    const result = await cli(['scan', `oci-archive:${image}`, '--repo', repo, '--boot', 'none', '--quiet', '--format', 'sarif']);
    assert.equal(result.code, 1, result.stderr);
    return JSON.parse(result.stdout) as Log;
  }

  it("shows a finding in an installed package's file on the Dockerfile's CMD line, with the chain's repository hop", async () => {
    const run = (await scan(true)).runs[0]!;
    assert.equal(run.results!.length, 1);
    const [result] = run.results!;
    assert.equal(result!.properties!.module, 'missing_dep');
    assert.deepEqual(result!.locations![0]!.physicalLocation, { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1 } });
    assert.match(result!.message.text ?? '', / In the image at \/usr\/local\/lib\/python3\.12\/site-packages\/vendorlib\/__init__\.py:1, which no repository file maps to; the image runs it through Dockerfile:4\.$/);
    assert.deepEqual(
      result!.codeFlows![0]!.threadFlows[0]!.locations.map((step) => [step.executionOrder, step.location!.physicalLocation!.artifactLocation!.uri]),
      [[1, 'app/main.py']],
    );
    assert.equal(run.tool.driver.informationUri, 'https://github.com/import-guard/import-guard');
  });

  it('leaves it out without the Dockerfile, and says so', async () => {
    const run = (await scan(false)).runs[0]!;
    assert.deepEqual(run.results, []);
    assert.deepEqual(run.properties!.leftOut, { unmapped: 1 });
    assert.equal(run.invocations![0]!.toolExecutionNotifications![0]!.descriptor!.id, 'left-out-unmapped');
  });
});
