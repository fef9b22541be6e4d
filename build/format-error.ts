import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { FIX_PREFIX } from '../src/errors/editor-error.ts';

/**
 * How a failed build reads to an editor: where, what is wrong, how to fix it,
 * and no stack trace when the mistake is in the content or the settings.
 * Astro's own content errors (front matter against its schema, MDX syntax)
 * carry a location; they are shown the same way. Anything else is a fault
 * in the code, and keeps its stack for whoever fixes it.
 */
interface ErrorLike {
  name?: string;
  title?: string;
  message?: string;
  hint?: string;
  stack?: string;
  loc?: { file?: string; line?: number; column?: number };
  frame?: string;
}

// Astro marks up its messages for its error overlay.
const plain = (text: string) => text.replace(/\*\*/g, '').trim();

/**
 * Astro reports a front matter problem at line 0; the editor wants the line
 * of the field named ("front matter field "order""), or of the front matter.
 */
function fieldLine(file: string, message: string): number | undefined {
  const field = /front matter field "([^".]+)/.exec(message)?.[1];
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const at = field === undefined ? -1 : lines.findIndex((line) => line.startsWith(`${field}:`));
  return at >= 0 ? at + 1 : 1;
}

function where(root: string, file: string): string {
  return isAbsolute(file) ? relative(root, file) : file;
}

/** Astro's generic hints point to its docs; ours say what to change. */
const ASTRO_HINTS: Record<string, string> = {
  InvalidContentEntryDataError: 'Fix the front matter field named above; the fields are described in docs/editing.md.',
  MarkdownContentSchemaValidationError:
    'Fix the front matter field named above; the fields are described in docs/editing.md.',
};

/**
 * The error to report: bundlers wrap a plugin's error (an MDX file's content
 * check fails inside Vite's build) in one that lists the errors it caught.
 */
function innermost(error: unknown): ErrorLike {
  const e = (error ?? {}) as ErrorLike & { errors?: unknown[] };
  return e.errors?.length ? innermost(e.errors[0]) : e;
}

export function formatBuildError(error: unknown, root: string): string {
  const e = innermost(error);
  // An editor error, maybe wrapped on its way (its message carries the fix):
  // by its text, not instanceof, as the config and plugins load through Vite
  // with their own copies of the class.
  if (e.name === 'EditorError' || (e.message ?? '').includes(`\n${FIX_PREFIX}`)) {
    return `Build stopped.\n${(e.message ?? '').trim()}`;
  }
  if (e.loc?.file) {
    const file = resolve(root, e.loc.file);
    const messages = (e.message ?? '')
      .split('\n')
      .map((text) => text.trim())
      .filter((text) => text !== '')
      // Astro repeats the collection and entry on the first line; the file says it better.
      .filter((text, i) => !(i === 0 && /data does not match collection schema/.test(text)))
      // "**title**: front matter field "title" is missing": the field is in the message already.
      .map((text) => plain(text.replace(/^\*\*[^*]*\*\*:\s*/, '')));
    const lineOf = (message: string) => (e.loc?.line ? e.loc.line : fieldLine(file, message));
    const column = e.loc.column ? `:${e.loc.column}` : '';
    const located = messages.map((message) => {
      const line = lineOf(message);
      return `${where(root, file)}${line === undefined ? '' : `:${line}${e.loc?.line ? column : ''}`}: ${message}`;
    });
    const fix = ASTRO_HINTS[e.name ?? ''] ?? (e.hint ? plain(e.hint) : undefined);
    return `Build stopped.\n${located.join('\n')}${fix ? `\nHow to fix: ${fix}` : ''}`;
  }
  return `Build failed with an error in the code, not in the content:\n${e.stack ?? String(error)}`;
}
