import type { APIRoute } from 'astro';
import { readSourceBytes } from '../source/source-file.ts';

/**
 * /source.txt: the canonical source file, byte for byte, so anyone can read
 * the text as the site received it and check its SHA-256 (shown on /about/).
 * public/_headers serves it as UTF-8 text.
 */
export const GET: APIRoute = () =>
  new Response(new Uint8Array(readSourceBytes()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
