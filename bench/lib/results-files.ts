/**
 * The committed results: bench/results.json (every sample) and
 * bench/results.md (the tables). Both are formatted as the project's
 * Prettier settings format them, so a run leaves `prettier --check` clean.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { projectRoot } from '../../tools/paths.ts';
import { isResultsFile } from './merge-results.ts';
import { resultsMarkdown } from './report.ts';
import type { ResultsFile } from './results.ts';

export const RESULTS_JSON = 'bench/results.json';
export const RESULTS_MD = 'bench/results.md';

/** The results so far; undefined when there are none yet or they are in a format this bench no longer writes. */
export async function readResults(): Promise<ResultsFile | undefined> {
  const text = await readFile(join(projectRoot, RESULTS_JSON), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const data: unknown = JSON.parse(text);
  if (isResultsFile(data)) return data;
  console.warn(`${RESULTS_JSON} is in an older format: its figures are replaced, not merged.`);
  return undefined;
}

async function writeFormatted(file: string, text: string): Promise<void> {
  const path = join(projectRoot, file);
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(path, await format(text, { ...options, filepath: path }));
}

export async function writeResults(results: ResultsFile): Promise<void> {
  await writeFormatted(RESULTS_JSON, JSON.stringify(results));
  await writeFormatted(RESULTS_MD, resultsMarkdown(results));
}
