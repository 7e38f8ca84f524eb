// Virtual module provided by scripts/build-web.mjs at build time: the built-in packs' snapshot
// (validated and vetted definitions, as server/src/node/builtinSnapshot.ts writes it).
declare module 'msglint:builtin-packs' {
  import type { GateTable, RuleDefinition } from '../../server/src/engine/index.js';
  const snapshot: { packs: { file: string; fingerprint: string; definitions: RuleDefinition[]; gates: GateTable }[] };
  export default snapshot;
}
