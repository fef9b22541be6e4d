import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSiteFiles, type SiteFiles } from '../../build/verify/site-files.ts';
import { builtPages } from '../../tools/dist.ts';
import {
  BUILDS,
  PAGES,
  ROOT_BUILD,
  SOURCE_SECTIONS,
  URL_CONTRACT as contract,
  URL_CONTRACT_FILE,
} from '../support/site.ts';
import { brokenPromises, contractSize, unpromised } from '../../build/verify/url-contract.ts';

describe('the URL contract fixture', () => {
  it('promises the pages and every heading and paragraph of the source', () => {
    const size = contractSize(contract);
    console.log(`URL contract: ${size.pages} URLs, ${size.fragments} fragment ids`);
    expect(Object.keys(contract.pages)).toEqual(
      expect.arrayContaining([...SOURCE_SECTIONS.map((section) => `/${section.path}`), '/document/']),
    );
    // 3 + 3 + 3 source paragraphs on their pages and again on /document/.
    const paragraphId = new RegExp(`^(${SOURCE_SECTIONS.map((section) => section.slug).join('|')})-\\d+$`);
    const paragraphs = Object.values(contract.pages)
      .flat()
      .filter((id) => paragraphId.test(id));
    expect(paragraphs).toHaveLength(18);
  });

  it('lists, with the 404 page, every HTML page the build writes: the pages the browser tests visit', async () => {
    expect(PAGES).toHaveLength(9);
    for (const { dir } of BUILDS) expect(await builtPages(dir)).toEqual(PAGES);
  });
});

describe.each(BUILDS)('every promised URL lands, built $name', ({ dir, base }) => {
  let site: SiteFiles;
  beforeAll(async () => {
    site = await readSiteFiles(dir);
  });

  it('keeps every promised page and fragment', () => {
    expect(brokenPromises(contract, site, base)).toEqual([]);
  });

  it(`promises every page and fragment it publishes (add new ones to ${URL_CONTRACT_FILE})`, () => {
    expect(unpromised(contract, site)).toEqual([]);
  });
});

describe('the contract check bites on the real site', () => {
  let site: SiteFiles;
  beforeAll(async () => {
    site = await readSiteFiles(ROOT_BUILD.dir);
  });

  function withPage(file: string, edit: (html: string) => string): SiteFiles {
    const pages = new Map(site.pages);
    pages.set(file, load(edit(site.pages.get(file)!.html())));
    return { ...site, pages };
  }

  it('fails when a paragraph id disappears, naming the URL', () => {
    const broken = withPage('political-dialogue/index.html', (html) =>
      html.replace('id="political-dialogue-2"', 'id="renamed-2"'),
    );
    expect(brokenPromises(contract, broken)).toEqual([
      expect.stringMatching(/^\/political-dialogue\/#political-dialogue-2: no element has this id/),
    ]);
    expect(unpromised(contract, broken)).toEqual(['/political-dialogue/#renamed-2']);
  });

  it('accepts a renamed heading whose old id stays as an alias', () => {
    const renamed = withPage('political-dialogue/index.html', (html) =>
      html.replace(
        '<h1 id="political-dialogue">',
        '<span id="political-dialogue" data-heading-alias="dialogue"></span><h1 id="dialogue">',
      ),
    );
    expect(brokenPromises(contract, renamed)).toEqual([]);
  });

  it('fails when a page disappears, and accepts it once it redirects to where the ids live', () => {
    const files = new Set(site.files);
    files.delete('political-dialogue/index.html');
    const pages = new Map(site.pages);
    pages.delete('political-dialogue/index.html');
    const gone = { ...site, files, pages };
    expect(brokenPromises(contract, gone)).toEqual([
      expect.stringMatching(/^\/political-dialogue\/: the page is gone/),
    ]);

    files.add('political-dialogue/index.html');
    pages.set('political-dialogue/index.html', load('<meta http-equiv="refresh" content="0;url=/document/">'));
    expect(brokenPromises(contract, { ...site, files, pages })).toEqual([]);
  });
});
