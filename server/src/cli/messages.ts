import type { Locale } from '../engine/index.js';

// The CLI's own words (summary, notices, errors) in both message languages, so `--locale zh` (or a
// Chinese LANG) gets a Chinese summary and Chinese errors, not only Chinese findings.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const CLI_TEXT = {
  en: {
    error: 'msglint',
    usage: (message: string) => message,
    noProblems: (drafts: number) => `✔ no problems in ${plural(drafts, 'draft', 'drafts')}`,
    summary: (total: number, errors: number, warnings: number, info: number) =>
      `${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}${info > 0 ? `, ${info} info` : ''})`,
    fixable: (n: number) => `${n} can be fixed with --fix`,
    binary: (path: string) => `${path}: binary file, skipped`,
    unchecked: (path: string, reason: string) => `${path}: ${reason}, not checked`,
    unreadable: (path: string, reason: string) => `${path}: cannot read (${reason})`,
    ignored: (path: string, config: string) => `${path}: ignored by ${config} (ignore:); use --no-ignore to lint it`,
    tooManyWarnings: (n: number, max: number) => `${n} warnings (more than --max-warnings ${max})`,
    uncheckedFail: (n: number) => `${plural(n, 'draft was', 'drafts were')} not checked`,
    unknownRule: (where: string, id: string, suggestion?: string) =>
      `${where}: unknown rule or category "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    noSuchRule: (id: string, suggestion?: string) => `no rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    initExists: (path: string) => `${path} already exists; not overwritten`,
    initWritten: (path: string) => `wrote ${path}`,
    cannotWrite: (path: string, reason: string) => `cannot write ${path} (${reason})`,
    cannotReadList: (path: string, reason: string) => `cannot read the file list ${path} (${reason})`,
  },
  zh: {
    error: 'msglint',
    usage: (message: string) => `用法错误：${message}`,
    noProblems: (drafts: number) => `✔ ${drafts} 篇草稿没有问题`,
    summary: (total: number, errors: number, warnings: number, info: number) =>
      `${total} 个问题（${errors} 个错误，${warnings} 个警告${info > 0 ? `，${info} 个提示` : ''}）`,
    fixable: (n: number) => `其中 ${n} 个可以用 --fix 自动修正`,
    binary: (path: string) => `${path}：二进制文件，已跳过`,
    unchecked: (path: string, reason: string) => `${path}：${reason}，未检查`,
    unreadable: (path: string, reason: string) => `${path}：无法读取（${reason}）`,
    ignored: (path: string, config: string) => `${path}：已被 ${config} 的 ignore: 排除；如需检查请加 --no-ignore`,
    tooManyWarnings: (n: number, max: number) => `${n} 个警告（超过 --max-warnings ${max}）`,
    uncheckedFail: (n: number) => `${n} 篇草稿未检查`,
    unknownRule: (where: string, id: string, suggestion?: string) =>
      `${where}：未知的规则或类别“${id}”${suggestion ? `（是不是“${suggestion}”？）` : ''}`,
    noSuchRule: (id: string, suggestion?: string) => `没有规则“${id}”${suggestion ? `（是不是“${suggestion}”？）` : ''}`,
    initExists: (path: string) => `${path} 已存在，未覆盖`,
    initWritten: (path: string) => `已写入 ${path}`,
    cannotWrite: (path: string, reason: string) => `无法写入 ${path}（${reason}）`,
    cannotReadList: (path: string, reason: string) => `无法读取文件列表 ${path}（${reason}）`,
  },
} satisfies Record<Locale, unknown>;

export type CliText = (typeof CLI_TEXT)['en'];

/** "Did you mean": the engine's nearest-name search, shared with the linter's directive check. */
export { closestName as closest } from '../engine/lint/closestName.js';
