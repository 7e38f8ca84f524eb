// The status bar item: the active draft's channel and stage as the server understood them, and its finding count.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type DraftStatusParams } from '../../server/src/shared/protocol';

export class DraftStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly byUri = new Map<string, DraftStatusParams>();
  private readonly closeListener: vscode.Disposable;

  constructor() {
    this.item = vscode.window.createStatusBarItem('msglint.draftStatus', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('msglint draft status');
    this.item.command = 'workbench.actions.view.problems';
    this.closeListener = vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(doc.uri.toString()));
  }

  update(params: DraftStatusParams): void {
    this.byUri.set(normalize(params.uri), params);
    const active = vscode.window.activeTextEditor?.document;
    if (active && normalize(active.uri.toString()) === normalize(params.uri)) this.show(active);
  }

  get(uri: vscode.Uri): DraftStatusParams | undefined {
    return this.byUri.get(normalize(uri.toString()));
  }

  clear(): void {
    this.byUri.clear();
    this.item.hide();
  }

  show(doc: vscode.TextDocument | undefined): void {
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const status = this.get(doc.uri);
    if (!status) {
      this.item.text = '$(loading~spin) msglint';
      this.item.tooltip = vscode.l10n.t('msglint is checking this draft…');
      this.item.show();
      return;
    }
    const channel = status.channel ?? vscode.l10n.t('no channel');
    const stage = status.stage ? ` · ${status.stage}` : '';
    const total = status.errors + status.warnings + status.infos;
    const count =
      total === 0 ? vscode.l10n.t('no findings') : total === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', total);
    const icon = status.errors > 0 ? '$(error)' : status.warnings > 0 ? '$(warning)' : total > 0 ? '$(info)' : '$(check)';
    this.item.text = `$(mail) ${channel}${stage} ${icon} ${count}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**msglint**\n\n`);
    tooltip.appendMarkdown(`${vscode.l10n.t('Channel: {0}', channel)}  \n`);
    tooltip.appendMarkdown(`${vscode.l10n.t('Stage: {0}', status.stage ?? vscode.l10n.t('not set'))}  \n`);
    tooltip.appendMarkdown(`${vscode.l10n.t('Language: {0}', status.lang)}  \n`);
    tooltip.appendMarkdown(`${vscode.l10n.t('Errors: {0}, warnings: {1}, infos: {2}', status.errors, status.warnings, status.infos)}\n\n`);
    tooltip.appendMarkdown(vscode.l10n.t('Click to open the Problems view.'));
    this.item.tooltip = tooltip;
    this.item.backgroundColor = status.errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.closeListener.dispose();
    this.item.dispose();
  }
}

/** The server may spell file URIs slightly differently (e.g. percent-encoding of `:`); compare parsed forms. */
function normalize(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}
