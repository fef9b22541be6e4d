import { AstroError } from 'astro/errors';

/**
 * The one way bad input reaches an editor: an AstroError whose message says
 * where (the file, and the line when there is one) and what is wrong, one
 * line per problem, and whose hint says how to fix it. The build prints it
 * without a stack trace (build/run-build.ts), because the mistake is in the
 * content or the configuration, not in the code.
 */
/** Starts the line of an editor error's message that says how to fix it. */
export const FIX_PREFIX = 'How to fix: ';

export interface Problem {
  /** The file (or setting, or page) the problem is in, as the editor knows it: content/timeline.yaml */
  where: string;
  line?: number | undefined;
  column?: number | undefined;
  /** What is wrong, e.g. field "date": "2012-9" is not a date */
  what: string;
}

export function problemLine({ where, line, column, what }: Problem): string {
  const position = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
  return `${where}${position}: ${what}`;
}

export class EditorError extends AstroError {
  override name = 'EditorError';
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], hint: string) {
    // The fix travels in the message too: bundlers that wrap an error keep its message, not its hint.
    super(`${problems.map(problemLine).join('\n')}\n${FIX_PREFIX}${hint}`, hint);
    this.problems = problems;
  }
}

/** Throws when there is anything to report; every problem in one error, so one build shows all there is to fix. */
export function throwIfProblems(problems: readonly Problem[], hint: string): void {
  if (problems.length > 0) throw new EditorError(problems, hint);
}
