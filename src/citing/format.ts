import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { load } from 'cheerio';
import type { CslRecord } from './csl-record.ts';
import type { CitationFileExtension, CitationStyle } from './styles.ts';

/**
 * Every reference is formatted by Citation.js (citeproc-js with the CSL
 * styles it ships), at build time, from a part's one CSL record: no
 * hand-written templates.
 */

const LANG = 'en-US';

/**
 * A paragraph is rendered on its section's page and on /document/ with the
 * same record: formatted once per build.
 */
const formatted = new Map<string, string>();
function once(key: unknown[], format: () => string): string {
  const id = JSON.stringify(key);
  let text = formatted.get(id);
  if (text === undefined) formatted.set(id, (text = format()));
  return text;
}

/**
 * The reference as HTML (titles in italics where the style wants them),
 * without the bibliography's wrappers or a numbered style's "1.": it is
 * one reference, not a list.
 */
export function referenceHtml(record: CslRecord, style: CitationStyle): string {
  const html = once([record, style.template], () =>
    new Cite(record).format('bibliography', { format: 'html', template: style.template, lang: LANG }),
  );
  const $ = load(html, null, false);
  $('.csl-left-margin').remove();
  const entry = $('.csl-right-inline').first().length > 0 ? $('.csl-right-inline').first() : $('.csl-entry').first();
  return (entry.html() ?? '').trim();
}

/** The reference as plain text, as a reader would paste it. */
export function referenceText(record: CslRecord, style: CitationStyle): string {
  return load(referenceHtml(record, style), null, false).text();
}

/**
 * The in-text citation with a pinpoint: "(NATO, 2016, para. 2)". Undefined
 * for a numbered style, whose in-text citation is only the number.
 */
export function inTextCitation(
  record: CslRecord,
  style: CitationStyle,
  pinpoint?: { locator: string; label: 'paragraph' },
): string | undefined {
  const entry = [{ id: record.id, ...pinpoint }];
  const text = once([record, style.template, entry], () =>
    new Cite(record).format('citation', { format: 'text', template: style.template, lang: LANG, entry }),
  ).trim();
  return /^[([]?\d+[)\]]?$/.test(text) ? undefined : text;
}

/** A downloadable reference file for reference managers. */
export function referenceFile(record: CslRecord, extension: CitationFileExtension): string {
  if (extension === 'bib') return new Cite(withoutDay(record)).format('bibtex');
  const cite = new Cite(record);
  if (extension === 'ris') return cite.format('ris');
  return `${cite.format('data', { format: 'text' })}\n`;
}

/**
 * BibTeX has a year and a month but no day, and Citation.js writes a full
 * date's month as "oct 6", which biblatex rejects; with the year and month
 * alone it writes `month = {10}`, which both read. RIS and CSL-JSON keep the day.
 */
function withoutDay(record: CslRecord): Omit<CslRecord, 'issued'> & { issued?: { 'date-parts': [[number, number]] } } {
  const { issued, ...rest } = record;
  if (!issued) return rest;
  const [[year, month]] = issued['date-parts'];
  return { ...rest, issued: { 'date-parts': [[year, month]] } };
}
