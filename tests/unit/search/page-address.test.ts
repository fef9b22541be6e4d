import { describe, expect, it } from 'vitest';
import { searchPageQuery, wantsAsTyped } from '../../../src/search/page-address.ts';

describe('searchPageQuery', () => {
  it('writes the typed words and the section, encoded', () => {
    expect(searchPageQuery('', 'piracy', '')).toBe('?q=piracy');
    expect(searchPageQuery('?q=piracy', 'piracy', 'Overview')).toBe('?q=piracy&section=Overview');
    expect(searchPageQuery('', 'Park Geun-hye', 'Political dialogue')).toBe(
      '?q=Park+Geun-hye&section=Political+dialogue',
    );
  });

  it('replaces the previous query and section, keeping other parameters', () => {
    expect(searchPageQuery('?x=1&q=old&section=Overview', 'new', '')).toBe('?x=1&q=new');
  });

  it('leaves no parameters behind once the field is emptied', () => {
    expect(searchPageQuery('?q=piracy&section=Overview', '', '')).toBe('');
  });
});

describe('searching the words as typed', () => {
  it('is asked for with spelling=as-typed after the words, and dropped with them', () => {
    expect(searchPageQuery('', 'Rasmusen', '', true)).toBe('?q=Rasmusen&spelling=as-typed');
    expect(searchPageQuery('?q=Rasmusen&spelling=as-typed', 'Rasmusen Seoul', '')).toBe('?q=Rasmusen+Seoul');
    expect(searchPageQuery('?q=Rasmusen&spelling=as-typed', '', '', true)).toBe('');
  });
  it('is read from the address', () => {
    expect(wantsAsTyped('?q=Rasmusen&spelling=as-typed')).toBe(true);
    expect(wantsAsTyped('?q=Rasmusen&spelling=corrected')).toBe(false);
    expect(wantsAsTyped('?q=Rasmusen')).toBe(false);
  });
});
