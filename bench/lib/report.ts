/** The printed tables: one per part, then the budgets. */
import type { Finding } from './check-budgets.ts';
import { factor, KB, kb, ms, table } from './format.ts';
import type { Bytes } from './gzip.ts';
import type { BenchResults } from './results.ts';

const pair = (bytes: Bytes) => `${(bytes.raw / KB).toFixed(1)} / ${(bytes.gzip / KB).toFixed(1)}`;
const num = (value: number, show: (v: number) => string) => (Number.isFinite(value) ? show(value) : '–');

export function pagesTable(pages: NonNullable<BenchResults['pages']>): string {
  return table(
    [
      'page (first visit)',
      'requests',
      'HTML+CSS req',
      'HTML KB raw/gz',
      'CSS KB raw/gz',
      'JS KB raw/gz',
      'other KB raw/gz',
      'HTML+CSS gz',
      'JS before interaction gz',
    ],
    pages.map((p) => [
      p.sectionPage ? p.path : `${p.path} (not a section page)`,
      String(p.requests),
      String(p.htmlCssRequests),
      pair(p.html),
      pair(p.css),
      pair(p.js),
      pair(p.other),
      kb(p.html.gzip + p.css.gzip),
      kb(p.jsBeforeInteraction.gzip),
    ]),
  );
}

export function searchTable(search: NonNullable<BenchResults['search']>): string {
  if (search.status !== 'measured') return `search: NOT MEASURED: ${search.reason}`;
  const row = (
    name: string,
    s: { median: number; p95: number; min: number; max: number },
    show: (v: number) => string,
  ) => [name, show(s.median), show(s.p95), show(s.min), show(s.max)];
  return [
    table(
      ['search (Chromium, local server)', 'median', 'p95', 'min', 'max'],
      [
        row(
          `keystroke → results, cold: header field on / (${search.cold.samples.length} fresh pages)`,
          search.cold,
          ms,
        ),
        row(
          `keystroke → results, cold: /search/ (${search.coldSearchPage.samples.length} fresh pages)`,
          search.coldSearchPage,
          ms,
        ),
        row(`keystroke → results, warm: /search/ (${search.warm.samples.length} queries)`, search.warm, ms),
        row('bytes fetched by a first search from /, gzip', search.firstSearchGzip, kb),
        row('bytes fetched per warm query, gzip', search.warmBytesPerQuery, kb),
      ],
    ),
    `heaviest first search ("${search.firstSearch.query}"): ${kb(search.firstSearch.bytes.gzip)} gzip, ${kb(search.firstSearch.bytes.raw)} raw, ` +
      `${search.firstSearch.files.length} files: ${search.firstSearch.files.map((f) => `${f.url.split('/').pop()} ${kb(f.bytes.gzip)}`).join(', ')}`,
  ].join('\n');
}

export function lighthouseTable(runs: NonNullable<BenchResults['lighthouse']>): string {
  const lines = [
    table(
      ['Lighthouse 13 (best run)', 'form', 'perf (every run)', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
      runs.map((r) => [
        r.path,
        r.formFactor,
        r.performanceRuns ? `${r.scores.performance} (${r.performanceRuns.join(', ')})` : String(r.scores.performance),
        String(r.scores.accessibility),
        String(r.scores['best-practices']),
        String(r.scores.seo),
        ms(r.lcpMs),
        ms(r.tbtMs),
        r.cls.toFixed(3),
      ]),
    ),
  ];
  for (const run of runs.filter((r) => r.failedAudits.length > 0)) {
    lines.push(`  ${run.path} (${run.formFactor}) loses points on: ${run.failedAudits.join('; ')}`);
  }
  return lines.join('\n');
}

export function buildTable(build: NonNullable<BenchResults['build']>): string {
  return table(
    ['build (astro build, wall time)', 'median', 'runs'],
    [
      ['whole build', ms(build.medianMs), build.runsMs.map(ms).join(', ')],
      [
        `Pagefind indexing (${build.pagefindSource})`,
        ms(build.pagefindMedianMs),
        `${(build.pagefindShare * 100).toFixed(0)} % of the build`,
      ],
    ],
  );
}

export function scalingTable(scaling: NonNullable<BenchResults['scaling']>): string {
  const g = scaling.growthPer10x;
  const lines = [
    table(
      [
        'sections (synthetic)',
        'pages',
        'build',
        'index',
        'index files',
        'pagefind/ total',
        'first search gz',
        'per query gz',
        'cold median',
        'warm median',
      ],
      [
        ...scaling.points.map((p) => [
          String(p.sections),
          String(p.pages),
          ms(p.buildMs),
          kb(p.indexBytes),
          String(p.indexFiles),
          kb(p.bundleBytes),
          num(p.firstSearchGzipBytes, kb),
          num(p.bytesPerQueryGzip, kb),
          num(p.coldMedianMs, ms),
          num(p.warmMedianMs, ms),
        ]),
        [
          'growth per 10×',
          factor(g.pages),
          factor(g.buildMs),
          factor(g.indexBytes),
          factor(g.indexFiles),
          factor(g.bundleBytes),
          factor(g.firstSearchGzipBytes),
          factor(g.bytesPerQueryGzip),
          factor(g.coldMedianMs),
          factor(g.warmMedianMs),
        ],
      ],
    ),
  ];
  if (scaling.searchNote) lines.push(`search not measured: ${scaling.searchNote}`);
  return lines.join('\n');
}

const unitOf = (finding: Finding, value: number) =>
  finding.unit === 'bytes' ? kb(value) : finding.unit === 'ms' ? ms(value) : String(value);

export function budgetLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const mark = f.status === 'pass' ? 'ok  ' : 'MISS';
    const comparison = f.unit === 'score' ? '≥' : '≤';
    const actual = f.actual === null ? `not measured (${f.note ?? 'unknown reason'})` : unitOf(f, f.actual);
    return `${mark} ${f.budget} — ${f.subject}: ${actual} (budget ${comparison} ${unitOf(f, f.limit)})`;
  });
}
