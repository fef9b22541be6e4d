/** Compares measured results with the budgets; pure, so it is unit-tested. */
import type { Budgets } from '../budgets.ts';
import { LIGHTHOUSE_CATEGORIES, type Figures, type PartFigures } from './results.ts';

/** `share`: a fraction from 0 to 1, such as a recall; `score` and `share` are floors, the others ceilings. */
export type Unit = 'bytes' | 'ms' | 'requests' | 'score' | 'share';
type BudgetedPart = 'pages' | 'search' | 'relevance' | 'lighthouse' | 'scaling';
type Check = Omit<Finding, 'part'>;

export interface Finding {
  /** The part whose figures it checks. */
  part: BudgetedPart;
  budget: string;
  /** What was measured: a page, a query set, a Lighthouse run. */
  subject: string;
  actual: number | null;
  limit: number;
  unit: Unit;
  /** `unmeasured`: the part ran but could not measure this (counts as a miss). */
  status: 'pass' | 'fail' | 'unmeasured';
  note?: string;
}

function atMost(budget: string, subject: string, actual: number, limit: number, unit: Unit): Check {
  return { budget, subject, actual, limit, unit, status: actual <= limit ? 'pass' : 'fail' };
}

function atLeast(budget: string, subject: string, actual: number, limit: number, unit: Unit): Check {
  return { budget, subject, actual, limit, unit, status: actual >= limit ? 'pass' : 'fail' };
}

function pageChecks(pages: PartFigures['pages'], budgets: Budgets): Check[] {
  const findings: Check[] = [];
  for (const page of pages) {
    if (page.sectionPage) {
      findings.push(
        atMost(
          'section page HTML + CSS, gzip',
          page.path,
          page.html.gzip + page.css.gzip,
          budgets.sectionPage.htmlCssGzipBytes,
          'bytes',
        ),
        atMost(
          'section page HTML + CSS requests',
          page.path,
          page.htmlCssRequests,
          budgets.sectionPage.htmlCssRequests,
          'requests',
        ),
      );
    }
    findings.push(
      atMost(
        'JS before interaction, gzip',
        page.path,
        page.jsBeforeInteraction.gzip,
        budgets.jsBeforeInteractionGzipBytes,
        'bytes',
      ),
    );
  }
  return findings;
}

function searchChecks(search: PartFigures['search'], budgets: Budgets): Check[] {
  if (search.status === 'measured') {
    return [
      atMost(
        'first search, gzip',
        `heaviest of ${search.firstSearchGzip.samples.length} ("${search.firstSearch.query}")`,
        search.firstSearch.bytes.gzip,
        budgets.firstSearchGzipBytes,
        'bytes',
      ),
      atMost(
        'keystroke to results, cold (median)',
        `header field on /, ${search.cold.samples.length} fresh pages`,
        search.cold.median,
        budgets.keystrokeToResultsMedianMs.cold,
        'ms',
      ),
      atMost(
        'keystroke to results, cold (median)',
        `/search/, ${search.coldSearchPage.samples.length} fresh pages`,
        search.coldSearchPage.median,
        budgets.keystrokeToResultsMedianMs.cold,
        'ms',
      ),
      atMost(
        'keystroke to results, warm (median)',
        `/search/, ${search.warm.samples.length} queries`,
        search.warm.median,
        budgets.keystrokeToResultsMedianMs.warm,
        'ms',
      ),
    ];
  }
  const unmeasured = (budget: string, limit: number, unit: Unit): Check => ({
    budget,
    subject: 'search page',
    actual: null,
    limit,
    unit,
    status: 'unmeasured',
    note: search.reason,
  });
  return [
    unmeasured('first search, gzip', budgets.firstSearchGzipBytes, 'bytes'),
    unmeasured('keystroke to results, cold (median)', budgets.keystrokeToResultsMedianMs.cold, 'ms'),
    unmeasured('keystroke to results, warm (median)', budgets.keystrokeToResultsMedianMs.warm, 'ms'),
  ];
}

function relevanceChecks(relevance: PartFigures['relevance'], budgets: Budgets): Check[] {
  const site = relevance.siteSearch;
  const subject = `${site.queries} judged queries, site search`;
  return [
    atLeast('relevance: recall@1', subject, site.recallAt1, budgets.relevance.recallAt1, 'share'),
    atLeast('relevance: recall@3', subject, site.recallAt3, budgets.relevance.recallAt3, 'share'),
    atLeast(
      'relevance: mean reciprocal rank',
      subject,
      site.meanReciprocalRank,
      budgets.relevance.meanReciprocalRank,
      'share',
    ),
  ];
}

/** The size the budget names, when this run built it; a run of other sizes checks nothing. */
function scalingChecks(scaling: PartFigures['scaling'], budgets: Budgets): Check[] {
  const { sections, firstSearchGzipBytes, warmMedianMs } = budgets.atScale;
  const point = scaling.points.find((p) => p.sections === sections);
  if (!point) return [];
  const subject = `${sections.toLocaleString('en')} synthetic sections`;
  const check = (budget: string, actual: number, limit: number, unit: Unit): Check =>
    Number.isFinite(actual)
      ? atMost(budget, subject, actual, limit, unit)
      : { budget, subject, actual: null, limit, unit, status: 'unmeasured', note: scaling.searchNote ?? 'no figure' };
  return [
    check('first search at scale, gzip (median)', point.firstSearchGzipBytes, firstSearchGzipBytes, 'bytes'),
    check('keystroke to results at scale, warm (median)', point.warmMedianMs, warmMedianMs, 'ms'),
  ];
}

function lighthouseChecks(runs: PartFigures['lighthouse'], budgets: Budgets): Check[] {
  return runs.flatMap((run) =>
    LIGHTHOUSE_CATEGORIES.map((category) =>
      atLeast(
        `Lighthouse ${category}`,
        `${run.path} (${run.formFactor})`,
        run.scores[category],
        budgets.lighthouseMinScore,
        'score',
      ),
    ),
  );
}

/** Every budget the measured parts can be held to; parts that did not run check nothing. */
export function checkBudgets(figures: Figures, budgets: Budgets): Finding[] {
  const tagged = (part: BudgetedPart, checks: Check[]): Finding[] => checks.map((check) => ({ part, ...check }));
  return [
    ...tagged('pages', figures.pages ? pageChecks(figures.pages, budgets) : []),
    ...tagged('search', figures.search ? searchChecks(figures.search, budgets) : []),
    ...tagged('relevance', figures.relevance ? relevanceChecks(figures.relevance, budgets) : []),
    ...tagged('lighthouse', figures.lighthouse ? lighthouseChecks(figures.lighthouse, budgets) : []),
    ...tagged('scaling', figures.scaling ? scalingChecks(figures.scaling, budgets) : []),
  ];
}

export function missedBudgets(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.status !== 'pass');
}
