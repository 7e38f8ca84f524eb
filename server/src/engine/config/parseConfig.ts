import { parseDocument } from 'yaml';
import { issueErrorAt, locator, toJsonLocated, type SourceError } from '../yaml/sourceErrors.js';
import { configSchema, type MsglintConfig } from './configSchema.js';
import { isStackOverflow, TOO_DEEP, withNestingErrors } from '../yaml/nesting.js';

export interface ParsedConfig {
  config: MsglintConfig;
  errors: SourceError[];
}

/**
 * The `yaml` parser's time grows faster than the text on tens of thousands of keys; a config needs
 * a few dozen lines (a severity per rule is a few hundred). Longer ones are refused before parsing.
 */
export const MAX_CONFIG_LINES = 5000;

/** Where line `limit + 1` starts, if the source has that many lines; a linear scan. */
function lineOverLimit(source: string, limit: number): number | undefined {
  let lines = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
    if (i + 1 < source.length && ++lines > limit) return i + 1;
  }
  return undefined;
}

/** Parses and validates `.msglintrc.yaml` text. Never throws; on errors the config is empty. */
export function parseConfig(source: string, path: string): ParsedConfig {
  const located = locator(source, path);
  const long = lineOverLimit(source, MAX_CONFIG_LINES);
  if (long !== undefined) {
    return { config: {}, errors: [located(long, long + 1, `a config this long is not read (more than ${MAX_CONFIG_LINES} lines)`)] };
  }
  const doc = parseDocument(source, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return { config: {}, errors: withNestingErrors(doc.errors.map((e) => located(e.pos[0], e.pos[1], e.message.split('\n')[0]))) };
  }
  let json: ReturnType<typeof toJsonLocated>;
  try {
    json = toJsonLocated(doc, located);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { config: {}, errors: [located(0, 1, TOO_DEEP)] };
  }
  if ('error' in json) return { config: {}, errors: [json.error] };
  const raw = json.value ?? {};
  const parsed = configSchema.safeParse(raw);
  if (parsed.success) return { config: parsed.data, errors: [] };
  return {
    config: {},
    errors: parsed.error.issues.map((issue) => issueErrorAt(doc, located, [], issue)),
  };
}
