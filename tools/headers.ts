import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One block of a `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Parses the `_headers` convention shared by Netlify and Cloudflare Pages:
 * an unindented path pattern, then indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1} is not "Name: value" under a path: ${line}`);
    rule.headers[match[1]!] = match[2]!.trim();
  });
  return rules;
}

/** Whether a `_headers` pattern (`*` matches anything, `:name` one segment) covers a path. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Every header a host following `rules` sends for `path` (below the site root). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => patternMatches(rule.pattern, path)).map((rule) => rule.headers));
}

/** The rules of a built site's `_headers`, or none when it has no such file. */
export function siteHeaderRules(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}
