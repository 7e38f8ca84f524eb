'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds dist/ when it is missing or older than server/src (a checkout); an installed package has no sources. */
module.exports = function ensureBuilt() {
  const sources = join(root, 'server', 'src');
  if (!existsSync(sources) || !existsSync(join(root, 'scripts', 'build.mjs'))) return;
  const bundle = join(root, 'dist', 'cli.cjs');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(sources)) return;
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    // A failed entry was reported on stderr; run whatever bundle exists.
  }
};
