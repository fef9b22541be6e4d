import { LineCounter, parseDocument, type Document } from 'yaml';
import { throwIfYamlSyntaxErrors } from '../errors/yaml-syntax.ts';
import { EditorError, throwIfProblems, type Problem } from '../errors/editor-error.ts';
import { fieldPath, schemaProblems } from '../errors/schema-problems.ts';
import { foldedPhrase } from '../search/found-by-search.ts';
import { termSchema, type Term } from './schema.ts';

/**
 * Reads content/terms.yaml: one list, `terms`. Every problem in the file is
 * reported at once, each naming the file, the line, the entry and the
 * field, so one failed build shows everything to fix. The checks against
 * the text are in ./term-checks.ts.
 */
export const TERMS_FILE = 'content/terms.yaml';

export const TERMS_HINT = 'Each entry needs slug, kind, spelling and description; see docs/editing.md#terms-and-names.';

/** A checked entry and where its fields are in the file, for messages. */
export interface TermEntry extends Term {
  /** How messages name it: term "isaf". */
  name: string;
  /** The line of a field (e.g. ['variants', 1]), or of the entry. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** The line of the node at `path` in the document, or undefined when the file has none there. */
export function lineAt(document: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? counter.linePos(node.range[0]).line : undefined;
}

function entryName(entry: unknown, index: number): string {
  const slug = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['slug'] : undefined;
  return typeof slug === 'string' && slug !== '' ? `term "${slug}"` : `term #${index + 1} (no slug)`;
}

/**
 * The entries of a terms file, checked on their own: the shape of each, and
 * no slug, spelling or variant given twice. YAML's failsafe schema reads
 * every value as text, so a name such as "NO" or "2012" stays as written.
 */
export function readTermsFile(text: string, fileName: string): TermEntry[] {
  const counter = new LineCounter();
  const document = parseDocument(text, {
    schema: 'failsafe',
    uniqueKeys: true,
    prettyErrors: true,
    lineCounter: counter,
  });
  throwIfYamlSyntaxErrors(document, fileName, '- slug:');
  const root: unknown = document.toJS();
  const list = typeof root === 'object' && root !== null ? (root as Record<string, unknown>)['terms'] : undefined;
  if (!Array.isArray(list) || Object.keys(root as object).length !== 1) {
    throw new EditorError(
      [{ where: fileName, what: 'expected one list, "terms:", of entries each starting with "- slug:"' }],
      TERMS_HINT,
    );
  }
  const problems: Problem[] = [];
  const entries: TermEntry[] = [];
  list.forEach((entry: unknown, index) => {
    const name = entryName(entry, index);
    const lineOf = (path: readonly PropertyKey[]) =>
      lineAt(document, counter, ['terms', index, ...path]) ?? lineAt(document, counter, ['terms', index]);
    const result = termSchema.safeParse(entry);
    if (!result.success) problems.push(...schemaProblems(fileName, result.error, name, lineOf));
    else entries.push({ ...result.data, name, lineOf });
  });
  problems.push(...duplicateProblems(entries, fileName));
  throwIfProblems(problems, TERMS_HINT);
  return entries;
}

/**
 * A slug is a permalink, a spelling names one term, and a variant can be
 * rewritten to one spelling only; variants compare as search compares
 * words, so "Secretary-General" and "secretary general" are the same.
 */
function duplicateProblems(entries: readonly TermEntry[], fileName: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (key: string, entry: TermEntry, path: PropertyKey[], shown: string, what: string) => {
    const field = fieldPath(path);
    const first = seen.get(key);
    if (first === undefined) {
      // Both entries may share a name (a slug given twice): the first one's line tells them apart.
      const line = entry.lineOf([]);
      seen.set(key, `the entry at line ${line ?? '?'}${field === 'slug' ? '' : `, field "${field}"`}`);
    } else
      problems.push({
        where: fileName,
        line: entry.lineOf(path),
        what: `${entry.name}, field "${field}": "${shown}" is already ${what} of ${first}; give each once`,
      });
  };
  for (const entry of entries) {
    claim(`slug ${entry.slug}`, entry, ['slug'], entry.slug, 'the slug');
    claim(`spelling ${entry.spelling}`, entry, ['spelling'], entry.spelling, 'a spelling');
    entry.otherSpellings.forEach((spelling, i) =>
      claim(`spelling ${spelling}`, entry, ['otherSpellings', i], spelling, 'a spelling'),
    );
    entry.variants.forEach((variant, i) =>
      claim(`variant ${foldedPhrase(variant)}`, entry, ['variants', i], variant, 'a variant'),
    );
  }
  return problems;
}
