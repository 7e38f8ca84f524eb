/** A one-line progress counter on an interactive terminal; silent otherwise (CI logs, pipes). */
export function createProgress(stream: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): unknown }, total: number) {
  const enabled = Boolean(stream.isTTY) && total >= 50;
  let last = 0;
  return {
    tick(done: number) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      stream.write(`\rmsglint: ${done}/${total} drafts`);
    },
    done() {
      if (enabled) stream.write('\r\u001b[K');
    },
  };
}
