// The violation-dense corpus and its side-by-side measurement (issue 15, ../shared/bench/README.md).
// A folder of drafts under review: each draft concatenates 1, 1, 2, 3, 5, 8 or 16 labelled drafts
// of one channel under that channel's front matter (a random stage on marketplace channels).
// Measured against the shared floor (`../shared/bench/floor.js`) and textlint 15 + textlint-rule-prh
// with the shared `prh.yml`; each tool runs as a new process, interleaved, median wall time.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { createRng } from './generator.mjs';

export const DENSE_VERSION = 1;
const PARTS = [1, 1, 2, 3, 5, 8, 16];
const CHANNELS = ['email', 'whatsapp', 'wechat', 'telegram', 'linkedin', 'sms', 'alibaba', 'marketplace', 'phone'];
const MARKETPLACES = new Set(['alibaba', 'marketplace']);
const STAGES = ['inquiry', 'negotiation', 'order', 'after-sales'];

/** Labelled cases grouped by channel; cases with an invalid channel (typo tests) are left out. */
function casesByChannel(casesFile) {
  const { cases } = parse(readFileSync(casesFile, 'utf8'));
  const groups = new Map();
  for (const c of cases) {
    if (!CHANNELS.includes(c.channel) || typeof c.text !== 'string') continue;
    if (!groups.has(c.channel)) groups.set(c.channel, []);
    groups.get(c.channel).push(c.text.trimEnd());
  }
  return groups;
}

/** Draft i of the corpus: depends only on (seed, i) and the cases file. */
export function denseDraft(groups, seed, i) {
  const rng = createRng((seed * 1000003 + i) >>> 0);
  const channels = [...groups.keys()];
  const channel = rng.pick(channels);
  const texts = groups.get(channel);
  const n = rng.pick(PARTS);
  const parts = Array.from({ length: n }, () => rng.pick(texts));
  const stage = MARKETPLACES.has(channel) ? `stage: ${rng.pick(STAGES)}\n` : '';
  return `---\nchannel: ${channel}\n${stage}---\n${parts.join('\n\n')}\n`;
}

/**
 * Writes `count` dense drafts to `dir` (one flat folder, as the shared floor reads it). Skipped when
 * the folder already holds this exact corpus (same cases file, seed, count and version).
 */
export function writeDenseCorpus(casesFile, dir, seed, count) {
  const stamp = JSON.stringify({ v: DENSE_VERSION, cases: readFileSync(casesFile, 'utf8').length, file: basename(casesFile), seed, count });
  const stampFile = join(dir, '..', `${basename(dir)}.stamp`);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(dir)) return { written: 0 };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const groups = casesByChannel(casesFile);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `d${String(i).padStart(5, '0')}.msg.md`), denseDraft(groups, seed, i));
  writeFileSync(stampFile, stamp);
  return { written: count };
}

export function denseStats(dir) {
  let bytes = 0;
  const names = readdirSync(dir);
  for (const n of names) bytes += readFileSync(join(dir, n)).length;
  return { drafts: names.length, bytes };
}

/**
 * Runs floor, textlint + prh and msglint (default --jobs, and --jobs 1) `runs` times each, interleaved,
 * as new processes. Returns the median wall and CPU time of each, and their finding counts.
 * `timeProcess(cmd, args, opts)` resolves { ms, cpuMs, stdout }.
 */
export async function measureDense({ dir, runs, cliPath, textlintBin, textlintDir, sharedDir, timeProcess, log, skipTextlint = false }) {
  const tools = {
    floor: { cmd: process.execPath, args: [join(sharedDir, 'floor.js'), dir], count: (out) => JSON.parse(out).hits },
    msglint: { cmd: process.execPath, args: [cliPath, '--format', 'json', dir], count: countJsonDiagnostics },
    'msglint --jobs 1': { cmd: process.execPath, args: [cliPath, '--format', 'json', '--jobs', '1', dir], count: countJsonDiagnostics },
  };
  if (!skipTextlint)
    tools['textlint + prh'] = {
      cmd: process.execPath,
      args: [textlintBin, '--config', join(textlintDir, '.textlintrc.json'), '--format', 'json', dir],
      cwd: textlintDir,
      count: (out) => JSON.parse(out).reduce((n, f) => n + f.messages.length, 0),
    };
  const samples = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  const findings = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, tool] of Object.entries(tools)) {
      const r = await timeProcess(tool.cmd, tool.args, { cwd: tool.cwd });
      samples[name].push(r);
      if (findings[name] === undefined) {
        try {
          findings[name] = tool.count(r.stdout);
        } catch {
          findings[name] = NaN;
        }
      }
      log(`  dense run ${run + 1}/${runs}: ${name} ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU`);
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return Object.fromEntries(
    Object.entries(samples).map(([name, rs]) => [
      name,
      { ms: median(rs.map((r) => r.ms)), cpuMs: median(rs.map((r) => r.cpuMs)), walls: rs.map((r) => r.ms), findings: findings[name] },
    ]),
  );
}

function countJsonDiagnostics(stdout) {
  const data = JSON.parse(stdout);
  return (data.files ?? []).reduce((n, f) => n + f.diagnostics.length, 0);
}

/** Markdown section for the dense measurement. */
export function renderDense({ stats, results, seed, casesFile, load, runs }) {
  const m = results.msglint;
  const j1 = results['msglint --jobs 1'];
  const fl = results.floor;
  const tl = results['textlint + prh'];
  const s = (ms) => (ms / 1000).toFixed(2);
  const r = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}` : 'n/a');
  const out = [];
  out.push('### Violation-dense corpus (issue 15)');
  out.push('');
  out.push(
    `${stats.drafts.toLocaleString('en-US')} drafts, ${(stats.bytes / 1048576).toFixed(1)} MB, built from \`${casesFile}\` (seed ${seed}): each draft is 1, 1, 2, 3, 5, 8 or 16 labelled drafts of one channel under that channel's front matter. ` +
      `Each tool ran ${runs}× as a new process, interleaved; median wall and CPU (user + system of the process and its threads, GNU time). ` +
      `Load average ${load.start.map((l) => l.toFixed(2)).join(' ')} at start, ${load.end.map((l) => l.toFixed(2)).join(' ')} at end, on 2 cores${Math.max(...load.start, ...load.end) > 2 ? ' (the machine was shared with other work: wall figures are inflated, CPU ratios hold better)' : ''}.`,
  );
  out.push('');
  out.push('| tool | wall s (median) | walls | CPU s | findings |');
  out.push('| --- | ---: | --- | ---: | ---: |');
  for (const [name, v] of Object.entries(results))
    out.push(
      `| ${name} | ${s(v.ms)} | ${v.walls.map(s).join(', ')} | ${s(v.cpuMs)} | ${Number.isFinite(v.findings) ? v.findings.toLocaleString('en-US') : 'n/a'} |`,
    );
  out.push('');
  const perDraft = (v) => `${((v.cpuMs * 1000) / stats.drafts).toFixed(0)} µs`;
  const perFinding = (v) => `${((v.cpuMs * 1000) / m.findings).toFixed(0)} µs`;
  out.push('| measure | value | target |');
  out.push('| --- | ---: | --- |');
  out.push(`| msglint / floor, wall | ${r(m.ms, fl.ms)} | ≤ 5 ${m.ms / fl.ms <= 5 ? 'met' : 'NOT met'} |`);
  out.push(`| msglint / floor, CPU | ${r(m.cpuMs, fl.cpuMs)} | |`);
  out.push(`| msglint --jobs 1 / floor, wall | ${r(j1.ms, fl.ms)} | |`);
  if (tl) {
    out.push(`| msglint / textlint-prh, wall | ${r(m.ms, tl.ms)} | ≤ 0.2 ${m.ms / tl.ms <= 0.2 ? 'met' : 'NOT met'} |`);
    out.push(`| msglint / textlint-prh, CPU | ${r(m.cpuMs, tl.cpuMs)} | |`);
  }
  out.push(`| msglint CPU per draft (default jobs / --jobs 1) | ${perDraft(m)} / ${perDraft(j1)} | |`);
  out.push(`| msglint CPU per finding (default jobs / --jobs 1) | ${perFinding(m)} / ${perFinding(j1)} | |`);
  return out.join('\n');
}
