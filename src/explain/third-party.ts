/**
 * Why an installed-package import is missing: the distribution is installed where the image's
 * interpreter does not look, or declared by the checkout but not installed, or declared nowhere.
 */
import { type Distribution, normalizeName } from '../python/distributions.ts';
import type { Finding } from '../report/findings.ts';
import type { DeclaredRequirements, Requirement } from './requirements.ts';
import { quoted } from './repository-files.ts';

export interface ThirdPartyFacts {
  /** Every distribution whose metadata the image holds. */
  distributions: readonly Distribution[];
  /** Folders the interpreter searches (sys.path). */
  searched: readonly string[];
  /** What the checkout declares; undefined when there is no checkout. */
  declared?: DeclaredRequirements;
  /** `3.12`, for messages. */
  version: string;
}

function label(distribution: Distribution): string {
  return distribution.version ? `${distribution.name} ${distribution.version}` : distribution.name;
}

/** The most requirement files a cause names; the rest are counted. */
const NAMED_FILES = 5;

function place(requirement: Requirement): string {
  return `${requirement.file}:${requirement.line}`;
}

/**
 * An explainer for one run: the index of distributions by import name is built once, not once
 * per finding (an image may hold hundreds of each). It adds the cause of a missing third-party
 * module whose top-level name the interpreter cannot find at all; other findings pass through.
 */
export function thirdPartyExplainer(facts: ThirdPartyFacts): (finding: Finding) => Finding {
  const searched = new Set(facts.searched);
  const providersOf = new Map<string, Distribution[]>();
  for (const distribution of facts.distributions) for (const top of distribution.topLevel) providersOf.set(top, [...(providersOf.get(top) ?? []), distribution]);
  const installedNames = new Set(facts.distributions.filter((distribution) => searched.has(distribution.location)).map((distribution) => normalizeName(distribution.name)));
  return (finding) => explain(finding, facts, { searched, installedNames, providersOf });
}

function explain(finding: Finding, facts: ThirdPartyFacts, index: { searched: ReadonlySet<string>; installedNames: ReadonlySet<string>; providersOf: ReadonlyMap<string, Distribution[]> }): Finding {
  if (finding.kind !== 'missing-module' || finding.cause !== undefined || (finding.origin !== 'third-party' && finding.origin !== 'unknown')) return finding;
  const top = finding.module.split('.')[0]!;
  const { searched, installedNames, providersOf } = index;
  // The distribution names the import maps to, from the metadata of every copy in the image.
  const providers = providersOf.get(top) ?? [];
  if (providers.some((provider) => searched.has(provider.location))) return finding;
  const names = new Set([normalizeName(top), ...providers.map((provider) => normalizeName(provider.name))]);
  const elsewhere = providers[0];
  const declared = facts.declared?.requirements.find((requirement) => names.has(requirement.normalized));
  if (declared) {
    if (installedNames.has(declared.normalized)) return finding;
    const where = elsewhere ? `installed only in ${elsewhere.location}, which Python ${facts.version} does not search` : 'not installed in the image';
    return {
      ...finding,
      cause: `declared in ${place(declared)} as ${quoted(declared.name)}, but ${where}`,
      causeAt: { kind: 'not-installed', repoPath: declared.file, line: declared.line, message: `\`${quoted(declared.text)}\` is declared here, but the image has no ${quoted(declared.name)} where Python ${facts.version} looks` },
    };
  }
  if (elsewhere) return { ...finding, cause: `${label(elsewhere)} provides ${top}, but it is installed in ${elsewhere.location}, which Python ${facts.version} does not search` };
  if (!facts.declared) return finding;
  if (facts.declared.files.length === 0) return { ...finding, cause: `not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg)` };
  // Declared distributions the image lacks may be this one under another name.
  const lacking = facts.declared.requirements.filter((requirement) => !installedNames.has(requirement.normalized));
  const candidates = lacking.length > 0 ? `; declared but not installed: ${lacking.slice(0, 3).map((requirement) => `${quoted(requirement.name)} (${place(requirement)})`).join(', ')}${lacking.length > 3 ? ` and ${lacking.length - 3} more` : ''}` : '';
  const { files } = facts.declared;
  const named = files.length > NAMED_FILES ? `${files.slice(0, NAMED_FILES).join(', ')} and ${files.length - NAMED_FILES} more` : files.join(', ');
  return { ...finding, cause: `not installed in the image, and not declared in ${named}${candidates}` };
}
