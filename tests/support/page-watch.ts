import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { useBrowser, type BrowserSession } from './browser-session.ts';

/** What a page did while it was watched, each as a readable line. */
export interface PageRecord {
  /** Console messages of type error or warning, from the page and its workers. */
  console: string[];
  /** Uncaught exceptions. */
  errors: string[];
  /** `securitypolicyviolation` events fired in the document. */
  violations: string[];
  /** URLs the CSP stopped before any request was made. */
  blocked: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Requests that failed, and responses with an error status. */
  failed: string[];
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
}

/**
 * Records console messages, errors, CSP violations and requests of every page
 * opened in `context`. Call it before opening pages; `reset()` starts a fresh record.
 */
export async function watchContext(context: BrowserContext): Promise<{ record: PageRecord; reset: () => void }> {
  const record: PageRecord = { console: [], errors: [], violations: [], blocked: [], requests: [], failed: [] };
  const reset = () => {
    for (const list of Object.values(record) as string[][]) list.length = 0;
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') record.console.push(describeConsole(message));
  };
  // Bindings and init scripts run outside the page's CSP, so they see every violation.
  await context.exposeBinding('__reportViolation', (_source, line: string, blockedURI: string) => {
    record.violations.push(line);
    if (/^(https?|wss?):/.test(blockedURI)) record.blocked.push(blockedURI);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (line: string, blockedURI: string) => void })
        .__reportViolation;
      const line = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`;
      void report(line, event.blockedURI);
    });
  });
  const watchPage = (page: Page) => {
    page.on('console', onConsole);
    page.on('pageerror', (error) => record.errors.push(`${page.url()}: ${error.message}`));
    page.on('worker', (worker) => worker.on('console', onConsole));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('request', (request) => record.requests.push(request.url()));
  context.on('requestfailed', (request) =>
    record.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  context.on('response', (response) => {
    if (response.status() >= 400) record.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return { record, reset };
}

/** One watched context and page in the file's browser, and the site served. */
export interface WatchedSession extends BrowserSession {
  page: Page;
  record: PageRecord;
  reset: () => void;
}

/**
 * Opens the session before the file's tests and closes it after them. The
 * returned object is filled in by `beforeAll`, so read it inside tests only.
 */
export function useWatchedSession(): WatchedSession {
  const session = useBrowser() as WatchedSession;
  beforeAll(async () => {
    const context = await session.browser.newContext();
    Object.assign(session, await watchContext(context));
    session.page = await context.newPage();
  });
  return session;
}
