// Findings and scan reports for reporter tests: the sample service's image, built by hand.
import type { ChainHop, Location, ScanReport } from '../../src/report/findings.ts';
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
