import picomatch from 'picomatch';

// Config globs (`ignore`, `overrides[].files`) come from a project's files. picomatch passes regex
// groups through (`(a+)+b` became a catastrophic regex: 25 s on a 29-character name), so parentheses
// are always literal here and extglobs are off; `*`, `**`, `?`, `[...]` and `{a,b}` work as usual.

const cache = new Map<string, (path: string) => boolean>();

/** `(` and `)` as literal characters, unless already escaped. */
export function literalParentheses(glob: string): string {
  return glob.replace(/\\[\s\S]|[()]/g, (m) => (m.length === 2 ? m : `\\${m}`));
}

/** Whether `path` (relative, forward slashes) matches any of the globs; a glob without `/` matches a file name anywhere. */
export function matchesGlobs(globs: string | readonly string[], path: string): boolean {
  const list = typeof globs === 'string' ? [globs] : globs;
  // As before: a base-name match when no glob of the list has a slash.
  const matchBase = !list.join(',').includes('/');
  return list.some((glob) => compiled(glob, matchBase)(path));
}

function compiled(glob: string, matchBase: boolean): (path: string) => boolean {
  const key = `${matchBase ? 'b' : 'p'}:${glob}`;
  let matcher = cache.get(key);
  if (!matcher) {
    matcher = picomatch(literalParentheses(glob), { dot: true, matchBase, noextglob: true });
    if (cache.size > 1000) cache.clear();
    cache.set(key, matcher);
  }
  return matcher;
}
