import { isMap, isScalar, visit, type Document, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lineIndex.js';

/** A problem in a rule pack or config file, located for humans (1-based line and column). */
export interface SourceError {
  path: string;
  line: number;
  column: number;
  message: string;
  /** Offsets into the file, for editors that underline it. */
  start: number;
  end: number;
}

export type Locate = (start: number, end: number, message: string) => SourceError;

export function locator(source: string, path: string): Locate {
  let lines: LineIndex | undefined;
  return (start, end, message) => {
    lines ??= new LineIndex(source);
    const p = lines.positionAt(start);
    return { path, line: p.line + 1, column: p.character + 1, message, start, end: Math.max(end, start + 1) };
  };
}

/** Locates the deepest existing node on `path`, so an error points at the field, or its nearest parent. */
export function errorAt(doc: Document, located: Locate, path: (string | number)[], message: string): SourceError {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return located(node.range[0], node.range[1], message);
    }
  }
  return located(0, 1, message);
}

/**
 * `doc.toJSON()` that never throws: an alias to an anchor that does not exist (`channel: *a`) parses
 * without errors but throws on conversion; it becomes an error located at the alias.
 */
export function toJsonLocated(doc: Document, located: Locate): { value: unknown } | { error: SourceError } {
  try {
    return { value: doc.toJSON() };
  } catch (error) {
    let where: [number, number] = [0, 1];
    visit(doc, {
      Alias(_, node) {
        if (node.resolve(doc) !== undefined || !node.range) return undefined;
        where = [node.range[0], node.range[1]];
        return visit.BREAK;
      },
    });
    return { error: located(where[0], where[1], (error as Error).message.split('\n')[0]) };
  }
}

/** Locates the key node of `key` in the mapping at `path` (unknown keys are reported at the key, not the value). */
export function keyErrorAt(doc: Document, located: Locate, path: (string | number)[], key: string, message: string): SourceError {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const range = (pair?.key as YamlNode | undefined)?.range;
    if (range) return located(range[0], range[1], message);
  }
  return errorAt(doc, located, path, message);
}

/** A schema issue, located at its field; an unknown key at the key itself. */
export function issueErrorAt(
  doc: Document,
  located: Locate,
  prefix: (string | number)[],
  issue: { path: PropertyKey[]; message: string; code?: string; keys?: string[] },
): SourceError {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) return keyErrorAt(doc, located, path, issue.keys[0], describeIssue(issue));
  return errorAt(doc, located, path, describeIssue(issue));
}

export function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const field = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `${field}${issue.message}`;
}

export function formatSourceError(error: SourceError): string {
  return `${error.path}:${error.line}:${error.column}: ${error.message}`;
}
