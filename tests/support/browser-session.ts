import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type StaticSite } from '../../tools/server.ts';
import { ROOT_BUILD } from './site.ts';

/** A built site to serve: its folder (or a function giving it once a fixture is built) and its base path. */
export interface SiteToServe {
  dir: string | (() => string);
  base: string;
}

/** A site served for the tests of one file; `url` is known once its `beforeAll` has run. */
export interface ServedSite {
  /** e.g. http://127.0.0.1:41234/ or http://127.0.0.1:41234/nato-rok/ */
  readonly url: string;
}

/** The file's one Chromium: every context opened through it is closed with it. */
export interface SharedBrowser {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a context of its own, made with `options` (viewport, colorScheme, javaScriptEnabled …). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

export interface BrowserSession {
  browser: SharedBrowser;
  /** The site given to useBrowser. */
  site: ServedSite;
  /** Serves one more built site for the same tests; call it next to useBrowser, not inside a test. */
  serve(site: SiteToServe): ServedSite;
}

/**
 * The one way browser tests start: Debian's Chromium and the built site
 * served on 127.0.0.1, for the tests of the calling file or describe block.
 * Both open in `beforeAll` and close in `afterAll`; read them inside tests.
 */
export function useBrowser(site: SiteToServe = ROOT_BUILD): BrowserSession {
  let launched: Browser | undefined;
  let started = false;
  const servers: { site: SiteToServe; served?: StaticSite }[] = [];

  const serve = (toServe: SiteToServe): ServedSite => {
    if (started) throw new Error('Sites are served from beforeAll on: call serve() next to useBrowser().');
    const server: (typeof servers)[number] = { site: toServe };
    servers.push(server);
    return {
      get url() {
        if (!server.served)
          throw new Error('The site is served from beforeAll on: read its url inside a test or hook.');
        return server.served.url;
      },
    };
  };
  const running = () => {
    if (!launched) throw new Error('The browser opens in beforeAll: use it inside a test or hook.');
    return launched;
  };

  beforeAll(async () => {
    started = true;
    const serving = servers.map(async (server) => {
      const { dir, base } = server.site;
      server.served = await serveSite(typeof dir === 'function' ? dir() : dir, base);
    });
    [launched] = await Promise.all([launchBrowser(), ...serving]);
  });
  afterAll(async () => {
    // The browser first: connections it keeps open would hold a server's close() back.
    await launched?.close();
    await Promise.all(servers.map((server) => server.served?.close()));
  });

  const browser: SharedBrowser = {
    newContext: (options) => running().newContext(options),
    newPage: async (options) => (await running().newContext(options)).newPage(),
  };
  return { browser, site: serve(site), serve };
}
