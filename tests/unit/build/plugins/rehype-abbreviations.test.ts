import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { abbreviationsOf, rehypeAbbreviations } from '../../../../build/plugins/rehype-abbreviations.ts';

const abbreviations = [
  { text: 'NATO', title: 'North Atlantic Treaty Organization' },
  { text: 'PRT', title: 'Provincial Reconstruction Team' },
  { text: 'US$', title: 'United States dollars' },
];

function run(children: Element[]): Root {
  const tree: Root = { type: 'root', children };
  rehypeAbbreviations({ abbreviations })(tree);
  return tree;
}

describe('rehypeAbbreviations', () => {
  it('marks the first use of each abbreviation on the page, leaving every character of the text', () => {
    const paragraphs = [
      h('p', 'NATO and NATO’s partners: a Provincial Reconstruction Team (PRT) and US$75 million.'),
      h('p', 'The PRT and NATO again.'),
    ];
    const before = paragraphs.map((p) => toString(p));
    const tree = run(paragraphs);
    expect(toHtml(tree)).toBe(
      '<p><abbr title="North Atlantic Treaty Organization">NATO</abbr> and NATO’s partners: a Provincial Reconstruction Team (<abbr title="Provincial Reconstruction Team">PRT</abbr>) and <abbr title="United States dollars">US$</abbr>75 million.</p>' +
        '<p>The PRT and NATO again.</p>',
    );
    expect(tree.children.map((p) => toString(p as Element))).toEqual(before);
  });

  it('leaves links, editorial notes and words inside longer words alone', () => {
    const tree = run([
      h('p', { dataEditorial: '' }, 'NATO in a note'),
      h('p', [h('a', { href: '#x' }, 'NATO'), ' SNATO ', h('em', 'NATO')]),
    ]);
    expect(toHtml(tree)).toBe(
      '<p data-editorial="">NATO in a note</p><p><a href="#x">NATO</a> SNATO <em><abbr title="North Atlantic Treaty Organization">NATO</abbr></em></p>',
    );
  });

  it('takes the abbreviations with an expansion from the terms', () => {
    expect(
      abbreviationsOf([
        { kind: 'abbreviation', spelling: 'ISAF', expansion: 'International Security Assistance Force' },
        { kind: 'abbreviation', spelling: 'XYZ' },
        { kind: 'place', spelling: 'Seoul' },
      ]),
    ).toEqual([{ text: 'ISAF', title: 'International Security Assistance Force' }]);
  });
});
