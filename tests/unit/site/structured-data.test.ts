import { describe, expect, it } from 'vitest';
import { breadcrumbList, documentArticle, jsonLdText } from '../../../src/site/structured-data.ts';

describe('breadcrumbList', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://example.org/' },
        { name: 'Political dialogue', url: 'https://example.org/political-dialogue/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Political dialogue',
          item: 'https://example.org/political-dialogue/',
        },
      ],
    });
  });
});

describe('documentArticle', () => {
  it('describes the document with its date and one part per section', () => {
    const article = documentArticle({
      headline: 'Relations with the Republic of Korea',
      description: 'd',
      url: 'https://example.org/document/',
      dateModified: '2016-10-06',
      publisher: 'NATO',
      parts: [{ name: 'Overview', url: 'https://example.org/' }],
    });
    expect(article).toMatchObject({
      '@type': 'Article',
      dateModified: '2016-10-06',
      publisher: { '@type': 'Organization', name: 'NATO' },
      hasPart: [{ '@type': 'WebPageElement', name: 'Overview', url: 'https://example.org/' }],
    });
  });
});

describe('jsonLdText', () => {
  it('cannot close its <script> early', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script><!--' });
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });
});
