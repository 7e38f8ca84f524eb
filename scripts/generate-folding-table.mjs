// Generates server/src/engine/text/generated/foldingTable.ts: what the normalizer (text/normalize.ts)
// does to each character before rules match: the characters it drops and the ones it replaces
// (look-alikes, full-width forms, odd digits, traditional Chinese). Worked out here, from ICU's NFKC
// and OpenCC's dictionaries, so no process pays for it at start-up (it cost ~67 M instructions, about
// 10 ms, of every process and --jobs worker) and the bundles carry no dictionary.
//
//   node scripts/generate-folding-table.mjs          writes the file
//   node scripts/generate-folding-table.mjs --check  exits 1 when the committed file is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(root, 'server/src/engine/text/generated/foldingTable.ts');

/** Characters that vanish: zero-width spaces and joiners, soft hyphen, BOM, bidi controls, fillers. */
const REMOVED = [
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063,
  0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0x20e3, 0x3164, 0xfeff, 0xffa0,
];

// NFKC folds full-width forms, circled and parenthesized numbers, super/subscripts, mathematical
// alphanumerics, ligatures and odd spaces. Only blocks where look-alikes live are scanned, and
// only short results are kept (a few characters expand to whole words).
const NFKC_BLOCKS = [
  [0x00a0, 0x00ff],
  [0x2000, 0x206f],
  [0x2070, 0x209f],
  [0x2100, 0x218f],
  [0x2460, 0x24ff],
  [0x2776, 0x2793],
  [0x3000, 0x3000],
  [0x3200, 0x32ff],
  [0xfb00, 0xfb06],
  [0xfe50, 0xfe6b],
  [0xff01, 0xffee],
  [0x1d400, 0x1d7ff],
  [0x1f100, 0x1f10c],
  [0x1fbf0, 0x1fbf9],
];
/** Chinese full-width punctuation stays: it ends sentences and clauses (！？；，：) where ASCII ones need a space after. */
const KEEP_PUNCTUATION = new Set([0xff01, 0xff0c, 0xff1a, 0xff1b, 0xff1f]);

/** Simplified variants folded to the form rule packs are written in. */
const SIMPLIFIED_VARIANTS = { 帐: '账' };

/** Code point → replacement ('' drops it): the tables as text/normalize.ts reads them. */
export function foldingTable() {
  /** BMP code unit → 0 (keep), DROP, or an index into REPLACEMENTS. */
  const KEEP = 0;
  const DROP = 0xffff;
  const BMP = new Uint16Array(0x10000);
  const REPLACEMENTS = [''];
  const ASTRAL = new Map();
  function setReplacement(cp, to) {
    if (cp >= 0x10000) {
      ASTRAL.set(cp, to);
      return;
    }
    const existing = BMP[cp];
    if (existing !== KEEP && existing !== DROP) {
      REPLACEMENTS[existing] = to;
      return;
    }
    REPLACEMENTS.push(to);
    BMP[cp] = REPLACEMENTS.length - 1;
  }

  for (const [from, to] of NFKC_BLOCKS) {
    for (let cp = from; cp <= to; cp++) {
      if (KEEP_PUNCTUATION.has(cp)) continue;
      const ch = String.fromCodePoint(cp);
      const folded = ch.normalize('NFKC');
      if (folded !== ch && folded.length <= 4 && !/[\u0300-\u036f]/u.test(folded)) setReplacement(cp, folded);
    }
  }

  // Digits NFKC leaves alone: dingbat (negative) circled digits, double circled, and other scripts' digits.
  const DIGIT_RUNS = [
    // [first code point, value of the first, count]
    [0x2776, 1, 10], // ❶..❿
    [0x2780, 1, 10], // ➀..➉
    [0x278a, 1, 10], // ➊..➓
    [0x24eb, 11, 10], // ⓫..⓴
    [0x24f5, 1, 10], // ⓵..⓾
    [0x0660, 0, 10], // Arabic-Indic
    [0x06f0, 0, 10], // Extended Arabic-Indic
    [0x0966, 0, 10], // Devanagari
    [0x09e6, 0, 10], // Bengali
    [0x0e50, 0, 10], // Thai
    [0x1f10b, 0, 1], // 🄋 dingbat circled sans-serif zero
    [0x1f10c, 0, 1], // 🄌
  ];
  for (const [first, value, count] of DIGIT_RUNS) {
    for (let i = 0; i < count; i++) setReplacement(first + i, String(value + i));
  }
  setReplacement(0x24ff, '0'); // ⓿
  setReplacement(0x24ea, '0'); // ⓪

  // Dashes and hyphens that look like "-"; the at-sign's look-alikes.
  for (const cp of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2043]) setReplacement(cp, '-');
  setReplacement(0xff20, '@');
  setReplacement(0xfe6b, '@');

  // Latin look-alikes from Cyrillic and Greek (the usual "WhаtsApp" spoof), lower and upper case.
  const CONFUSABLES = {
    а: 'a',
    е: 'e',
    о: 'o',
    р: 'p',
    с: 'c',
    у: 'y',
    х: 'x',
    і: 'i',
    ј: 'j',
    ѕ: 's',
    һ: 'h',
    ԛ: 'q',
    ԝ: 'w',
    ѡ: 'w',
    А: 'A',
    В: 'B',
    Е: 'E',
    К: 'K',
    М: 'M',
    Н: 'H',
    О: 'O',
    Р: 'P',
    С: 'C',
    Т: 'T',
    Х: 'X',
    І: 'I',
    Ј: 'J',
    Ѕ: 'S',
    ο: 'o',
    α: 'a',
    ν: 'v',
    ρ: 'p',
    τ: 't',
    ι: 'i',
    κ: 'k',
    Α: 'A',
    Β: 'B',
    Ε: 'E',
    Ζ: 'Z',
    Η: 'H',
    Ι: 'I',
    Κ: 'K',
    Μ: 'M',
    Ν: 'N',
    Ο: 'O',
    Ρ: 'P',
    Τ: 'T',
    Υ: 'Y',
    Χ: 'X',
  };
  for (const [from, to] of Object.entries(CONFUSABLES)) setReplacement(from.codePointAt(0), to);

  for (const cp of REMOVED) BMP[cp] = DROP;
  for (let cp = 0xfe00; cp <= 0xfe0f; cp++) BMP[cp] = DROP; // variation selectors (emoji presentation)
  // Combining marks (strike-through, underline, enclosing circles and keycaps over digits and letters:
  // "1̶3̶9̶", "W̲e̲C̲h̲a̲t̲"). The text is only matched, never shown, so accents may go too.
  for (let cp = 0x0300; cp <= 0x036f; cp++) BMP[cp] = DROP;
  for (let cp = 0x20d0; cp <= 0x20ff; cp++) BMP[cp] = DROP;

  // Traditional → simplified, character by character from OpenCC's dictionaries. Phrase-level
  // conversion is not needed to match keywords and would change lengths. The Taiwan and Hong Kong
  // variant tables only add a character whose standard form OpenCC then simplifies (裡 → 裏 → 里):
  // used alone they would turn simplified characters into traditional ones (么 → 幺, 叁 → 叄, 户 → 戶).
  const T2S = new Map();
  function loadDict(dict, variants) {
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      if (space < 0) continue;
      const from = entry.slice(0, space);
      const to = entry.slice(space + 1).split(' ')[0];
      if ([...from].length !== 1 || [...to].length !== 1) continue;
      const cp = from.codePointAt(0);
      if (T2S.has(cp)) continue;
      if (!variants) T2S.set(cp, to);
      else {
        const simplified = T2S.get(to.codePointAt(0));
        if (simplified !== undefined && simplified !== from) T2S.set(cp, simplified);
      }
    }
  }
  loadDict(TSCharacters, false);
  loadDict(TWVariantsRev, true);
  loadDict(HKVariantsRev, true);
  // Simplified text has variants OpenCC keeps apart: 帳 becomes 帐, but accounts and transfers are
  // written 账 (账户, 转账, 账号). Fold both to the form the packs use.
  for (const [variant, standard] of Object.entries(SIMPLIFIED_VARIANTS)) {
    for (const [cp, to] of T2S) if (to === variant) T2S.set(cp, standard);
    T2S.set(variant.codePointAt(0), standard);
  }
  for (const [cp, to] of T2S) {
    if (cp >= 0x10000 || BMP[cp] === KEEP) setReplacement(cp, to);
  }
  const table = new Map();
  for (let cp = 0; cp < 0x10000; cp++) {
    if (BMP[cp] === DROP) table.set(cp, '');
    else if (BMP[cp] !== KEEP) table.set(cp, REPLACEMENTS[BMP[cp]]);
  }
  for (const cp of [...ASTRAL.keys()].sort((a, b) => a - b)) table.set(cp, ASTRAL.get(cp));
  return table;
}

/** A string literal whose invisible characters (controls, spaces, marks) are written as escapes. */
const literal = (s) =>
  JSON.stringify(s).replace(/[\p{C}\p{Z}\p{M}]/gu, (c) => (c === ' ' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

export function generateFoldingTable() {
  const table = foldingTable();
  const dropped = [...table].filter(([, to]) => to === '').map(([cp]) => cp);
  const folded = [...table].filter(([, to]) => to !== '');
  if (folded.some(([, to]) => to.includes('\n'))) throw new Error('a replacement holds a line break, the separator');
  const hex = (cp) => `0x${cp.toString(16)}`;
  const wrap = (items) =>
    items
      .join(',')
      .replace(/(.{1,118})(,|$)/g, '$1$2\n  ')
      .trimEnd();
  return [
    '// Generated by scripts/generate-folding-table.mjs from ICU NFKC and OpenCC dictionaries.',
    '// Do not edit: run `node scripts/generate-folding-table.mjs` (a test checks this file is up to date).',
    '',
    '/** Code points the normalizer drops (zero-width and bidi controls, variation selectors, combining marks). */',
    `export const DROPPED: readonly number[] = [\n  ${wrap(dropped.map(hex))}\n];`,
    '',
    '/** Code points the normalizer replaces, ascending; FOLDED_TO holds their replacements, one per line. */',
    `export const FOLDED_FROM: readonly number[] = [\n  ${wrap(folded.map(([cp]) => hex(cp)))}\n];`,
    '',
    `export const FOLDED_TO =\n  ${literal(folded.map(([, to]) => to).join('\n'))};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const content = generateFoldingTable();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT, 'utf8') !== content) {
      console.error(`${OUTPUT} is out of date: run node scripts/generate-folding-table.mjs`);
      process.exit(1);
    }
  } else writeFileSync(OUTPUT, content);
}
