import type { Page, Request } from 'playwright-core';
import { bytesOf, noBytes, type Bytes } from '../lib/gzip.ts';

export interface RecordedRequest {
  url: string;
  /** Chromium's resource type: document, stylesheet, script, image, fetch, other … */
  resourceType: string;
  contentType: string;
  bytes: Bytes;
  /** Order in which the page started the request. */
  seq: number;
  failed: boolean;
}

/**
 * Chromium's network log for one page: every request with the body it
 * received, so sizes are measured on what the browser actually fetched.
 */
export function recordNetwork(page: Page) {
  const started = new Map<Request, number>();
  const pending = new Set<Promise<void>>();
  const done: RecordedRequest[] = [];
  let lastActivity = performance.now();

  const settle = (request: Request, failed: boolean) => {
    const seq = started.get(request) ?? -1;
    const work = (async () => {
      const response = failed ? null : await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      done.push({
        url: request.url(),
        resourceType: request.resourceType(),
        contentType: response?.headers()['content-type'] ?? '',
        bytes: body.byteLength > 0 ? bytesOf(body) : noBytes,
        seq,
        failed,
      });
    })();
    pending.add(work);
    void work.finally(() => {
      pending.delete(work);
      lastActivity = performance.now();
    });
  };

  page.on('request', (request) => {
    if (request.url().startsWith('data:')) return;
    started.set(request, started.size);
    lastActivity = performance.now();
  });
  page.on('requestfinished', (request) => started.has(request) && settle(request, false));
  page.on('requestfailed', (request) => started.has(request) && settle(request, true));

  return {
    /** A point in the log; `since(mark)` returns the requests started after it. */
    mark: () => started.size,
    async since(mark = 0): Promise<RecordedRequest[]> {
      await Promise.all(pending);
      return done.filter((request) => request.seq >= mark).sort((a, b) => a.seq - b.seq);
    },
    /** Resolves once nothing has been in flight for `quietMs` (lazy fetches after a render). */
    async idle(quietMs = 250, timeoutMs = 5000): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const inFlight = started.size - done.length - pending.size;
        if (inFlight <= 0 && pending.size === 0 && performance.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

export type NetworkLog = ReturnType<typeof recordNetwork>;
