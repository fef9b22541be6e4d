/**
 * robots.txt: everything may be crawled. The sitemap is named by absolute
 * URL, as the format requires, so a build without SITE_URL (a local
 * preview, which has no sitemap) names none.
 */
export function robotsTxt(sitemapUrl?: string): string {
  const rules = 'User-agent: *\nAllow: /\n';
  if (sitemapUrl === undefined) return rules;
  if (!/^https?:\/\//.test(sitemapUrl))
    throw new Error(`robots.txt needs an absolute sitemap URL; got "${sitemapUrl}". Is SITE_URL set?`);
  return `${rules}\nSitemap: ${sitemapUrl}\n`;
}
