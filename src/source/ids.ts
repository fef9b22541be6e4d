import { slug } from 'github-slugger';

/** The id a heading gets: github-slugger style, like Astro's own heading ids. */
export function headingId(text: string): string {
  return slug(text);
}

/** The permalink id of the n-th paragraph (from 1) of a section. */
export function paragraphId(section: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Paragraph numbers count from 1; got ${n} in "${section}".`);
  return `${section}-${n}`;
}

/** Reads a paragraph id back into its section slug and number; undefined for any other id. */
export function parseParagraphId(id: string): { section: string; n: number } | undefined {
  const match = /^(.+)-([1-9]\d*)$/.exec(id);
  if (!match?.[1] || !match[2]) return undefined;
  return { section: match[1], n: Number(match[2]) };
}
