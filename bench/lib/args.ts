/** The command line of `npm run bench -- [flags]`. */
export const PARTS = ['pages', 'search', 'lighthouse', 'build', 'scaling'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  parts: Part[];
  /** Fewer samples and sizes: for iterating, not for the figures in the README. */
  quick: boolean;
  /** Reuse the last bench build instead of building before measuring. */
  skipBuild: boolean;
  help: boolean;
}

export const USAGE = `npm run bench -- [flags]

  --only=LIST     run some parts only, comma-separated: ${PARTS.join(',')}
  --quick         for iterating: 1 build instead of the median of 3, 6 search queries
                  instead of 20, Lighthouse mobile only with 1 run per page instead of
                  the median of 3, scaling at 10 and 100 sections only
  --skip-build    measure the existing dist-bench/ instead of building it first
  --help          this text

Prints a table, writes bench/results.json and exits 1 when a budget
(bench/budgets.ts) is exceeded or could not be measured, naming each one.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { parts: [...PARTS], quick: false, skipBuild: false, help: false };
  for (const arg of argv) {
    if (arg === '--quick') options.quick = true;
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--only=')) {
      const names = arg
        .slice('--only='.length)
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
      if (unknown.length > 0 || names.length === 0) {
        throw new UsageError(`--only: unknown part "${unknown.join(', ') || arg}"; choose from ${PARTS.join(', ')}`);
      }
      options.parts = PARTS.filter((part) => names.includes(part));
    } else throw new UsageError(`unknown flag "${arg}"\n\n${USAGE}`);
  }
  return options;
}
