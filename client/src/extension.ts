// The VS Code client of msglint: starts the bundled language server (node IPC) and adds the editor
// glue (commands, status bar, workspace trust, display language). No rule logic lives here.
// Privacy: the client logs no draft text and makes no network requests.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  COMMANDS,
  DRAFT_STATUS_NOTIFICATION,
  LANGUAGE_ID,
  type DraftStatusParams,
  type InitializationOptions,
} from '../../server/src/shared/protocol';
import { newDraft, type NewDraftArgs } from './newDraft';
import { DraftStatusBar } from './statusBar';

const CLIENT_ID = 'msglint';

/** What `activate` returns: used by the extension tests, stable enough for other extensions. */
export interface MsglintApi {
  /** Resolves once the server is running (again, after a restart). */
  ready(): Promise<void>;
  /** The options sent in `initialize`, as last sent. */
  initializationOptions(): InitializationOptions;
  /** The last draft status the server sent for a document. */
  draftStatus(uri: vscode.Uri): DraftStatusParams | undefined;
  /** The language client (undefined while stopped). */
  client(): LanguageClient | undefined;
}

let client: LanguageClient | undefined;
let starting: Promise<void> = Promise.resolve();
let lastInitOptions: InitializationOptions = { workspaceTrusted: false };

export function activate(context: vscode.ExtensionContext): MsglintApi {
  const output = vscode.window.createOutputChannel('msglint', { log: true });
  const statusBar = new DraftStatusBar();
  context.subscriptions.push(output, statusBar);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));

  const createClient = (): LanguageClient => {
    lastInitOptions = {
      workspaceTrusted: vscode.workspace.isTrusted,
      displayLanguage: vscode.env.language,
      // The extension contributes snippets/ itself; the server must not offer them a second time.
      clientProvidesSnippets: true,
    };
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6012'] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: LANGUAGE_ID, scheme: 'file' },
        { language: LANGUAGE_ID, scheme: 'untitled' },
      ],
      // didChangeConfiguration tells the server to pull the `msglint` section again.
      synchronize: { configurationSection: 'msglint' },
      initializationOptions: lastInitOptions,
      outputChannel: output,
      traceOutputChannel: output,
      // Show the output only when the user asks for it, never pop it up for server log lines.
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      markdown: { isTrusted: false, supportHtml: false },
    };
    const c = new LanguageClient(CLIENT_ID, 'msglint', serverOptions, clientOptions);
    c.onNotification(DRAFT_STATUS_NOTIFICATION, (params: DraftStatusParams) => statusBar.update(params));
    c.onDidChangeState((e) => {
      if (e.newState === State.Stopped) statusBar.clear();
    });
    return c;
  };

  const start = (): Promise<void> => {
    client = createClient();
    starting = client.start().catch((err: unknown) => {
      output.error(`msglint: the language server did not start: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('msglint: the language server did not start. See "msglint: Show output".'));
    });
    return starting;
  };

  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    statusBar.clear();
    if (old) {
      try {
        await old.stop(5000);
      } catch {
        // A server that died already cannot be stopped; start a new one anyway.
      }
      await old.dispose();
    }
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('msglint.newDraft', (args?: NewDraftArgs) => newDraft(args)),
    vscode.commands.registerCommand('msglint.fixAll', async (uri?: vscode.Uri | string) => {
      const target = (typeof uri === 'string' ? vscode.Uri.parse(uri) : (uri ?? vscode.window.activeTextEditor?.document.uri))?.toString();
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target);
      if (!target || doc?.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage(vscode.l10n.t('msglint: "Fix all" works on an open sales draft (*.msg.md).'));
        return;
      }
      await starting;
      if (!client) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: COMMANDS.fixAll, arguments: [target] });
    }),
    vscode.commands.registerCommand('msglint.restartServer', () => restart()),
    vscode.commands.registerCommand('msglint.showOutput', () => output.show(true)),
    // Trust changes what the server may load: start it again with the new initialization options.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart()),
    vscode.window.onDidChangeActiveTextEditor((editor) => statusBar.show(editor?.document)),
    { dispose: () => void client?.stop() },
  );

  void start();
  statusBar.show(vscode.window.activeTextEditor?.document);

  return {
    ready: () => starting,
    initializationOptions: () => lastInitOptions,
    draftStatus: (uri) => statusBar.get(uri),
    client: () => client,
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
