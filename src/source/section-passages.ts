import type { Paragraph, Root, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { paragraphId } from './ids.ts';
import { collapseSpaces } from './source-text.ts';

/**
 * The citable passages of a section, known before anything renders: the
 * timeline checks its sources against them and /document.json lists them.
 *
 * Paragraph ids are counted exactly as rehypeParagraphIds counts them on the
 * rendered page: every top-level Markdown paragraph of the MDX body, from 1.
 * JSX written in the body (an editorial <div data-editorial>, a
 * <Photograph>) is not a Markdown paragraph, so it is not counted there
 * either. A test compiles the same bodies with MDX and compares.
 */
export interface SourceParagraph {
  id: string;
  /** 1-based position among the section's paragraphs. */
  n: number;
  /** The paragraph's text, inline markup removed, its characters exactly (a non-breaking space stays one). */
  text: string;
}

/** A photograph of the source, citable when its MDX element carries an id. */
export interface SourceFigure {
  id: string;
  description: string;
  caption: string;
}

export interface SectionPassages {
  paragraphs: SourceParagraph[];
  figures: SourceFigure[];
}

// remark-mdx adds the JSX node types to mdast's.
type JsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
type JsxAttribute = Extract<JsxFlowElement['attributes'][number], { type: 'mdxJsxAttribute' }>;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function stringAttribute(node: JsxFlowElement, name: string): string | undefined {
  const attribute = node.attributes.find((a): a is JsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * MDX unwraps a paragraph that holds nothing but JSX or expressions
 * (`<p data-editorial>Note</p>` on one line), so the page has no <p> of its
 * own there and the plugin does not count it.
 */
function isUnwrappedByMdx(node: Paragraph): boolean {
  let jsx = false;
  for (const child of node.children) {
    if (child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression') jsx = true;
    else if (child.type !== 'text' || child.value.trim() !== '') return false;
  }
  return jsx;
}

function isFigure(node: RootContent): node is JsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === 'Photograph';
}

/** The paragraphs and photographs of one section's MDX body (front matter already removed). */
export function sectionPassages(section: string, mdxBody: string): SectionPassages {
  const tree = parser.parse(mdxBody) as Root;
  const paragraphs: SourceParagraph[] = [];
  const figures: SourceFigure[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph' && !isUnwrappedByMdx(node)) {
      const n = paragraphs.length + 1;
      paragraphs.push({ id: paragraphId(section, n), n, text: collapseSpaces(toString(node)) });
    } else if (isFigure(node)) {
      const id = stringAttribute(node, 'id');
      if (id !== undefined) {
        figures.push({
          id,
          description: stringAttribute(node, 'description') ?? '',
          caption: stringAttribute(node, 'caption') ?? '',
        });
      }
    }
  }
  return { paragraphs, figures };
}

/**
 * The ids of the headings written in a section's body, as the heading-link
 * plugin gives them (github-slugger, one slugger per document).
 */
export function sectionHeadingIds(mdxBody: string): string[] {
  const tree = parser.parse(mdxBody) as Root;
  const slugger = new GithubSlugger();
  return tree.children.filter((node) => node.type === 'heading').map((node) => slugger.slug(toString(node).trim()));
}
