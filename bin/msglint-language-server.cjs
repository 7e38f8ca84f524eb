#!/usr/bin/env node
// `msglint-language-server --stdio`: the bundled server (built by `npm run build`).
'use strict';
require('../dist/server.cjs');
