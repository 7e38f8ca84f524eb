import { readFileSync } from 'node:fs';

export type ReadResult =
  | { kind: 'text'; text: string; bom: boolean }
  | { kind: 'binary' }
  | { kind: 'error'; reason: string };

const SNIFF_BYTES = 8000;

/** Reads a draft as UTF-8. A file with a NUL byte near its start is binary and skipped, as git does. */
export function readDraftFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { kind: 'error', reason: e.code === 'EISDIR' ? 'is a folder' : (e.code ?? e.message) };
  }
  return decodeDraft(bytes);
}

export function decodeDraft(bytes: Buffer): ReadResult {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  const text = bytes.toString('utf8');
  // The BOM is not part of the draft (editors hide it); it is put back when fixes are written.
  return text.charCodeAt(0) === 0xfeff ? { kind: 'text', text: text.slice(1), bom: true } : { kind: 'text', text, bom: false };
}
