import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages } from './citable-parts.ts';
import { referenceFile } from './format.ts';
import { CITATION_FILES, type CitationFileExtension } from './styles.ts';

/**
 * The reference files of every citable page, /cite/<page>.<bib|ris|json>:
 * one route file per format (src/pages/cite/), all built here from the
 * page's CSL record.
 */
export function referenceFileRoute(extension: CitationFileExtension): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  const file = CITATION_FILES.find((f) => f.extension === extension)!;
  return {
    getStaticPaths: async () => (await citablePages()).map((page) => ({ params: { part: page.key } })),
    GET: async ({ params }) => {
      const page = (await citablePages()).find((p) => p.key === params['part']);
      if (!page) throw new Error(`No citable page "${String(params['part'])}".`);
      return new Response(referenceFile(page.record, extension), { headers: { 'Content-Type': file.mediaType } });
    },
  };
}
