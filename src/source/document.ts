import sourceText from '../../content/source/relations-with-the-republic-of-korea.txt?raw';
import { parseLastUpdated } from './last-updated.ts';
import { parseSourceText } from './source-text.ts';

/** Title and date come from the canonical source, never retyped. */
const source = parseSourceText(sourceText);

export const documentTitle = source.title;
export const lastUpdatedText = source.lastUpdatedText;
export const lastUpdated = parseLastUpdated(source.lastUpdatedText);
export const publisher = 'NATO';
