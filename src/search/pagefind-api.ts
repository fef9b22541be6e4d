/** The part of Pagefind's browser API this site uses (pagefind.js, version 1.6), shared by the browser and Node. */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters?: Record<string, Record<string, number>>;
}
export interface PagefindLocation {
  balanced_score: number;
  location: number;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` count its words. */
  content: string;
  /** Where the page matched: word positions in `content`. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    anchor?: { id: string };
    locations: number[];
    weighted_locations: PagefindLocation[];
  }[];
}
