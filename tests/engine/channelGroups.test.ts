// A pack may name channel groups in `applies.channels`: `chat` and `marketplaces` come from the one
// list in engine/types.ts, so a pack never spells the chat channels out again.
import { describe, expect, it } from 'vitest';
import { CHAT_CHANNELS, MARKETPLACE_CHANNELS, loadRulePack } from '../../server/src/engine/index.js';

const pack = (channels: string) => `rules:
  - id: test/group
    kind: existence
    severity: warning
    applies: { channels: ${channels} }
    patterns: ['\\\\bzzq\\\\b']
    message: { en: 'x', zh: 'x' }
    rationale: { en: 'x', zh: 'x' }
    good: { en: 'x', zh: 'x' }
    examples: { fail: ['zzq'], pass: ['ok'] }
`;

describe('channel groups in packs', () => {
  it('chat and marketplaces expand to their channels', () => {
    const loaded = loadRulePack(pack('[chat, marketplaces, phone]'), 'p.yaml');
    expect(loaded.errors).toEqual([]);
    expect(loaded.rules[0].definition.applies?.channels).toEqual([...CHAT_CHANNELS, ...MARKETPLACE_CHANNELS, 'phone']);
  });

  it('an unknown group is a located error', () => {
    const loaded = loadRulePack(pack('[chats]'), 'p.yaml');
    expect(loaded.errors.length).toBeGreaterThan(0);
    expect(loaded.errors[0].line).toBe(5);
  });
});
