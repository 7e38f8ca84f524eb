// Base protocol framing over a byte stream (`Content-Length: n\r\n\r\n` + body), strictly.
// vscode-jsonrpc's reader waits forever on a header it cannot read (LF-only line breaks, a
// Content-Length of `abc` or `-5`, none at all): the server then stays alive and deaf, and the editor
// never learns it should restart it. Here a malformed header is fatal (reported once, without
// content), and a body that is not JSON is reported to the caller (for a -32700 answer) and skipped.
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node.js';

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
/** A header block longer than this without its end is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
/** The largest body read; the engine refuses drafts far smaller than this anyway. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

export interface FramingEvents {
  /** The stream cannot be read any further (says why, never what was sent). */
  fatal(reason: string): void;
  /** One body was not JSON: answer -32700 and go on with the next frame. */
  unparsable(): void;
}

export class StrictStreamReader extends AbstractMessageReader {
  /** Bytes received and not yet read, as they came. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The unread bytes joined, while frames are being read from them. */
  private buffer: Buffer = Buffer.alloc(0);
  private bodyLength = -1;
  private failed = false;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly events: FramingEvents,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('end', onClose);
        this.readable.off('close', onClose);
      },
    };
  }

  private onData(chunk: Buffer, callback: DataCallback): void {
    if (this.failed) return;
    // A large body arrives in many chunks: join them once it is complete, not once per chunk.
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.bodyLength >= 0 && this.pendingBytes < this.bodyLength) return;
    this.buffer = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    this.drain(callback);
    if (this.buffer.length > 0) {
      this.pending = [this.buffer];
      this.pendingBytes = this.buffer.length;
    }
  }

  private drain(callback: DataCallback): void {
    for (;;) {
      if (this.bodyLength < 0) {
        const length = this.readHeader();
        if (length === undefined) return;
        this.bodyLength = length;
      }
      if (this.buffer.length < this.bodyLength) return;
      const body = this.buffer.subarray(0, this.bodyLength);
      this.buffer = this.buffer.subarray(this.bodyLength);
      this.bodyLength = -1;
      let message: unknown;
      try {
        message = JSON.parse(body.toString('utf8'));
      } catch {
        this.events.unparsable();
        continue;
      }
      callback(message as Message);
    }
  }

  /** The body length of the header at the start of the buffer (consumed), or undefined when incomplete or malformed. */
  private readHeader(): number | undefined {
    const end = this.buffer.indexOf(HEADER_END);
    const header = end < 0 ? this.buffer : this.buffer.subarray(0, end);
    // Every line break in a header is CRLF; an LF alone means the client frames with LF.
    for (let i = header.indexOf(10); i >= 0; i = header.indexOf(10, i + 1)) {
      if (i === 0 || header[i - 1] !== 13) return this.fail('a header line ends with LF instead of CRLF');
    }
    if (end < 0) {
      if (this.buffer.length > MAX_HEADER_BYTES) return this.fail('no end of header after 8 KiB');
      // Complete lines can already be checked.
      const lastBreak = header.lastIndexOf(CRLF);
      if (lastBreak > 0 && !this.validLines(header.subarray(0, lastBreak))) return this.fail('a header line is not "Name: value"');
      return undefined;
    }
    if (!this.validLines(header)) return this.fail('a header line is not "Name: value"');
    let contentLength: string | undefined;
    for (const line of header.toString('latin1').split('\r\n')) {
      const [, name, value] = HEADER_LINE.exec(line)!;
      const key = name.toLowerCase();
      if (key === 'content-length') {
        if (contentLength !== undefined) return this.fail('Content-Length given twice');
        contentLength = value;
      } else if (key === 'content-type' && !/charset\s*=\s*"?utf-?8"?/i.test(value) && /charset/i.test(value)) {
        return this.fail('Content-Type names a charset other than utf-8');
      }
    }
    if (contentLength === undefined) return this.fail('no Content-Length header');
    if (!/^[0-9]{1,10}$/.test(contentLength)) return this.fail('Content-Length is not a non-negative integer');
    const length = Number(contentLength);
    if (length > MAX_BODY_BYTES) return this.fail(`Content-Length over ${MAX_BODY_BYTES} bytes`);
    this.buffer = this.buffer.subarray(end + HEADER_END.length);
    return length;
  }

  private validLines(header: Buffer): boolean {
    return header
      .toString('latin1')
      .split('\r\n')
      .every((line) => HEADER_LINE.test(line));
  }

  private fail(reason: string): undefined {
    this.failed = true;
    this.buffer = Buffer.alloc(0);
    this.pending = [];
    this.events.fatal(`malformed message header: ${reason}`);
    return undefined;
  }
}
