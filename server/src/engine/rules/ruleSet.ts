import type { CompiledRule } from './compiledRule.js';
import type { LoadedPack } from './loadRulePack.js';

/** The rules in force: packs in order, a later pack's rule replacing an earlier one with the same id. */
export class RuleSet {
  readonly rules: readonly CompiledRule[];
  /** Changes whenever any pack's source changes (packs loaded without a fingerprint count by path). */
  readonly fingerprint: string;
  private readonly byId: Map<string, CompiledRule>;

  constructor(readonly packs: readonly LoadedPack[]) {
    this.byId = new Map();
    for (const pack of packs) for (const rule of pack.rules) this.byId.set(rule.definition.id, rule);
    this.rules = [...this.byId.values()];
    this.fingerprint = packs.map((pack) => `${pack.path}@${pack.fingerprint ?? ''}`).join('|');
  }

  get(ruleId: string): CompiledRule | undefined {
    return this.byId.get(ruleId);
  }

  get errors() {
    return this.packs.flatMap((pack) => pack.errors);
  }
}
