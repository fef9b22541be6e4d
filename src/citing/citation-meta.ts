import type { CslRecord } from './csl-record.ts';

/**
 * The Highwire Press `citation_*` meta tags Google Scholar, Zotero and other
 * reference managers read, taken from the page's CSL record so the two never
 * disagree. Each is left out when the record has no value for it.
 */
export function citationMetaTags(record: CslRecord): { name: string; content: string }[] {
  const [year, month, day] = record.issued?.['date-parts'][0] ?? [];
  const pad = (n: number) => String(n).padStart(2, '0');
  return [
    { name: 'citation_title', content: record.title },
    ...(record.author ?? []).map((author) => ({ name: 'citation_author', content: author.literal })),
    ...(year && month && day
      ? [{ name: 'citation_publication_date', content: `${year}/${pad(month)}/${pad(day)}` }]
      : []),
    ...(record.URL ? [{ name: 'citation_public_url', content: record.URL }] : []),
    { name: 'citation_language', content: record.language },
  ];
}
