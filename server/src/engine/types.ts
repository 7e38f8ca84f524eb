// Shared vocabulary of the engine. Nothing here knows about LSP, VS Code or the CLI.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Zero-based line and UTF-16 code-unit column, exactly as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of [start, end) (UTF-16 offsets into the whole document). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export type Locale = 'en' | 'zh';
export type Localized = { en: string; zh: string };

export const CHANNELS = ['email', 'whatsapp', 'wechat', 'telegram', 'linkedin', 'sms', 'alibaba', 'marketplace', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHAT_CHANNELS: readonly Channel[] = ['whatsapp', 'wechat', 'telegram', 'sms', 'linkedin'];
export const MARKETPLACE_CHANNELS: readonly Channel[] = ['alibaba', 'marketplace'];
/** Names a rule pack may use in `applies.channels` for a group of channels (`channels: [chat]`). */
export const CHANNEL_GROUPS = { chat: CHAT_CHANNELS, marketplaces: MARKETPLACE_CHANNELS } as const;
export type ChannelGroup = keyof typeof CHANNEL_GROUPS;

/** Drafts longer than this (UTF-16 code units) get one info finding instead of a full check. */
export const DEFAULT_MAX_LENGTH = 2_000_000;
/** A rule running longer than this on one draft is stopped by the adapters (`msglint/rule-timeout`). */
export const DEFAULT_RULE_TIMEOUT_MS = 2000;

export const STAGES = ['inquiry', 'negotiation', 'order', 'after-sales'] as const;
export type Stage = (typeof STAGES)[number];

export const LANGS = ['en', 'zh', 'auto'] as const;
export type DeclaredLang = (typeof LANGS)[number];
export type Lang = 'en' | 'zh';

/** A fix as offsets; `safe` fixes are applied by `--fix` and "fix all". */
export interface FixOffsets {
  title: string;
  edits: OffsetEdit[];
  safe: boolean;
}

/** What a rule reports, before severity, locale and positions are resolved. */
export interface RawFinding {
  start: number;
  end: number;
  /** Values for `{name}` placeholders in the rule's message. */
  params?: Record<string, string | Localized>;
  /** Overrides the rule's message (detectors that report several shapes of problem). */
  message?: Localized;
  fix?: FixOffsets;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

/** The engine's output: what every adapter (CLI, language server) shows. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Offsets of `range`, kept so adapters can slice the text without re-indexing. */
  offsets: { start: number; end: number };
  fix?: Fix;
  /** The rule's documentation (its `link`, or its pack's), when it has one. */
  link?: string;
}
