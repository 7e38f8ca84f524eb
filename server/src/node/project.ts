import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  parseConfig,
  RuleSet,
  settingsFor,
  type EffectiveSettings,
  type Locale,
  type MsglintConfig,
  type SourceError,
} from '../engine/index.js';
import { readRegularTextFile } from './readRegularFile.js';
import { loadBuiltinPacks, loadPackPaths } from './rulePackFiles.js';

/** A config is a few lines; anything bigger is a mistake (or /dev/zero), refused before reading. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export const CONFIG_FILE_NAMES = ['.msglintrc.yaml', '.msglintrc.yml'];

export interface ProjectOptions {
  /** false: ignore `.msglintrc.yaml` files (`--no-config`, untrusted workspaces). */
  useConfig?: boolean;
  /** One config file for every draft (`--config F`); relative globs resolve from its folder. */
  configFile?: string;
  /** Extra rule packs for every draft (`--rule-pack`). */
  extraPacks?: readonly string[];
  /** false: only the built-in packs load (untrusted workspace); config packs and extra packs are ignored. */
  trusted?: boolean;
}

/** What msglint needs to lint one draft file. */
export interface DraftContext {
  rules: RuleSet;
  settings: EffectiveSettings;
  locale?: Locale;
  configPath?: string;
  /** Problems in the config file and in the rule packs in force. */
  errors: SourceError[];
}

interface LoadedConfig {
  path: string;
  config: MsglintConfig;
  errors: SourceError[];
  rules: RuleSet;
}

/**
 * Config discovery and rule sets for a tree of drafts, cached per folder and per config file.
 * `invalidate()` drops the caches when config files or packs change (the server's watched files).
 */
export class Project {
  private readonly configByDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private defaultRules: RuleSet | undefined;

  constructor(private readonly options: ProjectOptions = {}) {}

  contextFor(filePath: string): DraftContext {
    const absolute = resolve(filePath);
    const configPath = this.configPathFor(dirname(absolute));
    if (!configPath) {
      const rules = this.rulesWithoutConfig();
      return { rules, settings: { defaults: {}, severity: {}, ignored: false }, errors: rules.errors };
    }
    const loaded = this.loadConfig(configPath);
    const rel = relative(dirname(configPath), absolute).split(sep).join('/');
    return {
      rules: loaded.rules,
      settings: settingsFor(loaded.config, rel),
      locale: loaded.config.locale,
      configPath,
      errors: [...loaded.errors, ...loaded.rules.errors],
    };
  }

  invalidate(): void {
    this.configByDir.clear();
    this.loaded.clear();
    this.defaultRules = undefined;
  }

  private get trusted(): boolean {
    return this.options.trusted !== false;
  }

  private configPathFor(dir: string): string | null {
    if (!this.trusted || this.options.useConfig === false) return null;
    if (this.options.configFile) return resolve(this.options.configFile);
    const cached = this.configByDir.get(dir);
    if (cached !== undefined) return cached;
    const here = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find((p) => existsSync(p));
    const found = here ?? (dirname(dir) === dir ? null : this.configPathFor(dirname(dir)));
    this.configByDir.set(dir, found);
    return found;
  }

  private rulesWithoutConfig(): RuleSet {
    return (this.defaultRules ??= new RuleSet([...loadBuiltinPacks(), ...this.extraPacks()]));
  }

  private extraPacks() {
    return this.trusted ? loadPackPaths(this.options.extraPacks ?? []) : [];
  }

  private loadConfig(path: string): LoadedConfig {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    let parsed: { config: MsglintConfig; errors: SourceError[] };
    try {
      parsed = parseConfig(readRegularTextFile(path, MAX_CONFIG_BYTES), path);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      parsed = { config: {}, errors: [{ path, line: 1, column: 1, start: 0, end: 1, message: `cannot read config (${reason})` }] };
    }
    const packPaths = (parsed.config.rulePacks ?? []).map((p) => (isAbsolute(p) ? p : join(dirname(path), p)));
    const rules = new RuleSet([...loadBuiltinPacks(), ...loadPackPaths(packPaths), ...this.extraPacks()]);
    const loaded = { path, ...parsed, rules };
    this.loaded.set(path, loaded);
    return loaded;
  }
}
