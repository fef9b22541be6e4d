import { describe, expect, it } from 'vitest';
import { readSourceText } from '../../../src/source/source-file.ts';
import {
  isHeadingLine,
  collapseSpaces,
  normalizeWhitespace,
  parseSourceText,
  splitSentences,
} from '../../../src/source/source-text.ts';

const source = readSourceText();

describe('parseSourceText', () => {
  const doc = parseSourceText(source);

  it('reads the title and the "Last updated" value', () => {
    expect(doc.title).toBe('Relations with the Republic of Korea');
    expect(doc.lastUpdatedText).toBe('06 Oct. 2016 17:16');
  });

  it('splits the text at its own headings', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Relations with the Republic of Korea',
      'Practical cooperation',
      'Political dialogue',
    ]);
    expect(doc.sections.map((s) => s.paragraphs.length)).toEqual([5, 3, 3]);
  });

  it('keeps the photograph lines as paragraphs of the introduction', () => {
    expect(doc.sections[0]?.paragraphs[1]).toMatch(/^NATO Secretary General Jens Stoltenberg and the Minister/);
  });

  it('rejects an empty text', () => {
    expect(() => parseSourceText('\n\n')).toThrow(/empty/);
  });
});

describe('isHeadingLine', () => {
  it('takes short lines without closing punctuation as headings', () => {
    expect(isHeadingLine('Political dialogue')).toBe(true);
    expect(isHeadingLine('Ends with a stop.')).toBe(false);
    expect(isHeadingLine('NATO Secretary General Jens Stoltenberg and Foreign Minister Yun Byung-se')).toBe(false);
    expect(isHeadingLine('   ')).toBe(false);
  });
});

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(splitSentences('One two. Three four? “Five” six! Seven')).toEqual([
      'One two.',
      'Three four?',
      '“Five” six!',
      'Seven',
    ]);
  });

  it('does not split inside amounts or names', () => {
    expect(splitSentences('It gave US$ 500 million. Ban Ki-Moon spoke.')).toEqual([
      'It gave US$ 500 million.',
      'Ban Ki-Moon spoke.',
    ]);
  });

  it('normalises whitespace', () => {
    expect(normalizeWhitespace('  a \n\t b  ')).toBe('a b');
  });

  it('collapses layout whitespace but keeps a non-breaking space, a character of the text', () => {
    expect(collapseSpaces('  donated\u00a0to \n\t the  ')).toBe('donated\u00a0to the');
    expect(
      parseSourceText('Title\n\nSome US$75 million has been donated\u00a0to the fund.').sections[0]?.paragraphs,
    ).toEqual(['Some US$75 million has been donated\u00a0to the fund.']);
  });
});
