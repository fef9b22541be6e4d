import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../../build/site-config.ts';
import { problemLine, type EditorError } from '../../../src/errors/editor-error.ts';

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
