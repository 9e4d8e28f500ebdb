/**
 * Where a reported finding is shown in reports that take only repository files (code scanning,
 * GitLab Code Quality): its own repository file and line, or, for a finding in an image file that
 * no repository file maps to, the Dockerfile's CMD or ENTRYPOINT line that runs it.
 */
import type { Finding, ScanReport } from './findings.ts';

export interface RepositoryPlace {
  /** Relative to the repository root. */
  repoPath: string;
  /** 1-based; less than 1 when the finding has no line. */
  line: number;
  column: number;
  /** For a finding shown on the command line: where it is in the image, as a sentence; absent when it has no line there. */
  inImage?: string;
}

/** Undefined for a finding in no repository file when the report has no Dockerfile command line. */
export function repositoryPlace(finding: Finding, commandAt: ScanReport['commandAt']): RepositoryPlace | undefined {
  const { location } = finding;
  if (location.repoPath !== undefined) return { repoPath: location.repoPath, line: location.line, column: location.column };
  if (!commandAt) return undefined;
  const place: RepositoryPlace = { repoPath: commandAt.repoPath, line: commandAt.line, column: 1 };
  if (location.line >= 1) place.inImage = `In the image at ${location.imagePath}:${location.line}, which no repository file maps to; the image runs it through ${commandAt.repoPath}:${commandAt.line}.`;
  return place;
}
