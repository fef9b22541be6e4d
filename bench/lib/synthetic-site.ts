/**
 * Synthetic sections for the scaling benchmark, made from the real source's
 * sentences so the index sees real vocabulary and sentence lengths. Each
 * section draws a different mix of sentences and varies the years in them;
 * a seeded generator keeps runs comparable.
 */
/** The generated sections are not the source text: their builds say so (build/site-config.ts). */
export { SYNTHETIC_SECTIONS_ENV } from '../../build/site-config.ts';

export interface SyntheticSection {
  slug: string;
  /** The MDX file: front matter and body. */
  mdx: string;
}

/** mulberry32: a tiny seeded generator, enough for shuffling text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YEAR = /\b(?:19|20)\d{2}\b/g;
const FIRST_YEAR = 1990;
const YEARS = 40;

/** MDX treats braces and angle brackets as code; the source has none, but be safe. */
function mdxText(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function syntheticSections(
  sentences: readonly string[],
  count: number,
  options: { seed?: number; firstOrder?: number } = {},
): SyntheticSection[] {
  if (sentences.length === 0) throw new Error('synthetic sections need source sentences');
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const vary = (sentence: string) => sentence.replace(YEAR, () => String(FIRST_YEAR + between(0, YEARS - 1)));
  const phrase = () => {
    const words = pick(sentences)
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .split(/\s+/)
      .filter(Boolean);
    const start = between(0, Math.max(0, words.length - 3));
    const text = words.slice(start, start + between(2, 4)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  const digits = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const number = String(i + 1).padStart(digits, '0');
    const title = `${phrase()} ${i + 1}`;
    const paragraphs = Array.from({ length: between(2, 6) }, () =>
      Array.from({ length: between(1, 4) }, () => vary(pick(sentences))).join(' '),
    );
    if (random() < 0.4) paragraphs.splice(between(1, paragraphs.length - 1), 0, `## ${phrase()}`);
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `order: ${(options.firstOrder ?? 1) + i}`,
      `summary: ${JSON.stringify(vary(pick(sentences)))}`,
      '---',
    ];
    return {
      slug: `synthetic-${number}`,
      mdx: `${frontMatter.join('\n')}\n\n${paragraphs.map(mdxText).join('\n\n')}\n`,
    };
  });
}
