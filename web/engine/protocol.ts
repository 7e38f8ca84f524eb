// Messages between a page and the engine worker (web/engine/worker.ts).
import type { Diagnostic } from '../../server/src/engine/index.js';
import type { RuleInfo, WebLintOptions } from './index.js';

export interface LintRequest {
  id: number;
  text: string;
  options: WebLintOptions;
}

export interface LintResponse {
  id: number;
  diagnostics: Diagnostic[];
  /** Rationale and good version of every rule found, so a hover needs no second round trip. */
  rules: Record<string, RuleInfo>;
  millis: number;
}
