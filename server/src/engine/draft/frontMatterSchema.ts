import { z } from 'zod';
import { CHANNELS, LANGS, STAGES } from '../types.js';

/** The keys a draft's front matter may hold. Unknown keys are reported, not dropped silently. */
export const frontMatterSchema = z
  .object({
    channel: z.enum(CHANNELS),
    stage: z.enum(STAGES),
    lang: z.enum(LANGS),
    to: z.string(),
    /** Copy recipients: a key of its own, never a typo of `to`. */
    cc: z.string(),
    subject: z.string(),
    refs: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]),
  })
  .partial()
  .strict();

export type FrontMatterData = z.infer<typeof frontMatterSchema>;
export const FRONT_MATTER_KEYS = Object.keys(frontMatterSchema.shape) as (keyof FrontMatterData)[];

/** Allowed values per enumerated key, for "did you mean" and completion. */
export const FRONT_MATTER_VALUES: Record<string, readonly string[]> = {
  channel: CHANNELS,
  stage: STAGES,
  lang: LANGS,
};
