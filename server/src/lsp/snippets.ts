import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { moduleDir } from '../node/moduleDir.js';
import type { Logger } from './log.js';

/** One VS Code snippet (`snippets/*.json`), offered as a completion to every editor. */
export interface Snippet {
  name: string;
  prefix: string[];
  body: string;
  description?: string;
}

/** The `snippets/` folder next to the package.json that also holds `rules/` (as the built-in packs are found). */
export function snippetsDir(): string | undefined {
  for (let dir = moduleDir(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) {
      const snippets = join(dir, 'snippets');
      return existsSync(snippets) ? snippets : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads every `*.json` snippet file; a missing folder or a broken file only costs its snippets. */
export function loadSnippets(log: Logger, dir = snippetsDir()): Snippet[] {
  if (!dir) return [];
  const out: Snippet[] = [];
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
  for (const file of files) {
    try {
      const errors: ParseError[] = [];
      const json = parseJsonc(readFileSync(join(dir, file), 'utf8'), errors, { allowTrailingComma: true });
      if (errors.length > 0 || !json || typeof json !== 'object') {
        log.warn(`snippets/${file} is not valid JSON; its snippets are not offered`);
        continue;
      }
      for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
        const s = value as { prefix?: unknown; body?: unknown; description?: unknown };
        const prefix =
          typeof s.prefix === 'string'
            ? [s.prefix]
            : Array.isArray(s.prefix)
              ? s.prefix.filter((p): p is string => typeof p === 'string')
              : [];
        const body = typeof s.body === 'string' ? s.body : Array.isArray(s.body) ? s.body.map(String).join('\n') : undefined;
        if (prefix.length === 0 || body === undefined) continue;
        out.push({ name, prefix, body, description: typeof s.description === 'string' ? s.description : undefined });
      }
    } catch {
      log.warn(`snippets/${file} could not be read`);
    }
  }
  return out;
}

/** A snippet body as plain text, for clients without snippet support: placeholders keep their default. */
export function snippetToPlainText(body: string): string {
  // Escaped characters (\$, \}, \\) are set aside so the placeholder patterns cannot see them.
  const escaped: string[] = [];
  let text = body.replace(/\\([$}\\])/g, (_, c: string) => `\u0000${escaped.push(c) - 1}\u0000`);
  for (let i = 0; i < 5; i++) {
    const next = text
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
      .replace(/\$\{\d+\}/g, '')
      .replace(/\$\{(?:[A-Z_]+)(?::([^{}]*))?\}/g, (_, d: string | undefined) => d ?? '');
    if (next === text) break;
    text = next;
  }
  return text.replace(/\$(\d+|[A-Z_]+)/g, '').replace(/\u0000(\d+)\u0000/g, (_, i: string) => escaped[Number(i)]);
}
