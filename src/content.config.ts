import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * One MDX file per section; the file name is the slug and the URL.
 * strictObject: a misspelt key fails the build instead of being ignored.
 */
const sections = defineCollection({
  loader: glob({ base: './content/sections', pattern: '*.mdx' }),
  schema: z.strictObject({
    title: z.string().trim().min(1),
    order: z.number().int().nonnegative(),
    summary: z.string().trim().min(1),
  }),
});

export const collections = { sections };
