import type { Connection } from 'vscode-languageserver/node.js';
import type { TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadRulePack, parseConfig, type SourceError } from '../engine/index.js';
import type { DraftContext } from '../node/project.js';
import { sourceErrorToLsp } from './diagnostics.js';
import { isConfigFile, pathToUri, uriToPath } from './files.js';
import { readFileSync } from 'node:fs';

/**
 * Diagnostics for `.msglintrc.yaml` files and rule packs: pushed to each file in force (open in
 * the editor or not), from its live text while it is open, from disk otherwise.
 */
export class ConfigDiagnostics {
  private readonly onDisk = new Map<string, SourceError[]>();
  private readonly kinds = new Map<string, 'config' | 'pack'>();
  private readonly published = new Map<string, string>();
  private pending: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** Records the config file and packs a draft was linted with. */
  note(context: DraftContext): void {
    let changed = false;
    const set = (path: string, kind: 'config' | 'pack', errors: SourceError[]) => {
      const before = this.onDisk.get(path);
      if (before && JSON.stringify(before) === JSON.stringify(errors)) return;
      this.onDisk.set(path, errors);
      this.kinds.set(path, kind);
      changed = true;
    };
    for (const pack of context.rules.packs) set(pack.path, 'pack', pack.errors);
    if (context.configPath)
      set(
        context.configPath,
        'config',
        context.errors.filter((e) => e.path === context.configPath),
      );
    if (changed) this.schedule(0);
  }

  /** Config files or packs changed on disk: forget what was read (drafts re-lint and `note` again). */
  reset(): void {
    this.onDisk.clear();
    this.schedule(50);
  }

  /** Whether an open document is a config file or a pack msglint uses (its edits get diagnostics). */
  tracks(uri: string): boolean {
    const path = uriToPath(uri);
    return !!path && (this.kinds.has(path) || isConfigFile(uri));
  }

  schedule(delay: number): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.flush();
    }, delay);
  }

  flush(): void {
    const wanted = new Map<string, ReturnType<typeof sourceErrorToLsp>[]>();
    const paths = new Set(this.onDisk.keys());
    for (const doc of this.documents.all()) {
      const path = uriToPath(doc.uri);
      if (path && isConfigFile(doc.uri)) {
        paths.add(path);
        this.kinds.set(path, 'config');
      }
    }
    for (const path of paths) {
      const uri = pathToUri(path);
      const open = this.documents.get(uri);
      const kind = this.kinds.get(path) ?? 'pack';
      let errors: SourceError[];
      let text: string | undefined;
      if (open) {
        text = open.getText();
        errors = kind === 'config' ? parseConfig(text, path).errors : loadRulePack(text, path).errors;
      } else {
        errors = this.onDisk.get(path) ?? [];
        try {
          text = errors.length > 0 ? readFileSync(path, 'utf8') : undefined;
        } catch {
          text = undefined;
        }
      }
      wanted.set(
        uri,
        errors.map((e) => sourceErrorToLsp(e, text, kind === 'config' ? 'msglint/config' : 'msglint/rule-pack')),
      );
    }
    for (const uri of this.published.keys()) if (!wanted.has(uri)) wanted.set(uri, []);
    for (const [uri, diagnostics] of wanted) {
      const signature = JSON.stringify(diagnostics);
      if ((this.published.get(uri) ?? '[]') === signature) continue;
      if (diagnostics.length === 0) this.published.delete(uri);
      else this.published.set(uri, signature);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }
}
