import type { APIRoute } from 'astro';
import { llmsFullTxt } from '../machine/llms-txt.ts';
import { llmsFullText } from '../machine/llms-data.ts';

/** /llms-full.txt: the whole source text with its headings, for language models (src/machine/). */
export const GET: APIRoute = () =>
  new Response(llmsFullTxt(llmsFullText()), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
