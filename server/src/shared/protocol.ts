// The typed contract between the VS Code client and the language server (as in vscode-spell-checker).
// Both sides import this file; neither may send anything not described here.

/** Sent by the client in `initialize.initializationOptions`. */
export interface InitializationOptions {
  /** False in an untrusted workspace: the server then loads only the built-in rule packs and ignores config files. */
  workspaceTrusted: boolean;
  /** UI language, e.g. "en" or "zh-cn" (VS Code's display language); `msglint.locale` overrides it. */
  displayLanguage?: string;
  /**
   * True when the client contributes the `snippets/` itself (the VS Code extension does): the server
   * then leaves snippets out of its completions, so they are not offered twice.
   */
  clientProvidesSnippets?: boolean;
  /** The `msglint` settings, for clients that cannot answer `workspace/configuration` (Neovim 0.7–0.9 `init_options`). */
  settings?: Partial<MsglintSettings>;
}

/** The `msglint` configuration section, read with `workspace/configuration`; defined by the zod schema in settings.ts. */
import type { MsglintSettings } from './settings.js';

export type { MsglintSettings };

/** Custom notification from server to client: what the server understood of a draft (for the status bar). */
export const DRAFT_STATUS_NOTIFICATION = 'msglint/draftStatus';
export interface DraftStatusParams {
  uri: string;
  channel: string | null;
  stage: string | null;
  lang: 'en' | 'zh';
  errors: number;
  warnings: number;
  infos: number;
}

/** Command ids the server executes (`workspace/executeCommand`). */
export const COMMANDS = {
  /** Arguments: [uri: string]. Applies every safe fix of the document via `workspace/applyEdit`. */
  fixAll: 'msglint.server.fixAll',
} as const;

/** The code action kind for "fix all" (used by `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.msglint';

/** Language id of drafts; `*.msg.md` files. */
export const LANGUAGE_ID = 'msglint-draft';
