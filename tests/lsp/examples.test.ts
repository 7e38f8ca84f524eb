// Every example draft through the server: the pushed diagnostics are the engine's (same rules,
// ranges, messages), each quick fix applies, and fix-all equals the engine's applySafeFixes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySafeFixes, lintDraft } from '../../server/src/engine/index.js';
import { Project } from '../../server/src/node/project.js';
import { buildServer, repoRoot } from './helpers/build.js';
import { applyEdits, editsFor, startClient, type TestClient } from './helpers/client.js';

const dir = join(repoRoot, 'examples');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.msg.md'))
  .sort();

describe('example drafts through the server', () => {
  let client: TestClient;
  const project = new Project();
  beforeAll(async () => {
    await buildServer();
    client = await startClient({ rootDir: repoRoot, settings: { debounceMs: 0, locale: 'en' } });
  }, 60_000);
  afterAll(() => client?.stop());

  for (const file of files) {
    it(file, async () => {
      const path = join(dir, file);
      const uri = pathToFileURL(path).href;
      const text = readFileSync(path, 'utf8');
      client.open(uri, text);
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      const context = project.contextFor(path);
      const engine = lintDraft(text, context.rules.rules, {
        defaults: context.settings.defaults,
        severity: context.settings.severity,
        locale: 'en',
      });
      expect(diagnostics.map((d) => [d.code, d.range, d.message])).toEqual(engine.diagnostics.map((d) => [d.ruleId, d.range, d.message]));

      for (const d of diagnostics.filter((x) => (x.data as any)?.fix)) {
        const actions = await client.request('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d], only: ['quickfix'] },
        });
        const fix = actions.find((a: any) => a.title === (d.data as any).fix.title);
        expect(fix, `${d.code}: ${(d.data as any).fix.title}`).toBeDefined();
        expect(applyEdits(text, editsFor(fix.edit, uri))).not.toBe(text);
      }

      const all = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.msglint'] },
      });
      const expected = applySafeFixes(engine).text;
      const got = all.length ? applyEdits(text, editsFor(all[0].edit, uri)) : text;
      expect(got).toBe(expected);
      client.close(uri);
    });
  }
});
