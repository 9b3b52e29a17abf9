// What the start-up path does, and what it leaves for later, in the all-in-one script.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {ALL_IN_ONE, banner, button, expectAnalyticsRan, openSite, watchPage} from './site.js';

// A page's DOMContentLoaded listener, added before Kelisim's: a gated script released only at
// DOMContentLoaded would run after it; released while the page is parsed, it runs before.
const LISTENER = `<script>addEventListener('DOMContentLoaded', () => (window.order = [...(window.order ?? []), 'loaded']));</script>`;
const GATED = `<script type="text/plain" data-category="performance">window.order = [...(window.order ?? []), 'gated'];</script>
<p>More of the page.</p>`;

const order = (page: Page) => page.evaluate(() => (window as unknown as {order?: string[]}).order);

test.describe('start-up of the all-in-one script', () => {
  test('a returning visitor gets the analytics without Lit or the elements being evaluated', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    await button(page, 'accept-button').click();
    await expect(banner(page)).toHaveCount(0);
    watch.requests.length = 0;
    await page.reload();
    await expectAnalyticsRan(page, watch);
    expect(await page.evaluate(() => customElements.get('kelisim-consent'))).toBeUndefined();
    // Lit records its version on its first evaluation.
    expect(await page.evaluate(() => 'litElementVersions' in window)).toBe(false);
    expect(watch.errors).toEqual([]);
  });

  test('a first visitor gets the elements and the banner at once', async ({page}) => {
    await watchPage(page);
    await openSite(page);
    await expect(banner(page)).toBeVisible();
    expect(await page.evaluate(() => 'litElementVersions' in window)).toBe(true);
  });

  test("loaded in <head>, it releases a returning visitor's gated script while the page is parsed", async ({page}) => {
    await watchPage(page);
    const site = {script: `${LISTENER}${ALL_IN_ONE}`, body: GATED};
    await openSite(page, site);
    expect(await order(page)).toEqual(['loaded']);
    await button(page, 'accept-button').click();
    await openSite(page, site);
    await expect.poll(() => order(page)).toEqual(['gated', 'loaded']);
  });
});
