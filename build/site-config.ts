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
  /** The site's own name (SITE_NAME), for og:site_name and JSON-LD; never the text's title. Unset: omitted. */
  siteName: string | undefined;
  /** Who publishes this site (SITE_PUBLISHER), not the text's publisher. Unset: omitted. */
  sitePublisher: string | undefined;
  /** The original page's address (SOURCE_URL), shown and linked only when set: never guessed. */
  sourceUrl: string | undefined;
  /** Where readers report an error (FEEDBACK_URL): an https:// or mailto: address. Unset: omitted. */
  feedbackUrl: string | undefined;
}

/**
 * What a build without SITE_URL is, and what to set: printed once by
 * `npm run build` (build/run-build.ts).
 */
export const LOCAL_PREVIEW_WARNING =
  'SITE_URL is not set, so this build is for local preview only: no canonical or Open Graph URLs, no sitemap, and only relative addresses in robots.txt and the JSON exports. To publish, set the address the site is served from, e.g. SITE_URL=https://example.org npm run build';

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

const NAME_MAX = 100;

/** A name shown as it is: one line of text, not too long for a title. */
export function nameSetting(setting: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const name = value.trim();
  if (/\p{Cc}/u.test(name) || name.length > NAME_MAX) {
    fail(
      setting,
      `must be one line of at most ${NAME_MAX} characters; it has ${name.length}${/\p{Cc}/u.test(name) ? ' and a line break or control character' : ''}`,
      `For example ${setting}="Example Foundation"`,
    );
  }
  return name;
}

/** An address given in full: SOURCE_URL (http or https), FEEDBACK_URL (also mailto:). */
export function addressSetting(
  setting: string,
  value: string | undefined,
  schemes: readonly string[],
  example: string,
): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    fail(setting, `"${value}" is not an absolute address`, `Give it in full, e.g. ${setting}=${example}`);
  }
  if (!schemes.includes(url.protocol)) {
    fail(setting, `"${value}" must start with ${schemes.join(' or ')}`, `For example ${setting}=${example}`);
  }
  return url.href;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  return {
    site: siteUrl(env['SITE_URL']),
    base: basePath(env['BASE_PATH']),
    siteName: nameSetting('SITE_NAME', env['SITE_NAME']),
    sitePublisher: nameSetting('SITE_PUBLISHER', env['SITE_PUBLISHER']),
    sourceUrl: addressSetting(
      'SOURCE_URL',
      env['SOURCE_URL'],
      ['https:', 'http:'],
      'https://www.example.org/original-page.htm',
    ),
    feedbackUrl: addressSetting(
      'FEEDBACK_URL',
      env['FEEDBACK_URL'],
      ['https:', 'http:', 'mailto:'],
      'mailto:corrections@example.org',
    ),
  };
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
