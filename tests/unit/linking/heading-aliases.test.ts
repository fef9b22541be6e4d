import { describe, expect, it } from 'vitest';
import { aliasesFor, checkHeadingAliases } from '../../../src/linking/heading-aliases.ts';

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
    expect(() =>
      checkHeadingAliases('content/sections/political-dialogue.mdx', aliases, ['political-dialogue', 'staff-talks']),
    ).not.toThrow();
    expect(() => checkHeadingAliases('x.mdx', undefined, [])).not.toThrow();
  });

  it('names the file and the field when an alias points nowhere', () => {
    expect(() =>
      checkHeadingAliases('content/sections/political-dialogue.mdx', aliases, ['political-dialogue']),
    ).toThrow(
      'content/sections/political-dialogue.mdx: front matter field "headingAliases.annual-talks" points to "staff-talks", but no heading of this section has that id (headings: political-dialogue).',
    );
  });

  it('refuses an alias that is a current heading id', () => {
    expect(() =>
      checkHeadingAliases('a.mdx', { 'staff-talks': 'political-dialogue' }, ['political-dialogue', 'staff-talks']),
    ).toThrow(/"headingAliases.staff-talks" is the id of a current heading/);
  });
});
