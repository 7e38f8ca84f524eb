import { matchesGlobs } from './globs.js';
import type { DraftDefaults } from '../draft/parseDraft.js';
import type { SeverityOverrides } from '../lint/severity.js';
import type { MsglintConfig } from './configSchema.js';

export interface EffectiveSettings {
  defaults: DraftDefaults;
  severity: SeverityOverrides;
  ignored: boolean;
}

/**
 * The settings for one draft, given its path relative to the config file's folder (forward slashes).
 * Later layers win: config top level, then each matching override in order.
 */
export function settingsFor(config: MsglintConfig, relativePath: string): EffectiveSettings {
  const defaults: DraftDefaults = { channel: config.channel, stage: config.stage, lang: config.lang };
  // Keys are user data (rule ids, categories): a map without a prototype.
  let severity: Record<string, NonNullable<MsglintConfig['severity']>[string]> = Object.assign(Object.create(null), config.severity);
  for (const override of config.overrides ?? []) {
    if (!matches(override.files, relativePath)) continue;
    if (override.channel) defaults.channel = override.channel;
    if (override.stage) defaults.stage = override.stage;
    if (override.lang) defaults.lang = override.lang;
    severity = Object.assign(Object.create(null), severity, override.severity);
  }
  return { defaults, severity, ignored: (config.ignore ?? []).some((glob) => matches(glob, relativePath)) };
}

function matches(globs: string | string[], path: string): boolean {
  return matchesGlobs(globs, path);
}
