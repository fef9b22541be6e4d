import { describe, expect, it } from 'vitest';
import { checkSections, sortByOrder } from '../../../src/source/section-checks.ts';

const section = (id: string, order: number, body = 'Text.') => ({
  id,
  filePath: `content/sections/${id}.mdx`,
  order,
  body,
});

describe('checkSections', () => {
  it('accepts distinct orders and non-empty bodies', () => {
    expect(() => checkSections([section('a', 1), section('b', 2)])).not.toThrow();
  });
  it('names both files of a duplicate order', () => {
    expect(() => checkSections([section('a', 1), section('b', 1)])).toThrow(
      'content/sections/b.mdx: front matter field "order" (1) is already used by content/sections/a.mdx',
    );
  });
  it('names a file with an empty body', () => {
    expect(() => checkSections([section('a', 1, '  \n')])).toThrow('content/sections/a.mdx: the body is empty');
  });
  it('sorts by order', () => {
    expect(sortByOrder([section('b', 2), section('a', 1)]).map((s) => s.id)).toEqual(['a', 'b']);
  });
});
