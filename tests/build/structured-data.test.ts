import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { BUILDS, LOCAL_PREVIEW_BUILD } from '../support/site.ts';

/**
 * The JSON-LD of every built page, type-checked against schema-dts: each
 * object becomes a constant of type WithContext<WebPage> in a file that
 * TypeScript compiles in memory, so a type or property schema.org does not
 * have, or a value of the wrong kind, is a compile error naming it.
 */
const CHECKED_FILE = join(projectRoot, 'tests/build/json-ld.generated.ts');

function typeErrors(objects: readonly unknown[]): string[] {
  const source = [
    "import type { WebPage, WithContext } from 'schema-dts';",
    ...objects.map((data, i) => `export const page${i}: WithContext<WebPage> = ${JSON.stringify(data, null, 2)};`),
  ].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === CHECKED_FILE ? source : readFile(file));
  host.fileExists = (file) => file === CHECKED_FILE || ts.sys.fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    file === CHECKED_FILE ? ts.createSourceFile(file, source, language) : getSourceFile(file, language, ...rest);
  const program = ts.createProgram([CHECKED_FILE], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const json = (text: string) => JSON.parse(text) as Record<string, unknown>;

const objects: { page: string; data: Record<string, unknown> }[] = [];

beforeAll(async () => {
  for (const { dir, name } of [...BUILDS, LOCAL_PREVIEW_BUILD]) {
    for (const page of await builtPages(dir)) {
      const $ = await readPage(page, dir);
      $('script[type="application/ld+json"]').each((_, el) => {
        objects.push({ page: `${name}: /${page}`, data: json($(el).text()) });
      });
    }
  }
});

describe('JSON-LD, checked against schema-dts', () => {
  it('type-checks on every page of every build, each object carrying isBasedOn', () => {
    // One object on each page but the 404 page, in three builds.
    expect(objects.length).toBeGreaterThanOrEqual(3 * 7);
    for (const { page, data } of objects) expect(data['isBasedOn'], page).toBeDefined();
    expect(typeErrors(objects.map((o) => o.data))).toEqual([]);
  }, 60_000);

  it('bites on a property schema.org does not have, and on a value of the wrong kind', () => {
    const [first] = objects;
    const errors = typeErrors([
      { ...first!.data, isBasedOn: { '@type': 'WebPage', name: 'x', lastUpdated: '2016-10-06' } },
      { ...first!.data, '@type': 'Webpage' },
    ]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/lastUpdated/);
    expect(errors[1]).toMatch(/Webpage/);
  }, 60_000);
});
