// Every message from the client passes here before the connection sees it: the lifecycle rules of
// the LSP spec (-32002 before `initialize`, -32600 after `shutdown`) and the params checks of
// params.ts (-32602 naming the field for a request; a logged, dropped notification). Handlers behind
// it can trust their params' shapes.
import {
  AbstractMessageReader,
  ErrorCodes,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node.js';
import { NOTIFICATION_PARAMS, paramsProblem, REQUEST_PARAMS } from './params.js';

export interface GateEvents {
  /** Sends a JSON-RPC message straight to the client (error responses). */
  send(message: object): void;
  /** One log line (already free of draft text). */
  log(message: string, initialized: boolean): void;
}

type State = 'new' | 'running' | 'shutdown';
type Id = number | string | null;

export class ProtocolGate extends AbstractMessageReader {
  private state: State = 'new';

  constructor(
    private readonly inner: MessageReader,
    private readonly events: GateEvents,
  ) {
    super();
    inner.onError((error) => this.fireError(error));
    inner.onClose(() => this.fireClose());
    inner.onPartialMessage((info) => this.firePartialMessage(info));
  }

  get isShutDown(): boolean {
    return this.state === 'shutdown';
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (this.admit(message)) callback(message);
    });
  }

  /** A body that was not JSON at all. */
  parseError(): void {
    this.reply(null, ErrorCodes.ParseError, 'Parse error: the message body is not JSON');
  }

  private admit(message: Message): boolean {
    const m = message as unknown as Record<string, unknown>;
    if (!m || typeof m !== 'object' || Array.isArray(m) || m.jsonrpc !== '2.0') {
      this.reply(validId(m?.id), ErrorCodes.InvalidRequest, 'Invalid request: not a JSON-RPC 2.0 message');
      return false;
    }
    const hasId = 'id' in m;
    if (!('method' in m)) return hasId; // a response to one of the server's own requests
    const { method } = m;
    if (typeof method !== 'string' || (hasId && validId(m.id) === undefined)) {
      this.reply(
        hasId ? (validId(m.id) ?? null) : null,
        ErrorCodes.InvalidRequest,
        'Invalid request: method must be a string and id a number or string',
      );
      return false;
    }
    return hasId ? this.admitRequest(m.id as Id, method, m.params) : this.admitNotification(method, m.params);
  }

  private admitRequest(id: Id, method: string, params: unknown): boolean {
    if (this.state === 'shutdown') {
      this.reply(id, ErrorCodes.InvalidRequest, `Invalid request: the server is shut down (${method})`);
      return false;
    }
    if (method === 'initialize' ? this.state !== 'new' : this.state === 'new') {
      if (method === 'initialize') this.reply(id, ErrorCodes.InvalidRequest, 'Invalid request: initialize was already sent');
      else this.reply(id, ErrorCodes.ServerNotInitialized, `Server not initialized: send initialize before ${method}`);
      return false;
    }
    const schema = REQUEST_PARAMS[method];
    const problem = schema && paramsProblem(schema, params);
    if (problem) {
      this.reply(id, ErrorCodes.InvalidParams, `Invalid params for ${method}: ${problem}`);
      return false;
    }
    if (method === 'initialize') this.state = 'running';
    if (method === 'shutdown') this.state = 'shutdown';
    return true;
  }

  private admitNotification(method: string, params: unknown): boolean {
    if (method === 'exit') return true;
    if (this.state !== 'running') {
      // The spec: notifications before initialize are dropped, and after shutdown only exit counts.
      this.events.log(`dropped ${method}: ${this.state === 'new' ? 'before initialize' : 'after shutdown'}`, false);
      return false;
    }
    const schema = NOTIFICATION_PARAMS[method];
    const problem = schema && paramsProblem(schema, params);
    if (problem) {
      this.events.log(`ignored ${method} with invalid params: ${problem}`, true);
      return false;
    }
    return true;
  }

  private reply(id: Id | undefined, code: number, message: string): void {
    this.events.send({ jsonrpc: '2.0', id: id ?? null, error: { code, message } });
  }
}

function validId(id: unknown): Id | undefined {
  return typeof id === 'number' || typeof id === 'string' ? id : id === null ? null : undefined;
}
