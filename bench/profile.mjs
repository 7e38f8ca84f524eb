// Summarises a V8 .cpuprofile by self time, per function and per module. Functions in the esbuild
// bundle are mapped back to their source module through the `// path/to/module` comments esbuild
// writes before each module.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

function moduleMap(bundlePath) {
  const lines = readFileSync(bundlePath, 'utf8').split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    const m = /^\/\/ ((?:node_modules|server|bench|scripts)\/\S+)$/.exec(line);
    if (m) starts.push({ line: i, module: m[1] });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '(bundle prologue)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].line <= line) {
        found = starts[mid].module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** `node_modules/markdown-it/lib/x.mjs` → `markdown-it`; engine files keep their path. */
export function packageOf(module) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1] : module;
}

export function summarizeProfile(profilePath, bundlePath) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const bundleUrl = pathToFileURL(bundlePath).href;
  const lookup = moduleMap(bundlePath);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const delta = (timeDeltas[i + 1] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + delta);
  }
  let total = 0;
  const byFunction = new Map();
  const byModule = new Map();
  for (const [id, ms] of self) {
    const { callFrame } = nodes.get(id);
    total += ms;
    let module;
    if (callFrame.url === bundleUrl) module = lookup(callFrame.lineNumber);
    else if (!callFrame.url) module = callFrame.functionName.startsWith('(') ? callFrame.functionName : '(native)';
    else if (callFrame.url.startsWith('node:')) module = 'node internals';
    else module = callFrame.url;
    const fn = `${callFrame.functionName || '(anonymous)'}`;
    const key = `${fn}\u0000${module}\u0000${callFrame.lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const pkg = packageOf(module);
    byModule.set(pkg, (byModule.get(pkg) ?? 0) + ms);
  }
  const sorted = (map, fn) => [...map].sort((a, b) => b[1] - a[1]).map(fn);
  return {
    totalMs: total,
    modules: sorted(byModule, ([name, ms]) => ({ name, ms, share: (100 * ms) / total })),
    functions: sorted(byFunction, ([key, ms]) => {
      const [name, module] = key.split('\u0000');
      return { name, module: packageOf(module).replace(/^server\/src\/engine\//, ''), ms, share: (100 * ms) / total };
    }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [profilePath, bundlePath] = process.argv.slice(2);
  const s = summarizeProfile(profilePath, bundlePath);
  console.log(`total ${s.totalMs.toFixed(0)} ms`);
  for (const m of s.modules.slice(0, 20)) console.log(`${m.ms.toFixed(0).padStart(8)} ms ${m.share.toFixed(1).padStart(5)}%  ${m.name}`);
  console.log('');
  for (const f of s.functions.slice(0, 30))
    console.log(`${f.ms.toFixed(0).padStart(8)} ms ${f.share.toFixed(1).padStart(5)}%  ${f.name}  [${f.module}]`);
}
