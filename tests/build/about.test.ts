import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../tools/dist.ts';
import { headersFor, siteHeaderRules } from '../../tools/headers.ts';
import { projectRoot } from '../../tools/paths.ts';
import { BASE_PATH_BUILD, BUILDS, LOCAL_PREVIEW_BUILD, PAGES, ROOT_BUILD } from '../support/site.ts';
import { SOURCE_FILE } from '../../src/source/source-file.ts';

/**
 * /source.txt and /about/: the text as the site received it, byte for byte,
 * its SHA-256 shown where anyone can compare, and the page that says what
 * the text is, what the site changes and adds, and where to report errors.
 */
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const SOURCE_BYTES = await readFile(join(projectRoot, SOURCE_FILE));

describe.each([...BUILDS, LOCAL_PREVIEW_BUILD])('/source.txt and /about/, built $name', ({ dir }) => {
  it('publishes /source.txt byte for byte as the canonical source file', async () => {
    expect((await readFile(join(dir, 'source.txt'))).equals(SOURCE_BYTES)).toBe(true);
  });

  it('shows on /about/ the SHA-256 of /source.txt, and how to check it', async () => {
    const $ = await readPage('about/', dir);
    const shown = $('[data-sha256]').text();
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    expect(shown).toBe(sha256(await readFile(join(dir, 'source.txt'))));
    expect($('main').text()).toContain('sha256sum source.txt');
    expect($('main a[href$="source.txt"]')).toHaveLength(1);
  });
});

describe('/about/', () => {
  it('is linked from the footer of every page', async () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(8);
    for (const { dir, base } of BUILDS) {
      for (const path of PAGES) {
        const $ = await readPage(path, dir);
        expect($('footer a:contains("About this text")').attr('href'), path).toBe(`${base}about/`);
      }
    }
  });

  it('says what the text is, its date, what the site changes and adds, and marks all of it as the site’s', async () => {
    const $ = await readPage('about/');
    expect($('main article').is('[data-editorial]')).toBe(true);
    expect($('main h1').text()).toBe('About this text');
    const text = $('main').text();
    expect(text).toContain('Relations with the Republic of Korea');
    expect($('main time').attr('datetime')).toBe('2016-10-06T17:16');
    expect(text).toContain('The bullet (•) before “Last updated” is dropped');
    expect(text).toContain('the site calls it “Overview”');
    expect(text).toContain('not from the text');
    // What it says of the text's characters is true of the text.
    for (const words of ['has been donated\u00a0to', 'US$ 500']) {
      expect(text).toContain(`“${words}”`);
      expect(SOURCE_BYTES.toString('utf8')).toContain(words);
    }
  });

  it('names the original page and where to report an error only when they are configured', async () => {
    const plain = await readPage('about/', ROOT_BUILD.dir);
    expect(
      plain('main a[href^="http"], main a[href^="mailto:"], footer a[href^="http"], footer a[href^="mailto:"]'),
    ).toHaveLength(0);
    expect(plain('main').text()).not.toContain('Report an error');

    const { SOURCE_URL, FEEDBACK_URL } = BASE_PATH_BUILD.settings;
    const configured = await readPage('about/', BASE_PATH_BUILD.dir);
    expect(configured(`main a[href="${SOURCE_URL}"]`)).toHaveLength(1);
    expect(configured(`main a[href="${FEEDBACK_URL}"]`)).toHaveLength(1);
    expect(configured(`footer cite a[href="${SOURCE_URL}"]`).text()).toBe('Relations with the Republic of Korea');
    expect(configured(`footer a[href="${FEEDBACK_URL}"]`).text()).toBe('Report an error');
  });

  it('has /source.txt served as UTF-8 text by the headers file', () => {
    expect(headersFor(siteHeaderRules(ROOT_BUILD.dir), '/source.txt')['Content-Type']).toBe(
      'text/plain; charset=utf-8',
    );
  });
});
