import { z } from 'zod';
import { CHANNELS, LANGS, SEVERITIES, STAGES } from '../types.js';

// `.msglintrc.yaml`: project defaults, found by walking up from a draft.

const severitySetting = z.enum([...SEVERITIES, 'off']);
const severityMap = z.record(z.string().regex(/^[a-z][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'a rule id or a category'), severitySetting);
const globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const defaults = {
  channel: z.enum(CHANNELS).optional(),
  stage: z.enum(STAGES).optional(),
  lang: z.enum(LANGS).optional(),
  severity: severityMap.optional(),
};

export const configSchema = z
  .object({
    /** Stop here: parent folders' configs do not apply (otherwise a config extends the one above it). */
    root: z.boolean().optional(),
    /** Config files (relative to this file) applied before this one, in order. */
    extends: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    ...defaults,
    /** Language of messages: en or zh. */
    locale: z.enum(['en', 'zh']).optional(),
    /** Extra rule packs: YAML files or folders of them, relative to this file. */
    rulePacks: z.array(z.string().min(1)).optional(),
    /** Globs (relative to this file) of drafts not to lint. */
    ignore: z.array(z.string().min(1)).optional(),
    /** Per-path defaults, applied in order; later entries win. */
    overrides: z.array(z.object({ files: globs, ...defaults }).strict()).optional(),
  })
  .strict();

export type MsglintConfig = z.infer<typeof configSchema>;
