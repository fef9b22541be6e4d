import { describe, expect, it } from 'vitest';
import { headingLinkLabel, paragraphLinkLabel, termLinkLabel } from '../../../src/linking/link-labels.ts';

describe('link labels', () => {
  it('say where the link goes', () => {
    expect(headingLinkLabel(' Political dialogue ')).toBe('Copy link to section Political dialogue');
    expect(paragraphLinkLabel(2, 'Political dialogue')).toBe('Copy link to paragraph 2 of Political dialogue');
    expect(termLinkLabel(' ISAF ')).toBe('Copy link to term ISAF');
  });
});
