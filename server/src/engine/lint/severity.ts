import type { Severity } from '../types.js';

export type SeveritySetting = Severity | 'off';
/** Overrides by rule id or by category; a rule id wins over its category. */
export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

export function resolveSeverity(ruleId: string, category: string, base: SeveritySetting, overrides: SeverityOverrides): SeveritySetting {
  // Own keys only: a category named `constructor` must not find Object.prototype.constructor.
  const own = (key: string) => (Object.hasOwn(overrides, key) ? overrides[key] : undefined);
  return own(ruleId) ?? own(category) ?? base;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
export function atLeast(severity: Severity, level: Severity): boolean {
  return RANK[severity] <= RANK[level];
}
