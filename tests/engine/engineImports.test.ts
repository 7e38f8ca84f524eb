// The engine is pure TypeScript: adapters (CLI, language server, VS Code) build on it, never the reverse.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/src/engine');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[tj]s$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier of a file: static imports and re-exports, `import type`, dynamic `import()` and `require()`. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]);
  return found;
}

function forbidden(file: string, specifier: string): string | undefined {
  if (/^vscode(?:$|[-/])/.test(specifier)) return 'an LSP or VS Code module';
  if (/^(?:node:)?fs(?:\/|$)/.test(specifier)) return 'the file system';
  if (specifier.startsWith('.')) {
    const target = relative(ENGINE, resolve(dirname(file), specifier));
    if (target.startsWith('..')) return `a module outside the engine (${target.split(sep).join('/')})`;
  }
  return undefined;
}

describe('engine imports', () => {
  const files = sourceFiles(ENGINE);

  it('the scanner sees the engine and its imports', () => {
    expect(files.length).toBeGreaterThan(20);
    const all = files.flatMap((f) => specifiers(readFileSync(f, 'utf8')));
    expect(all).toContain('yaml');
    expect(all).toContain('markdown-it');
    expect(all.filter((s) => s.startsWith('.')).length).toBeGreaterThan(20);
  });

  it('the scanner catches every forbidden shape', () => {
    const sample = [
      "import * as vscode from 'vscode';",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import type { Foo } from '../lsp/foo.js';",
      "import { readFileSync } from 'node:fs';",
      "import fs from 'fs/promises';",
      "export { x } from '../cli/main.js';",
      "const m = await import('../node/project.js');",
      "const p = require('fs');",
    ].join('\n');
    const file = join(ENGINE, 'sample.ts'); // at the engine's root, as index.ts
    const bad = specifiers(sample).filter((s) => forbidden(file, s));
    expect(bad).toHaveLength(8);
  });

  it('no engine module imports vscode*, fs, or the cli / lsp / node layers', () => {
    const violations = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .map((s) => [s, forbidden(file, s)] as const)
        .filter(([, why]) => why)
        .map(([s, why]) => `${relative(ENGINE, file)}: '${s}' is ${why}`),
    );
    expect(violations).toEqual([]);
  });
});
