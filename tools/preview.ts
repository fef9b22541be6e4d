/**
 * `npm run preview` (and the end of `npm start`): serves the last build on
 * http://127.0.0.1:4321 as a static host would, under BASE_PATH, with the
 * headers of dist/_headers and /political-dialogue redirected to
 * /political-dialogue/. Astro's own preview cannot redirect a missing slash.
 */
import { join } from 'node:path';
import { basePath, outDirFrom } from '../build/site-config.ts';
import { projectRoot } from './paths.ts';
import { serveSite } from './server.ts';

const PORT = 4321;

try {
  const site = await serveSite(join(projectRoot, outDirFrom(process.env)), basePath(process.env['BASE_PATH']), PORT);
  console.log(`Serving the last build on ${site.url.replace('127.0.0.1', 'localhost')} (Ctrl+C stops)`);
} catch (error) {
  console.error(`Cannot serve the site: ${(error as Error).message}`);
  process.exitCode = 1;
}
