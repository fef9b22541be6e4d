import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { astroBuild, projectCopy, type BuildResult } from '../../tools/build.ts';

/**
 * `npm run build` is the gate: every editing mistake below stops it with one
 * message naming the file (and line), what is wrong and how to fix it, with
 * no stack trace, and leaves the previous build where it was. Each case is a
 * copy of the project with the mistake made, built as an editor builds it.
 */
const PREVIOUS = 'the build that was there before';

/** Runs one of the project's scripts in a copy, with the pinned Node that runs the tests. */
async function runScript(root: string, script: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, script)], { cwd: root });
  return stdout;
}
const POLITICAL = 'content/sections/political-dialogue.mdx';
const PRACTICAL = 'content/sections/practical-cooperation.mdx';
const TIMELINE = 'content/timeline.yaml';
const TERMS = 'content/terms.yaml';
const SOURCE = 'content/source/relations-with-the-republic-of-korea.txt';
/** An editorial section of the site's own, with the evidence its summary needs. */
const NOTES =
  '---\ntitle: Notes\norder: 7\neditorial: true\nsummary: Notes on the text.\nevidence:\n  - NATO and the Republic of Korea initiated dialogue in 2005.\n---\n\n<p data-editorial>A note.</p>\n';
const BAGRAM = ' Much of the Korean contingent was reinvested in Bagram, instead of being withdrawn.';
const TALKS_QUOTE =
  'NATO Assistant Secretary General for Political Affairs and Security Policy Dirk Brengelmann travelled to Seoul to hold the fifth round of annual high-level staff talks with the foreign ministry, which focused';

interface Mistake {
  name: string;
  make: (root: string) => Promise<void>;
  env?: Record<string, string>;
  /** Lines the output must contain, each whole. */
  lines: string[];
}

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(root, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The mistake must change ${file}; its edit matched nothing.`);
  await writeFile(path, after);
}

/** Builds a copy with the mistake made, over a dist/ holding an earlier build; returns the log and what dist/ holds after. */
async function buildWithMistake(
  mistake: Mistake,
): Promise<{ result: BuildResult; previousKept: boolean; leftovers: string[] }> {
  const copy = await projectCopy('gate-');
  try {
    await mkdir(join(copy.root, 'dist'));
    await writeFile(join(copy.root, 'dist/index.html'), PREVIOUS);
    await mistake.make(copy.root);
    const result = await astroBuild(copy.root, mistake.env ?? {});
    const previousKept = (await readFile(join(copy.root, 'dist/index.html'), 'utf8')) === PREVIOUS;
    const leftovers = ['dist.staging', 'dist.previous'].filter((dir) => existsSync(join(copy.root, dir)));
    return { result, previousKept, leftovers };
  } finally {
    await copy.dispose();
  }
}

const mistakes: Mistake[] = [
  {
    name: 'a word changed in a source paragraph',
    // In the text, not in the summary's quote of it, which would then be the first thing to differ.
    make: (root) =>
      edit(root, PRACTICAL, (text) => text.replace(/(\n---\n[\s\S]*)some 470 personnel/, '$1some 480 personnel')),
    lines: [
      `${PRACTICAL}:11: paragraph 1 differs from the source: it has “480” where the source has “470” (source: “The Republic of Korea is a significant contributo…”) (on /practical-cooperation/ and /document/)`,
    ],
  },
  {
    name: 'two paragraphs swapped',
    make: (root) =>
      edit(root, POLITICAL, (text) => {
        const [front, ...paragraphs] = text.split('\n\n');
        [paragraphs[1], paragraphs[2]] = [paragraphs[2]!, paragraphs[1]!];
        return [front, ...paragraphs].join('\n\n');
      }),
    lines: [
      `${POLITICAL}:17: the paragraph “In November 2012, NATO Assistant Secretary Genera…” comes after “In April 2013, NATO Secretary General Anders Fogh…”, but the source has it before; keep the source's order (on /political-dialogue/ and /document/)`,
    ],
  },
  {
    name: 'a source sentence published twice',
    make: (root) =>
      edit(
        root,
        PRACTICAL,
        (text) =>
          `${text.trimEnd()}\n\n<p data-editorial>Much of the Korean contingent was reinvested in Bagram, instead of being withdrawn.</p>\n`,
      ),
    lines: [
      `${PRACTICAL}:11: the source sentence “Much of the Korean contingent was reinvested in Bagram, instead of be…” appears 2 times (on /practical-cooperation/ and /document/)`,
    ],
  },
  {
    name: 'a made-up section that is not marked editorial',
    make: (root) =>
      writeFile(
        join(root, 'content/sections/notes.mdx'),
        '---\ntitle: Notes\norder: 7\nsummary: Notes.\n---\n\nA made-up paragraph.\n',
      ),
    lines: [
      `content/sections/notes.mdx: this is not a section of the source (overview, practical-cooperation, political-dialogue) and is not marked editorial; if it is the site's own text, add "editorial: true" to its front matter, and if it is a section of the source, name the file after its heading`,
    ],
  },
  {
    name: 'an unmarked paragraph in an editorial section',
    make: (root) =>
      writeFile(
        join(root, 'content/sections/notes.mdx'),
        '---\ntitle: Notes\norder: 7\neditorial: true\nsummary: Notes.\n---\n\nA made-up paragraph.\n',
      ),
    lines: [
      'content/sections/notes.mdx: this section is editorial, but paragraph 1 ("A made-up paragraph.…") is not marked as editorial; wrap it in <div data-editorial> … </div>',
    ],
  },
  {
    name: 'code and unsafe links in content',
    make: (root) =>
      edit(
        root,
        POLITICAL,
        (text) =>
          `${text.trimEnd()}\n\n<p data-editorial onError="alert(1)">Note.</p>\n\n[link](javascript:alert(1))\n\n<script>alert(1)</script>\n\n<iframe src="/x/"></iframe>\n\n![photo](https://elsewhere.example/photo.jpg)\n`,
      ),
    lines: [
      `${POLITICAL}:18: <p> has the event handler onError=, which would run code`,
      `${POLITICAL}:20: a link to "javascript:alert(1)" uses the scheme "javascript:"; links may be relative, http(s) or mailto`,
      `${POLITICAL}:22: <script> is not allowed in content`,
      `${POLITICAL}:24: <iframe> is not allowed in content`,
      `${POLITICAL}:26: an image or media file from "https://elsewhere.example/photo.jpg" would be fetched from elsewhere; put the file in public/ and link it by path`,
    ],
  },
  {
    name: 'front matter that does not fit the schema',
    make: (root) =>
      edit(root, POLITICAL, (text) =>
        text
          .replace(/^title: .*\n/m, '')
          .replace(/^order: .*$/m, 'order: third')
          .replace(/^summary:/m, 'sumary:'),
      ),
    lines: [
      `${POLITICAL}:1: front matter field "title" is missing: it must be text, e.g. title: Political dialogue`,
      `${POLITICAL}:2: front matter field "order" must be a whole number giving the reading position, e.g. order: 2 (got "third")`,
      `${POLITICAL}:1: front matter field "summary" is missing: it must be one sentence of text, e.g. summary: What this section covers.`,
      `${POLITICAL}:3: unknown front matter field "sumary"; the fields are title, order, summary, evidence, editorial, headingAliases`,
    ],
  },
  {
    name: 'two sections with the same order',
    make: (root) => edit(root, POLITICAL, (text) => text.replace(/^order: .*$/m, 'order: 2')),
    lines: [
      `${PRACTICAL}: front matter field "order" (2) is already used by ${POLITICAL}; each section needs its own order.`,
    ],
  },
  {
    name: 'links that lead nowhere',
    make: (root) =>
      edit(
        root,
        POLITICAL,
        (text) =>
          `${text.trimEnd()}\n\n<p data-editorial>See [the fourth paragraph](#political-dialogue-4) and [the annex](/annex/).</p>\n`,
      ),
    lines: [
      `${POLITICAL}:18: link "#political-dialogue-4": no element with id "political-dialogue-4" on the page. Anchors there: cite-this, main, political-dialogue, political-dialogue-1, political-dialogue-2, political-dialogue-3, site-search, site-search-panel, site-search-panel-hint (on /political-dialogue/ and /document/)`,
      `${POLITICAL}:18: link "/annex/" points to a missing page or file (on /political-dialogue/ and /document/)`,
    ],
  },
  {
    name: 'a timeline entry with a malformed date',
    make: (root) => edit(root, 'content/timeline.yaml', (text) => text.replace('date: 2012-09', 'date: 2012-9')),
    lines: [
      'content/timeline.yaml: event "ipcp", field "date": "2012-9" is not a date: write a year (2005), a month (2012-09) or a day (2016-10-06)',
    ],
  },
  {
    name: 'a timeline source that names no paragraph',
    make: (root) =>
      edit(root, 'content/timeline.yaml', (text) =>
        text.replace('source: political-dialogue-2', 'source: political-dialogue-9'),
      ),
    lines: [
      'content/timeline.yaml: event "staff-talks-seoul", field "source": "political-dialogue-9" names no paragraph of a source section',
    ],
  },
  {
    name: 'a term the text never uses',
    make: (root) =>
      edit(root, TERMS, (text) => text.replace('spelling: Euro-Atlantic area', 'spelling: Euro-Atlantic region')),
    lines: [
      `${TERMS}:220: term "euro-atlantic-area", field "spelling": "Euro-Atlantic region" does not occur in the text as a name of its own; write it exactly as the text does (case included), or remove the entry`,
    ],
  },
  {
    name: 'a reader’s variant that the text already uses',
    make: (root) =>
      edit(root, TERMS, (text) => text.replace('variants: [NAC, 북대서양이사회]', 'variants: [NAC, Council]')),
    lines: [
      `${TERMS}:65: term "north-atlantic-council", field "variants[1]": "Council" occurs in the text; search finds it without a variant, so remove it (or list it in otherSpellings)`,
    ],
  },
  {
    name: 'two terms with the same slug',
    make: (root) => edit(root, TERMS, (text) => text.replace('- slug: lisbon', '- slug: seoul')),
    lines: [
      `${TERMS}:213: term "seoul", field "slug": "seoul" is already the slug of the entry at line 207; give each once`,
    ],
  },
  {
    name: 'a person and a place of the timeline that the terms file does not list',
    make: (root) =>
      edit(root, TERMS, (text) => text.replace(/ {2}- slug: (dirk-brengelmann|seoul)\n[\s\S]*?\n\n/g, '')),
    lines: [
      `${TIMELINE}:116: event "staff-talks-seoul", field "people[0]": "Dirk Brengelmann" is not in ${TERMS}; list it there as a person, in the text’s spelling, or write it here as the terms file does`,
      `${TIMELINE}:117: event "staff-talks-seoul", field "places[0]": "Seoul" is not in ${TERMS}; list it there as a place, in the text’s spelling, or write it here as the terms file does`,
    ],
  },
  {
    name: 'a published address that stops landing',
    make: (root) =>
      edit(root, 'content/timeline.yaml', (text) => text.replace('- id: staff-talks-seoul', '- id: staff-talks')),
    lines: [
      'content/url-contract.json: promised /timeline/#event-2012-11-staff-talks-seoul: no element has this id. Restore it, or keep it as an alias (front matter "headingAliases") if a heading was renamed.',
      'How to fix: A published address must keep working: restore the part, keep its old id as an alias, or add a redirect.',
    ],
  },
  {
    name: 'two files that give the same address',
    make: async (root) => {
      await writeFile(join(root, 'content/sections/Political-Dialogue.mdx'), await readFile(join(root, POLITICAL)));
    },
    lines: [
      `content/sections/Political-Dialogue.mdx: has the same address (/political-dialogue/) as ${POLITICAL}; keep one of them, named political-dialogue.mdx`,
    ],
  },
  {
    name: 'a file name that cannot be an address',
    make: (root) => rename(join(root, PRACTICAL), join(root, 'content/sections/Practical Cooperation.mdx')),
    lines: [
      `content/sections/Practical Cooperation.mdx: the file name is the section's address, so it must be lowercase letters, digits and hyphens: rename it to practical-cooperation.mdx`,
    ],
  },
  {
    name: 'a Markdown file among the sections',
    make: (root) => writeFile(join(root, 'content/sections/notes.md'), '# Notes\n'),
    lines: [
      `content/sections/notes.md: ".md" files are not read here; a section is an .mdx file: rename it to notes.mdx`,
    ],
  },
  {
    name: 'a byte that is not UTF-8',
    make: async (root) => {
      const path = join(root, POLITICAL);
      const lines = (await readFile(path)).toString('latin1').split('\n');
      const first = lines.findIndex((line) => line.startsWith('NATO and the Republic of Korea initiated dialogue'));
      lines[first] = lines[first]!.replace('2005', '2005\u00ff');
      await writeFile(path, Buffer.from(lines.join('\n'), 'latin1'));
    },
    lines: [
      `${POLITICAL}:12: contains bytes that are not UTF-8 text; save the file as UTF-8 and check that line for a garbled character`,
    ],
  },
  {
    name: 'a colon in a front matter value',
    make: (root) => edit(root, POLITICAL, (text) => text.replace(/^summary: .*$/m, 'summary: Dialogue: how it began')),
    lines: [
      `${POLITICAL}:4: front matter is not valid YAML at column 10: Nested mappings are not allowed in compact mappings. A value that contains a colon needs quotes, e.g. summary: "Dialogue: how it began"`,
    ],
  },
  {
    name: 'a colon in a timeline title',
    make: (root) =>
      edit(root, 'content/timeline.yaml', (text) =>
        text.replace(
          'title: NATO and the Republic of Korea initiate dialogue',
          'title: Dialogue: NATO and the Republic of Korea initiate',
        ),
      ),
    lines: [
      'content/timeline.yaml:33:12: Nested mappings are not allowed in compact mappings',
      'How to fix: Fix the YAML syntax at that line: each entry starts with "- id:", and a value with a colon needs quotes.',
    ],
  },
  {
    name: 'a timeline quote that is not in its paragraph',
    make: (root) =>
      edit(root, TIMELINE, (text) =>
        text.replace(
          `- ${BAGRAM.trim()}`,
          '- Much of the Korean contingent was reinvested in Bagram, instead of being recalled.',
        ),
      ),
    lines: [
      'content/timeline.yaml: undated activity "bagram-contingent", field "evidence[0]": “Much of the Korean contingent was reinvested in Bagram, instead of be…” is not in practical-cooperation-1; the closest passage there is “Much of the Korean contingent was reinvested in Bagram, instead of be…”: it has “recalled” where the text has “withdrawn”',
      'How to fix: Quote the cited passages exactly, with their curly quotes and non-breaking spaces, and let the title, summary, people, places and date say only what the quotes say; see docs/editing.md#evidence.',
    ],
  },
  {
    name: 'a person the cited paragraph does not name',
    make: (root) =>
      edit(root, TIMELINE, (text) =>
        text.replace('people: [Dirk Brengelmann]', 'people: [Dirk Brengelmann, Ban Ki-Moon]'),
      ),
    lines: [
      'content/timeline.yaml: event "staff-talks-seoul", field "people[1]": “Ban Ki-Moon” is not in political-dialogue-2; list only the people and places the cited text names, as it spells them',
    ],
  },
  {
    name: 'a month-precision date whose month no quote gives',
    make: (root) =>
      edit(root, TIMELINE, (text) => text.replace(`- In November 2012, ${TALKS_QUOTE}`, `- ${TALKS_QUOTE}`)),
    lines: [
      'content/timeline.yaml: event "staff-talks-seoul", field "date": none of the quotes says November 2012; political-dialogue-2 has “November 2012”: quote the words that give the date',
    ],
  },
  {
    name: 'a summary without evidence',
    make: (root) => edit(root, POLITICAL, (text) => text.replace(/^evidence:\n(?: {2}- .*\n)+/m, '')),
    lines: [
      `${POLITICAL}: front matter field "evidence" is missing: the summary needs one or more exact quotes from this section’s text that say what it says, e.g. evidence: ["NATO and the Republic of Korea initiated dialogue in 2005."]`,
    ],
  },
  {
    name: 'an editorial sentence whose quote was edited out of the source',
    make: async (root) => {
      // The source and its section agree, so the text's own checks pass: only the evidence can notice.
      // The words change, not the names, which the terms file would notice first.
      const recalled = (text: string) => text.replace(BAGRAM, BAGRAM.replace('withdrawn', 'recalled'));
      await edit(root, SOURCE, recalled);
      await edit(root, PRACTICAL, recalled);
    },
    lines: [
      'content/timeline.yaml: undated activity "bagram-contingent", field "evidence[0]": “Much of the Korean contingent was reinvested in Bagram, instead of be…” is not in practical-cooperation-1; the closest passage there is “Much of the Korean contingent was reinvested in Bagram, instead of be…”: it has “withdrawn” where the text has “recalled”',
    ],
  },
  {
    name: 'a site URL with a path',
    make: async () => {},
    env: { SITE_URL: 'https://example.org/sub' },
    lines: [
      'SITE_URL: "https://example.org/sub" has more than an origin; a path such as "/sub" belongs in BASE_PATH',
      'How to fix: Set SITE_URL=https://example.org and BASE_PATH=/sub/',
    ],
  },
  {
    name: 'a site URL without its scheme',
    make: async () => {},
    env: { SITE_URL: 'example.org' },
    lines: [
      'SITE_URL: "example.org" is not an absolute URL',
      'How to fix: Give the origin with its scheme, e.g. SITE_URL=https://example.org',
    ],
  },
  {
    name: 'a relative base path',
    make: async () => {},
    env: { BASE_PATH: './' },
    lines: [
      'BASE_PATH: "./" must be a path from the root of the host, starting with /',
      'How to fix: For example BASE_PATH=/nato-rok/',
    ],
  },
];

describe('an editing mistake stops the build with one clear message and keeps the previous build', () => {
  it.each(mistakes)('$name', async (mistake) => {
    const { result, previousKept, leftovers } = await buildWithMistake(mistake);
    const output = result.output.split('\n').map((line) => line.trimEnd());
    expect(result.code, result.output).toBe(1);
    expect(output).toContain('Build stopped.');
    for (const line of mistake.lines) expect(output, result.output).toContain(line);
    expect(
      output.filter((line) => /^\s+at /.test(line)),
      'no stack trace',
    ).toEqual([]);
    expect(output.filter((line) => line.startsWith('How to fix: '))).toHaveLength(1);
    expect(previousKept, 'the previous build stays in dist/').toBe(true);
    expect(leftovers).toEqual([]);
  });
});

describe('renaming a section file', () => {
  it('just works: the next build reads the new name, with no cache to clear', async () => {
    const copy = await projectCopy('rename-');
    try {
      const notes = (name: string) => join(copy.root, 'content/sections', name);
      await writeFile(notes('notes.mdx'), NOTES);
      const first = await astroBuild(copy.root);
      expect(first.code, first.output).toBe(0);
      await rename(notes('notes.mdx'), notes('remarks.mdx'));
      const second = await astroBuild(copy.root);
      expect(second.code, second.output).toBe(0);
      expect(existsSync(join(copy.root, 'dist/remarks/index.html'))).toBe(true);
      expect(existsSync(join(copy.root, 'dist/notes/index.html'))).toBe(false);
      await rm(join(copy.root, 'dist'), { recursive: true });
    } finally {
      await copy.dispose();
    }
  });
});

describe('a new page', () => {
  it('builds, is listed as not promised yet, and `npm run url-contract` promises it', async () => {
    const copy = await projectCopy('new-page-');
    try {
      await writeFile(join(copy.root, 'content/sections/notes.mdx'), NOTES);
      const first = await astroBuild(copy.root);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain(
        '2 new page(s) or fragment(s) not promised in content/url-contract.json yet: /notes/ (page), /notes/#notes. Once they are meant to stay, run `npm run url-contract` to add them (npm test fails until then).',
      );
      const recorded = await runScript(copy.root, 'build/record-url-contract.ts');
      expect(recorded).toContain(
        'Promised 2 new page(s) or fragment(s) in content/url-contract.json:\n  /notes/ (page)\n  /notes/#notes',
      );
      const contract = JSON.parse(await readFile(join(copy.root, 'content/url-contract.json'), 'utf8'));
      expect(contract.pages['/notes/']).toEqual(['notes']);
      const second = await astroBuild(copy.root);
      expect(second.code, second.output).toBe(0);
      expect(second.output).not.toContain('not promised');
    } finally {
      await copy.dispose();
    }
  });
});
