import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { closest } from '../text/suggest.js';
import { FRONT_MATTER_KEYS, FRONT_MATTER_VALUES, frontMatterSchema, type FrontMatterData } from './frontMatterSchema.js';

export type FrontMatterCheck = 'yaml-syntax' | 'not-a-mapping' | 'unclosed' | 'unknown-key' | 'invalid-value';

/** A problem in the front matter, located by offsets into the whole draft. */
export interface FrontMatterProblem {
  check: FrontMatterCheck;
  start: number;
  end: number;
  params: Record<string, string>;
  /** Replacement for [start, end) when a close match exists. */
  suggestion?: string;
}

export interface FrontMatter {
  present: boolean;
  /** Offsets of the whole block including the `---` fences; body starts at `end`. */
  start: number;
  end: number;
  /** Offsets of the YAML source between the fences. */
  yamlStart: number;
  yamlEnd: number;
  /** Only the values that passed validation; a bad key never poisons the good ones. */
  data: FrontMatterData;
  problems: FrontMatterProblem[];
}

const OPEN = /^\uFEFF?---[ \t]*(\r\n|\r|\n)/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/m;

export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { present: false, start: 0, end: 0, yamlStart: 0, yamlEnd: 0, data: {}, problems: [] };
  const open = OPEN.exec(text);
  if (!open) return none;
  const yamlStart = open[0].length;
  const close = CLOSE.exec(text.slice(yamlStart));
  if (!close) {
    return {
      ...none,
      problems: [{ check: 'unclosed', start: text.startsWith('\uFEFF') ? 1 : 0, end: yamlStart - open[1].length, params: {} }],
    };
  }
  const yamlEnd = yamlStart + close.index;
  let end = yamlEnd + close[0].length;
  const lineBreak = /^(\r\n|\r|\n)/.exec(text.slice(end));
  if (lineBreak) end += lineBreak[0].length;
  const fm: FrontMatter = { present: true, start: 0, end, yamlStart, yamlEnd, data: {}, problems: [] };
  validate(text.slice(yamlStart, yamlEnd), yamlStart, fm);
  return fm;
}

function validate(source: string, base: number, fm: FrontMatter): void {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const [s, e] = error.pos;
      fm.problems.push({ check: 'yaml-syntax', start: base + s, end: base + Math.max(e, s + 1), params: { detail: firstLine(error.message) } });
    }
    return;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return;
  if (!isMap(root)) {
    const [s, e] = root.range ?? [0, source.length];
    fm.problems.push({ check: 'not-a-mapping', start: base + s, end: base + e, params: {} });
    return;
  }
  const presentKeys = new Set(root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const [ks, ke] = keyNode?.range ?? [0, 0];
    if (!(FRONT_MATTER_KEYS as string[]).includes(key)) {
      // Renaming to a key that is already there would only make a duplicate key.
      const suggestion = closest(key, FRONT_MATTER_KEYS.filter((k) => !presentKeys.has(k)));
      fm.problems.push({ check: 'unknown-key', start: base + ks, end: base + ke, params: { key, suggestion: suggestion ?? '' }, suggestion });
      continue;
    }
    const valueNode = pair.value as YamlNode | null;
    const value = valueNode ? (valueNode as YamlNode).toJSON() : null;
    const parsed = frontMatterSchema.shape[key as keyof FrontMatterData].safeParse(value);
    if (parsed.success) {
      (fm.data as Record<string, unknown>)[key] = parsed.data;
      continue;
    }
    // range[1] is the end of the value itself; range[2] would include the line break after it.
    const [vs, ve] = valueNode?.range ?? [ke, ke];
    const allowed = FRONT_MATTER_VALUES[key];
    const suggestion = allowed && typeof value === 'string' ? closest(value, allowed) : undefined;
    fm.problems.push({
      check: 'invalid-value',
      start: base + vs,
      end: base + Math.max(ve, vs),
      params: { key, value: value === null ? '' : String(value), allowed: allowed ? allowed.join(', ') : 'text', suggestion: suggestion ?? '' },
      suggestion,
    });
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
