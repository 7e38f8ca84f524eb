// A minimal sequential test runner for the extension host (no mocha needed in the bundle).
export interface TestCase {
  name: string;
  run(): Promise<void>;
  timeoutMs?: number;
  /** Runs even when MSGLINT_VSCODE_GREP selects other tests (set-up the others depend on). */
  always?: boolean;
}

export interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export async function check(tests: TestCase[], log: (line: string) => void): Promise<TestResult[]> {
  const grep = process.env.MSGLINT_VSCODE_GREP ? new RegExp(process.env.MSGLINT_VSCODE_GREP) : undefined;
  const results: TestResult[] = [];
  for (const test of tests) {
    if (grep && !test.always && !grep.test(test.name)) continue;
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        test.run(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`test timed out after ${test.timeoutMs ?? 60000} ms`)), test.timeoutMs ?? 60000);
        }),
      ]);
      results.push({ name: test.name, ok: true, ms: Date.now() - started });
      log(`  ok   ${test.name} (${Date.now() - started} ms)`);
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      results.push({ name: test.name, ok: false, ms: Date.now() - started, error });
      log(`  FAIL ${test.name} (${Date.now() - started} ms)\n${error}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return results;
}
