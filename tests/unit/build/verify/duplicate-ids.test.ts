import { describe, expect, it } from 'vitest';
import { duplicateIdProblems } from '../../../../build/verify/duplicate-ids.ts';
import { siteFromStrings } from '../../../../build/verify/site-files.ts';
import { problemLine } from '../../../../src/errors/editor-error.ts';

const problems = (html: string) =>
  duplicateIdProblems(siteFromStrings({ 'political-dialogue/index.html': html })).map(problemLine);

describe('duplicateIdProblems', () => {
  it('names the page and each id used more than once, with its count', () => {
    const html = '<h2 id="a">A</h2><p id="a-1">x</p><span id="a"></span><p id="a-1"></p><p id="a-1"></p><p id="b"></p>';
    expect(problems(html)).toEqual([
      '/political-dialogue/: id "a" is used by 2 elements',
      '/political-dialogue/: id "a-1" is used by 3 elements',
    ]);
  });

  it('finds nothing when every id is unique', () => {
    expect(problems('<main id="main"><p id="x-1"></p><p id="x-2"></p></main>')).toEqual([]);
  });

  it('ignores id-like text in scripts, comments and other attributes', () => {
    const html =
      '<p id="a"></p><script>document.write(\'<p id="a">\')</script><!-- <p id="a"> --><p data-x=\'id="a"\'></p>';
    expect(problems(html)).toEqual([]);
  });
});
