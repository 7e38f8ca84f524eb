#!/usr/bin/env node
'use strict';
// `msglint-language-server --stdio`: the bundled server (dist/, shipped in the package; never built at run time).
require('./requireBundle.cjs')('server.cjs');
