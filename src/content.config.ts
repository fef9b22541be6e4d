import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { fieldMessage, unknownKeysMessage } from './source/front-matter-messages.ts';
import { timelineLoader } from './timeline/loader.ts';
import { TIMELINE_FILE } from './timeline/file.ts';
import { timelineEventSchema, undatedActivitySchema } from './timeline/schema.ts';

/** A heading id as github-slugger makes it: lowercase letters, digits, hyphens (any script). */
const HEADING_ID = /^[\p{Ll}\p{Lo}\p{N}_-]+$/u;

const sectionFields = {
  title: z
    .string({ error: fieldMessage('title', 'text', 'Political dialogue') })
    .trim()
    .min(1, 'front matter field "title" is empty'),
  order: z
    .number({ error: fieldMessage('order', 'a whole number giving the reading position', '2') })
    .int('front matter field "order" must be a whole number')
    .nonnegative('front matter field "order" must not be negative'),
  summary: z
    .string({ error: fieldMessage('summary', 'one sentence of text', 'What this section covers.') })
    .trim()
    .min(1, 'front matter field "summary" is empty'),
  // The quotes the summary rests on, checked against the text before the
  // build (src/source/section-checks.ts), which also requires them.
  evidence: z
    .array(z.string({ error: 'front matter field "evidence": each quote must be text' }).min(1), {
      error: fieldMessage(
        'evidence',
        'a list of exact quotes',
        '["NATO and the Republic of Korea initiated dialogue in 2005."]',
      ),
    })
    .optional(),
  // The site's own text (the timeline's introduction), never the source's:
  // its paragraphs must all be marked editorial.
  editorial: z.boolean({ error: fieldMessage('editorial', 'true or false', 'true') }).optional(),
  // Old heading id → current heading id, so links published before a heading
  // was renamed still land on it (see src/linking/heading-aliases.ts).
  headingAliases: z
    .record(
      z
        .string()
        .regex(HEADING_ID, 'front matter field "headingAliases": each old id must be a slug such as old-heading'),
      z
        .string()
        .regex(
          HEADING_ID,
          'front matter field "headingAliases": each value must be a current heading id such as new-heading',
        ),
      {
        error: fieldMessage(
          'headingAliases',
          'a map from old heading id to current heading id',
          '{ old-heading: new-heading }',
        ),
      },
    )
    .optional(),
};

/**
 * One MDX file per section; the file name is the slug and the URL.
 * strictObject: a misspelt key fails the build instead of being ignored.
 */
const sections = defineCollection({
  loader: glob({ base: './content/sections', pattern: '*.mdx' }),
  schema: z.strictObject(sectionFields, { error: unknownKeysMessage(Object.keys(sectionFields)) }),
});

/** The timeline is data: TIMELINE_FILE (content/timeline.yaml), checked entry by entry (src/timeline/file.ts). */
const timeline = defineCollection({
  loader: timelineLoader(TIMELINE_FILE, 'events'),
  schema: timelineEventSchema,
});
const undatedActivities = defineCollection({
  loader: timelineLoader(TIMELINE_FILE, 'undated'),
  schema: undatedActivitySchema,
});

export const collections = { sections, timeline, undatedActivities };
