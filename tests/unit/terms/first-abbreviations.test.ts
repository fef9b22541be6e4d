import { describe, expect, it } from 'vitest';
import { keepFirstAbbreviations } from '../../../src/terms/first-abbreviations.ts';

describe('keepFirstAbbreviations', () => {
  it('unwraps every later <abbr> of an abbreviation, leaving its words and every other byte', () => {
    const html =
      '<section data-section="a"><p><abbr title="North Atlantic Treaty Organization">NATO</abbr> and the <abbr title="Provincial Reconstruction Team">PRT</abbr>.</p></section>' +
      '<section data-section="b"><p class="x">The <abbr title="North Atlantic Treaty Organization">NATO</abbr> &amp; <abbr title="United States dollars">US$</abbr>75</p>' +
      '<p><abbr title="Provincial Reconstruction Team">PRT</abbr> and <abbr title="North Atlantic Treaty Organization">NATO</abbr> again.</p></section>';
    expect(keepFirstAbbreviations(html)).toBe(
      '<section data-section="a"><p><abbr title="North Atlantic Treaty Organization">NATO</abbr> and the <abbr title="Provincial Reconstruction Team">PRT</abbr>.</p></section>' +
        '<section data-section="b"><p class="x">The NATO &amp; <abbr title="United States dollars">US$</abbr>75</p>' +
        '<p>PRT and NATO again.</p></section>',
    );
  });

  it('leaves HTML with each abbreviation marked once exactly as it was', () => {
    const html =
      '<p><abbr title="International Security Assistance Force">ISAF</abbr></p><script>let a = "<abbr>";</script>';
    expect(keepFirstAbbreviations(html)).toBe(html);
  });
});
