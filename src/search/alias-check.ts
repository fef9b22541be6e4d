import { z } from 'astro/zod';
import type { SearchAlias } from './aliases.ts';
import { foldWord } from './aliases.ts';
import { normalizeWhitespace } from '../source/source-text.ts';
import { EditorError, throwIfProblems, type Problem } from '../errors/editor-error.ts';
import { schemaProblems } from '../errors/schema-problems.ts';

const HINT =
  'Each alias gives the text’s own wording (source), what readers type instead (variants) and why (note); see docs/search.md.';

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
    throw new EditorError(schemaProblems(file, parsed.error), HINT);
  }
  const source = foldedWords(sourceText);
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  parsed.data.aliases.forEach((alias, i) => {
    if (!occursIn(source, alias.source)) {
      problems.push({
        where: file,
        what: `field "aliases[${i}].source": "${alias.source}" does not occur in the source text`,
      });
    }
    alias.variants.forEach((variant, j) => {
      const field = `aliases[${i}].variants[${j}]`;
      if (occursIn(source, variant)) {
        problems.push({
          where: file,
          what: `field "${field}": "${variant}" occurs in the source text; search finds it without an alias`,
        });
      }
      const key = foldedWords(variant).join(' ');
      const first = owner.get(key);
      if (first)
        problems.push({ where: file, what: `field "${field}": "${variant}" is already a variant in ${first}` });
      else owner.set(key, field);
    });
  });
  throwIfProblems(problems, HINT);
  return parsed.data.aliases;
}
