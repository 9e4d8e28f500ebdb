/**
 * `WWW-Authenticate` challenges (RFC 7235) as registries send them: `Basic realm="..."` or
 * `Bearer realm="...",service="...",scope="..."`. Parsed by one scan over the characters, so a
 * hostile header costs time in proportion to its length (which the HTTP parser bounds).
 */

export interface Challenge {
  /** Lower-cased: `basic` or `bearer` (others are kept, and ignored by the caller). */
  scheme: string;
  params: Record<string, string>;
}

const TOKEN_CHAR = /^[!#$%&'*+.^_`|~0-9A-Za-z-]$/;

/** Every challenge of one header value (a server may offer several, comma-separated). */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let at = 0;
  const skipSpace = (): void => {
    while (at < header.length && (header[at] === ' ' || header[at] === '\t')) at++;
  };
  const token = (): string => {
    const start = at;
    while (at < header.length && TOKEN_CHAR.test(header[at]!)) at++;
    return header.slice(start, at);
  };
  const quoted = (): string => {
    at++; // the opening quote
    let value = '';
    while (at < header.length && header[at] !== '"') {
      if (header[at] === '\\' && at + 1 < header.length) at++;
      value += header[at];
      at++;
    }
    at++; // the closing quote, if any
    return value;
  };
  let current: Challenge | undefined;
  while (at < header.length) {
    skipSpace();
    if (header[at] === ',') {
      at++;
      continue;
    }
    const start = at;
    const name = token();
    if (name === '') {
      at++; // a stray character: skipped
      continue;
    }
    skipSpace();
    if (header[at] === '=' && current) {
      at++;
      skipSpace();
      const value = header[at] === '"' ? quoted() : token();
      current.params[name.toLowerCase()] = value;
    } else if (header[at] === '=' && !current) {
      at = start + name.length + 1; // a parameter with no scheme before it: dropped
    } else {
      current = { scheme: name.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}
