// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { rehypeParagraphIds } from './build/plugins/rehype-paragraph-ids.ts';
import { rehypeHeadingLinks } from './build/plugins/rehype-heading-links.ts';
import { abbreviationsOf, rehypeAbbreviations } from './build/plugins/rehype-abbreviations.ts';
import { remarkSafeContent } from './build/plugins/remark-safe-content.ts';
import { verifySite } from './build/verify/verify-site.ts';
import { pagefindIndex } from './build/integrations/pagefind-index.ts';
import { devSearchIndex } from './build/integrations/dev-search-index.ts';

import { outDirFrom, siteSettings, syntheticSectionsAllowed } from './build/site-config.ts';
import { checkContentFiles } from './build/preflight.ts';
import { readTerms } from './src/terms/read-terms.ts';

// Set at build time: BASE_PATH=/nato-rok/ SITE_URL=https://example.org npm run build
// Checked first: a wrong value stops the build with one message naming the setting.
// Without SITE_URL the build is for local preview: no absolute URLs, no sitemap.
const { site, base } = siteSettings(process.env);
// Content files checked before Astro reads them (npm run build does this first too).
checkContentFiles(process.cwd(), syntheticSectionsAllowed(process.env));
// The first use of each abbreviation on a page gets its expansion (content/terms.yaml) as a title.
const abbreviations = abbreviationsOf(readTerms(process.cwd()));

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // OUT_DIR lets tests and benchmarks build side by side without sharing dist/;
  // `npm run build` builds into a staging folder beside it (build/run-build.ts).
  outDir: outDirFrom(process.env),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // The source has no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // The unified pipeline runs remark/rehype plugins; SmartyPants stays off
    // because the source text must come through character for character.
    processor: unified({
      // remarkSafeContent() stops scripts, event handlers, frames and unsafe links in content.
      remarkPlugins: [remarkGfm, remarkSafeContent],
      // rehypeAbbreviations() marks abbreviations in the source paragraphs, leaving their words as they are.
      rehypePlugins: [rehypeParagraphIds, [rehypeAbbreviations, { abbreviations }], rehypeHeadingLinks],
      smartypants: false,
    }),
  },
  // After the pages and the sitemap are written: verifySite() checks the built
  // site in one pass (ids, links, fragments, metadata URLs), then
  // pagefindIndex() builds dist/pagefind/. devSearchIndex() serves the last
  // build's index in `astro dev`, which has none of its own. A sitemap lists
  // absolute URLs, so a local preview build (no SITE_URL) has none.
  integrations: [mdx(), ...(site ? [sitemap()] : []), verifySite(), pagefindIndex(), devSearchIndex()],
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
    // The search scripts load lazily as separate bundles (`?worker&url`, see
    // src/search/client/boot.ts); name them like every other content-hashed asset.
    worker: {
      rolldownOptions: {
        output: { entryFileNames: '_astro/[name].[hash].js', chunkFileNames: '_astro/[name].[hash].js' },
      },
    },
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
