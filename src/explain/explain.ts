/**
 * The explain stage: the checkout the image was built from, and the causes it gives the walk's
 * findings (first-party sources left out of the image, installed packages not installed).
 */
import path from 'node:path';
import type { ImageFs } from '../image/image-fs.ts';
import type { Logger } from '../logger.ts';
import { installedDistributions } from '../python/distributions.ts';
import type { Finding } from '../report/findings.ts';
import { type BuildContext, readBuildContext } from './build-context.ts';
import { explainFirstParty } from './cause.ts';
import { contextCopies, importedFolders } from './dockerfile.ts';
import { listRepository, type PathMapping, RepositoryMap } from './pathmap.ts';
import { readDeclaredRequirements } from './requirements.ts';
import { thirdPartyExplainer } from './third-party.ts';

export interface Checkout {
  root: string;
  /** Its files, relative, with forward slashes. */
  files: string[];
  map: RepositoryMap;
  context: BuildContext;
}

/** How the image was built from the checkout, as the inputs give it. */
export interface BuildInputs {
  pathMap: readonly PathMapping[];
  context?: string | undefined;
  dockerfile?: string | undefined;
  target?: string | undefined;
}

/** Lists and reads the checkout at `root`; what is skipped (a file outside the repository) is warned about on `logger`. */
export function readCheckout(root: string, build: BuildInputs, logger: Logger): Checkout {
  const files = listRepository(root, logger);
  const context = readBuildContext(root, build.context, build.dockerfile, build.target, logger);
  // Where the build put the checkout's files, when the Dockerfile says: what maps image paths first.
  const placements = { context: context.folder, copies: context.dockerfile ? contextCopies(context.dockerfile) : [] };
  return { root, files, map: new RepositoryMap(files, build.pathMap, placements), context };
}

/**
 * The checkout folders the image imports modules from: where the entry modules' files are
 * (`located`: module names, `__main__` for scripts, with their image paths), and where the
 * Dockerfile copies to a folder Python searches. Undefined when neither says.
 */
export function importRootsOf(checkout: Checkout, located: ReadonlyArray<{ module: string; imagePath: string }>, searched: readonly string[]): Set<string> | undefined {
  const roots = checkout.map.importRoots(located);
  const { dockerfile, folder } = checkout.context;
  for (const copied of dockerfile ? importedFolders(dockerfile, searched) : []) roots.add(path.posix.join(folder, copied).replace(/^\.$/, ''));
  return roots.size > 0 ? roots : undefined;
}

export interface ExplainFacts {
  checkout?: Checkout;
  importRoots?: ReadonlySet<string>;
  fs: ImageFs;
  /** The interpreter's sys.path folders. */
  searched: readonly string[];
  /** `3.12`, for messages. */
  version: string;
  /** Where a checkout file that is skipped is warned about. */
  logger: Logger;
}

/** Each finding with its cause, where the checkout or the image's metadata tell one. */
export function explainFindings(findings: readonly Finding[], facts: ExplainFacts): Finding[] {
  const { checkout } = facts;
  const unexplained = findings.some((finding) => finding.kind === 'missing-module' && finding.origin !== 'first-party' && finding.origin !== 'stdlib' && !finding.cause);
  const thirdParty = unexplained
    ? thirdPartyExplainer({
        distributions: installedDistributions(facts.fs),
        searched: facts.searched,
        version: facts.version,
        ...(checkout && { declared: readDeclaredRequirements(checkout.root, checkout.files, checkout.context.folder, facts.logger) }),
      })
    : undefined;
  const sources = { sourcesOf: (module: string) => checkout?.map.moduleSources(module, facts.importRoots) ?? [], imageHas: (file: string) => facts.fs.stat(file) !== undefined };
  const command = checkout ? commandLine(checkout.context) : undefined;
  return findings.map((found) => {
    const finding = command && found.location.line === 0 && found.location.repoPath === undefined ? { ...found, location: { ...found.location, ...command } } : found;
    const firstParty = checkout ? explainFirstParty(finding, checkout.context, sources) : finding;
    return thirdParty ? thirdParty(firstParty) : firstParty;
  });
}

/**
 * Where the image's command comes from: the final stage's CMD or ENTRYPOINT line. A finding of
 * the command itself (an entry module that is missing, a boot that fails) is shown there.
 */
export function commandLine(context: BuildContext): { repoPath: string; line: number; column: number } | undefined {
  const { dockerfile } = context;
  const command = dockerfile?.stages.at(-1)?.command;
  return dockerfile && command ? { repoPath: dockerfile.file, line: command.line, column: 1 } : undefined;
}
