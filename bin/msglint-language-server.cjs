#!/usr/bin/env node
// `msglint-language-server --stdio`: the bundled server (built by `npm run build`).
'use strict';
require('./codeCache.cjs').runBundle(require('node:path').join(__dirname, '..', 'dist', 'server.cjs'));
