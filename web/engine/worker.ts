// The engine in a Web Worker: one lint per request, answered with the request's id. Only the
// newest request matters to the page, so requests queued behind a lint are dropped unanswered
// except the last (typing fast never builds a backlog).
import { describeRule, lint, type RuleInfo } from './index.js';
import type { LintRequest, LintResponse } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null;
  postMessage(message: LintResponse): void;
}
const scope = self as unknown as WorkerScope;

let pending: LintRequest | undefined;
let scheduled = false;

scope.onmessage = (event) => {
  pending = event.data;
  if (scheduled) return;
  scheduled = true;
  setTimeout(run, 0);
};

function run(): void {
  scheduled = false;
  const request = pending;
  pending = undefined;
  if (!request) return;
  scope.postMessage(answer(request));
}

export function answer(request: LintRequest): LintResponse {
  const started = performance.now();
  const diagnostics = lint(request.text, request.options);
  const rules: Record<string, RuleInfo> = {};
  const locale = request.options.locale ?? 'en';
  for (const d of diagnostics) rules[d.ruleId] ??= describeRule(d.ruleId, locale) ?? { id: d.ruleId, rationale: '' };
  return { id: request.id, diagnostics, rules, millis: performance.now() - started };
}
