import type { AliasRule } from '../search/aliases.ts';
import type { Term } from './schema.ts';

/** What search rewrites: each term's variants to its spelling in the text, for the terms that have variants. */
export function aliasRules(terms: readonly Pick<Term, 'spelling' | 'variants'>[]): AliasRule[] {
  return terms
    .filter((term) => term.variants.length > 0)
    .map(({ spelling, variants }) => ({ source: spelling, variants: [...variants] }));
}
