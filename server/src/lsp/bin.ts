// Entry of `msglint-language-server`: `--stdio` for editors, `--node-ipc` for the VS Code client.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { moduleDir } from '../node/moduleDir.js';
import { gatedConnection } from './connection.js';
import { describeError } from './log.js';
import { SERVER_NAME, startServer } from './server.js';

const version = packageVersion();

const USAGE = `Usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=<port>

The msglint language server (Language Server Protocol over stdio, node IPC or a socket).
Editors start it; see docs/editors.md for VS Code, Neovim, Vim (ALE, vim-lsp), Helix, Kakoune,
Emacs (eglot, lsp-mode) and Sublime Text.`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}

const connection = gatedConnection(args);
// Whatever escapes a handler is logged (without draft text) and the server carries on.
process.on('uncaughtException', (error) => connection.console.error(`[msglint] uncaught: ${describeError(error)}`));
process.on('unhandledRejection', (error) => connection.console.error(`[msglint] unhandled rejection: ${describeError(error)}`));
startServer(connection, version);

/** The version in the package.json the server is installed with (next to rules/, as the packs are found). */
function packageVersion(): string {
  for (let dir = moduleDir(); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && existsSync(join(dir, 'rules'))) {
      try {
        return String(JSON.parse(readFileSync(file, 'utf8')).version ?? '0.0.0');
      } catch {
        return '0.0.0';
      }
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}
