import { render } from 'astro:content';
import sourceText from '../../content/source/relations-with-the-republic-of-korea.txt?raw';
import { parseSourceText } from '../source/source-text.ts';
import { aliasesFor, checkHeadingAliases } from '../linking/heading-aliases.ts';
import { headingId } from '../source/ids.ts';
import type { TocHeading } from '../contents/table-of-contents.ts';
import type { Section } from '../source/sections.ts';

// The source's sections after the first, by the slug their heading makes;
// the first is the overview on the home page.
const sourceSlugs = new Set(
  parseSourceText(sourceText)
    .sections.slice(1)
    .map((section) => headingId(section.heading)),
);

/** Sections that carry the source text, as opposed to editorial pages such as the timeline. */
export function isSourceSection(section: Section): boolean {
  return section.path === '' || sourceSlugs.has(section.slug);
}

/**
 * A section rendered for a page, with what linking needs: its title heading's
 * id and old ids, and the headings inside its text. Section pages and
 * /document/ both go through here, so they publish the same ids.
 */
export async function renderLinkedSection(section: Section, headingText: string) {
  const { Content, headings } = await render(section.entry);
  const aliases = section.entry.data.headingAliases;
  const titleId = headingId(headingText);
  checkHeadingAliases(section.entry.filePath ?? section.slug, aliases, [
    titleId,
    ...headings.map((heading) => heading.slug),
  ]);
  const bodyHeadings: TocHeading[] = headings.map(({ depth, slug, text }) => ({ depth, slug, text }));
  return { Content, titleId, titleAliases: aliasesFor(aliases, titleId), bodyHeadings };
}
