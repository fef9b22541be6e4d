/**
 * `npm run url-contract`: promises the pages and fragments the last build
 * publishes that content/url-contract.json does not list yet, so that a
 * later change cannot silently break them. It only adds; removing a promise
 * is a decision made by hand (and usually a mistake: keep an alias instead).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSiteFiles } from './verify/site-files.ts';
import { unpromised, URL_CONTRACT_FILE, type UrlContract } from './verify/url-contract.ts';
import { outDirFrom } from './site-config.ts';

const root = process.cwd();
const file = join(root, URL_CONTRACT_FILE);
const contract = JSON.parse(readFileSync(file, 'utf8')) as UrlContract;
const added = unpromised(contract, await readSiteFiles(resolve(root, outDirFrom(process.env))));

for (const entry of added) {
  const [path = '', id] = entry.replace(/ \(page\)$/, '').split('#');
  const ids = (contract.pages[path] ??= []);
  if (id !== undefined) ids.push(id);
}
writeFileSync(file, `${JSON.stringify(contract, null, 2)}\n`);
console.log(
  added.length === 0
    ? `${URL_CONTRACT_FILE} already promises everything the last build publishes.`
    : `Promised ${added.length} new page(s) or fragment(s) in ${URL_CONTRACT_FILE}:\n  ${added.join('\n  ')}`,
);
