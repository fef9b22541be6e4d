import { getDocumentProxy } from 'unpdf';

/**
 * The text of each page of a PDF as a reader sees it: lines from top to
 * bottom, each the words on one baseline from left to right.
 */
export async function pdfPageLines(pdf: Uint8Array): Promise<string[][]> {
  const document = await getDocumentProxy(pdf);
  try {
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      const baselines = new Map<number, { x: number; text: string }[]>();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        // transform is [a, b, c, d, x, y]; y grows upwards. Half a point apart is the same line.
        const [x = 0, y = 0] = item.transform.slice(4);
        const baseline = Math.round(y * 2) / 2;
        baselines.set(baseline, [...(baselines.get(baseline) ?? []), { x, text: item.str }]);
      }
      pages.push(
        [...baselines.entries()]
          .sort(([above], [below]) => below - above)
          .map(([, items]) =>
            items
              .sort((left, right) => left.x - right.x)
              .map((item) => item.text)
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
          ),
      );
    }
    return pages;
  } finally {
    await document.loadingTask.destroy();
  }
}
