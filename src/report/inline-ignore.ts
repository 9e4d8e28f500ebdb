/**
 * `# import-guard: ignore[module]` as a trailing comment on an import line: the findings of that
 * line for that module (a glob, as the `ignore` input takes; a plain name covers its submodules)
 * are kept for the record, not reported. `# import-guard: ignore` alone covers every finding of
 * the line. Only the lines findings are on are read.
 */
import type { Logger } from '../logger.ts';
import { quoted } from '../explain/repository-files.ts';
import { moduleMatcher } from '../settings.ts';
import { displayPath, type Finding } from './findings.ts';

/** The directive, anywhere in a comment of the line; what is after it (a reason) is free text. */
const DIRECTIVE = /#.*?\bimport-guard:\s*ignore(?![\w-])(?:\s*\[([^\]]*)\])?/;
const MODULE_GLOB = /^[A-Za-z0-9_.*]+$/;

/** What a line's directive covers: every finding, some modules, or nothing (no directive). */
export type InlineIgnore = { all: true } | { all: false; matches: (module: string) => boolean; invalid: string[] } | undefined;

export function inlineIgnoreOf(line: string): InlineIgnore {
  const match = DIRECTIVE.exec(line);
  if (!match) return undefined;
  if (match[1] === undefined) return { all: true };
  const items = match[1].split(',').map((item) => item.trim()).filter((item) => item !== '');
  const globs = items.filter((item) => MODULE_GLOB.test(item));
  return { all: false, matches: globs.length > 0 ? moduleMatcher(globs) : () => false, invalid: items.filter((item) => !MODULE_GLOB.test(item)) };
}

/** Whether the directive covers the finding: its module, or for a missing name, `module.name`. */
function covers(ignore: NonNullable<InlineIgnore>, finding: Finding): boolean {
  if (ignore.all) return true;
  return ignore.matches(finding.module) || (finding.name !== undefined && ignore.matches(`${finding.module}.${finding.name}`));
}

/**
 * The findings with those an inline directive covers marked `inline-ignore`. `lineOf` gives the
 * text of a line of an image file (undefined when it cannot be read); reported findings with a
 * place in a file are the only ones looked at.
 */
export function applyInlineIgnores(findings: readonly Finding[], lineOf: (imagePath: string, line: number) => string | undefined, logger: Logger): Finding[] {
  const warned = new Set<string>();
  return findings.map((finding) => {
    if (finding.unreported !== undefined || finding.location.line <= 0) return finding;
    const text = lineOf(finding.location.imagePath, finding.location.line);
    const ignore = text === undefined ? undefined : inlineIgnoreOf(text);
    if (!ignore) return finding;
    const place = `${displayPath(finding.location)}:${finding.location.line}`;
    if (!ignore.all && ignore.invalid.length > 0 && !warned.has(place)) {
      warned.add(place);
      logger.warn(`${place}: import-guard: ignore[...] names ${ignore.invalid.map((item) => JSON.stringify(quoted(item, 60))).join(', ')}, which ${ignore.invalid.length === 1 ? 'is not a module glob' : 'are not module globs'} (write ignore[yaml] or ignore[boto3.*])`);
    }
    return covers(ignore, finding) ? { ...finding, unreported: 'inline-ignore' as const } : finding;
  });
}
