import { readFileSync } from 'node:fs';

export type ReadResult =
  | { kind: 'text'; text: string; bom: boolean }
  | { kind: 'binary' }
  | { kind: 'error'; reason: string };

const SNIFF_BYTES = 8000;

/**
 * Reads a draft as UTF-8. A file with a NUL byte near its start is binary and skipped, as git does.
 * Decoded in one native call (no Buffer, no JS open/stat/read loop); only a text with a NUL among
 * its first characters is read again as bytes, to apply the byte rule exactly.
 */
export function readDraftFile(path: string): ReadResult {
  try {
    const text = readFileSync(path, 'utf8');
    const nul = text.indexOf('\0');
    if (nul >= 0 && nul < SNIFF_BYTES) return decodeDraft(readFileSync(path));
    return withoutBom(text);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { kind: 'error', reason: e.code === 'EISDIR' ? 'is a folder' : (e.code ?? e.message) };
  }
}

export function decodeDraft(bytes: Buffer): ReadResult {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  return withoutBom(bytes.toString('utf8'));
}

/** The BOM is not part of the draft (editors hide it); it is put back when fixes are written. */
function withoutBom(text: string): ReadResult {
  return text.charCodeAt(0) === 0xfeff ? { kind: 'text', text: text.slice(1), bom: true } : { kind: 'text', text, bom: false };
}
