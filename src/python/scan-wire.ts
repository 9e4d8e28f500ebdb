/**
 * A scan as a worker sends it: JSON of one flat array per scan instead of keyed objects, which
 * makes a large image's results less than half the text, and leaves the walk's thread few
 * arrays to build when it reads one back.
 */
import { NAMES_NOT_READ } from './scanner.ts';
import type { Guard, ImportedName, ImportStatement, ScanFailure, ScanResult } from './syntax.ts';

const KINDS = ['import', 'from', 'dynamic'] as const;
/** Bits of an import's first field, above its kind (0-2): which optional fields follow its names, and whether it is lazy. */
const HAS_GUARDS = 4;
const HAS_ASNAME = 8;
const HAS_PACKAGE = 16;
/** An explicit lazy import (3.15): a bit alone, no field follows. */
const IS_LAZY = 32;

/**
 * An import, flat: head (kind and HAS_ bits), module, level, line, column, the count of names,
 * each name (`[name, asname]` when it has one), then guards, `as` name and package, as the head says.
 */
type WireField = number | string | [string, string] | Guard[];
/**
 * A failure; a scan for imports only (the most common), whose names say nothing; or a scan with
 * its names (`all` 0 when it has none). Its imports follow, one after another.
 */
type WireScan = [ok: 0, error: string, line?: number] | [importsOnly: 2, ...imports: WireField[]] | [ok: 1, bindings: string[], openEnded: string[], all: string[] | 0, ...imports: WireField[]];
/** Where a scan's imports start in its array. */
const IMPORTS_ONLY_FROM = 1;
const FULL_FROM = 4;

function encodeImports(imports: readonly ImportStatement[], wire: unknown[]): void {
  for (const statement of imports) {
    const guarded = statement.guards.length > 0;
    const head = KINDS.indexOf(statement.kind) | (guarded ? HAS_GUARDS : 0) | (statement.asname !== undefined ? HAS_ASNAME : 0) | (statement.package !== undefined ? HAS_PACKAGE : 0) | (statement.lazy ? IS_LAZY : 0);
    wire.push(head, statement.module, statement.level, statement.line, statement.col, statement.names.length);
    for (const name of statement.names) wire.push(name.asname === undefined ? name.name : [name.name, name.asname]);
    if (guarded) wire.push(statement.guards);
    if (statement.asname !== undefined) wire.push(statement.asname);
    if (statement.package !== undefined) wire.push(statement.package);
  }
}

function decodeImports(wire: readonly unknown[], from: number): ImportStatement[] {
  const imports: ImportStatement[] = [];
  let at = from;
  while (at < wire.length) {
    const head = wire[at] as number;
    const count = wire[at + 5] as number;
    const names: ImportedName[] = [];
    for (let index = 0; index < count; index++) {
      const name = wire[at + 6 + index] as string | [string, string];
      names.push(typeof name === 'string' ? { name } : { name: name[0], asname: name[1] });
    }
    const statement: ImportStatement = { kind: KINDS[head & 3]!, module: wire[at + 1] as string, level: wire[at + 2] as number, names, line: wire[at + 3] as number, col: wire[at + 4] as number, guards: [] };
    at += 6 + count;
    if (head & HAS_GUARDS) statement.guards = wire[at++] as Guard[];
    if (head & HAS_ASNAME) statement.asname = wire[at++] as string;
    if (head & HAS_PACKAGE) statement.package = wire[at++] as string;
    if (head & IS_LAZY) statement.lazy = true;
    imports.push(statement);
  }
  return imports;
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
  const importsOnly = scan.bindings.length === 0 && scan.openEnded.length === 1 && scan.openEnded[0] === NAMES_NOT_READ && scan.all === undefined;
  const wire: unknown[] = importsOnly ? [2] : [1, scan.bindings, scan.openEnded, scan.all ?? 0];
  encodeImports(scan.imports, wire);
  return JSON.stringify(wire);
}

export function decodeScan(encoded: EncodedScan): ScanResult | ScanFailure {
  const wire = JSON.parse(encoded) as WireScan;
  if (wire[0] === 0) return wire[2] === undefined ? { ok: false, error: wire[1] } : { ok: false, error: wire[1], line: wire[2] };
  if (wire[0] === 2) return { ok: true, imports: decodeImports(wire, IMPORTS_ONLY_FROM), bindings: [], openEnded: [NAMES_NOT_READ] };
  const scan: ScanResult = { ok: true, imports: decodeImports(wire, FULL_FROM), bindings: wire[1], openEnded: wire[2] };
  if (wire[3] !== 0) scan.all = wire[3];
  return scan;
}
