import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, parseSourceText } from '../../src/source/source-text.ts';
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

/** Every value under a key named "source": the text's own words, by the file's own rule. */
function sourceWords(value: unknown, inSource = false): string[] {
  if (typeof value === 'string') return inSource ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => sourceWords(item, inSource));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => sourceWords(child, inSource || key === 'source'));
  }
  return [];
}

describe('/document.json', () => {
  it('has the title and the last-updated line of the text as it writes them, and the site’s reading of the date apart', () => {
    const source = parseSourceText(SOURCE_TEXT);
    expect(document.source).toEqual({ title: source.title, lastUpdated: '06 Oct. 2016 17:16' });
    expect(document.lastUpdated).toBe('2016-10-06T17:16');
  });

  it('has the source sections in reading order, and not the editorial timeline', () => {
    expect(document.sections.map((s) => s.id)).toEqual(SOURCE_SECTIONS.map((s) => s.slug));
  });

  it('keeps the site’s names for the sections apart from the text’s headings: the text has none for the overview', () => {
    expect(document.sections.map((s) => [s.title, s.source.heading])).toEqual([
      ['Overview', null],
      ['Practical cooperation', 'Practical cooperation'],
      ['Political dialogue', 'Political dialogue'],
    ]);
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
          return { id: $(p).attr('id'), text: collapseSpaces(readableText(copy.get(0)!)) };
        });
      expect(section.paragraphs.map(({ id, source }) => ({ id, text: source.text }))).toEqual(onPage);
      section.paragraphs.forEach((paragraph, index) => {
        expect(paragraph.n).toBe(index + 1);
        expect(paragraph.url).toBe(`${section.url}#${paragraph.id}`);
      });
      for (const figure of section.figures) {
        expect($(`main figure[id="${figure.id}"]`).length).toBe(1);
      }
    }
  });

  it('carries every block of the source file exactly once, byte for byte, and nothing else as the text’s', () => {
    const source = parseSourceText(SOURCE_TEXT);
    const blocks = source.sections.flatMap((s) => s.paragraphs);
    const paragraphs = document.sections.flatMap((s) => [
      ...s.paragraphs.map((p) => p.source.text),
      ...s.figures.flatMap((f) => [f.source.description, f.source.caption]),
    ]);
    expect(paragraphs.sort()).toEqual([...blocks].sort());
    // Each is a stretch of the file itself, its non-breaking space and curly quotes included.
    for (const text of paragraphs) expect(SOURCE_TEXT.includes(text), text).toBe(true);
    expect(paragraphs.join('')).toContain('donated\u00a0to');
    expect(paragraphs.join('')).toContain('NATO’s “partners across the globe”');
    // Under "source" keys: the title, the date line, the headings and the blocks; all of it in the file.
    const words = sourceWords(document);
    expect(words).toHaveLength(2 + 2 + PARAGRAPHS + 2 * FIGURES);
    for (const text of words) expect(SOURCE_TEXT.includes(text), text).toBe(true);
  });

  it('says which text it carries: its SHA-256, and where the site publishes the file', async () => {
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pathOf(document.sourceTextUrl, document.url)).toBe('source.txt');
    expect(document.originalUrl).toBeUndefined();
  });

  it('uses absolute URLs under the base path when built under one, and names the original when configured', async () => {
    const based = await readDocument(BASE_PATH_BUILD.dir);
    const site = new URL(BASE_PATH_BUILD.base, BASE_PATH_BUILD.siteUrl).href;
    expect(based.url).toBe(site);
    expect(based.originalUrl).toBe(BASE_PATH_BUILD.settings.SOURCE_URL);
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
