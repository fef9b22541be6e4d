import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSourceText } from '../../src/source/source-text.ts';
import { readPage } from '../../tools/dist.ts';
import { fidelityProblems, pathForSourceSection } from '../support/fidelity.ts';
import { SOURCE_SECTIONS, SOURCE_TEXT } from '../support/site.ts';

const pages = new Map<string, CheerioAPI>();

beforeAll(async () => {
  const { sections } = parseSourceText(SOURCE_TEXT);
  for (const [index, section] of sections.entries()) {
    const path = pathForSourceSection(index, section.heading);
    pages.set(path, await readPage(path));
  }
});

describe('the site carries the source verbatim', () => {
  it('finds the source split into the three sections the site publishes', () => {
    expect(SOURCE_SECTIONS).toHaveLength(3);
    expect([...pages.keys()]).toEqual(SOURCE_SECTIONS.map((section) => section.path));
  });

  it('has every sentence exactly once on its section page, every heading, and no unmarked paragraph', () => {
    expect(fidelityProblems(SOURCE_TEXT, pages)).toEqual([]);
  });

  it('notices a source with one word changed', () => {
    const changed = SOURCE_TEXT.replace('some 470 personnel', 'some 480 personnel');
    expect(changed).not.toBe(SOURCE_TEXT);
    const problems = fidelityProblems(changed, pages);
    expect(problems).toContainEqual(expect.stringContaining('found 0 times: "From 2010 to 2013, the country led'));
    expect(problems).toContainEqual(expect.stringContaining('paragraph not in the source'));
    expect(problems).toHaveLength(2);
  });

  it('notices a page with one word changed', () => {
    const altered = new Map(pages);
    const $ = pages.get('political-dialogue/')!;
    const copy = $.root().clone();
    const paragraph = copy.find('#political-dialogue-1');
    paragraph.text(paragraph.text().replace('in 2005', 'in 2006'));
    altered.set('political-dialogue/', ((sel: string) => copy.find(sel)) as unknown as CheerioAPI);
    const problems = fidelityProblems(SOURCE_TEXT, altered);
    expect(problems).toContainEqual(
      expect.stringContaining('found 0 times: "NATO and the Republic of Korea initiated dialogue in 2005."'),
    );
    expect(problems).toContainEqual(expect.stringContaining('paragraph not in the source'));
  });

  it('notices a sentence published twice', () => {
    const altered = new Map(pages);
    const $ = pages.get('practical-cooperation/')!;
    const copy = $.root().clone();
    copy
      .find('main article')
      .append('<p>Much of the Korean contingent was reinvested in Bagram, instead of being withdrawn.</p>');
    altered.set('practical-cooperation/', ((sel: string) => copy.find(sel)) as unknown as CheerioAPI);
    expect(fidelityProblems(SOURCE_TEXT, altered)).toContainEqual(
      expect.stringContaining('found 2 times: "Much of the Korean contingent'),
    );
  });
});
