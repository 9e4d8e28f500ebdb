// Oracles for the reports other CI systems read: the GitLab Code Quality schema (with ajv), and
// libxml2 (through python3-lxml) as a strict XML 1.0 parser and XSD validator for JUnit XML.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execa } from 'execa';
import { tempFolder } from './layouts.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, '../fixtures/report-formats');
const XML_ORACLE = path.join(HERE, 'xml_oracle.py');
/** Debian's Python, which python3-lxml installs for (a python3 first on PATH may be another). */
const DEBIAN_PYTHON = '/usr/bin/python3';
export const JUNIT_XSD = path.join(FIXTURES, 'junit.xsd');

const codeQualitySchema = JSON.parse(readFileSync(path.join(FIXTURES, 'gitlab-code-quality.schema.json'), 'utf8')) as object;
const validateCodeQuality = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(codeQualitySchema);

/**
 * What is wrong with a Code Quality report: the schema's errors, and fingerprints that repeat
 * (GitLab keeps one issue per fingerprint). Empty when GitLab reads every issue.
 */
export function codeQualityProblems(report: unknown): string[] {
  const problems = validateCodeQuality(report) ? [] : validateCodeQuality.errors!.map((error) => `${error.instancePath} ${error.message ?? ''}`);
  if (Array.isArray(report)) {
    const fingerprints = report.map((issue) => (issue as { fingerprint?: unknown }).fingerprint);
    const repeated = fingerprints.filter((fingerprint, index) => fingerprints.indexOf(fingerprint) !== index);
    if (repeated.length > 0) problems.push(`fingerprints repeat: ${repeated.join(', ')}`);
  }
  return problems;
}

export interface XmlElement {
  tag: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

export type XmlVerdict = { parsed: false; error: string } | { parsed: true; valid: boolean; errors: string[]; root: XmlElement };

let lxml: boolean | undefined;

/** Whether Debian's python3 with lxml is here; without it the test skips, or fails with IMPORT_GUARD_REQUIRE_PYTHON set (CI). */
export async function lxmlReady(t: TestContext): Promise<boolean> {
  lxml ??= (await execa(DEBIAN_PYTHON, ['-c', 'import lxml.etree'], { reject: false })).exitCode === 0;
  if (lxml) return true;
  const reason = `${DEBIAN_PYTHON} with lxml is not installed (apt-get install python3-lxml)`;
  if (process.env.IMPORT_GUARD_REQUIRE_PYTHON) throw new Error(`IMPORT_GUARD_REQUIRE_PYTHON is set, but ${reason}`);
  t.skip(reason);
  return false;
}

/** The document as libxml2 reads it, validated against `xsd` (the JUnit schema unless given). */
export async function readXml(xml: string, xsd = JUNIT_XSD): Promise<XmlVerdict> {
  await using tmp = await tempFolder();
  const file = path.join(tmp.dir, 'report.xml');
  await writeFile(file, xml);
  const { stdout } = await execa(DEBIAN_PYTHON, [XML_ORACLE, file, xsd]);
  return JSON.parse(stdout) as XmlVerdict;
}

/** Every element under `root` (itself included) with this tag, in document order. */
export function elements(root: XmlElement, tag: string): XmlElement[] {
  return [...(root.tag === tag ? [root] : []), ...root.children.flatMap((child) => elements(child, tag))];
}
