import { z } from 'zod';
import { CHANNELS, SEVERITIES, STAGES, CHANNEL_GROUPS, type Channel } from '../types.js';

// The shape of a rule pack (`rules/*.yaml`). Validated on load; errors point at the pack's line.

export const localized = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
const patternList = z.array(z.string().min(1)).min(1);
/** Phrases: a block with one phrase a line (`#` comments) or a list; see rules/phrases.ts. */
const phraseBlock = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const example = z.union([
  z.string(),
  z
    .object({
      text: z.string(),
      channel: z.enum(CHANNELS).optional(),
      stage: z.enum(STAGES).optional(),
      lang: z.enum(['en', 'zh']).optional(),
      note: z.string().optional(),
    })
    .strict(),
]);
export type RuleExample = z.infer<typeof example>;

const applies = z
  .object({
    /** Channels, or groups of them: `chat` (WhatsApp, WeChat, Telegram, SMS, LinkedIn), `marketplaces` (Alibaba.com, marketplace). */
    channels: z
      .array(z.enum([...CHANNELS, ...(Object.keys(CHANNEL_GROUPS) as (keyof typeof CHANNEL_GROUPS)[])]))
      .min(1)
      .transform((names) => [
        ...new Set(
          names.flatMap((name): readonly Channel[] =>
            name in CHANNEL_GROUPS ? CHANNEL_GROUPS[name as keyof typeof CHANNEL_GROUPS] : [name as Channel],
          ),
        ),
      ])
      .optional(),
    /** `none` matches a draft without a stage. */
    stages: z
      .array(z.enum([...STAGES, 'none']))
      .min(1)
      .optional(),
    langs: z
      .array(z.enum(['en', 'zh']))
      .min(1)
      .optional(),
  })
  .strict();

/**
 * Where a rule is documented: an http(s) URL. Shown as the diagnostic's link in editors
 * (`codeDescription.href`), SARIF's `helpUri` and `--explain`.
 */
export const linkSchema = z.string().regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http or https URL');

const base = {
  id: z.string().regex(/^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'must look like category/name (lowercase, digits, dashes)'),
  severity: z.enum([...SEVERITIES, 'off']),
  message: localized,
  rationale: localized,
  /** What a good version looks like (shown on hover). */
  good: localized.optional(),
  applies: applies.optional(),
  /** `prose` skips code; `visible` also reads code (what the counterpart sees). */
  scope: z.enum(['prose', 'visible']).default('prose'),
  examples: z.object({ fail: z.array(example).min(1), pass: z.array(example).min(1) }).strict(),
  /** This rule's documentation; overrides the pack's `link`. */
  link: linkSchema.optional(),
};

const replaceFix = z
  .object({
    title: localized,
    /** Replacement text per draft language; `{match}` is the matched text. Empty removes the match. */
    replace: z.object({ en: z.string(), zh: z.string() }).strict(),
    /** What the replacement replaces: the match (default) or the whole sentence holding it. */
    target: z.enum(['match', 'sentence']).default('match'),
    safe: z.boolean().default(false),
  })
  .strict();

const existence = z
  .object({
    ...base,
    kind: z.literal('existence'),
    patterns: patternList.optional(),
    /** Literal phrases (with `{{list}}` slots and `...` gaps), matched like patterns. */
    phrases: phraseBlock.optional(),
    /** Patterns matched on the text as written, not on the normalized view (where the raw form matters). */
    rawPatterns: patternList.optional(),
    /**
     * Written by the loader, not by pack authors: phrases one of which every match contains (from
     * the lists the patterns require). A draft whose view has none of them skips the rule.
     */
    prefilter: z.string().min(1).optional(),
    /** The match is not reported when one of these occurs in the same sentence (negations, warnings). */
    unless: z.array(z.string().min(1)).optional(),
    /**
     * Like `unless`, but only the clause holding the match counts (between commas, colons,
     * semicolons or dashes): for negations, which belong to their own clause.
     */
    unlessClause: z.array(z.string().min(1)).optional(),
    /** The match is not reported when the counterpart's quoted text matches one of these. */
    unlessQuoted: z.array(z.string().min(1)).optional(),
    caseSensitive: z.boolean().default(false),
    fix: replaceFix.optional(),
  })
  .strict()
  .refine((r) => r.patterns || r.phrases || r.rawPatterns, { message: 'needs `patterns`, `phrases` or `rawPatterns`', path: ['patterns'] });

const substitution = z
  .object({
    ...base,
    kind: z.literal('substitution'),
    /** pattern → replacement (regular expressions); matches must still be whole words. */
    swap: z.record(z.string().min(1), z.string()).optional(),
    /** word or phrase → replacement, one per line; matched as whole words (segmented words in Chinese). */
    phrases: z.record(z.string().min(1), z.string()).optional(),
    /**
     * A capitalized word is a name (Dear Ty, Wat Arun) unless this says otherwise: `sentence-start`
     * also swaps a capitalized word that begins a sentence and is not followed by another capitalized word.
     */
    capitalized: z.enum(['never', 'sentence-start']).default('never'),
    /** Message when the replacement is empty (the fix deletes the word); `{match}` is the word. */
    deleteMessage: localized.optional(),
    caseSensitive: z.boolean().default(false),
    /** Applied by `--fix` and fix-all on save only when the result is certainly what the writer meant. */
    safe: z.boolean().default(false),
  })
  .strict()
  .refine((r) => Object.keys(r.swap ?? {}).length + Object.keys(r.phrases ?? {}).length > 0, {
    message: 'needs at least one swap or phrase entry',
    path: ['phrases'],
  });

const checklistItem = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    patterns: patternList.optional(),
    phrases: phraseBlock.optional(),
    message: localized,
    fix: z
      .object({
        title: localized,
        /** Where the missing part goes: draft body start, before/after the triggering sentence, or body end. */
        at: z.enum(['body-start', 'before-sentence', 'after-sentence', 'body-end']),
        text: localized,
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((item) => item.patterns || item.phrases, { message: 'needs `patterns` or `phrases`', path: ['patterns'] });

/** Ambiguous trigger patterns and the context that makes them count (one group or several). */
const weakTrigger = z.object({ patterns: patternList, context: patternList }).strict();

const checklist = z
  .object({
    ...base,
    kind: z.literal('checklist'),
    /** What makes the draft subject to the checklist; findings are reported at the first triggering sentence. */
    trigger: patternList,
    /** A trigger sentence that also matches one of these does not count (mentions, not requests). */
    triggerUnless: z.array(z.string().min(1)).optional(),
    /** A trigger sentence counts only when it also matches one of these (e.g. a request cue, in any order). */
    triggerAlso: z.array(z.string().min(1)).optional(),
    /**
     * Ambiguous triggers ("the code"): they count only when one of `context` occurs in the draft
     * (the rep's text or the counterpart's quoted text). `triggerUnless` and `triggerAlso` apply too.
     * One `{patterns, context}` group, or a list of groups each with its own context.
     */
    weakTrigger: z
      .union([weakTrigger, z.array(weakTrigger).min(1)])
      .optional()
      .transform((w) => (w === undefined ? undefined : Array.isArray(w) ? w : [w])),
    require: z.array(checklistItem).min(1),
  })
  .strict();

const detector = z
  .object({
    ...base,
    kind: z.literal('detector'),
    detector: z.string().min(1),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const ruleSchema = z.discriminatedUnion('kind', [existence, substitution, checklist, detector]);
/** Named phrase lists shared by the pack's rules (`{{name}}` in a phrase or pattern). */
export const phraseListsSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/, 'a list name is lowercase letters, digits and dashes'),
  phraseBlock,
);
export const rulePackSchema = z
  .object({
    /** Free text describing the pack. */
    description: z.string().optional(),
    /** Documentation of the pack's rules (a rule's own `link` overrides it). Without one, a rule has no link. */
    link: linkSchema.optional(),
    lists: phraseListsSchema.optional(),
    rules: z.array(ruleSchema),
  })
  .strict();

export type RuleDefinition = z.infer<typeof ruleSchema>;
export type ExistenceRule = z.infer<typeof existence>;
export type SubstitutionRule = z.infer<typeof substitution>;
export type ChecklistRule = z.infer<typeof checklist>;
export type DetectorRule = z.infer<typeof detector>;
export type RulePackDefinition = z.infer<typeof rulePackSchema>;
