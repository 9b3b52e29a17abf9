// What the page tests get when they import '@playwright/test' (tsconfig.test.json maps it here),
// so every spec runs in every engine without knowing: Playwright's test, except that where WebKit
// is WebKitGTK's MiniBrowser (no Playwright build), `page` drives it over WebDriver instead.
import {test as base} from 'playwright/test';
import type {Browser, BrowserContext, Page} from 'playwright/test';
import {startWebKitDriver} from '../../scripts/browsers.mjs';
import {TEST_HOSTS} from '../browsers.js';
import {WebDriverPage, notApplicable, orNotApplicable} from './webdriver/page.js';

export * from 'playwright/test';

interface WorkerFixtures {
  /** Set by the webkit project when WebKit is driven over WebDriver: the driver and the browser. */
  webdriver: {driver: string; binary: string} | undefined;
  webdriverPage: WebDriverPage | undefined;
}

export const test = base.extend<object, WorkerFixtures>({
  webdriver: [undefined, {option: true, scope: 'worker'}],
  // One MiniBrowser session per worker, reset between tests: a session takes seconds to start.
  webdriverPage: [
    async ({webdriver}, use) => {
      if (!webdriver) return use(undefined);
      const testPort = Number(process.env.KELISIM_TEST_PORT ?? 4317);
      const page = await WebDriverPage.launch({
        driverPort: await startWebKitDriver(webdriver.driver),
        binary: webdriver.binary,
        testPort,
        localHosts: TEST_HOSTS,
      });
      await use(page);
      await page.close();
    },
    {scope: 'worker', timeout: 120_000},
  ],
  // Playwright's own three fixtures, made again here so that the WebDriver project never launches a Playwright browser.
  browser: [
    async ({playwright, browserName, launchOptions, webdriver}, use) => {
      if (webdriver) {
        const newContext = () =>
          notApplicable(
            "WebKit over WebDriver: no new context (browser.newContext): MiniBrowser's languages and cookie jar are the session's"
          );
        return use(orNotApplicable({newContext}, 'browser') as unknown as Browser);
      }
      const browser = await playwright[browserName].launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    {scope: 'worker', timeout: 120_000},
  ],
  context: async ({browser, webdriverPage, baseURL, contextOptions}, use) => {
    if (webdriverPage) return use(orNotApplicable(webdriverPage.context(), 'context') as unknown as BrowserContext);
    const context = await browser.newContext({...contextOptions, baseURL});
    await use(context);
    await context.close();
  },
  page: async ({context, webdriverPage, launchOptions}, use) => {
    if (!webdriverPage) {
      const page = await context.newPage();
      // Over WebDriver BiDi, Playwright's media emulation loses the page in a stock Firefox.
      if (launchOptions.channel === 'moz-firefox')
        page.emulateMedia = () => notApplicable('stock Firefox over WebDriver BiDi: no media emulation');
      return use(page);
    }
    await use(orNotApplicable(webdriverPage, 'page') as unknown as Page);
    await webdriverPage.reset();
  },
});
