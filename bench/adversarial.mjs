// Adversarial inputs for the detectors that scan prose with regular expressions (quote, im-style,
// contact-drop, off-platform-payment) and for text normalization: each input is repeated at 1×,
// 4× and 16× its base size, and the time per KB and the growth ratio (16× time ÷ 1× time, linear
// is 16, quadratic 256) are printed. Speed belongs here, not in timed unit tests.
//
//   npx tsx bench/adversarial.mjs            human-readable table
//   npx tsx bench/adversarial.mjs --json     one JSON object (for bench/run.mjs)
//   node bench/adversarial.mjs               re-runs itself under tsx (the engine is TypeScript)
//
// The engine is loaded from its sources (server/src) through tsx, the way the tests load it; the
// figures are CPU time (process.cpuUsage), best of a few runs after a warm-up.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

let engine;
try {
  engine = await import('../server/src/engine/index.js');
} catch {
  // Plain node cannot load the TypeScript sources: run again under tsx.
  const r = spawnSync('npx', ['--no-install', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
const { parseDraft, RuleSet } = engine;
const { loadBuiltinPacks } = await import('../server/src/node/rulePackFiles.js');
const { normalizeText } = await import('../server/src/engine/text/normalize.js');
const { parseFrontMatter } = await import('../server/src/engine/draft/frontMatter.js');

const rules = new RuleSet(loadBuiltinPacks()).rules;
const byCategory = (...cats) => rules.filter((r) => cats.includes(r.category));
const byId = (...ids) => rules.filter((r) => ids.includes(r.definition.id));
const draft = (body, channel = 'email') => `---\nchannel: ${channel}\n---\n${body}`;

const RUN_ON =
  'Hi Peter, for BX-330 the price is USD 4.60 per piece FOB Ningbo and MOQ is 2000 pcs and delivery is 35 days and we can add your logo for free above 5000 pcs and samples are free but you pay the courier.';

/**
 * Each input: a name, the rules it exercises (or normalization), and a function giving the draft at
 * `k` times the base size. Base sizes are those of the former timed tests (their "small" input).
 */
const INPUTS = [
  {
    name: 'quote: huge unpunctuated paragraph of prices and numbers',
    from: 'tests/detection/quote.test.ts',
    rules: () => byId('quote/incomplete-price'),
    text: (k) => draft('价格是每件12.8美元 起订500件 交期25天 the price is 4.60 and 20,000 pcs at USD 3.2 FOB '.repeat(250 * k), 'wechat'),
  },
  {
    name: 'quote: a long price table and a long list under a price heading',
    from: 'new (column headers and list headings are looked up per amount)',
    rules: () => byId('quote/incomplete-price'),
    text: (k) =>
      draft(
        '| Model | Price | Qty |\n|---|---|---|\n' +
          '| A-1 | 12.50 | 500 |\n'.repeat(150 * k) +
          '\nPrices:\n' +
          '- Cotton tote bag 1.20 and canvas 2.10\n'.repeat(150 * k),
      ),
  },
  {
    name: 'im-style: huge chat draft of run-ons and shorthand',
    from: 'tests/detection/imStyle.test.ts',
    rules: () => byId('im-style/run-on', 'im-style/shorthand', 'im-style/shorthand-letter'),
    text: (k) => draft(`${RUN_ON} thx u r gr8 `.repeat(100 * k) + '\n\n' + `${RUN_ON}\n\n`.repeat(50 * k), 'whatsapp'),
  },
  ...[
    [
      'dense contacts and prices',
      'Call 139 1234 5678 or 加我微信 amy_2026，邮箱 amy艾特qq点com。Price USD 4.60, 12000 pcs, PO 2026031801. ',
    ],
    [
      'an unpunctuated Chinese paragraph of numbers',
      '价格是每件12.8美元 起订500件 交期25天 订单号2026112245678901 电话一三八零零一三八零零零 ',
    ],
    ['a table of figures', '1200 1300 1400 1500 1600 1700 1800 1900 '],
    ['run-on English with messenger words', 'the line and the signal and the group and the account and my manager said so '],
  ].map(([name, chunk]) => ({
    name: `contact-drop + off-platform-payment: ${name}`,
    from: 'tests/detection/contactDrop.test.ts',
    rules: () => byCategory('contact-drop', 'off-platform-payment'),
    text: (k) => draft(chunk.repeat(150 * k), 'alibaba'),
  })),
  {
    // Issue 16 item 9: the parser's uniqueKeys check was quadratic (20k → 80k keys: 3.4 → 59.6 s).
    name: 'front matter: many quoted keys (over 500 lines: refused by a linear pre-scan before the parser)',
    from: 'issue 16, item 9',
    frontMatter: true,
    text: (k) => `---\n${Array.from({ length: 5000 * k }, (_, i) => `"key${i}": v`).join('\n')}\n---\nHello\n`,
  },
  {
    name: 'normalizeText: long Chinese draft (traditional, messenger words, numerals)',
    from: 'tests/engine/normalize.test.ts',
    normalize: true,
    text: (k) => '您好，更多視頻加我微信 amy_sourcing 看。報價單號 PO#7781，数量一千件。\n'.repeat(125 * k),
  },
];

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms of one run: parse (fresh each time, as the scan caches on the draft) and run the rules. */
function timeOnce(input, text) {
  if (input.frontMatter) {
    const t = cpu();
    parseFrontMatter(text);
    return cpu() - t;
  }
  if (input.normalize) {
    const t = cpu();
    normalizeText(text);
    return cpu() - t;
  }
  const d = parseDraft(text);
  const list = input.rules();
  const t = cpu();
  for (const r of list) r.run(d);
  return cpu() - t;
}

function best(input, text, runs) {
  timeOnce(input, text); // warm-up
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, timeOnce(input, text));
  return min;
}

const SIZES = [1, 4, 16];
const results = [];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
for (const input of INPUTS.filter((i) => !only || i.name.includes(only))) {
  if (!input.normalize && !input.frontMatter && input.rules().length === 0) {
    results.push({ name: input.name, from: input.from, error: 'no rules loaded' });
    continue;
  }
  const sizes = SIZES.map((k) => {
    const text = input.text(k);
    const kb = Buffer.byteLength(text) / 1024;
    const ms = best(input, text, k >= 16 ? 3 : 5);
    return { k, kb: Number(kb.toFixed(1)), ms: Number(ms.toFixed(2)), msPerKb: Number((ms / kb).toFixed(4)) };
  });
  const growth = sizes[2].ms / Math.max(sizes[0].ms, 0.01);
  results.push({ name: input.name, from: input.from, sizes, growth16x: Number(growth.toFixed(1)) });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ adversarial: results }));
} else {
  for (const r of results) {
    if (r.error) {
      console.log(`${r.name}: ${r.error}`);
      continue;
    }
    const cells = r.sizes.map((s) => `${s.k}×: ${s.kb} KB ${s.ms} ms (${s.msPerKb} ms/KB)`).join(' | ');
    console.log(`${r.name}\n  ${cells}\n  growth 1× → 16×: ${r.growth16x}× (linear 16×, quadratic 256×)`);
  }
}
