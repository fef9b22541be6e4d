import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeWhitespace, parseSourceText } from '../../src/source/source-text.ts';
import { readPage } from '../../tools/dist.ts';
import { readableText } from '../../build/verify/fidelity.ts';
import { BASE_PATH_BUILD, ROOT_BUILD, SOURCE_SECTIONS, SOURCE_TEXT } from '../support/site.ts';
import type { DocumentJson } from '../../src/reading/document-json.ts';

let document: DocumentJson;

const readDocument = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'document.json'), 'utf8')) as DocumentJson;

beforeAll(async () => {
  document = await readDocument(ROOT_BUILD.dir);
});

/** The source's paragraphs (three per section) and its one photograph. */
const PARAGRAPHS = 9;
const FIGURES = 1;

/** The page path below the base for an absolute URL of this site. */
const pathOf = (url: string, site: string) => new URL(url).pathname.slice(new URL(site).pathname.length);

describe('/document.json', () => {
  it('has the title and last-updated date of the source', () => {
    const source = parseSourceText(SOURCE_TEXT);
    expect(document.title).toBe(source.title);
    expect(document.lastUpdated).toBe('2016-10-06T17:16');
  });

  it('has the source sections in reading order, and not the editorial timeline', () => {
    expect(document.sections.map((s) => s.id)).toEqual(SOURCE_SECTIONS.map((s) => s.slug));
  });

  it('has every paragraph with the id, text and URL it has on its page', async () => {
    expect(document.sections.flatMap((s) => s.paragraphs)).toHaveLength(PARAGRAPHS);
    expect(document.sections.flatMap((s) => s.figures)).toHaveLength(FIGURES);
    for (const section of document.sections) {
      const path = pathOf(section.url, document.url);
      const $ = await readPage(path);
      const onPage = $('main p[id]')
        .toArray()
        .map((p) => {
          const copy = $(p).clone();
          copy.find('[data-editorial]').remove();
          return { id: $(p).attr('id'), text: normalizeWhitespace(readableText(copy.get(0)!)) };
        });
      expect(section.paragraphs.map(({ id, text }) => ({ id, text }))).toEqual(onPage);
      section.paragraphs.forEach((paragraph, index) => {
        expect(paragraph.n).toBe(index + 1);
        expect(paragraph.url).toBe(`${section.url}#${paragraph.id}`);
      });
      for (const figure of section.figures) {
        expect($(`main figure[id="${figure.id}"]`).length).toBe(1);
      }
    }
  });

  it('carries every block of the source text exactly once', () => {
    const source = parseSourceText(SOURCE_TEXT);
    const blocks = source.sections.flatMap((s) => s.paragraphs).sort();
    const exported = document.sections
      .flatMap((s) => [...s.paragraphs.map((p) => p.text), ...s.figures.flatMap((f) => [f.description, f.caption])])
      .sort();
    expect(exported).toEqual(blocks);
  });

  it('uses absolute URLs under the base path when built under one', async () => {
    const based = await readDocument(BASE_PATH_BUILD.dir);
    const site = new URL(BASE_PATH_BUILD.base, BASE_PATH_BUILD.siteUrl).href;
    expect(based.url).toBe(site);
    expect(based.sections.flatMap((s) => s.paragraphs)).toHaveLength(PARAGRAPHS);
    for (const section of based.sections) {
      expect(section.url.startsWith(site)).toBe(true);
      for (const paragraph of section.paragraphs) expect(paragraph.url).toBe(`${section.url}#${paragraph.id}`);
    }
    expect(based.sections.map((s) => s.paragraphs.map((p) => p.id))).toEqual(
      document.sections.map((s) => s.paragraphs.map((p) => p.id)),
    );
  });
});
