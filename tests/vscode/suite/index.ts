// The msglint extension test suite. `run()` executes inside VS Code's extension host, as with
// @vscode/test-electron; the launchers in tests/vscode/ start it in code-server (offline) or in a
// downloaded VS Code. It works on a scratch copy of tests/vscode/fixture/.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { check, type TestCase } from './harness.js';

const EXTENSION_ID = 'msglint.msglint';
const LANGUAGE_ID = 'msglint-draft';
const FIX_ALL_KIND = 'source.fixAll.msglint';

interface MsglintApi {
  ready(): Promise<void>;
  initializationOptions(): { workspaceTrusted: boolean; displayLanguage?: string };
  draftStatus(uri: vscode.Uri): { channel: string | null; stage: string | null; errors: number; warnings: number } | undefined;
}

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture folder open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns a truthy value; fails with `what` after `timeoutMs`. */
async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    }
    await sleep(100);
  }
}

function msglintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'msglint');
}

function ruleId(d: vscode.Diagnostic): string {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code ?? '');
}

async function open(relative: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(relative));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

async function diagnosticsWith(uri: vscode.Uri, rule: string, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `a ${rule} diagnostic on ${uri.path}`,
    () => {
      const found = msglintDiagnostics(uri).filter((d) => ruleId(d) === rule);
      return found.length > 0 && found;
    },
    timeoutMs,
  );
}

/** Applies a code action the way VS Code does: its edit, then its command. */
async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `workspace.applyEdit failed for "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

let api: MsglintApi;

const tests: TestCase[] = [
  {
    name: 'the extension activates on a *.msg.md draft and registers its language',
    always: true,
    async run() {
      const ext = vscode.extensions.getExtension<MsglintApi>(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
      const { doc } = await open('drafts/invalid-channel.msg.md');
      assert.equal(doc.languageId, LANGUAGE_ID);
      api = await waitFor('the extension to activate', async () => {
        if (!ext.isActive) return false;
        return ext.exports;
      });
      await api.ready();
      const notes = await vscode.workspace.openTextDocument(workspaceFile('notes.md'));
      assert.equal(notes.languageId, 'markdown', 'plain .md files stay Markdown');
      const languages = await vscode.languages.getLanguages();
      assert.ok(languages.includes(LANGUAGE_ID));
    },
  },
  {
    name: 'the server gets workspace trust and the display language in its initialization options',
    async run() {
      const options = api.initializationOptions();
      assert.equal(options.workspaceTrusted, vscode.workspace.isTrusted);
      assert.equal(options.displayLanguage, vscode.env.language);
    },
  },
  {
    name: 'opening a draft shows msglint diagnostics (front-matter/invalid-value)',
    async run() {
      const { doc } = await open('drafts/invalid-channel.msg.md');
      const [d] = await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(doc.getText(d.range), 'emial');
      assert.match(d.message, /emial/);
      const notes = await vscode.workspace.openTextDocument(workspaceFile('notes.md'));
      await sleep(500);
      assert.equal(msglintDiagnostics(notes.uri).length, 0, 'plain Markdown is not linted');
    },
  },
  {
    name: 'the status bar data: channel, stage and finding count of the draft',
    async run() {
      const clean = await open('drafts/clean.msg.md');
      const status = await waitFor('a draft status for clean.msg.md', () => api.draftStatus(clean.doc.uri));
      assert.equal(status.channel, 'email');
      assert.equal(status.stage, 'inquiry');
      const bad = await open('drafts/invalid-channel.msg.md');
      const badStatus = await waitFor('a draft status with errors', () => {
        const s = api.draftStatus(bad.doc.uri);
        return s && s.errors > 0 && s;
      });
      assert.ok(badStatus.errors >= 1);
    },
  },
  {
    name: 'a quick fix from vscode.executeCodeActionProvider, applied with workspace.applyEdit',
    async run() {
      const { doc } = await open('drafts/quick-fix.msg.md');
      const [d] = await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.kind?.value === 'quickfix' && /email/.test(a.title));
      assert.ok(fix, `a quick fix to "email" among: ${actions.map((a) => `${a.kind?.value}: ${a.title}`).join('; ')}`);
      await applyCodeAction(fix);
      assert.match(doc.getText(), /^channel: email$/m);
      await waitFor('the diagnostic to go away', () =>
        msglintDiagnostics(doc.uri).every((x) => ruleId(x) !== 'front-matter/invalid-value'),
      );
      await doc.save();
    },
  },
  {
    name: `"fix all" as a ${FIX_ALL_KIND} code action`,
    async run() {
      const { doc } = await open('drafts/fix-all.msg.md');
      const diags = await waitFor('two invalid-value diagnostics', () => {
        const found = msglintDiagnostics(doc.uri).filter((d) => ruleId(d) === 'front-matter/invalid-value');
        return found.length >= 2 && found;
      });
      assert.equal(diags.length, 2);
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        whole,
        FIX_ALL_KIND,
      );
      const fixAll = actions.find((a) => a.kind?.value === FIX_ALL_KIND);
      assert.ok(fixAll, `a ${FIX_ALL_KIND} action among: ${actions.map((a) => `${a.kind?.value}: ${a.title}`).join('; ')}`);
      await applyCodeAction(fixAll);
      await waitFor('both values fixed', () => /^channel: email$/m.test(doc.getText()) && /^stage: order$/m.test(doc.getText()));
      await doc.save();
    },
  },
  {
    name: 'the "msglint: Fix all" command',
    async run() {
      const { doc } = await open('drafts/fix-all-command.msg.md');
      await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      await vscode.commands.executeCommand('msglint.fixAll');
      await waitFor('both values fixed', () => /^channel: email$/m.test(doc.getText()) && /^stage: order$/m.test(doc.getText()));
      await waitFor('no invalid-value diagnostics left', () =>
        msglintDiagnostics(doc.uri).every((x) => ruleId(x) !== 'front-matter/invalid-value'),
      );
      await doc.save();
    },
  },
  {
    name: `editor.codeActionsOnSave with ${FIX_ALL_KIND}`,
    async run() {
      const config = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
      await config.update('codeActionsOnSave', { [FIX_ALL_KIND]: 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
      try {
        const { doc, editor } = await open('drafts/fix-on-save.msg.md');
        await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
        // Make the draft dirty, then save it like Ctrl+S does.
        await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n'));
        await vscode.commands.executeCommand('workbench.action.files.save');
        await waitFor(
          'the save to fix both values',
          () => /^channel: email$/m.test(doc.getText()) && /^stage: order$/m.test(doc.getText()),
        );
        await waitFor('the draft saved', () => !doc.isDirty);
      } finally {
        await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      }
    },
  },
  {
    name: 'hover on a finding explains the rule',
    async run() {
      const { doc } = await open('drafts/hover.msg.md');
      const [d] = await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      const position = d.range.start.translate(0, 1);
      const hovers = await waitFor('a hover', async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
        return h.length > 0 && hoverText(h).trim().length > 0 && h;
      });
      const text = hoverText(hovers);
      assert.match(text, /front-matter\/invalid-value/, `hover names the rule: ${text}`);
      assert.match(text, /emial/, `hover repeats the finding: ${text}`);
      assert.match(text, /Why|原因/, `hover explains why: ${text}`);
    },
  },
  {
    name: 'snippet completion in a draft',
    async run() {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const file = vscode.Uri.joinPath(ext.extensionUri, 'snippets', 'msglint.code-snippets');
      const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<
        string,
        { prefix: string | string[] }
      >;
      const names = Object.keys(snippets);
      assert.ok(names.length > 0, 'the extension contributes snippets');
      const [name] = names;
      const prefix = [snippets[name].prefix].flat()[0];
      const { doc, editor } = await open('drafts/snippets.msg.md');
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end, prefix));
      const position = doc.lineAt(doc.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      const item = list.items.find(
        (i) => i.kind === vscode.CompletionItemKind.Snippet && (typeof i.label === 'string' ? i.label : i.label.label) === prefix,
      );
      assert.ok(item, `snippet "${name}" (prefix ${prefix}) among completions: ${labels.slice(0, 30).join(', ')}`);
      const copies = list.items.filter((i) => (typeof i.label === 'string' ? i.label : i.label.label) === prefix);
      assert.equal(copies.length, 1, 'the snippet is offered once (the server leaves snippets to the client)');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
  },
  {
    name: 'msglint.locale overrides the display language (zh-cn in an English UI, en in a Chinese one)',
    async run() {
      const { doc } = await open('drafts/locale.msg.md');
      await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      const chineseUi = vscode.env.language.toLowerCase().startsWith('zh');
      const isChinese = (x: vscode.Diagnostic) => /[\u4e00-\u9fff]/.test(x.message);
      const finding = () => msglintDiagnostics(doc.uri).find((x) => ruleId(x) === 'front-matter/invalid-value');
      await waitFor(`a message in the UI language (${vscode.env.language})`, () => {
        const d = finding();
        return d && isChinese(d) === chineseUi;
      });
      const config = vscode.workspace.getConfiguration('msglint');
      await config.update('locale', chineseUi ? 'en' : 'zh-cn', vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor(`a message in ${chineseUi ? 'English' : 'Chinese'}`, () => {
          const d = finding();
          return d && isChinese(d) !== chineseUi;
        });
      } finally {
        await config.update('locale', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitFor('the message back in the UI language', () => {
        const d = finding();
        return d && isChinese(d) === chineseUi;
      });
    },
  },
  {
    name: 'msglint.enable: false clears the diagnostics, true brings them back',
    async run() {
      const { doc } = await open('drafts/invalid-channel.msg.md');
      await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      const config = vscode.workspace.getConfiguration('msglint');
      await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor('no diagnostics', () => msglintDiagnostics(doc.uri).length === 0);
      } finally {
        await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
    },
  },
  {
    name: 'msglint.run: onSave lints when the draft is saved, not while typing',
    async run() {
      const config = vscode.workspace.getConfiguration('msglint');
      await config.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
      try {
        const { doc, editor } = await open('drafts/on-save.msg.md');
        await sleep(500);
        assert.equal(msglintDiagnostics(doc.uri).filter((x) => ruleId(x) === 'front-matter/invalid-value').length, 0);
        const line = doc.getText().split('\n').indexOf('channel: email');
        await editor.edit((b) => b.replace(new vscode.Range(line, 9, line, 14), 'emial'));
        await sleep(1500);
        assert.equal(
          msglintDiagnostics(doc.uri).filter((x) => ruleId(x) === 'front-matter/invalid-value').length,
          0,
          'no new finding before the save',
        );
        await doc.save();
        await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      } finally {
        await config.update('run', undefined, vscode.ConfigurationTarget.Workspace);
      }
    },
  },
  {
    name: 'msglint.severity overrides a rule severity',
    async run() {
      const { doc } = await open('drafts/invalid-channel.msg.md');
      await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      const config = vscode.workspace.getConfiguration('msglint');
      await config.update('severity', { 'front-matter/invalid-value': 'warning' }, vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor('a warning', () =>
          msglintDiagnostics(doc.uri).some(
            (x) => ruleId(x) === 'front-matter/invalid-value' && x.severity === vscode.DiagnosticSeverity.Warning,
          ),
        );
      } finally {
        await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
      }
    },
  },
  {
    name: '"msglint: New draft…" creates a draft with front matter',
    async run() {
      const target = workspaceFile('drafts/new-quotation.msg.md');
      const created = await vscode.commands.executeCommand<vscode.Uri>('msglint.newDraft', {
        channel: 'email',
        template: 'quotation',
        uri: target,
      });
      assert.equal(created?.toString(), target.toString());
      const editor = await waitFor('the new draft in an editor', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() === target.toString() && e;
      });
      const doc = editor.document;
      assert.equal(doc.languageId, LANGUAGE_ID);
      assert.match(doc.getText(), /^---\nchannel: email\nstage: negotiation\nlang: en\n---\n/);
      assert.match(doc.getText(), /quotation/);
      await doc.save();
      const status = await waitFor('a draft status for the new draft', () => api.draftStatus(doc.uri));
      assert.equal(status.channel, 'email');
      assert.ok(
        msglintDiagnostics(doc.uri).every((x) => !ruleId(x).startsWith('front-matter/')),
        'valid front matter',
      );
    },
  },
  {
    name: '"msglint: Restart server" and "msglint: Show output"',
    async run() {
      await vscode.commands.executeCommand('msglint.showOutput');
      await vscode.commands.executeCommand('msglint.restartServer');
      await api.ready();
      const { doc } = await open('drafts/invalid-channel.msg.md');
      await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      const fixed = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        msglintDiagnostics(doc.uri)[0].range,
      );
      assert.ok(fixed.length > 0, 'the restarted server answers code action requests');
    },
  },
  {
    name: 'workspace trust: .msglintrc.yaml applies only in a trusted workspace',
    async run() {
      assert.equal(api.initializationOptions().workspaceTrusted, vscode.workspace.isTrusted);
      console.log(`workspace trusted: ${vscode.workspace.isTrusted}`);
      if (process.env.MSGLINT_EXPECT_TRUSTED) assert.equal(String(vscode.workspace.isTrusted), process.env.MSGLINT_EXPECT_TRUSTED);
      const { doc } = await open('trust/draft.msg.md');
      const [d] = await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      if (vscode.workspace.isTrusted) {
        await waitFor('the .msglintrc.yaml severity (warning)', () =>
          msglintDiagnostics(doc.uri).some(
            (x) => ruleId(x) === 'front-matter/invalid-value' && x.severity === vscode.DiagnosticSeverity.Warning,
          ),
        );
      } else {
        await sleep(1500);
        const now = msglintDiagnostics(doc.uri).find((x) => ruleId(x) === 'front-matter/invalid-value') ?? d;
        assert.equal(
          now.severity,
          vscode.DiagnosticSeverity.Error,
          'untrusted: the config file is not loaded, the built-in severity stays',
        );
      }
    },
  },
  {
    name: 'display language: with msglint.locale auto, messages follow VS Code',
    async run() {
      const { doc } = await open('drafts/locale.msg.md');
      const [d] = await diagnosticsWith(doc.uri, 'front-matter/invalid-value');
      const chineseUi = vscode.env.language.toLowerCase().startsWith('zh');
      console.log(`display language: ${vscode.env.language}`);
      if (process.env.MSGLINT_EXPECT_DISPLAY_LANGUAGE) assert.equal(vscode.env.language, process.env.MSGLINT_EXPECT_DISPLAY_LANGUAGE);
      assert.equal(/[\u4e00-\u9fff]/.test(d.message), chineseUi, `message "${d.message}" in the UI language ${vscode.env.language}`);
    },
  },
  {
    name: 'display language: contributed strings come from package.nls(.zh-cn).json',
    async run() {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const chineseUi = vscode.env.language.toLowerCase().startsWith('zh');
      // Localized manifest strings arrive either as strings or as { value, original }.
      const text = (s: string | { value: string }) => (typeof s === 'string' ? s : s.value);
      const commands = ext.packageJSON.contributes.commands as { command: string; title: string | { value: string } }[];
      const title = text(commands.find((c) => c.command === 'msglint.newDraft')!.title);
      assert.equal(title, chineseUi ? '新建草稿…' : 'New draft…');
      const description = text(ext.packageJSON.contributes.configuration.properties['msglint.run'].description);
      assert.equal(/[\u4e00-\u9fff]/.test(description), chineseUi, `setting description: ${description}`);
    },
  },
  {
    name: 'contributed settings have their documented defaults',
    async run() {
      const config = vscode.workspace.getConfiguration('msglint');
      assert.equal(config.get('enable'), true);
      assert.equal(config.get('run'), 'onType');
      assert.deepEqual(config.get('severity'), {});
      assert.equal(config.get('defaultChannel'), null);
      assert.equal(config.get('locale'), 'auto');
      assert.equal(config.get('trace.server'), 'off');
      assert.equal(config.get('summary'), 'auto');
      assert.equal(config.get('debounceMs'), 200);
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['msglint.newDraft', 'msglint.fixAll', 'msglint.restartServer', 'msglint.showOutput']) {
        assert.ok(commands.includes(id), `command ${id}`);
      }
    },
  },
];

export async function run(): Promise<void> {
  const results = await check(tests, (line) => console.log(line));
  const file = process.env.MSGLINT_VSCODE_RESULTS;
  if (file) writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) throw new Error(`${failed.length} of ${results.length} extension tests failed`);
}
