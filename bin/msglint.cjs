#!/usr/bin/env node
'use strict';
// Runs the bundled CLI. From a checkout, the bundle is rebuilt first when a source is newer,
// so `npm run msglint` never runs stale code.
require('./ensureBuilt.cjs')();
require('./codeCache.cjs').runBundle(require('node:path').join(__dirname, '..', 'dist', 'cli.cjs'));
