import { describe, expect, it } from 'vitest';
import { tableOfContents, tocIds } from '../../../src/contents/table-of-contents.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('tableOfContents', () => {
  it('nests deeper headings under the nearest shallower one', () => {
    const toc = tableOfContents([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]);
    expect(toc).toEqual([
      {
        id: 'a',
        text: 'A',
        children: [
          { id: 'a1', text: 'A1', children: [] },
          { id: 'a2', text: 'A2', children: [] },
        ],
      },
      { id: 'b', text: 'B', children: [] },
    ]);
  });

  it('nests one step on a jump in levels and climbs back correctly', () => {
    const toc = tableOfContents([h(2, 'a'), h(4, 'deep'), h(3, 'mid'), h(2, 'b')], 4);
    expect(toc.map((e) => e.id)).toEqual(['a', 'b']);
    expect(toc[0]!.children.map((e) => e.id)).toEqual(['deep', 'mid']);
  });

  it('leaves out headings deeper than maxDepth', () => {
    expect(tocIds(tableOfContents([h(2, 'a'), h(3, 'b'), h(4, 'c')]))).toEqual(['a', 'b']);
  });

  it('lists ids in reading order', () => {
    expect(tocIds(tableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(3, 'b1')]))).toEqual(['a', 'a1', 'b', 'b1']);
  });
});
