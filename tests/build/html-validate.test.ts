import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pageFile } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { BUILDS, PAGES } from '../support/site.ts';

/**
 * html-validate with its `standard` (conformance) and `document` (document
 * structure) presets, as configured in .htmlvalidate.json. Two deviations:
 * - `void-style` is off: `<br>` versus `<br/>` is a style choice, not validity.
 * - `require-sri` asks for integrity hashes on cross-origin resources only: the
 *   site loads nothing from another origin, and a hash on a same-origin file
 *   guards against nothing the server could not also change.
 */
const config = JSON.parse(await readFile(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });

function describeMessage(page: string, message: Message): string {
  return `/${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`;
}

async function problemsIn(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const page of PAGES) {
    const file = pageFile(page, dir);
    const report = await validator.validateString(await readFile(file, 'utf8'), file);
    for (const result of report.results)
      problems.push(...result.messages.map((message) => describeMessage(page, message)));
  }
  return problems;
}

describe('valid HTML (html-validate standard + document)', () => {
  it('uses both presets', () => {
    expect(config.extends).toEqual(expect.arrayContaining(['html-validate:standard', 'html-validate:document']));
  });

  it.each(BUILDS)('finds no problem on any page built $name', async ({ dir }) => {
    expect(await problemsIn(dir)).toEqual([]);
  });

  it('reports a broken page, naming the rule', async () => {
    const html = await readFile(pageFile(''), 'utf8');
    const broken = html.replace('<body>', '<body><p id="main">A second element with the id of main</p>');
    const report = await validator.validateString(broken, 'broken.html');
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toContain('no-dup-id');
  });
});
