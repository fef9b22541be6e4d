/**
 * The citation styles shown: those Citation.js's CSL plugin ships. No npm
 * package ships the official MLA or Chicago styles, and copying style files
 * into the project is what this avoids, so those two are not offered; the
 * downloads carry every other style through a reference manager.
 */
export interface CitationStyle {
  /** Stable key, used in element data and tests. */
  key: 'apa' | 'harvard' | 'vancouver';
  /** What readers call it. */
  name: string;
  /** The template name in @citation-js/plugin-csl. */
  template: string;
}

export const CITATION_STYLES: readonly CitationStyle[] = [
  { key: 'apa', name: 'APA', template: 'apa' },
  { key: 'harvard', name: 'Harvard', template: 'harvard1' },
  { key: 'vancouver', name: 'Vancouver', template: 'vancouver' },
];

/** The reference files offered for download, with what each is for. */
export const CITATION_FILES = [
  { extension: 'bib', name: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  { extension: 'ris', name: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  { extension: 'json', name: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;

export type CitationFileExtension = (typeof CITATION_FILES)[number]['extension'];
