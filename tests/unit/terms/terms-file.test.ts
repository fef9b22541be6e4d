import { describe, expect, it } from 'vitest';
import { readTermsFile } from '../../../src/terms/terms-file.ts';

const FILE = 'content/terms.yaml';

const ENTRY = `  - slug: isaf
    kind: abbreviation
    spelling: ISAF
    expansion: International Security Assistance Force
    variants: [International Security Assistance Force]
    description: The NATO-led mission (not from the text).
`;

const read = (text: string) => () => readTermsFile(text, FILE);

describe('readTermsFile', () => {
  it('reads every field as text, with defaults for the optional lists', () => {
    const [term] = readTermsFile(
      `terms:\n${ENTRY}  - slug: no\n    kind: place\n    spelling: NO\n    description: A test (not from the text).\n`,
      FILE,
    ).slice(1);
    expect(term).toMatchObject({ slug: 'no', kind: 'place', spelling: 'NO', otherSpellings: [], variants: [] });
    expect(term?.expansion).toBeUndefined();
    expect(term?.lineOf(['spelling'])).toBe(10);
  });

  it('names the file, the line, the entry and the field of a shape error', () => {
    expect(read(`terms:\n${ENTRY.replace('kind: abbreviation', 'kind: acronym')}`)).toThrow(
      `${FILE}:3: term "isaf", field "kind": must be one of abbreviation, organisation, programme, office, person, place, spelling, e.g. kind: place`,
    );
    expect(read(`terms:\n${ENTRY.replace('    description', '    note: x\n    description')}`)).toThrow(
      /content\/terms\.yaml:2: term "isaf": unknown field "note"; the fields are slug, kind, spelling/,
    );
    expect(read(`terms:\n${ENTRY.replace('kind: abbreviation', 'kind: place')}`)).toThrow(
      `${FILE}:5: term "isaf", field "expansion": only an abbreviation has an expansion`,
    );
  });

  it('refuses a slug, a spelling or a variant given twice, naming where it was first', () => {
    const twice = ENTRY.replace('slug: isaf', 'slug: isaf-again').replace(
      'variants: [International Security Assistance Force]',
      'variants: [International security assistance force]',
    );
    const error = read(`terms:\n${ENTRY}${twice}`);
    expect(error).toThrow(
      `${FILE}:10: term "isaf-again", field "spelling": "ISAF" is already a spelling of the entry at line 2, field "spelling"; give each once`,
    );
    expect(error).toThrow(
      `${FILE}:12: term "isaf-again", field "variants[0]": "International security assistance force" is already a variant of the entry at line 2, field "variants[0]"; give each once`,
    );
    expect(read(`terms:\n${ENTRY}${ENTRY}`)).toThrow(
      `${FILE}:8: term "isaf", field "slug": "isaf" is already the slug of the entry at line 2; give each once`,
    );
  });

  it('names the line of a YAML slip', () => {
    expect(read(`terms:\n  - slug: a\n    description: a: b\n`)).toThrow(/^content\/terms\.yaml:3:\d+: /);
  });
});
