import { EditorError } from '../src/errors/editor-error.ts';

/**
 * The build's settings from the environment, checked before anything is
 * built: a wrong value stops the build with one message naming the setting
 * and giving an example, instead of being dropped or failing far away.
 */
export interface SiteSettings {
  /** The published origin (SITE_URL), e.g. https://example.org; undefined for a local preview build. */
  site: string | undefined;
  /** The path the site is served under (BASE_PATH), always with slashes at both ends: / or /nato-rok/ */
  base: string;
}

function fail(setting: string, what: string, hint: string): never {
  throw new EditorError([{ where: setting, what }], hint);
}

export function siteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const example = 'SITE_URL=https://example.org';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    fail('SITE_URL', `"${value}" is not an absolute URL`, `Give the origin with its scheme, e.g. ${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail('SITE_URL', `"${value}" must start with https:// or http://`, `For example ${example}`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    fail(
      'SITE_URL',
      `"${value}" has more than an origin; a path such as "${url.pathname}" belongs in BASE_PATH`,
      `Set ${example} and BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`,
    );
  }
  return url.origin;
}

const SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/;

export function basePath(value: string | undefined): string {
  if (value === undefined || value.trim() === '' || value.trim() === '/') return '/';
  const base = value.trim();
  const example = 'BASE_PATH=/nato-rok/';
  if (!base.startsWith('/')) {
    fail('BASE_PATH', `"${value}" must be a path from the root of the host, starting with /`, `For example ${example}`);
  }
  const segments = base.split('/').filter((segment) => segment !== '');
  if (base.includes('//') || segments.some((s) => s === '.' || s === '..' || !SEGMENT.test(s))) {
    fail(
      'BASE_PATH',
      `"${value}" is not a plain path: use letters, digits and hyphens between single slashes, without . or ..`,
      `For example ${example}`,
    );
  }
  return `/${segments.join('/')}/`;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  return { site: siteUrl(env['SITE_URL']), base: basePath(env['BASE_PATH']) };
}

/**
 * Set to "1" by the benchmark's synthetic sites and by nothing else: their
 * generated sections are neither the source's nor editorial, and may be
 * published unchecked only in such a build. The site's own build never sets it.
 */
export const SYNTHETIC_SECTIONS_ENV = 'BENCH_SYNTHETIC_SECTIONS';

export function syntheticSectionsAllowed(env: Record<string, string | undefined>): boolean {
  return env[SYNTHETIC_SECTIONS_ENV] === '1';
}

/** Where the build goes (OUT_DIR, relative to the project): tests and the benchmark build side by side. */
export function outDirFrom(env: Record<string, string | undefined>): string {
  return env['OUT_DIR']?.trim() || 'dist';
}
