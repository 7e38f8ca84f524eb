import { isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { withNestingErrors } from '../yaml/nesting.js';
import { suggest, type Suggestion } from '../text/suggest.js';
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
  /** The suggestion is certainly what the writer meant (one typo from one candidate): a safe fix. */
  certain?: boolean;
}

/** Values written another common way, which can only mean one thing (never `cn` → `en`). */
const VALUE_ALIASES: Record<string, Record<string, string>> = {
  lang: Object.assign(Object.create(null) as Record<string, string>, {
    cn: 'zh',
    'zh-cn': 'zh',
    zh_cn: 'zh',
    'zh-hans': 'zh',
    'zh-hant': 'zh',
    'zh-tw': 'zh',
    'zh-hk': 'zh',
    chinese: 'zh',
    chs: 'zh',
    cht: 'zh',
    mandarin: 'zh',
    中文: 'zh',
    汉语: 'zh',
    漢語: 'zh',
    简体中文: 'zh',
    繁體中文: 'zh',
    繁体中文: 'zh',
    english: 'en',
    eng: 'en',
    'en-us': 'en',
    en_us: 'en',
    'en-gb': 'en',
    en_gb: 'en',
    'en-uk': 'en',
    英文: 'en',
    英语: 'en',
    英語: 'en',
  }),
  channel: Object.assign(Object.create(null) as Record<string, string>, {
    'e-mail': 'email',
    mail: 'email',
    'we chat': 'wechat',
    weixin: 'wechat',
    微信: 'wechat',
    'whats app': 'whatsapp',
  }),
};

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

// The fences: `---` on the first line (after a byte order mark) opens the front matter, `---` or
// `...` on a line of its own closes it. The parser and the editor's completion read these only.
const OPEN_FENCE = String.raw`\uFEFF?---[ \t]*`;
const CLOSE_FENCE = String.raw`(?:---|\.\.\.)[ \t]*`;
const OPEN = new RegExp(String.raw`^${OPEN_FENCE}(\r\n|\r|\n)`);
const CLOSE = new RegExp(`^${CLOSE_FENCE}$`, 'm');
const FENCE_LINE = { open: new RegExp(`^${OPEN_FENCE}$`), close: new RegExp(`^${CLOSE_FENCE}$`) };

/** Whether `line` (without its line break) is a front-matter fence: the opening one (first line) or a closing one. */
export function isFrontMatterFence(line: string, fence: 'open' | 'close'): boolean {
  return FENCE_LINE[fence].test(line);
}

/** `fastPath: false` forces the general YAML parser (the differential test compares both paths). */
export function parseFrontMatter(text: string, options: { fastPath?: boolean } = {}): FrontMatter {
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
  validate(text.slice(yamlStart, yamlEnd), yamlStart, fm, options.fastPath !== false);
  return fm;
}

/** One `key: value` entry of the front matter mapping, with offsets into the YAML source. */
interface Entry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value as plain data (computed only for known keys). */
  value(): unknown;
  /** Where the value is; the end of the key when there is no value. */
  valueStart: number;
  valueEnd: number;
}

/**
 * Front matter holds a handful of settings. The `yaml` parser's time grows faster than the text on
 * tens of thousands of keys (1 s for 20,000), so a longer block is refused by a linear pre-scan
 * before any parser sees it: one located problem at the first line over the limit.
 */
export const MAX_FRONT_MATTER_LINES = 500;
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

function tooLong(source: string): { start: number; end: number; detail: string } | undefined {
  let lines = 1;
  for (let i = 0; i < source.length && i <= MAX_FRONT_MATTER_CHARS; i++) {
    const c = source.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
    // A line counts once something follows its break (the block ends with one).
    if (i + 1 < source.length && ++lines > MAX_FRONT_MATTER_LINES) {
      let end = i + 1;
      while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
      return {
        start: i + 1,
        end: Math.max(end, i + 2),
        detail: `front matter this long is not read (more than ${MAX_FRONT_MATTER_LINES} lines; it needs a few)`,
      };
    }
  }
  if (source.length > MAX_FRONT_MATTER_CHARS) {
    return {
      start: MAX_FRONT_MATTER_CHARS,
      end: MAX_FRONT_MATTER_CHARS + 1,
      detail: `front matter this long is not read (more than ${MAX_FRONT_MATTER_CHARS} characters; it needs a few lines)`,
    };
  }
  return undefined;
}

function validate(source: string, base: number, fm: FrontMatter, fastPath: boolean): void {
  const long = tooLong(source);
  if (long) {
    fm.problems.push({ check: 'yaml-syntax', start: base + long.start, end: base + long.end, params: { detail: long.detail } });
    return;
  }
  const entries = (fastPath ? simpleEntries(source) : undefined) ?? yamlEntries(source, base, fm);
  if (!entries) return;
  const presentKeys = new Set(entries.map((entry) => entry.key));
  const keyFor = new Map<Entry, Suggestion | undefined>();
  const wanted = new Map<string, number>();
  for (const entry of entries) {
    if ((FRONT_MATTER_KEYS as string[]).includes(entry.key) || entry.key === '') continue;
    // Renaming to a key that is already there would only make a duplicate key.
    const s = suggest(
      entry.key,
      FRONT_MATTER_KEYS.filter((k) => !presentKeys.has(k)),
    );
    keyFor.set(entry, s);
    if (s) wanted.set(s.value, (wanted.get(s.value) ?? 0) + 1);
  }
  for (const entry of entries) {
    const { key } = entry;
    if (!(FRONT_MATTER_KEYS as string[]).includes(key)) {
      const s = keyFor.get(entry);
      // Two mistyped keys (chanel:, channl:) that would both become one key: neither rename is certain.
      const certain = s?.certain && wanted.get(s.value) === 1 && valueFits(s.value, entry);
      const suggestion = s?.value;
      fm.problems.push({
        check: 'unknown-key',
        start: base + entry.keyStart,
        end: base + entry.keyEnd,
        params: { key, suggestion: suggestion ?? '' },
        suggestion,
        certain,
      });
      continue;
    }
    const value = entry.value();
    const parsed = frontMatterSchema.shape[key as keyof FrontMatterData].safeParse(value);
    if (parsed.success) {
      (fm.data as Record<string, unknown>)[key] = parsed.data;
      continue;
    }
    const vs = entry.valueStart;
    const ve = entry.valueEnd;
    const allowed = FRONT_MATTER_VALUES[key];
    const s = allowed && typeof value === 'string' ? suggest(value, allowed, VALUE_ALIASES[key]) : undefined;
    const suggestion = s?.value;
    fm.problems.push({
      check: 'invalid-value',
      start: base + vs,
      end: base + Math.max(ve, vs),
      params: {
        key,
        value: value === null ? '' : String(value),
        allowed: allowed ? allowed.join(', ') : 'text',
        suggestion: suggestion ?? '',
      },
      suggestion,
      certain: s?.certain ?? false,
    });
  }
}

/** A key rename is certain only when the value is one the new key takes (chanel: email, not chanel: inquiry). */
function valueFits(key: string, entry: Entry): boolean {
  const allowed = FRONT_MATTER_VALUES[key];
  if (!allowed) return true;
  const value = entry.value();
  if (typeof value !== 'string') return false;
  const s = suggest(value, allowed, VALUE_ALIASES[key]);
  return s?.certain === true;
}

/** The general path: the `yaml` parser. Reports syntax errors and non-mappings itself (returns undefined then). */
function yamlEntries(source: string, base: number, fm: FrontMatter): Entry[] | undefined {
  // uniqueKeys off: the parser's own check compares every key with every other (59 s for 80,000
  // quoted keys); duplicateKeys below does it with a set.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const errors = withNestingErrors(doc.errors.map((error) => ({ pos: error.pos, message: firstLine(error.message) })));
    for (const error of errors) {
      const [s, e] = error.pos;
      fm.problems.push({ check: 'yaml-syntax', start: base + s, end: base + Math.max(e, s + 1), params: { detail: error.message } });
    }
    return undefined;
  }
  const unsupported = unsupportedNodes(doc) ?? duplicateKeys(doc);
  if (unsupported) {
    const [s, e] = unsupported.range;
    fm.problems.push({ check: 'yaml-syntax', start: base + s, end: base + Math.max(e, s + 1), params: { detail: unsupported.detail } });
    return undefined;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return undefined;
  if (!isMap(root)) {
    const [s, e] = root.range ?? [0, source.length];
    // A block collection's range runs on past its last line break; the problem is the text itself.
    const end = s + source.slice(s, e).trimEnd().length;
    fm.problems.push({ check: 'not-a-mapping', start: base + s, end: base + Math.max(end, s + 1), params: {} });
    return undefined;
  }
  return root.items.map((pair) => {
    const keyNode = pair.key as YamlNode | null;
    const [ks, ke] = keyNode?.range ?? [0, 0];
    const valueNode = pair.value as YamlNode | null;
    // range[1] is the end of the value itself; range[2] would include the line break after it.
    const [vs, ve] = valueNode?.range ?? [ke, ke];
    // A pair without a key (`: email`, a lone `?`) has an empty key range: the problem is then the
    // pair, from the start of its line.
    const keyless = ke <= ks;
    const lineStart = startOfLine(source, ks);
    const lineEnd = endOfLine(source, ks);
    return {
      key: !isScalar(keyNode) ? '' : keyNode.value === null ? (keyNode.source ?? '') : String(keyNode.value),
      keyStart: keyless ? lineStart : ks,
      keyEnd: keyless ? Math.max(ve, lineEnd) : ke,
      value: () => (valueNode ? valueNode.toJSON() : null),
      valueStart: vs,
      valueEnd: ve,
    };
  });
}

// The fast path. Almost every draft's front matter is a few `key: plain words` lines (and perhaps
// `refs: [PO 7781, 12]`), and the full YAML parser costs more than all the rules on such a draft. A
// line qualifies when its key and value are plain scalars that YAML can only read as strings: the
// value starts with a letter, holds no `:`, `#` or brackets (mappings, comments, flow collections)
// and is not a null or boolean word; or when the value is a one-line flow list of such words and of
// plain decimal integers. Anything else (quotes, other numbers, comments, blank or indented lines,
// duplicate keys, …) goes to the `yaml` parser, and a differential test
// (tests/bench/frontMatterFastPath.test.ts) checks that both paths agree.
const SIMPLE_LINE =
  /^([A-Za-z][A-Za-z0-9_-]*):( +)([A-Za-z\u00C0-\u024F\u4E00-\u9FFF](?:[^\x00-\x1F\x7F:#[\]{}\u0085\u2028\u2029\uFEFF]*[^\x00-\x20\x7F:#[\]{}\u0085\u2028\u2029\uFEFF])?) *$/;
const FLOW_LINE = /^([A-Za-z][A-Za-z0-9_-]*):( +)(\[[^\x00-\x1F\x7F:#[\]{}"'\u0085\u2028\u2029\uFEFF]*\]) *$/;
const FLOW_WORD =
  /^[A-Za-z\u00C0-\u024F\u4E00-\u9FFF](?:[^\x00-\x1F\x7F:#[\]{},\u0085\u2028\u2029\uFEFF]*[^\x00-\x20\x7F:#[\]{},\u0085\u2028\u2029\uFEFF])?$/;
const FLOW_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const NOT_A_STRING = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
const MAX_SIMPLE_LINE = 512;

function simpleEntries(source: string): Entry[] | undefined {
  if (source.length === 0 || (source.includes('\r') && /\r(?!\n)/.test(source))) return undefined;
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  while (offset < source.length) {
    let lineEnd = source.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = source.length;
    const next = lineEnd + 1;
    if (lineEnd > offset && source.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (lineEnd - offset > MAX_SIMPLE_LINE) return undefined;
    const line = source.slice(offset, lineEnd);
    let m = SIMPLE_LINE.exec(line);
    let value: unknown;
    if (m) {
      if (NOT_A_STRING.test(m[3])) return undefined;
      value = m[3];
    } else {
      m = FLOW_LINE.exec(line);
      if (!m) return undefined;
      value = flowList(m[3]);
      if (!value) return undefined;
    }
    if (NOT_A_STRING.test(m[1]) || seen.has(m[1])) return undefined;
    seen.add(m[1]);
    const keyEnd = offset + m[1].length;
    const valueStart = keyEnd + 1 + m[2].length;
    const result = value;
    entries.push({
      key: m[1],
      keyStart: offset,
      keyEnd,
      value: () => (Array.isArray(result) ? [...result] : result),
      valueStart,
      valueEnd: valueStart + m[3].length,
    });
    offset = next;
  }
  return entries;
}

/** `[a, b c, 12]` → ['a', 'b c', 12]; undefined unless every item is a plain word or a plain decimal integer. */
function flowList(flow: string): (string | number)[] | undefined {
  const inner = flow.slice(1, -1);
  if (inner.trim() === '') return inner === '' ? [] : undefined;
  const items: (string | number)[] = [];
  for (const raw of inner.split(',')) {
    const item = raw.replace(/^ +| +$/g, '');
    if (FLOW_INTEGER.test(item)) items.push(Number(item));
    else if (FLOW_WORD.test(item) && !NOT_A_STRING.test(item)) items.push(item);
    else return undefined;
  }
  return items;
}

/**
 * Aliases (`*name`) and tags (`!!str`, `!custom`) have no place in front matter: a value would come
 * out as an object or as something other than what is written. The first one found, or undefined.
 * Depth-first with an explicit stack: a deeply nested value cannot overflow the call stack.
 */
function unsupportedNodes(doc: Document): { range: [number, number]; detail: string } | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node))
      return { range: rangeOf(node), detail: `an alias (*${node.source}) is not supported in front matter; write the value itself` };
    if (isNode(node) && node.tag !== undefined)
      return { range: rangeOf(node), detail: `a tag (${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}) is not supported in front matter` };
    if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i] as unknown;
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    }
  }
  return undefined;
}

/** The second occurrence of a top-level key, as the parser's `uniqueKeys` check reported it. */
function duplicateKeys(doc: Document): { range: [number, number]; detail: string } | undefined {
  if (!isMap(doc.contents)) return undefined;
  const seen = new Set<unknown>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (seen.has(key)) return { range: rangeOf(pair.key), detail: 'Map keys must be unique' };
    seen.add(key);
  }
  return undefined;
}

function rangeOf(node: unknown): [number, number] {
  const range = isNode(node) ? node.range : undefined;
  return range ? [range[0], range[1]] : [0, 1];
}

/** Where the line holding `at` starts; scans back only over that line (lastIndexOf('\r') would scan to the start of an LF-only source once per key). */
function startOfLine(source: string, at: number): number {
  let i = at;
  while (i > 0 && source.charCodeAt(i - 1) !== 10 && source.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** Where the line holding `from` ends (without copying the rest of the source: once per key). */
function endOfLine(source: string, from: number): number {
  let i = from;
  while (i < source.length && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i++;
  return i;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
