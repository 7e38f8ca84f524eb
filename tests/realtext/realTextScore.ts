// Which honest (and spam) e-mails draw a warning or error, per channel and category.
import { lint } from '../helpers/engine.js';
import { isRealContact } from './contactOracle.js';
import { mailDraft, readGroup, type Group } from './mailCorpus.js';

export const CHANNELS = ['email', 'alibaba'] as const;
export type MailChannel = (typeof CHANNELS)[number];

export interface Hit {
  id: string;
  ruleId: string;
  /** The flagged text (for reading findings; never logged by msglint itself). */
  excerpt: string;
  /** A contact finding on a real address in the mail (right on a marketplace channel, not a false alarm). */
  realContact: boolean;
}

export interface ChannelScore {
  mails: number;
  /** Mails with at least one warning or error. */
  flagged: number;
  /** Mails with a warning or error that is not a contact finding on a real address (false alarms). */
  falseAlarms: number;
  /** Mails flagged per category (the rule id's first part). */
  byCategory: Record<string, number>;
  hits: Hit[];
}

export function scoreGroup(group: Group, channel: MailChannel): ChannelScore {
  const score: ChannelScore = { mails: 0, flagged: 0, falseAlarms: 0, byCategory: {}, hits: [] };
  for (const mail of readGroup(group)) {
    score.mails++;
    const draft = mailDraft(mail, channel);
    const categories = new Set<string>();
    let falseAlarm = false;
    for (const d of lint(draft).diagnostics) {
      if (d.severity !== 'error' && d.severity !== 'warning') continue;
      categories.add(d.ruleId.split('/')[0]);
      const realContact = isRealContact(d.ruleId, draft.slice(d.offsets.start, d.offsets.end), lineAround(draft, d.offsets.start));
      if (!realContact) falseAlarm = true;
      score.hits.push({ id: mail.id, ruleId: d.ruleId, excerpt: excerpt(draft, d.offsets), realContact });
    }
    if (categories.size > 0) score.flagged++;
    if (falseAlarm) score.falseAlarms++;
    for (const c of categories) score.byCategory[c] = (score.byCategory[c] ?? 0) + 1;
  }
  return score;
}

function lineAround(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

/** The flagged text with a little context on either side, on one line. */
function excerpt(draft: string, at: { start: number; end: number }): string {
  const from = Math.max(0, at.start - 50);
  return `${draft.slice(from, at.start)}[[${draft.slice(at.start, at.end)}]]${draft.slice(at.end, at.end + 50)}`.replace(/\s+/g, ' ');
}

export function rate(n: number, of: number): string {
  return `${((100 * n) / Math.max(1, of)).toFixed(2)}%`;
}
