import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CheerioAPI } from 'cheerio';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../tools/dist.ts';
import { BUILDS, LOCAL_PREVIEW_BUILD, ROOT_SITE_URL, SOURCE_SECTIONS } from '../support/site.ts';
import { distDir, localPreviewDistDir, projectRoot } from '../../tools/paths.ts';
import { readTimelineFile } from '../../src/timeline/file.ts';

/**
 * "Cite this" and the citations of paragraphs and events, over the built
 * site: every style's reference names the text, NATO, the year and the
 * cited part's own address; the reference files read back to the same
 * record; the citation_* meta tags agree with the page's JSON-LD.
 */

const TITLE = 'Relations with the Republic of Korea';
const STYLES = ['apa', 'harvard', 'vancouver'];
/** The pages with a "Cite this" block and citation_* meta: the source's sections, /document/, /timeline/. */
const CITED_PAGES = [...SOURCE_SECTIONS.map((section) => section.path), 'document/', 'timeline/'];
const DIALOGUE = `${ROOT_SITE_URL}/political-dialogue/`;
const TIMELINE_FILE = 'content/timeline.yaml';
const timelineFile = readTimelineFile(await readFile(join(projectRoot, TIMELINE_FILE), 'utf8'), TIMELINE_FILE);

function references($: CheerioAPI, scope: string): Map<string, string> {
  const entries = $(`${scope} [data-citation-style]`)
    .toArray()
    .map((el) => [$(el).attr('data-citation-style')!, $(el).find('dd').text()] as const);
  return new Map(entries);
}

describe('"Cite this" on /political-dialogue/', () => {
  it('gives the reference in every style with the title, NATO, 2016 and the page’s URL', async () => {
    const $ = await readPage('political-dialogue/');
    const refs = references($, 'details.cite-this');
    expect([...refs.keys()]).toEqual(STYLES);
    for (const [style, text] of refs) {
      for (const part of [`${TITLE}: Political dialogue`, 'NATO', '2016', DIALOGUE])
        expect(text, style).toContain(part);
    }
    expect(refs.get('apa')).toContain(
      'NATO. (2016, October 6). Relations with the Republic of Korea: Political dialogue.',
    );
  });

  it('is a native disclosure, closed, editorial and left out of search, with Copy buttons that wait for JavaScript', async () => {
    const $ = await readPage('political-dialogue/');
    const block = $('details.cite-this');
    expect(block).toHaveLength(1);
    expect(block.attr('open')).toBeUndefined();
    expect(block.children('summary').text()).toBe('Cite this page');
    expect(block.attr('data-editorial')).toBeDefined();
    expect(block.attr('data-pagefind-ignore')).toBeDefined();
    const buttons = block.find('button[data-copy-reference]');
    expect(buttons).toHaveLength(3);
    buttons.each((_, el) => expect($(el).attr('hidden')).toBeDefined());
    expect(buttons.map((_, el) => $(el).text()).get()).toEqual([
      'Copy APA reference',
      'Copy Harvard reference',
      'Copy Vancouver reference',
    ]);
  });

  it('cites one of its paragraphs in every style with the pinpoint and the paragraph’s URL', async () => {
    const $ = await readPage('political-dialogue/');
    const refs = references($, '#political-dialogue-2 + .part-citation');
    expect([...refs.keys()]).toEqual(STYLES);
    for (const [style, text] of refs) {
      for (const part of [TITLE, 'NATO', '2016', `${DIALOGUE}#political-dialogue-2`])
        expect(text, style).toContain(part);
    }
    expect(refs.get('apa')).toContain('(NATO, 2016, para. 2)');
    expect(refs.get('harvard')).toContain('(NATO, 2016, para. 2)');
  });

  it('offers the citation of every source paragraph after it, never inside the source’s <p>', async () => {
    let count = 0;
    for (const path of [...SOURCE_SECTIONS.map((s) => s.path), 'document/']) {
      const $ = await readPage(path);
      $('main article p[id]').each((_, el) => {
        const id = $(el).attr('id')!;
        expect($(el).find('.part-citation, .citation-styles'), id).toHaveLength(0);
        const citation = $(el).next('.part-citation');
        expect(citation, id).toHaveLength(1);
        expect(citation.attr('data-editorial')).toBeDefined();
        expect(citation.attr('data-pagefind-ignore')).toBeDefined();
        expect(citation.text()).toContain(`#${id}`);
        // On /document/ the link leads to the section's page, so it names it.
        const section = SOURCE_SECTIONS.find((s) => id.startsWith(`${s.slug}-`))!;
        const files = citation.find(`a[href$="${section.path}#cite-this"]`);
        expect(files.text(), id).toBe(`Reference files for ${section.title}`);
        count += 1;
      });
    }
    expect(count).toBe(18);
  });
});

describe('/timeline/ and its events', () => {
  it('cites the timeline as the site’s own work, based on the NATO text, at its own URL', async () => {
    const $ = await readPage('timeline/');
    const refs = references($, 'details.cite-this');
    expect([...refs.keys()]).toEqual(STYLES);
    for (const [style, text] of refs) {
      // Without an author, the title still says what the timeline is of.
      expect(text, style).toContain(`${TITLE}: Timeline`);
      expect(text, style).toContain(`${ROOT_SITE_URL}/timeline/`);
    }
    expect(refs.get('apa')).toMatch(/^Relations with the Republic of Korea: Timeline\. \(n\.d\.\)/);
    const record = JSON.parse(await readFile(join(distDir, 'cite/timeline.json'), 'utf8')) as Record<string, unknown>[];
    expect(record[0]?.['title']).toBe(`${TITLE}: Timeline`);
    expect(record[0]?.['note']).toBe('Based on NATO, “Relations with the Republic of Korea”, 6 October 2016');
    // The build at the root has no SITE_NAME, so no author; nor a date the site does not have.
    expect(record[0]?.['author']).toBeUndefined();
    expect(record[0]?.['issued']).toBeUndefined();
  });

  it('names the configured site as the author of the timeline', async () => {
    const based = BUILDS[1]!;
    const record = JSON.parse(await readFile(join(based.dir, 'cite/timeline.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(record[0]?.['author']).toEqual([{ literal: based.settings.SITE_NAME }]);
    const $ = await readPage('timeline/', based.dir);
    expect(references($, 'details.cite-this').get('apa')).toMatch(
      /^Example Reading Room\. \(n\.d\.\)\. Relations with the Republic of Korea: Timeline\./,
    );
  });

  it('gives every entry a link control named for it and a citation with its date, title and URL', async () => {
    const $ = await readPage('timeline/');
    const entries = $('.timeline-entry[id]');
    expect(entries).toHaveLength(timelineFile.events.length + timelineFile.undated.length);
    entries.each((_, el) => {
      const id = $(el).attr('id')!;
      const label = $(el).attr('data-pagefind-title')!;
      const control = $(el).children('a.part-link');
      expect(control, id).toHaveLength(1);
      expect(control.attr('href')).toBe(`#${id}`);
      // A span is heard as one: "2010 to 2013", not two years.
      expect(control.find('.sr-only').text()).toBe(
        `Copy link to event ${label.replace(/^(\d{4})–(\d{4}):/, '$1 to $2:')}`,
      );
      const citation = $(el).children('.part-citation');
      expect(citation.find('[data-citation-style]')).toHaveLength(3);
      expect(citation.text()).toContain(label);
      expect(citation.text()).toContain(`${ROOT_SITE_URL}/timeline/#${id}`);
      // The event within the timeline, named after the text it is drawn from.
      expect(citation.find('[data-citation-style="apa"] dd').text()).toContain(`${TITLE}: Timeline`);
      expect(citation.find('a[href$="timeline/#cite-this"]').text()).toBe('Reference files for Timeline');
    });
  });
});

describe('reference files', () => {
  /** What a reference manager reads back from a file, with the same library. */
  async function readBack(file: string): Promise<Record<string, unknown>> {
    const cite = new Cite(await readFile(join(distDir, 'cite', file), 'utf8'));
    expect(cite.data, file).toHaveLength(1);
    return cite.data[0]!;
  }
  const names = (record: Record<string, unknown>) =>
    (record['author'] as { literal?: string; family?: string }[]).map((a) => a.literal ?? a.family);

  it.each(['political-dialogue.bib', 'political-dialogue.ris', 'political-dialogue.json'])(
    '%s reads back to the same title, author, date and URL',
    async (file) => {
      const record = await readBack(file);
      expect(record['title']).toBe(`${TITLE}: Political dialogue`);
      expect(names(record)).toEqual(['NATO']);
      // BibTeX has no day: its file gives the year and month alone.
      const date = file.endsWith('.bib') ? [2016, 10] : [2016, 10, 6];
      expect(record['issued']).toEqual({ 'date-parts': [date] });
      expect(record['URL']).toBe(DIALOGUE);
    },
  );

  it.each([...BUILDS, LOCAL_PREVIEW_BUILD])(
    'give every BibTeX record its own key and a month BibTeX and biblatex accept, built $name',
    async ({ dir }) => {
      const files = (await readdir(join(dir, 'cite'))).filter((file) => file.endsWith('.bib'));
      expect(files).toHaveLength(CITED_PAGES.length);
      const keys = new Set<string>();
      for (const file of files) {
        const text = await readFile(join(dir, 'cite', file), 'utf8');
        const key = /^@\w+\{([^,]+),/.exec(text)?.[1];
        expect(key, file).toMatch(/^[A-Za-z0-9_]+$/);
        keys.add(key!);
        for (const [, month] of text.matchAll(/^\s*month = \{?([^},]*)\}?,$/gm))
          expect(month, file).toMatch(/^(1[0-2]|[1-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/);
      }
      expect(keys.size).toBe(files.length);
      expect(await readFile(join(dir, 'cite/political-dialogue.bib'), 'utf8')).toMatch(/^\s*month = \{10\},$/m);
    },
  );

  it('are linked from "Cite this" on every cited page, one file per format', async () => {
    for (const path of CITED_PAGES) {
      const $ = await readPage(path);
      const links = $('details.cite-this a[download]')
        .map((_, el) => $(el).attr('href'))
        .get();
      expect(links, path).toHaveLength(3);
      for (const href of links) await expect(readFile(join(distDir, href)), href).resolves.toBeDefined();
    }
  });

  it('carry no URL in a build without SITE_URL, which has no origin to give', async () => {
    const record = JSON.parse(
      await readFile(join(localPreviewDistDir, 'cite/political-dialogue.json'), 'utf8'),
    ) as Record<string, unknown>[];
    expect(record[0]?.['URL']).toBeUndefined();
    const $ = await readPage('political-dialogue/', LOCAL_PREVIEW_BUILD.dir);
    expect($('details.cite-this').text()).not.toContain('http');
  });
});

describe.each([...BUILDS, LOCAL_PREVIEW_BUILD])('citation_* meta tags, built $name', ({ dir }) => {
  const meta = ($: CheerioAPI, name: string) =>
    $(`meta[name="${name}"]`)
      .map((_, el) => $(el).attr('content'))
      .get();

  it('agree with the page’s JSON-LD and its CSL record on every cited page', async () => {
    for (const path of CITED_PAGES) {
      const $ = await readPage(path, dir);
      const ld = JSON.parse($('script[type="application/ld+json"]').text()) as {
        url?: string;
        isBasedOn: { name: string; publisher: { name: string }; dateModified: string };
        isPartOf?: { name: string };
      };
      const key = path === '' ? 'overview' : path.slice(0, -1);
      const [record] = JSON.parse(await readFile(join(dir, 'cite', `${key}.json`), 'utf8')) as {
        title: string;
        author?: { literal: string }[];
        URL?: string;
      }[];
      const [title] = meta($, 'citation_title');
      expect(title, path).toBe(record!.title);
      expect(title!.startsWith(ld.isBasedOn.name) || path === 'timeline/', path).toBe(true);
      expect(meta($, 'citation_public_url'), path).toEqual(ld.url ? [ld.url] : []);
      expect(record!.URL, path).toBe(ld.url);
      expect(meta($, 'citation_author'), path).toEqual((record!.author ?? []).map((a) => a.literal));
      if (path === 'timeline/') {
        // The site's own work: by the site, when it has a name, and undated.
        expect(meta($, 'citation_author'), path).toEqual(ld.isPartOf ? [ld.isPartOf.name] : []);
        expect(meta($, 'citation_publication_date'), path).toEqual([]);
      } else {
        expect(meta($, 'citation_author'), path).toEqual([ld.isBasedOn.publisher.name]);
        const day = ld.isBasedOn.dateModified.slice(0, 10).replaceAll('-', '/');
        expect(meta($, 'citation_publication_date'), path).toEqual([day]);
      }
    }
  });

  it('are on the cited pages only', async () => {
    for (const path of ['about/', 'search/', '404.html']) {
      const $ = await readPage(path, dir);
      expect($('meta[name^="citation_"]'), path).toHaveLength(0);
    }
  });
});
