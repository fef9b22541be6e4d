/**
 * /llms.txt and /llms-full.txt, per the llms.txt convention (llmstxt.org):
 * a Markdown index of the site's parts for language models and other
 * machine readers, and the whole source text with its headings. Both come
 * from the same data as the pages: the source model and the sections'
 * front matter. Pure, so tests can feed them anything.
 */

export interface LinkedPart {
  title: string;
  /** Absolute with SITE_URL, else the path from the host's root. */
  url: string;
  /** One line: what the part is. */
  description: string;
}

export interface LlmsIndex {
  /** The site's configured name, or the text's title. */
  name: string;
  summary: string;
  /** Titled groups of links, in order; the convention's "Optional" group comes last. */
  groups: { heading: string; parts: LinkedPart[] }[];
}

const line = (part: LinkedPart) => `- [${part.title}](${part.url}): ${part.description}`;

export function llmsTxt(index: LlmsIndex): string {
  const groups = index.groups
    .filter((group) => group.parts.length > 0)
    .map((group) => `## ${group.heading}\n\n${group.parts.map(line).join('\n')}\n`);
  return [`# ${index.name}\n`, `> ${index.summary}\n`, ...groups].join('\n');
}

export interface FullTextSection {
  /** Undefined for the opening part, which stands under the title. */
  heading: string | undefined;
  paragraphs: readonly string[];
}

/**
 * The text as Markdown: its title as H1, its "Last updated" line as the
 * source writes it, each section's heading as H2 and its paragraphs, every
 * character as in the source.
 */
export function llmsFullTxt(text: { title: string; lastUpdatedText: string; sections: FullTextSection[] }): string {
  const blocks = [`# ${text.title}`, `Last updated: ${text.lastUpdatedText}`];
  for (const section of text.sections) {
    if (section.heading !== undefined) blocks.push(`## ${section.heading}`);
    blocks.push(...section.paragraphs);
  }
  return `${blocks.join('\n\n')}\n`;
}
