// A byte-level LSP client: writes frames exactly as given (malformed ones too) and reads the
// server's frames, for the protocol tests a well-behaved JSON-RPC library cannot send.
import { spawn, type ChildProcess } from 'node:child_process';
import { MessageWaits } from './waits.js';
import { buildServer } from './build.js';

export interface RawMessage {
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

export class RawClient {
  readonly messages: RawMessage[] = [];
  stderr = '';
  exit: Promise<number | null>;
  private buffer = Buffer.alloc(0);
  private waits = new MessageWaits();
  private nextId = 1;

  constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr!.on('data', (chunk) => {
      this.stderr += chunk;
      this.notify();
    });
    this.exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    // Writing to a server that exited on a bad frame is expected in these tests.
    child.stdin!.on('error', () => undefined);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())![1]);
      if (this.buffer.length < end + 4 + length) return;
      this.messages.push(JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.notify();
    }
  }

  private notify(): void {
    this.waits.wake();
  }

  /** Writes bytes as they are. */
  writeRaw(bytes: string | Buffer): void {
    this.child.stdin!.write(bytes);
  }

  /** Writes a body with a correct header. */
  writeBody(body: string): void {
    this.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  send(message: object): void {
    this.writeBody(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  notify_(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Sends a request and awaits its response (result or error). */
  async request(method: string, params?: unknown): Promise<RawMessage> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return this.waitFor(() => this.messages.find((m) => m.id === id && !m.method), `response to ${method}`);
  }

  async waitFor<T>(predicate: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return this.waits.until(predicate, timeoutMs, () => `timed out waiting for ${what}; stderr: ${this.stderr.slice(-1000)}`);
  }

  /** The exit code, or a failure if the process is still running after `timeoutMs`. */
  async exited(timeoutMs = 10_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`server still running after ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exit, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async initialize(initializationOptions: unknown = { workspaceTrusted: true }, rootUri: string | null = null): Promise<RawMessage> {
    const response = await this.request('initialize', { processId: null, rootUri, capabilities: {}, initializationOptions });
    this.notify_('initialized', {});
    return response;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

export async function startRaw(cwd?: string): Promise<RawClient> {
  const serverPath = await buildServer();
  const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: cwd ?? process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
  return new RawClient(child);
}
