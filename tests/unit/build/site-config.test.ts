import { describe, expect, it } from 'vitest';
import { basePath, outDirFrom, siteSettings, siteUrl, syntheticSectionsAllowed } from '../../../build/site-config.ts';
import { problemLine, type EditorError } from '../../../src/errors/editor-error.ts';

const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('SITE_URL', () => {
  it('keeps the origin of an absolute http(s) URL, with or without a trailing slash', () => {
    expect(siteUrl('https://example.org')).toBe('https://example.org');
    expect(siteUrl(' https://example.org/ ')).toBe('https://example.org');
    expect(siteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('')).toBeUndefined();
  });

  it('refuses a path, naming BASE_PATH as its place, instead of dropping it', () => {
    expect(message(() => siteUrl('https://example.org/sub'))).toBe(
      'SITE_URL: "https://example.org/sub" has more than an origin; a path such as "/sub" belongs in BASE_PATH\nHow to fix: Set SITE_URL=https://example.org and BASE_PATH=/sub/',
    );
  });

  it('refuses a value without a scheme and any scheme but http(s)', () => {
    expect(message(() => siteUrl('example.org'))).toMatch(/^SITE_URL: "example.org" is not an absolute URL\n/);
    expect(message(() => siteUrl('ftp://example.org'))).toMatch(
      /^SITE_URL: "ftp:\/\/example.org" must start with https:\/\/ or http:\/\//,
    );
    expect(message(() => siteUrl('https://example.org/?x=1'))).toMatch(/has more than an origin/);
  });
});

describe('BASE_PATH', () => {
  it('gives a path with slashes at both ends', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('/nato-rok')).toBe('/nato-rok/');
    expect(basePath('/docs/nato-rok/')).toBe('/docs/nato-rok/');
  });

  it('refuses relative paths, dot segments, doubled slashes and spaces, in one line with an example', () => {
    expect(message(() => basePath('./'))).toBe(
      'BASE_PATH: "./" must be a path from the root of the host, starting with /\nHow to fix: For example BASE_PATH=/nato-rok/',
    );
    for (const value of ['/a/../b/', '//cdn/', '/with space/']) {
      expect(message(() => basePath(value))).toMatch(/^BASE_PATH: .* is not a plain path/);
    }
  });
});

describe('other settings', () => {
  it('builds into dist unless OUT_DIR says otherwise', () => {
    expect(outDirFrom({})).toBe('dist');
    expect(outDirFrom({ OUT_DIR: 'site' })).toBe('site');
  });

  it('lets synthetic sections through only when the benchmark sets exactly 1', () => {
    expect(syntheticSectionsAllowed({})).toBe(false);
    expect(syntheticSectionsAllowed({ BENCH_SYNTHETIC_SECTIONS: 'true' })).toBe(false);
    expect(syntheticSectionsAllowed({ BENCH_SYNTHETIC_SECTIONS: '1' })).toBe(true);
  });
});

function refusal(env: Record<string, string>): string[] {
  try {
    siteSettings(env);
  } catch (error) {
    return [...(error as EditorError).problems.map(problemLine), (error as EditorError).hint ?? ''];
  }
  return [];
}

describe('siteSettings', () => {
  it('leaves every optional setting out when it is unset or empty, SITE_URL included', () => {
    expect(siteSettings({ SITE_URL: '', SOURCE_URL: ' ' })).toEqual({
      site: undefined,
      base: '/',
      siteName: undefined,
      sitePublisher: undefined,
      sourceUrl: undefined,
      feedbackUrl: undefined,
    });
  });

  it('reads the site’s own name and publisher, the original page and where to report errors', () => {
    expect(
      siteSettings({
        SITE_URL: 'https://example.org',
        SITE_NAME: ' Example Reading Room ',
        SITE_PUBLISHER: 'Example Foundation',
        SOURCE_URL: 'https://www.example.com/original-page.htm',
        FEEDBACK_URL: 'mailto:corrections@example.org',
      }),
    ).toEqual({
      site: 'https://example.org',
      base: '/',
      siteName: 'Example Reading Room',
      sitePublisher: 'Example Foundation',
      sourceUrl: 'https://www.example.com/original-page.htm',
      feedbackUrl: 'mailto:corrections@example.org',
    });
  });

  it('refuses an address that is not given in full, or a scheme that cannot be followed', () => {
    expect(refusal({ SOURCE_URL: 'www.example.com/page' })).toEqual([
      'SOURCE_URL: "www.example.com/page" is not an absolute address',
      'Give it in full, e.g. SOURCE_URL=https://www.example.org/original-page.htm',
    ]);
    expect(refusal({ FEEDBACK_URL: 'javascript:alert(1)' })).toEqual([
      'FEEDBACK_URL: "javascript:alert(1)" must start with https: or http: or mailto:',
      'For example FEEDBACK_URL=mailto:corrections@example.org',
    ]);
  });

  it('refuses a name of more than one line', () => {
    expect(refusal({ SITE_NAME: 'Reading\nRoom' })).toEqual([
      'SITE_NAME: must be one line of at most 100 characters; it has 12 and a line break or control character',
      'For example SITE_NAME="Example Foundation"',
    ]);
  });
});
