// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeParagraphIds } from './src/lib/rehype-paragraph-ids.ts';

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
    // The unified pipeline runs remark/rehype plugins; SmartyPants stays off
    // because the source text must come through character for character.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeParagraphIds],
      smartypants: false,
    }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
