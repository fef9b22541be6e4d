import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { fieldMessage, unknownKeysMessage } from './lib/front-matter-messages.ts';
import { timelineLoader } from './lib/timeline-loader.ts';
import { timelineEventSchema, undatedActivitySchema } from './lib/timeline-schema.ts';

const sectionFields = {
  title: z.string({ error: fieldMessage('title', 'text', 'Political dialogue') }).trim().min(1, 'front matter field "title" is empty'),
  order: z
    .number({ error: fieldMessage('order', 'a whole number giving the reading position', '2') })
    .int('front matter field "order" must be a whole number')
    .nonnegative('front matter field "order" must not be negative'),
  summary: z.string({ error: fieldMessage('summary', 'one sentence of text', 'What this section covers.') }).trim().min(1, 'front matter field "summary" is empty'),
};

/**
 * One MDX file per section; the file name is the slug and the URL.
 * strictObject: a misspelt key fails the build instead of being ignored.
 */
const sections = defineCollection({
  loader: glob({ base: './content/sections', pattern: '*.mdx' }),
  schema: z.strictObject(sectionFields, { error: unknownKeysMessage(Object.keys(sectionFields)) }),
});

/** The timeline is data: content/timeline.yaml, checked entry by entry (src/lib/timeline-file.ts). */
const timeline = defineCollection({ loader: timelineLoader('content/timeline.yaml', 'events'), schema: timelineEventSchema });
const undatedActivities = defineCollection({ loader: timelineLoader('content/timeline.yaml', 'undated'), schema: undatedActivitySchema });

export const collections = { sections, timeline, undatedActivities };
