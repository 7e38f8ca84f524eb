// The `msglint` editor settings, defined once. The language server's type, defaults and validation
// come from this schema, and `npm run generate:schemas` writes the VS Code manifest's
// `contributes.configuration` from it (a test fails when the manifest is stale).
// Descriptions are nls keys (`%config.…%`) resolved by client/package.nls*.json.
import { z } from 'zod';
import { CHANNELS, DEFAULT_MAX_LENGTH, DEFAULT_RULE_TIMEOUT_MS } from '../engine/types.js';

const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;
/** A rule id such as `front-matter/invalid-value`, or a category such as `front-matter`. */
export const RULE_ID_OR_CATEGORY = /^[a-z][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/;

/** VS Code's setting scope, kept beside each field for the manifest generator. */
type Scope = 'window' | 'resource';
interface ManifestMeta {
  scope: Scope;
  description?: string;
  markdownDescription?: string;
  enumDescriptions?: string[];
  patternErrorMessage?: string;
}
const meta = (m: ManifestMeta) => ({ vscode: m });

/**
 * Each field is read on its own: an invalid value falls back to its default and never discards the
 * rest (a client may send anything; one typo must not switch every other setting off).
 */
export const settingsSchema = z.object({
  enable: z
    .boolean()
    .default(true)
    .catch(true)
    .meta(meta({ scope: 'resource', description: '%config.enable%' })),
  run: z
    .enum(['onType', 'onSave'])
    .default('onType')
    .catch('onType')
    .meta(meta({ scope: 'resource', description: '%config.run%', enumDescriptions: ['%config.run.onType%', '%config.run.onSave%'] })),
  debounceMs: z
    .number()
    .min(0)
    .max(5000)
    .default(200)
    .catch(200)
    .meta(meta({ scope: 'resource', description: '%config.debounceMs%' })),
  severity: z
    .preprocess(
      // Keep the valid entries of a map with some invalid ones.
      (raw) =>
        raw && typeof raw === 'object' && !Array.isArray(raw)
          ? Object.fromEntries(
              Object.entries(raw).filter(
                ([key, value]) => RULE_ID_OR_CATEGORY.test(key) && (SEVERITY_SETTINGS as readonly unknown[]).includes(value),
              ),
            )
          : {},
      z.record(z.string().regex(RULE_ID_OR_CATEGORY), z.enum(SEVERITY_SETTINGS)),
    )
    .default({})
    .meta(meta({ scope: 'resource', markdownDescription: '%config.severity%', patternErrorMessage: '%config.severity.pattern%' })),
  defaultChannel: z
    .preprocess((raw) => (typeof raw === 'string' ? raw.trim() : raw), z.enum(CHANNELS).nullable())
    .default(null)
    .catch(null)
    .meta(meta({ scope: 'resource', markdownDescription: '%config.defaultChannel%' })),
  locale: z
    // Any Chinese display language (zh-TW, zh-hk…) reads the Chinese messages.
    .preprocess((raw) => (typeof raw === 'string' && /^zh/i.test(raw) ? 'zh-cn' : raw), z.enum(['auto', 'en', 'zh-cn']))
    .default('auto')
    .catch('auto')
    .meta(
      meta({
        scope: 'window',
        description: '%config.locale%',
        enumDescriptions: ['%config.locale.auto%', '%config.locale.en%', '%config.locale.zh-cn%'],
      }),
    ),
  summary: z
    .enum(['auto', 'codeLens', 'inlayHint', 'off'])
    .default('auto')
    .catch('auto')
    .meta(
      meta({
        scope: 'resource',
        description: '%config.summary%',
        enumDescriptions: ['%config.summary.auto%', '%config.summary.codeLens%', '%config.summary.inlayHint%', '%config.summary.off%'],
      }),
    ),
  maxLength: z
    .number()
    .int()
    .min(1)
    .default(DEFAULT_MAX_LENGTH)
    .catch(DEFAULT_MAX_LENGTH)
    .meta(meta({ scope: 'resource', description: '%config.maxLength%' })),
  ruleTimeoutMs: z
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(DEFAULT_RULE_TIMEOUT_MS)
    .catch(DEFAULT_RULE_TIMEOUT_MS)
    .meta(meta({ scope: 'resource', description: '%config.ruleTimeoutMs%' })),
});

export type MsglintSettings = z.output<typeof settingsSchema>;

/** Reads whatever the client sent as `msglint` settings: valid fields kept, the rest defaulted. */
export function parseSettings(raw: unknown): MsglintSettings {
  return settingsSchema.parse(raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {});
}

export const DEFAULT_SETTINGS: MsglintSettings = parseSettings(undefined);

/** Settings the VS Code client alone reads (vscode-languageclient's trace); not sent to the server. */
export const CLIENT_ONLY_SETTINGS = {
  'trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    enumDescriptions: ['%config.trace.off%', '%config.trace.messages%', '%config.trace.verbose%'],
    default: 'off',
    scope: 'window',
    description: '%config.trace.server%',
  },
} as const;
