import type { Document } from 'yaml';
import { EditorError } from './editor-error.ts';

/**
 * Stops on the first YAML syntax error of a data file, naming its line and
 * column. One slip makes the parser report the lines after it too: the first
 * is the mistake. `entryStart` is how an entry of this file begins ("- id:").
 */
export function throwIfYamlSyntaxErrors(document: Document, fileName: string, entryStart: string): void {
  const first = document.errors[0];
  if (!first) return;
  throw new EditorError(
    [
      {
        where: fileName,
        line: first.linePos?.[0].line,
        column: first.linePos?.[0].col,
        what: (first.message.split('\n')[0] ?? first.message).replace(/ at line \d+, column \d+:?$/, ''),
      },
    ],
    `Fix the YAML syntax at that line: each entry starts with "${entryStart}", and a value with a colon needs quotes.`,
  );
}
