// Differential check for speed work: the JSON output of a build must be byte-identical to the
// output of a reference build on the same folder.
//   node bench/differential.mjs --write REF.json DIR [CLI]   record the reference (run it on the unmodified build)
//   node bench/differential.mjs REF.json DIR [CLI]           compare; exit 1 and name the first differing file
// CLI defaults to dist/cli.cjs; `--jobs 1` and the default `--jobs` must both match the reference.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const write = args[0] === '--write';
if (write) args.shift();
const [reference, dir, cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs')] = args;
if (!reference || !dir) {
  console.error('usage: node bench/differential.mjs [--write] REF.json DIR [CLI]');
  process.exit(2);
}

function lint(jobs) {
  const run = spawnSync(process.execPath, [cli, ...jobs, '--format', 'json', dir], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`msglint exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

if (write) {
  writeFileSync(reference, lint(['--jobs', '1']));
  console.log(`reference written: ${reference}`);
  process.exit(0);
}

const expected = readFileSync(reference, 'utf8');
let failed = false;
for (const jobs of [['--jobs', '1'], []]) {
  const actual = lint(jobs);
  const label = jobs.length ? jobs.join(' ') : 'default --jobs';
  if (actual === expected) {
    console.log(`${label}: identical (${expected.length} characters)`);
    continue;
  }
  failed = true;
  const want = JSON.parse(expected).files;
  const got = JSON.parse(actual).files;
  const first = want.findIndex((file, i) => JSON.stringify(file) !== JSON.stringify(got[i]));
  console.log(`${label}: DIFFERENT (${actual.length} vs ${expected.length} characters); first differing file: ${want[first]?.path}`);
}
process.exit(failed ? 1 : 0);
