'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Runs a bundle from dist/ through the V8 code cache (codeCache.cjs); a checkout that was never built
 * gets one line saying so, not a stack trace.
 */
module.exports = function requireBundle(name) {
  // V8 first interprets a regular expression and compiles it to machine code on its second use:
  // each of the rule packs' large patterns is compiled twice in every process and worker. Compiling
  // once, at first use, saves ~80 ms of a one-draft run and ~7% of the CPU of a folder (bench/RESULTS.md).
  // The flag is process-wide (workers inherit it) and changes no match.
  require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  const bundle = join(__dirname, '..', 'dist', name);
  if (!existsSync(bundle)) {
    process.stderr.write(`msglint: ${bundle} is missing; in a checkout, run \`npm ci\` (or \`npm run build\`) first\n`);
    process.exit(2);
  }
  require('./codeCache.cjs').runBundle(bundle);
};
