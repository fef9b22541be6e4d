import type { PartialDate } from '../source/dates.ts';
import type { TimelineEvent, UndatedActivity } from './timeline.ts';

/**
 * The shape of /timeline.json: the same entries as /timeline/, with the
 * addresses of each entry's own anchor and of the passages it cites
 * (absolute with SITE_URL, paths from the host's root without). Everything
 * but the quotes of `evidence` is editorial: the quotes are the text's own
 * words, exactly.
 */
export interface PassageRef {
  id: string;
  kind: 'paragraph' | 'figure';
  section: string;
  url: string;
}

export interface TimelineJsonEntry {
  /** The permalink id on /timeline/, e.g. event-2012-09-ipcp. */
  id: string;
  /** The key in content/timeline.yaml. */
  key: string;
  title: string;
  summary: string;
  people: string[];
  places: string[];
  url: string;
  source: PassageRef;
  alsoIn: PassageRef[];
  /** What the text says: each quote exactly, with the passage it stands in. */
  evidence: { quote: string; passage: PassageRef }[];
  /** Ids the entry had before, which still land on it: event-2011-04-isaf-pledge. */
  aliases: string[];
}

export interface TimelineJsonEvent extends TimelineJsonEntry {
  /** ISO 8601 at its precision: 2005, 2012-09, 2016-10-06. */
  date: string;
  precision: PartialDate['precision'];
  end: string | null;
  endPrecision: PartialDate['precision'] | null;
  /** As a reader writes it: September 2012, 2010–2013. */
  when: string;
  year: number;
}

export interface TimelineJson {
  title: string;
  description: string;
  url: string;
  document: { title: string; publisher: string; lastUpdated: string; url: string };
  editorial: string;
  events: TimelineJsonEvent[];
  undated: TimelineJsonEntry[];
}

interface Context {
  /** The passage behind a `source` or `alsoIn` id, as a reference with its address. */
  passage: (id: string) => PassageRef;
  /** The address of a fragment on /timeline/. */
  anchorUrl: (anchor: string) => string;
  /** The entry's quotes, each with the id of the passage it stands in. */
  evidence: (item: TimelineEvent | UndatedActivity) => { quote: string; passage: string }[];
}

function entry(item: TimelineEvent | UndatedActivity, context: Context): TimelineJsonEntry {
  return {
    id: item.anchor,
    key: item.id,
    title: item.title,
    summary: item.summary,
    people: [...item.people],
    places: [...item.places],
    url: context.anchorUrl(item.anchor),
    source: context.passage(item.source),
    alsoIn: item.alsoIn.map(context.passage),
    evidence: context.evidence(item).map(({ quote, passage }) => ({ quote, passage: context.passage(passage) })),
    aliases: [...item.aliases],
  };
}

export function timelineEventJson(event: TimelineEvent, context: Context): TimelineJsonEvent {
  const { id, key, title, ...rest } = entry(event, context);
  return {
    id,
    key,
    date: event.date.iso,
    precision: event.date.precision,
    end: event.end?.iso ?? null,
    endPrecision: event.end?.precision ?? null,
    when: event.when,
    year: event.year,
    title,
    ...rest,
  };
}

export function undatedActivityJson(activity: UndatedActivity, context: Context): TimelineJsonEntry {
  return entry(activity, context);
}
