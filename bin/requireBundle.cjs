'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Runs a bundle from dist/ through the V8 code cache (codeCache.cjs); a checkout that was never built
 * gets one line saying so, not a stack trace.
 */
module.exports = function requireBundle(name) {
  const bundle = join(__dirname, '..', 'dist', name);
  if (!existsSync(bundle)) {
    process.stderr.write(`msglint: ${bundle} is missing; in a checkout, run \`npm ci\` (or \`npm run build\`) first\n`);
    process.exit(2);
  }
  require('./codeCache.cjs').runBundle(bundle);
};
