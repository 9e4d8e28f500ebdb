/**
 * XML 1.0 text and attribute values from strings the image controls. Characters XML 1.0 does
 * not allow at all (C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE
 * and U+FFFF) are left out, since no parser reads them even as character references. The rest is
 * escaped so that a parser reads back the same string, and so that a line of the document read as
 * a log line is no workflow command (`::` and `##[` are written as references).
 */

const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '::': '&#58;:', '##[': '#&#35;[' };
// An attribute's tabs and line breaks are read as spaces unless written as references.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/** The string with the characters XML 1.0 does not allow left out. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Element content. */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/::|##\[|[&<>\r]/g, (match) => TEXT_ESCAPES[match]!);
}

/** An attribute value, for a double-quoted attribute. */
export function xmlAttribute(text: string): string {
  return xmlChars(text).replace(/::|##\[|[&<>\r"\n\t]/g, (match) => ATTRIBUTE_ESCAPES[match]!);
}
