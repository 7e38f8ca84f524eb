// The msglint language server: wires the engine (through the node adapters) to LSP.
// Each feature lives in its own module; this file owns documents, scheduling and the connection.
import { join } from 'node:path';
import { cwd } from 'node:process';
import {
  CodeActionKind,
  CompletionTriggerKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDraft } from '../engine/index.js';
import { Project } from '../node/project.js';
import {
  COMMANDS,
  DRAFT_STATUS_NOTIFICATION,
  FIX_ALL_KIND,
  type DraftStatusParams,
  type InitializationOptions,
  type MsglintSettings,
} from '../shared/protocol.js';
import { codeActions, fixAllEdits, versionedEdit, type EditCapabilities } from './codeActions.js';
import { completion, frontMatterHover } from './completion.js';
import { ConfigDiagnostics } from './configDiagnostics.js';
import { isConfigFile, isDraft, isYaml, uriToPath } from './files.js';
import { hover } from './hover.js';
import { Linting, type LintEntry, type LintingEnv } from './linting.js';
import { resolveLocale } from './locale.js';
import { describeError, Logger } from './log.js';
import { Scheduler } from './scheduler.js';
import { SettingsStore } from './settings.js';
import { loadSnippets, type Snippet } from './snippets.js';
import { summaryCodeLens, summaryHover, summaryInlayHint } from './summary.js';

export const SERVER_NAME = 'msglint-language-server';

export interface ServerOptions {
  /** Replaces the rules a draft is linted with (fault injection in tests; production passes nothing). */
  rules?: LintingEnv['rules'];
}

export function startServer(connection: Connection, version = '0.0.0', options: ServerOptions = {}): void {
  const log = new Logger(connection.console);
  const documents = new TextDocuments(TextDocument);
  let caps: ClientCapabilities = {};
  // Untrusted until `initialize` says otherwise (nothing reaches the handlers before it anyway: protocolGate.ts).
  let init: InitializationOptions = { workspaceTrusted: false };
  let clientLocale: string | undefined;
  let root = cwd();
  let pullMode = false;
  let project = new Project();
  let snippets: Snippet[] | undefined;

  const settings = new SettingsStore(connection, () => !!caps.workspace?.configuration);
  const configDiagnostics = new ConfigDiagnostics(connection, documents);
  const linting = new Linting({
    project: () => project,
    settings,
    clientLocale: () => init.displayLanguage ?? clientLocale,
    workspaceRoot: () => root,
    log,
    onContext: (context) => configDiagnostics.note(context),
    rules: options.rules,
  });
  const editCaps = (): EditCapabilities => ({ documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges });
  const current = (uri: string) => () => documents.get(uri);
  const drafts = () => documents.all().filter((d) => isDraft(d.uri, d.languageId));
  const draft = (uri: string) => {
    const doc = documents.get(uri);
    return doc && isDraft(doc.uri, doc.languageId) ? doc : undefined;
  };

  // ---- lifecycle --------------------------------------------------------------------------
  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    clientLocale = params.locale;
    const options = (params.initializationOptions ?? {}) as Partial<InitializationOptions>;
    // Trust fails closed: only an explicit `true` loads the workspace's config and rule packs.
    init = {
      workspaceTrusted: options.workspaceTrusted === true,
      displayLanguage: typeof options.displayLanguage === 'string' ? options.displayLanguage : undefined,
      clientProvidesSnippets: options.clientProvidesSnippets === true,
    };
    // Clients that neither declare `workspace/configuration` nor send `didChangeConfiguration`
    // (Neovim 0.7–0.9, …) pass the `msglint` settings here.
    // (Helix sends its whole `config` table here: `msglint` there is the same section.)
    const initial = options.settings ?? (options as { msglint?: unknown }).msglint;
    if (initial !== undefined) settings.initial(initial);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    root = (folder && uriToPath(folder)) ?? params.rootPath ?? cwd();
    project = new Project({ trusted: init.workspaceTrusted });
    pullMode = !!caps.textDocument?.diagnostic;
    log.info(
      `${SERVER_NAME} ${version} (${pullMode ? 'pull' : 'push'} diagnostics, workspace ${init.workspaceTrusted ? 'trusted' : 'untrusted: built-in rules only'})`,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pullMode ? { diagnosticProvider: { identifier: 'msglint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [COMMANDS.fixAll] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':'], resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
      },
      serverInfo: { name: SERVER_NAME, version },
    };
  });

  connection.onInitialized(() => {
    // Load and compile the rule packs (and the engine's lazy tables) before the first draft arrives.
    setImmediate(() => warmUp(project, root, log));
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'msglint' });
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration && init.workspaceTrusted) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.msglintrc.{yaml,yml}' }, { globPattern: '**/*.{yaml,yml}' }],
      });
    }
  });

  // ---- push diagnostics, debounced per document ---------------------------------------------
  const scheduler = new Scheduler((uri) => void lintAndPublish(uri));
  const schedule = (uri: string, delay: number) => scheduler.schedule(uri, delay);
  const justOpened = new Set<string>();

  async function lintAndPublish(uri: string): Promise<void> {
    const doc = draft(uri);
    if (!doc) return;
    try {
      const entry = await linting.lint(doc, current(uri));
      // A newer version arrived (or the document closed) while this one was in flight: drop it.
      if (!entry || documents.get(uri)?.version !== entry.version) return;
      if (!pullMode) void connection.sendDiagnostics({ uri, version: entry.version, diagnostics: entry.diagnostics });
      sendStatus(entry);
    } catch (error) {
      log.error(`linting ${uri} failed: ${describeError(error)}`);
    }
  }

  function sendStatus(entry: LintEntry): void {
    const { draft: d, diagnostics } = entry.result;
    const params: DraftStatusParams = {
      uri: entry.uri,
      channel: d.channel ?? null,
      stage: d.stage ?? null,
      lang: d.lang,
      errors: diagnostics.filter((x) => x.severity === 'error').length,
      warnings: diagnostics.filter((x) => x.severity === 'warning').length,
      infos: diagnostics.filter((x) => x.severity === 'info' || x.severity === 'hint').length,
    };
    void connection.sendNotification(DRAFT_STATUS_NOTIFICATION, params);
  }

  /** Settings, config files or packs changed: every open draft is linted again. */
  function reapply(): void {
    linting.invalidate();
    if (pullMode) {
      if (caps.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
      for (const doc of drafts()) void linting.lint(doc, current(doc.uri)).then((e) => e && sendStatus(e));
    } else {
      for (const doc of drafts()) schedule(doc.uri, 0);
    }
    if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (caps.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  documents.onDidOpen((event) => {
    if (isDraft(event.document.uri, event.document.languageId)) justOpened.add(event.document.uri);
    else if (configDiagnostics.tracks(event.document.uri)) configDiagnostics.schedule(0);
  });

  documents.onDidChangeContent((event) => {
    const { uri, languageId } = event.document;
    if (!isDraft(uri, languageId)) {
      if (configDiagnostics.tracks(uri)) configDiagnostics.schedule(200);
      return;
    }
    const opened = justOpened.delete(uri);
    if (pullMode && !opened) return; // the client pulls after each change
    void settings.get(uri).then((s: MsglintSettings) => {
      if (opened) schedule(uri, 0);
      else if (s.run === 'onType') schedule(uri, s.debounceMs);
    });
  });

  documents.onDidSave((event) => {
    const { uri, languageId } = event.document;
    if (isDraft(uri, languageId)) {
      void settings.get(uri).then((s) => {
        if (s.run !== 'onSave') return;
        if (pullMode) {
          void linting.lint(event.document, current(uri)).then((entry) => {
            if (entry) sendStatus(entry);
            if (caps.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
          });
        } else schedule(uri, 0);
      });
    } else if (init.workspaceTrusted && (configDiagnostics.tracks(uri) || isConfigFile(uri))) {
      // For clients without file watching: saving a config file or pack re-applies it.
      filesChanged();
    }
  });

  documents.onDidClose((event) => {
    const { uri } = event.document;
    scheduler.cancel(uri);
    justOpened.delete(uri);
    linting.forget(uri);
    settings.forget(uri);
    if (isDraft(uri, event.document.languageId) && !pullMode) void connection.sendDiagnostics({ uri, diagnostics: [] });
    if (configDiagnostics.tracks(uri)) configDiagnostics.schedule(0);
  });

  // ---- pull diagnostics ------------------------------------------------------------------------
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    await yieldToEventLoop();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const doc = draft(uri);
    if (!doc) return { kind: 'full', items: [] };
    const s = await settings.get(uri);
    const entry = (s.run === 'onSave' ? linting.last(uri) : undefined) ?? (await linting.current(doc, current(uri)));
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (!entry) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    sendStatus(entry);
    const resultId = `${entry.generation}:${entry.version}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: entry.diagnostics };
  });

  // ---- configuration and watched files --------------------------------------------------------
  connection.onDidChangeConfiguration((params) => {
    settings.changed(params.settings);
    reapply();
  });

  function filesChanged(): void {
    project.invalidate();
    configDiagnostics.reset();
    reapply();
  }

  connection.onDidChangeWatchedFiles((params) => {
    if (!init.workspaceTrusted) return;
    if (params.changes.some((c) => isYaml(c.uri) || isConfigFile(c.uri))) filesChanged();
  });

  // ---- features --------------------------------------------------------------------------------
  async function entryFor(uri: string, token: CancellationToken): Promise<{ doc: TextDocument; entry: LintEntry } | undefined> {
    const doc = draft(uri);
    if (!doc) return undefined;
    const entry = await linting.current(doc, current(uri));
    if (!entry || token.isCancellationRequested) return undefined;
    return { doc, entry };
  }

  connection.onCodeAction(
    guard('codeAction', async (params, token) => {
      const found = await entryFor(params.textDocument.uri, token);
      return found ? codeActions(found.doc, found.entry, params, editCaps()) : null;
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', async (params, token) => {
      if (params.command !== COMMANDS.fixAll) return null;
      const uri = params.arguments?.[0];
      if (typeof uri !== 'string') return null;
      const found = await entryFor(uri, token);
      if (!found) return null;
      const edits = fixAllEdits(found.doc, found.entry);
      if (edits.length === 0) return null;
      await connection.workspace.applyEdit({ label: 'msglint: fix all', edit: versionedEdit(found.doc, edits, editCaps()) });
      return null;
    }),
  );

  connection.onHover(
    guard('hover', async (params, token) => {
      const found = await entryFor(params.textDocument.uri, token);
      if (!found) return null;
      // The spec's default, when a client declares no formats, is plain text.
      const markdown = !!caps.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown);
      return (
        hover(found.entry, params.position, markdown) ??
        frontMatterHover(found.doc, params.position, found.entry.locale, markdown) ??
        // The summary for every client, lens or inlay hint or not (Neovim 0.7–0.9 have neither).
        (params.position.line === 0 ? summaryHover(found.entry, markdown) : null)
      );
    }),
  );

  connection.onCompletion(
    guard('completion', async (params, token) => {
      const doc = draft(params.textDocument.uri);
      if (!doc) return null;
      const s = await settings.get(doc.uri);
      if (token.isCancellationRequested) return null;
      const locale = linting.last(doc.uri)?.locale ?? resolveLocale(s.locale, undefined, init.displayLanguage ?? clientLocale);
      snippets ??= loadSnippets(log);
      const items = completion(
        doc,
        params.position,
        locale,
        {
          snippets: !!caps.textDocument?.completion?.completionItem?.snippetSupport,
          markdown: !!caps.textDocument?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown),
          offerSnippets: !init.clientProvidesSnippets && params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter,
        },
        snippets,
      );
      return items;
    }),
  );

  function summaryMode(entry: LintEntry): 'codeLens' | 'inlayHint' | 'off' {
    const mode = entry.settings.summary ?? 'auto';
    if (mode !== 'auto') return mode;
    return caps.textDocument?.codeLens ? 'codeLens' : caps.textDocument?.inlayHint ? 'inlayHint' : 'off';
  }

  connection.onCodeLens(
    guard('codeLens', async (params, token) => {
      const found = await entryFor(params.textDocument.uri, token);
      return found && summaryMode(found.entry) === 'codeLens' ? summaryCodeLens(found.entry) : [];
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlayHint', async (params, token) => {
      const found = await entryFor(params.textDocument.uri, token);
      if (!found || summaryMode(found.entry) !== 'inlayHint' || params.range.start.line > 0) return [];
      const firstLine = found.doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
      return summaryInlayHint(found.entry, firstLine.length);
    }),
  );

  /** A handler failure is one log line and an empty answer, never a crashed server. */
  function guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R | null> => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log.error(`${name} failed: ${describeError(error)}`);
        return null;
      }
    };
  }

  documents.listen(connection);
  connection.listen();
}

const WARM_UP_DRAFT =
  '---\nchannel: email\nstage: inquiry\n---\nDear Peter, the price is 4.60. Please send the code.\n\n您好，单价4.6，请发验证码。\n';

function warmUp(project: Project, root: string, log: Logger): void {
  const started = performance.now();
  try {
    const context = project.contextFor(join(root, 'warm-up.msg.md'));
    lintDraft(WARM_UP_DRAFT, context.rules.rules, {});
    log.debug(`warm-up took ${(performance.now() - started).toFixed(0)} ms`);
  } catch (error) {
    log.warn(`warm-up failed: ${describeError(error)}`);
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
