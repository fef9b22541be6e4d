import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../tools/dist.ts';
import { metaPolicy, parsePolicy, withoutHashes } from '../support/csp.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../tools/headers.ts';
import { distDir, projectRoot } from '../../tools/paths.ts';
import { PAGES, SOURCE_SECTIONS } from '../support/site.ts';

/** Directives a <meta> policy cannot carry, so only the header has them. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

const rules: HeaderRule[] = parseHeadersFile(await readFile(join(distDir, '_headers'), 'utf8'));
const everyFile = (await readdir(distDir, { recursive: true })).map((file) => `/${file.split('\\').join('/')}`);

describe('public/_headers', () => {
  it('is copied into the build unchanged', async () => {
    expect(await readFile(join(distDir, '_headers'), 'utf8')).toBe(
      await readFile(join(projectRoot, 'public/_headers'), 'utf8'),
    );
  });

  it('sends the security headers with every page', () => {
    for (const page of PAGES) {
      const headers = headersFor(rules, `/${page}`);
      expect(headers['Content-Security-Policy'], page).toBeDefined();
      expect(headers['X-Content-Type-Options'], page).toBe('nosniff');
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(
        headers['Referrer-Policy'],
      );
      // Every feature the site never uses is switched off: `name=()`.
      expect(headers['Permissions-Policy'], page).toMatch(/^[a-z-]+=\(\)(, [a-z-]+=\(\))*$/);
      expect(headers['Permissions-Policy'], page).toMatch(/\bcamera=\(\).*\bgeolocation=\(\).*\bmicrophone=\(\)/);
    }
  });

  it('repeats each page’s own policy, minus hashes, and adds only header-only directives', async () => {
    const header = parsePolicy(headersFor(rules, '/')['Content-Security-Policy'] ?? '');
    for (const page of PAGES) {
      const meta = metaPolicy(await readPage(page));
      expect(meta, `${page} has no CSP <meta>`).toBeDefined();
      const declared = withoutHashes(parsePolicy(meta!));
      const headerWithoutExtras = new Map([...header].filter(([name]) => !HEADER_ONLY.has(name)));
      expect(Object.fromEntries(headerWithoutExtras), page).toEqual(Object.fromEntries(declared));
    }
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows inline or eval’d script, in the header or on a page', async () => {
    const policies = [headersFor(rules, '/')['Content-Security-Policy']!];
    for (const page of PAGES) policies.push(metaPolicy(await readPage(page))!);
    for (const text of policies) {
      const policy = parsePolicy(text);
      const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
    }
  });

  it('leaves nothing inline that a hash-free header policy would block', async () => {
    // The header cannot list per-page hashes, so scripts and styles must be files.
    for (const page of PAGES) {
      const $ = await readPage(page);
      const inlineScripts = $('script:not([src])').filter((_, el) => {
        const type = ($(el).attr('type') ?? '').toLowerCase();
        return type === '' || type === 'module' || type.includes('javascript');
      });
      expect(inlineScripts.length, `inline <script> on /${page}`).toBe(0);
      expect($('style').length, `<style> on /${page}`).toBe(0);
      expect($('[style]').length, `style="" attribute on /${page}`).toBe(0);
      expect(
        $('*').filter((_, el) =>
          Object.keys((el as { attribs?: object }).attribs ?? {}).some((name) => name.startsWith('on')),
        ).length,
        `on* handler attribute on /${page}`,
      ).toBe(0);
    }
  });

  it('declares UTF-8 for the text files made from the source, whose curly quotes a guessed charset would garble', () => {
    const textFiles = everyFile.filter((file) => /^\/(source\.txt|llms\.txt|llms-full\.txt|cite\/.+)$/.test(file));
    // The source, the two files for language models, and three reference files for each cited page:
    // the source's sections, /document/ and /timeline/.
    expect(textFiles).toHaveLength(3 + 3 * (SOURCE_SECTIONS.length + 2));
    for (const file of textFiles) {
      expect(headersFor(rules, file)['Content-Type'], file).toMatch(/^[a-z]+\/[a-z0-9.+-]+; charset=utf-8$/);
    }
  });

  it('caches only content-hashed files as immutable, for a year', () => {
    const immutable = everyFile.filter((file) => /immutable/.test(headersFor(rules, file)['Cache-Control'] ?? ''));
    // Vite's scripts and stylesheet, and Pagefind's index chunks: every file named by its content.
    const hashed = everyFile.filter(
      (file) => file.startsWith('/_astro/') || /^\/pagefind\/.+\.pf_(fragment|index|filter)$/.test(file),
    );
    expect(hashed).toContainEqual(expect.stringMatching(/^\/_astro\/.+\.css$/));
    expect(hashed).toContainEqual(expect.stringMatching(/\.pf_index$/));
    expect(immutable).toEqual(hashed);
    for (const file of immutable) {
      // Vite names files `name.<8-char hash>.ext` or `name-<hash>.js`; Pagefind `<lang>_<hex hash>.<ext>`.
      expect(file).toMatch(/([.-][A-Za-z0-9_-]{8}|_[0-9a-f]{7,})\.[a-z_]+$/);
      expect(headersFor(rules, file)['Cache-Control']).toMatch(/max-age=31536000\b/);
    }
    const pagesCached = PAGES.filter((page) => /immutable/.test(headersFor(rules, `/${page}`)['Cache-Control'] ?? ''));
    expect(pagesCached).toEqual([]);
  });
});
