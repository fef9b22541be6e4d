import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/site/robots.ts';

describe('robotsTxt', () => {
  it('allows everything and names the sitemap by absolute URL', () => {
    expect(robotsTxt('https://example.org/nato-rok/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/nato-rok/sitemap-index.xml\n',
    );
  });
  it('names no sitemap in a local preview build, which has none', () => {
    expect(robotsTxt()).toBe('User-agent: *\nAllow: /\n');
  });
  it('names the guides for language models in comments, which crawlers skip', () => {
    expect(robotsTxt(undefined, ['/llms.txt'])).toBe('User-agent: *\nAllow: /\n# For language models: /llms.txt\n');
  });
  it('refuses a relative sitemap URL, which crawlers ignore', () => {
    expect(() => robotsTxt('/sitemap-index.xml')).toThrow(/absolute sitemap URL/);
  });
});
