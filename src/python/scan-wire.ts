/**
 * A scan as a worker sends it: JSON of positional arrays instead of keyed objects, which makes a
 * large image's results less than half the text, and so less for both threads to write and read.
 */
import { NAMES_NOT_READ } from './scanner.ts';
import type { Guard, ImportedName, ImportStatement, ScanFailure, ScanResult } from './syntax.ts';

const KINDS = ['import', 'from', 'dynamic'] as const;

/** An import: kind, module, level, line, column, then what it has of guards, names, `as` name and package. */
type WireImport = [kind: number, module: string, level: number, line: number, col: number, guards?: Guard[] | 0, names?: Array<string | [string, string]> | 0, asname?: string | 0, pkg?: string | 0];
/** A scan, a failure, or (the most common) a scan for imports only, whose names say nothing. */
type WireScan = [ok: 1, imports: WireImport[], bindings: string[], openEnded: string[], all?: string[]] | [ok: 0, error: string, line?: number] | [importsOnly: 2, imports: WireImport[]];

function encodeImport(statement: ImportStatement): WireImport {
  const wire: WireImport = [KINDS.indexOf(statement.kind), statement.module, statement.level, statement.line, statement.col];
  const optional = [
    statement.guards.length > 0 ? statement.guards : 0,
    statement.names.length > 0 ? statement.names.map((name) => (name.asname === undefined ? name.name : [name.name, name.asname] as [string, string])) : 0,
    statement.asname ?? 0,
    statement.package ?? 0,
  ] as const;
  // Trailing fields it lacks are left out.
  let last = optional.length;
  while (last > 0 && optional[last - 1] === 0) last--;
  for (let index = 0; index < last; index++) (wire as unknown[]).push(optional[index]);
  return wire;
}

function decodeImport(wire: WireImport): ImportStatement {
  const names: ImportedName[] = wire[6] ? wire[6].map((name) => (typeof name === 'string' ? { name } : { name: name[0], asname: name[1] })) : [];
  const statement: ImportStatement = { kind: KINDS[wire[0]]!, module: wire[1], level: wire[2], names, line: wire[3], col: wire[4], guards: wire[5] || [] };
  if (wire[7]) statement.asname = wire[7];
  if (wire[8]) statement.package = wire[8];
  return statement;
}

/**
 * A scan as the wire carries it. The walk keeps it so until it reads it: a large walk holds
 * thousands of scans before it visits their modules, and a string apiece costs the garbage
 * collector one copy where the decoded imports would cost one per object.
 */
export type EncodedScan = string;

/** Whether an encoded scan is a failure, told without decoding it. */
export function encodedFailure(encoded: EncodedScan): boolean {
  return encoded.startsWith('[0');
}

/** Whether an encoded scan is of imports only, whose names say nothing: told without decoding it. */
export function encodedImportsOnly(encoded: EncodedScan): boolean {
  return encoded.startsWith('[2');
}

export function encodeScan(scan: ScanResult | ScanFailure): EncodedScan {
  if (!scan.ok) return JSON.stringify(scan.line === undefined ? [0, scan.error] : [0, scan.error, scan.line]);
  if (scan.bindings.length === 0 && scan.openEnded.length === 1 && scan.openEnded[0] === NAMES_NOT_READ && scan.all === undefined) return JSON.stringify([2, scan.imports.map(encodeImport)]);
  const wire: WireScan = [1, scan.imports.map(encodeImport), scan.bindings, scan.openEnded];
  if (scan.all !== undefined) wire.push(scan.all);
  return JSON.stringify(wire);
}

export function decodeScan(encoded: EncodedScan): ScanResult | ScanFailure {
  const wire = JSON.parse(encoded) as WireScan;
  if (wire[0] === 0) return wire[2] === undefined ? { ok: false, error: wire[1] } : { ok: false, error: wire[1], line: wire[2] };
  if (wire[0] === 2) return { ok: true, imports: wire[1].map(decodeImport), bindings: [], openEnded: [NAMES_NOT_READ] };
  const scan: ScanResult = { ok: true, imports: wire[1].map(decodeImport), bindings: wire[2], openEnded: wire[3] };
  if (wire[4] !== undefined) scan.all = wire[4];
  return scan;
}
