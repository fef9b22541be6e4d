import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/robots.ts';
import { absoluteUrl } from '../linking/urls.ts';

/** Generated, not a static file: the sitemap URL follows SITE_URL and the base path, and is left out without SITE_URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site && absoluteUrl(site, import.meta.env.BASE_URL, 'sitemap-index.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
