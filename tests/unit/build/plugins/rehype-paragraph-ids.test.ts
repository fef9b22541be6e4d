import { describe, expect, it } from 'vitest';
import type { Element, Properties, Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeParagraphIds, sectionSlugFromPath } from '../../../../build/plugins/rehype-paragraph-ids.ts';

const p = (text: string, properties: Properties = {}): Element => ({
  type: 'element',
  tagName: 'p',
  properties,
  children: [{ type: 'text', value: text }],
});

function run(children: Root['children'], path = '/x/content/sections/political-dialogue.mdx'): Root {
  const tree: Root = { type: 'root', children };
  rehypeParagraphIds()(tree, new VFile({ path }));
  return tree;
}

const ids = (tree: Root) => tree.children.map((node) => (node.type === 'element' ? node.properties['id'] : node.type));

describe('rehypeParagraphIds', () => {
  it('numbers top-level paragraphs from 1 with the section slug', () => {
    expect(ids(run([p('a'), { type: 'text', value: '\n' }, p('b')]))).toEqual([
      'political-dialogue-1',
      'text',
      'political-dialogue-2',
    ]);
  });

  it('skips editorial paragraphs so notes never renumber the source', () => {
    expect(ids(run([p('note', { dataEditorial: '' }), p('a')]))).toEqual([undefined, 'political-dialogue-1']);
  });

  it('leaves nested paragraphs alone', () => {
    const tree = run([{ type: 'element', tagName: 'figure', properties: {}, children: [p('inner')] }, p('a')]);
    expect(ids(tree)).toEqual([undefined, 'political-dialogue-1']);
  });

  it('reads the slug from the file name', () => {
    expect(sectionSlugFromPath('C:\\site\\content\\sections\\overview.mdx')).toBe('overview');
    expect(sectionSlugFromPath('content/sections/timeline.md')).toBe('timeline');
  });
});
