import type { Connection } from 'vscode-languageserver/node.js';
import type { MsglintSettings } from '../shared/protocol.js';
import { parseSettings } from '../shared/settings.js';

const SETTINGS_TIMEOUT_MS = 2000;

/** Reads any value the client sent as `msglint` settings, keeping only valid fields (see shared/settings.ts). */
export const normalizeSettings = parseSettings;

/**
 * The `msglint` settings per document: pulled with `workspace/configuration` when the client
 * supports it (cached until `workspace/didChangeConfiguration`), else the last pushed settings.
 */
export class SettingsStore {
  private cache = new Map<string, Promise<MsglintSettings>>();
  private pushed: MsglintSettings = normalizeSettings(undefined);

  constructor(
    private connection: Connection,
    private pull: () => boolean,
  ) {}

  get(uri: string): Promise<MsglintSettings> {
    if (!this.pull()) return Promise.resolve(this.pushed);
    let pending = this.cache.get(uri);
    if (!pending) {
      const answer = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'msglint' })
        // A client with nothing configured answers null: the initial (or pushed) settings stand.
        .then(
          (raw) => (raw === null || raw === undefined ? this.pushed : normalizeSettings(raw)),
          () => this.pushed,
        );
      // A client that never answers must not stop linting: go on with the defaults meanwhile.
      let timer: NodeJS.Timeout | undefined;
      const fallback = new Promise<MsglintSettings>((resolve) => {
        timer = setTimeout(() => resolve(this.pushed), SETTINGS_TIMEOUT_MS);
      });
      pending = Promise.race([answer, fallback]).finally(() => clearTimeout(timer));
      const cached = pending;
      this.cache.set(uri, cached);
      void answer.then((settings) => {
        if (this.cache.get(uri) === cached) this.cache.set(uri, Promise.resolve(settings));
      });
    }
    return pending;
  }

  /** Settings from `initializationOptions.settings`: in force until the client pushes or is asked for others. */
  initial(settings: unknown): void {
    this.pushed = normalizeSettings(settings);
  }

  /** `workspace/didChangeConfiguration`: forget cached settings; keep pushed ones for clients that push. */
  changed(settings: unknown): void {
    this.cache.clear();
    if (settings && typeof settings === 'object' && 'msglint' in settings) {
      this.pushed = normalizeSettings((settings as { msglint: unknown }).msglint);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
