import { Parser } from 'htmlparser2';

/**
 * Ids that occur more than once in a page, with their counts. A duplicate id
 * makes a link land on whichever element comes first, silently; so the
 * build treats it as an error (build/verify/check-ids.ts).
 */
export function duplicateIds(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  const parser = new Parser({
    onopentag(_name, attributes) {
      const id = attributes['id'];
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    },
  });
  parser.write(html);
  parser.end();
  return new Map([...counts].filter(([, count]) => count > 1));
}
