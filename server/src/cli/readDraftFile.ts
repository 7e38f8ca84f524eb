import { readRegularFile } from '../node/readRegularFile.js';

export type DraftEncoding = 'utf8' | 'utf16le' | 'utf16be';

export type ReadResult =
  | { kind: 'text'; text: string; bom: boolean; encoding: DraftEncoding }
  | { kind: 'binary' }
  | { kind: 'error'; reason: string };

const SNIFF_BYTES = 8000;

/**
 * Far above the linter's own limit (which reports an over-long draft as a finding), low enough that
 * a huge file is refused before it is read into memory.
 */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a draft: only a regular file (a FIFO, a device such as /dev/zero, a folder is an error, never
 * a hang), no bigger than MAX_DRAFT_BYTES. UTF-8, or UTF-16 with a BOM; a file with a NUL byte near
 * its start is binary and skipped, as git does.
 */
export function readDraftFile(path: string): ReadResult {
  const read = readRegularFile(path, MAX_DRAFT_BYTES);
  if ('error' in read) return { kind: 'error', reason: read.error };
  return decodeDraft(read.bytes);
}

export function decodeDraft(bytes: Buffer): ReadResult {
  // A BOM names the encoding. UTF-16 is what Windows tools ("Unicode" in Notepad, PowerShell 5) write.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { kind: 'text', text: bytes.subarray(2).toString('utf16le'), bom: true, encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return { kind: 'text', text: swapped.swap16().toString('utf16le'), bom: true, encoding: 'utf16be' };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  const text = bytes.toString('utf8');
  // The BOM is not part of the draft (editors hide it); it is put back when fixes are written.
  return text.charCodeAt(0) === 0xfeff
    ? { kind: 'text', text: text.slice(1), bom: true, encoding: 'utf8' }
    : { kind: 'text', text, bom: false, encoding: 'utf8' };
}

/** The bytes of a draft in the encoding it was read in (the inverse of decodeDraft). */
export function encodeDraft(text: string, bom: boolean, encoding: DraftEncoding = 'utf8'): Buffer {
  if (encoding === 'utf8') return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  const le = Buffer.from('\uFEFF' + text, 'utf16le');
  return encoding === 'utf16le' ? le : le.swap16();
}
