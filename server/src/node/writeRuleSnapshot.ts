import { writeBuiltinSnapshot } from './builtinSnapshot.js';

// Build step: `node dist/write-rule-snapshot.cjs <rulesDir> <outFile>`.
const [rulesDir, outFile] = process.argv.slice(2);
const { written, errors } = writeBuiltinSnapshot(rulesDir, outFile);
if (!written) {
  process.stderr.write(`rule snapshot not written; the packs have errors:\n${errors.join('\n')}\n`);
  process.exitCode = 1;
}
