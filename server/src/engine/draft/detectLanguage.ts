import type { Lang } from '../types.js';

const HAN_RUN = /\p{Script=Han}+/gu;

/** A draft is Chinese when Han characters carry a fair share of it; one Han character is about one Latin word. */
export function detectLanguage(text: string): Lang {
  const han = countHan(text);
  if (han === 0) return 'en';
  return han >= countLatinWords(text) ? 'zh' : 'en';
}

// Counted without building an array of every character or word (this showed in the profile).

/** Han characters (code points): runs of Han, less the second half of each surrogate pair. */
function countHan(text: string): number {
  let count = 0;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    const run = m[0];
    count += run.length;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) count--;
    }
  }
  return count;
}

/** Runs of two or more ASCII letters (what /[A-Za-z]{2,}/g matches). */
function countLatinWords(text: string): number {
  let count = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) run++;
    else {
      if (run >= 2) count++;
      run = 0;
    }
  }
  return run >= 2 ? count + 1 : count;
}
