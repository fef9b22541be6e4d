import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from './link-check.ts';
import { readSiteFiles } from './site-files.ts';
import { joinBase } from '../../src/linking/urls.ts';

export class BrokenLinkError extends Error {
  override name = 'BrokenLinkError';
}

/**
 * Fails the build on a link that leads nowhere: a missing page, or a
 * #fragment with no element of that id, listing the anchors that do exist.
 * A published link must never silently break, so this is not left to tests.
 */
export function checkLinksOnBuild(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = joinBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = checkLinks(await readSiteFiles(fileURLToPath(dir).replace(/\/$/, '')), { siteUrl: site, base });
        if (report.problems.length > 0) {
          for (const problem of report.problems) logger.error(problem);
          throw new BrokenLinkError(
            `${report.problems.length} broken link(s), listed above: fix the link or its target.`,
          );
        }
        const internal = Object.values(report.checked).reduce((sum, n) => sum + n, 0);
        logger.info(`${internal} internal links and ${report.fragmentsChecked} fragments lead somewhere`);
      },
    },
  };
}
