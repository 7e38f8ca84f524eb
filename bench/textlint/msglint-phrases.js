// A small textlint rule doing the phrase-list work of msglint's pattern rules: the same combined
// regular expressions as the floor (one per flag set) over every text node of the Markdown AST.
// Loaded with `textlint --rulesdir bench/textlint`; the patterns come from the JSON file named by
// MSGLINT_BENCH_PHRASES ({ "regexes": [{ "source", "flags" }] }), written by bench/run.mjs.
import { readFileSync } from 'node:fs';

const file = process.env.MSGLINT_BENCH_PHRASES;
const regexes = file ? JSON.parse(readFileSync(file, 'utf8')).regexes : [];

export default function msglintPhrases(context) {
  const { Syntax, RuleError, report, getSource, locator } = context;
  const patterns = regexes.map(({ source, flags }) => new RegExp(source, flags));
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          report(node, new RuleError(`Phrase “${m[0]}”`, { padding: locator.range([m.index, m.index + m[0].length]) }));
        }
      }
    },
  };
}
