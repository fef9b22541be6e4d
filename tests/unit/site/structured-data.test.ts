import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdText, pageJsonLd, type PageDescription } from '../../../src/site/structured-data.ts';

const SOURCE = {
  title: 'Relations with the Republic of Korea',
  publisher: 'NATO',
  lastUpdated: '2016-10-06T17:16',
};

const page = (fields: Partial<PageDescription> = {}): PageDescription => ({
  type: 'WebPage',
  name: 'Political dialogue – Relations with the Republic of Korea',
  description: 'd',
  url: 'https://example.org/political-dialogue/',
  source: SOURCE,
  site: {},
  ...fields,
});

describe('breadcrumbList', () => {
  it('numbers the trail from 1, each item by its address', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://example.org/' },
        { name: 'Political dialogue', url: 'https://example.org/political-dialogue/' },
      ]),
    ).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: { '@id': 'https://example.org/' } },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Political dialogue',
          item: { '@id': 'https://example.org/political-dialogue/' },
        },
      ],
    });
  });
});

describe('pageJsonLd', () => {
  it('describes a page as based on the original, with no site, publisher or original address unless configured', () => {
    expect(pageJsonLd(page())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: 'Political dialogue – Relations with the Republic of Korea',
      description: 'd',
      inLanguage: 'en',
      url: 'https://example.org/political-dialogue/',
      isBasedOn: {
        '@type': 'WebPage',
        name: 'Relations with the Republic of Korea',
        inLanguage: 'en',
        publisher: { '@type': 'Organization', name: 'NATO' },
        dateModified: '2016-10-06T17:16',
      },
    });
  });

  it('names the site, its publisher and the original address when they are configured', () => {
    const data = pageJsonLd(
      page({
        source: { ...SOURCE, url: 'https://www.example.com/original.htm' },
        site: { name: 'Example Reading Room', publisher: 'Example Foundation', url: 'https://example.org/' },
      }),
    );
    expect(data).toMatchObject({
      isBasedOn: { url: 'https://www.example.com/original.htm' },
      isPartOf: {
        '@type': 'WebSite',
        name: 'Example Reading Room',
        url: 'https://example.org/',
        publisher: { '@type': 'Organization', name: 'Example Foundation' },
      },
      publisher: { '@type': 'Organization', name: 'Example Foundation' },
    });
  });

  it('leaves the address out of a local preview, and gives the breadcrumb and the parts of the text', () => {
    const data = pageJsonLd(
      page({
        type: 'AboutPage',
        url: undefined,
        crumbs: [
          { name: 'Home', url: '/' },
          { name: 'About this text', url: '/about/' },
        ],
        parts: [{ name: 'Political dialogue', url: '/political-dialogue/' }],
      }),
    );
    expect(data['@type']).toBe('AboutPage');
    expect(data).not.toHaveProperty('url');
    expect(data).toMatchObject({
      breadcrumb: { '@type': 'BreadcrumbList' },
      hasPart: [{ '@type': 'WebPageElement', name: 'Political dialogue', url: '/political-dialogue/' }],
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
