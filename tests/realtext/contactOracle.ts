// Independent check of a contact finding on honest mail: is the flagged text really an address?
// On `channel: alibaba` a real address in a signature is a true contact drop (the rule is right to
// fire); what must not fire is everything else (versions, serials, postcodes, newspapers…). The
// oracle uses other code than the detectors: Google's phone matcher, linkify-it, plain shapes.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { LinkifyIt } from 'linkify-it';

const linkify = new LinkifyIt();
linkify.set({ fuzzyEmail: true });
/** Where the corpus' writers live (the lists are Irish, British and American). */
const REGIONS: CountryCode[] = ['US', 'IE', 'GB', 'CN'];
const DISGUISED_EMAIL = /\b[\w.-]+\s*(?:\(at\)|\[at\]|\bat\b|@)\s*[\w-]+(?:\s*(?:\.|\bdot\b|\(dot\)|\[dot\])\s*[\w-]+)+/i;
const MESSENGER_ID =
  /\b(?:icq|aim|yahoo|msn|jabber|skype|whats\s?app|wechat|qq|telegram)\b\s*(?:id|#|no\.?|number)?\s*(?:[:#=]\s*[\w.@-]{3,}|[\w.@-]*\d[\w.@-]*)|[\w.-]+@(?:icq|aim|yahoo|msn)\b/i;
/** A phone label right before the number on its line ("Tel.", "Cellular:", "Mob:"). */
const PHONE_LABEL = /\b(?:tel|telephone|phone|ph|fax|mobile|mob|cell|cellular)\b\.?\s*(?:no\.?|#)?\s*[:.]?\s*$/i;

export function isRealContact(ruleId: string, flagged: string, line: string): boolean {
  switch (ruleId) {
    case 'contact-drop/email':
      if (MESSENGER_ID.test(flagged)) return true; // "yahoo: name" is a Yahoo Messenger id
      return (linkify.match(flagged) ?? []).some((m) => m.schema === 'mailto:') || DISGUISED_EMAIL.test(flagged);
    case 'contact-drop/phone': {
      const digits = flagged.replace(/\D/g, '');
      const at = line.indexOf(flagged.split('\n')[0]);
      if (at >= 0 && PHONE_LABEL.test(line.slice(Math.max(0, at - 24), at))) return true;
      return REGIONS.some((defaultCountry) =>
        findPhoneNumbersInText(line, { defaultCountry }).some(
          (n) => n.number.nationalNumber.length >= 6 && digits.endsWith(n.number.nationalNumber),
        ),
      );
    }
    case 'contact-drop/messenger':
      return MESSENGER_ID.test(flagged);
    case 'contact-drop/link':
      return (linkify.match(flagged) ?? []).length > 0;
    default:
      return false;
  }
}
