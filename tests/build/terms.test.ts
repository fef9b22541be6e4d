import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readableText } from '../../build/verify/fidelity.ts';
import { collapseSpaces } from '../../src/source/source-text.ts';
import { readTerms } from '../../src/terms/read-terms.ts';
import { TERMS_FILE } from '../../src/terms/terms-file.ts';
import { readPage } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { PAGES, SOURCE_SECTIONS } from '../support/site.ts';

/**
 * /terms/ as built, checked against the text as built: its "Mentioned in"
 * links are worked out here again, independently, from the paragraphs and
 * the photograph of the source's pages, so a term's list can neither point
 * at a paragraph that does not name it nor leave one out.
 */
const terms = readTerms(projectRoot);
const shown = terms.filter((term) => term.kind !== 'spelling');
/** The file's entries as YAML reads them, each with its kind: what the page must show, counted without the site's code. */
const fileEntries = (
  parse(readFileSync(join(projectRoot, TERMS_FILE), 'utf8')) as { terms: { slug: string; kind: string }[] }
).terms;
const kindOf = new Map(fileEntries.map((entry) => [entry.slug, entry.kind]));
const shownKinds = [...new Set(fileEntries.map((entry) => entry.kind))].filter((kind) => kind !== 'spelling');
const entriesOfKind = (kind: string) => fileEntries.filter((entry) => entry.kind === kind).length;

interface BuiltPassage {
  /** Page path and fragment, as a link from /terms/ has it: /political-dialogue/#political-dialogue-2 */
  href: string;
  text: string;
}

/** A passage's words without what the site added inside it. */
function sourceText($: CheerioAPI, element: Element): string {
  const copy = $(element).clone();
  copy.find('[data-editorial]').remove();
  return collapseSpaces(readableText(copy.get(0)!));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A spelling as whole words: no letter or digit joined to an end that is a letter or digit. */
const wholeWords = (spelling: string) =>
  new RegExp(
    `${/^[\p{L}\p{N}]/u.test(spelling) ? '(?<![\\p{L}\\p{N}])' : ''}${escape(spelling)}${/[\p{L}\p{N}]$/u.test(spelling) ? '(?![\\p{L}\\p{N}])' : ''}`,
    'gu',
  );

/** Whether the text names the term: one of its spellings, once the longer names of other terms of its kind are blanked out. */
function names(text: string, term: (typeof terms)[number]): boolean {
  const longer = terms
    .filter((other) => other.slug !== term.slug && other.kind === term.kind)
    .flatMap((other) => [other.spelling, ...other.otherSpellings])
    .filter((spelling) => [term.spelling, ...term.otherSpellings].some((own) => spelling.length > own.length));
  const blanked = longer.reduce(
    (rest, spelling) => rest.replace(wholeWords(spelling), (m) => ' '.repeat(m.length)),
    text,
  );
  return [term.spelling, ...term.otherSpellings].some((spelling) => wholeWords(spelling).test(blanked));
}

let passages: BuiltPassage[];
let $terms: CheerioAPI;

beforeAll(async () => {
  passages = [];
  for (const section of SOURCE_SECTIONS) {
    const $ = await readPage(section.path);
    $('main [data-section] p[id], main [data-section] figure[id]').each((_, element) => {
      passages.push({ href: `/${section.path}#${$(element).attr('id')}`, text: sourceText($, element) });
    });
  }
  $terms = await readPage('terms/');
});

describe('/terms/', () => {
  it('reads every paragraph and the photograph of the source’s pages', () => {
    expect(passages.map((passage) => passage.href)).toHaveLength(10);
  });

  it('shows every term of the terms file but the search-only spellings, each under its id with its link control', () => {
    const expected = shownKinds.reduce((sum, kind) => sum + entriesOfKind(kind), 0);
    expect(shown).toHaveLength(expected);
    expect($terms('main h3[id^="term-"]')).toHaveLength(expected);
    // One group per kind shown, holding exactly that kind's entries.
    const groups = $terms('main .terms-group').toArray();
    expect(groups).toHaveLength(shownKinds.length);
    for (const group of groups) {
      const kinds = $terms(group)
        .find('h3[id^="term-"]')
        .toArray()
        .map((heading) => kindOf.get($terms(heading).attr('id')!.slice('term-'.length)));
      const kind = kinds[0]!;
      expect(new Set(kinds), $terms(group).find('h2').text()).toEqual(new Set([kind]));
      expect(kinds).toHaveLength(entriesOfKind(kind));
    }
    for (const term of shown) {
      const heading = $terms(`h3#term-${term.slug}`);
      expect(heading.text(), term.slug).toBe(term.spelling);
      expect(heading.parent().find('a.part-link').attr('href')).toBe(`#term-${term.slug}`);
      expect(heading.parent().find('a.part-link').text().trim()).toContain(`Copy link to term ${term.spelling}`);
    }
    for (const term of terms.filter((t) => t.kind === 'spelling')) {
      expect($terms(`#term-${term.slug}`), term.slug).toHaveLength(0);
    }
  });

  it('lists under "Mentioned in" exactly the paragraphs that name the term, in the text’s spelling', () => {
    let expectedLinks = 0;
    for (const term of shown) {
      const entry = $terms(`#term-${term.slug}`).closest('.term');
      const listed = entry
        .find('.term__mentions a')
        .toArray()
        .map((a) => $terms(a).attr('href'));
      const naming = passages.filter((passage) => names(passage.text, term)).map((passage) => passage.href);
      expect(naming.length, `${term.slug} is named somewhere`).toBeGreaterThan(0);
      expect([...listed].sort(), term.slug).toEqual([...naming].sort());
      expectedLinks += naming.length;
    }
    // No "Mentioned in" link outside an entry's list either.
    expect($terms('main .term__mentions a')).toHaveLength(expectedLinks);
  });

  it('works out mentions as checked by hand: a longer office is not the shorter one inside it', () => {
    const term = (slug: string) => terms.find((t) => t.slug === slug)!;
    const text = (href: string) => passages.find((passage) => passage.href === href)!.text;
    const withAssistant = '/political-dialogue/#political-dialogue-2';
    expect(text(withAssistant)).toContain('Assistant Secretary General');
    expect(names(text(withAssistant), term('assistant-secretary-general'))).toBe(true);
    expect(names(text(withAssistant), term('secretary-general'))).toBe(false);
    const mentions = (slug: string) =>
      $terms(`#term-${slug}`)
        .closest('.term')
        .find('.term__mentions a')
        .toArray()
        .map((a) => $terms(a).attr('href'));
    expect(mentions('secretary-general')).toEqual([
      '/#overview-photograph',
      '/political-dialogue/#political-dialogue-3',
    ]);
    expect(mentions('assistant-secretary-general')).toEqual([withAssistant]);
    expect(mentions('prt')).toEqual(['/practical-cooperation/#practical-cooperation-1']);
    // "foreign ministers" is one of the text's other spellings of the office.
    expect(mentions('foreign-minister')).toEqual([
      '/#overview-photograph',
      '/practical-cooperation/#practical-cooperation-2',
      '/political-dialogue/#political-dialogue-1',
    ]);
  });

  it('is editorial as a whole, as the timeline is: none of its words is taken for the source’s', () => {
    expect($terms('main > article')).toHaveLength(1);
    expect($terms('main > article').attr('data-editorial')).toBeDefined();
    const paragraphs = $terms('main p');
    // The introduction and one description per term.
    expect(paragraphs).toHaveLength(1 + shown.length);
    expect(paragraphs.filter((_, p) => $terms(p).closest('[data-editorial]').length === 0)).toHaveLength(0);
  });

  it('marks each description editorial, in words too', () => {
    const descriptions = $terms('.term__description');
    expect(descriptions).toHaveLength(shown.length);
    descriptions.each((_, element) => {
      expect($terms(element).attr('data-editorial')).toBeDefined();
      expect($terms(element).find('.term__marker').text()).toBe('Editorial');
    });
  });
});

describe('abbreviations in the text', () => {
  const abbreviations = terms.filter((term) => term.kind === 'abbreviation' && term.expansion !== undefined);

  it('marks the first use of each on a page with its expansion, and no other', async () => {
    const $ = await readPage('practical-cooperation/');
    const marked = $('main abbr')
      .toArray()
      .map((abbr) => [$(abbr).text(), $(abbr).attr('title')]);
    expect(marked).toEqual([
      ['PRT', 'Provincial Reconstruction Team'],
      ['ISAF', 'International Security Assistance Force'],
      ['US$', 'United States dollars'],
      ['NATO', 'North Atlantic Treaty Organization'],
    ]);
    expect(abbreviations.map((term) => term.spelling).sort()).toEqual(['ISAF', 'NATO', 'PRT', 'US$']);
  });

  it('marks each at most once on every page, /document/ included, at its first use in the page’s text', async () => {
    // The site's own words in main (a paragraph's citations name NATO as the author) are not the text.
    const SENTINEL = '\uE000'; // a private-use character: never in the text
    /** Where the marked abbreviation stands among the text's words in main, and where the first of them is. */
    const positions = ($: CheerioAPI, spelling: string) => {
      const main = $('main').clone();
      main.find('[data-editorial]').remove();
      main
        .find('abbr')
        .filter((_, abbr) => $(abbr).text() === spelling)
        .replaceWith(`${SENTINEL}${spelling}`);
      const text = main.text();
      return { marked: text.indexOf(SENTINEL) + 1, first: wholeWords(spelling).exec(text)?.index };
    };
    expect(PAGES).toContain('document/');
    const markedPages: string[] = [];
    for (const page of PAGES) {
      const $ = await readPage(page);
      let marked = 0;
      for (const term of abbreviations) {
        const abbrs = $('main abbr').filter((_, abbr) => $(abbr).text() === term.spelling);
        expect(abbrs.length, `${term.spelling} on /${page}`).toBeLessThanOrEqual(1);
        if (abbrs.length === 0) continue;
        marked += 1;
        const { marked: at, first } = positions($, term.spelling);
        expect(at, `${term.spelling} on /${page}`).toBe(first);
      }
      if (page === 'document/') expect(marked, 'every abbreviation on /document/').toBe(abbreviations.length);
      if (marked > 0) markedPages.push(page);
    }
    // Every section page whose text uses one, and /document/.
    const usingOne = SOURCE_SECTIONS.filter((section) =>
      passages.some(
        (passage) =>
          passage.href.startsWith(`/${section.path}#`) && abbreviations.some((term) => names(passage.text, term)),
      ),
    ).map((section) => section.path);
    expect(markedPages.sort()).toEqual([...usingOne, 'document/'].sort());
  });

  it('leaves the words of the paragraph exactly the source’s', async () => {
    const $ = await readPage('practical-cooperation/');
    const paragraph = $('#practical-cooperation-1');
    expect(paragraph.find('abbr')).toHaveLength(1);
    expect(sourceText($, paragraph.get(0)!)).toBe(
      'The Republic of Korea is a significant contributor to stabilisation efforts in Afghanistan. From 2010 to 2013, the country led an integrated civilian-military Provincial Reconstruction Team (PRT) of some 470 personnel in Parwan Province, which helped build the capacity of the provincial government in the areas of health, education, rural development and governance. As part of the process of transitioning responsibility for security in Afghanistan to Afghan lead, the PRT was phased out and its responsibilities handed over to Afghan authorities. Much of the Korean contingent was reinvested in Bagram, instead of being withdrawn.',
    );
  });
});
