import Photograph from './Photograph.astro';
import SourceParagraph from './SourceParagraph.astro';

/** The components MDX content may use, the same on section pages and /document/. */
export const contentComponents = { Photograph, p: SourceParagraph };
