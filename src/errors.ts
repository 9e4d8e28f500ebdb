/**
 * Errors caused by what the user gave us (a missing file, a corrupt archive, a bad input value).
 * Adapters print their message alone; any other error is a bug and is printed with its stack.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** An input value that does not have the expected form. */
export class ConfigurationError extends UserError {
  override name = 'ConfigurationError';
}

/** An image source that cannot be read: the message names the file and what is wrong with it. */
export class ImageError extends UserError {
  override name = 'ImageError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The image could not be booted (no docker CLI, no daemon): the message says what to do. */
export class BootError extends UserError {
  override name = 'BootError';
}
