// Which honest (and spam) e-mails draw a warning or error, per channel and category.
import { lint } from '../helpers/engine.js';
import { mailDraft, readGroup, type Group } from './mailCorpus.js';

export const CHANNELS = ['email', 'alibaba'] as const;
export type MailChannel = (typeof CHANNELS)[number];

export interface Hit {
  id: string;
  ruleId: string;
  /** The flagged text (for reading findings; never logged by msglint itself). */
  excerpt: string;
}

export interface ChannelScore {
  mails: number;
  /** Mails with at least one warning or error. */
  flagged: number;
  /** Mails flagged per category (the rule id's first part). */
  byCategory: Record<string, number>;
  hits: Hit[];
}

export function scoreGroup(group: Group, channel: MailChannel): ChannelScore {
  const score: ChannelScore = { mails: 0, flagged: 0, byCategory: {}, hits: [] };
  for (const mail of readGroup(group)) {
    score.mails++;
    const draft = mailDraft(mail, channel);
    const categories = new Set<string>();
    for (const d of lint(draft).diagnostics) {
      if (d.severity !== 'error' && d.severity !== 'warning') continue;
      categories.add(d.ruleId.split('/')[0]);
      score.hits.push({ id: mail.id, ruleId: d.ruleId, excerpt: excerpt(draft, d.offsets) });
    }
    if (categories.size > 0) score.flagged++;
    for (const c of categories) score.byCategory[c] = (score.byCategory[c] ?? 0) + 1;
  }
  return score;
}

/** The flagged text with a little context on either side, on one line. */
function excerpt(draft: string, at: { start: number; end: number }): string {
  const from = Math.max(0, at.start - 50);
  return `${draft.slice(from, at.start)}[[${draft.slice(at.start, at.end)}]]${draft.slice(at.end, at.end + 50)}`.replace(/\s+/g, ' ');
}

export function rate(n: number, of: number): string {
  return `${((100 * n) / Math.max(1, of)).toFixed(2)}%`;
}
