/**
 * schema.org data for search engines, as JSON-LD. Kept as plain objects so
 * tests can read them back; `jsonLdText` makes them safe inside <script>.
 */
export interface Crumb {
  name: string;
  /** Absolute URL */
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface DocumentArticle {
  headline: string;
  description: string;
  /** Absolute URL of the whole document */
  url: string;
  /** ISO date, e.g. 2016-10-06 */
  dateModified: string;
  publisher: string;
  parts: readonly Crumb[];
}

export function documentArticle(article: DocumentArticle) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    inLanguage: 'en',
    dateModified: article.dateModified,
    author: { '@type': 'Organization', name: article.publisher },
    publisher: { '@type': 'Organization', name: article.publisher },
    hasPart: article.parts.map((part) => ({ '@type': 'WebPageElement', name: part.name, url: part.url })),
  };
}

/** JSON for a <script type="application/ld+json">: no "</script>" or "<!--" can end it early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
