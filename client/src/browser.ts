// The msglint client for VS Code for the Web (vscode.dev, github.dev): the language server runs
// in a web worker from this extension (dist/browserServer.js) with the built-in rule packs.
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { LANGUAGE_ID, type InitializationOptions } from '../../server/src/shared/protocol';
import { newDraft, type NewDraftArgs } from './newDraft';

// The web extension host is a web worker: it has Worker and Blob, which this Node-typed project does not declare.
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3];
declare const Worker: new (url: string) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/**
 * The server's worker. On vscode.dev the extension is served over https and the script loads by URL;
 * installed on a remote (code-server, Codespaces) its URI is vscode-remote:, from which the web
 * extension host refuses to start workers, so the worker starts from the script's text instead.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'browserServer.js');
  if (script.scheme === 'http' || script.scheme === 'https') return new Worker(script.toString(true));
  const source = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('msglint', { log: true });
  const initializationOptions: InitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    displayLanguage: vscode.env.language,
    clientProvidesSnippets: true,
  };
  const clientOptions: LanguageClientOptions = {
    // Any scheme: on the web, drafts live in virtual file systems (vscode-vfs, github, memfs …).
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'msglint' },
    initializationOptions,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    markdown: { isTrusted: false, supportHtml: false },
  };
  const worker = await startServerWorker(context.extensionUri);
  client = new LanguageClient('msglint', 'msglint', clientOptions, worker);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('msglint.newDraft', (args?: NewDraftArgs) => newDraft(args)),
    vscode.commands.registerCommand('msglint.showOutput', () => output.show(true)),
    { dispose: () => void client?.stop() },
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
