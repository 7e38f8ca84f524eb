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
 * garbles text. Insertions at the same offset keep their given order. O(n log n) in the number of edits.
 */
export function applyFixes(text: string, fixes: readonly EditGroup[]): AppliedFixes {
  const { edits: taken, skipped } = selectFixes(text.length, fixes);
  let out = '';
  let cursor = 0;
  for (const edit of taken) {
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return { text: out + text.slice(cursor), applied: fixes.length - skipped, skipped };
}

/**
 * Which fixes `applyFixes` takes (their indexes, in the given order) and all their edits in
 * application order. For adapters that hand edits to an editor instead of applying them (fix all).
 */
export function selectFixes(length: number, fixes: readonly EditGroup[]): { taken: number[]; edits: OffsetEdit[]; skipped: number } {
  // Kept sorted by (start, end); equal edits (insertions at one offset) in the order they were taken.
  const edits: OffsetEdit[] = [];
  const taken: number[] = [];
  let skipped = 0;
  const ordered = fixes
    .map((fix, index) => ({ fix, index, first: fix.edits.reduce((min, e) => Math.min(min, e.start), Infinity) }))
    .sort((a, b) => a.first - b.first || a.index - b.index);
  for (const { fix, index } of ordered) {
    const own = [...fix.edits].sort(byPosition);
    const valid = own.every((e) => e.start >= 0 && e.start <= e.end && e.end <= length);
    const selfOverlap = own.some((e, i) => i > 0 && overlaps(own[i - 1], e));
    if (!valid || selfOverlap || own.some((e) => conflictsWithTaken(edits, e))) {
      skipped++;
      continue;
    }
    for (const edit of own) edits.splice(upperBound(edits, edit), 0, edit);
    taken.push(index);
  }
  taken.sort((a, b) => a - b);
  return { taken, edits, skipped };
}

function byPosition(a: OffsetEdit, b: OffsetEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Index after every taken edit that sorts at or before `edit`. */
function upperBound(taken: readonly OffsetEdit[], edit: OffsetEdit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(taken[mid], edit) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Taken edits never conflict with one another, so only those starting before `edit` ends can
 * conflict with it, and walking back from there stops at the first one that ends before it starts.
 */
function conflictsWithTaken(taken: readonly OffsetEdit[], edit: OffsetEdit): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].start < edit.end || (taken[mid].start === edit.end && edit.start === edit.end)) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const t = taken[i];
    if (overlaps(t, edit)) return true;
    if (t.start < edit.start && t.end <= edit.start) return false;
  }
  return false;
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
