// `npm run test:vscode`: the VS Code tests, offline. Installs what is missing (Debian packages,
// code-server 4.100.3 into .cache/), builds and packages the extension, then runs
//   1. the extension test suite inside code-server (extension development mode), once in a trusted
//      workspace with an English UI, then its trust and language tests in an untrusted workspace with a zh-cn UI;
//   2. the UI test: the packaged .vsix installed with --install-extension, driven by keyboard and mouse.
// Options: --suite-only, --ui-only, --skip-package (reuse client/ and dist/*.vsix as built).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { installCodeServer, log, resultsDir, root, timed } from './lib.mjs';
import { runSuite } from './suite.mjs';
import { runUiTest } from './ui.mjs';

const args = new Set(process.argv.slice(2));
const manifest = JSON.parse(readFileSync(join(root, 'client', 'package.json'), 'utf8'));
const vsix = join(root, 'dist', `${manifest.name}-${manifest.version}.vsix`);
const timings = {};
rmSync(resultsDir, { recursive: true, force: true }); // artifacts of this run only

let done = timed('install (apt packages if missing, code-server)');
const bin = installCodeServer();
timings.install = done();

done = timed('type-check the client');
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'client', 'tsconfig.json')], {
  stdio: 'inherit',
});
timings.typecheck = done();

if (!args.has('--skip-package') || !existsSync(vsix)) {
  done = timed('build + package the extension');
  execFileSync(process.execPath, [join(root, 'client', 'build.mjs'), '--package', '--out', vsix], { stdio: 'inherit' });
  timings.package = done();
  log(`${vsix}: ${(statSync(vsix).size / 1024).toFixed(1)} KiB`);
}

let ok = true;
if (!args.has('--ui-only')) {
  done = timed('extension suite (trusted workspace, English UI)');
  const suite = await runSuite(bin, { name: 'suite' });
  timings.suite = done();
  ok &&= suite.passed;
  // The same suite's trust and language tests again, in an untrusted workspace with VS Code's display
  // language switched to zh-cn (code-server --locale zh-cn with an empty test language pack).
  done = timed('extension suite (untrusted workspace, zh-cn UI)');
  const zh = await runSuite(bin, {
    name: 'suite-untrusted-zh-cn',
    grep: 'workspace trust|display language|msglint.locale|initialization options',
    workspaceTrust: true,
    languagePack: 'zh-cn',
    args: ['--locale', 'zh-cn'],
    env: { MSGLINT_EXPECT_TRUSTED: 'false', MSGLINT_EXPECT_DISPLAY_LANGUAGE: 'zh-cn' },
  });
  timings.suiteUntrustedZh = done();
  ok &&= zh.passed;
}
if (!args.has('--suite-only')) {
  done = timed('UI test');
  const ui = await runUiTest(bin, vsix);
  timings.ui = done();
  ok &&= ui.passed;
}
log(`timings (s): ${JSON.stringify(timings)}`);
log(ok ? 'VS Code tests passed' : 'VS Code tests FAILED');
process.exit(ok ? 0 : 1);
