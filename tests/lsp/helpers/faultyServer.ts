// A test-only server entry: the real server with one rule made to throw (its error quotes the draft,
// which must never reach the log). Fault injection by constructor, not by an environment variable.
// Started by tests/lsp/features.test.ts with `--stdio`; MSGLINT_TEST_FAULT_RULE names the rule.
import { gatedConnection } from '../../../server/src/lsp/connection.js';
import { startServer } from '../../../server/src/lsp/server.js';

const faultRule = process.env.MSGLINT_TEST_FAULT_RULE;

startServer(gatedConnection(process.argv.slice(2)), '0.0.0-test', {
  rules: (context) =>
    context.rules.rules.map((rule) =>
      rule.definition.id === faultRule
        ? {
            ...rule,
            run: (draft) => {
              throw new Error(`fault injected while reading: ${draft.text.slice(0, 200)}`);
            },
          }
        : rule,
    ),
});
