import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { fidelityProblems, type FidelityInput } from '../../build/verify/fidelity.ts';
import { readSiteFiles, type SiteFiles } from '../../build/verify/site-files.ts';
import { problemLine } from '../../src/errors/editor-error.ts';
import { sourceModel } from '../../src/source/model.ts';
import { ROOT_BUILD, SOURCE_TEXT } from '../support/site.ts';

/**
 * The build's fidelity check (build/verify/fidelity.ts) bites: run over the
 * built site with one thing changed, in the source or in a page, it names
 * the mistake. The build runs the same check on every build and stops on any
 * problem, so the unchanged site passing is proven by the build itself.
 */
let site: SiteFiles;

beforeAll(async () => {
  site = await readSiteFiles(ROOT_BUILD.dir);
});

function check(files: SiteFiles, sourceText = SOURCE_TEXT): string[] {
  const source = sourceModel(sourceText);
  const input: FidelityInput = {
    sections: source.sections,
    lastUpdatedText: source.lastUpdatedText,
    fileOf: (slug) => `content/sections/${slug}.mdx`,
  };
  return fidelityProblems(files, input).map(problemLine);
}

/** The site with one page's HTML changed. */
function withPage(file: string, change: (html: string) => string): SiteFiles {
  const pages = new Map(site.pages);
  const html = site.pages.get(file)!.html();
  const changed = change(html);
  expect(changed).not.toBe(html);
  pages.set(file, load(changed));
  return { ...site, pages };
}

describe('the build’s fidelity check', () => {
  it('reads the pages it checks', () => {
    expect(check(site)).toEqual([]);
  });

  it('notices a source with one word changed', () => {
    const changed = SOURCE_TEXT.replace('some 470 personnel', 'some 480 personnel');
    expect(check(site, changed)).toEqual([
      'content/sections/practical-cooperation.mdx: paragraph 1 differs from the source: it has “470” where the source has “480” (source: “The Republic of Korea is a significant contributo…”) (on /practical-cooperation/ and /document/)',
    ]);
  });

  it('notices a page with one word changed', () => {
    const altered = withPage('political-dialogue/index.html', (html) =>
      html.replace('initiated dialogue in 2005', 'initiated dialogue in 2006'),
    );
    expect(check(altered)).toEqual([
      'content/sections/political-dialogue.mdx: paragraph 1 differs from the source: it has “2006” where the source has “2005” (source: “NATO and the Republic of Korea initiated dialogue…”) (on /political-dialogue/)',
    ]);
  });

  it('reads the words of an abbreviation as the source’s: a changed one is a changed paragraph', () => {
    const altered = withPage('practical-cooperation/index.html', (html) =>
      html.replace(
        '<abbr title="Provincial Reconstruction Team">PRT</abbr>',
        '<abbr title="Provincial Reconstruction Team">PRTs</abbr>',
      ),
    );
    expect(check(altered)).toEqual([
      'content/sections/practical-cooperation.mdx: paragraph 1 differs from the source: it has “PRTs” where the source has “PRT” (source: “The Republic of Korea is a significant contributo…”) (on /practical-cooperation/)',
    ]);
  });

  it('notices a sentence published twice, even inside an editorial note', () => {
    const altered = withPage('practical-cooperation/index.html', (html) =>
      html.replace(
        '</article>',
        '<p data-editorial>Much of the Korean contingent was reinvested in Bagram, instead of being withdrawn.</p></article>',
      ),
    );
    expect(check(altered)).toEqual([
      'content/sections/practical-cooperation.mdx: the source sentence “Much of the Korean contingent was reinvested in Bagram, instead of be…” appears 2 times (on /practical-cooperation/)',
    ]);
  });

  it('notices a paragraph of its own that is not marked editorial', () => {
    const altered = withPage('political-dialogue/index.html', (html) =>
      html.replace('</article>', '<p>A sentence the source never had.</p></article>'),
    );
    expect(check(altered)).toEqual([
      'content/sections/political-dialogue.mdx: paragraph 4 is not in the source and not marked editorial: “A sentence the source never had.” (on /political-dialogue/)',
    ]);
  });

  it('notices a section left out of /document/', () => {
    const altered = withPage('document/index.html', (html) =>
      html.replace(/<section class="document__section" aria-labelledby="political-dialogue"[\s\S]*?<\/section>/, ''),
    );
    expect(check(altered)).toEqual([
      'content/sections/political-dialogue.mdx: the source section “Political dialogue” is not published here (on /document/)',
    ]);
  });

  it('notices a section that is neither the source’s nor marked editorial', () => {
    const altered = withPage('timeline/index.html', (html) =>
      html.replace(/(<article[^>]*?) data-editorial(="")?(?=[ >])/, '$1'),
    );
    expect(check(altered)).toContain(
      "content/sections/timeline.mdx: the section is not one of the source's (overview, practical-cooperation, political-dialogue) and is not marked editorial (on /timeline/)",
    );
  });
});
