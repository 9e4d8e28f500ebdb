/**
 * The build context an image was built from, as far as the checkout tells: which folder was
 * sent to the builder, and the ignore file that filtered it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { type Logger, silentLogger } from '../logger.ts';
import { DockerIgnore } from './dockerignore.ts';
import { type Dockerfile, parseDockerfile } from './dockerfile.ts';
import { locateInRepository, quoted, readRepositoryFile } from './repository-files.ts';

export interface BuildContext {
  /** The context folder, relative to the repository root ('' for the root itself). */
  folder: string;
  /** The ignore file that applies, if there is one. */
  ignore?: DockerIgnore;
  /** The Dockerfile, when the checkout has it. */
  dockerfile?: Dockerfile;
}

function repositoryRelative(root: string, target: string): string {
  return path.relative(root, target).split(path.sep).join('/');
}

/** The stages `docker build --target` builds: the target is the final one, and later stages are not built. */
function upToTarget(dockerfile: Dockerfile, target: string): Dockerfile {
  const index = dockerfile.stages.findIndex((stage) => stage.name === target.toLowerCase());
  if (index === -1) {
    const names = dockerfile.stages.flatMap((stage) => (stage.name ? [stage.name] : []));
    throw new ConfigurationError(`target ${JSON.stringify(target)} is not a stage of ${dockerfile.file}; ${names.length > 0 ? `its named stages are ${quoted(names.join(', '))}` : 'it names no stage (FROM image AS name)'}`);
  }
  return { ...dockerfile, stages: dockerfile.stages.slice(0, index + 1) };
}

/**
 * Reads the context of a checkout at `repository`. `context` and `dockerfile` are as the inputs
 * give them, relative to the repository (defaults: the repository root, `<context>/Dockerfile`);
 * `target` is the stage `docker build --target` built (default: the last).
 * Like BuildKit, an ignore file named after the Dockerfile (`<Dockerfile>.dockerignore`) next to
 * it takes precedence over the context's `.dockerignore`.
 * The context folder and a given Dockerfile must resolve inside the repository, symbolic links
 * followed; a default Dockerfile or an ignore file that does not is skipped with a warning.
 */
export function readBuildContext(repository: string, context?: string, dockerfile?: string, target?: string, logger: Logger = silentLogger): BuildContext {
  const root = path.resolve(repository);
  const folder = path.resolve(root, context || '.');
  const folderRelative = repositoryRelative(root, folder);
  if (folderRelative.startsWith('..') || path.isAbsolute(folderRelative)) throw new ConfigurationError(`context ${JSON.stringify(context)} is outside the repository ${repository}; give a folder inside it, for example . or services/api`);
  if ('refused' in locateInRepository(root, folder)) throw new ConfigurationError(`context ${JSON.stringify(context)} leads outside the repository ${repository} through a symbolic link; give a folder inside it, for example . or services/api`);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ConfigurationError(`context ${JSON.stringify(context)} is not a folder of the repository ${repository}`);
  const dockerfilePath = path.resolve(root, dockerfile || path.join(folder, 'Dockerfile'));
  const dockerfileRelative = repositoryRelative(root, dockerfilePath);
  if (dockerfile) {
    const located = locateInRepository(root, dockerfilePath);
    if ('refused' in located) throw new ConfigurationError(`dockerfile ${JSON.stringify(dockerfile)} is not read: ${located.refused}; give a file inside the repository ${repository}`);
    if (!existsSync(dockerfilePath)) throw new ConfigurationError(`dockerfile ${JSON.stringify(dockerfile)} is not a file of the repository ${repository}`);
  }
  const built: BuildContext = { folder: folderRelative };
  const dockerfileText = existsSync(dockerfilePath) && statSync(dockerfilePath).isFile() ? readRepositoryFile(root, dockerfileRelative, logger) : undefined;
  if (dockerfileText !== undefined) {
    const parsed = parseDockerfile(dockerfileText, dockerfileRelative);
    built.dockerfile = target ? upToTarget(parsed, target) : parsed;
  }
  const candidates = [`${dockerfilePath}.dockerignore`, path.join(folder, '.dockerignore')];
  const ignorePath = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  const ignoreText = ignorePath ? readRepositoryFile(root, repositoryRelative(root, ignorePath), logger) : undefined;
  if (ignorePath && ignoreText !== undefined) built.ignore = new DockerIgnore(ignoreText, repositoryRelative(root, ignorePath), repositoryRelative(folder, dockerfilePath));
  return built;
}
