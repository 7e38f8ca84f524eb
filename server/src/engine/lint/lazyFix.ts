import type { LineIndex } from '../text/lineIndex.js';
import type { Fix, FixOffsets, TextEdit } from '../types.js';

/**
 * A fix whose `edits` (LSP ranges) are computed on first read and kept: most findings of a run are
 * printed without their fix (stylish, compact, github) or only counted. `edits` is an own
 * enumerable property, so JSON, structured clone (worker replies) and deep equality see it as data,
 * the same as an eagerly built fix; assigning it replaces it.
 */
export function lazyFix(fix: FixOffsets, lines: LineIndex, eol: string): Fix {
  const result = { title: fix.title, safe: fix.safe } as Fix;
  const keep = (target: Fix, edits: TextEdit[]) => Object.defineProperty(target, 'edits', { value: edits, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(result, 'edits', {
    enumerable: true,
    configurable: true,
    get(this: Fix): TextEdit[] {
      const edits = fix.edits.map((edit) => ({
        range: lines.rangeOf(edit.start, edit.end),
        // Line breaks in fix text follow the draft.
        newText: eol === '\n' ? edit.newText : edit.newText.replace(/\r?\n/g, eol),
      }));
      keep(this, edits);
      return edits;
    },
    set(this: Fix, edits: TextEdit[]) {
      keep(this, edits);
    },
  });
  return result;
}
