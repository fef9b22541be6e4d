/**
 * Internal URLs are built from the base path set at build time
 * (import.meta.env.BASE_URL, always with a trailing slash), so the site
 * works at a domain root and under any sub-path alike.
 */
export function joinBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The path of a section page: the overview is the home page. */
export function sectionPath(slug: string): string {
  return slug === 'overview' ? '' : `${slug}/`;
}

/** An absolute URL for canonical links, Open Graph and exports. */
export function absoluteUrl(site: string | URL, base: string, path = ''): string {
  return new URL(joinBase(base, path), site).href;
}
