/**
 * The build context an image was built from, as far as the checkout tells: which folder was
 * sent to the builder, and the ignore file that filtered it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { DockerIgnore } from './dockerignore.ts';
import { type Dockerfile, parseDockerfile } from './dockerfile.ts';

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
    throw new ConfigurationError(`target ${JSON.stringify(target)} is not a stage of ${dockerfile.file}; ${names.length > 0 ? `its named stages are ${names.join(', ')}` : 'it names no stage (FROM image AS name)'}`);
  }
  return { ...dockerfile, stages: dockerfile.stages.slice(0, index + 1) };
}

/**
 * Reads the context of a checkout at `repository`. `context` and `dockerfile` are as the inputs
 * give them, relative to the repository (defaults: the repository root, `<context>/Dockerfile`);
 * `target` is the stage `docker build --target` built (default: the last).
 * Like BuildKit, an ignore file named after the Dockerfile (`<Dockerfile>.dockerignore`) next to
 * it takes precedence over the context's `.dockerignore`.
 */
export function readBuildContext(repository: string, context?: string, dockerfile?: string, target?: string): BuildContext {
  const root = path.resolve(repository);
  const folder = path.resolve(root, context || '.');
  const folderRelative = repositoryRelative(root, folder);
  if (folderRelative.startsWith('..') || path.isAbsolute(folderRelative)) throw new ConfigurationError(`context ${JSON.stringify(context)} is outside the repository ${repository}; give a folder inside it, for example . or services/api`);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ConfigurationError(`context ${JSON.stringify(context)} is not a folder of the repository ${repository}`);
  const dockerfilePath = path.resolve(root, dockerfile || path.join(folder, 'Dockerfile'));
  if (dockerfile && !existsSync(dockerfilePath)) throw new ConfigurationError(`dockerfile ${JSON.stringify(dockerfile)} is not a file of the repository ${repository}`);
  const built: BuildContext = { folder: folderRelative };
  if (existsSync(dockerfilePath) && statSync(dockerfilePath).isFile()) {
    const parsed = parseDockerfile(readFileSync(dockerfilePath, 'utf8'), repositoryRelative(root, dockerfilePath));
    built.dockerfile = target ? upToTarget(parsed, target) : parsed;
  }
  const candidates = [`${dockerfilePath}.dockerignore`, path.join(folder, '.dockerignore')];
  const ignorePath = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (ignorePath) built.ignore = new DockerIgnore(readFileSync(ignorePath, 'utf8'), repositoryRelative(root, ignorePath), repositoryRelative(folder, dockerfilePath));
  return built;
}
