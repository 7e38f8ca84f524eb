// The connection editors talk to, behind the strict framing and the protocol gate.
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node.js';
import { StrictStreamReader } from './framing.js';
import { ProtocolGate } from './protocolGate.js';

/**
 * stdio and node IPC (the transports editors use) go through the protocol gate; stdio also through
 * the strict framing, so a malformed header ends the process (exit 1) and the editor restarts it.
 */
export function gatedConnection(args: readonly string[]): Connection {
  const stdio = args.includes('--stdio');
  if (!stdio && !args.includes('--node-ipc')) return createConnection(ProposedFeatures.all);
  const writer: MessageWriter = stdio ? new StreamMessageWriter(process.stdout) : new IPCMessageWriter(process);
  const fatal = (reason: string) => {
    process.stderr.write(`[msglint] ${reason}; exiting so that the editor restarts the server\n`);
    process.exit(1);
  };
  const inner: MessageReader = stdio
    ? new StrictStreamReader(process.stdin, { fatal, unparsable: () => gate.parseError() })
    : new IPCMessageReader(process);
  const gate: ProtocolGate = new ProtocolGate(inner, {
    send: (message) => void writer.write(message as never).catch(() => undefined),
    log: (message, initialized) => {
      if (initialized)
        void writer
          .write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 2, message: `[msglint] ${message}` } } as never)
          .catch(() => undefined);
      else process.stderr.write(`[msglint] ${message}\n`);
    },
  });
  if (stdio) {
    // The client went away: exit as the spec says (0 only after shutdown).
    const ended = () => process.exit(gate.isShutDown ? 0 : 1);
    process.stdin.on('end', ended);
    process.stdin.on('close', ended);
  }
  return createConnection(ProposedFeatures.all, gate, writer);
}
