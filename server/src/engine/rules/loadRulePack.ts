import { isMap, isSeq, parseDocument } from 'yaml';
import { errorAt, issueErrorAt, keyErrorAt, locator, toJsonLocated, type SourceError } from '../yaml/sourceErrors.js';
import { categoryOf, type CompiledRule } from './compiledRule.js';
import { compileChecklist } from './kinds/checklist.js';
import { compileDetector, DetectorOptionsError } from './kinds/detector.js';
import { compileExistence } from './kinds/existence.js';
import { compileSubstitution } from './kinds/substitution.js';
import { PatternError, withoutVetting } from './patterns.js';
import { knowGates, type GateTable } from './literalGates.js';
import { expandRule } from './expandRule.js';
import { readLists } from './phrases.js';
import { packSizeProblem } from './regexSafety.js';
import { withNestingErrors } from '../yaml/nesting.js';
import { linkSchema, phraseListsSchema, rulePackSchema, type RuleDefinition } from './ruleSchema.js';

export type { SourceError };

export interface LoadedPack {
  path: string;
  rules: CompiledRule[];
  errors: SourceError[];
  /** The pack's `description:` (its docs page's introduction). */
  description?: string;
  /** Hash of the pack's source, set by loaders that read files (for result caches). */
  fingerprint?: string;
}

export interface LoadOptions {
  /**
   * The link of a rule that names none and whose pack names none. Only msglint's own packs have
   * one (their docs/rules pages); a user's pack links where it says, or nowhere.
   */
  defaultLink?: (ruleId: string) => string | undefined;
}

/**
 * Parses, validates and compiles one rule pack. Never throws: every problem becomes a located
 * error; a rule with an error is left out and the pack's other rules still load.
 */
export function loadRulePack(source: string, path: string, options: LoadOptions = {}): LoadedPack {
  const located = locator(source, path);
  const doc = parseDocument(source, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return { path, rules: [], errors: withNestingErrors(doc.errors.map((e) => located(e.pos[0], e.pos[1], e.message.split('\n')[0]))) };
  }
  const json = toJsonLocated(doc, located);
  if ('error' in json) return { path, rules: [], errors: [json.error] };
  const raw = json.value as { rules?: unknown; [key: string]: unknown } | null;
  const errors: SourceError[] = [];
  const rulesNode = isMap(doc.contents) ? doc.contents.get('rules', true) : undefined;
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.rules) || !isSeq(rulesNode)) {
    return { path, rules: [], errors: [located(0, 1, 'a rule pack is a mapping with a `rules:` list')] };
  }
  const tooLarge = packSizeProblem(raw.rules);
  if (tooLarge) return { path, rules: [], errors: [errorAt(doc, located, ['rules'], tooLarge)] };
  const parsedLists = phraseListsSchema.optional().safeParse(raw.lists);
  if (!parsedLists.success) {
    for (const issue of parsedLists.error.issues) errors.push(issueErrorAt(doc, located, ['lists'], issue));
  }
  const lists = readLists(parsedLists.success ? parsedLists.data : undefined);
  const parsedLink = linkSchema.optional().safeParse(raw.link);
  if (!parsedLink.success) {
    for (const issue of parsedLink.error.issues) errors.push(issueErrorAt(doc, located, ['link'], issue));
  }
  const packLink = parsedLink.success ? parsedLink.data : undefined;
  const parsedDescription = rulePackSchema.shape.description.safeParse(raw.description);
  if (!parsedDescription.success) {
    for (const issue of parsedDescription.error.issues) errors.push(issueErrorAt(doc, located, ['description'], issue));
  }
  const description = parsedDescription.success ? parsedDescription.data : undefined;
  const rules: CompiledRule[] = [];
  const seen = new Set<string>();
  raw.rules.forEach((entry: unknown, index: number) => {
    const parsed = rulePackSchema.shape.rules.element.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(issueErrorAt(doc, located, ['rules', index], issue));
      return;
    }
    const definition = parsed.data;
    if (seen.has(definition.id)) {
      errors.push(errorAt(doc, located, ['rules', index, 'id'], `duplicate rule id "${definition.id}"`));
      return;
    }
    seen.add(definition.id);
    try {
      const link = definition.link ?? packLink ?? options.defaultLink?.(definition.id);
      const expanded = expandRule(link === undefined ? definition : { ...definition, link }, lists);
      rules.push({ definition: expanded, category: categoryOf(definition.id), source: path, run: compile(expanded) });
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      const where = error instanceof DetectorOptionsError ? error.path : patternField(definition);
      errors.push(errorAt(doc, located, ['rules', index, ...where], error.message));
    }
  });
  const topKeys = Object.keys(raw).filter((k) => !Object.hasOwn(rulePackSchema.shape, k));
  for (const key of topKeys)
    errors.push(keyErrorAt(doc, located, [], key, `unknown key "${key}" (a pack has \`description\`, \`link\`, \`lists\` and \`rules\`)`));
  return { path, rules, errors, ...(description === undefined ? {} : { description }) };
}

/**
 * Compiles definitions that were validated and vetted before (a built-in pack's build-time
 * snapshot): no YAML, no schema, no pattern checks.
 */
export function compileVettedPack(definitions: readonly RuleDefinition[], path: string, gates?: GateTable): LoadedPack {
  // The snapshot's literal gates: its patterns then need no reading at start-up.
  knowGates(gates);
  return withoutVetting(() => ({
    path,
    rules: definitions.map((definition) => ({ definition, category: categoryOf(definition.id), source: path, run: compile(definition) })),
    errors: [],
  }));
}

function compile(definition: RuleDefinition): CompiledRule['run'] {
  switch (definition.kind) {
    case 'existence':
      return compileExistence(definition);
    case 'substitution':
      return compileSubstitution(definition);
    case 'checklist':
      return compileChecklist(definition);
    case 'detector':
      return compileDetector(definition);
  }
}

function patternField(definition: RuleDefinition): string[] {
  switch (definition.kind) {
    case 'existence':
      return ['patterns'];
    case 'substitution':
      return ['swap'];
    case 'checklist':
      return ['trigger'];
    case 'detector':
      return ['options'];
  }
}
