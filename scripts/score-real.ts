// `npm run score:real`: how many real e-mails nobody here wrote draw a warning or an error.
// Honest mail (SpamAssassin easy-ham-1) should stay quiet; spam-1 is shown for information.
// `--show` lists every finding on honest mail with its text, to read and fix causes.
import { CHANNELS, rate, scoreGroup } from '../tests/realtext/realTextScore.js';

const show = process.argv.includes('--show');
for (const group of ['easy-ham-1', 'spam-1'] as const) {
  for (const channel of CHANNELS) {
    const s = scoreGroup(group, channel);
    const parts = Object.entries(s.byCategory)
      .sort()
      .map(([c, n]) => `${c} ${n} (${rate(n, s.mails)})`);
    const label = group === 'easy-ham-1' ? 'honest' : 'spam (informational)';
    console.log(
      `${group} as channel: ${channel} — ${label}: ${s.flagged}/${s.mails} mails draw a warning (${rate(s.flagged, s.mails)})${parts.length ? '; ' + parts.join(', ') : ''}`,
    );
    console.log(
      `  false alarms (anything but a contact finding on a real address in the mail): ${s.falseAlarms}/${s.mails} (${rate(s.falseAlarms, s.mails)})`,
    );
    if (show && group === 'easy-ham-1')
      for (const h of s.hits) console.log(`  ${h.id} ${h.ruleId}${h.realContact ? ' (real address)' : ''}: ${h.excerpt}`);
  }
}
