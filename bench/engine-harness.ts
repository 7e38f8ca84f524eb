// In-process engine benchmark, bundled by bench/run.mjs to bench/.build/engine.cjs (so it runs the same
// compiled code as the CLI). Prints one JSON object on stdout.
//   node engine.cjs throughput <dir|file>...   read + lint every draft (after a warm-up), with a parse-only pass
//   node engine.cjs scaling                     time per draft against draft size, long lines and many findings
//   node engine.cjs passes N P <dir>            lint the first N drafts P times, nothing timed (bench/instructions.mjs
//                                               counts its instructions: the difference of two P is the cost of warm passes)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintDraft, parseDraft, RuleSet } from '../server/src/engine/index.js';
import { loadBuiltinPacks } from '../server/src/node/rulePackFiles.js';
import { generateDraft } from './generator.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;
/** CPU time of this process (ms): steadier than wall time when other work shares the machine. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (p.endsWith('.msg.md')) out.push(p);
  };
  paths.forEach(walk);
  return out;
}

function loadRules() {
  const t0 = now();
  const set = new RuleSet(loadBuiltinPacks());
  return { rules: set.rules, loadMs: now() - t0, ruleCount: set.rules.length, packErrors: set.errors.length };
}

function throughput(paths: string[], timeRules = true) {
  const { rules, loadMs, ruleCount, packErrors } = loadRules();
  const t0 = now();
  const files = listFiles(paths);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const readMs = now() - t0;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Steady state: warm the JIT on up to 2,000 drafts, then time whole passes (best of `passes`: the
  // machine may be shared, and noise only ever adds time).
  const warm = Math.min(texts.length, 2000);
  for (let i = 0; i < warm; i++) lintDraft(texts[i], rules);
  const passes = texts.length <= 10000 ? 3 : 1;
  let lintMs = Infinity;
  let lintCpuMs = Infinity;
  let parseCpuMs = Infinity;
  let diagnostics = 0;
  for (let pass = 0; pass < passes; pass++) {
    const t1 = now();
    const c1 = cpu();
    diagnostics = 0;
    for (const text of texts) diagnostics += lintDraft(text, rules).diagnostics.length;
    lintCpuMs = Math.min(lintCpuMs, cpu() - c1);
    lintMs = Math.min(lintMs, now() - t1);
    const c2 = cpu();
    for (const text of texts) parseDraft(text);
    parseCpuMs = Math.min(parseCpuMs, cpu() - c2);
  }
  // Where the time goes: one more pass with every rule's run() timed in CPU time (parseDraft is the rest).
  const ruleMs = new Map<string, number>();
  const timed = rules.map((rule) => ({
    ...rule,
    run(draft: Parameters<typeof rule.run>[0]) {
      const t = cpu();
      try {
        return rule.run(draft);
      } finally {
        ruleMs.set(rule.definition.id, (ruleMs.get(rule.definition.id) ?? 0) + cpu() - t);
      }
    },
  }));
  if (timeRules) for (const text of texts) lintDraft(text, timed);
  const ruleTimes = [...ruleMs].map(([id, ms]) => ({ id, ms })).sort((a, b) => b.ms - a.ms);
  return { drafts: texts.length, bytes, ruleCount, packErrors, loadMs, readMs, lintMs, lintCpuMs, parseCpuMs, diagnostics, ruleTimes };
}

/** Best CPU time (ms) of linting `text`, repeated until ~150 ms or 200 runs (noise on a shared machine only adds). */
function timeOne(text: string, rules: ReturnType<typeof loadRules>['rules']): { ms: number; findings: number } {
  const findings = lintDraft(text, rules).diagnostics.length;
  const samples: number[] = [];
  const start = now();
  for (let i = 0; i < 3; i++) lintDraft(text, rules);
  while (samples.length < 5 || (now() - start < 150 && samples.length < 200)) {
    const t = cpu();
    lintDraft(text, rules);
    samples.push(cpu() - t);
  }
  return { ms: Math.min(...samples), findings };
}

/** Least-squares fit of y = a + b·x, and the exponent k of y ∝ x^k on log-log axes. */
function fit(xs: number[], ys: number[]) {
  const n = xs.length;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const lin = (x: number[], y: number[]) => {
    const mx = mean(x);
    const my = mean(y);
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) ** 2;
    }
    const b = sxy / sxx;
    return { a: my - b * mx, b };
  };
  const linear = lin(xs, ys);
  const loglog = lin(xs.map(Math.log), ys.map(Math.log));
  const predicted = xs.map((x) => linear.a + linear.b * x);
  const ssRes = ys.reduce((s, y, i) => s + (y - predicted[i]) ** 2, 0);
  const my = mean(ys);
  const ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  return { interceptMs: linear.a, slopeMsPerKB: linear.b, exponent: loglog.b, r2: 1 - ssRes / ssTot };
}

function scaling() {
  const { rules } = loadRules();
  // Warm the JIT on ordinary drafts first.
  for (let i = 0; i < 300; i++) lintDraft(generateDraft(99, i).text, rules);
  const sizesKB = [1, 2, 5, 10, 20, 50, 100, 200];
  const shapes: Record<string, (kb: number) => string> = {
    // An ordinary draft of the given size (mixed paragraphs, lists, quotes; ~8% violating sentences).
    normal: (kb) => generateDraft(1234, 0, { size: kb * 1024, violationRate: 0.08 }).text,
    // The same content on one line: no line breaks after the front matter.
    'one long line': (kb) => {
      const text = generateDraft(1234, 1, { size: kb * 1024, violationRate: 0.08 }).text;
      const body = text.indexOf('\n---\n', 4);
      const cut = body < 0 ? 0 : body + 5;
      return text.slice(0, cut) + text.slice(cut).replace(/\r?\n/g, ' ');
    },
    // Every sentence a violation: findings grow with size.
    'many findings': (kb) => generateDraft(1234, 2, { size: kb * 1024, violationRate: 1 }).text,
  };
  const results: Record<string, { kb: number; ms: number; findings: number }[]> = {};
  const fits: Record<string, ReturnType<typeof fit>> = {};
  for (const [shape, make] of Object.entries(shapes)) {
    results[shape] = sizesKB.map((kb) => {
      const text = make(kb);
      return { kb: Buffer.byteLength(text) / 1024, ...timeOne(text, rules) };
    });
    fits[shape] = fit(
      results[shape].map((r) => r.kb),
      results[shape].map((r) => r.ms),
    );
  }
  return { results, fits };
}

/** Lints the first `count` drafts `passes` times: a fixed amount of work, for an instruction counter. */
function passes(count: number, passCount: number, paths: string[]) {
  const { rules } = loadRules();
  const texts = listFiles(paths)
    .slice(0, count)
    .map((f) => readFileSync(f, 'utf8'));
  let diagnostics = 0;
  for (let pass = 0; pass < passCount; pass++) for (const text of texts) diagnostics += lintDraft(text, rules).diagnostics.length;
  return { drafts: texts.length, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), passes: passCount, diagnostics };
}

const [mode, ...args] = process.argv.slice(2);
const result =
  mode === 'scaling'
    ? scaling()
    : mode === 'passes'
      ? passes(Number(args[0]), Number(args[1]), args.slice(2))
      : throughput(
          args.filter((a) => a !== '--no-rule-times'),
          !args.includes('--no-rule-times'),
        );
process.stdout.write(JSON.stringify(result) + '\n');
