// `npm run test:vscode:electron`: the same extension suite in a real desktop VS Code downloaded by
// @vscode/test-electron (needs network access to update.code.visualstudio.com and a display, e.g. xvfb-run).
// The offline launcher is run-code-server.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';
import { root, scratch } from './lib.mjs';

execFileSync(process.execPath, [join(root, 'client', 'build.mjs')], { stdio: 'inherit' });
const suite = await buildSuite();
const s = scratch('electron');
const resultsFile = join(s.dir, 'results.json');
let code = 1;
try {
  code = await runTests({
    version: process.env.MSGLINT_VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: join(root, 'client'),
    extensionTestsPath: suite,
    extensionTestsEnv: { MSGLINT_VSCODE_RESULTS: resultsFile },
    launchArgs: [
      s.workspace,
      '--user-data-dir',
      s.userDataDir,
      '--extensions-dir',
      mkdtempSync(join(tmpdir(), 'msglint-electron-ext-')),
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
    ],
  });
} catch (err) {
  console.error(`[vscode-tests] @vscode/test-electron failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  if (!process.env.MSGLINT_KEEP_SCRATCH) rmSync(s.dir, { recursive: true, force: true });
}
process.exit(code === 0 ? 0 : 1);
