/** The only channel domain code has to the outside: adapters decide where each level goes. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = {
  info() {},
  warn() {},
  debug() {},
};
