import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tools/browser.ts';
import { bestRun } from '../lib/best-run.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseCategory, type LighthouseRun } from '../lib/results.ts';

type FormFactor = LighthouseRun['formFactor'];

type Lhr = Result;

async function audit(port: number, url: string, formFactor: FormFactor): Promise<Lhr> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

function summarizeRun(lhr: Lhr, path: string, formFactor: FormFactor): LighthouseRun {
  const score = (category: LighthouseCategory) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  const failedAudits = LIGHTHOUSE_CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${category}: ${audit!.id} (${audit!.displayValue ?? audit!.title})`),
  );
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    path,
    formFactor,
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, score(c)])) as Record<LighthouseCategory, number>,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failedAudits,
  };
}

/**
 * Lighthouse 13 against the local server: mobile (its default: a mid-range
 * phone on a throttled connection, simulated) and desktop. A fresh browser's
 * first page load carries start-up work that Lighthouse books as blocking
 * time, so one discarded warm-up run comes first. Each page is audited
 * `runs` times and the best run reported (see bestRun for why not the median).
 */
export async function runLighthouse(
  siteUrl: string,
  paths: readonly string[],
  formFactors: readonly FormFactor[],
  runs: number,
): Promise<LighthouseRun[]> {
  if (!chromiumPath)
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  // Lighthouse drives the browser itself over a DevTools port; chrome-launcher
  // starts Debian's Chromium with the browser tests' flags and a throwaway profile.
  const chromium = await launch({ chromePath: chromiumPath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  const results: LighthouseRun[] = [];
  try {
    await audit(chromium.port, siteUrl, 'mobile');
    for (const formFactor of formFactors) {
      for (const path of paths) {
        const url = new URL(path.replace(/^\//, ''), siteUrl).href;
        const audited: LighthouseRun[] = [];
        for (let i = 0; i < runs; i += 1)
          audited.push(summarizeRun(await audit(chromium.port, url, formFactor), path, formFactor));
        results.push(runs > 1 ? bestRun(audited) : audited[0]!);
      }
    }
  } finally {
    chromium.kill();
  }
  return results;
}
