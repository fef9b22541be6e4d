import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UNUSED_BUNDLE_FILES } from '../../build/integrations/pagefind-index.ts';
import type { SearchOptions, SearchOutcome } from '../../src/search/run.ts';
import { openSiteSearch, useFileFetch } from '../../tools/pagefind-node.ts';
import { BUILDS, SOURCE_SECTIONS } from '../support/site.ts';

/**
 * The built index, searched in Node exactly as the browser UI searches it
 * (aliases, Pagefind, sub-results): the real pagefind.js and index files,
 * read from disk. Node's fetch cannot read file: URLs, so it is stubbed for
 * those alone.
 */
useFileFetch();

/** The paths (below the base) of the pages found, best first. */
const pagePaths = (outcome: SearchOutcome, base: string) => outcome.pages.map((page) => page.url.slice(base.length));
/** Every heading, paragraph or event the results link to, as path#fragment below the base. */
const partUrls = (outcome: SearchOutcome, base: string) =>
  outcome.pages.flatMap((page) => page.parts.map((part) => part.url.slice(base.length)));

interface Case {
  query: string;
  why: string;
  /** Page expected in the top 3, as a path below the base ('' is the overview). */
  page: string;
  /** Sub-result expected among the links: a paragraph, heading or event fragment. */
  part: string;
}

// At least one query per section; names, places, numbers, a phrase, aliases, prefixes.
const CASES: Case[] = [
  {
    query: '470',
    why: 'a number',
    page: 'practical-cooperation/',
    part: 'practical-cooperation/#practical-cooperation-1',
  },
  { query: 'Stoltenberg', why: 'a name in the photograph caption', page: '', part: '#overview-photograph' },
  { query: 'Seoul', why: 'a place', page: 'political-dialogue/', part: 'political-dialogue/#political-dialogue-2' },
  {
    query: 'Afghan',
    why: 'a prefix of Afghanistan',
    page: 'practical-cooperation/',
    part: 'practical-cooperation/#practical-cooperation-2',
  },
  {
    query: 'Ban Ki-moon',
    why: 'usual spelling',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue-1',
  },
  {
    query: 'Ban Ki-Moon',
    why: 'the source spelling',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue-1',
  },
  {
    query: 'Park Geun-hye',
    why: 'alias of the source spelling',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue-3',
  },
  {
    query: 'Park Guen-hye',
    why: 'the source spelling',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue-3',
  },
  {
    query: '"high-level staff talks"',
    why: 'an exact phrase',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue-2',
  },
  {
    query: 'piracy',
    why: 'a topic',
    page: 'practical-cooperation/',
    part: 'practical-cooperation/#practical-cooperation-3',
  },
  { query: 'Lisbon Summit', why: 'two words', page: '', part: '#overview-2' },
  { query: 'Science for Peace and Security', why: 'a programme name', page: '', part: '#overview-3' },
  {
    query: '500 million',
    why: 'an amount',
    page: 'practical-cooperation/',
    part: 'practical-cooperation/#practical-cooperation-2',
  },
  {
    query: 'DMZ',
    why: 'alias of Demilitarized Zone',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue-3',
  },
  {
    query: 'stabilization',
    why: 'American spelling alias',
    page: 'practical-cooperation/',
    part: 'practical-cooperation/#practical-cooperation-1',
  },
  {
    query: 'Secretary-General',
    why: 'hyphenated alias',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue-3',
  },
  { query: 'Rasmussen', why: 'a name', page: 'political-dialogue/', part: 'political-dialogue/#political-dialogue-3' },
  {
    query: 'Horn of Africa',
    why: 'a place of several words',
    page: 'practical-cooperation/',
    part: 'practical-cooperation/#practical-cooperation-3',
  },
  { query: 'partnership', why: 'a topic', page: '', part: '#overview-2' },
  {
    query: 'Political dialogue',
    why: 'a section title: its heading is a sub-result',
    page: 'political-dialogue/',
    part: 'political-dialogue/#political-dialogue',
  },
];

describe.each(BUILDS)('the built search index $name', ({ dir, base }) => {
  let siteSearch: (query: string, options?: SearchOptions) => Promise<SearchOutcome>;
  const search = (query: string) => siteSearch(query, { limit: 20, partsPerPage: 20 });

  beforeAll(async () => {
    siteSearch = await openSiteSearch(dir, base);
  });

  it.each(CASES)('finds "$query" ($why) on /$page, linking to $part', async ({ query, page, part }) => {
    const outcome = await search(query);
    expect(pagePaths(outcome, base).slice(0, 3)).toContain(page);
    expect(partUrls(outcome, base)).toContain(part);
  });

  it('gives every result a URL under the base path, and every part a fragment on that page', async () => {
    const outcome = await search('Republic of Korea');
    // The three source sections, the timeline and the terms page.
    expect(outcome.pages).toHaveLength(5);
    for (const page of outcome.pages) {
      expect(page.url.startsWith(base)).toBe(true);
      expect(page.parts.length, page.url).toBeGreaterThan(0);
      for (const part of page.parts) expect(part.url).toMatch(new RegExp(`^${page.url}#[a-z0-9-]+$`));
    }
  });

  it('finds the text about the Republic of Korea from "ROK" and "South Korea", searching the source wording', async () => {
    const sectionPages = SOURCE_SECTIONS.map((section) => section.path);
    for (const query of ['ROK', 'South Korea', 'rok']) {
      const outcome = await search(query);
      expect(outcome.searched).toBe('Republic of Korea');
      expect(outcome.replacements).toEqual([{ typed: query, source: 'Republic of Korea' }]);
      expect(pagePaths(outcome, base)).toEqual(expect.arrayContaining(sectionPages));
    }
  });

  it('marks the matched words in excerpts and carries them to the landing page', async () => {
    const outcome = await search('470');
    const hit = outcome.pages[0]!.parts[0]!;
    expect(hit.excerpt).toContain('<mark>470</mark>');
    expect(hit.href).toBe(`${base}practical-cooperation/?highlight=470#practical-cooperation-1`);
  });

  it('also highlights the forms of a word that Pagefind matched by its stem', async () => {
    const outcome = await search('stabilising');
    const page = outcome.pages.find((hit) => hit.url === `${base}practical-cooperation/`)!;
    const params = new URL(page.parts[0]!.href, 'https://example.org').searchParams.getAll('highlight');
    expect(params).toEqual(['stabilising', 'stabilisation']);
  });

  it('names each page by its section and can narrow results to one section', async () => {
    const all = await search('Korea');
    expect(all.pages.map((page) => page.title)).toEqual(
      expect.arrayContaining(SOURCE_SECTIONS.map((section) => section.title)),
    );
    const narrowed = await siteSearch('Korea', { section: 'Political dialogue' });
    expect(narrowed.pages.map((page) => page.title)).toEqual(['Political dialogue']);
  });

  it('indexes only the reading content: no header, navigation, footer, link labels, search or whole-document page', async () => {
    // Words that appear only in the footer, the skip link, the navigation and the breadcrumbs.
    for (const query of ['verbatim', 'Skip', 'Whole', 'Home']) {
      expect((await search(query)).total, query).toBe(0);
    }
    const labels = await search('paragraph');
    const excerpts = labels.pages.flatMap((page) => [page.excerpt, ...page.parts.map((part) => part.excerpt)]);
    expect(excerpts.join(' ')).not.toMatch(/Copy link to|Cite paragraph|Read in context/);
    const everything = await search('the');
    const indexed = new Set(pagePaths(everything, base));
    expect(indexed.has('document/')).toBe(false);
    expect(indexed.has('search/')).toBe(false);
    expect(indexed.has('404.html')).toBe(false);
  });

  it('lists the source text before the editorial timeline and terms page, which it marks as editorial', async () => {
    for (const query of ['Seoul', 'Rasmussen', 'Afghan']) {
      const outcome = await search(query);
      const kinds = outcome.pages.map((page) => page.editorial);
      expect(kinds, query).toEqual([...kinds].sort((a, b) => Number(a) - Number(b)));
      const editorial = outcome.pages.filter((page) => page.editorial).map((page) => page.title);
      expect([...editorial].sort(), query).toEqual(['Terms and names', 'Timeline']);
    }
  });

  it('ships the search engine and index but none of the unused ready-made Pagefind UIs', () => {
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(UNUSED_BUNDLE_FILES.filter((file) => existsSync(join(dir, 'pagefind', file)))).toEqual([]);
  });

  it('keeps the words of the timeline facts apart (no "BrengelmannPlace")', async () => {
    const outcome = await search('Brengelmann');
    const event = outcome.pages
      .flatMap((page) => page.parts)
      .find((part) => part.url.endsWith('#event-2012-11-staff-talks-seoul'));
    expect(event?.excerpt).toMatch(/Person (?:<mark>)?Dirk(?:<\/mark>)? <mark>Brengelmann<\/mark>(?: Place Seoul|$)/);
  });

  it('searches the closest word of the text for a word that matches nothing, several at once', async () => {
    const one = await search('Rasmusen');
    expect(one.corrections).toEqual([{ typed: 'Rasmusen', word: 'Rasmussen' }]);
    expect(one.corrected).toBe('Rasmussen');
    expect(partUrls(one, base)).toContain('political-dialogue/#political-dialogue-3');
    const two = await search('Rasmusen Brengleman');
    expect(two.corrected).toBe('Rasmussen Brengelmann');
    expect(two.total).toBeGreaterThan(0);
  });

  it('never replaces a word that matches something, and names one that matches nothing and has no close spelling', async () => {
    const seoul = await search('Seoul');
    expect(seoul.corrections).toEqual([]);
    const mixed = await search('xylophone Seoul');
    expect(mixed.corrections).toEqual([]);
    expect(mixed.notFound).toEqual(['xylophone']);
    expect(pagePaths(mixed, base)).toEqual(pagePaths(seoul, base));
  });

  it('searches the words as typed on request, and offers the nearest words instead', async () => {
    const asTyped = await siteSearch('Rasmusen', { asTyped: true });
    expect(asTyped.total).toBe(0);
    expect(asTyped.corrections).toEqual([]);
    expect(asTyped.nearestWords).toEqual(['Rasmussen']);
  });

  it('matches an abbreviation as a whole word and never turns it into a lowercase word', async () => {
    const nat = await search('NAT');
    expect(nat.total).toBe(0);
    expect(nat.nearestWords).toEqual(['NATO']);
    const prt = await search('PRT');
    // The one paragraph that writes "(PRT)", the timeline entry that quotes it and the term; no word that merely starts with the letters.
    expect(partUrls(prt, base)).toEqual([
      'practical-cooperation/#practical-cooperation-1',
      'timeline/#undated-prt-handover',
      'terms/#term-prt',
    ]);
  });

  it('never lists a part that matched a stop word alone', async () => {
    const outcome = await search('Gulf of Aden');
    expect(partUrls(outcome, base)).toEqual([
      'practical-cooperation/#practical-cooperation-3',
      'terms/#term-gulf-of-aden',
      'timeline/#undated-horn-of-africa-escorts',
    ]);
  });

  it('finds nothing for a word that is not in the text', async () => {
    const outcome = await search('xylophone');
    expect(outcome.total).toBe(0);
    expect(outcome.pages).toEqual([]);
  });
});
