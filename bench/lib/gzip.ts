import { gzipSync } from 'node:zlib';

/**
 * Bytes a compressing web server would send: gzip at the level most servers
 * use (6). Files that are already compressed (Pagefind's index chunks and
 * wasm) would not shrink, so a server sends them as they are.
 */
export function gzipSize(body: Uint8Array | string): number {
  const raw = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return Math.min(raw, gzipSync(body, { level: 6 }).byteLength);
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export function bytesOf(body: Uint8Array | string): Bytes {
  return { raw: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength, gzip: gzipSize(body) };
}

export function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

export const noBytes: Bytes = { raw: 0, gzip: 0 };
