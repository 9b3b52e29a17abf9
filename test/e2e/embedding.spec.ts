import {expect, test} from '@playwright/test';
import {API_FUNCTIONS, banner, button, expectAnalyticsRan, openSite, watchPage, settle} from './site.js';

test.describe('embedding', () => {
  test('the script included twice gives one banner, a warning and no error', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {head: '<script src="/kelisim.js"></script>'});
    await expect(banner(page)).toHaveCount(1);
    await settle(page);
    expect(watch.errors).toEqual([]);
    expect(watch.warnings.join('\n')).toContain('included more than once');
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
  });

  test('a page with the script but no element still gets a banner and gating', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {element: ''});
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(watch.requests).toEqual([]);
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
  });

  test('window.Kelisim offers the API to inline scripts', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    const api = await page.evaluate(() => Object.keys(window.Kelisim!).sort());
    expect(api).toEqual(API_FUNCTIONS);
    await page.evaluate(() => window.Kelisim!.accept(['performance']));
    await expectAnalyticsRan(page, watch);
    await expect(banner(page)).toBeHidden();
  });
});
