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
