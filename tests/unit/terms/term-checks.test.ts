import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/errors/editor-error.ts';
import { termTextProblems } from '../../../src/terms/term-checks.ts';
import { readTermsFile } from '../../../src/terms/terms-file.ts';

const FILE = 'content/terms.yaml';
const TEXT =
  'NATO and the Republic of Korea initiated dialogue in 2005. The Assistant Secretary General travelled to Seoul.';
const passages = [{ id: 'political-dialogue-1', texts: [TEXT] }];

function problems(entries: string): string[] {
  const terms = readTermsFile(`terms:\n${entries}`, FILE);
  return termTextProblems(terms, passages, `Title\n\n${TEXT}`, FILE).map((p: Problem) => `${p.line}: ${p.what}`);
}

const entry = (fields: string) => `  - slug: t\n${fields}`;

describe('termTextProblems', () => {
  it('accepts a term the text names, with variants it does not, and a quote of its words', () => {
    expect(
      problems(
        entry(
          '    kind: place\n    spelling: Republic of Korea\n    variants: [South Korea, 대한민국]\n    description: One of NATO’s partners, which “initiated dialogue in 2005”.\n',
        ),
      ),
    ).toEqual([]);
  });
  it('refuses a term the text never uses, or uses only inside a longer term of its kind', () => {
    expect(
      problems(
        entry('    kind: place\n    spelling: Pyongyang\n    description: A city (not from the text).\n') +
          '  - slug: sg\n    kind: office\n    spelling: Secretary General\n    description: An office (not from the text).\n' +
          '  - slug: asg\n    kind: office\n    spelling: Assistant Secretary General\n    description: An office (not from the text).\n',
      ),
    ).toEqual([
      '4: term "t", field "spelling": "Pyongyang" does not occur in the text as a name of its own; write it exactly as the text does (case included), or remove the entry',
      '8: term "sg", field "spelling": "Secretary General" does not occur in the text as a name of its own; write it exactly as the text does (case included), or remove the entry',
    ]);
  });
  it('refuses a variant the text already has, since search finds it there', () => {
    expect(
      problems(
        entry(
          '    kind: place\n    spelling: Republic of Korea\n    variants: [ROK, initiated dialog]\n    description: A country (not from the text).\n',
        ),
      ),
    ).toEqual([
      '5: term "t", field "variants[1]": "initiated dialog" occurs in the text; search finds it without a variant, so remove it (or list it in otherSpellings)',
    ]);
  });
  it('refuses a quote that is not the text’s words, and a description that neither quotes nor says it is not from the text', () => {
    expect(
      problems(
        entry('    kind: place\n    spelling: Seoul\n    description: Where “the Assistant Secretary-General” went.\n'),
      ),
    ).toEqual([
      expect.stringMatching(/^5: term "t", field "description": “the Assistant Secretary-General” is not in the text/),
    ]);
    expect(problems(entry('    kind: place\n    spelling: Seoul\n    description: The capital.\n'))).toEqual([
      '5: term "t", field "description": quotes nothing from the text and does not say "(not from the text)"; quote the text’s words in “curly quotes” where it explains the term, or say that the line is not from it',
    ]);
  });
});
