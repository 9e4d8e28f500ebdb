/** The check run: one completed run per scan, with an annotation for every reported finding. */
import type { Logger } from '../logger.ts';
import { annotationMessage, causeAnnotations, findingTitle } from '../report/annotations.ts';
import { displayPath, isReported, type Finding, type Severity } from '../report/findings.ts';
import { apiWarning, truncateWithNote, type GitHubClient, type PublishFailure, type PublishTarget } from './shared.ts';

export interface CheckAnnotation {
  /** Relative to the repository root. */
  path: string;
  startLine: number;
  endLine: number;
  /** 1-based; only sent when the annotation is on one line, as the API requires. */
  startColumn?: number;
  level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
  /** The finding it annotates (not sent); none for a line that causes findings. */
  finding?: Finding;
}

export interface CheckRunOptions {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown; cut to the API's limit with a note. */
  summary: string;
  annotations: CheckAnnotation[];
}

/** `annotated`: how many of the annotations, in order, the check run holds (all of them when it worked). */
export type CheckRunResult = { ok: true; id: number; url?: string; annotated: number } | (PublishFailure & { annotated: number });

/** The REST API takes at most this many annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** `output.summary` limit, in characters. */
export const SUMMARY_LIMIT = 65535;
const TITLE_LIMIT = 255;
// The API allows 64 KB per message; a character can take 4 bytes.
const MESSAGE_LIMIT = 16000;

const CHECKS_PERMISSION = { permission: 'checks: write' };

const LEVELS: Record<Severity, CheckAnnotation['level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

function summaryNote(omitted: number): string {
  return `\n\n---\n_Summary truncated: ${omitted} more characters did not fit GitHub's ${SUMMARY_LIMIT}-character limit for a check run. The job summary and the JSON report have everything._\n`;
}

function restAnnotation(annotation: CheckAnnotation) {
  const sameLine = annotation.startLine === annotation.endLine;
  const column = sameLine && annotation.startColumn !== undefined && annotation.startColumn >= 1 ? annotation.startColumn : undefined;
  return {
    path: annotation.path,
    start_line: Math.max(1, annotation.startLine),
    end_line: Math.max(1, annotation.endLine),
    // Columns go in pairs on one line; with no end known, mark the one character.
    ...(column === undefined ? {} : { start_column: column, end_column: column }),
    annotation_level: annotation.level,
    title: annotation.title.slice(0, TITLE_LIMIT),
    message: truncateWithNote(annotation.message, MESSAGE_LIMIT, () => ' …'),
  };
}

/**
 * Creates a completed check run on the target commit with the first 50 annotations, then adds
 * the rest 50 at a time with updates; GitHub appends each batch. Failures come back as one warning.
 */
export async function publishCheckRun(octokit: GitHubClient, target: PublishTarget, options: CheckRunOptions, logger: Logger): Promise<CheckRunResult> {
  const output = {
    title: options.title.slice(0, TITLE_LIMIT),
    summary: truncateWithNote(options.summary, SUMMARY_LIMIT, summaryNote),
  };
  const annotations = options.annotations.map(restAnnotation);
  const batches: Array<typeof annotations> = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));

  let id: number;
  let url: string | undefined;
  try {
    const response = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: options.name,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: options.conclusion,
      output: { ...output, annotations: batches[0] ?? [] },
    });
    id = response.data.id;
    url = response.data.html_url ?? undefined;
  } catch (error) {
    logger.debug(`check run create failed: ${String(error)}`);
    return { ok: false, warning: apiWarning(`create the check run "${options.name}"`, error, CHECKS_PERMISSION), annotated: 0 };
  }
  logger.debug(`check run ${id} created with ${batches[0]?.length ?? 0} of ${annotations.length} annotations`);

  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    try {
      // An update must repeat title and summary, or GitHub rejects the output.
      await octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: { ...output, annotations: batch } });
    } catch (error) {
      logger.debug(`check run ${id} update failed: ${String(error)}`);
      const where = url ?? `#${id}`;
      return { ok: false, warning: `${apiWarning(`add annotations ${sent + 1}-${sent + batch.length} to the check run`, error, CHECKS_PERMISSION)} The check run ${where} has only the first ${sent} of ${annotations.length} annotations.`, annotated: sent };
    }
    sent += batch.length;
  }
  logger.info(`Check run "${options.name}" published${url ? `: ${url}` : ''} (${annotations.length} annotation${annotations.length === 1 ? '' : 's'})`);
  return url === undefined ? { ok: true, id, annotated: sent } : { ok: true, id, url, annotated: sent };
}

/**
 * One annotation per line that causes missing modules (a `.dockerignore` rule), then one per
 * reported finding that maps to a repository file; the others have no line to mark.
 */
export function checkAnnotations(findings: readonly Finding[]): CheckAnnotation[] {
  const reported = findings.filter(isReported);
  const causes = causeAnnotations(reported).map((cause): CheckAnnotation => ({ path: cause.file!, startLine: cause.line!, endLine: cause.line!, startColumn: 1, level: LEVELS[cause.level], title: cause.title, message: cause.message }));
  return causes.concat(findings
    .filter((finding) => isReported(finding) && finding.location.repoPath !== undefined)
    .map((finding) => {
      const line = Math.max(1, finding.location.line);
      const annotation: CheckAnnotation = {
        path: displayPath(finding.location).replace(/^(\.\/|\/)+/, ''),
        startLine: line,
        endLine: line,
        level: LEVELS[finding.severity],
        title: findingTitle(finding),
        message: annotationMessage(finding),
        finding,
      };
      if (finding.location.column >= 1) annotation.startColumn = finding.location.column;
      return annotation;
    }));
}
