/** The command line of `npm run bench -- [flags]`. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const PARTS = ['pages', 'search', 'relevance', 'lighthouse', 'build', 'scaling'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  parts: Part[];
  /** Fewer samples and sizes: for iterating, not for the committed figures. */
  quick: boolean;
  /** Reuse the last bench build instead of building before measuring. */
  skipBuild: boolean;
  /** Write every judged query's rank as the new baseline the tests hold search to. */
  recordRanks: boolean;
  /** The synthetic site sizes of the scaling part, when given (--sections). */
  scalingSizes?: number[];
  help: boolean;
}

export const USAGE = `npm run bench -- [flags]

  --only=LIST     run some parts only, comma-separated: ${PARTS.join(',')}
  --quick         for iterating: 1 build instead of the median of 3, 6 search queries
                  instead of 20, Lighthouse mobile only with 1 run per page instead of
                  the best of 3, scaling at 10 and 100 sections only
  --skip-build    measure the existing dist-bench/ instead of building it first
  --sections=LIST the synthetic sizes of the scaling part, comma-separated, e.g.
                  10,1000,10000 (default 10,100,1000; --quick 10,100). 10,000
                  sections take many minutes to build: that size is opt-in
  --record-ranks  with the relevance part: write each judged query's rank to
                  tests/search-relevance/ranks-baseline.json, the baseline the
                  tests hold search to (after a deliberate change of ranking)
  --help          this text

Prints the tables, writes them to bench/results.md and every sample to
bench/results.json (a run of some parts replaces only those parts), and exits 1
when a budget (bench/budgets.ts) is exceeded or could not be measured, naming each one.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

const FLAGS = {
  only: { type: 'string' },
  quick: { type: 'boolean', default: false },
  'skip-build': { type: 'boolean', default: false },
  sections: { type: 'string' },
  'record-ranks': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

/**
 * Node's own messages for a bad command line suggest `--` tricks that make no
 * sense behind `npm run bench --`; this names the argument and shows the usage.
 */
function friendlyError(argv: readonly string[], error: unknown): UsageError {
  const { tokens } = parseArgs({ args: [...argv], options: FLAGS, strict: false, tokens: true });
  const unknown = tokens.find((token) => token.kind === 'option' && !Object.hasOwn(FLAGS, token.name));
  const positional = tokens.find((token) => token.kind === 'positional');
  const problem =
    unknown?.kind === 'option'
      ? `unknown flag "${unknown.rawName}"`
      : positional?.kind === 'positional'
        ? `unexpected argument "${positional.value}"`
        : error instanceof Error
          ? error.message
          : String(error);
  return new UsageError(`${problem}\n\n${USAGE}`);
}

function onlyParts(list: string): Part[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new UsageError(`--only: unknown part "${unknown.join(', ')}"; choose from ${PARTS.join(', ')}`);
  if (names.length === 0) throw new UsageError(`--only needs at least one part; choose from ${PARTS.join(', ')}`);
  return PARTS.filter((part) => names.includes(part));
}

function sectionSizes(list: string): number[] {
  const sizes = list.split(',').map((size) => (size.trim() === '' ? Number.NaN : Number(size.trim())));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new UsageError(`--sections: "${list}" is not a comma-separated list of whole numbers of sections`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: FLAGS, strict: true }));
  } catch (error) {
    throw friendlyError(argv, error);
  }
  return {
    parts: values.only === undefined ? [...PARTS] : onlyParts(values.only),
    quick: values.quick,
    skipBuild: values['skip-build'],
    recordRanks: values['record-ranks'],
    ...(values.sections === undefined ? {} : { scalingSizes: sectionSizes(values.sections) }),
    help: values.help,
  };
}
