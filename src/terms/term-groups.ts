import { getPassages, passageHref, type Passage } from '../source/passages.ts';
import { readTerms } from './read-terms.ts';
import { mentioningPassages } from './mentions.ts';
import type { ShownKind, Term } from './schema.ts';

/**
 * What /terms/ shows: the terms of the terms file by kind, each with the
 * paragraphs and photographs that mention it, found in the text as the
 * site publishes it (src/source/passages.ts), never listed by hand.
 */
export const TERMS_PATH = 'terms/';
export const TERMS_TITLE = 'Terms and names';
export const TERMS_DESCRIPTION =
  'Every abbreviation, organisation, programme, office, person and place the text names, in its spelling, with the other names readers use and the paragraphs that mention each.';

/** The permalink of a term on /terms/. */
export function termId(slug: string): string {
  return `term-${slug}`;
}

/** The groups in the order the page shows them, with their headings. */
export const KIND_HEADINGS: Record<ShownKind, string> = {
  abbreviation: 'Abbreviations',
  organisation: 'Organisations',
  programme: 'Programmes and policies',
  office: 'Offices',
  person: 'People',
  place: 'Places',
};

export interface Mention {
  href: string;
  /** Where it is, for readers: Political dialogue, paragraph 2 */
  label: string;
}

export interface ShownTerm extends Term {
  id: string;
  mentions: Mention[];
}

export interface TermGroup {
  kind: ShownKind;
  heading: string;
  terms: ShownTerm[];
}

const byName = (a: ShownTerm, b: ShownTerm) => a.spelling.localeCompare(b.spelling, 'en', { sensitivity: 'base' });

/** Every kind the page shows that has terms, each with its terms in alphabetical order. */
export async function getTermGroups(): Promise<TermGroup[]> {
  const terms = readTerms();
  const passages = [...(await getPassages()).values()];
  const byId = new Map<string, Passage>(passages.map((passage) => [passage.id, passage]));
  const shown = (term: Term): ShownTerm => ({
    ...term,
    id: termId(term.slug),
    mentions: mentioningPassages(term, terms, passages).map((id) => {
      const passage = byId.get(id)!;
      return { href: passageHref(passage), label: passage.label };
    }),
  });
  return (Object.entries(KIND_HEADINGS) as [ShownKind, string][])
    .map(([kind, heading]) => ({
      kind,
      heading,
      terms: terms
        .filter((term) => term.kind === kind)
        .map(shown)
        .sort(byName),
    }))
    .filter((group) => group.terms.length > 0);
}
