import type { APIRoute } from 'astro';
import { llmsTxt } from '../machine/llms-txt.ts';
import { llmsIndex } from '../machine/llms-data.ts';

/** /llms.txt: the site's parts, one line each, for language models (src/machine/). */
export const GET: APIRoute = async () =>
  new Response(llmsTxt(await llmsIndex()), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
