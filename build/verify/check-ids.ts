import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateIds } from './duplicate-ids.ts';

export class DuplicateIdError extends Error {
  override name = 'DuplicateIdError';
}

/** The page a built file serves, as a reader would type it below the base: /document/ */
function pagePath(file: string): string {
  const path = file.split(sep).join('/');
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Fails the build when any page repeats an id: a link to that id would land
 * on the first element with it, and the other part could never be linked.
 * Runs over the finished HTML, so ids from every source (content, headings,
 * aliases, components) are covered together.
 */
export function checkIds(): AstroIntegration {
  return {
    name: 'check-ids',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const problems: string[] = [];
        for (const file of files) {
          const duplicates = duplicateIds(await readFile(join(root, file), 'utf8'));
          for (const [id, count] of duplicates) {
            problems.push(`${pagePath(relative(root, join(root, file)))}: id "${id}" is used by ${count} elements`);
          }
        }
        if (problems.length > 0) {
          // Listed through the logger: Astro adds a misleading "browser APIs"
          // hint to any thrown message that mentions /document/.
          for (const problem of problems) logger.error(problem);
          throw new DuplicateIdError(
            `${problems.length} duplicate id(s), listed above: a link to them would land on the first element only. ` +
              'Rename a heading, or fix the front matter field "headingAliases", so each id is used once per page.',
          );
        }
        logger.info(`Ids unique on all ${files.length} pages`);
      },
    },
  };
}
