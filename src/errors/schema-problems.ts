import type { z } from 'astro/zod';
import type { Problem } from './editor-error.ts';

/** A zod path as an editor reads it: aliases[1].variants[0] */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/**
 * The one formatter of schema errors for data files: each zod issue becomes
 * a problem naming the file, the entry when there is one, and the field.
 * The schemas carry the wording (what the field must hold, with an example).
 */
export function schemaProblems(
  where: string,
  error: z.ZodError,
  entry?: string,
  /** The line of a field in the file, when the reader knows it. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    const parts = [entry, field === '' ? undefined : `field "${field}"`].filter(Boolean).join(', ');
    const what = parts === '' ? issue.message : `${parts}: ${issue.message}`;
    const line = lineOf?.(issue.path);
    return line === undefined ? { where, what } : { where, line, what };
  });
}

/** What a schema's error callback is given: the value it got. */
export interface IssueLike {
  input?: unknown;
}

/** The message of a schema field that is missing or of the wrong kind, with an example of a right value. */
export function required(field: string, expected: string, example: string) {
  return (issue: IssueLike): string =>
    issue.input === undefined || issue.input === ''
      ? `missing; it must be ${expected}, e.g. ${field}: ${example}`
      : `must be ${expected}, e.g. ${field}: ${example} (got ${JSON.stringify(issue.input)})`;
}
