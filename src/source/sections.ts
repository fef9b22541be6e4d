import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByOrder } from './section-checks.ts';
import { sectionPath } from '../linking/urls.ts';
import { isSourceSlug } from './model.ts';

export type SectionKind = 'source' | 'editorial';

export interface Section {
  slug: string;
  title: string;
  summary: string;
  order: number;
  /** Whether it carries the source's text or is the site's own (editorial), such as the timeline. */
  kind: SectionKind;
  /** Path below the base, '' for the home page. */
  path: string;
  entry: CollectionEntry<'sections'>;
}

let cached: Promise<Section[]> | undefined;

/** Every section in reading order, checked across files once per build. */
export function getSections(): Promise<Section[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Section[]> {
  const entries = await getCollection('sections');
  const sections = entries.map((entry) => ({
    slug: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    order: entry.data.order,
    kind: isSourceSlug(entry.id) ? ('source' as const) : ('editorial' as const),
    path: sectionPath(entry.id),
    entry,
  }));
  // Checked before the build starts (build/preflight.ts): orders distinct, every section source or editorial.
  return sortByOrder(sections);
}
