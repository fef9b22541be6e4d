import { sectionPath } from '../../src/linking/urls.ts';
import { readSourceText } from '../../src/source/source-file.ts';
import { isSourceSlug } from '../../src/source/model.ts';
import { readSectionFiles } from '../../src/source/section-files.ts';
import { sortByOrder } from '../../src/source/section-checks.ts';
import {
  TEST_BASE_PATH,
  TEST_ROOT_SITE_URL,
  TEST_SITE_URL,
  basePathDistDir,
  distDir,
  localPreviewDistDir,
  projectRoot,
} from '../../tools/paths.ts';
import { readUrlContract, URL_CONTRACT_FILE } from '../../build/verify/url-contract.ts';

/**
 * What the tests know about the site, in one place and read from the project
 * where it can be: the sections from their content files, the pages from the
 * URL contract, the text from the source file.
 */

/** The site URL the root build is published at: absolute URLs in its pages and exports start here. */
export const ROOT_SITE_URL = TEST_ROOT_SITE_URL;

/** The second test build is published at this origin and sub-path, as a CDN sub-folder deploy would be. */
export { TEST_BASE_PATH, TEST_SITE_URL };

/** The optional settings a build may have: the site's own name and publisher, the original page, where to report errors. */
export interface OptionalSettings {
  SITE_NAME?: string;
  SITE_PUBLISHER?: string;
  SOURCE_URL?: string;
  FEEDBACK_URL?: string;
}

/** One build under test: where it was written and where it is published. */
export interface SiteBuild {
  name: string;
  dir: string;
  siteUrl: string;
  /** The base path, with slashes: '/' or '/nato-rok/'. */
  base: string;
  settings: OptionalSettings;
}

export const ROOT_BUILD: SiteBuild = {
  name: 'at the domain root',
  dir: distDir,
  siteUrl: ROOT_SITE_URL,
  base: '/',
  settings: {},
};
/** Published as a deploy would be: under a sub-path, with every optional setting given. */
export const BASE_PATH_BUILD: SiteBuild = {
  name: `under the base path ${TEST_BASE_PATH}`,
  dir: basePathDistDir,
  siteUrl: TEST_SITE_URL,
  base: TEST_BASE_PATH,
  settings: {
    SITE_NAME: 'Example Reading Room',
    SITE_PUBLISHER: 'Example Foundation',
    // Made up, as tests must be: the build never guesses the original's address.
    SOURCE_URL: 'https://www.example.com/relations-with-the-republic-of-korea.htm',
    FEEDBACK_URL: 'mailto:corrections@example.org',
  },
};
/** The builds with SITE_URL that tests/support/global-build.ts makes once per run. */
export const BUILDS: readonly SiteBuild[] = [ROOT_BUILD, BASE_PATH_BUILD];

/** The third build, without SITE_URL: a local preview, which names no origin. */
export const LOCAL_PREVIEW_BUILD = { name: 'without SITE_URL', dir: localPreviewDistDir, base: '/' } as const;

/** The canonical source text, exactly as the site must carry it. */
export const SOURCE_TEXT = readSourceText(projectRoot);

/** A section page as its content file declares it. */
export interface SiteSection {
  slug: string;
  title: string;
  order: number;
  /** Path below the base: '' for the overview, else 'slug/'. */
  path: string;
}

/** Every section page, in reading order, as its content file declares it. */
export const SECTIONS: readonly SiteSection[] = sortByOrder(
  readSectionFiles(projectRoot).map(({ id, data }) => ({
    slug: id,
    title: String(data['title']),
    order: Number(data['order']),
    path: sectionPath(id),
  })),
);

/** The sections that carry the source text, in reading order (the others are editorial, such as the timeline). */
export const SOURCE_SECTIONS: readonly SiteSection[] = SECTIONS.filter((section) => isSourceSlug(section.slug));

export { URL_CONTRACT_FILE };
export const URL_CONTRACT = readUrlContract(projectRoot);

/**
 * Every HTML page of a build, as a path below the base ('' is the home page):
 * the pages the URL contract promises, and the 404 page served for any other path.
 */
export const PAGES: readonly string[] = [
  ...Object.keys(URL_CONTRACT.pages)
    .filter((path) => path.endsWith('/'))
    .map((path) => path.slice(1)),
  '404.html',
].sort();
