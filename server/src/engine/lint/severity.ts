import type { Severity } from '../types.js';

export type SeveritySetting = Severity | 'off';
/** Overrides by rule id or by category; a rule id wins over its category. */
export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

export function resolveSeverity(ruleId: string, category: string, base: SeveritySetting, overrides: SeverityOverrides): SeveritySetting {
  return overrides[ruleId] ?? overrides[category] ?? base;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
export function atLeast(severity: Severity, level: Severity): boolean {
  return RANK[severity] <= RANK[level];
}
