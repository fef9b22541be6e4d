/**
 * The shape of /document.json: the source text, section by section, as the
 * site publishes it. Everything under a `source` key is the text's own
 * words, character for character as /source.txt has them (its curly quotes,
 * its non-breaking space); everything else is what the site adds: ids,
 * numbers and addresses, the names it gives the parts, its reading of the
 * date, and what it knows from outside the text.
 */
export interface DocumentJson {
  /** What the file holds and how the text is told from the site's additions. */
  about: string;
  /** The head of the text, as it writes it. */
  source: {
    title: string;
    /** The "Last updated" value: 06 Oct. 2016 17:16 */
    lastUpdated: string;
  };
  /** The site's reading of the "Last updated" value, ISO 8601 local date and time: 2016-10-06T17:16 */
  lastUpdated: string;
  /** Who published the text; not from the text, which does not name its publisher. */
  publisher: string;
  /** The SHA-256 of /source.txt, in hex. */
  sha256: string;
  /** The original page's address (SOURCE_URL), only when configured. */
  originalUrl?: string;
  /** Where the site publishes the text, the timeline, the source file and its notes on them. */
  url: string;
  timelineUrl: string;
  sourceTextUrl: string;
  aboutUrl: string;
  sections: {
    id: string;
    /** The site's name for the section: for a section with a heading, the heading; "Overview" for the text before it. */
    title: string;
    url: string;
    /** The section's heading in the text; null for the text before the first heading, which has none. */
    source: { heading: string | null };
    paragraphs: { id: string; n: number; url: string; source: { text: string } }[];
    figures: { id: string; url: string; source: { description: string; caption: string } }[];
  }[];
}
