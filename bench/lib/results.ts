/** The shapes of the figures each part measures and of bench/results.json. */
import type { Bytes } from './gzip.ts';
import type { Part } from './args.ts';
import type { Finding } from './check-budgets.ts';
import type { Summary } from './stats.ts';

export interface PageWeight {
  /** URL path below the base: '/', '/political-dialogue/'. */
  path: string;
  /** A page of content/sections: the 14 KB budget applies. */
  sectionPage: boolean;
  requests: number;
  /** Requests for the document and its stylesheets: what the first paint waits for. */
  htmlCssRequests: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  other: Bytes;
  /** JavaScript that runs without any interaction: script files plus inline scripts. */
  jsBeforeInteraction: Bytes;
  /** Every request of the first visit, to see what costs the bytes. */
  files: FetchedFile[];
}

export interface FetchedFile {
  url: string;
  bytes: Bytes;
}

export type SearchResult =
  | { status: 'not measured'; reason: string }
  | {
      status: 'measured';
      queries: string[];
      /** The heaviest first search from a reading page: everything from focusing the field until the network was quiet. */
      firstSearch: { query: string; bytes: Bytes; files: FetchedFile[] };
      /** gzip bytes of every first search from a reading page. */
      firstSearchGzip: Summary;
      /** First query typed into the header field of a freshly loaded / (empty cache): Pagefind loads on focus. */
      cold: Summary;
      /** First query typed on a freshly loaded /search/ page. */
      coldSearchPage: Summary;
      /** Each query on a page that has searched before. */
      warm: Summary;
      /** gzip bytes each warm query fetched (index chunks, fragments). */
      warmBytesPerQuery: Summary;
    };

/** Recall and MRR over the judged queries (tools/search-relevance.ts). */
export interface RelevanceSummary {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  meanReciprocalRank: number;
}

export interface RelevanceResult {
  /** Through the site's own query path: aliases, close spellings, its ranking of the parts. */
  siteSearch: RelevanceSummary;
  /** Pagefind alone on the query as typed, with the same display limits. */
  pagefindAlone: RelevanceSummary;
  /** The site's figures per kind of query (name, misspelling, question …). */
  byKind: Record<string, RelevanceSummary>;
  /** Every query's rank (1 = first link shown; null = no link shown answers it). */
  ranks: { query: string; kind: string; rank: number | null; pagefindAloneRank: number | null }[];
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseRun {
  /** The Lighthouse release that audited the page; scores move between releases. */
  lighthouseVersion: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
  /** 0–100 per category. */
  scores: Record<LighthouseCategory, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points, for the report on a missed budget. */
  failedAudits: string[];
  /** The performance score of every run, when the page was audited more than once. */
  performanceRuns?: number[];
}

export interface BuildTimes {
  runsMs: number[];
  medianMs: number;
  pagefindMs: number[];
  pagefindMedianMs: number;
  /** Pagefind's part of the build's wall time, 0–1. */
  pagefindShare: number;
  pagefindSource: 'build log' | 'timed separately' | 'not in the build';
}

export interface ScalingPoint {
  sections: number;
  /** The run that measured this size (a run of some sizes keeps the others' points). */
  run?: string;
  /** How the site was built: whole, or its sections written for the index only (too large to build whole). */
  build?: 'whole site' | 'index only';
  pages: number;
  /** The whole build's wall time; not measured for an index-only build. */
  buildMs: number;
  /** Pagefind's index and the search data beside it. */
  indexMs: number;
  /** The index proper: pagefind-entry.json, *.pf_meta, index/, fragment/, filter/. */
  indexBytes: number;
  indexFiles: number;
  /** All of pagefind/: the index plus runtime, wasm and Pagefind's bundled UIs. */
  bundleBytes: number;
  /** All of search-data/: the aliases and every part of the vocabulary for close spellings. */
  searchDataBytes: number;
  /** The largest vocabulary part: the most a query can fetch for close spellings. */
  largestVocabularyPartBytes: number;
  /** gzip bytes fetched by a first search from the header on /, median. */
  firstSearchGzipBytes: number;
  /** gzip bytes a warm query fetches on /search/, median. */
  bytesPerQueryGzip: number;
  coldMedianMs: number;
  warmMedianMs: number;
}

/** The figures of a scaling point that grow with the corpus. */
export type ScalingFigure = Exclude<keyof ScalingPoint, 'sections' | 'run' | 'build'>;

export interface ScalingResult {
  points: ScalingPoint[];
  /** Why search figures are missing (NaN), when they are. */
  searchNote?: string;
  /** Growth factor per 10× sections, from the smallest to the largest size. */
  growthPer10x: Record<ScalingFigure, number>;
  /** The same from the second-largest size to the largest, with three sizes or more. */
  growthPer10xLastStep?: Record<ScalingFigure, number>;
}

/** What each part measures, as it is stored. */
export interface PartFigures {
  pages: PageWeight[];
  search: SearchResult;
  relevance: RelevanceResult;
  lighthouse: LighthouseRun[];
  build: BuildTimes;
  scaling: ScalingResult;
}

/** The figures of the parts that ran (or that a results file holds). */
export type Figures = Partial<PartFigures>;

/** One `npm run bench`: when, on what, and how busy the machine was. */
export interface RunMeta {
  /** ISO time the run started; parts name their run by it. */
  date: string;
  node: string;
  chromium: string;
  cpus: number;
  /** 1-minute load average at the start and the end: above the CPU count, timings are inflated. */
  loadAverage: [number, number];
  quick: boolean;
  parts: Part[];
}

/** One part's latest outcome: its figures, or why it failed. */
export interface PartEntry<P extends Part> {
  /** The date of the run it came from (see RunMeta). */
  run: string;
  /** 1-minute load average when the part started and ended. */
  loadAverage: [number, number];
  seconds: number;
  figures?: PartFigures[P];
  /** Set when the part failed; its older figures are dropped rather than passed off as current. */
  error?: string;
}

export type PartEntries = { [P in Part]?: PartEntry<P> };

/** bench/results.json: the latest outcome of every part, the runs they came from, and the budgets over them. */
export interface ResultsFile {
  runs: RunMeta[];
  parts: PartEntries;
  budgets: Finding[];
}
