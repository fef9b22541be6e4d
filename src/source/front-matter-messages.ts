/**
 * Readable front matter errors. Zod's defaults ("Required", "Expected number,
 * received string") do not say which field of which file to fix; Astro adds
 * the file, these messages add the field and what it should hold.
 */
interface IssueLike {
  code?: string;
  input?: unknown;
  keys?: readonly PropertyKey[];
}

export function fieldMessage(field: string, expected: string, example: string) {
  return (issue: IssueLike): string =>
    issue.input === undefined
      ? `front matter field "${field}" is missing: it must be ${expected}, e.g. ${field}: ${example}`
      : `front matter field "${field}" must be ${expected}, e.g. ${field}: ${example} (got ${JSON.stringify(issue.input)})`;
}

export function unknownKeysMessage(allowed: readonly string[]) {
  return (issue: IssueLike): string | undefined => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    const keys = (issue.keys ?? []).map((key) => `"${String(key)}"`).join(', ');
    return `unknown front matter field ${keys}; the fields are ${allowed.join(', ')}`;
  };
}
