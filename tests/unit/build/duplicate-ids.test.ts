import { describe, expect, it } from 'vitest';
import { duplicateIds } from '../../../build/verify/duplicate-ids.ts';

describe('duplicateIds', () => {
  it('finds ids used more than once, with their counts', () => {
    const html = '<h2 id="a">A</h2><p id="a-1">x</p><span id="a"></span><p id="a-1"></p><p id="a-1"></p><p id="b"></p>';
    expect(duplicateIds(html)).toEqual(
      new Map([
        ['a', 2],
        ['a-1', 3],
      ]),
    );
  });

  it('is empty for unique ids', () => {
    expect(duplicateIds('<main id="main"><p id="x-1"></p><p id="x-2"></p></main>').size).toBe(0);
  });

  it('ignores id-like text in scripts, comments and other attributes', () => {
    const html =
      '<p id="a"></p><script>document.write(\'<p id="a">\')</script><!-- <p id="a"> --><p data-x=\'id="a"\'></p>';
    expect(duplicateIds(html).size).toBe(0);
  });
});
