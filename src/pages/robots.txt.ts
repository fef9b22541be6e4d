import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/robots.ts';
import { absoluteUrl, publishedUrl } from '../linking/urls.ts';

/**
 * Generated, not a static file: the sitemap URL follows SITE_URL and the base path, and is left out without
 * SITE_URL; the guides for language models (src/machine/) are named at their published addresses.
 */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const guides = ['llms.txt', 'llms-full.txt'].map((file) => publishedUrl(site, base, file));
  return new Response(robotsTxt(site && absoluteUrl(site, base, 'sitemap-index.xml'), guides), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
