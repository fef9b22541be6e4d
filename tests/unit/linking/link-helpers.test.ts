import { describe, expect, it } from 'vitest';
import { aliasesFor, headingAliasProblems } from '../../../src/linking/heading-aliases.ts';
import { headingLinkLabel, paragraphLinkLabel } from '../../../src/linking/link-labels.ts';
import { neighbours } from '../../../src/contents/prev-next.ts';
import { robotsTxt } from '../../../src/site/robots.ts';
import { problemLine } from '../../../src/errors/editor-error.ts';
import { parseParagraphId, paragraphId } from '../../../src/source/ids.ts';

describe('parseParagraphId', () => {
  it('reads back what paragraphId writes, also for slugs with hyphens and numbers', () => {
    expect(parseParagraphId(paragraphId('political-dialogue', 2))).toEqual({ section: 'political-dialogue', n: 2 });
    expect(parseParagraphId('cooperation-2012-14')).toEqual({ section: 'cooperation-2012', n: 14 });
  });
  it('refuses ids that are not paragraph ids', () => {
    expect(parseParagraphId('political-dialogue')).toBeUndefined();
    expect(parseParagraphId('overview-0')).toBeUndefined();
    expect(parseParagraphId('-3')).toBeUndefined();
  });
});

describe('link labels', () => {
  it('say where the link goes', () => {
    expect(headingLinkLabel(' Political dialogue ')).toBe('Link to section “Political dialogue”');
    expect(paragraphLinkLabel(2, 'Political dialogue')).toBe('Link to paragraph 2 of “Political dialogue”');
  });
});

describe('heading aliases', () => {
  const aliases = {
    'dialogue-with-korea': 'political-dialogue',
    'annual-talks': 'staff-talks',
    'old-talks': 'staff-talks',
  };

  it('lists the old ids of a heading in declaration order', () => {
    expect(aliasesFor(aliases, 'staff-talks')).toEqual(['annual-talks', 'old-talks']);
    expect(aliasesFor(aliases, 'visits')).toEqual([]);
    expect(aliasesFor(undefined, 'visits')).toEqual([]);
  });

  it('accepts aliases that point to headings of the section', () => {
    expect(
      headingAliasProblems('content/sections/political-dialogue.mdx', aliases, ['political-dialogue', 'staff-talks']),
    ).toEqual([]);
    expect(headingAliasProblems('x.mdx', undefined, [])).toEqual([]);
  });

  it('names the file and the field when an alias points nowhere', () => {
    expect(
      headingAliasProblems('content/sections/political-dialogue.mdx', aliases, ['political-dialogue']).map(problemLine),
    ).toEqual([
      'content/sections/political-dialogue.mdx: front matter field "headingAliases.annual-talks" points to "staff-talks", but no heading of this section has that id (headings: political-dialogue).',
      'content/sections/political-dialogue.mdx: front matter field "headingAliases.old-talks" points to "staff-talks", but no heading of this section has that id (headings: political-dialogue).',
    ]);
  });

  it('refuses an alias that is a current heading id', () => {
    expect(
      headingAliasProblems('a.mdx', { 'staff-talks': 'political-dialogue' }, ['political-dialogue', 'staff-talks'])
        .map(problemLine)
        .join('\n'),
    ).toMatch(/"headingAliases.staff-talks" is the id of a current heading/);
  });
});

describe('neighbours', () => {
  const sections = ['overview', 'practical-cooperation', 'political-dialogue'];
  it('gives previous and next in reading order, none past the ends', () => {
    expect(neighbours(sections, 0)).toEqual({ next: 'practical-cooperation' });
    expect(neighbours(sections, 1)).toEqual({ previous: 'overview', next: 'political-dialogue' });
    expect(neighbours(sections, 2)).toEqual({ previous: 'practical-cooperation' });
    expect(neighbours(sections, -1)).toEqual({});
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap by absolute URL', () => {
    expect(robotsTxt('https://example.org/nato-rok/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/nato-rok/sitemap-index.xml\n',
    );
  });
  it('refuses a relative sitemap URL, which crawlers ignore', () => {
    expect(() => robotsTxt('/sitemap-index.xml')).toThrow(/absolute sitemap URL/);
  });
});
