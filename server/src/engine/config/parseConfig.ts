import { parseDocument } from 'yaml';
import { issueErrorAt, locator, toJsonLocated, type SourceError } from '../yaml/sourceErrors.js';
import { configSchema, type MsglintConfig } from './configSchema.js';
import { isStackOverflow, TOO_DEEP, withNestingErrors } from '../yaml/nesting.js';

export interface ParsedConfig {
  config: MsglintConfig;
  errors: SourceError[];
}

/** Parses and validates `.msglintrc.yaml` text. Never throws; on errors the config is empty. */
export function parseConfig(source: string, path: string): ParsedConfig {
  const located = locator(source, path);
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
