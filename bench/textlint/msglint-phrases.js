// A small textlint rule doing the phrase-list work of msglint's pattern rules: one combined regular
// expression (the same list as the floor) over every text node of the Markdown AST.
// Loaded with `textlint --rulesdir bench/textlint`; the pattern comes from the JSON file named by
// MSGLINT_BENCH_PHRASES ({ "source": "…" }, flags "giu"), written by bench/run.mjs.
import { readFileSync } from 'node:fs';

const file = process.env.MSGLINT_BENCH_PHRASES;
const source = file ? JSON.parse(readFileSync(file, 'utf8')).source : '(?!)';

export default function msglintPhrases(context) {
  const { Syntax, RuleError, report, getSource, locator } = context;
  const pattern = new RegExp(source, 'giu');
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        report(node, new RuleError(`Phrase “${m[0]}”`, { padding: locator.range([m.index, m.index + m[0].length]) }));
      }
    },
  };
}
