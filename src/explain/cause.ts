/** Why a first-party module is missing from the image: the line of the checkout that left it out. */
import path from 'node:path';
import type { Finding } from '../report/findings.ts';
import type { BuildContext } from './build-context.ts';
import type { RepositoryMap } from './pathmap.ts';

/** Adds the cause of a missing first-party module to its finding; other findings pass through. */
export function explainFirstParty(finding: Finding, repository: RepositoryMap, context: BuildContext): Finding {
  if (finding.origin !== 'first-party' || finding.kind !== 'missing-module' || finding.cause !== undefined) return finding;
  const sources = repository.moduleSources(finding.module);
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
    return {
      ...finding,
      cause: `excluded by \`${file}\` line ${exclusion.rule.line}: \`${exclusion.rule.text}\``,
      causeAt: { repoPath: file, line: exclusion.rule.line, message: `\`${exclusion.rule.text}\` leaves ${leftOut} out of the build context` },
    };
  }
  const ignoreNote = context.ignore ? `no rule of \`${context.ignore.file}\` leaves it out` : 'the build context has no .dockerignore';
  return { ...finding, cause: `the checkout has ${inContext[0]!.source} but the image does not, and ${ignoreNote}` };
}
