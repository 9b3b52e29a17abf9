// Shared steps of the withdrawal page tests (issue 11, item 4): a site on www.orta.test with
// Metrika and GA by attribute, and the one check every way of withdrawing must pass.
import {expect} from '@playwright/test';
import type {Page} from '@playwright/test';
import {port} from '../../../playwright.config.js';
import {button, settle} from '../site.js';

export const origin = `http://www.orta.test:${port}`;

export const element = (attributes = '') =>
  `<kelisim-consent policy-url="/privacy" revision="1" yandex-metrika="12345678" google-analytics="G-TEST1234" ${attributes}></kelisim-consent>`;

/** Names of every cookie the browser holds, on any domain and path. */
export const cookieNames = async (page: Page) => (await page.context().cookies()).map((cookie) => cookie.name).sort();

const storageKeys = (page: Page) =>
  page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort());

/**
 * Accepts all in the banner and waits until both tags have set their cookies and storage, and
 * their hits, sent while allowed, have arrived (a hit can reach the test late, over WebDriver).
 */
export async function acceptAndWaitForTags(page: Page): Promise<void> {
  await button(page, 'accept-button').click();
  await expect.poll(() => cookieNames(page)).toEqual(['_ga', '_ga_TEST1234', '_ym_d', '_ym_uid', 'kelisim']);
  await expect.poll(() => storageKeys(page)).toEqual(expect.arrayContaining(['_ym12345678_lsid', '_ym_uid']));
  await settle(page);
}

/** Marks the window, so that a reload (which would lose the mark) can be told apart. */
export const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as {mark: boolean}).mark = true));

/**
 * What every withdrawal must leave: Google told `denied`, no analytics cookie or `_ym*` key,
 * both vendors' own opt-outs set (so no reload was needed: the window is the same one) and a
 * tag that the page itself calls afterwards sends nothing. `kept`: the cookies that remain.
 */
export async function expectFullWithdrawal(page: Page, requests: string[], kept = ['kelisim']): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as {mark?: boolean}).mark)).toBe(true);
  const lastConsent = await page.evaluate(() => {
    const layer = (window as unknown as {dataLayer?: IArguments[]}).dataLayer ?? [];
    const commands = layer.map((args) => [...args]).filter((args) => args[0] === 'consent');
    return commands.at(-1);
  });
  expect(lastConsent?.slice(0, 2)).toEqual(['consent', 'update']);
  expect(lastConsent?.[2]).toMatchObject({analytics_storage: 'denied', ad_storage: 'denied'});
  await expect.poll(() => cookieNames(page)).toEqual(kept);
  expect((await storageKeys(page)).filter((key) => key.startsWith('_ym'))).toEqual([]);
  const optOuts = await page.evaluate(() => {
    const page = window as unknown as Record<string, unknown>;
    return [page['ga-disable-G-TEST1234'], page['disableYaCounter12345678']];
  });
  expect(optOuts).toEqual([true, true]);

  requests.length = 0;
  await page.evaluate(() => {
    const page = window as unknown as {ym?: (...args: unknown[]) => void; gtag?: (...args: unknown[]) => void};
    page.ym?.(12345678, 'hit', location.href);
    page.gtag?.('event', 'page_view');
  });
  await settle(page);
  expect(requests.filter((url) => /\/watch\/|\/collect/.test(url))).toEqual([]);
  expect(await cookieNames(page)).toEqual(kept);
}
