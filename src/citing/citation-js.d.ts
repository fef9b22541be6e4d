/**
 * The part of Citation.js the site uses. The packages ship no type
 * declarations; these follow its documented API (citation.js.org).
 */
declare module '@citation-js/core' {
  interface CiteEntry {
    id: string;
    locator?: string;
    label?: string;
  }
  interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
    entry?: CiteEntry[];
  }
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(kind: 'bibliography' | 'citation', options?: FormatOptions): string;
    format(kind: 'bibtex' | 'ris' | 'data', options?: FormatOptions): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
