#!/usr/bin/env node
'use strict';
// `msglint`: the bundled CLI (dist/, built by `npm run build` and shipped in the package). It never
// builds at run time; `npm run msglint` in a checkout rebuilds a stale dist/ first.
require('./requireBundle.cjs')('cli.cjs');
