import { stat } from 'node:fs/promises';
import { RedlineError } from '../util/errors.js';
import { DEFAULT_MAX_BYTES } from './types.js';

const SNIFF_BYTES = 8 * 1024;

/** True when the bytes look binary: a NUL byte, or more than 10% control characters in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // control characters other than tab, LF, VT, FF, CR (and ESC, which shows up in some text dumps)
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
      b === 0x7f
    )
      control++;
  }
  return control / n > 0.1;
}

/** True when the bytes start with a UTF-8 byte-order mark. */
export function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Remove a leading U+FEFF (the decoded UTF-8 BOM). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decode raw bytes to text, rejecting what is not usable text:
 * empty or whitespace-only → R100, binary → R101, invalid UTF-8 → R102. A UTF-8 BOM is stripped.
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new RedlineError('R100', 'empty input', where);
  if (looksBinary(bytes)) throw new RedlineError('R101', 'binary input (not text)', where);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new RedlineError('R102', 'invalid UTF-8', where);
  }
  text = stripBom(text);
  if (text.trim() === '') throw new RedlineError('R100', 'empty input (whitespace only)', where);
  return text;
}

/** Reject a file larger than `maxBytes` (R103) by its size on disk, without reading it. Returns the size. */
export async function checkFileSize(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<number> {
  const st = await stat(path);
  if (st.size > maxBytes) {
    throw new RedlineError('R103', `input too large: ${st.size} bytes, limit ${maxBytes}`, path);
  }
  return st.size;
}
