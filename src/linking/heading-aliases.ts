import type { Problem } from '../errors/editor-error.ts';

/**
 * A heading whose text changes gets a new id; its old id stays published as
 * an alias declared in the section's front matter:
 *
 *   headingAliases:
 *     old-heading-id: current-heading-id
 *
 * The alias renders as an empty anchor just before the heading, so old links
 * still land there, with or without JavaScript.
 */
export type HeadingAliases = Readonly<Record<string, string>>;

/** The old ids that point to `id`, in declaration order. */
export function aliasesFor(aliases: HeadingAliases | undefined, id: string): string[] {
  return Object.entries(aliases ?? {})
    .filter(([, target]) => target === id)
    .map(([old]) => old);
}

/**
 * Every alias must point to a heading of its own section and must not reuse
 * a live id there; otherwise an old link would land nowhere or somewhere else.
 */
export function headingAliasProblems(
  filePath: string,
  aliases: HeadingAliases | undefined,
  headingIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const [old, target] of Object.entries(aliases ?? {})) {
    if (!headingIds.includes(target)) {
      problems.push({
        where: filePath,
        what: `front matter field "headingAliases.${old}" points to "${target}", but no heading of this section has that id (headings: ${headingIds.join(', ') || 'none'}).`,
      });
    }
    if (headingIds.includes(old)) {
      problems.push({
        where: filePath,
        what: `front matter field "headingAliases.${old}" is the id of a current heading; an alias must be an old id no heading uses any more.`,
      });
    }
  }
  return problems;
}
