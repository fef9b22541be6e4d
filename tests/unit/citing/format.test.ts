import { describe, expect, it } from 'vitest';
import { sourcePartRecord } from '../../../src/citing/csl-record.ts';
import { inTextCitation, referenceFile, referenceHtml, referenceText } from '../../../src/citing/format.ts';
import { CITATION_STYLES } from '../../../src/citing/styles.ts';

const record = sourcePartRecord(
  { title: 'Relations with the Republic of Korea', publisher: 'NATO', lastUpdated: '2016-10-06' },
  { id: 'political-dialogue-2', title: 'x', url: 'https://example.org/political-dialogue/#political-dialogue-2' },
  'Political dialogue',
);
const style = (key: string) => CITATION_STYLES.find((s) => s.key === key)!;

describe('references formatted by Citation.js', () => {
  it('writes APA with the corporate author and the full date', () => {
    expect(referenceText(record, style('apa'))).toBe(
      'NATO. (2016, October 6). Relations with the Republic of Korea: Political dialogue. https://example.org/political-dialogue/#political-dialogue-2',
    );
  });

  it('gives one reference, not a numbered list: no "1." in Vancouver, no list wrappers', () => {
    const html = referenceHtml(record, style('vancouver'));
    expect(html).not.toMatch(/^1\.|csl-bib-body|csl-entry/);
    expect(html).toContain('Available from: https://example.org/political-dialogue/#political-dialogue-2');
  });

  it('pinpoints a paragraph in the in-text citation, and gives none for a numbered style', () => {
    const pinpoint = { locator: '2', label: 'paragraph' as const };
    expect(inTextCitation(record, style('apa'), pinpoint)).toBe('(NATO, 2016, para. 2)');
    expect(inTextCitation(record, style('harvard'), pinpoint)).toBe('(NATO, 2016, para. 2)');
    expect(inTextCitation(record, style('vancouver'), pinpoint)).toBeUndefined();
  });

  it('writes BibTeX, RIS and CSL-JSON files', () => {
    expect(referenceFile(record, 'bib')).toMatch(/^@misc\{nato_rok_political_dialogue_2,$/m);
    expect(referenceFile(record, 'ris')).toMatch(/^TY {2}- ELEC$/m);
    expect(JSON.parse(referenceFile(record, 'json'))).toEqual([record]);
  });

  it('gives BibTeX the month as a number, since BibTeX has no day and "oct 6" is no month', () => {
    const bib = referenceFile(record, 'bib');
    expect(bib).toMatch(/^\s*year = \{2016\},$/m);
    expect(bib).toMatch(/^\s*month = \{10\},$/m);
    expect(referenceFile(record, 'ris')).toMatch(/^DA {2}- 2016\/10\/6\/$/m);
  });
});
