import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingId, parseParagraphId } from '../../src/source/ids.ts';
import { normalizeWhitespace } from '../../src/source/source-text.ts';
import { readPage } from '../../tools/dist.ts';
import { readableText } from '../../build/verify/fidelity.ts';

const SECTION_PAGES = ['', 'practical-cooperation/', 'political-dialogue/'];
const LINKED = 'main article :is(h1, h2, h3, h4, h5, h6, p, figure)[id]';

const pages = new Map<string, CheerioAPI>();
let documentPage: CheerioAPI;

beforeAll(async () => {
  for (const path of SECTION_PAGES) pages.set(path, await readPage(path));
  documentPage = await readPage('document/');
});

const idsOf = ($: CheerioAPI, selector = LINKED) =>
  $(selector)
    .map((_, el) => $(el).attr('id'))
    .get();

/** Text of a part without the controls the site adds to it. */
function partText($: CheerioAPI, id: string): string {
  const copy = $(`[id="${id}"]`).clone();
  copy.find('[data-editorial]').remove();
  return normalizeWhitespace(readableText(copy.get(0)!));
}

describe('section pages and /document/ publish the same ids', () => {
  it('has every heading, paragraph and figure id of every section page, in the same order', () => {
    const onSectionPages = SECTION_PAGES.flatMap((path) => idsOf(pages.get(path)!));
    expect(onSectionPages.length).toBeGreaterThanOrEqual(13);
    expect(idsOf(documentPage)).toEqual(onSectionPages);
  });

  it('carries the same text behind each paragraph id', () => {
    for (const $ of pages.values()) {
      for (const id of idsOf($, 'main article p[id]')) expect(partText(documentPage, id), id).toBe(partText($, id));
    }
  });

  it('is not indexed by search, so results never point to the same paragraph twice', () => {
    expect(documentPage('[data-pagefind-body]')).toHaveLength(0);
  });
});

describe('every part links to itself', () => {
  it('gives each heading a github-style id and, below the h1, a link right after it, named for the heading', () => {
    let titles = 0;
    for (const $ of [...pages.values(), documentPage]) {
      $('main article :is(h1, h2, h3, h4, h5, h6)').each((_, el) => {
        const heading = $(el);
        if (heading.closest('nav').length > 0) return; // "On this page" labels the contents
        const id = heading.attr('id')!;
        expect(id).toBe(headingId(heading.text()));
        if (heading.is('h1')) {
          // The page's title: a link to it would only lead to the top of the page it is on.
          expect(heading.parent().find('a')).toHaveLength(0);
          titles += 1;
          return;
        }
        const link = heading.next('a.heading-link');
        expect(link.attr('href')).toBe(`#${id}`);
        expect(link.find('.sr-only').text()).toBe(`Copy link to section ${heading.text()}`);
        expect(link.attr('data-pagefind-ignore')).toBeDefined();
      });
    }
    // One title on each section page and on /document/.
    expect(titles).toBe(SECTION_PAGES.length + 1);
  });

  it('gives each source paragraph a link control named for what it does, which search and the verbatim check skip', () => {
    const titles = new Map([
      ['overview', 'Overview'],
      ['practical-cooperation', 'Practical cooperation'],
      ['political-dialogue', 'Political dialogue'],
    ]);
    let count = 0;
    for (const $ of [...pages.values(), documentPage]) {
      $('main article p[id]').each((_, el) => {
        const id = $(el).attr('id')!;
        const { section, n } = parseParagraphId(id)!;
        const link = $(el).children('a.part-link');
        expect(link, id).toHaveLength(1);
        expect(link.attr('href')).toBe(`#${id}`);
        expect(link.attr('data-editorial')).toBeDefined();
        expect(link.attr('data-pagefind-ignore')).toBeDefined();
        expect(link.text()).toBe(`¶Copy link to paragraph ${n} of ${titles.get(section)}`);
        count += 1;
      });
    }
    expect(count).toBe(18);
  });

  it('numbers each section’s paragraphs from 1 without gaps', () => {
    for (const [path, $] of pages) {
      const numbers = idsOf($, 'main article p[id]').map((id) => parseParagraphId(id)!.n);
      expect(numbers, path).toEqual(numbers.map((_, i) => i + 1));
    }
  });
});
