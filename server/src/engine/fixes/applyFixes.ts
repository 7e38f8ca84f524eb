import type { OffsetEdit } from '../types.js';

export interface EditGroup {
  edits: readonly OffsetEdit[];
}

export interface AppliedFixes {
  text: string;
  applied: number;
  /** Fixes left out because they overlap one already taken; a re-lint reports them again. */
  skipped: number;
}

/**
 * The one function that applies fixes (CLI `--fix`, the server's "fix all", tests).
 * Each fix is all-or-nothing; a fix overlapping one already taken is skipped, so applying never
 * garbles text. Insertions at the same offset keep their given order.
 */
export function applyFixes(text: string, fixes: readonly EditGroup[]): AppliedFixes {
  const taken: OffsetEdit[] = [];
  let skipped = 0;
  const ordered = fixes
    .map((fix, index) => ({ fix, index, first: Math.min(...fix.edits.map((e) => e.start)) }))
    .sort((a, b) => a.first - b.first || a.index - b.index);
  for (const { fix } of ordered) {
    const valid = fix.edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length);
    if (!valid || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped++;
      continue;
    }
    taken.push(...fix.edits);
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const edit of taken) {
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return { text: out + text.slice(cursor), applied: fixes.length - skipped, skipped };
}

/** Two edits conflict when their replaced ranges intersect, or one inserts strictly inside the other. */
function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === a.end || b.start === b.end) {
    const point = a.start === a.end ? a : b;
    const other = point === a ? b : a;
    return point.start > other.start && point.start < other.end;
  }
  return a.start < b.end && b.start < a.end;
}
