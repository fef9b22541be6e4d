import { describe, expect, it } from 'vitest';
import { checkSections, sortByOrder } from '../../../src/source/section-checks.ts';

const SOURCE = ['a', 'b'];
const section = (id: string, order: number, body = 'Text.', editorial = false) => ({
  id,
  filePath: `content/sections/${id}.mdx`,
  order,
  body,
  editorial,
});

describe('checkSections', () => {
  it('accepts the source’s sections and declared editorial ones, with distinct orders and bodies', () => {
    expect(() =>
      checkSections([section('a', 1), section('b', 2), section('timeline', 3, 'Note.', true)], SOURCE),
    ).not.toThrow();
  });
  it('names both files of a duplicate order', () => {
    expect(() => checkSections([section('a', 1), section('b', 1)], SOURCE)).toThrow(
      'content/sections/b.mdx: front matter field "order" (1) is already used by content/sections/a.mdx',
    );
  });
  it('names a file with an empty body', () => {
    expect(() => checkSections([section('a', 1, '  \n')], SOURCE)).toThrow('content/sections/a.mdx: the body is empty');
  });
  it('stops a section that is neither the source’s nor marked editorial', () => {
    expect(() => checkSections([section('a', 1), section('made-up', 2)], SOURCE)).toThrow(
      'content/sections/made-up.mdx: this is not a section of the source (a, b) and is not marked editorial; if it is the site\'s own text, add "editorial: true"',
    );
  });
  it('stops a source section marked editorial', () => {
    expect(() => checkSections([section('a', 1, 'Text.', true)], SOURCE)).toThrow(
      'content/sections/a.mdx: front matter field "editorial" is true, but this is the source\'s section "a"',
    );
  });
  it('sorts by order', () => {
    expect(sortByOrder([section('b', 2), section('a', 1)]).map((s) => s.id)).toEqual(['a', 'b']);
  });
});
