import { describe, expect, it } from 'vitest';
import { problemLine } from '../../../src/errors/editor-error.ts';
import { aliasesFor, headingAliasProblems } from '../../../src/linking/heading-aliases.ts';

describe('heading aliases', () => {
  const aliases = {
    'dialogue-with-korea': 'political-dialogue',
    'annual-talks': 'staff-talks',
    'old-talks': 'staff-talks',
  };
  const problems = (...args: Parameters<typeof headingAliasProblems>) => headingAliasProblems(...args).map(problemLine);

  it('lists the old ids of a heading in declaration order', () => {
    expect(aliasesFor(aliases, 'staff-talks')).toEqual(['annual-talks', 'old-talks']);
    expect(aliasesFor(aliases, 'visits')).toEqual([]);
    expect(aliasesFor(undefined, 'visits')).toEqual([]);
  });

  it('accepts aliases that point to headings of the section', () => {
    expect(problems('content/sections/political-dialogue.mdx', aliases, ['political-dialogue', 'staff-talks'])).toEqual(
      [],
    );
    expect(problems('x.mdx', undefined, [])).toEqual([]);
  });

  it('names the file and the field of every alias that points nowhere', () => {
    expect(problems('content/sections/political-dialogue.mdx', aliases, ['political-dialogue'])).toEqual([
      'content/sections/political-dialogue.mdx: front matter field "headingAliases.annual-talks" points to "staff-talks", but no heading of this section has that id (headings: political-dialogue).',
      'content/sections/political-dialogue.mdx: front matter field "headingAliases.old-talks" points to "staff-talks", but no heading of this section has that id (headings: political-dialogue).',
    ]);
  });

  it('refuses an alias that is a current heading id', () => {
    expect(problems('a.mdx', { 'staff-talks': 'political-dialogue' }, ['political-dialogue', 'staff-talks'])).toEqual([
      'a.mdx: front matter field "headingAliases.staff-talks" is the id of a current heading; an alias must be an old id no heading uses any more.',
    ]);
  });
});
