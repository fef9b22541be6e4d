import { describe, expect, it } from 'vitest';
import { syntheticSections } from '../../../bench/lib/synthetic-site.ts';

const sentences = [
  'The Republic of Korea is a significant contributor to stabilisation efforts in Afghanistan.',
  'NATO and the Republic of Korea initiated dialogue in 2005.',
  'In April 2013, NATO Secretary General Anders Fogh Rasmussen paid a three-day visit to the Republic of Korea.',
  'Cooperating with NATO in countering the threat of piracy in the Gulf of Aden, the naval forces escorted vessels.',
];
const withoutYears = (text: string) => text.replace(/\b(?:19|20)\d{2}\b/g, 'YEAR');

describe('syntheticSections', () => {
  const sections = syntheticSections(sentences, 50, { seed: 7, firstOrder: 10 });

  it('makes the requested number of sections with unique slugs and consecutive orders', () => {
    expect(sections).toHaveLength(50);
    expect(new Set(sections.map((s) => s.slug)).size).toBe(50);
    expect(sections[0]!.slug).toBe('synthetic-01');
    expect(sections.map((s) => Number(/^order: (\d+)$/m.exec(s.mdx)?.[1]))).toEqual(
      Array.from({ length: 50 }, (_, i) => 10 + i),
    );
  });

  it('writes front matter the schema accepts: quoted title and summary', () => {
    for (const { mdx } of sections) {
      expect(mdx).toMatch(/^---\ntitle: ".+ \d+"\norder: \d+\nsummary: ".+"\n---\n\n/);
    }
  });

  it('builds every paragraph from source sentences, only the years varied', () => {
    const known = new Set(sentences.map(withoutYears));
    for (const { mdx } of sections) {
      const body = mdx.split('---\n\n')[1]!;
      for (const paragraph of body
        .trim()
        .split('\n\n')
        .filter((p) => !p.startsWith('## '))) {
        for (const sentence of paragraph.split(/(?<=\.) (?=[A-Z])/)) expect(known).toContain(withoutYears(sentence));
      }
    }
  });

  it('varies the text from section to section', () => {
    const bodies = new Set(sections.map((s) => s.mdx.split('---\n\n')[1]));
    expect(bodies.size).toBeGreaterThan(45);
  });

  it('is the same for the same seed and different for another', () => {
    expect(syntheticSections(sentences, 5, { seed: 7 })).toEqual(syntheticSections(sentences, 5, { seed: 7 }));
    expect(syntheticSections(sentences, 5, { seed: 8 })).not.toEqual(syntheticSections(sentences, 5, { seed: 7 }));
  });
});
