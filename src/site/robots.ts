/**
 * robots.txt: everything may be crawled. The sitemap is named by absolute
 * URL, as the format requires, so a build without SITE_URL (a local
 * preview, which has no sitemap) names none. Guides for language models
 * (/llms.txt) have no directive of their own, so they are named in a comment.
 */
export function robotsTxt(sitemapUrl?: string, llmsGuides: readonly string[] = []): string {
  const guides = llmsGuides.map((url) => `# For language models: ${url}\n`).join('');
  const rules = `User-agent: *\nAllow: /\n${guides}`;
  if (sitemapUrl === undefined) return rules;
  if (!/^https?:\/\//.test(sitemapUrl))
    throw new Error(`robots.txt needs an absolute sitemap URL; got "${sitemapUrl}". Is SITE_URL set?`);
  return `${rules}\nSitemap: ${sitemapUrl}\n`;
}
