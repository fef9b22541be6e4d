import { render } from 'astro:content';
import { aliasesFor } from '../linking/heading-aliases.ts';
import { headingId } from '../source/ids.ts';
import type { TocHeading } from '../contents/table-of-contents.ts';
import type { Section } from '../source/sections.ts';

/**
 * A section rendered for a page, with what linking needs: its title heading's
 * id and old ids, and the headings inside its text. Section pages and
 * /document/ both go through here, so they publish the same ids.
 */
export async function renderLinkedSection(section: Section, headingText: string) {
  const { Content, headings } = await render(section.entry);
  const aliases = section.entry.data.headingAliases;
  const titleId = headingId(headingText);
  const bodyHeadings: TocHeading[] = headings.map(({ depth, slug, text }) => ({ depth, slug, text }));
  return { Content, titleId, titleAliases: aliasesFor(aliases, titleId), bodyHeadings };
}
