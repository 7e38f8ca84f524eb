import { MarkupKind, type CodeLens, type Hover, type InlayHint } from 'vscode-languageserver/node.js';
import type { LintEntry } from './linting.js';
import { t } from './locale.js';

const TEXT = {
  summary: { en: 'msglint: {channel} · {stage} · {lang}{source}', zh: 'msglint：{channel} · {stage} · {lang}{source}' },
  noChannel: { en: 'no channel (channel checks off)', zh: '未设渠道（渠道检查关闭）' },
  noStage: { en: 'no stage', zh: '未设阶段' },
  fromDefault: { en: ' (channel from settings)', zh: '（渠道来自配置）' },
  disabled: { en: 'msglint: off for this file', zh: 'msglint：此文件未启用' },
  ignored: { en: 'msglint: ignored by .msglintrc', zh: 'msglint：已被 .msglintrc 忽略' },
};

const LANG = { en: { en: 'English', zh: 'Chinese' }, zh: { en: '英文', zh: '中文' } };

/** One line saying what msglint understood: channel, stage, language, and where the channel came from. */
export function summaryText(entry: LintEntry): string {
  const locale = entry.locale;
  if (entry.skipped) return t(locale, TEXT[entry.skipped]);
  const { draft } = entry.result;
  return t(locale, TEXT.summary, {
    channel: draft.channel ?? t(locale, TEXT.noChannel),
    stage: draft.stage ?? t(locale, TEXT.noStage),
    lang: LANG[locale][draft.lang],
    source: draft.channelSource === 'default' ? t(locale, TEXT.fromDefault) : '',
  });
}

export function summaryCodeLens(entry: LintEntry): CodeLens[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // No command to run: an empty command id renders as plain text in VS Code.
  return [{ range, command: { title: summaryText(entry), command: '' } }];
}

export function summaryInlayHint(entry: LintEntry, firstLineLength: number): InlayHint[] {
  return [{ position: { line: 0, character: firstLineLength }, label: summaryText(entry), paddingLeft: true }];
}

/** Hover on the first line (where no finding is): the summary, for clients without lenses or inlay hints. */
export function summaryHover(entry: LintEntry, markdown: boolean): Hover {
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: summaryText(entry) } };
}
