// The per-rule time budget: a rule that runs away on a draft (a pack's catastrophic pattern the regex
// guard missed, a detector bug) becomes one `msglint/rule-timeout` finding instead of a hang.
//
// Linting runs inside `vm`'s timeout, which interrupts synchronous JavaScript on this very thread
// (regular expressions included), so no draft has to travel to another thread and back, and the
// CLI (`--jobs 1`, `--stdin`, each worker of `--jobs N`) and the language server are protected
// alike. The engine says which rule is about to run (`onRuleStart`); when the window runs out:
// - the rule that was running had the whole budget to itself: it is a runaway. The draft is
//   linted again with that rule switched off, and the finding added;
// - otherwise the window closed on ordinary work (a batch of drafts, a long draft's earlier rules):
//   the draft is linted again in a window that gives that rule its full budget.
// One window covers a whole batch of drafts: starting a window costs about 0.1 ms (a watchdog
// thread), once per batch, not per draft or per rule.
import { createContext, Script } from 'node:vm';
import { DEFAULT_RULE_TIMEOUT_MS } from '../engine/index.js';

export { DEFAULT_RULE_TIMEOUT_MS };

/** One draft to lint: `run` lints it with `off` switched off, calling `onRuleStart` before each rule. */
export interface BudgetTask<R> {
  run(onRuleStart: (ruleIndex: number) => void, off: readonly string[]): R;
  /** The id of the rule at `ruleIndex` in the rules `run` lints with. */
  ruleId(ruleIndex: number): string;
}

/** Slack added to a retry's window, so the rule that was running gets at least its full budget. */
const MARGIN_MS = 20;

let context: ReturnType<typeof createContext> | undefined;
let script: Script | undefined;

function runWithTimeout(job: () => void, timeoutMs: number): void {
  context ??= createContext({ job: undefined });
  script ??= new Script('job()');
  context.job = job;
  try {
    script.runInContext(context, { timeout: Math.max(1, Math.ceil(timeoutMs)) });
  } finally {
    context.job = undefined;
  }
}

function isTimeout(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/**
 * Runs every task, each rule within `budgetMs` per draft, and hands each result to `done` (in task
 * order, outside the timed window) with the ids of the rules that overran and were switched off.
 * `budgetMs` 0 (or less) runs the tasks plainly.
 */
export function runWithinBudget<R>(
  tasks: readonly BudgetTask<R>[],
  budgetMs: number,
  done: (index: number, result: R, timedOut: readonly string[]) => void,
): void {
  const none: readonly string[] = [];
  if (!(budgetMs > 0)) {
    for (let index = 0; index < tasks.length; index++) done(index, tasks[index].run(noop, none), none);
    return;
  }
  const off = new Map<number, string[]>();
  const finished: [number, R][] = [];
  let next = 0;
  let rule = -1;
  let ruleStarted = 0;
  let taskStarted = 0;
  const onRuleStart = (ruleIndex: number) => {
    rule = ruleIndex;
    ruleStarted = performance.now();
  };
  const job = () => {
    while (next < tasks.length) {
      rule = -1;
      taskStarted = performance.now();
      const result = tasks[next].run(onRuleStart, off.get(next) ?? none);
      finished.push([next, result]);
      next++;
    }
  };
  let window = budgetMs;
  while (next < tasks.length) {
    try {
      runWithTimeout(job, window);
    } catch (error) {
      if (!isTimeout(error)) throw error;
      const now = performance.now();
      if (finished.at(-1)?.[0] === next) {
        // Interrupted between recording a result and moving on: nothing to retry.
        next++;
        window = budgetMs;
      } else if (rule >= 0 && now - ruleStarted >= budgetMs) {
        const ids = off.get(next) ?? [];
        ids.push(tasks[next].ruleId(rule));
        off.set(next, ids);
        window = budgetMs + MARGIN_MS;
      } else if (rule >= 0) {
        // At least doubled: a long draft of many ordinary rules costs a few retries, not one per budget.
        window = Math.max(2 * window, ruleStarted - taskStarted + budgetMs + MARGIN_MS);
      } else {
        // Not inside a rule yet (parsing a long draft): twice the time it has had, and the budget.
        window = 2 * (now - taskStarted) + budgetMs;
      }
    } finally {
      for (const [index, result] of finished.splice(0)) done(index, result, off.get(index) ?? none);
    }
  }
}

/**
 * Runs `work` (a batch of drafts linted together) in one window of `budgetMs`: its result, or
 * undefined when the window ran out, and the caller lints those drafts one by one with
 * `runWithinBudget`, which finds and switches off a runaway rule. `budgetMs` 0 (or less) runs it plainly.
 */
export function runInOneWindow<R>(work: () => R, budgetMs: number): R | undefined {
  if (!(budgetMs > 0)) return work();
  let result: { value: R } | undefined;
  try {
    runWithTimeout(() => {
      result = { value: work() };
    }, budgetMs);
  } catch (error) {
    if (!isTimeout(error)) throw error;
  }
  return result?.value;
}

function noop(): void {}

/** Severity overrides with the rules that overran switched off (the overrides themselves when none did). */
export function switchedOff<T extends Readonly<Record<string, string>>>(severity: T, off: readonly string[]): T {
  if (off.length === 0) return severity;
  return { ...severity, ...Object.fromEntries(off.map((id) => [id, 'off'])) };
}
