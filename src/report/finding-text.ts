/** A reported finding as one paragraph: what every report that takes a single message shows. */
import { bootText } from './annotations.ts';
import type { Finding } from './findings.ts';

export function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The finding's message, with its cause and what the boot showed, each a sentence. */
export function messageText(finding: Finding): string {
  const parts = [finding.message];
  if (finding.cause !== undefined) parts.push(`Cause: ${finding.cause}`);
  if (finding.boot) parts.push(bootText(finding.boot, finding.message));
  return parts.length === 1 ? finding.message : parts.map(withStop).join(' ');
}
