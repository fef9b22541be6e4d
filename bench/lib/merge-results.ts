/**
 * A run of some parts (`--only`) updates only those parts of the committed
 * results and keeps the others, each still naming the run it came from.
 */
import type { Budgets } from '../budgets.ts';
import { PARTS, type Part } from './args.ts';
import { checkBudgets } from './check-budgets.ts';
import type { Figures, PartEntries, PartEntry, ResultsFile, RunMeta } from './results.ts';

/** The figures of every part that has them; a failed part has none. */
export function figuresOf(parts: PartEntries): Figures {
  const figures: Record<string, unknown> = {};
  for (const part of PARTS) {
    const entry = parts[part];
    if (entry?.figures !== undefined) figures[part] = entry.figures;
  }
  return figures as Figures;
}

/** Whether a parsed results.json has the shape this bench writes (older formats are started afresh). */
export function isResultsFile(data: unknown): data is ResultsFile {
  const file = data as Partial<ResultsFile> | null;
  return (
    typeof file === 'object' &&
    file !== null &&
    Array.isArray(file.runs) &&
    typeof file.parts === 'object' &&
    file.parts !== null &&
    Object.keys(file.parts).every((part) => (PARTS as readonly string[]).includes(part))
  );
}

export function mergeResults(
  previous: ResultsFile | undefined,
  run: { meta: RunMeta; parts: PartEntries },
  budgets: Budgets,
): ResultsFile {
  const parts: PartEntries = {};
  for (const part of PARTS) {
    const entry: PartEntry<Part> | undefined = run.parts[part] ?? previous?.parts[part];
    if (entry) Object.assign(parts, { [part]: entry });
  }
  const cited = new Set(Object.values(parts).map((entry) => entry.run));
  const runs = [run.meta, ...(previous?.runs ?? []).filter((old) => old.date !== run.meta.date)].filter((meta) =>
    cited.has(meta.date),
  );
  return { runs, parts, budgets: checkBudgets(figuresOf(parts), budgets) };
}
