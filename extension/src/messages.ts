// Messages between the content script, the popup and the background service worker. Draft text
// travels only inside the extension (chrome.runtime messaging); it is never stored or logged.
import type { Channel, Locale, RuleInfo } from '../../web/engine/index.js';
import type { SiteSettings } from './sites.js';

export interface FindingEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  start: number;
  end: number;
  fix?: { title: string; safe: boolean; edits: FindingEdit[] };
}

export type Request =
  | { type: 'lint'; text: string; channel: Channel; locale?: Locale }
  | { type: 'site'; host: string }
  | { type: 'setSite'; host: string; settings: SiteSettings };

export interface LintReply {
  findings: Finding[];
  rules: Record<string, RuleInfo>;
}
