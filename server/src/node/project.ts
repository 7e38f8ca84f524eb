import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RuleSet, type EffectiveSettings, type Locale, type SourceError } from '../engine/index.js';
import { loadBuiltinPacks, loadPackPaths } from './rulePackFiles.js';
import { chainLocale, chainPackPaths, chainSettings, loadConfigChain, type ConfigLayer } from './configChain.js';

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
  /** Lint drafts the config's `ignore:` excludes (`--no-ignore`). */
  noIgnore?: boolean;
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
  /** This config, what it extends and (unless `root: true`) the configs above it: see configChain.ts. */
  layers: ConfigLayer[];
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
  /** Per path as given: the CLI asks several times per draft (prepare, lint, locale, formatter). */
  private readonly contexts = new Map<string, DraftContext>();
  private defaultRules: RuleSet | undefined;

  constructor(private readonly options: ProjectOptions = {}) {}

  contextFor(filePath: string): DraftContext {
    let context = this.contexts.get(filePath);
    if (!context) this.contexts.set(filePath, (context = this.findContext(filePath)));
    return context;
  }

  private findContext(filePath: string): DraftContext {
    const absolute = resolve(filePath);
    const configPath = this.configPathFor(dirname(absolute));
    if (!configPath) {
      const rules = this.rulesWithoutConfig();
      return { rules, settings: { defaults: {}, severity: {}, ignored: false }, errors: rules.errors };
    }
    const loaded = this.loadConfig(configPath);
    const settings = chainSettings(loaded.layers, absolute);
    return {
      rules: loaded.rules,
      settings: this.options.noIgnore ? { ...settings, ignored: false } : settings,
      locale: chainLocale(loaded.layers),
      configPath,
      errors: [...loaded.errors, ...loaded.rules.errors],
    };
  }

  invalidate(): void {
    this.configByDir.clear();
    this.contexts.clear();
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
    // --config names the one file in force (with what it extends); discovered configs cascade.
    const parentOf = (configPath: string) => {
      const above = dirname(dirname(configPath));
      return above === dirname(configPath) ? null : this.configPathFor(above);
    };
    const chain = loadConfigChain(path, parentOf, !this.options.configFile);
    const rules = new RuleSet([...loadBuiltinPacks(), ...loadPackPaths(chainPackPaths(chain.layers)), ...this.extraPacks()]);
    const loaded = { path, layers: chain.layers, errors: chain.errors, rules };
    this.loaded.set(path, loaded);
    return loaded;
  }
}
