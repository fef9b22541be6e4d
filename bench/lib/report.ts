/**
 * The tables, in Markdown: printed after a run and written to
 * bench/results.md, so what the terminal shows is what the docs link to.
 */
import { markdownTable } from 'markdown-table';
import { PARTS, type Part } from './args.ts';
import type { Finding } from './check-budgets.ts';
import { factor, KB, kb, ms, NOT_MEASURED } from './format.ts';
import type { Bytes } from './gzip.ts';
import type { PartEntries, PartFigures, ResultsFile, RunMeta, ScalingFigure } from './results.ts';

const pair = (bytes: Bytes) => `${(bytes.raw / KB).toFixed(1)} / ${(bytes.gzip / KB).toFixed(1)}`;

/** Figures right-aligned; by default the first column names the row and the others are figures. */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = header.map((_, i) => (i === 0 ? 'l' : 'r')),
): string {
  return markdownTable([header, ...rows], { align });
}

function pagesTable(pages: PartFigures['pages']): string {
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

function searchTable(search: PartFigures['search']): string {
  if (search.status !== 'measured') return `Not measured: ${search.reason}`;
  const row = (
    name: string,
    s: { median: number; p95: number; min: number; max: number },
    show: (v: number) => string,
  ) => [name, show(s.median), show(s.p95), show(s.min), show(s.max)];
  const heaviest = search.firstSearch;
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
    `Heaviest first search ("${heaviest.query}"): ${kb(heaviest.bytes.gzip)} gzip, ${kb(heaviest.bytes.raw)} raw, ` +
      `${heaviest.files.length} files: ${heaviest.files.map((f) => `${f.url.split('/').pop()} ${kb(f.bytes.gzip)}`).join(', ')}`,
  ].join('\n\n');
}

const share = (value: number) => value.toFixed(2);

function relevanceTable(relevance: PartFigures['relevance']): string {
  const row = (name: string, r: PartFigures['relevance']['siteSearch']) => [
    name,
    String(r.queries),
    share(r.recallAt1),
    share(r.recallAt3),
    share(r.meanReciprocalRank),
  ];
  const header = ['queries', 'count', 'recall@1', 'recall@3', 'MRR'];
  const missed = relevance.ranks.filter((r) => r.rank === null || r.rank > 3);
  return [
    table(header, [
      row('site search (aliases, close spellings, its ranking)', relevance.siteSearch),
      row('Pagefind alone, on the query as typed', relevance.pagefindAlone),
    ]),
    table(
      ['site search, by kind of query', 'count', 'recall@1', 'recall@3', 'MRR'],
      Object.entries(relevance.byKind).map(([kind, figures]) => row(kind, figures)),
    ),
    missed.length === 0
      ? 'Every judged query is answered within the first three links.'
      : `Not answered within the first three links (${missed.length}): ` +
        missed.map((r) => `“${r.query}” (${r.rank === null ? 'not shown' : `rank ${r.rank}`})`).join(', '),
  ].join('\n\n');
}

function lighthouseTable(runs: PartFigures['lighthouse']): string {
  const versions = [...new Set(runs.map((r) => r.lighthouseVersion))].join(', ');
  const lines = [
    table(
      [`Lighthouse ${versions} (best run)`, 'form', 'perf (every run)', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
      runs.map((r) => [
        r.path,
        r.formFactor,
        r.performanceRuns ? `${r.scores.performance} (${r.performanceRuns.join(', ')})` : String(r.scores.performance),
        String(r.scores.accessibility),
        String(r.scores['best-practices']),
        String(r.scores.seo),
        ms(r.lcpMs),
        ms(r.tbtMs),
        Number.isFinite(r.cls) ? r.cls.toFixed(3) : NOT_MEASURED,
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  ];
  for (const run of runs.filter((r) => r.failedAudits.length > 0)) {
    lines.push(`${run.path} (${run.formFactor}) loses points on: ${run.failedAudits.join('; ')}`);
  }
  return lines.join('\n\n');
}

function buildTable(build: PartFigures['build']): string {
  return table(
    ['build (a fresh Node process, wall time)', 'median', 'runs'],
    [
      ['whole build', ms(build.medianMs), build.runsMs.map(ms).join(', ')],
      [
        `Pagefind indexing (${build.pagefindSource})`,
        ms(build.pagefindMedianMs),
        `${(build.pagefindShare * 100).toFixed(1)} % of the build`,
      ],
    ],
  );
}

function scalingTable(scaling: PartFigures['scaling']): string {
  const growthRow = (name: string, g: Record<ScalingFigure, number>) => [
    name,
    factor(g.pages),
    factor(g.buildMs),
    factor(g.indexMs),
    factor(g.indexBytes),
    factor(g.indexFiles),
    factor(g.bundleBytes),
    factor(g.searchDataBytes),
    factor(g.largestVocabularyPartBytes),
    factor(g.firstSearchGzipBytes),
    factor(g.bytesPerQueryGzip),
    factor(g.coldMedianMs),
    factor(g.warmMedianMs),
  ];
  const last = scaling.points.slice(-2).map((p) => p.sections);
  const lines = [
    table(
      [
        'sections (synthetic)',
        'pages',
        'build',
        'index + search data',
        'index',
        'index files',
        'pagefind/ total',
        'search data',
        'largest word part',
        'first search gz',
        'per query gz',
        'cold median',
        'warm median',
      ],
      [
        ...scaling.points.map((p) => [
          p.build === 'index only' ? `${p.sections} (index only)` : String(p.sections),
          String(p.pages),
          ms(p.buildMs),
          ms(p.indexMs),
          kb(p.indexBytes),
          String(p.indexFiles),
          kb(p.bundleBytes),
          kb(p.searchDataBytes),
          kb(p.largestVocabularyPartBytes),
          kb(p.firstSearchGzipBytes),
          kb(p.bytesPerQueryGzip),
          ms(p.coldMedianMs),
          ms(p.warmMedianMs),
        ]),
        growthRow('growth per 10×', scaling.growthPer10x),
        ...(scaling.growthPer10xLastStep
          ? [growthRow(`growth per 10×, ${last[0]} → ${last[1]}`, scaling.growthPer10xLastStep)]
          : []),
      ],
    ),
  ];
  const runs = [...new Set(scaling.points.map((p) => p.run).filter((run) => run !== undefined))];
  if (runs.length > 1)
    lines.push(
      `Sizes measured by different runs: ${scaling.points.map((p) => `${p.sections} on ${p.run ? when(p.run) : 'an earlier run'}`).join(', ')}.`,
    );
  if (scaling.points.some((p) => p.build === 'index only'))
    lines.push(
      '"index only": too large to build whole (every page lists every section), the generated sections were written ' +
        'as the pages the site renders, without the navigation, and indexed as the build indexes them; its search ' +
        'figures are the whole build’s, its build time is not measured (docs/performance.md). ' +
        'The growth of the build time runs to the largest size built whole.',
    );
  if (scaling.searchNote) lines.push(`Search not measured: ${scaling.searchNote}`);
  return lines.join('\n\n');
}

const TITLES: Record<Part, string> = {
  pages: 'Page weight',
  search: 'Search',
  relevance: 'Search relevance',
  lighthouse: 'Lighthouse',
  build: 'Build time',
  scaling: 'Scaling with synthetic sections',
};

function figuresTable<P extends Part>(part: P, figures: PartFigures[P]): string {
  const tables: { [Q in Part]: (figures: PartFigures[Q]) => string } = {
    pages: pagesTable,
    search: searchTable,
    relevance: relevanceTable,
    lighthouse: lighthouseTable,
    build: buildTable,
    scaling: scalingTable,
  };
  return tables[part](figures);
}

/** UTC, to the minute: enough to tell runs apart and the same on every machine. */
const when = (date: string) => `${date.slice(0, 16).replace('T', ' ')} UTC`;
const load = ([start, end]: readonly [number, number]) => `${start.toFixed(1)} → ${end.toFixed(1)}`;
const busy = (loadAverage: readonly [number, number], cpus: number) => Math.max(...loadAverage) > cpus;

export const BUSY_WARNING =
  'The machine was busy with other work (load above the CPU count): times are inflated; rerun on a quiet machine before trusting a miss.';

function partSection(part: Part, parts: PartEntries, runs: readonly RunMeta[]): string | undefined {
  const entry = parts[part];
  if (!entry) return undefined;
  const run = runs.find((meta) => meta.date === entry.run);
  const cpus = run?.cpus ?? Number.POSITIVE_INFINITY;
  const source =
    `From the run of ${when(entry.run)}${run?.quick ? ' (--quick)' : ''}: ` +
    `${entry.seconds.toFixed(0)} s, load average ${load(entry.loadAverage)} on ${run?.cpus ?? '?'} CPUs.`;
  const body = entry.error
    ? `**Failed:** ${entry.error}`
    : entry.figures !== undefined
      ? figuresTable(part, entry.figures)
      : 'No figures.';
  return [`## ${TITLES[part]}`, source, ...(busy(entry.loadAverage, cpus) ? [`**${BUSY_WARNING}**`] : []), body].join(
    '\n\n',
  );
}

function runsTable(runs: readonly RunMeta[]): string {
  return table(
    ['run', 'parts', 'mode', 'Node', 'Chromium', 'CPUs', 'load average'],
    runs.map((run) => [
      when(run.date),
      run.parts.join(', '),
      run.quick ? '--quick' : 'full',
      run.node,
      run.chromium || NOT_MEASURED,
      String(run.cpus),
      load(run.loadAverage),
    ]),
    ['l', 'l', 'l', 'l', 'l', 'r', 'r'],
  );
}

function budgetsTable(findings: readonly Finding[]): string {
  const unitOf = (finding: Finding, value: number) =>
    finding.unit === 'bytes'
      ? kb(value)
      : finding.unit === 'ms'
        ? ms(value)
        : finding.unit === 'share'
          ? share(value)
          : String(value);
  return table(
    ['', 'budget', 'subject', 'measured', 'limit'],
    findings.map((f) => [
      f.status === 'pass' ? 'ok' : 'MISS',
      f.budget,
      f.subject,
      f.actual === null ? `not measured (${f.note ?? 'unknown reason'})` : unitOf(f, f.actual),
      `${f.unit === 'score' || f.unit === 'share' ? '≥' : '≤'} ${unitOf(f, f.limit)}`,
    ]),
    ['l', 'l', 'l', 'r', 'r'],
  );
}

function budgetsSummary(findings: readonly Finding[]): string {
  if (findings.length === 0)
    return 'No budget checked: budgets apply to the pages, search, relevance and Lighthouse figures.';
  const missed = findings.filter((f) => f.status !== 'pass').length;
  const verdict =
    missed === 0
      ? `All ${findings.length} budget checks pass.`
      : `${missed} of ${findings.length} budget checks missed.`;
  return `${verdict}\n\n${budgetsTable(findings)}`;
}

/** The tables of the given parts and the budgets they were held to, as printed after a run. */
export function partsReport(file: ResultsFile, parts: readonly Part[]): string {
  return [
    ...parts.map((part) => partSection(part, file.parts, file.runs)).filter((section) => section !== undefined),
    `## Budgets (bench/budgets.ts)`,
    budgetsSummary(file.budgets.filter((finding) => (parts as readonly string[]).includes(finding.part))),
  ].join('\n\n');
}

/** bench/results.md: every part's latest figures, the runs they came from, and the budgets. */
export function resultsMarkdown(file: ResultsFile): string {
  return [
    '# Benchmark results',
    'Written by `npm run bench`; do not edit by hand. Every sample is in `bench/results.json`, the budgets are in ' +
      '`bench/budgets.ts`. A run of some parts (`npm run bench -- --only=…`) replaces only those parts, so each part ' +
      'names the run it came from. Times depend on the machine: compare runs on the same one.',
    '## Runs',
    runsTable(file.runs),
    '## Budgets',
    budgetsSummary(file.budgets),
    ...PARTS.map((part) => partSection(part, file.parts, file.runs)).filter((section) => section !== undefined),
  ].join('\n\n');
}
