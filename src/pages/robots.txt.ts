import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/robots.ts';
import { absoluteUrl } from '../linking/urls.ts';

/** Generated, not a static file: the sitemap URL follows SITE_URL and the base path. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs the site URL: set SITE_URL when building.');
  return new Response(robotsTxt(absoluteUrl(site, import.meta.env.BASE_URL, 'sitemap-index.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
