// Helpers for page tests: a site page with the issue's gating markup, third-party hosts routed
// to local stubs that behave like the real tags, and a log of every request made to them.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

/** Hosts no request may reach without consent; every request to them is routed and logged. */
export const TRACKED_HOSTS = [
  'mc.yandex.ru',
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'www.youtube.com',
  'pixel.k-s.test',
];

const stub = (file: string) => readFileSync(join(import.meta.dirname, 'stubs', file), 'utf8');
const RESPONSES: Record<string, {contentType: string; body: string}> = {
  'https://mc.yandex.ru/metrika/tag.js': {contentType: 'text/javascript', body: stub('metrika-tag.js')},
  'https://www.googletagmanager.com/gtag/js': {contentType: 'text/javascript', body: stub('gtag.js')},
  'https://www.youtube.com/embed/': {contentType: 'text/html', body: '<!doctype html><title>video</title><p>video</p>'},
};

export const GATED_SCRIPTS = `
<script type="text/plain" data-category="performance" src="https://mc.yandex.ru/metrika/tag.js"></script>
<script type="text/plain" data-category="performance">ym(123, 'init', {});</script>
<script type="text/plain" data-category="performance" data-src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>
<script type="text/plain" data-category="performance">
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-TEST');
</script>`;

export interface SiteOptions {
  lang?: string;
  revision?: number;
  /** Markup placed after the element; the issue's gated Metrika and GA scripts by default. */
  body?: string;
  /** Replaces the `<kelisim-consent>` markup. */
  element?: string;
  /** Extra markup in `<head>`, after the Kelisim script. */
  head?: string;
  /** How the page includes Kelisim: the all-in-one classic script by default. */
  script?: string;
  path?: string;
}

export const ALL_IN_ONE = '<script src="/kelisim.js"></script>';
export const SPLIT = '<script type="module" src="/dist/kelisim.mjs"></script>';

export function siteHtml(options: SiteOptions = {}) {
  const {lang = 'en', revision = 1, body = GATED_SCRIPTS, element, head = '', script = ALL_IN_ONE} = options;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title>
${script}${head}</head>
<body>
<main><h1>A site</h1><a href="#" data-kelisim="preferences">Cookie settings</a></main>
${element ?? `<kelisim-consent policy-url="/privacy" revision="${revision}"></kelisim-consent>`}
${body}
</body>
</html>`;
}

/** Everything a page test watches: requests to tracked hosts, page errors, console messages. */
export interface Watch {
  requests: string[];
  errors: string[];
  warnings: string[];
}

// Firefox over WebDriver BiDi reports as page errors what the page never threw:
// - its own console-service errors: "Cookie “kelisim” has been rejected for invalid domain.",
//   "Content-Security-Policy: The page’s settings blocked …". An exception the page throws reads
//   "Name: message" there, with a JavaScript name ("TypeError", "uncaught exception" for a thrown
//   non-Error); a report without one is the browser's.
// - "Permission denied to access property …" without a single stack frame: raised as Playwright's
//   init scripts run in a cross-origin frame while it navigates (never without an init script).
//   Script of the page that touches a cross-origin window has a frame on the stack.
const PAGE_EXCEPTION = /^(?:[A-Za-z_$][\w$]*|uncaught exception)$/;
const fromThePage = (error: Error) =>
  PAGE_EXCEPTION.test(error.name) &&
  !(error.message.startsWith('Permission denied to access property') && !/:\d+:\d+/.test(error.stack ?? ''));

/** Calls `record` with the message of each exception the page leaves uncaught. */
export function onPageError(page: Page, record: (message: string) => void): void {
  const firefox = test.info().project.use.browserName === 'firefox';
  page.on('pageerror', (error) => {
    if (!firefox || fromThePage(error)) record(error.message);
  });
}

export async function watchPage(page: Page): Promise<Watch> {
  const watch: Watch = {requests: [], errors: [], warnings: []};
  onPageError(page, (message) => watch.errors.push(message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
    if (message.type() === 'warning') watch.warnings.push(message.text());
  });
  for (const host of TRACKED_HOSTS) {
    await page.route(`https://${host}/**`, (route) => {
      const url = route.request().url();
      watch.requests.push(url);
      const response = Object.entries(RESPONSES).find(([prefix]) => url.startsWith(prefix))?.[1];
      return response ? route.fulfill(response) : route.fulfill({status: 204});
    });
  }
  return watch;
}

/** Serves a site page at `path` on the test server's origin (or `origin`) and opens it. */
export async function openSite(page: Page, options: SiteOptions & {origin?: string} = {}): Promise<void> {
  const url = `${options.origin ?? ''}${options.path ?? '/site.html'}`;
  await page.route(`**${options.path ?? '/site.html'}`, (route) =>
    route.fulfill({contentType: 'text/html', body: siteHtml(options)})
  );
  await page.goto(url);
}

export const banner = (page: Page) => page.locator('kelisim-consent [part~="banner"]');
export const button = (page: Page, name: string) => page.locator(`kelisim-consent [part~="banner"] [part~="${name}"]`);
export const ran = (page: Page) => page.evaluate(() => (window as unknown as {ran?: string[]}).ran ?? []);
export const hosts = (watch: Watch) => [...new Set(watch.requests.map((url) => new URL(url).hostname))].sort();

/**
 * Why a test of a page whose CSP has no 'unsafe-eval' skips Firefox: Playwright over WebDriver BiDi
 * evaluates in the page with eval(), for page.evaluate and for its own set-up of every document,
 * which that CSP blocks there and reports as a violation the page never made.
 */
export const CSP_BLOCKS_EVALUATE =
  "Playwright over WebDriver BiDi evaluates with eval() in the page (page.evaluate, its own set-up of each document), which a CSP without 'unsafe-eval' blocks in Firefox";

/**
 * Lets any late request happen before asserting that none did. Network idle is waited for only so
 * long: Firefox over WebDriver BiDi at times never reports a request as finished, and would hold
 * the test until it times out.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', {timeout: 5_000}).catch(() => undefined);
  await page.waitForTimeout(200);
}

/** The gated Metrika and GA scripts ran, in document order, and their loaders were fetched. */
export async function expectAnalyticsRan(page: Page, watch: Watch): Promise<void> {
  await expect.poll(() => ran(page)).toEqual(['metrika tag.js', 'ym 123 init {}', 'gtag.js']);
  expect(watch.requests).toContain('https://mc.yandex.ru/metrika/tag.js');
  expect(watch.requests).toContain('https://www.googletagmanager.com/gtag/js?id=G-TEST');
}

/** The functions of Kelisim's API, sorted: on `window.Kelisim` and among the npm entry's exports. */
export const API_FUNCTIONS = [
  'accept',
  'acceptAll',
  'addLanguage',
  'allowed',
  'getConsent',
  'isAllowed',
  'onChange',
  'rejectAll',
  'reset',
  'showPreferences',
];
