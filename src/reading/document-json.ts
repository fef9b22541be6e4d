/** The shape of /document.json: the source text, section by section, as the site publishes it. */
export interface DocumentJson {
  title: string;
  publisher: string;
  /** ISO 8601 local date and time, e.g. 2016-10-06T17:16 */
  lastUpdated: string;
  /** As the source writes it, e.g. 06 Oct. 2016 17:16 */
  lastUpdatedText: string;
  url: string;
  /** The absolute URL of /timeline.json. */
  timeline: string;
  sections: {
    id: string;
    title: string;
    url: string;
    paragraphs: { id: string; n: number; text: string; url: string }[];
    figures: { id: string; description: string; caption: string; url: string }[];
  }[];
}
