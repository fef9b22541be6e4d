/** robots.txt: everything may be crawled; the sitemap is named by absolute URL, as the format requires. */
export function robotsTxt(sitemapUrl: string): string {
  if (!/^https?:\/\//.test(sitemapUrl))
    throw new Error(`robots.txt needs an absolute sitemap URL; got "${sitemapUrl}". Is SITE_URL set?`);
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
