import { load } from 'cheerio';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { basePathDistDir, distDir, projectRoot, TEST_BASE_PATH } from '../../tools/paths.ts';
import { readSiteFiles, type SiteFiles } from '../../build/verify/site-files.ts';
import { brokenPromises, contractSize, unpromised, type UrlContract } from '../support/url-contract.ts';

const contract = JSON.parse(
  await readFile(join(projectRoot, 'tests/fixtures/url-contract.json'), 'utf8'),
) as UrlContract;

describe('the URL contract fixture', () => {
  it('promises the pages and every heading and paragraph of the source', () => {
    const size = contractSize(contract);
    console.log(`URL contract: ${size.pages} URLs, ${size.fragments} fragment ids`);
    expect(Object.keys(contract.pages)).toEqual(
      expect.arrayContaining(['/', '/practical-cooperation/', '/political-dialogue/', '/document/']),
    );
    // 3 + 3 + 3 source paragraphs on their pages and again on /document/.
    const paragraphs = Object.values(contract.pages)
      .flat()
      .filter((id) => /^(overview|practical-cooperation|political-dialogue)-\d+$/.test(id));
    expect(paragraphs).toHaveLength(18);
  });
});

describe.each([
  ['at the domain root', distDir, '/'],
  ['under a base path', basePathDistDir, TEST_BASE_PATH],
])('every promised URL lands, built %s', (_, dir, base) => {
  let site: SiteFiles;
  beforeAll(async () => {
    site = await readSiteFiles(dir);
  });

  it('keeps every promised page and fragment', () => {
    expect(brokenPromises(contract, site, base)).toEqual([]);
  });

  it('promises every page and fragment it publishes (add new ones to tests/fixtures/url-contract.json)', () => {
    expect(unpromised(contract, site)).toEqual([]);
  });
});

describe('the contract check bites on the real site', () => {
  let site: SiteFiles;
  beforeAll(async () => {
    site = await readSiteFiles(distDir);
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
