import type {
  BreadcrumbList,
  Organization,
  WebPage,
  WebPageElement,
  WebPageLeaf,
  WebSite,
  WithContext,
} from 'schema-dts';

/**
 * schema.org data for search engines and reference managers, as JSON-LD,
 * typed with schema-dts so every type and property is one schema.org has.
 * Each page describes itself as a republication: `isBasedOn` the original
 * NATO page, which carries the text's title, publisher and last-updated
 * date. Nothing is said that the text or the configuration does not give:
 * no author, no subject, no date of this site's own, and no address that
 * is not configured.
 */

/** The original page the text comes from. */
export interface SourcePage {
  title: string;
  publisher: string;
  /** ISO 8601, as the text dates itself: 2016-10-06T17:16 */
  lastUpdated: string;
  /** Its address, only when configured (SOURCE_URL). */
  url?: string | undefined;
}

/** The site, as configured (SITE_NAME, SITE_PUBLISHER); nothing when unset. */
export interface SiteIdentity {
  name?: string | undefined;
  publisher?: string | undefined;
  /** The home page's address, only when the site's origin is known. */
  url?: string | undefined;
}

export interface Crumb {
  name: string;
  /** The page's address: absolute when SITE_URL is set, else its path. */
  url: string;
}

export interface PageDescription {
  /** WebPage for the text's pages; AboutPage and SearchResultsPage for those two. */
  type: 'WebPage' | 'AboutPage' | 'SearchResultsPage';
  name: string;
  description: string;
  /** The page's address, only when the site's origin is known. */
  url?: string | undefined;
  source: SourcePage;
  site: SiteIdentity;
  /** From the home page to this page; none on the home page. */
  crumbs?: readonly Crumb[] | undefined;
  /** The parts of the text the page holds (the whole document's sections). */
  parts?: readonly Crumb[] | undefined;
}

const organization = (name: string): Organization => ({ '@type': 'Organization', name });

/** The original page, as much as is known of it. */
export function sourceWebPage(source: SourcePage): WebPage {
  return {
    '@type': 'WebPage',
    name: source.title,
    inLanguage: 'en',
    publisher: organization(source.publisher),
    dateModified: source.lastUpdated,
    ...(source.url ? { url: source.url } : {}),
  };
}

export function breadcrumbList(crumbs: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: { '@id': crumb.url },
    })),
  };
}

function website(site: SiteIdentity): WebSite | undefined {
  if (!site.name) return undefined;
  return {
    '@type': 'WebSite',
    name: site.name,
    ...(site.url ? { url: site.url } : {}),
    ...(site.publisher ? { publisher: organization(site.publisher) } : {}),
  };
}

/** One page of the site, a republication of (or about) the original. */
export function pageJsonLd(page: PageDescription): WithContext<WebPage> {
  const partOf = website(page.site);
  const parts: WebPageElement[] = (page.parts ?? []).map((part) => ({
    '@type': 'WebPageElement',
    name: part.name,
    url: part.url,
  }));
  // What every kind of page says; AboutPage and SearchResultsPage are WebPages with the same properties.
  const common: Omit<WebPageLeaf, '@type'> = {
    name: page.name,
    description: page.description,
    inLanguage: 'en',
    ...(page.url ? { url: page.url } : {}),
    isBasedOn: sourceWebPage(page.source),
    ...(partOf ? { isPartOf: partOf } : {}),
    ...(page.site.publisher ? { publisher: organization(page.site.publisher) } : {}),
    ...(page.crumbs && page.crumbs.length > 0 ? { breadcrumb: breadcrumbList(page.crumbs) } : {}),
    ...(parts.length > 0 ? { hasPart: parts } : {}),
  };
  return { '@context': 'https://schema.org', '@type': page.type, ...common } satisfies WithContext<WebPage>;
}

/** JSON for a <script type="application/ld+json">: no "</script>" or "<!--" can end it early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
