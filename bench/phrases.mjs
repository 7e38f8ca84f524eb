// The phrase lists shared by the comparison linters (textlint rule and the regex floor).
// Derived at bench time from the rule packs (`rules/*.yaml`: existence patterns, substitution keys,
// checklist triggers; not checklist `require` items, which say what a draft must contain);
// detectors are code and have no phrase list. While the packs hold fewer than
// MIN_DERIVED patterns, the fixed list in fixed-phrases.json (same categories, comparable size) is used.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const MIN_DERIVED = 20;

/**
 * Named groups would clash once combined, and backreferences cannot survive that: keep a pattern only
 * if it compiles alone and combined, and only if it needs more than one character to match.
 */
function usable(pattern) {
  if (/\\k<|\\[1-9]/.test(pattern)) return null;
  const plain = pattern.replace(/\(\?<([A-Za-z_$][\w$]*)>/g, '(?:');
  let re;
  try {
    re = new RegExp(plain, 'giu');
  } catch {
    return null;
  }
  // A pattern that matches a lone character is a condition (e.g. a checklist trigger "any letter"), not a phrase.
  if (['a', 'Z', '1', '中', ' '].some((c) => re.test(c))) return null;
  return plain;
}

export function derivePhrases(rulesDir = join(here, '..', 'rules')) {
  const patterns = [];
  let files = [];
  try {
    files = readdirSync(rulesDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    /* no packs yet */
  }
  let detectorRules = 0;
  for (const file of files) {
    let pack;
    try {
      pack = parse(readFileSync(join(rulesDir, file), 'utf8'));
    } catch {
      continue;
    }
    for (const rule of pack?.rules ?? []) {
      const list =
        rule.kind === 'existence'
          ? rule.patterns
          : rule.kind === 'substitution'
            ? Object.keys(rule.swap ?? {})
            : rule.kind === 'checklist'
              ? (rule.trigger ?? []) // `require` items are what must be present, not findings
              : [];
      if (rule.kind === 'detector') detectorRules++;
      for (const p of list ?? []) {
        const ok = typeof p === 'string' && usable(p);
        if (ok) patterns.push(ok);
      }
    }
  }
  return { patterns: [...new Set(patterns)], files: files.length, detectorRules };
}

export function loadPhrases(rulesDir) {
  const derived = derivePhrases(rulesDir);
  if (derived.patterns.length >= MIN_DERIVED) {
    return {
      source: `derived from rules/*.yaml (${derived.files} packs, ${derived.patterns.length} patterns; ${derived.detectorRules} detector rules have none)`,
      patterns: derived.patterns,
      derived: true,
    };
  }
  const fixed = JSON.parse(readFileSync(join(here, 'fixed-phrases.json'), 'utf8')).patterns;
  return {
    source: `fixed list bench/fixed-phrases.json (${fixed.length} patterns; rules/*.yaml gave only ${derived.patterns.length})`,
    patterns: fixed,
    derived: false,
  };
}

/** One combined alternation of the given phrases. */
export function combinedSource(patterns) {
  return patterns.map((p) => `(?:${p})`).join('|');
}

/** Whether a pattern needs the `u` flag (property or code point escapes, astral characters): msglint's rule. */
export function needsUnicode(pattern) {
  return /\\[pPu]\{/.test(pattern) || /[\ud800-\udfff]/.test(pattern);
}

/**
 * The phrase lists as combined case-insensitive regular expressions, one per flag set, as msglint
 * compiles rule patterns: `u` only for the phrases that need it (with `i`, V8 runs a `u` regex many
 * times slower; one `giu` regex of every phrase was ~14× slower than these two on the corpus).
 */
export function combinedRegexes(patterns) {
  const unicode = patterns.filter(needsUnicode);
  const plain = patterns.filter((p) => !needsUnicode(p));
  return [
    ...(plain.length > 0 ? [{ source: combinedSource(plain), flags: 'gi' }] : []),
    ...(unicode.length > 0 ? [{ source: combinedSource(unicode), flags: 'giu' }] : []),
  ];
}
