/**
 * Turns the bytes of a Python file into text the way CPython does before tokenizing: a UTF-8
 * BOM, or a PEP 263 coding cookie on line 1 or 2, picks the encoding; the default is UTF-8.
 */

export class SourceDecodeError extends Error {
  override name = 'SourceDecodeError';
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Python codec names (normalized) mapped to WHATWG labels that TextDecoder knows. */
const ALIASES: Record<string, string> = {
  'utf_8': 'utf-8',
  'utf8': 'utf-8',
  'u8': 'utf-8',
  'utf': 'utf-8',
  'utf8_ucs2': 'utf-8',
  'utf8_ucs4': 'utf-8',
  'cp65001': 'utf-8',
  'latin_1': 'iso-8859-1',
  'latin1': 'iso-8859-1',
  'latin': 'iso-8859-1',
  'l1': 'iso-8859-1',
  'iso_8859_1': 'iso-8859-1',
  'iso8859_1': 'iso-8859-1',
  '8859': 'iso-8859-1',
  'cp819': 'iso-8859-1',
  'ascii': 'ascii',
  'us_ascii': 'ascii',
  '646': 'ascii',
};

/** CPython normalizes codec names: lower case, runs of non-alphanumerics (except '.') become '_'. */
function normalizeCodec(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The tokenizer's own shortcut: "utf-8-*" and "latin-1-*" count as those codecs. */
function tokenizerCodec(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower)) return 'iso-8859-1';
  return name;
}

/** Decoders by codec: making one costs more than decoding a small file, and a fatal decoder keeps no state between files. */
const decoders = new Map<string, InstanceType<typeof TextDecoder> | undefined>();

function decoderFor(codec: string): InstanceType<typeof TextDecoder> | undefined {
  if (!decoders.has(codec)) decoders.set(codec, newDecoder(codec));
  return decoders.get(codec);
}

function newDecoder(codec: string): InstanceType<typeof TextDecoder> | undefined {
  const normalized = normalizeCodec(codec);
  const label = ALIASES[normalized] ?? normalized.replace(/_/g, '-');
  try {
    if (label === 'ascii') return new TextDecoder('windows-1252', { fatal: true }); // checked for ASCII below
    return new TextDecoder(label, { fatal: true });
  } catch {
    // Python spells some codecs differently (cp1252, iso8859_15, euc_jp...): try the usual respellings.
    for (const alternative of [label.replace(/^iso(\d)/, 'iso-$1'), label.replace(/^cp(\d+)$/, 'windows-$1'), label.replace(/^iso-?8859-?(\d+)$/, 'iso-8859-$1')]) {
      try {
        return new TextDecoder(alternative, { fatal: true });
      } catch {
        // next spelling
      }
    }
    return undefined;
  }
}

function lineEnd(bytes: Uint8Array, start: number): number {
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  return end;
}

function asciiLine(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

function isBlankOrComment(line: string): boolean {
  return /^[ \t\f]*(#.*)?$/.test(line);
}

/** The encoding a coding cookie names, if line 1 or 2 has one. */
export function findCookie(bytes: Uint8Array, start: number): string | undefined {
  const firstEnd = lineEnd(bytes, start);
  const first = asciiLine(bytes, start, firstEnd);
  const match = COOKIE.exec(first);
  if (match) return match[1];
  if (!isBlankOrComment(first)) return undefined;
  let secondStart = firstEnd;
  if (bytes[secondStart] === 0x0d && bytes[secondStart + 1] === 0x0a) secondStart += 2;
  else if (secondStart < bytes.length) secondStart += 1;
  const second = asciiLine(bytes, secondStart, lineEnd(bytes, secondStart));
  return COOKIE.exec(second)?.[1];
}

/** Decodes a source file; throws SourceDecodeError with CPython's reason when it would. */
export function decodeSource(bytes: Uint8Array): string {
  let start = 0;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  const cookie = findCookie(bytes, start);
  let codec = 'utf-8';
  if (cookie !== undefined) {
    codec = tokenizerCodec(cookie);
    if (bom && codec !== 'utf-8') throw new SourceDecodeError(`encoding problem: ${cookie} with BOM`);
  }
  const decoder = decoderFor(codec);
  if (!decoder) throw new SourceDecodeError(`unknown encoding: ${cookie ?? codec}`);
  const body = bytes.subarray(start);
  if (normalizeCodec(codec) === 'ascii' || ALIASES[normalizeCodec(codec)] === 'ascii') {
    for (const byte of body) if (byte > 0x7f) throw new SourceDecodeError(`'ascii' codec can't decode byte 0x${byte.toString(16)}`);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw new SourceDecodeError(`'${codec}' codec can't decode the file`);
  }
}
