/** Why a first-party module is missing from the image: the line of the checkout that left it out. */
import path from 'node:path';
import type { Finding } from '../report/findings.ts';
import type { BuildContext } from './build-context.ts';
import { closestCopy, placementsOf } from './dockerfile.ts';
import { quoted } from './repository-files.ts';

/**
 * Adds the cause of a missing first-party module to its finding; other findings pass through.
 * In this order: a `.dockerignore` rule left it out; no COPY or ADD brings it in; one does, but
 * the image has no such file (`imageHas` tells); otherwise, plainly, no known cause.
 */
export function explainFirstParty(finding: Finding, context: BuildContext, checkout: { sourcesOf: (module: string) => string[]; imageHas?: (path: string) => boolean }): Finding {
  if (finding.origin !== 'first-party' || finding.kind !== 'missing-module' || finding.cause !== undefined) return finding;
  const imageHas = checkout.imageHas ?? ((): boolean => false);
  const sources = checkout.sourcesOf(finding.module);
  if (sources.length === 0) return finding;
  const inContext = sources.map((source) => ({ source, relative: path.posix.relative(context.folder, source) })).filter(({ relative }) => !relative.startsWith('../'));
  if (inContext.length === 0) {
    return { ...finding, cause: `its source ${sources[0]} is outside the build context ${context.folder || '.'}, so no COPY can bring it in` };
  }
  for (const { source, relative } of inContext) {
    const exclusion = context.ignore?.exclusion(relative);
    if (!exclusion) continue;
    const file = context.ignore!.file;
    const leftOut = exclusion.folder ? `${path.posix.join(context.folder, exclusion.folder)}/` : source;
    const rule = quoted(exclusion.rule.text);
    return {
      ...finding,
      cause: `excluded by \`${file}\` line ${exclusion.rule.line}: \`${rule}\``,
      causeAt: { kind: 'excluded', repoPath: file, line: exclusion.rule.line, message: `\`${rule}\` leaves ${leftOut} out of the build context` },
    };
  }
  const { source, relative } = inContext[0]!;
  const dockerfile = context.dockerfile;
  if (dockerfile) {
    const placements = placementsOf(dockerfile, relative);
    if (placements.length === 0) {
      const closest = closestCopy(dockerfile, relative);
      const line = closest?.line ?? dockerfile.stages.at(-1)?.line ?? 1;
      return {
        ...finding,
        cause: `not copied: no COPY or ADD of \`${dockerfile.file}\` brings ${source} into the image`,
        causeAt: { kind: 'not-copied', repoPath: dockerfile.file, line, message: closest ? `\`${quoted(closest.text)}\` is the nearest COPY, and it does not bring in ${source}` : `no COPY or ADD brings ${source} into this image` },
      };
    }
    const placement = placements.at(-1)!;
    const step = placement.steps.at(-1)!;
    const where = imageHas(placement.imagePath) ? `the image has it there, but not where Python looks for ${finding.module}` : 'but the image has no such file: a later step removes it';
    return { ...finding, cause: `\`${dockerfile.file}\` line ${step.line} copies ${source} to ${quoted(placement.imagePath)}, ${where}` };
  }
  const ignoreNote = context.ignore ? `no rule of \`${context.ignore.file}\` leaves it out` : 'the build context has no .dockerignore';
  return { ...finding, cause: `the checkout has ${source} but the image does not, and ${ignoreNote}` };
}
