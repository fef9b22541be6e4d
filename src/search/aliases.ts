/**
 * Other names and spellings readers type for words of the source, e.g.
 * "South Korea" for "Republic of Korea" or "Park Geun-hye" for the source's
 * "Park Guen-hye". The data is editorial: the variants of the terms file
 * (content/terms.yaml, src/terms/alias-rules.ts). The search rewrites a
 * query to the source's wording before it runs, so the excerpt, the marked
 * words and the landing highlight all show the text as the source writes it.
 */
export interface AliasRule {
  /** The words exactly as the source writes them. */
  source: string;
  /** What readers may type instead. */
  variants: string[];
}

export interface AliasReplacement {
  /** The words the reader typed. */
  typed: string;
  /** The source's wording searched instead. */
  source: string;
}

export interface ExpandedQuery {
  query: string;
  replacements: AliasReplacement[];
}

/** A word as search compares it: case, dashes and other punctuation do not count. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\p{P}\p{S}]/gu, '');
}

function words(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
}

interface Rule {
  folded: string[];
  source: string;
}

function rules(aliases: readonly AliasRule[]): Rule[] {
  return aliases
    .flatMap((alias) =>
      alias.variants.map((variant) => ({ folded: words(variant).map(foldWord), source: alias.source })),
    )
    .sort((a, b) => b.folded.length - a.folded.length);
}

function matchesAt(typed: readonly string[], at: number, rule: Rule): boolean {
  return rule.folded.every((word, i) => typed[at + i] !== undefined && foldWord(typed[at + i]!) === word);
}

/**
 * Rewrites every alias in the query to the source's wording, longest alias
 * first, keeping the other words and a surrounding pair of quotes (an exact
 * phrase search) as typed.
 */
export function expandAliases(query: string, aliases: readonly AliasRule[]): ExpandedQuery {
  const quoted = /^\s*"(.+)"\s*$/.exec(query);
  const typed = words(quoted?.[1] ?? query);
  const ordered = rules(aliases);
  const out: string[] = [];
  const replacements: AliasReplacement[] = [];
  for (let at = 0; at < typed.length;) {
    const rule = ordered.find((candidate) => matchesAt(typed, at, candidate));
    if (rule) {
      replacements.push({ typed: typed.slice(at, at + rule.folded.length).join(' '), source: rule.source });
      out.push(rule.source);
      at += rule.folded.length;
    } else {
      out.push(typed[at]!);
      at += 1;
    }
  }
  if (replacements.length === 0) return { query: query.trim(), replacements };
  const expanded = out.join(' ');
  return { query: quoted ? `"${expanded}"` : expanded, replacements };
}
