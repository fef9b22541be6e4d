import type { Root } from 'mdast';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { throwIfProblems, type Problem } from '../../src/errors/editor-error.ts';

/**
 * Content is text, never code: a section that would publish a script, an
 * event handler, an embedded frame, a `javascript:` link or an image from
 * another site stops the build, naming the file and line. The Content
 * Security Policy would block most of these in the browser; this keeps them
 * from being published at all, and keeps the site free of third-party requests.
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'link',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'xlink:href',
  'cite',
  'data',
]);
const MEDIA_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data']);
const SAFE_SCHEMES = /^(https?|mailto):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const REMOTE = /^(https?:)?\/\//i;

/** Why a link target is refused, or undefined when it is fine. */
export function unsafeLink(url: string): string | undefined {
  const value = url.trim().replace(/[\u0000-\u0020]/g, '');
  if (SCHEME.test(value) && !SAFE_SCHEMES.test(value)) {
    return `a link to "${url.slice(0, 40)}" uses the scheme "${value.split(':')[0]}:"; links may be relative, http(s) or mailto`;
  }
  return undefined;
}

/** Why a media source is refused: anything not served by the site itself. */
export function remoteMedia(url: string): string | undefined {
  return REMOTE.test(url.trim()) || SCHEME.test(url.trim())
    ? `an image or media file from "${url.slice(0, 60)}" would be fetched from elsewhere; put the file in public/ and link it by path`
    : undefined;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export function remarkSafeContent() {
  return (tree: Root, file: VFile) => {
    const where = file.path ? relative(file.cwd, file.path) : 'content';
    const problems: Problem[] = [];
    const report = (node: { position?: { start: { line: number } } | undefined }, what: string) =>
      problems.push({ where, line: node.position?.start.line, what });

    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        const why = unsafeLink(node.url);
        if (why) report(node, why);
      } else if (node.type === 'image') {
        const why = remoteMedia(node.url);
        if (why) report(node, why);
      } else if (node.type === 'html') {
        report(node, 'raw HTML is not allowed in content; write Markdown or the site’s components');
      } else if (node.type === 'mdxjsEsm') {
        report(node, 'import and export statements are not allowed in content');
      } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        // {/* comments */} are expressions too, and harmless.
        if (node.value.replace(/\/\*[\s\S]*?\*\//g, '').trim() !== '') {
          report(node, `the expression {${node.value.slice(0, 30)}} would run code; write the text itself`);
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = (node.name ?? '').toLowerCase();
        if (FORBIDDEN_ELEMENTS.has(name)) report(node, `<${node.name}> is not allowed in content`);
        for (const attribute of node.attributes as JsxAttribute[]) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
            report(node, `<${node.name}> has a computed attribute ({...}); write attributes as plain text`);
            continue;
          }
          const attributeName = attribute.name.toLowerCase();
          if (attributeName.startsWith('on')) {
            report(node, `<${node.name}> has the event handler ${attribute.name}=, which would run code`);
          } else if (typeof attribute.value === 'object' && attribute.value !== null) {
            report(node, `<${node.name} ${attribute.name}={...}> computes a value; write it as plain text`);
          } else if (typeof attribute.value === 'string' && URL_ATTRIBUTES.has(attributeName)) {
            const why =
              unsafeLink(attribute.value) ??
              (MEDIA_ATTRIBUTES.has(attributeName) ? remoteMedia(attribute.value) : undefined);
            if (why) report(node, why);
          }
        }
      }
    });
    throwIfProblems(
      problems,
      'Content is text: remove the code, or write the link as a relative, http(s) or mailto link.',
    );
  };
}
