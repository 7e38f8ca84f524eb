// Logging for the language server. Lines go to the client's output channel (`window/logMessage`).
// Never log draft text: only URIs, rule ids, timings and error types with their stack frames.

export interface LogSink {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  log(message: string): void;
}

export class Logger {
  verbose = process.env.MSGLINT_LSP_VERBOSE === '1';

  constructor(private sink: LogSink) {}

  error(message: string): void {
    this.sink.error(`[msglint] ${message}`);
  }

  warn(message: string): void {
    this.sink.warn(`[msglint] ${message}`);
  }

  info(message: string): void {
    this.sink.info(`[msglint] ${message}`);
  }

  debug(message: string): void {
    if (this.verbose) this.sink.log(`[msglint] ${message}`);
  }
}

/**
 * An error described without its message: messages can quote the input (a draft's text),
 * so only the error's type and where it was thrown are kept.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 4)
    .map((line) => line.trim())
    .join(' | ');
  return frames ? `${error.name} (${frames})` : error.name;
}
