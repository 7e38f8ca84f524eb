// The language server for VS Code for the Web (vscode.dev, github.dev): runs in a web worker and
// talks LSP over postMessage. It checks with the built-in packs embedded at build time (no file
// system: workspace config files and packs are not read), and offers diagnostics, hover (the rule's
// reasoning and a good version) and quick fixes. Built by scripts/build-web.mjs.
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Hover,
} from 'vscode-languageserver/browser.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CHANNELS, type Channel, type Diagnostic, type Fix, type Locale } from '../engine/index.js';
import { describeRule, lint } from '../../../web/engine/index.js';
import type { InitializationOptions, MsglintSettings } from '../shared/protocol.js';
import { DEFAULT_SETTINGS, parseSettings } from '../shared/settings.js';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const SOURCE = 'msglint';
const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
const LABELS = { why: { en: 'Why', zh: '原因' }, good: { en: 'Better', zh: '更好的写法' } };

interface FindingData {
  ruleId: string;
  version: number;
  fix?: Fix;
}

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const documents = new TextDocuments(TextDocument);
/** The last findings per document, for hover (only while they match the document's version). */
const results = new Map<string, { version: number; locale: Locale; diagnostics: Diagnostic[] }>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
let canReadConfiguration = false;
let displayLocale: Locale = 'en';

connection.onInitialize((params) => {
  canReadConfiguration = params.capabilities.workspace?.configuration === true;
  const options = params.initializationOptions as InitializationOptions | undefined;
  displayLocale = /^zh/i.test(options?.displayLanguage ?? params.locale ?? '') ? 'zh' : 'en';
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'msglint (web)' },
  };
});

async function settingsFor(uri: string): Promise<MsglintSettings> {
  if (!canReadConfiguration) return DEFAULT_SETTINGS;
  try {
    return parseSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'msglint' }));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

async function check(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const settings = await settingsFor(uri);
  const now = documents.get(uri);
  if (!now || now.version !== doc.version) return; // changed meanwhile: a newer check follows
  const locale: Locale = settings.locale === 'zh-cn' ? 'zh' : settings.locale === 'en' ? 'en' : displayLocale;
  const channel = (CHANNELS as readonly string[]).includes(settings.defaultChannel ?? '')
    ? (settings.defaultChannel as Channel)
    : undefined;
  const diagnostics = settings.enable
    ? lint(doc.getText(), { channel, locale }).filter(
        (d) => settings.severity[d.ruleId] !== 'off' && settings.severity[d.ruleId.split('/')[0]] !== 'off',
      )
    : [];
  results.set(uri, { version: doc.version, locale, diagnostics });
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnostics.map((d) => toLsp(d, doc.version)) });
}

function toLsp(d: Diagnostic, version: number): LspDiagnostic {
  const data: FindingData = { ruleId: d.ruleId, version, ...(d.fix ? { fix: d.fix } : {}) };
  return { range: d.range, severity: SEVERITY[d.severity], source: SOURCE, code: d.ruleId, message: d.message, data };
}

function schedule(uri: string, delay: number): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => void check(uri), delay),
  );
}

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri, DEFAULT_SETTINGS.debounceMs));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  results.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});
connection.onDidChangeConfiguration(() => {
  for (const doc of documents.all()) schedule(doc.uri, 0);
});

connection.onCodeAction(({ textDocument, context }) => {
  const doc = documents.get(textDocument.uri);
  if (!doc) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    const data = diagnostic.data as FindingData | undefined;
    // A fix computed for another version of the text would edit the wrong characters.
    if (diagnostic.source !== SOURCE || !data?.fix || data.version !== doc.version) continue;
    actions.push({
      title: data.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: data.fix.safe,
      edit: { changes: { [doc.uri]: data.fix.edits } },
    });
  }
  return actions;
});

connection.onHover(({ textDocument, position }): Hover | null => {
  const doc = documents.get(textDocument.uri);
  const result = results.get(textDocument.uri);
  if (!doc || !result || result.version !== doc.version) return null;
  const offset = doc.offsetAt(position);
  const hits = result.diagnostics.filter((d) => d.offsets.start <= offset && offset <= d.offsets.end);
  if (hits.length === 0) return null;
  const escapeMarkdown = (s: string) => s.replace(/([\\`*_<>[\]])/g, '\\$1');
  const sections = hits.map((d) => {
    const rule = describeRule(d.ruleId, result.locale);
    const lines = [`**${escapeMarkdown(d.message)}** \`${d.ruleId}\``];
    if (rule?.rationale) lines.push(`${LABELS.why[result.locale]}: ${escapeMarkdown(rule.rationale)}`);
    if (rule?.good) lines.push(`${LABELS.good[result.locale]}: ${escapeMarkdown(rule.good)}`);
    return lines.join('\n\n');
  });
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    ...(hits.length === 1 ? { range: hits[0].range } : {}),
  };
});

documents.listen(connection);
connection.listen();
