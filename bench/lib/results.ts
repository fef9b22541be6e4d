/** The shape of bench/results.json, one optional part per measurement. */
import type { Bytes } from './gzip.ts';
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

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseRun {
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
  pages: number;
  buildMs: number;
  /** The index proper: pagefind-entry.json, *.pf_meta, index/, fragment/, filter/. */
  indexBytes: number;
  indexFiles: number;
  /** All of pagefind/: the index plus runtime, wasm and Pagefind's bundled UIs. */
  bundleBytes: number;
  /** gzip bytes fetched by a first search from the header on /, median. */
  firstSearchGzipBytes: number;
  /** gzip bytes a warm query fetches on /search/, median. */
  bytesPerQueryGzip: number;
  coldMedianMs: number;
  warmMedianMs: number;
}

export interface ScalingResult {
  points: ScalingPoint[];
  /** Why search figures are missing (NaN), when they are. */
  searchNote?: string;
  /** Growth factor per 10× sections, from the smallest to the largest size. */
  growthPer10x: Record<Exclude<keyof ScalingPoint, 'sections'>, number>;
}

export interface BenchResults {
  meta: {
    date: string;
    node: string;
    chromium: string;
    cpus: number;
    /** 1-minute load average at the start and the end: above the CPU count, timings are inflated. */
    loadAverage: [number, number];
    quick: boolean;
    parts: string[];
  };
  pages?: PageWeight[];
  search?: SearchResult;
  lighthouse?: LighthouseRun[];
  build?: BuildTimes;
  scaling?: ScalingResult;
  /** A part that failed to run, with the reason; the bench then exits non-zero. */
  errors?: Partial<Record<string, string>>;
}
