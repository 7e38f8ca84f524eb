import type { Connection } from 'vscode-languageserver/node.js';
import { DEFAULT_SETTINGS, type MsglintSettings } from '../shared/protocol.js';

const SETTINGS_TIMEOUT_MS = 2000;
const SEVERITY = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Reads any value the client sent as `msglint` settings, keeping only valid fields. */
export function normalizeSettings(raw: unknown): MsglintSettings {
  const out: MsglintSettings = { ...DEFAULT_SETTINGS, severity: {} };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') out.enable = r.enable;
  if (r.run === 'onType' || r.run === 'onSave') out.run = r.run;
  if (typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) && r.debounceMs >= 0) out.debounceMs = Math.min(r.debounceMs, 10_000);
  if (r.severity && typeof r.severity === 'object') {
    for (const [key, value] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITY.has(value)) out.severity[key] = value as MsglintSettings['severity'][string];
    }
  }
  if (typeof r.defaultChannel === 'string' && r.defaultChannel.trim() !== '') out.defaultChannel = r.defaultChannel.trim();
  if (r.locale === 'auto' || r.locale === 'en' || r.locale === 'zh-cn') out.locale = r.locale;
  else if (typeof r.locale === 'string' && /^zh/i.test(r.locale)) out.locale = 'zh-cn';
  if (r.summary === 'auto' || r.summary === 'codeLens' || r.summary === 'inlayHint' || r.summary === 'off') out.summary = r.summary;
  // A whole number of characters, at least 1: `0.5` is invalid (it used to round down to 0 and silence every draft).
  if (typeof r.maxLength === 'number' && Number.isInteger(r.maxLength) && r.maxLength >= 1) out.maxLength = r.maxLength;
  return out;
}

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
        .then(normalizeSettings, () => this.pushed);
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
