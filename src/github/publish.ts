/**
 * The GitHub API side of the Action: a check run with annotations and one pull request comment.
 * Nothing here throws on an API error or touches the Actions runtime; the adapter logs the warnings.
 */
import type { PublishTarget } from './shared.ts';

export { ANNOTATIONS_PER_REQUEST, SUMMARY_LIMIT, checkAnnotations, publishCheckRun, type CheckAnnotation, type CheckRunOptions, type CheckRunResult } from './check-run.ts';
export { COMMENT_LIMIT, commentBody, commentMarker, upsertPullRequestComment, type CommentOptions, type CommentResult } from './pr-comment.ts';
export { apiWarning, type GitHubClient, type PublishFailure, type PublishTarget } from './shared.ts';

/** The part of `@actions/github`'s `context` a target is made from. */
export interface TargetContext {
  eventName: string;
  sha: string;
  repo: { owner: string; repo: string };
  payload: { pull_request?: { number: number; head?: { sha?: string } } };
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * On a pull request event the check run goes on the head commit: `context.sha` is then the
 * merge (or base) commit, and a run there does not show on the pull request.
 */
export function targetFromContext(context: TargetContext): PublishTarget {
  const { owner, repo } = context.repo;
  const pull = PULL_REQUEST_EVENTS.has(context.eventName) ? context.payload.pull_request : undefined;
  if (!pull) return { owner, repo, headSha: context.sha };
  return { owner, repo, headSha: pull.head?.sha ?? context.sha, pullNumber: pull.number };
}
