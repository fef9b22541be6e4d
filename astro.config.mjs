// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { rehypeParagraphIds } from './build/plugins/rehype-paragraph-ids.ts';
import { rehypeHeadingLinks } from './build/plugins/rehype-heading-links.ts';
import { checkIds } from './build/verify/check-ids.ts';
import { checkLinksOnBuild } from './build/verify/check-links.ts';
import { pagefindIndex } from './build/integrations/pagefind-index.ts';

// Set at build time: BASE_PATH=/nato-rok/ SITE_URL=https://example.org npm run build
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  // OUT_DIR lets tests and benchmarks build side by side without sharing dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // The source has no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // The unified pipeline runs remark/rehype plugins; SmartyPants stays off
    // because the source text must come through character for character.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeParagraphIds, rehypeHeadingLinks],
      smartypants: false,
    }),
  },
  // pagefindIndex() runs after the pages are written and builds dist/pagefind/.
  // checkIds() fails the build on an id used twice in a page (links would land on the first),
  // checkLinksOnBuild() on a link to a missing page or #fragment (after the sitemap is written).
  integrations: [mdx(), sitemap(), checkIds(), checkLinksOnBuild(), pagefindIndex()],
  devToolbar: { enabled: false },
  // Every page carries a Content-Security-Policy <meta> with a hash for each
  // script and style Astro renders, and nothing inline is allowed otherwise.
  // Everything the site needs comes from its own origin; Pagefind compiles its
  // WebAssembly search engine, hence 'wasm-unsafe-eval' (not 'unsafe-eval').
  // public/_headers repeats this policy as an HTTP header.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Scripts and styles stay files, never inlined: the header policy in
    // public/_headers can then allow 'self' without per-page hashes.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX head-propagation marker trips a bundler warning on every
        // section (withastro/astro#18087, harmless); keep the build log clean
        // so real warnings stand out.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
