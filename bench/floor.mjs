// The floor: read every draft and run the phrase lists, combined into one regular expression per
// flag set (bench/phrases.mjs), over it.
// Nothing else (no front matter, no Markdown, no positions). Whole process, like the CLI.
//   node bench/floor.mjs <phrases.json> <dir|file>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [phrasesFile, ...paths] = process.argv.slice(2);
const patterns = JSON.parse(readFileSync(phrasesFile, 'utf8')).regexes.map(({ source, flags }) => new RegExp(source, flags));
let drafts = 0;
let bytes = 0;
let matches = 0;
const walk = (p) => {
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p)) walk(join(p, name));
    return;
  }
  if (!p.endsWith('.msg.md')) return;
  const buffer = readFileSync(p);
  bytes += buffer.length;
  drafts++;
  const text = buffer.toString('utf8');
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else matches++;
    }
  }
};
paths.forEach(walk);
process.stdout.write(JSON.stringify({ drafts, bytes, matches }) + '\n');
