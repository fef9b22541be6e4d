import type { Problem } from '../../src/errors/editor-error.ts';
import { pathForFile, type SiteFiles } from './site-files.ts';

/**
 * An address on the building machine (localhost, 127.0.0.1) published in a
 * page, robots.txt or a JSON export leads nowhere for anyone else. A build
 * without SITE_URL names no origin at all; these would be leftovers.
 */
const LOCAL_ADDRESS = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?[^\s"'<>]*/gi;

/** Whether an origin is the building machine itself, as SITE_URL may deliberately be for a test. */
export function isLocalOrigin(origin: string): boolean {
  return new RegExp(`^${LOCAL_ADDRESS.source}$`, 'i').test(origin);
}

export function localAddressProblems(site: SiteFiles): Problem[] {
  const problems: Problem[] = [];
  const scan = (file: string, text: string) => {
    const found = [...new Set(text.match(LOCAL_ADDRESS) ?? [])];
    if (found.length > 0) {
      problems.push({
        where: pathForFile(file),
        what: `names an address on this machine, which leads nowhere once published: ${found.slice(0, 3).join(', ')}`,
      });
    }
  };
  for (const [file, $] of site.pages) scan(file, $.html());
  for (const [file, text] of site.texts) scan(file, text);
  return problems;
}
