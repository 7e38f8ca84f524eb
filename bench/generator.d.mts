// Types for generator.mjs (the benchmark scripts are plain ESM so they run without a build step).
export declare const GENERATOR_VERSION: number;
export declare const MIN_BYTES: number;
export declare const MAX_BYTES: number;
export declare const PER_DIR: number;
export declare const CHANNELS: string[];
export declare const STAGES: string[];
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export declare function createRng(seed: number): Rng;
export interface GeneratedDraft {
  name: string;
  text: string;
  channel: string;
  lang: 'en' | 'zh';
  violating: boolean;
}
export declare function generateDraft(seed: number, index: number, opts?: { size?: number; violationRate?: number }): GeneratedDraft;
export declare function dirOf(index: number): string;
export declare function writeCorpus(root: string, seed: number, count: number): { dir: string; written: number };
export declare function corpusDirs(root: string, seed: number, count: number): string[];
