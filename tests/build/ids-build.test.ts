import { load, type CheerioAPI } from 'cheerio';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectCopy, type BuildResult } from '../../tools/build.ts';
import { projectRoot } from '../../tools/paths.ts';
import { readSiteFiles } from '../../build/verify/site-files.ts';
import { brokenPromises, readUrlContract, unpromised } from '../../build/verify/url-contract.ts';
import { ROOT_SITE_URL } from '../support/site.ts';

/**
 * Builds of edited copies of the site: what happens to ids and links when an
 * author adds headings, renames one, or makes a mistake.
 */
const SECTION = 'content/sections/political-dialogue.mdx';
const contract = readUrlContract(projectRoot);

async function buildEdited(edit: (mdx: string) => string) {
  const copy = await projectCopy('ids-');
  const file = join(copy.root, SECTION);
  await writeFile(file, edit(await readFile(file, 'utf8')));
  // Published as the root test build is, sitemap included, so every promised URL can be checked.
  const result = await astroBuild(copy.root, { OUT_DIR: 'dist', SITE_URL: ROOT_SITE_URL });
  return { ...copy, dist: join(copy.root, 'dist'), result };
}

function frontMatter(mdx: string, lines: string): string {
  return mdx.replace(/^---\n/, `---\n${lines}\n`);
}

describe('a new heading with an old id', () => {
  let built: Awaited<ReturnType<typeof buildEdited>>;
  let section: CheerioAPI;
  let documentPage: CheerioAPI;

  beforeAll(async () => {
    built = await buildEdited((mdx) =>
      // At the start of a line: the paragraph, not the summary's quote of it in the front matter.
      frontMatter(mdx, 'headingAliases:\n  annual-talks: staff-talks').replace(
        /^In November 2012,/m,
        '## Staff talks\n\nIn November 2012,',
      ),
    );
    if (built.result.code !== 0) throw new Error(built.result.output);
    section = load(await readFile(join(built.dist, 'political-dialogue/index.html'), 'utf8'));
    documentPage = load(await readFile(join(built.dist, 'document/index.html'), 'utf8'));
  });
  afterAll(() => built?.dispose());

  it('links a heading written in the content, with its declared old id', () => {
    const heading = section('main article h2#staff-talks');
    expect(heading.text()).toBe('Staff talks');
    expect(heading.prev().attr('id')).toBe('annual-talks');
    expect(heading.next('a.heading-link').attr('href')).toBe('#staff-talks');
    expect(heading.next().find('.sr-only').text()).toBe('Copy link to section Staff talks');
  });

  it('does not renumber the paragraphs around a new heading', () => {
    expect(
      section('main article p[id]')
        .map((_, p) => section(p).attr('id'))
        .get(),
    ).toEqual(['political-dialogue-1', 'political-dialogue-2', 'political-dialogue-3']);
  });

  it('lists the headings in the contents, on the section page and on /document/', () => {
    const entries = ($: CheerioAPI) =>
      $('.toc a')
        .map((_, a) => $(a).attr('href'))
        .get();
    expect(entries(section)).toEqual(['#political-dialogue', '#staff-talks']);
    expect(entries(documentPage)).toEqual([
      '#relations-with-the-republic-of-korea',
      '#practical-cooperation',
      '#political-dialogue',
      '#staff-talks',
    ]);
  });

  it('publishes the same ids, aliases included, on /document/', () => {
    for (const id of ['political-dialogue', 'annual-talks', 'staff-talks', 'political-dialogue-2']) {
      expect(documentPage(`[id="${id}"]`), id).toHaveLength(1);
    }
  });

  it('breaks no promised URL, and asks for the new ids to be promised', async () => {
    const site = await readSiteFiles(built.dist);
    expect(brokenPromises(contract, site)).toEqual([]);
    expect(unpromised(contract, site)).toEqual(
      expect.arrayContaining([
        '/political-dialogue/#annual-talks',
        '/political-dialogue/#staff-talks',
        '/document/#staff-talks',
      ]),
    );
  });
});

describe('mistakes fail the build with a message that says where', () => {
  const failures: { name: string; result: BuildResult }[] = [];

  beforeAll(async () => {
    const cases: [string, (mdx: string) => string][] = [
      // "Political dialogue 2" slugs to the id of the section's second paragraph.
      ['duplicate id', (mdx) => mdx.replace(/^In April 2013,/m, '## Political dialogue 2\n\nIn April 2013,')],
      ['alias to nothing', (mdx) => frontMatter(mdx, 'headingAliases:\n  old-talks: no-such-heading')],
      // A source heading is the source's text: it cannot be renamed.
      [
        'renamed source title',
        (mdx) => mdx.replace('title: Political dialogue', 'title: Political dialogue and visits'),
      ],
    ];
    for (const [name, edit] of cases) {
      const built = await buildEdited(edit);
      failures.push({ name, result: built.result });
      await built.dispose();
    }
  });

  it('names the page and the id used twice', () => {
    const { result } = failures.find((f) => f.name === 'duplicate id')!;
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Build stopped.');
    expect(result.output).not.toContain('Browser APIs');
    expect(result.output).toContain('/political-dialogue/: id "political-dialogue-2" is used by 2 elements');
    expect(result.output).toContain('/document/: id "political-dialogue-2" is used by 2 elements');
  });

  it('names the file and the front matter field of an alias that points nowhere', () => {
    const { result } = failures.find((f) => f.name === 'alias to nothing')!;
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `${SECTION}: front matter field "headingAliases.old-talks" points to "no-such-heading", but no heading of this section has that id`,
    );
  });

  it('stops a renamed source heading, saying the source has it otherwise', () => {
    const { result } = failures.find((f) => f.name === 'renamed source title')!;
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `${SECTION}: the source heading “Political dialogue” is not a heading; the title must stay as the source has it (on /political-dialogue/ and /document/)`,
    );
  });
});
