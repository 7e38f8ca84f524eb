export const OUTPUT: string;
/** Code point → replacement ('' drops it), worked out from ICU's NFKC and OpenCC's dictionaries. */
export function foldingTable(): Map<number, string>;
/** The text of server/src/engine/text/generated/foldingTable.ts. */
export function generateFoldingTable(): string;
