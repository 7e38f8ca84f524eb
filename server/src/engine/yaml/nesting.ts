// The `yaml` parser recurses per level of nesting: a 1000-deep config or front matter overflows the
// stack, which it reports as "Maximum call stack size exceeded" (once per level it unwinds). Such
// errors become one message that says what is wrong with the file.

export const TOO_DEEP = 'nested too deeply (YAML here needs only a few levels)';

const STACK_OVERFLOW = /Maximum call stack size exceeded/;

/** The errors with every stack overflow replaced by one TOO_DEEP error (at the first one's place). */
export function withNestingErrors<E extends { message: string }>(errors: readonly E[]): E[] {
  const first = errors.find((e) => STACK_OVERFLOW.test(e.message));
  if (!first) return [...errors];
  return [{ ...first, message: TOO_DEEP }, ...errors.filter((e) => !STACK_OVERFLOW.test(e.message))];
}

/** A stack overflow thrown (not reported) while walking a parsed document. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && STACK_OVERFLOW.test(error.message);
}
