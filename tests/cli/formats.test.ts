// Every output format, from the real CLI, on a draft with CJK, emoji, surrogate pairs and CRLF:
// positions must be exact (0-based UTF-16 in JSON as in LSP; 1-based UTF-16 columns in SARIF and GitHub).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type AjvDraft04 from 'ajv-draft-04';
import type AddFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/engine/index.js';
import { ROOT, runCli, workspace, type CliRun, type JsonOutput } from './harness.js';

// Line 3: 😀 is two UTF-16 units, 你好 two; line 4 starts with 𠮷 (a surrogate pair).
const DRAFT = '---\r\nchannel: emial\r\n---\r\n😀你好 pls reply!!\r\n𠮷 wire the money, fyi\r\n';
const EXPECTED = [
  // ruleId, severity, the text the range names, 0-based range
  ['front-matter/invalid-value', 'error', 'emial', [1, 9, 1, 14]],
  ['test/shorthand', 'warning', 'pls', [3, 5, 3, 8]],
  ['test/bang', 'warning', '!!', [3, 14, 3, 16]],
  ['test/wire', 'error', 'wire the money', [4, 3, 4, 17]],
  ['test/fyi', 'info', 'fyi', [4, 19, 4, 22]],
] as const;

// CommonJS packages: their default export is `module.exports.default`.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04').default as typeof AjvDraft04.default;
const addFormats = require('ajv-formats').default as typeof AddFormats.default;

let ws: string;
const out: Record<string, CliRun> = {};

beforeAll(async () => {
  ws = workspace({ 'drafts/mixed.msg.md': DRAFT, 'drafts/clean.msg.md': '---\nchannel: email\n---\nDear Peter,\n' });
  for (const format of ['json', 'sarif', 'github', 'stylish']) out[format] = await runCli(['--format', format, 'drafts'], { cwd: ws });
}, 60_000);

describe('json', () => {
  it('follows the contract exactly: files → path as given, diagnostics with ruleId, severity, message, range, optional fix and link', () => {
    expect(out.json.code).toBe(1);
    const parsed = JSON.parse(out.json.stdout) as JsonOutput;
    expect(Object.keys(parsed)).toEqual(['files']);
    expect(parsed.files.map((f) => f.path)).toEqual(['drafts/clean.msg.md', 'drafts/mixed.msg.md']);
    expect(parsed.files[0]).toEqual({ path: 'drafts/clean.msg.md', diagnostics: [] });
    for (const file of parsed.files) {
      expect(Object.keys(file)).toEqual(['path', 'diagnostics']);
      for (const d of file.diagnostics) {
        expect(Object.keys(d)).toEqual([
          ...['ruleId', 'severity', 'message', 'range'],
          ...(d.fix ? ['fix'] : []),
          ...(d.link ? ['link'] : []),
        ]);
        expect(Object.keys(d.range)).toEqual(['start', 'end']);
        expect(Object.keys(d.range.start).sort()).toEqual(['character', 'line']);
        if (d.fix) {
          expect(Object.keys(d.fix).sort()).toEqual(['edits', 'safe', 'title']);
          for (const e of d.fix.edits) expect(Object.keys(e).sort()).toEqual(['newText', 'range']);
        }
      }
    }
  });

  it('ranges are exact 0-based UTF-16 positions and name the text they report', () => {
    const mixed = (JSON.parse(out.json.stdout) as JsonOutput).files[1];
    const lines = new LineIndex(DRAFT);
    expect(
      mixed.diagnostics.map((d) => [
        d.ruleId,
        d.severity,
        DRAFT.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end)),
        [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      ]),
    ).toEqual(EXPECTED);
  });

  it('fixes carry their edits', () => {
    const mixed = (JSON.parse(out.json.stdout) as JsonOutput).files[1];
    expect(mixed.diagnostics[0].fix).toEqual({
      title: 'Change to “email”',
      safe: true,
      edits: [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } }, newText: 'email' }],
    });
    expect(mixed.diagnostics[3].fix).toBeUndefined();
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The published schema has a pattern (language tags) that is only valid without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('the validator rejects an invalid log (so passing means something)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
    expect(
      validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'loud' }] }] }),
    ).toBe(false);
  });

  it('validates against the published SARIF 2.1.0 schema', () => {
    expect(out.sarif.code).toBe(1);
    const log = JSON.parse(out.sarif.stdout);
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('results have exact 1-based UTF-16 regions, levels and rule indexes', () => {
    const run = JSON.parse(out.sarif.stdout).runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    expect(
      run.results.map((r: any) => {
        const { startLine, startColumn, endLine, endColumn } = r.locations[0].physicalLocation.region;
        return [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, [startLine, startColumn, endLine, endColumn]];
      }),
    ).toEqual(
      EXPECTED.map(([id, severity, , [l1, c1, l2, c2]]) => [id, LEVEL[severity], 'drafts/mixed.msg.md', [l1 + 1, c1 + 1, l2 + 1, c2 + 1]]),
    );
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const fix = run.results[0].fixes[0].artifactChanges[0].replacements[0];
    expect(fix).toEqual({
      deletedRegion: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 15 },
      insertedContent: { text: 'email' },
    });
  });

  it('file names with spaces, #, % and CJK become valid URI references; absolute paths file URIs', async () => {
    const name = '草稿 #1 100%.msg.md';
    const w = workspace({ [`sub dir/${name}`]: 'pls\n', [`abs/${name}`]: 'pls\n' });
    const r = await runCli(['--format', 'sarif', 'sub dir', join(w, 'abs', name)], { cwd: w });
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const uris = log.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toHaveLength(2);
    expect(decodeURIComponent(uris[0])).toBe(`sub dir/${name}`);
    expect(uris[1]).toBe(pathToFileURL(join(w, 'abs', name)).href);
  });

  it('an empty run is valid too', async () => {
    const r = await runCli(['--format', 'sarif', 'drafts/clean.msg.md'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(validate(JSON.parse(r.stdout))).toBe(true);
    expect(JSON.parse(r.stdout).runs[0].results).toEqual([]);
  });
});

describe('github', () => {
  it('prints one workflow command per finding, 1-based', () => {
    expect(out.github.code).toBe(1);
    const lines = out.github.stdout.trimEnd().split('\n');
    const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };
    expect(lines).toHaveLength(EXPECTED.length);
    EXPECTED.forEach(([id, severity, , [l1, c1, l2, c2]], i) => {
      expect(lines[i]).toMatch(
        new RegExp(
          `^::${COMMAND[severity]} file=drafts/mixed\\.msg\\.md,line=${l1 + 1},col=${c1 + 1},endLine=${l2 + 1},endColumn=${c2 + 1},title=msglint ${id.replace('/', '\\/')}::.+$`,
        ),
      );
    });
  });

  it('escapes properties and data', async () => {
    const w = workspace({ 'a,b:c%.msg.md': 'pls' });
    const r = await runCli(['--format', 'github', 'a,b:c%.msg.md'], { cwd: w });
    expect(r.stdout).toMatch(
      /^::warning file=a%2Cb%3Ac%25\.msg\.md,line=1,col=1,endLine=1,endColumn=4,title=msglint test\/shorthand::Write “please” instead of “pls”\.\n$/,
    );
  });
});

describe('stylish', () => {
  it('shows 1-based line:column (UTF-16) per finding and a summary', () => {
    expect(out.stylish.code).toBe(1);
    const rows = out.stylish.stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l));
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(EXPECTED.map(([, , , [l, c]]) => `${l + 1}:${c + 1}`));
    expect(rows.map((r) => r.trim().split(/\s+/).at(-1))).toEqual(EXPECTED.map(([id]) => id));
    expect(out.stylish.stdout).toContain('drafts/mixed.msg.md\n');
    expect(out.stylish.stdout).not.toContain('drafts/clean.msg.md');
    expect(out.stylish.stdout).toContain('✖ 5 problems (2 errors, 2 warnings, 1 info)');
    expect(out.stylish.stdout).toContain('3 can be fixed with --fix');
    expect(out.stylish.stdout).not.toContain('\u001b[');
  });
});

describe('rule links in json and sarif', () => {
  const HOUSE_LINK = 'https://wiki.example.com/style/house';
  // A user pack: one rule links through the pack's `link:`, one through its own.
  const pack = (link: string) => `${link}rules:
  - id: house/pls
    kind: existence
    severity: warning
    patterns: ['\\bpls\\b']
    message: { en: 'Write please.', zh: '请写全。' }
    rationale: { en: x, zh: x }
    examples: { fail: [pls], pass: [please] }
  - id: house/fyi
    kind: existence
    severity: info
    patterns: ['\\bfyi\\b']
    link: https://wiki.example.com/fyi
    message: { en: 'Say what you need.', zh: '说清楚。' }
    rationale: { en: x, zh: x }
    examples: { fail: [fyi], pass: [y] }
`;
  const DRAFT_TEXT = '---\nchannel: emial\n---\npls reply, fyi\n';
  const links = async (link: string) => {
    const w = workspace({ 'house.yaml': pack(link), 'd.msg.md': DRAFT_TEXT }, 'rulePacks: [house.yaml]\n');
    const json = JSON.parse((await runCli(['--format', 'json', 'd.msg.md'], { cwd: w })).stdout) as JsonOutput;
    const sarif = JSON.parse((await runCli(['--format', 'sarif', 'd.msg.md'], { cwd: w })).stdout);
    return {
      json: Object.fromEntries(json.files[0].diagnostics.map((d) => [d.ruleId, d.link])),
      sarif: Object.fromEntries(sarif.runs[0].tool.driver.rules.map((r: any) => [r.id, r.helpUri])),
    };
  };
  const BUILTIN = 'https://github.com/msglint/msglint/blob/main/docs/rules/front-matter.md#invalid-value';

  it("a user pack without `link:` has no link (not a page of msglint's docs); built-in rules link to theirs", async () => {
    const expected = { 'front-matter/invalid-value': BUILTIN, 'house/pls': undefined, 'house/fyi': 'https://wiki.example.com/fyi' };
    const { json, sarif } = await links('');
    expect(json).toEqual(expected);
    expect(sarif).toEqual(expected);
  });

  it("a user pack's `link:` is its rules' link (json `link`, sarif `helpUri`); a rule's own overrides it", async () => {
    const expected = { 'front-matter/invalid-value': BUILTIN, 'house/pls': HOUSE_LINK, 'house/fyi': 'https://wiki.example.com/fyi' };
    const { json, sarif } = await links(`link: ${HOUSE_LINK}\n`);
    expect(json).toEqual(expected);
    expect(sarif).toEqual(expected);
  });
});
