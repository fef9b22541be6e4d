import { describe, expect, it } from 'vitest';
import { basedOnNote, editorialPartRecord, sourcePartRecord } from '../../../src/citing/csl-record.ts';
import { citationMetaTags } from '../../../src/citing/citation-meta.ts';

const SOURCE = { title: 'Relations with the Republic of Korea', publisher: 'NATO', lastUpdated: '2016-10-06' };

describe('sourcePartRecord', () => {
  it('describes a section as the NATO text’s, with NATO as corporate author and the text’s own date', () => {
    expect(
      sourcePartRecord(
        SOURCE,
        { id: 'political-dialogue', title: 'x', url: 'https://example.org/p/' },
        'Political dialogue',
      ),
    ).toEqual({
      id: 'political-dialogue',
      'citation-key': 'nato_rok_political_dialogue',
      type: 'webpage',
      title: 'Relations with the Republic of Korea: Political dialogue',
      author: [{ literal: 'NATO' }],
      issued: { 'date-parts': [[2016, 10, 6]] },
      URL: 'https://example.org/p/',
      language: 'en',
    });
  });

  it('gives no URL when the site’s origin is unknown', () => {
    expect(sourcePartRecord(SOURCE, { id: 'document', title: 'x', url: undefined })).not.toHaveProperty('URL');
  });
});

describe('editorialPartRecord', () => {
  const basedOn = basedOnNote(SOURCE, '6 October 2016');

  it('makes the configured site the author, gives no date, and says which text it is based on', () => {
    const record = editorialPartRecord(
      { id: 'timeline', title: 'Timeline', url: 'https://example.org/timeline/' },
      { siteName: 'Example Reading Room', basedOn },
    );
    expect(record.author).toEqual([{ literal: 'Example Reading Room' }]);
    expect(record).not.toHaveProperty('issued');
    expect(record.note).toBe('Based on NATO, “Relations with the Republic of Korea”, 6 October 2016');
  });

  it('keeps the note short enough for one RIS line', () => {
    expect(basedOn.length).toBeLessThan(70);
  });

  it('gives each part its own BibTeX key, made from its id in characters BibTeX keeps', () => {
    const key = (id: string) =>
      editorialPartRecord({ id, title: 'T', url: undefined }, { siteName: undefined, basedOn })['citation-key'];
    expect(key('timeline')).toBe('nato_rok_timeline');
    expect(key('event-2013-04-visit')).toBe('nato_rok_event_2013_04_visit');
  });

  it('has no author without a configured site name', () => {
    expect(
      editorialPartRecord({ id: 't', title: 'T', url: undefined }, { siteName: undefined, basedOn }),
    ).not.toHaveProperty('author');
  });
});

describe('citationMetaTags', () => {
  it('gives title, author, date as YYYY/MM/DD and the URL, from the record', () => {
    const record = sourcePartRecord(SOURCE, { id: 'd', title: 'x', url: 'https://example.org/document/' });
    expect(citationMetaTags(record)).toEqual([
      { name: 'citation_title', content: 'Relations with the Republic of Korea' },
      { name: 'citation_author', content: 'NATO' },
      { name: 'citation_publication_date', content: '2016/10/06' },
      { name: 'citation_public_url', content: 'https://example.org/document/' },
      { name: 'citation_language', content: 'en' },
    ]);
  });
});
