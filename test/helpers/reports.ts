// Findings and scan reports for reporter tests: the sample service's image, built by hand.
import { fingerprintOf } from '../../src/report/baseline.ts';
import { type ChainHop, COMMAND_LOCATION, compareFindings, type Finding, type FindingKind, keptChain, type Location, type ScanReport, SEVERITIES } from '../../src/report/findings.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { knownVersions } from '../../src/python/stdlib.ts';

/** A location in the image, with its repository path where the checkout holds the file. */
export function at(imagePath: string, line: number, repoPath?: string, column = 1): Location {
  return { imagePath, ...(repoPath === undefined ? {} : { repoPath }), line, column };
}

/** One step of a chain: `importer` imports `module` at `location`. */
export function hop(importer: string, module: string, location: Location): ChainHop {
  return { ...location, importer, module };
}

/** A failed scan of the sample service holding `findings`; `overrides` change any other field. */
export function sampleReport(findings: ScanReport['findings'], overrides: Partial<ScanReport> = {}): ScanReport {
  return {
    result: 'fail',
    failOn: 'error',
    image: { label: 'registry.example/app:1', location: 'docker:registry.example/app:1' },
    python: { executable: '/usr/local/bin/python3', version: '3.12.4', readAs: '3.12', known: knownVersions() },
    command: ['gunicorn', 'app.main:app'],
    entryPoints: [{ module: 'app.main', imagePath: '/srv/app/main.py', how: 'gunicorn app argument' }],
    findings,
    stats: { entryPoints: 1, files: 12, modules: 40, unparsed: 0, seconds: 0.25 },
    ...overrides,
  };
}

/**
 * A failed scan with long findings as a real service gives them: deep module paths, dunder files
 * (`__init__.py`, `__main__`), a `.dockerignore` cause with its line, installed packages' files
 * that no repository file maps to, a chain of 100 hops, a failed boot that proves one of them, and
 * an unreported import.
 */
export function longFindingsReport(): ScanReport {
  const SITE = '/opt/venv/lib/python3.12/site-packages';
  const main = at('/srv/acme_platform/__main__.py', 3, 'services/api/acme_platform/__main__.py', 1);
  const routes = at('/srv/acme_platform/http/routes/__init__.py', 11, 'services/api/acme_platform/http/routes/__init__.py', 1);
  const reconciliation = at('/srv/acme_platform/services/payment_reconciliation/__init__.py', 14, 'services/api/acme_platform/services/payment_reconciliation/__init__.py', 5);
  const telemetry = at(`${SITE}/acme_telemetry/instrumentation/__init__.py`, 22, undefined, 5);
  const deep = Array.from({ length: 100 }, (_, index) =>
    hop(`acme_platform.workers.stage_${index}`, index < 99 ? `acme_platform.workers.stage_${index + 1}` : 'acme_platform.workers.__main__', at(`/srv/acme_platform/workers/stage_${index}.py`, 2, `services/api/acme_platform/workers/stage_${index}.py`, 1)),
  );
  return sampleReport(
    (
      [
        {
          kind: 'missing-module',
          severity: 'error',
          module: 'acme_platform.services.payment_reconciliation.monitoring',
          location: reconciliation,
          origin: 'first-party',
          inCheckout: true,
          severityReason: 'lost in packaging: the checkout has services/api/acme_platform/services/payment_reconciliation/monitoring/__init__.py',
          cause: 'excluded by `.dockerignore` line 7: `**/monitoring/`',
          causeAt: { kind: 'excluded', repoPath: 'services/api/.dockerignore', line: 7, message: '`**/monitoring/` leaves acme_platform/services/payment_reconciliation/monitoring/ out of the build context' },
          message: "Starting acme_platform.__main__ raises ModuleNotFoundError: No module named 'acme_platform.services.payment_reconciliation.monitoring'",
          chain: [
            hop('acme_platform.__main__', 'acme_platform.http.routes', main),
            hop('acme_platform.http.routes', 'acme_platform.services.payment_reconciliation', routes),
            hop('acme_platform.services.payment_reconciliation', 'acme_platform.services.payment_reconciliation.monitoring', reconciliation),
          ],
          boot: { mode: 'import', predicted: true, exception: 'ModuleNotFoundError', exceptionMessage: "No module named 'acme_platform.services.payment_reconciliation.monitoring'", target: 'acme_platform.__main__', logLine: 1 },
        },
        {
          kind: 'missing-module',
          severity: 'warning',
          module: 'opentelemetry.instrumentation.asgi_middleware_contrib',
          location: telemetry,
          guard: 'inside def configure_tracing_for_asgi_application()',
          origin: 'third-party',
          cause: 'requirements/production.txt lists opentelemetry-instrumentation-asgi-middleware-contrib, but the image never installs it',
          causeAt: { kind: 'not-installed', repoPath: 'services/api/requirements/production.txt', line: 18, message: 'opentelemetry-instrumentation-asgi-middleware-contrib is declared but not installed in the image' },
          message: 'Calling acme_telemetry.instrumentation.configure_tracing_for_asgi_application() raises ModuleNotFoundError: No module named opentelemetry.instrumentation.asgi_middleware_contrib.',
          chain: [hop('acme_platform.__main__', 'acme_telemetry.instrumentation', main), hop('acme_telemetry.instrumentation', 'opentelemetry.instrumentation.asgi_middleware_contrib', telemetry)],
        },
        {
          kind: 'missing-name',
          severity: 'error',
          module: 'acme_platform.settings.__init__',
          name: 'DATABASE_CONNECTION_POOL_SETTINGS',
          location: routes,
          origin: 'first-party',
          message: 'Importing acme_platform.http.routes raises ImportError: cannot import name DATABASE_CONNECTION_POOL_SETTINGS from acme_platform.settings.__init__.',
          chain: [hop('acme_platform.__main__', 'acme_platform.http.routes', main), hop('acme_platform.http.routes', 'acme_platform.settings.__init__', routes)],
        },
        {
          kind: 'missing-module',
          severity: 'error',
          module: 'acme_platform.workers.__main__',
          location: deep.at(-1)!,
          origin: 'first-party',
          message: "ModuleNotFoundError: No module named 'acme_platform.workers.__main__'",
          ...keptChain(deep),
        },
        {
          kind: 'syntax-error',
          severity: 'notice',
          module: 'acme_platform.legacy.__init__',
          location: at(`${SITE}/acme_platform_legacy_python2_compatibility_layer/__init__.py`, 7, undefined, 0),
          guard: 'try/except ImportError',
          origin: 'third-party',
          message: 'acme_platform.legacy.__init__ does not parse for Python 3.12; its import is caught.',
          chain: [],
        },
        {
          kind: 'missing-module',
          severity: 'error',
          unreported: 'type-checking',
          module: 'mypy_boto3_s3.type_defs',
          location: at('/srv/acme_platform/storage/__init__.py', 5, 'services/api/acme_platform/storage/__init__.py', 5),
          guard: 'if TYPE_CHECKING',
          origin: 'third-party',
          message: "Only type checkers import mypy_boto3_s3.type_defs.",
          chain: [hop('acme_platform.__main__', 'acme_platform.storage', main), hop('acme_platform.storage', 'mypy_boto3_s3.type_defs', at('/srv/acme_platform/storage/__init__.py', 5, 'services/api/acme_platform/storage/__init__.py', 5))],
        },
      ] satisfies Finding[]
    ).sort(compareFindings),
    {
      image: { label: 'registry.example/acme/platform-api:2026.12.06-build.4812', location: 'docker:registry.example/acme/platform-api:2026.12.06-build.4812' },
      command: ['python', '-m', 'acme_platform'],
      entryPoints: [{ module: 'acme_platform.__main__', imagePath: '/srv/acme_platform/__main__.py', how: 'python -m acme_platform' }],
      stats: { entryPoints: 1, files: 1840, modules: 2210, unparsed: 1, seconds: 3.2 },
      boot: { mode: 'import', ok: false, outcome: '1 of 1 entry point failed to import with /opt/venv/bin/python: acme_platform.__main__', seconds: 1.4, exitCode: 1, logs: "Traceback (most recent call last):\n  File \"/srv/acme_platform/__main__.py\", line 3, in <module>\nModuleNotFoundError: No module named 'acme_platform.services.payment_reconciliation.monitoring'\n" },
    },
  );
}

/** Every kind of finding the reporters know, as code scanning's rules list them. */
export function findingKinds(): FindingKind[] {
  return toSarif(sampleReport([]), { version: '0' }).runs[0]!.tool.driver.rules!.map((rule) => rule.id as FindingKind);
}

/**
 * A failed scan with a finding of every kind at every severity, in each kind of place: a
 * repository file, an image file no repository file maps to, the image's command (no line), and
 * kept for the record only; two of the same statement in one file; each reported one with the
 * baseline fingerprint a scan gives it. `commandAt` is the Dockerfile's CMD line, as a checkout
 * with a Dockerfile gives it.
 */
export function everyKindReport(overrides: Partial<ScanReport> = { commandAt: { repoPath: 'Dockerfile', line: 9 } }): ScanReport {
  const places: Location[] = [at('/srv/app/main.py', 3, 'app/main.py', 1), at('/opt/venv/lib/python3.12/site-packages/lib/__init__.py', 7, undefined, 5), COMMAND_LOCATION];
  const findings = findingKinds().flatMap((kind, index) =>
    SEVERITIES.map((severity, offset): Finding => {
      const location = places[(index + offset) % places.length]!;
      const module = `pkg_${kind.replaceAll('-', '_')}.mod_${severity}`;
      return { kind, severity, module, location, origin: 'first-party', message: `Importing app.main raises an error of kind ${kind}.`, chain: location === COMMAND_LOCATION ? [] : [hop('app.main', module, location)] };
    }),
  );
  const unreported: Finding = { kind: 'missing-module', severity: 'error', unreported: 'type-checking', module: 'stubs_only', location: at('/srv/app/types.py', 2, 'app/types.py'), origin: 'third-party', guard: 'if TYPE_CHECKING', message: 'Only type checkers import stubs_only.', chain: [] };
  const twice = [4, 9].map((line): Finding => ({ kind: 'missing-module', severity: 'error', module: 'twice', location: at('/srv/app/twice.py', line, 'app/twice.py'), origin: 'third-party', message: "ModuleNotFoundError: No module named 'twice'", chain: [hop('app.main', 'twice', at('/srv/app/twice.py', line, 'app/twice.py'))] }));
  const statement = (finding: Finding): string => (finding.module === 'twice' ? 'import twice' : `import ${finding.module}`);
  const fingerprinted = [...findings, ...twice].map((finding) => ({ ...finding, statement: statement(finding), fingerprint: fingerprintOf(finding, statement(finding)) }));
  return sampleReport([...fingerprinted, unreported].sort(compareFindings), overrides);
}
