// A small typed LSP test client: starts the real server as a child process and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import {
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type FileEvent,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js';
import { buildServer } from './build.js';
import { MessageWaits } from './waits.js';

export interface StartOptions {
  /** Declares `textDocument.diagnostic` (pull diagnostics). */
  pull?: boolean;
  initializationOptions?: Record<string, unknown>;
  locale?: string;
  rootDir?: string;
  /** Answer to `workspace/configuration` for section `msglint`. */
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  capabilities?: ClientCapabilities;
  /** Run `dist/server.cjs`-style bundle at this path instead of the test build. */
  serverPath?: string;
}

export const defaultCapabilities = (pull: boolean): ClientCapabilities => ({
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: pull ? { refreshSupport: true } : undefined,
    codeLens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    codeLens: {},
    inlayHint: {},
    ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
  },
});

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly statuses: unknown[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly registrations: unknown[] = [];
  refreshes = 0;
  stderr = '';
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private waits = new MessageWaits();
  private versions = new Map<string, number>();

  constructor(
    readonly child: ChildProcess,
    readonly conn: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    conn.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify();
    });
    conn.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.notify();
    });
    conn.onNotification('msglint/draftStatus', (params) => {
      this.statuses.push(params);
      this.notify();
    });
    conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'msglint' ? this.settings : null)),
    );
    conn.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    conn.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      this.notify();
      return { applied: true };
    });
    for (const method of ['workspace/diagnostic/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
      conn.onRequest(method, () => {
        if (method === 'workspace/diagnostic/refresh') this.refreshes++;
        this.notify();
        return null;
      });
    }
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
  }

  private notify(): void {
    this.waits.wake();
  }

  /** Resolves when `predicate` holds, re-checked after each message from the server. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
    return this.waits.until(predicate, timeoutMs, () => `timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`);
  }

  /** The latest diagnostics pushed for `uri` (after `after` publications, if given). */
  lastDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000) {
    return this.waitFor(
      () => {
        const last = this.lastDiagnostics(uri);
        return last && predicate(last) ? last : undefined;
      },
      timeoutMs,
      `diagnostics for ${uri}`,
    );
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  open(uri: string, text: string, languageId = 'msglint-draft', version = 1): void {
    this.versions.set(uri, version);
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  save(uri: string): void {
    void this.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): void {
    void this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeConfiguration(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { msglint: settings } });
  }

  changeWatchedFiles(changes: FileEvent[]): void {
    void this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

export async function startClient(options: StartOptions = {}): Promise<TestClient> {
  const serverPath = options.serverPath ?? (await buildServer());
  const child = spawn(process.execPath, [serverPath, '--stdio'], {
    cwd: options.rootDir ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new TestClient(child, conn, options);
  const rootUri = options.rootDir ? `file://${options.rootDir}` : null;
  client.initializeResult = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
    locale: options.locale,
    capabilities: options.capabilities ?? defaultCapabilities(!!options.pull),
    initializationOptions: 'initializationOptions' in options ? options.initializationOptions : { workspaceTrusted: true },
  });
  await conn.sendNotification(InitializedNotification.type, {});
  return client;
}

/** Applies LSP text edits to a string (positions in UTF-16, as LSP counts them). */
export function applyEdits(
  text: string,
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[],
): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  const offset = (p: { line: number; character: number }) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text edits of a workspace edit for one document, whichever form the server used. */
export function editsFor(edit: WorkspaceEdit, uri: string) {
  if (edit.documentChanges) {
    return edit.documentChanges.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : []));
  }
  return edit.changes?.[uri] ?? [];
}
