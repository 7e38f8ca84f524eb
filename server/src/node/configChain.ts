import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseConfig, settingsFor, type EffectiveSettings, type Locale, type MsglintConfig, type SourceError } from '../engine/index.js';
import { readRegularTextFile } from './readRegularFile.js';

/** A config is a few lines; anything bigger is a mistake (or /dev/zero), refused before reading. */
const MAX_CONFIG_BYTES = 1024 * 1024;

// How configs combine (README, "Configuration"): a draft's settings come from a chain of config
// files, applied in order, later ones winning:
//   1. the configs of parent folders (walking up until a config with `root: true`, or the top),
//   2. each file a config `extends` (before the config itself, depth first),
//   3. the config nearest the draft.
// defaults (channel, stage, lang) and `locale`: the last one that sets a key wins; `severity`: merged
// key by key; `rulePacks`: all of them, each relative to its own file; `ignore` and `overrides`:
// each relative to its own file, a draft ignored by any of them is ignored.

export interface ConfigLayer {
  path: string;
  config: MsglintConfig;
}

export interface ConfigChain {
  layers: ConfigLayer[];
  errors: SourceError[];
}

const MAX_CHAIN = 32;

/** The chain for the config at `path`; `parentOf(path)` names the config above it (or null). */
export function loadConfigChain(path: string, parentOf: (configPath: string) => string | null, followParents: boolean): ConfigChain {
  const layers: ConfigLayer[] = [];
  const errors: SourceError[] = [];
  const own = expand(path, [], errors);
  const root = own.at(-1)?.config.root === true;
  if (followParents && !root) {
    const parent = parentOf(path);
    if (parent) {
      const above = loadConfigChain(parent, parentOf, true);
      layers.push(...above.layers);
      errors.push(...above.errors);
    }
  }
  layers.push(...own);
  return { layers, errors };
}

/** A config and what it extends, depth first; a cycle or a missing file is a located error. */
function expand(path: string, stack: string[], errors: SourceError[]): ConfigLayer[] {
  const parsed = readConfig(path);
  errors.push(...parsed.errors);
  const list = parsed.config.extends === undefined ? [] : [parsed.config.extends].flat();
  const layers: ConfigLayer[] = [];
  for (const entry of list) {
    const target = isAbsolute(entry) ? entry : resolve(dirname(path), entry);
    if (target === path || stack.includes(target) || stack.length >= MAX_CHAIN) {
      errors.push({ path, line: 1, column: 1, start: 0, end: 1, message: `extends "${entry}" makes a cycle` });
      continue;
    }
    layers.push(...expand(target, [...stack, path], errors));
  }
  layers.push({ path, config: parsed.config });
  return layers;
}

function readConfig(path: string): { config: MsglintConfig; errors: SourceError[] } {
  try {
    return parseConfig(readRegularTextFile(path, MAX_CONFIG_BYTES), path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { config: {}, errors: [{ path, line: 1, column: 1, start: 0, end: 1, message: `cannot read config (${reason})` }] };
  }
}

/** The settings for one draft under a chain: each layer's globs relative to its own folder. */
export function chainSettings(layers: readonly ConfigLayer[], absoluteDraft: string): EffectiveSettings {
  const merged: EffectiveSettings = { defaults: {}, severity: {}, ignored: false };
  for (const layer of layers) {
    const rel = relative(dirname(layer.path), absoluteDraft).split(sep).join('/');
    const settings = settingsFor(layer.config, rel);
    for (const [key, value] of Object.entries(settings.defaults))
      if (value !== undefined) (merged.defaults as Record<string, unknown>)[key] = value;
    merged.severity = { ...merged.severity, ...settings.severity };
    merged.ignored ||= settings.ignored;
  }
  return merged;
}

export function chainLocale(layers: readonly ConfigLayer[]): Locale | undefined {
  return layers.reduce<Locale | undefined>((locale, layer) => layer.config.locale ?? locale, undefined);
}

/** Every layer's rule packs, each resolved from its own folder, without repeats. */
export function chainPackPaths(layers: readonly ConfigLayer[]): string[] {
  const paths = layers.flatMap((layer) => (layer.config.rulePacks ?? []).map((p) => (isAbsolute(p) ? p : join(dirname(layer.path), p))));
  return [...new Set(paths)];
}
