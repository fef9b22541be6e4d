/**
 * How many edits turn one word into another, where an edit inserts, deletes
 * or replaces a letter or swaps two neighbouring ones: the optimal string
 * alignment distance, a Damerau-Levenshtein distance. Swaps count as one
 * edit because they are the commonest slip ("Stoltenbreg").
 *
 * Written here, in a few lines, rather than taken from a package: `leven`
 * and `fastest-levenshtein` count a swap as two edits; `damerau-levenshtein`
 * is CommonJS, whose wrapper costs the browser more bytes than this function,
 * and it stops counting at five edits by returning the first word's length.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: edits between the first i letters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
