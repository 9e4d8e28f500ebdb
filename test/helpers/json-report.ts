// The one way tests read a JSON scan report: every report is validated against the published
// schema (schema/report.schema.json) as it is read, and a test fails with the schema's errors on
// one that does not match. test/unit/report-schema.test.ts checks that no test reads one otherwise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ScanReport } from '../../src/report/findings.ts';
import { type JsonReport, toJsonReport } from '../../src/report/json.ts';

export const REPORT_SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/report.schema.json');
export const reportSchema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
// Strict, but for strictRequired: it refuses a `required` whose properties are declared beside it
// rather than in it, as in the if/then that ties `reported` to `unreported`.
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(reportSchema);

/** What the schema finds wrong with a report, one line each; empty when it matches. */
export function jsonReportProblems(report: unknown): string[] {
  if (validate(report)) return [];
  return validate.errors!.map((error) => `${error.instancePath || '/'} ${error.message ?? ''}${Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''}`);
}

/** Fails the test, naming `what` and the schema's errors, when `report` does not match the schema. */
export function assertValidJsonReport(report: unknown, what = 'the JSON report'): asserts report is JsonReport {
  const problems = jsonReportProblems(report);
  assert.deepEqual(problems, [], `${what} does not match schema/report.schema.json:\n${problems.join('\n')}`);
}

/** A JSON report as the CLI prints it (`--format json`, `--json`), validated. */
export function parseJsonReport(text: string, what = 'the JSON report'): JsonReport {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    assert.fail(`${what} is not JSON (${(error as Error).message}): ${text.slice(0, 300)}`);
  }
  assertValidJsonReport(report, what);
  return report;
}

/** A JSON report file (the Action's `report-json` output, `--output`), validated. */
export async function readJsonReport(file: string): Promise<JsonReport> {
  return parseJsonReport(await readFile(file, 'utf8'), file);
}

/** The JSON report of a scan report made in the test, validated as it reads once serialized. */
export function jsonReport(report: ScanReport): JsonReport {
  const json = toJsonReport(report);
  assertValidJsonReport(JSON.parse(JSON.stringify(json)), 'toJsonReport()');
  return json;
}

/** A report's boot with the fields of each way it can go, absent ones undefined: for assertions that compare them. */
export function bootOf(report: JsonReport): { mode?: string; ok?: boolean; outcome?: string; exitCode?: number; error?: string; reason?: string } {
  return report.boot ?? {};
}
