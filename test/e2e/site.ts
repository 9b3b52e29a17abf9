// Helpers for page tests: a site page with the issue's gating markup, analytics hosts routed
// to local stubs, and a log of every request made to them.
import {expect} from '@playwright/test';
import type {Page} from '@playwright/test';

export const ANALYTICS_HOSTS = ['mc.yandex.ru', 'www.googletagmanager.com', 'www.google-analytics.com'];

/** Stand-ins for the vendors' tags: they record that they ran, as the real ones would start collecting. */
const STUBS: Record<string, string> = {
  'mc.yandex.ru': `window.ym = function () { (window.ran = window.ran || []).push('ym ' + [].join.call(arguments, ' ')); };
    (window.ran = window.ran || []).push('metrika tag.js');`,
  'www.googletagmanager.com': `(window.ran = window.ran || []).push('gtag.js');`,
  'www.google-analytics.com': '',
};

export interface SiteOptions {
  lang?: string;
  revision?: number;
  /** Markup placed after the element, before the gated scripts. */
  body?: string;
  /** Replaces the `<kelisim-consent>` markup. */
  element?: string;
  /** Extra markup in `<head>`, after the Kelisim script. */
  head?: string;
  path?: string;
}

export function siteHtml({lang = 'en', revision = 1, body = '', element, head = ''}: SiteOptions = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title>
<script src="/kelisim.js"></script>${head}</head>
<body>
<main><h1>A site</h1><a href="#" data-kelisim="preferences">Cookie settings</a></main>
${element ?? `<kelisim-consent policy-url="/privacy" revision="${revision}"></kelisim-consent>`}
${body}
<script type="text/plain" data-category="performance" src="https://mc.yandex.ru/metrika/tag.js"></script>
<script type="text/plain" data-category="performance">ym(123, 'init', {});</script>
<script type="text/plain" data-category="performance" data-src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>
<script type="text/plain" data-category="performance">
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-TEST');
</script>
</body>
</html>`;
}

/** Everything a page test watches: analytics requests, page errors, console messages. */
export interface Watch {
  analytics: string[];
  errors: string[];
  warnings: string[];
}

export async function routeAnalytics(page: Page): Promise<Watch> {
  const watch: Watch = {analytics: [], errors: [], warnings: []};
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
    if (message.type() === 'warning') watch.warnings.push(message.text());
  });
  for (const host of ANALYTICS_HOSTS) {
    await page.context().route(`https://${host}/**`, (route) => {
      watch.analytics.push(route.request().url());
      return route.fulfill({contentType: 'text/javascript', body: STUBS[host]});
    });
  }
  return watch;
}

/** Serves a site page at `path` on the test server's origin and opens it. */
export async function openSite(page: Page, options: SiteOptions = {}): Promise<void> {
  const path = options.path ?? '/site.html';
  await page.route(`**${path}`, (route) => route.fulfill({contentType: 'text/html', body: siteHtml(options)}));
  await page.goto(path);
}

export const banner = (page: Page) => page.locator('kelisim-consent [part~="banner"]');
export const button = (page: Page, name: string) => page.locator(`kelisim-consent [part~="banner"] [part~="${name}"]`);

/** Lets any late request happen before asserting that none did. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
}

export async function expectAnalyticsRan(page: Page, watch: Watch): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as {ran?: string[]}).ran ?? [])).toEqual([
    'metrika tag.js',
    'ym 123 init [object Object]',
    'gtag.js',
  ]);
  expect(watch.analytics.map((url) => new URL(url).hostname)).toEqual(['mc.yandex.ru', 'www.googletagmanager.com']);
}
