/**
 * The time the Pagefind integration reports in the build log, e.g.
 * "[pagefind] Indexed 5 pages in 312 ms" or "… in 0.31 s".
 */
export function pagefindTimeFromLog(output: string): number | undefined {
  for (const line of output.split('\n')) {
    if (!/pagefind/i.test(line)) continue;
    const match = /(\d+(?:\.\d+)?)\s?(ms|s)\b/.exec(line.replace(/^\s*\d{2}:\d{2}:\d{2}\s*/, ''));
    if (match) return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  }
  return undefined;
}

/** The time the search data took after the index, from "Wrote the aliases and … words for close spellings in 27 ms". */
export function searchDataTimeFromLog(output: string): number | undefined {
  const match = /words for close spellings in (\d+(?:\.\d+)?) ms/.exec(output);
  return match ? Number(match[1]) : undefined;
}
