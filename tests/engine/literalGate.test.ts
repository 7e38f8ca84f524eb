// The literal gate skips a pattern on a text that lacks what every match contains. It is a speed
// rewrite, so it must never skip a pattern that would match: checked for every built-in pattern on
// the regression drafts, real mail and random texts made of the pattern's own literals in odd
// cases, against a plain `includes` oracle; the automaton is checked against the same oracle.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRulePack, recordingGates, type GateTable } from '../../server/src/engine/index.js';
import { requiredLiterals } from '../../server/src/engine/rules/requiredLiterals.js';
import { compilePatterns, matchAll, test } from '../../server/src/engine/rules/patterns.js';
import { foldUnit, literalGate, mayContain } from '../../server/src/engine/text/literalScan.js';
import { packFiles, builtinRulesDir } from '../../server/src/node/rulePackFiles.js';
import { BUILTIN_PACK_OPTIONS } from '../../server/src/shared/ruleDocs.js';
import { GROUPS, readGroup } from '../realtext/mailCorpus.js';

/** The text as the scan reads it: folded unit by unit. */
const fold = (text: string) => Array.from({ length: text.length }, (_, i) => String.fromCharCode(foldUnit(text.charCodeAt(i)))).join('');

/** What the gate promises: each required set has a literal in the folded text. */
function satisfied(clauses: readonly (readonly string[])[], text: string): boolean {
  const folded = fold(text);
  return clauses.every((set) => set.some((literal) => folded.includes(literal)));
}

function builtinGates(): GateTable {
  const table: GateTable = {};
  for (const file of packFiles(builtinRulesDir())) {
    const { gates } = recordingGates(() => loadRulePack(readFileSync(file, 'utf8'), file, BUILTIN_PACK_OPTIONS));
    Object.assign(table, gates);
  }
  return table;
}

describe('requiredLiterals', () => {
  it('reads what every match contains', () => {
    expect(requiredLiterals('\\bpass(?:word|code)\\b', 'gi')).toEqual([['password', 'passcode']]);
    // a longer spelling that contains a shorter one adds nothing to "contains one of"
    expect(requiredLiterals('e-?mails?', 'gi')).toEqual([['email', 'e-mail']]);
    // every part is required; two-letter words ("me") are in nearly every draft and not kept
    expect(requiredLiterals('(?:send|give)\\s+me\\b[^.]{0,40}?(?:password|PIN)', 'gi')).toEqual([
      ['send', 'give'],
      ['password', 'pin'],
    ]);
    expect(requiredLiterals('密码[^。]{0,3}发我', 'g')).toEqual([['密码'], ['发我']]);
    expect(requiredLiterals('(?=[^。]*验证码)请发', 'g')).toEqual([['验证码'], ['请发']]);
    expect(requiredLiterals('colou?r', 'gi')).toEqual([['color', 'colour']]);
    expect(requiredLiterals('[Vv]x[:：]|wechat', 'g')).toEqual([['vx:', 'vx：', 'wechat']]);
  });

  it('requires nothing it cannot be sure of', () => {
    // an alternative without literals, an optional word, a back-reference, a negative lookaround
    for (const source of ['send|\\d+', '(?:password)?\\d{4}', '(\\w+)\\1', '(?!password)\\w+', 'a', '.*']) {
      expect(requiredLiterals(source, 'gi')).toBeUndefined();
    }
    // a case-insensitive É can be written é: a gate on either spelling would miss the other
    expect(requiredLiterals('Émail', 'gi')).toEqual([['mail']]);
    expect(requiredLiterals('(?<unclosed', 'g')).toBeUndefined();
  });

  it('every built-in pattern: a text it matches always passes its gate', () => {
    const gates = Object.entries(builtinGates()).filter((entry): entry is [string, string[][]] => entry[1] !== null);
    expect(gates.length).toBeGreaterThan(50);
    const drafts: string[] = (parse(readFileSync('tests/corpus/regression.yaml', 'utf8')).cases as { text: string }[]).map((c) => c.text);
    for (const group of GROUPS)
      drafts.push(
        ...readGroup(group)
          .slice(0, 300)
          .map((m) => m.body),
      );
    let matched = 0;
    for (const [key, clauses] of gates) {
      const slash = key.indexOf('/');
      const re = new RegExp(key.slice(slash + 1), key.slice(0, slash).replace('g', ''));
      for (const text of drafts) {
        if (!re.test(text)) continue;
        matched++;
        expect(satisfied(clauses, text), `${key.slice(0, 80)} on ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
      }
      // Texts made of the pattern's own literals, in other cases and with the letters case folding reaches.
      const pieces = [...new Set(clauses.flat())].slice(0, 40);
      const piece = fc.oneof(
        fc.constantFrom(...pieces),
        fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
        fc.constantFrom(...pieces).map((p) => p.replace(/s/g, 'ſ').replace(/k/g, '\u212A')),
        fc.constantFrom(' ', ', ', '. ', '\n', 'me ', 'your ', 'the ', '我', '的', '您'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
          const text = parts.join(' ');
          if (re.test(text)) expect(satisfied(clauses, text)).toBe(true);
        }),
        { numRuns: 60, seed: 7 },
      );
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('the literal scan', () => {
  it('finds overlapping literals, folded, as includes would', () => {
    const literals = ['he', 'she', 'his', 'hers', 'usher', '密码', '码', 'e-mail', 'pin'];
    const cases = ['USHERS', 'this is his', '请把密码发我', 'send the E-MAIL', 'ſhe', 'PIN'.toLowerCase(), 'nothing here at all'];
    for (const text of cases) {
      for (const literal of literals) {
        const gate = literalGate([[literal]]);
        expect(mayContain(gate, text), `${literal} in ${text}`).toBe(fold(text).includes(literal));
      }
    }
  });

  it('agrees with includes on random texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'A', 'B', ' ', '码', '密', 'ſ', 'K', 'k', '-');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        (raw, text) => {
          const literals = raw.map(fold);
          const gate = literalGate([literals]);
          expect(mayContain(gate, text)).toBe(literals.some((l) => fold(text).includes(l)));
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it('needs one literal of every set', () => {
    const gate = literalGate([['send', 'give'], ['password']]);
    expect(mayContain(gate, 'please send the password')).toBe(true);
    expect(mayContain(gate, 'please send the file')).toBe(false);
    expect(mayContain(gate, 'the password is on file')).toBe(false);
  });
});

describe('gated patterns', () => {
  it('skip a long text without their literals and match as before with them', () => {
    const pattern = compilePatterns(['\\b(?:send|give)\\s+me\\b[^.]{0,40}?\\bpassword\\b']);
    const filler = 'We ship the samples on Monday and the invoice follows. '.repeat(6);
    expect(filler.length).toBeGreaterThan(200);
    expect(test(pattern, filler)).toBe(false);
    const text = `${filler}Could you SEND me your portal PASSWORD?`;
    expect([...matchAll(pattern, text)].map((m) => m[0])).toEqual(['SEND me your portal PASSWORD']);
    expect(test(pattern, text)).toBe(true);
  });
});
