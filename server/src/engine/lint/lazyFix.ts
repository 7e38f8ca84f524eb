import type { LineIndex } from '../text/lineIndex.js';
import type { Fix, FixOffsets, TextEdit } from '../types.js';

/**
 * A fix whose `edits` (LSP ranges) are computed on first read and kept: most findings of a run are
 * printed without their fix (stylish, github) or only counted. `edits` is an own enumerable
 * property, so JSON, structured clone (worker replies) and deep equality see it as data, the same
 * as an eagerly built fix; assigning it replaces it. (The accessor stays: turning it into a data
 * property would put the object in V8's slow dictionary mode.)
 */
export function lazyFix(fix: FixOffsets, lines: LineIndex, eol: string): Fix {
  let edits: TextEdit[] | undefined;
  const result = { title: fix.title, safe: fix.safe } as Fix;
  Object.defineProperty(result, 'edits', {
    enumerable: true,
    get: (): TextEdit[] =>
      (edits ??= fix.edits.map((edit) => ({
        range: lines.rangeOf(edit.start, edit.end),
        // Line breaks in fix text follow the draft.
        newText: eol === '\n' ? edit.newText : edit.newText.replace(/\r?\n/g, eol),
      }))),
    set: (value: TextEdit[]) => {
      edits = value;
    },
  });
  return result;
}
