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

/**
 * The address a page, fragment or file is published at: absolute when the
 * site's origin is known (SITE_URL), else the path from the host's root, so a
 * local preview build names no origin it does not have.
 */
export function publishedUrl(site: string | URL | undefined, base: string, path = ''): string {
  return site === undefined ? joinBase(base, path) : absoluteUrl(site, base, path);
}
