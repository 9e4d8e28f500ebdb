import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../../errors.ts';
import { RegistryClient } from './client.ts';
import { parseRegistryReference } from './reference.ts';
import { type Credentials, dockerCredentials } from './credentials.ts';
import { RegistryFiles } from './registry-files.ts';

/** How to reach a registry: the settings' registry-* inputs. */
export interface RegistryOptions {
  /** With `password`: used instead of the docker config's credentials. */
  username?: string | undefined;
  password?: string | undefined;
  /** A PEM file of CA certificates to trust besides the usual ones. */
  caFile?: string | undefined;
  /** Allow plain HTTP to a registry that is not on the loopback host. */
  insecure?: boolean | undefined;
  /** Where DOCKER_CONFIG and HOME are read from (default: this process's environment). */
  env?: NodeJS.ProcessEnv;
  /** For tests: the first retry's delay. */
  retryBaseMs?: number;
}

const MAX_CA_BYTES = 1024 * 1024;

export async function openRegistryFiles(location: string, options: RegistryOptions): Promise<RegistryFiles> {
  const reference = parseRegistryReference(location);
  if ((options.username === undefined) !== (options.password === undefined)) {
    throw new ConfigurationError('registry-username and registry-password go together: give both, or neither to use the docker config file');
  }
  const given: Credentials | undefined = options.username !== undefined ? { username: options.username, password: options.password! } : undefined;
  let extraCa: string | undefined;
  if (options.caFile) {
    let bytes: Buffer;
    try {
      bytes = await readFile(options.caFile);
    } catch (error) {
      throw new ConfigurationError(`registry-ca ${options.caFile}: ${(error as Error).message}`);
    }
    if (bytes.length > MAX_CA_BYTES || !bytes.includes('-----BEGIN CERTIFICATE-----')) {
      throw new ConfigurationError(`registry-ca ${options.caFile} is not a PEM file of CA certificates (-----BEGIN CERTIFICATE----- ...), at most ${MAX_CA_BYTES} bytes`);
    }
    extraCa = bytes.toString('utf8');
  }
  const client = new RegistryClient(reference, {
    credentials: given ?? (() => dockerCredentials(reference.registry, options.env)),
    extraCa,
    insecure: options.insecure,
    ...(options.retryBaseMs !== undefined && { retryBaseMs: options.retryBaseMs }),
  });
  try {
    return await RegistryFiles.open(client);
  } catch (error) {
    client.close();
    throw error;
  }
}
