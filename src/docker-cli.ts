/** The docker CLI, run once: its output, or why it failed in terms a message can act on. */

export type DockerFailure =
  /** The CLI itself is not installed. */
  | { kind: 'no-cli'; command: string }
  /** The CLI runs, but no daemon answers it. */
  | { kind: 'no-daemon'; detail: string }
  /** The daemon has no such image, container or object. */
  | { kind: 'not-found'; detail: string }
  | { kind: 'other'; detail: string };

export class DockerCommandError extends Error {
  override name = 'DockerCommandError';
  readonly failure: DockerFailure;

  constructor(failure: DockerFailure, args: readonly string[]) {
    super(`docker ${args.join(' ')}: ${failure.kind === 'no-cli' ? `${failure.command} is not installed` : failure.detail}`);
    this.failure = failure;
  }
}

/**
 * Runs `docker ARGS` (or `command`); throws DockerCommandError with the failure classified.
 * `env` is added to the CLI's own environment: `--env NAME` passes a value on without it ever
 * being on a command line.
 */
export async function runDocker(args: string[], command = 'docker', env?: Readonly<Record<string, string>>): Promise<string> {
  // Loaded when first needed: a scan of an image file never runs docker, and starts sooner without it.
  const { execa, ExecaError } = await import('execa');
  try {
    return (await execa(command, args, { stdin: 'ignore', ...(env && { env }) })).stdout;
  } catch (error) {
    if (!(error instanceof ExecaError)) throw error;
    if (error.code === 'ENOENT') throw new DockerCommandError({ kind: 'no-cli', command }, args);
    const stderr = String(error.stderr ?? '').trim();
    if (/cannot connect to the docker daemon|is the docker daemon running|error during connect/i.test(stderr)) throw new DockerCommandError({ kind: 'no-daemon', detail: stderr.split('\n')[0]! }, args);
    if (/no such image|no such object|no such container|not found|does not exist/i.test(stderr)) throw new DockerCommandError({ kind: 'not-found', detail: stderr }, args);
    throw new DockerCommandError({ kind: 'other', detail: stderr || error.shortMessage }, args);
  }
}
