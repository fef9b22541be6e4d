import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDates, dateMentions, parsePartialDate } from '../../src/source/dates.ts';
import type { DocumentJson } from '../../src/reading/document-json.ts';
import type { TimelineJson, TimelineJsonEntry, TimelineJsonEvent } from '../../src/timeline/json.ts';
import { readPage } from '../../tools/dist.ts';
import { readableText } from '../../build/verify/fidelity.ts';
import { collapseSpaces } from '../../src/source/source-text.ts';
import { BASE_PATH_BUILD, ROOT_BUILD, SOURCE_SECTIONS, SOURCE_TEXT } from '../support/site.ts';

/** What content/timeline.yaml holds: dated events in six years, and undated activities. */
const EVENTS = 11;
const YEARS = 6;
const UNDATED = 7;
/** Every passage an entry cites (its source and the passages it is also in) links back to it: 20 links in all. */
const LINKS_BACK = 20;
/** The quotes the entries rest on. */
const QUOTES = 26;
/** The source's nine paragraphs and its photograph. */
const PASSAGES = 10;
/** A date as the heading of an entry says it: a year or a month, or a span of them ("2010 to 2013"). */
const DATE_HEARD = /^(?:[A-Z][a-z]+ )?\d{4}(?: to (?:[A-Z][a-z]+ )?\d{4})?$/;

/** Where the root build is published: its pages' absolute URLs start here. */
const ROOT_SITE = new URL(ROOT_BUILD.base, ROOT_BUILD.siteUrl).href;

let timeline: CheerioAPI;
let json: TimelineJson;
const sourcePages = new Map<string, CheerioAPI>();

const readJson = async <T>(dir: string, name: string): Promise<T> =>
  JSON.parse(await readFile(join(dir, name), 'utf8')) as T;

/** The built /timeline/ page, /timeline.json and the source section pages, read once. */
beforeAll(async () => {
  timeline = await readPage('timeline/');
  json = await readJson<TimelineJson>(ROOT_BUILD.dir, 'timeline.json');
  for (const { path } of SOURCE_SECTIONS) sourcePages.set(path, await readPage(path));
});

interface PageEntry {
  id: string;
  /** Each quote shown ("The text: …") with the link beside it. */
  evidence: { quote: string; href: string; said: string }[];
  year: string | undefined;
  datetimes: string[];
  title: string;
  /** The h3 as a screen reader's heading list gives it: the date, then the title. */
  heading: string;
  summary: string;
  facts: Record<string, string>;
  href: string;
  undated: boolean;
}

function pageEntries($: CheerioAPI): PageEntry[] {
  return $('main .timeline-entry')
    .toArray()
    .map((li) => {
      const $li = $(li);
      const facts: Record<string, string> = {};
      $li.find('dt').each((_, dt) => {
        facts[$(dt).text()] = $(dt).next('dd').text();
      });
      return {
        id: $li.attr('id') ?? '',
        evidence: $li
          .find('.timeline-entry__evidence p')
          .toArray()
          .map((p) => ({
            quote: $(p).find('q').text(),
            href: $(p).find('a').attr('href') ?? '',
            said: $(p).text(),
          })),
        year: $li
          .closest('section')
          .attr('data-pagefind-filter')
          ?.replace(/^year:/, ''),
        datetimes: $li
          .find('time')
          .toArray()
          .map((t) => $(t).attr('datetime') ?? ''),
        // The heading begins with the date; the title is what follows it.
        title: $li.find('h3').clone().find('.timeline-entry__date').remove().end().text().trim(),
        heading: heardText($li.find('h3')),
        summary: $li.find('.timeline-entry__summary').text(),
        facts,
        href: $li.find('a:contains("Read in context")').attr('href') ?? '',
        undated: $li.find('.timeline-entry__undated').length > 0,
      };
    });
}

/** An element's text as a screen reader hears it: without what is hidden from it, spaces collapsed. */
function heardText(element: ReturnType<CheerioAPI>): string {
  const copy = element.clone();
  copy.find('[aria-hidden="true"]').remove();
  return collapseSpaces(copy.text());
}

/** A link on a page at `pagePath` (below the base), split into the page it opens and the fragment. */
function resolveLink(href: string, pagePath: string, base = '/'): { path: string; fragment: string } {
  const url = new URL(href, `https://site.invalid${base}${pagePath}`);
  return { path: url.pathname.slice(base.length), fragment: decodeURIComponent(url.hash.slice(1)) };
}

describe('/timeline/', () => {
  it('lists the events in chronological order, grouped by year in ordered lists, each with <time datetime>', () => {
    const years = timeline('main section.timeline-year:not(.timeline-year--undated)');
    expect(years).toHaveLength(YEARS);
    const headings = years.toArray().map((section) => timeline(section).find('h2').first().text());
    expect(headings).toEqual([...headings].sort());
    expect(new Set(headings).size).toBe(headings.length);
    let items = 0;
    years.each((_, section) => {
      const year = timeline(section).find('h2').first().text();
      const inYear = timeline(section).find('ol.timeline-entries > li');
      expect(inYear.length, `year ${year}`).toBeGreaterThan(0);
      inYear.each((_, li) => expect(timeline(li).find('time').first().attr('datetime')?.slice(0, 4)).toBe(year));
      items += inYear.length;
    });
    expect(items).toBe(EVENTS);
    const starts = pageEntries(timeline)
      .filter((e) => !e.undated)
      .map((e) => parsePartialDate(e.datetimes[0] ?? ''));
    expect(starts).toHaveLength(EVENTS);
    for (let i = 1; i < starts.length; i += 1) {
      expect(
        compareDates(starts[i - 1]!, starts[i]!),
        `${starts[i - 1]?.iso} then ${starts[i]?.iso}`,
      ).toBeLessThanOrEqual(0);
    }
  });

  it('gives each event the id event-<start at its precision>-<key>', () => {
    const events = pageEntries(timeline).filter((e) => !e.undated);
    expect(events).toHaveLength(EVENTS);
    for (const event of events) {
      expect(event.id).toMatch(/^event-\d{4}(?:-\d{2}){0,2}-[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(event.id.startsWith(`event-${event.datetimes[0]}-`), event.id).toBe(true);
    }
    expect(events.map((e) => e.id)).toContain('event-2012-09-ipcp');
  });

  it('shows a span with both ends as <time> elements, read as a range', () => {
    const prt = pageEntries(timeline).find((e) => e.id === 'event-2010-parwan-prt');
    expect(prt?.datetimes).toEqual(['2010', '2013']);
    const date = timeline('#event-2010-parwan-prt .timeline-entry__date');
    const shown = date.clone();
    shown.find('.sr-only, .timeline-entry__date-end').remove();
    expect(shown.text()).toBe('2010–2013');
    expect(heardText(date)).toBe('2010 to 2013:');
  });

  it('puts each entry’s date, or "Undated", at the start of its heading', () => {
    const entries = pageEntries(timeline);
    expect(entries).toHaveLength(EVENTS + UNDATED);
    for (const entry of entries) {
      const [, said, title] = /^(.*?): (.*)$/.exec(entry.heading) ?? [];
      expect(said, entry.heading).toMatch(entry.undated ? /^Undated$/ : DATE_HEARD);
      expect(title).toBe(entry.title);
    }
    const headings = entries.map((e) => e.heading);
    expect(headings).toContain('April 2013: The Secretary General visits the Demilitarized Zone');
    expect(headings).toContain(
      '2010 to 2013: The Republic of Korea leads a Provincial Reconstruction Team in Parwan Province',
    );
    expect(headings).toContain('Undated: Annual high-level staff talks with the foreign ministry');
  });

  it('keeps the year sections out of the landmarks: no section has an accessible name', () => {
    const sections = timeline('main section');
    expect(sections).toHaveLength(YEARS + 1);
    expect(sections.filter('[aria-label], [aria-labelledby], [role]')).toHaveLength(0);
  });

  it('lists undated activities apart, marked undated, with no date', () => {
    const section = timeline('main section.timeline-year--undated');
    expect(section.find('h2').text()).toBe('Undated activities');
    const undated = pageEntries(timeline).filter((e) => e.undated);
    expect(undated).toHaveLength(UNDATED);
    // Among them what the text names with no date of its own, such as the menu and the handover of the PRT.
    expect(undated.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'undated-horn-of-africa-escorts',
        'undated-partnership-cooperation-menu',
        'undated-prt-handover',
        'undated-bagram-contingent',
      ]),
    );
    for (const entry of undated) {
      expect(entry.datetimes).toEqual([]);
      expect(timeline(`#${entry.id}`).closest('section').is(section)).toBe(true);
    }
  });

  it('is editorial as a whole and publishes no source paragraph ids', () => {
    expect(timeline('main article[data-editorial] .timeline-entry')).toHaveLength(EVENTS + UNDATED);
    expect(timeline('main p[id]').length).toBe(0);
    expect(timeline('main .timeline-intro').closest('[data-editorial]').length).toBe(1);
  });

  it('makes each entry a search sub-result, with its year as a filter', () => {
    const entries = timeline('main .timeline-entry').toArray();
    expect(entries).toHaveLength(EVENTS + UNDATED);
    for (const li of entries) {
      const $li = timeline(li);
      expect($li.attr('data-pagefind-title'), $li.attr('id')).toMatch(
        /^(?:\d{4}|[A-Z][a-z]+ \d{4}|\d{4}–\d{4}|Undated): /,
      );
      expect($li.closest('[data-pagefind-ignore]').length).toBe(0);
      expect($li.closest('[data-pagefind-body]').length).toBe(1);
      if ($li.find('time').length > 0) {
        expect($li.closest('section').attr('data-pagefind-filter')).toBe(
          `year:${$li.find('time').attr('datetime')?.slice(0, 4)}`,
        );
      }
    }
  });
});

/** The words of the passage a link on the site points to, as a reader sees them, without what the site adds. */
function passageText(href: string, pagePath: string, base = '/'): string {
  const { path, fragment } = resolveLink(href, pagePath, base);
  const page = sourcePages.get(path);
  const passage = page?.(`main [id="${fragment}"]`).clone();
  if (!passage || passage.length !== 1) return `(no passage at /${path}#${fragment})`;
  passage.find('[data-editorial]').remove();
  return collapseSpaces(readableText(passage.get(0)!));
}

describe('what the text says, beside each entry', () => {
  it('shows every entry’s quotes as “The text: …”, each found exactly in the passage it links to', () => {
    const entries = pageEntries(timeline);
    expect(entries.flatMap((e) => e.evidence)).toHaveLength(QUOTES);
    for (const entry of entries) {
      expect(entry.evidence.length, entry.id).toBeGreaterThan(0);
      for (const { quote, href, said } of entry.evidence) {
        expect(said.startsWith(`The text: “${quote}” (`), said).toBe(true);
        expect(timeline(`#${entry.id} q[cite="${href}"]`).length, entry.id).toBeGreaterThan(0);
        expect(passageText(href, 'timeline/'), `${entry.id}: ${quote}`).toContain(quote);
      }
    }
  });

  it('gives the same quotes in /timeline.json, each found exactly in the passage it names', () => {
    const entries: TimelineJsonEntry[] = [...json.events, ...json.undated];
    expect(entries.flatMap((e) => e.evidence)).toHaveLength(QUOTES);
    for (const entry of entries) {
      for (const { quote, passage } of entry.evidence) {
        expect(passageText(passage.url, '', ROOT_BUILD.base), `${entry.id}: ${quote}`).toContain(quote);
        expect([entry.source.id, ...entry.alsoIn.map((p) => p.id)], entry.id).toContain(passage.id);
      }
    }
  });

  it('keeps the text’s characters in the quotes: its non-breaking space, its curly quotes and apostrophes', () => {
    const quotes = pageEntries(timeline).flatMap((e) => e.evidence.map((q) => q.quote));
    expect(quotes.join('\n')).toContain('donated\u00a0to the Afghan National Army Trust Fund');
    expect(quotes.join('\n')).toContain('NATO’s strong condemnation');
    const exported = [...json.events, ...json.undated].flatMap((e) => e.evidence.map((q) => q.quote));
    expect(exported).toEqual(quotes);
  });

  it('notices a quote that is not in the passage it links to', () => {
    const quote = 'In November 2012, NATO Assistant Secretary General';
    expect(passageText('/political-dialogue/#political-dialogue-2', 'timeline/')).toContain(quote);
    expect(passageText('/political-dialogue/#political-dialogue-3', 'timeline/')).not.toContain(quote);
  });
});

describe('old ids of entries', () => {
  it('land on the entry that replaced them', () => {
    for (const [old, current] of [
      ['event-2011-04-isaf-pledge', 'event-2011-04-isaf-contribution-plan'],
      ['event-2016-10-stoltenberg-yun-byung-se', 'event-2016-10-photograph-stoltenberg-yun-byung-se'],
    ]) {
      const alias = timeline(`[id="${old}"]`);
      expect(alias.attr('data-heading-alias'), old).toBe(current);
      expect(alias.closest('.timeline-entry').attr('id'), old).toBe(current);
      expect(json.events.find((e) => e.id === current)?.aliases).toEqual([old]);
    }
  });
});

describe('every entry’s source resolves, and the source links back', () => {
  it('sends "Read in context" to a source paragraph or photograph of a source section', () => {
    const entries = pageEntries(timeline);
    expect(entries).toHaveLength(EVENTS + UNDATED);
    for (const entry of entries) {
      const { path, fragment } = resolveLink(entry.href, 'timeline/');
      const page = sourcePages.get(path);
      expect(page, `${entry.id} → /${path}`).toBeDefined();
      const target = page!(`main [id="${fragment}"]`);
      expect(target.length, `${entry.id} → /${path}#${fragment}`).toBe(1);
      expect(target.is('p, figure'), `${entry.id} → #${fragment} is ${target.prop('tagName')}`).toBe(true);
      expect(target.closest('[data-editorial]').length).toBe(0);
    }
  });

  it('has each source passage link back to every entry drawn from it', () => {
    const cited = [...json.events, ...json.undated].flatMap((entry) =>
      [entry.source, ...entry.alsoIn].map((passage) => ({ entry, passage })),
    );
    expect(cited).toHaveLength(LINKS_BACK);
    for (const { entry, passage } of cited) {
      const { path, fragment } = resolveLink(passage.url, '', '/');
      const $ = sourcePages.get(path)!;
      const back = $('.event-backlinks')
        .filter((_, note) => passageBefore($(note)).attr('id') === fragment)
        .find('a')
        .toArray()
        .map((a) => resolveLink($(a).attr('href') ?? '', path));
      expect(back, `${fragment} → ${entry.id}`).toContainEqual({ path: 'timeline/', fragment: entry.id });
    }
  });

  it('has every link back land on an entry that cites that passage', () => {
    const ids = new Set(pageEntries(timeline).map((e) => e.id));
    const cites = new Map(
      [...json.events, ...json.undated].map((e) => [e.id, [e.source.id, ...e.alsoIn.map((p) => p.id)]]),
    );
    let links = 0;
    for (const [path, $] of sourcePages) {
      $('.event-backlinks a').each((_, a) => {
        const passage = passageBefore($(a).closest('.event-backlinks')).attr('id') ?? '';
        const { path: target, fragment } = resolveLink($(a).attr('href') ?? '', path);
        expect(target).toBe('timeline/');
        expect(ids.has(fragment), `${passage} → ${fragment}`).toBe(true);
        expect(cites.get(fragment), `${fragment} cites ${passage}`).toContain(passage);
        links += 1;
      });
    }
    expect(links).toBe(LINKS_BACK);
  });

  it('keeps the links back editorial, out of search and out of the passage, in a labelled note', () => {
    const notes = [...sourcePages.values()].flatMap(($) =>
      $('.event-backlinks')
        .toArray()
        .map((el) => ({ $, note: $(el) })),
    );
    // Every passage is the source of some entry, so each is followed by its note of links back.
    expect(notes).toHaveLength(PASSAGES);
    for (const { $, note } of notes) {
      expect(note.is('[data-editorial][data-pagefind-ignore]')).toBe(true);
      expect(passageBefore(note).is('p[id], figure[id]')).toBe(true);
      expect(note.parents('p, figure').length).toBe(0);
      expect(note.attr('role')).toBe('note');
      expect(note.attr('aria-label')).toBe('Editorial: in the timeline');
      // Marked by a word, not by colour alone; one entry a line.
      expect(note.find('.event-backlinks__marker').text()).toBe('Editorial');
      const items = note.find('li');
      expect(items.length).toBeGreaterThan(0);
      expect(items.toArray().every((li) => $(li).children('a').length === 1)).toBe(true);
    }
  });
});

/** What a note of links back follows: its passage, past the passage's citation (shown only when landed on). */
function passageBefore<T extends AnyNode>(note: Cheerio<T>): Cheerio<AnyNode> {
  const before = note.prev();
  return before.is('.part-citation') ? before.prev() : before;
}

/** Dated mentions in the text that no event drawn from the same passage covers. */
function uncoveredMentions(passages: { id: string; text: string }[], entries: readonly TimelineJsonEvent[]): string[] {
  const problems: string[] = [];
  for (const passage of passages) {
    const drawn = entries.filter((e) => e.source.id === passage.id || e.alsoIn.some((p) => p.id === passage.id));
    const dates = drawn.flatMap((e) => [e.date, e.end].filter((d): d is string => d !== null));
    for (const mention of dateMentions(passage.text)) {
      // A year is covered by a start or end in it, a month by one in that month.
      const covered = dates.some((date) => date.startsWith(mention.iso));
      if (!covered) problems.push(`${passage.id}: "${mention.text}"`);
    }
  }
  return problems;
}

describe('coverage: every year and month the text mentions is on the timeline', () => {
  let passages: { id: string; text: string }[] = [];

  beforeAll(async () => {
    const document = await readJson<DocumentJson>(ROOT_BUILD.dir, 'document.json');
    passages = document.sections.flatMap((s) => [
      ...s.paragraphs.map((p) => ({ id: p.id, text: p.source.text })),
      ...s.figures.map((f) => ({ id: f.id, text: `${f.source.description} ${f.source.caption}` })),
    ]);
  });

  it('reads the dates of the whole source text', () => {
    const body = SOURCE_TEXT.replace(/^.*Last updated:.*$/m, '');
    const inSource = dateMentions(body)
      .map((m) => m.iso)
      .sort();
    const inPassages = passages
      .flatMap((p) => dateMentions(p.text))
      .map((m) => m.iso)
      .sort();
    expect(inPassages).toEqual(inSource);
    expect(new Set(inSource)).toEqual(
      new Set(['2005', '2010', '2011', '2012', '2013', '2011-04', '2012-09', '2012-11', '2013-04', '2016-10']),
    );
  });

  it('has an event, drawn from the passage that says it, for every year and month mentioned', () => {
    expect(passages).toHaveLength(PASSAGES);
    expect(uncoveredMentions(passages, json.events)).toEqual([]);
  });

  it('notices a missing event', () => {
    const without = json.events.filter((e) => e.key !== 'staff-talks-seoul');
    expect(uncoveredMentions(passages, without)).toEqual(['political-dialogue-2: "November 2012"']);
    const noSpanEnd = json.events.map((e) => (e.key === 'parwan-prt' ? { ...e, end: null } : e));
    expect(uncoveredMentions(passages, noSpanEnd)).toEqual(['practical-cooperation-1: "2013"']);
  });
});

function checkAgreement(json: TimelineJson, $: CheerioAPI, siteBase: string): void {
  const page = pageEntries($);
  const entries: TimelineJsonEntry[] = [...json.events, ...json.undated];
  expect(entries.map((e) => e.id)).toEqual(page.map((e) => e.id));
  const pageUrl = `${siteBase}timeline/`;
  expect(json.url).toBe(pageUrl);
  for (const [index, entry] of entries.entries()) {
    const shown = page[index]!;
    expect(entry.title).toBe(shown.title);
    expect(entry.summary).toBe(shown.summary);
    expect(entry.url).toBe(`${pageUrl}#${shown.id}`);
    expect(entry.source.url).toBe(new URL(shown.href, pageUrl).href);
    expect(entry.people.join(', ')).toBe(shown.facts['People'] ?? shown.facts['Person'] ?? '');
    expect(entry.places.join(', ')).toBe(shown.facts['Places'] ?? shown.facts['Place'] ?? '');
    expect(entry.evidence.map((q) => [q.quote, q.passage.url])).toEqual(
      shown.evidence.map((q) => [q.quote, new URL(q.href, pageUrl).href]),
    );
    if ('date' in entry) {
      const event = entry as TimelineJsonEvent;
      expect([event.date, event.end].filter(Boolean)).toEqual(shown.datetimes);
      expect(String(event.year)).toBe(shown.year);
    } else {
      expect(shown.undated).toBe(true);
    }
  }
}

describe('/timeline.json and /timeline/ agree', () => {
  it('lists the same entries in the same order, with the same dates, titles, people, places and sources', () => {
    expect(json.events).toHaveLength(EVENTS);
    expect(json.undated).toHaveLength(UNDATED);
    checkAgreement(json, timeline, ROOT_SITE);
  });

  it('agrees under a base path, with absolute URLs there', async () => {
    const based = await readJson<TimelineJson>(BASE_PATH_BUILD.dir, 'timeline.json');
    const site = new URL(BASE_PATH_BUILD.base, BASE_PATH_BUILD.siteUrl).href;
    checkAgreement(based, await readPage('timeline/', BASE_PATH_BUILD.dir), site);
    expect(based.events).toHaveLength(EVENTS);
    for (const event of based.events) {
      expect(event.url.startsWith(`${site}timeline/#event-`)).toBe(true);
      expect(event.source.url.startsWith(site)).toBe(true);
    }
  });

  it('notices a disagreement', () => {
    const changed = structuredClone(json);
    changed.events[0]!.title = 'Something else';
    expect(() => checkAgreement(changed, timeline, ROOT_SITE)).toThrow();
  });
});
