/** The pull request comment: one per pull request and key, edited in place on every push. */
import type { Logger } from '../logger.ts';
import { apiWarning, type Author, tokenAuthor, truncateWithNote, type GitHubClient, type PublishFailure, type PublishTarget } from './shared.ts';

export type CommentResult = { ok: true; action: 'created' | 'updated'; id: number } | { ok: true; action: 'none' } | PublishFailure;

export interface CommentOptions {
  /**
   * Tells apart comments of several import-guard steps on one pull request (one per image, say);
   * each key gets its own comment.
   */
  key?: string;
  /**
   * Also take a comment marked the way versions without keys marked it (`<!-- import-guard -->`)
   * as ours, when none has this key's marker: a step that kept its default name then edits the
   * comment it wrote before instead of adding one. The edit gives it the key's marker.
   */
  adoptUnkeyed?: boolean;
  /** False: only edit an earlier comment; with none, leave the pull request alone. */
  create?: boolean;
}

/** `body` limit of an issue comment, in characters. */
export const COMMENT_LIMIT = 65536;

const COMMENT_PERMISSION = {
  permission: 'pull-requests: write',
  alternative: 'GitHub also accepts `issues: write` for comments on a pull request',
};

/** The hidden line that marks our comment, so the next run finds and edits it. */
export function commentMarker(key?: string): string {
  return key ? `<!-- import-guard:${key.replace(/-->|[\r\n]/g, '')} -->` : '<!-- import-guard -->';
}

function commentNote(omitted: number): string {
  return `\n\n---\n_Comment truncated: ${omitted} more characters did not fit GitHub's ${COMMENT_LIMIT}-character limit. The check run and the job summary have everything._\n`;
}

/**
 * The marker first, then the body, cut to fit. Only a comment that starts with the marker counts
 * as ours, so one that quotes it is never overwritten.
 */
export function commentBody(body: string, marker: string): string {
  const text = body.startsWith(marker) ? body : `${marker}\n${body.split(marker).join('')}`;
  return truncateWithNote(text, COMMENT_LIMIT, commentNote);
}

/**
 * Edits our earlier comment on the target pull request, found by its marker across every page
 * of comments, or creates it when there is none. Ours is one the token's own user wrote: anyone
 * can post a comment that starts with the marker, and editing theirs would publish the report
 * under their name (and let them pick which comment it replaces). Failures come back as one warning.
 */
export async function upsertPullRequestComment(
  octokit: GitHubClient,
  target: PublishTarget,
  body: string,
  logger: Logger,
  options: CommentOptions = {},
): Promise<CommentResult> {
  const issueNumber = target.pullNumber;
  if (issueNumber === undefined) return { ok: false, warning: 'import-guard did not comment: this run is not for a pull request.' };
  const marker = commentMarker(options.key);
  const unkeyed = options.adoptUnkeyed && options.key ? commentMarker() : undefined;
  const text = commentBody(body, marker);
  const where = { owner: target.owner, repo: target.repo };

  let existing: number | undefined;
  // The first unkeyed comment of ours, taken only when no comment has the key's marker.
  let adoptable: number | undefined;
  // Asked for only once a comment carries a marker.
  let author: Author | undefined;
  const isOurs = async (comment: { user?: { login: string; type: string } | null }): Promise<boolean> => {
    author ??= await tokenAuthor(octokit, (message) => logger.debug(message));
    return comment.user?.login === author.login && comment.user.type === author.type;
  };
  try {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, issue_number: issueNumber, per_page: 100 });
    for await (const page of pages) {
      for (const comment of page.data) {
        if (comment.body?.startsWith(marker)) {
          if (await isOurs(comment)) {
            existing = comment.id;
            break;
          }
        } else if (unkeyed !== undefined && adoptable === undefined && comment.body?.startsWith(unkeyed) && (await isOurs(comment))) {
          adoptable = comment.id;
        }
      }
      if (existing !== undefined) break;
    }
  } catch (error) {
    logger.debug(`listing comments of #${issueNumber} failed: ${String(error)}`);
    return { ok: false, warning: apiWarning(`read the comments of pull request #${issueNumber}`, error, COMMENT_PERMISSION) };
  }
  existing ??= adoptable;

  if (existing !== undefined) {
    try {
      await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body: text });
    } catch (error) {
      logger.debug(`updating comment ${existing} failed: ${String(error)}`);
      return { ok: false, warning: apiWarning(`update its comment on pull request #${issueNumber}`, error, COMMENT_PERMISSION) };
    }
    logger.info(`Updated the import-guard comment on pull request #${issueNumber}`);
    return { ok: true, action: 'updated', id: existing };
  }
  if (options.create === false) return { ok: true, action: 'none' };

  try {
    const response = await octokit.rest.issues.createComment({ ...where, issue_number: issueNumber, body: text });
    logger.info(`Commented on pull request #${issueNumber}`);
    return { ok: true, action: 'created', id: response.data.id };
  } catch (error) {
    logger.debug(`creating a comment on #${issueNumber} failed: ${String(error)}`);
    return { ok: false, warning: apiWarning(`comment on pull request #${issueNumber}`, error, COMMENT_PERMISSION) };
  }
}
