import { describe, expect, it } from 'vitest';
import { indexedText, vocabularyOf } from '../../../build/integrations/search-vocabulary.ts';

describe('indexedText', () => {
  it('reads the indexed content only: inside data-pagefind-body, outside data-pagefind-ignore', () => {
    const html = `<header>Skip navigation</header>
      <main id="main" data-pagefind-body><h1>Political dialogue</h1>
      <p>In April 2013 <a data-pagefind-ignore>Link to paragraph</a></p><script>var x</script></main>
      <footer>verbatim</footer>`;
    const words = indexedText(html).split(/\s+/).filter(Boolean);
    expect(words).toEqual(['Political', 'dialogue', 'In', 'April', '2013']);
  });

  it('keeps the text of neighbouring elements apart', () => {
    expect(indexedText('<main data-pagefind-body><dd>Brengelmann</dd><dt>Place</dt></main>')).toMatch(
      /Brengelmann\s+Place/,
    );
  });

  it('reads nothing from a page without indexed content', () => {
    expect(indexedText('<main><p>Search</p></main>')).toBe('');
  });
});

describe('vocabularyOf', () => {
  it('counts each word once per use, in the spelling used most, filed by first letter', () => {
    const parts = vocabularyOf(['Republic of Korea, Korea’s republic', 'The Republic; Rasmussen']);
    expect(parts.get('r')).toEqual([
      ['Rasmussen', 1],
      ['Republic', 3],
    ]);
    expect(parts.get('k')).toEqual([['Korea', 2]]);
  });

  it('leaves out stop words and words shorter than three letters, and writes every part', () => {
    const parts = vocabularyOf(['of the an ox Seoul']);
    expect([...parts.values()].flat()).toEqual([['Seoul', 1]]);
    expect(parts.size).toBe(27);
  });
});
