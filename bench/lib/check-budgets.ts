/** Compares measured results with the budgets; pure, so it is unit-tested. */
import type { Budgets } from '../budgets.ts';
import { LIGHTHOUSE_CATEGORIES, type BenchResults } from './results.ts';

export type Unit = 'bytes' | 'ms' | 'requests' | 'score';

export interface Finding {
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

function atMost(budget: string, subject: string, actual: number, limit: number, unit: Unit): Finding {
  return { budget, subject, actual, limit, unit, status: actual <= limit ? 'pass' : 'fail' };
}

function atLeast(budget: string, subject: string, actual: number, limit: number, unit: Unit): Finding {
  return { budget, subject, actual, limit, unit, status: actual >= limit ? 'pass' : 'fail' };
}

export function checkBudgets(results: BenchResults, budgets: Budgets): Finding[] {
  const findings: Finding[] = [];
  for (const page of results.pages ?? []) {
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

  const search = results.search;
  if (search?.status === 'measured') {
    findings.push(
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
    );
  } else if (search) {
    const unmeasured = (budget: string, limit: number, unit: Unit): Finding => ({
      budget,
      subject: 'search page',
      actual: null,
      limit,
      unit,
      status: 'unmeasured',
      note: search.reason,
    });
    findings.push(
      unmeasured('first search, gzip', budgets.firstSearchGzipBytes, 'bytes'),
      unmeasured('keystroke to results, cold (median)', budgets.keystrokeToResultsMedianMs.cold, 'ms'),
      unmeasured('keystroke to results, warm (median)', budgets.keystrokeToResultsMedianMs.warm, 'ms'),
    );
  }

  for (const run of results.lighthouse ?? []) {
    for (const category of LIGHTHOUSE_CATEGORIES) {
      findings.push(
        atLeast(
          `Lighthouse ${category}`,
          `${run.path} (${run.formFactor})`,
          run.scores[category],
          budgets.lighthouseMinScore,
          'score',
        ),
      );
    }
  }
  return findings;
}

export function missedBudgets(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.status !== 'pass');
}
