import { z } from 'astro/zod';
import type { SearchAlias } from './aliases.ts';
import { foldWord } from './aliases.ts';
import { normalizeWhitespace } from '../source/source-text.ts';

const text = z.string().trim().min(1, 'must not be empty');

const schema = z.strictObject({
  aliases: z
    .array(
      z.strictObject({
        source: text,
        variants: z.array(text).min(1, 'needs at least one variant'),
        note: text,
      }),
    )
    .min(1, 'needs at least one alias'),
});

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Words as search compares them: case and punctuation do not count. */
function foldedWords(value: string): string[] {
  return normalizeWhitespace(value)
    .split(' ')
    .map(foldWord)
    .filter((word) => word !== '');
}

/**
 * Whether search finds the phrase in the text as it is: its words in a row,
 * the last one also as the start of a longer word (search matches prefixes,
 * so "North Korea" finds "North Korea’s").
 */
function occursIn(text: readonly string[], phrase: string): boolean {
  const wanted = foldedWords(phrase);
  const last = wanted.length - 1;
  return text.some((_, at) =>
    wanted.every((word, k) => (k === last ? text[at + k]?.startsWith(word) : text[at + k] === word)),
  );
}

/**
 * Parses the alias data and checks it against the source text. Any problem
 * throws one message naming the file, the field and what to fix:
 * - the shape (unknown keys, empty strings);
 * - every `source` must occur in the source text, or the alias leads nowhere;
 * - no variant may occur in the source text itself, or rewriting it would
 *   hide the places where the source uses that very wording;
 * - a variant may belong to one alias only.
 */
export function checkSearchAliases(data: unknown, sourceText: string, file: string): SearchAlias[] {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `${file}: ${fieldPath(issue.path) || '(top level)'}: ${issue.message}`,
    );
    throw new Error(`Invalid search aliases:\n${lines.join('\n')}`);
  }
  const source = foldedWords(sourceText);
  const problems: string[] = [];
  const owner = new Map<string, string>();
  parsed.data.aliases.forEach((alias, i) => {
    if (!occursIn(source, alias.source)) {
      problems.push(`${file}: aliases[${i}].source: "${alias.source}" does not occur in the source text`);
    }
    alias.variants.forEach((variant, j) => {
      const field = `aliases[${i}].variants[${j}]`;
      if (occursIn(source, variant)) {
        problems.push(`${file}: ${field}: "${variant}" occurs in the source text; search finds it without an alias`);
      }
      const key = foldedWords(variant).join(' ');
      const first = owner.get(key);
      if (first) problems.push(`${file}: ${field}: "${variant}" is already a variant in ${first}`);
      else owner.set(key, field);
    });
  });
  if (problems.length > 0) throw new Error(`Invalid search aliases:\n${problems.join('\n')}`);
  return parsed.data.aliases;
}
