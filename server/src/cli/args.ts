import { parseArgs } from 'node:util';
import type { Locale, Severity } from '../engine/index.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  inputs: string[];
  format: Format;
  fix: boolean;
  fixDryRun: boolean;
  followSymlinks: boolean;
  maxWarnings?: number;
  stdin: boolean;
  stdinFilename?: string;
  config?: string;
  useConfig: boolean;
  rulePacks: string[];
  failLevel: Extract<Severity, 'error' | 'warning'>;
  locale?: Locale;
  jobs?: number;
  /** Per-rule time budget per draft in ms (0: none); undefined: the default. */
  ruleTimeout?: number;
  cache: boolean;
  cacheLocation?: string;
  /** Report errors only (warnings and info are dropped, as ESLint's --quiet). */
  quiet: boolean;
  outputFile?: string;
  /** Lint drafts the config's `ignore:` excludes. */
  noIgnore: boolean;
  /** A file (or `-`, standard input) listing paths to lint, one per line or NUL-separated. */
  filesFrom?: string;
  /** A draft that could not be checked (binary, too large) makes the exit code 1. */
  failOnUnchecked: boolean;
  listRules: boolean;
  explain?: string;
  printConfig?: string;
  init: boolean;
  help: boolean;
  version: boolean;
}

/** A wrong command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: msglint [options] <files|dirs|globs...>

Checks sales drafts (*.msg.md) for what costs deals, accounts or money.
Folders are searched for *.msg.md files.

Options:
  --format <name>        stylish (default) | json | sarif | github | gitlab | junit
  --fix                  apply safe fixes in place
  --fix-dry-run          print the fixes as a diff, change nothing
  --follow-symlinks      let --fix write through symlinks to files outside the folder
  --max-warnings <n>     exit 1 when there are more than n warnings
  --fail-level <level>   error (default) | warning: lowest severity that makes the exit code 1
  --stdin                read one draft from standard input
  --stdin-filename <f>   path used for config lookup and output with --stdin
  --config <file>        use this config file instead of looking for .msglintrc.yaml
  --no-config            use no config file
  --rule-pack <path>     load an extra rule pack file or folder (repeatable)
  --locale <en|zh>       language of messages (default: config, then LANG)
  --jobs <n>             lint on n worker threads (default: number of cores)
  --rule-timeout <ms>    a rule running longer than this on one draft is stopped and reported as
                         msglint/rule-timeout (default 2000; 0: no limit)
  --cache                skip drafts unchanged since the last run (.msglintcache)
  --cache-location <f>   where the cache file lives (a folder, or a path ending in /, holds .msglintcache)
  -q, --quiet            report errors only
  -o, --output-file <f>  write the report to a file instead of standard output
  --no-ignore            also lint drafts the config's ignore: list excludes
  --files-from <f|->     lint the paths listed in a file (or standard input), one per line
  --fail-on-unchecked    exit 1 when a draft could not be checked (binary, too large); also at --fail-level warning
  --list-rules           list the rules in force (with --config, that config's)
  --explain <rule>       why a rule exists, what a good version looks like, and examples
  --print-config <file>  channel, stage, lang, packs and severities in force for a draft
  --init                 write a starter .msglintrc.yaml in the current folder
  -h, --help             show this help
  -v, --version          show the version

Colors: on a terminal; FORCE_COLOR=1 forces them, NO_COLOR or FORCE_COLOR=0 turns them off.
Exit codes: 0 no findings at or above the fail level, 1 findings, 2 usage, config or I/O error.`;

export function parseCliArgs(argv: string[]): CliOptions {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call below (its options give the value types)
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'follow-symlinks': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'fail-level': { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'rule-pack': { type: 'string', multiple: true },
        locale: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'rule-timeout': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'output-file': { type: 'string', short: 'o' },
        'no-ignore': { type: 'boolean' },
        'files-from': { type: 'string' },
        'fail-on-unchecked': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'string' },
        'print-config': { type: 'string' },
        init: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${v.format}" (use ${FORMATS.join(', ')})`);
  const failLevel = (v['fail-level'] ?? 'error') as CliOptions['failLevel'];
  if (failLevel !== 'error' && failLevel !== 'warning') throw new UsageError(`--fail-level must be error or warning, not "${failLevel}"`);
  if (v.config && v['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (v['stdin-filename'] && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin takes no file arguments');
  if (v.stdin && v['files-from'] === '-') throw new UsageError('--stdin and --files-from - both read standard input');
  const options: CliOptions = {
    inputs: parsed.positionals,
    format,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    followSymlinks: v['follow-symlinks'] ?? false,
    maxWarnings: v['max-warnings'] === undefined ? undefined : count('--max-warnings', v['max-warnings'], 0),
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    config: v.config,
    useConfig: !v['no-config'],
    rulePacks: v['rule-pack'] ?? [],
    failLevel,
    locale: v.locale === undefined ? undefined : locale(v.locale),
    jobs: v.jobs === undefined ? undefined : count('--jobs', v.jobs, 1),
    ruleTimeout: v['rule-timeout'] === undefined ? undefined : count('--rule-timeout', v['rule-timeout'], 0),
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'],
    quiet: v.quiet ?? false,
    outputFile: v['output-file'],
    noIgnore: v['no-ignore'] ?? false,
    filesFrom: v['files-from'],
    failOnUnchecked: v['fail-on-unchecked'] ?? false,
    listRules: v['list-rules'] ?? false,
    explain: v.explain,
    printConfig: v['print-config'],
    init: v.init ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  const standalone =
    options.help ||
    options.version ||
    options.listRules ||
    options.explain !== undefined ||
    options.printConfig !== undefined ||
    options.init;
  if (!standalone && !options.stdin && options.filesFrom === undefined && options.inputs.length === 0) {
    throw new UsageError('no files given (try: msglint drafts/, or msglint --help)');
  }
  return options;
}

function count(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} needs a whole number ≥ ${min}, not "${value}"`);
  return n;
}

function locale(value: string): Locale {
  const lower = value.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh';
  throw new UsageError(`--locale must be en or zh, not "${value}"`);
}

/** Message language from the environment, as POSIX tools do. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
