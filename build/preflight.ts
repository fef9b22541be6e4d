import { slug } from 'github-slugger';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { throwIfProblems, type Problem } from '../src/errors/editor-error.ts';
import { sourceModel } from '../src/source/model.ts';
import { sectionProblems } from '../src/source/section-checks.ts';
import { readSectionFiles, SECTIONS_DIR } from '../src/source/section-files.ts';
import { readSourceText } from '../src/source/source-file.ts';
import { checkTerms } from '../src/terms/check-terms.ts';

/**
 * Checks on the content files themselves, before Astro reads them: mistakes
 * that Astro would report late, obscurely or not at all (a .md file silently
 * ignored, two files for one URL, a stray byte reported as a missing file,
 * a YAML slip as a stack trace). Each becomes one line naming the file.
 */
export const CONTENT_DIR = 'content';

/** A file's text, or the line of its first byte that is not UTF-8. */
function decode(bytes: Buffer): { text: string } | { line: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Decode line by line to find the first that fails.
    let start = 0;
    for (let line = 1; start <= bytes.length; line += 1) {
      const end = bytes.indexOf(0x0a, start);
      const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice);
      } catch {
        return { line };
      }
      if (end === -1) break;
      start = end + 1;
    }
    return { line: 1 };
  }
}

function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

function frontMatterProblems(file: string, text: string): Problem[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) {
    return [{ where: file, line: 1, what: 'the file must start with front matter between two "---" lines' }];
  }
  const document = parseDocument(match[1] ?? '', { prettyErrors: true });
  // One YAML slip makes the parser report the lines after it too: the first is the mistake.
  return document.errors.slice(0, 1).map((error) => {
    const at = error.linePos?.[0];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
    return {
      where: file,
      line: at ? at.line + 1 : undefined,
      what: `front matter is not valid YAML${at ? ` at column ${at.col}` : ''}: ${reason}. A value that contains a colon needs quotes, e.g. summary: "Dialogue: how it began"`,
    };
  });
}

/** Every problem with the content files of the project at `root`, in one list. */
export function contentFileProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  for (const file of filesUnder(root, CONTENT_DIR)) {
    const decoded = decode(readFileSync(join(root, file)));
    if ('text' in decoded) texts.set(file, decoded.text);
    else
      problems.push({
        where: file,
        line: decoded.line,
        what: 'contains bytes that are not UTF-8 text; save the file as UTF-8 and check that line for a garbled character',
      });
  }

  const bySlug = new Map<string, string[]>();
  for (const file of filesUnder(root, SECTIONS_DIR)) {
    const name = file.slice(SECTIONS_DIR.length + 1);
    const extension = extname(name);
    if (name.includes('/')) {
      problems.push({ where: file, what: `sections are files directly in ${SECTIONS_DIR}/, not in a subfolder` });
    } else if (extension !== '.mdx') {
      problems.push({
        where: file,
        what: `"${extension || 'no extension'}" files are not read here; a section is an .mdx file: rename it to ${slug(name.slice(0, name.length - extension.length))}.mdx`,
      });
    } else {
      const wanted = slug(name.slice(0, -extension.length));
      bySlug.set(wanted, [...(bySlug.get(wanted) ?? []), file]);
    }
  }
  for (const [wanted, files] of bySlug) {
    const [file, ...others] = files as [string, ...string[]];
    if (others.length > 0) {
      problems.push({
        where: file,
        what: `has the same address (/${wanted}/) as ${others.join(' and ')}; keep one of them, named ${wanted}.mdx`,
      });
      continue;
    }
    if (file !== `${SECTIONS_DIR}/${wanted}.mdx`) {
      problems.push({
        where: file,
        what: `the file name is the section's address, so it must be lowercase letters, digits and hyphens: rename it to ${wanted || 'a-name'}.mdx`,
      });
    }
    const text = texts.get(file);
    if (text !== undefined) problems.push(...frontMatterProblems(file, text));
  }
  return problems;
}

/**
 * The content checks that run before Astro starts: the files themselves,
 * then, when they can be read, the sections together (src/source/section-checks.ts),
 * then the terms file against the text and the timeline (src/terms/check-terms.ts).
 */
export function checkContentFiles(root: string, allowSynthetic = false): void {
  const hint = 'Fix each file named above; docs/editing.md describes the content files.';
  throwIfProblems(contentFileProblems(root), hint);
  const sourceText = readSourceText(root);
  const source = sourceModel(sourceText).sections;
  const sections = readSectionFiles(root);
  throwIfProblems(sectionProblems(sections, source, allowSynthetic), hint);
  checkTerms(root, sections, source, sourceText);
}
