/**
 * What the check run and the pull request comment share: where to publish, the client type, and
 * how a failed API call becomes a warning instead of an exception.
 */
import type { getOctokit } from '@actions/github';

/** The client `@actions/github` hands out; tests point one at a local server. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** The repository and commit a run publishes to, and the pull request when there is one. */
export interface PublishTarget {
  owner: string;
  repo: string;
  /** The commit the check run is attached to: the pull request's head, not the merge commit. */
  headSha: string;
  pullNumber?: number;
}

/** A GitHub account, as the API shows the author of a comment. */
export interface Author {
  login: string;
  /** `User` or `Bot`. */
  type: string;
}

/** Who comments with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT: Author = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * Who the token writes as: the user of a personal access token, from `GET /user`. GITHUB_TOKEN
 * may not read `/user` (GitHub answers 403): its comments are the Actions bot's.
 */
export async function tokenAuthor(octokit: GitHubClient, log: (message: string) => void): Promise<Author> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, type: data.type };
  } catch (error) {
    // Any other failure too: taking the bot edits no one else's comment, at worst it adds one.
    log(`GET /user failed (${String(error)}): the token writes as ${ACTIONS_BOT.login}`);
    return ACTIONS_BOT;
  }
}

/** A publish step either worked or left one warning for the log; it never throws. */
export type PublishFailure = { ok: false; warning: string };

/** The `permissions:` key a call needs, and what the warning should say about it. */
export interface PermissionHint {
  /** `checks: write`, `pull-requests: write`. */
  permission: string;
  /** Anything else that grants the same access, in words. */
  alternative?: string;
}

interface ApiErrorShape {
  status: number;
  message: string;
  /** Absent when no answer came: Octokit reports a network failure as status 500 without one. */
  response?: unknown;
}

function isApiError(error: unknown): error is ApiErrorShape {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** GitHub's message without the documentation link Octokit appends to it. */
function apiMessage(error: ApiErrorShape): string {
  return error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

/**
 * One warning for a failed call. A 403 that is not a rate limit means the token lacks a
 * permission: name it and show the `permissions:` block that grants it, since a workflow that
 * sets `permissions:` at all gets none of the unlisted ones.
 */
export function apiWarning(what: string, error: unknown, hint: PermissionHint): string {
  if (!isApiError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return `import-guard could not ${what}: ${message}`;
  }
  const message = apiMessage(error);
  if (error.response === undefined) return `import-guard could not ${what}: GitHub did not answer (${message}).`;
  if (error.status === 403 && !/rate limit/i.test(message)) {
    const alternative = hint.alternative ? ` (${hint.alternative})` : '';
    return [
      `import-guard could not ${what}: GitHub answered 403 "${message}". The workflow's token lacks the \`${hint.permission}\` permission${alternative}.`,
      `Add it to the job (or the workflow) that runs import-guard; a \`permissions:\` block removes every permission it does not list, so keep the ones the job already uses:`,
      `  permissions:`,
      `    contents: read`,
      `    ${hint.permission}`,
      `On a \`pull_request\` event from a fork, GitHub gives the workflow a read-only token whatever \`permissions:\` says.`,
    ].join('\n');
  }
  return `import-guard could not ${what}: GitHub answered ${error.status} "${message}".`;
}

/**
 * Cuts `text` to at most `limit` UTF-16 units including `note`, at a line end when one is near,
 * never inside a surrogate pair. GitHub counts characters; UTF-16 units are never fewer.
 */
export function truncateWithNote(text: string, limit: number, note: (omitted: number) => string): string {
  if (text.length <= limit) return text;
  // The note's own length depends on the number it prints; reserve room for the widest one.
  const room = limit - note(text.length).length;
  let cut = Math.max(0, room);
  const lineEnd = text.lastIndexOf('\n', cut);
  if (lineEnd > cut - 2000 && lineEnd > 0) cut = lineEnd;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + note(text.length - cut);
}
