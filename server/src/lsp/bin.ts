// Entry of `msglint-language-server`: `--stdio` for editors, `--node-ipc` for the VS Code client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { describeError } from './log.js';
import { SERVER_NAME, startServer } from './server.js';

declare const MSGLINT_VERSION: string | undefined;
const version = typeof MSGLINT_VERSION === 'string' ? MSGLINT_VERSION : '0.1.0';

const USAGE = `Usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=<port>

The msglint language server (Language Server Protocol over stdio, node IPC or a socket).
Editors start it; see docs/editors.md for VS Code, Neovim, Helix and Emacs.`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
// Whatever escapes a handler is logged (without draft text) and the server carries on.
process.on('uncaughtException', (error) => connection.console.error(`[msglint] uncaught: ${describeError(error)}`));
process.on('unhandledRejection', (error) => connection.console.error(`[msglint] unhandled rejection: ${describeError(error)}`));
startServer(connection, version);
