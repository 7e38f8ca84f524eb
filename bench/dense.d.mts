export const DENSE_VERSION: number;
/** Draft i of the violation-dense corpus built from labelled draft texts grouped by channel. */
export function denseDraft(groups: Map<string, string[]>, seed: number, i: number): string;
export function writeDenseCorpus(casesFile: string, dir: string, seed: number, count: number): { written: number };
export function denseStats(dir: string): { drafts: number; bytes: number };
