// Test-only rule packs from tests/fixtures/packs (independent of the built-in detection rules).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRulePack, type LoadedPack } from '../../server/src/engine/index.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const PACKS = join(FIXTURES, 'packs');

export function loadPack(name: string): LoadedPack {
  const path = join(PACKS, name);
  return loadRulePack(readFileSync(path, 'utf8'), path);
}

export interface TestRuleFields {
  kind?: string;
  severity?: string;
  /** The message in both languages (`{match}` and other placeholders allowed). */
  message?: string;
}

/**
 * One rule of a pack written inline in a test, as YAML: the id and `body` (the rule's own lines,
 * indented four spaces: patterns, phrases, options) with every field a rule needs filled in
 * (kind, severity, message, rationale, examples). Put `rules:\n` before one or more of these.
 */
export function testRule(id: string, body: string, fields: TestRuleFields = {}): string {
  const message = fields.message ?? 'm {match}';
  return `  - id: ${id}
    kind: ${fields.kind ?? 'existence'}
    severity: ${fields.severity ?? 'warning'}
    message: { en: '${message}', zh: '${message}' }
    rationale: { en: r, zh: r }
    examples: { fail: [x], pass: [y] }
${body.replace(/\n?$/, '\n')}`;
}
