import { z } from 'astro/zod';
import { required } from '../errors/schema-problems.ts';

/**
 * The shape of content/terms.yaml, entry by entry. Every message says what
 * the field should hold, with an example, so an editor can fix the file
 * without reading code. The file reader adds the file, line and entry.
 */
export const TERM_KINDS = [
  'abbreviation',
  'organisation',
  'programme',
  'office',
  'person',
  'place',
  'spelling',
] as const;
export type TermKind = (typeof TERM_KINDS)[number];
/** The kinds /terms/ shows; `spelling` entries only feed search. */
export type ShownKind = Exclude<TermKind, 'spelling'>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const line = (field: string, expected: string, example: string) =>
  z
    .string({ error: required(field, expected, example) })
    .trim()
    .min(1, `empty; it must be ${expected}, e.g. ${field}: ${example}`)
    .refine((text) => !text.includes('\n'), { message: 'must be one line' });

const list = (field: string, example: string) =>
  z
    .array(line(field, 'text', example), { error: required(field, 'a list', `[${example}]`) })
    .refine((items) => new Set(items).size === items.length, { message: 'lists the same text twice' })
    .default([]);

const fields = {
  slug: z
    .string({ error: required('slug', 'a short key of lowercase letters, digits and hyphens', 'isaf') })
    .regex(SLUG, 'must be lowercase letters, digits and hyphens, e.g. slug: north-atlantic-council'),
  kind: z.enum(TERM_KINDS, { error: `must be one of ${TERM_KINDS.join(', ')}, e.g. kind: place` }),
  spelling: line('spelling', 'the term as the text writes it', 'North Atlantic Council'),
  otherSpellings: list('otherSpellings', 'Provincial Reconstruction Team'),
  expansion: line(
    'expansion',
    'what the abbreviation stands for',
    'International Security Assistance Force',
  ).optional(),
  variants: list('variants', 'South Korea'),
  description: line('description', 'one editorial line', 'The country the text is about.'),
};

export const termSchema = z
  .strictObject(fields, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${String(k)}"`).join(', ')}; the fields are ${Object.keys(fields).join(', ')}`
        : undefined,
  })
  .superRefine((term, ctx) => {
    if (term.expansion !== undefined && term.kind !== 'abbreviation') {
      ctx.addIssue({ code: 'custom', path: ['expansion'], message: 'only an abbreviation has an expansion' });
    }
    if (term.kind === 'spelling' && term.variants.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['variants'],
        message: 'a spelling entry exists for its variants; give at least one, e.g. variants: [stabilization]',
      });
    }
  });

export type Term = z.output<typeof termSchema>;
