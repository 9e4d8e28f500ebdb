import { Parser } from './parser.ts';
import { decodeSource, SourceDecodeError } from './source-text.ts';
import type { Guard, ScanFailure, ScanResult } from './syntax.ts';
import { PythonSyntaxError, tokenize, type TokenizeOptions } from './tokenizer.ts';

/** The openEnded reason of a scan made with importsOnly. */
export const NAMES_NOT_READ = 'names not read (scanned for its imports only)';

/**
 * Scans one Python source file for Python 3.`minor`: its imports with their guard context, the
 * names it binds, or why it does not parse. Never throws, whatever the bytes. With
 * `skipFunctionBodies`, only what runs at import time is read, and with `importsOnly` only what
 * can hold an import-time import (see TokenizeOptions).
 */
export function scanSource(source: Uint8Array | string, minor: number, options: TokenizeOptions = {}): ScanResult | ScanFailure {
  try {
    const text = typeof source === 'string' ? source : decodeSource(source);
    const result = new Parser(tokenize(text, minor, options), minor).parseModule();
    // Names were not read: what the parser saw bound must not pass for all the module binds.
    return options.importsOnly ? { ok: true, imports: result.imports, bindings: [], openEnded: [NAMES_NOT_READ] } : result;
  } catch (error) {
    if (error instanceof PythonSyntaxError) return { ok: false, error: error.message, line: error.line };
    if (error instanceof SourceDecodeError) return { ok: false, error: error.message };
    if (error instanceof RangeError) return { ok: false, error: 'too deeply nested to parse' };
    return { ok: false, error: `scanner error: ${(error as Error).message}` };
  }
}

/** A call of a plain name (`main()`) or of a name's attribute (`ranger.main()`), where it is. */
export interface NamedCall {
  name: string;
  /** For `mod.name()`: the plain name the function is taken from. */
  of?: string;
  line: number;
  /** As for an import: the function it is in, the handlers and branches around it. */
  guards: readonly Guard[];
}

/**
 * Scans a whole file, function bodies included, and lists the calls of plain names it makes: what
 * the walk needs to know which functions run when a program starts. Never throws: undefined when it
 * does not parse.
 */
export function scanWithCalls(source: Uint8Array | string, minor: number): { scan: ScanResult; calls: NamedCall[] } | undefined {
  const calls: NamedCall[] = [];
  // A rewound look-ahead may show a call twice.
  const seen = new Set<string>();
  try {
    const text = typeof source === 'string' ? source : decodeSource(source);
    const scan = new Parser(tokenize(text, minor), minor, {
      call(call, at, guards) {
        const key = `${at.line}:${at.col}`;
        if (seen.has(key)) return;
        if (call.func.k === 'name') calls.push({ name: call.func.id, line: at.line, guards });
        else if (call.func.k === 'attr' && call.func.value.k === 'name') calls.push({ name: call.func.attr, of: call.func.value.id, line: at.line, guards });
        else return;
        seen.add(key);
      },
    }).parseModule();
    return { scan, calls };
  } catch {
    // Whatever stopped it, the file's own scan has already said why.
    return undefined;
  }
}

/** How much work a scan took: tokens, and tokens parsed twice after a failed look-ahead. */
export function scanWork(text: string, minor: number): { tokens: number; rewound: number } {
  const tokens = tokenize(text, minor);
  const parser = new Parser(tokens, minor);
  parser.parseModule();
  return { tokens: tokens.length, rewound: parser.rewound };
}
