import { describe, expect, it } from 'vitest';
import { llmsFullTxt, llmsTxt } from '../../../src/machine/llms-txt.ts';

describe('llmsTxt', () => {
  it('writes the H1, the summary as a blockquote and one line per part, skipping empty groups', () => {
    expect(
      llmsTxt({
        name: 'Site',
        summary: 'What it is.',
        groups: [
          { heading: 'The text', parts: [{ title: 'A', url: '/a/', description: 'First.' }] },
          { heading: 'Empty', parts: [] },
        ],
      }),
    ).toBe('# Site\n\n> What it is.\n\n## The text\n\n- [A](/a/): First.\n');
  });
});

describe('llmsFullTxt', () => {
  it('keeps the text’s characters and puts the opening part under the title', () => {
    expect(
      llmsFullTxt({
        title: 'T',
        lastUpdatedText: '06 Oct. 2016 17:16',
        sections: [
          { heading: undefined, paragraphs: ['One\u00a0“a”.'] },
          { heading: 'H', paragraphs: ['Two.'] },
        ],
      }),
    ).toBe('# T\n\nLast updated: 06 Oct. 2016 17:16\n\nOne\u00a0“a”.\n\n## H\n\nTwo.\n');
  });
});
