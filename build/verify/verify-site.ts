import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { throwIfProblems } from '../../src/errors/editor-error.ts';
import { joinBase } from '../../src/linking/urls.ts';
import { duplicateIdProblems } from './duplicate-ids.ts';
import { checkLinks } from './link-check.ts';
import { readSiteFiles } from './site-files.ts';
import { brokenPromises, NEEDS_SITE_URL, readUrlContract, unpromised, URL_CONTRACT_FILE } from './url-contract.ts';
import { isLocalOrigin, localAddressProblems } from './local-addresses.ts';
import { fidelityProblems } from './fidelity.ts';
import { contentLine } from './content-lines.ts';
import { readSourceText } from '../../src/source/source-file.ts';
import { sourceModel } from '../../src/source/model.ts';
import { SECTIONS_DIR } from '../../src/source/section-files.ts';
import { syntheticSectionsAllowed } from '../site-config.ts';

/**
 * The one post-build verification pass: reads the built site once and fails
 * the build on anything that would publish something unfaithful or broken.
 * None of this is left to tests:
 * - the source text verbatim: every sentence once, in order, in its section,
 *   and nothing unmarked that is not the source's (./fidelity.ts);
 * - every id once per page, so a link lands on the one part it names;
 * - every promised URL (content/url-contract.json) still lands;
 * - every internal link, asset, form, canonical and Open Graph URL, JSON-LD
 *   URL, address in a JSON export, sitemap entry and robots.txt line reaches
 *   a file, and every #fragment an element with that id (the anchors that do
 *   exist are listed);
 * - no page, robots.txt or JSON export names an address on this machine
 *   (localhost), unless SITE_URL itself is one.
 */
export function verifySite(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  let root = '';
  return {
    name: 'verify-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = joinBase(config.base);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await readSiteFiles(fileURLToPath(dir).replace(/\/$/, ''));
        const source = sourceModel(readSourceText(root));
        throwIfProblems(
          fidelityProblems(files, {
            sections: source.sections,
            lastUpdatedText: source.lastUpdatedText,
            fileOf: (slug) => `${SECTIONS_DIR}/${slug}.mdx`,
            lineOf: (file, text) => contentLine(root, file, text),
            allowSynthetic: syntheticSectionsAllowed(process.env),
          }),
          'Paste the source’s words unchanged, once, in the source’s order (content/source/ has them); mark anything the site adds as editorial.',
        );
        throwIfProblems(
          duplicateIdProblems(files),
          'Rename a heading, or fix the front matter field "headingAliases", so each id is used once per page.',
        );
        const links = checkLinks(files, {
          siteUrl: site,
          base,
          fileOfSection: (slug) => `${SECTIONS_DIR}/${slug}.mdx`,
        });
        // A link written in a section's text: point at its line.
        const located = links.problems.map((problem) => {
          const url = /^link "([^"]+)"/.exec(problem.what)?.[1];
          return url && problem.where.startsWith(SECTIONS_DIR)
            ? {
                ...problem,
                line: contentLine(root, problem.where, `(${url})`) ?? contentLine(root, problem.where, url),
              }
            : problem;
        });
        throwIfProblems(located, 'Fix the link, or its target, so that it leads somewhere.');
        if (site === undefined || !isLocalOrigin(new URL(site).origin)) {
          throwIfProblems(
            localAddressProblems(files),
            'Build every address from SITE_URL and the base path (src/linking/urls.ts publishedUrl), never from a default origin.',
          );
        }
        // Published URLs are promises: one that stops landing stops the build; a new one is listed to be promised.
        const contract = readUrlContract(root);
        throwIfProblems(
          brokenPromises(contract, files, base, site === undefined ? NEEDS_SITE_URL : new Set()).map((line) => ({
            where: URL_CONTRACT_FILE,
            what: `promised ${line}`,
          })),
          'A published address must keep working: restore the part, keep its old id as an alias, or add a redirect.',
        );
        const added = unpromised(contract, files);
        if (added.length > 0) {
          logger.warn(
            `${added.length} new page(s) or fragment(s) not promised in ${URL_CONTRACT_FILE} yet: ${added.join(', ')}. ` +
              'Once they are meant to stay, run `npm run url-contract` to add them (npm test fails until then).',
          );
        }
        const internal = Object.values(links.checked).reduce((sum, n) => sum + n, 0);
        logger.info(
          `${files.pages.size} pages verified: the source verbatim, ids unique, ${internal} internal links and ${links.fragmentsChecked} fragments lead somewhere`,
        );
      },
    },
  };
}
