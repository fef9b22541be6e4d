import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSafeContent, remoteMedia, unsafeLink } from '../../../../build/plugins/remark-safe-content.ts';

/** The problems the plugin finds in an MDX body, one line each, or [] when it passes. */
function problems(mdx: string): string[] {
  const file = new VFile({ path: '/project/content/sections/a.mdx', cwd: '/project', value: mdx });
  const tree = unified().use(remarkParse).use(remarkMdx).parse(file);
  try {
    remarkSafeContent()(tree, file);
  } catch (error) {
    return (error as Error).message.split('\n').filter((line) => !line.startsWith('How to fix: '));
  }
  return [];
}

describe('remarkSafeContent', () => {
  it('passes the text, editorial markup, the photograph and ordinary links', () => {
    expect(
      problems(
        'Text with [a link](https://example.org/), [a page](/document/), [a note](#a-1) and [mail](mailto:x@example.org).\n\n<p data-editorial>Note.</p>\n\n<Photograph id="p" description="d" caption="c" />\n\n{/* a comment */}\n',
      ),
    ).toEqual([]);
  });

  it('names the line of each script, handler, frame, unsafe link and remote image', () => {
    expect(
      problems(
        '<script>x()</script>\n\n<p onClick="x()">a</p>\n\n<iframe src="/x/" />\n\n[a](javascript:x())\n\n![i](https://elsewhere.example/i.png)\n\n<img src="//elsewhere.example/i.png" />\n',
      ),
    ).toEqual([
      'content/sections/a.mdx:1: <script> is not allowed in content',
      'content/sections/a.mdx:3: <p> has the event handler onClick=, which would run code',
      'content/sections/a.mdx:5: <iframe> is not allowed in content',
      'content/sections/a.mdx:7: a link to "javascript:x()" uses the scheme "javascript:"; links may be relative, http(s) or mailto',
      'content/sections/a.mdx:9: an image or media file from "https://elsewhere.example/i.png" would be fetched from elsewhere; put the file in public/ and link it by path',
      'content/sections/a.mdx:11: an image or media file from "//elsewhere.example/i.png" would be fetched from elsewhere; put the file in public/ and link it by path',
    ]);
  });

  it('refuses code that would run at build time', () => {
    expect(problems('export const x = 1\n\nText {x}.\n')).toEqual([
      'content/sections/a.mdx:1: import and export statements are not allowed in content',
      'content/sections/a.mdx:3: the expression {x} would run code; write the text itself',
    ]);
  });
});

describe('unsafeLink and remoteMedia', () => {
  it('see through case and hidden whitespace in a scheme', () => {
    expect(unsafeLink('JavaScript:x()')).toMatch(/uses the scheme/);
    expect(unsafeLink(' java\tscript:x()')).toMatch(/uses the scheme/);
    expect(unsafeLink('data:text/html,x')).toMatch(/uses the scheme "data:"/);
    expect(unsafeLink('../political-dialogue/')).toBeUndefined();
    expect(remoteMedia('/favicon.svg')).toBeUndefined();
    expect(remoteMedia('data:image/png;base64,x')).toMatch(/would be fetched from elsewhere/);
  });
});
