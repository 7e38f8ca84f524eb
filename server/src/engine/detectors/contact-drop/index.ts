import { z } from 'zod';
import type { RawFinding } from '../../types.js';
import { defineDetector } from '../detector.js';
import { buyerAskedForContact } from './buyerAsked.js';
import { findEmails } from './email.js';
import { nameCardFix } from './fix.js';
import { findMessengerLinks } from './link.js';
import { findMessengers } from './messenger.js';
import { findPhones } from './phone.js';
import { original, scanOf, type Scan } from '../scan.js';

const KINDS = ['phone', 'email', 'messenger', 'link'] as const;
type Kind = (typeof KINDS)[number];

function spansOf(scan: Scan, kind: Kind): { start: number; end: number }[] {
  switch (kind) {
    case 'phone':
      return findPhones(scan);
    case 'email':
      return findEmails(scan);
    case 'messenger':
      return findMessengers(scan);
    case 'link':
      return findMessengerLinks(scan);
  }
}

/**
 * Contact details in the rep's own words on a marketplace chat: `find` selects phone numbers,
 * e-mail addresses, messenger ids/invitations or messenger links. With `find: buyer-asked`, it
 * instead reports (once) that the counterpart asked for the contact, which silences the others.
 */
export const contactDropDetector = defineDetector({
  name: 'contact-drop',
  optionsSchema: z.object({ find: z.enum([...KINDS, 'buyer-asked']) }).strict(),
  fixes: ({ find }) =>
    find === 'buyer-asked'
      ? { when: 'never', why: 'a notice: the counterpart asked for the contact first' }
      : { when: 'sometimes', why: 'points to the name card exchange instead, unless the draft already does' },
  run(draft, options, rule) {
    const scan = scanOf(draft, rule.scope);
    const asked = buyerAskedForContact(draft);
    if (options.find === 'buyer-asked') {
      if (!asked) return [];
      const first = KINDS.flatMap((kind) => spansOf(scan, kind)).sort((a, b) => a.start - b.start)[0];
      if (!first) return [];
      const span = original(scan, first.start, first.end);
      return [{ start: span.start, end: span.end, params: { contact: draft.text.slice(span.start, span.end) } }];
    }
    if (asked) return [];
    return spansOf(scan, options.find).map((match): RawFinding => {
      const span = original(scan, match.start, match.end);
      return {
        start: span.start,
        end: span.end,
        params: { contact: draft.text.slice(span.start, span.end) },
        fix: nameCardFix(scan, match.start, match.end, draft.lang),
      };
    });
  },
});
