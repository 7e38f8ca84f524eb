// The playground's own words in English and Chinese (rule messages come from the engine).
import type { Locale } from '../engine/index.js';

const STRINGS = {
  subtitle: { en: 'playground', zh: '在线试用' },
  privacy: { en: 'Checked in your browser. Nothing you type leaves this page.', zh: '在浏览器本地检查，输入的内容不会离开本页面。' },
  channel: { en: 'Channel', zh: '渠道' },
  stage: { en: 'Stage', zh: '阶段' },
  locale: { en: 'Messages', zh: '提示语言' },
  example: { en: 'Example', zh: '示例' },
  frontMatterHint: {
    en: 'Front matter in the draft (channel, stage, lang) wins over the pickers.',
    zh: '草稿开头的 front matter（channel、stage、lang）优先于上面的选择。',
  },
  findings: { en: 'Findings', zh: '检查结果' },
  none: { en: 'Nothing to flag.', zh: '没有发现问题。' },
  notSet: { en: '(not set)', zh: '（未设置）' },
  pickExample: { en: 'Choose an example…', zh: '选择示例……' },
  checking: { en: 'checking…', zh: '检查中……' },
  checked: { en: '{count} in {ms} ms', zh: '{count} 条，用时 {ms} 毫秒' },
  why: { en: 'Why', zh: '原因' },
  better: { en: 'Better', zh: '更好的写法' },
  line: { en: 'line {line}', zh: '第 {line} 行' },
  safe: { en: 'safe', zh: '安全' },
  draftLabel: { en: 'Draft', zh: '草稿' },
} satisfies Record<string, Record<Locale, string>>;

export type StringId = keyof typeof STRINGS;

export function t(id: StringId, locale: Locale, params: Record<string, string | number> = {}): string {
  return STRINGS[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
