import {expect, test} from '@playwright/test';
import {banner, button, expectAnalyticsRan, openSite, ran, settle, watchPage} from './site.js';

test.describe('gating on a script-tag site', () => {
  test('makes no analytics request before consent', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(watch.requests).toEqual([]);
    expect(await page.evaluate(() => 'ym' in window || 'dataLayer' in window)).toBe(false);
    expect(watch.errors).toEqual([]);
  });

  test('loads Metrika and Google Analytics after Accept all, in document order', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    await button(page, 'accept-button').click();
    await expect(banner(page)).toBeHidden();
    await expectAnalyticsRan(page, watch);
    const dataLayer = await page.evaluate(() =>
      (window as unknown as {dataLayer: IArguments[]}).dataLayer.map((args) => args[0])
    );
    expect(dataLayer).toEqual(['js', 'config']);
    expect(watch.errors).toEqual([]);
  });

  test('loads neither after Reject all', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    await button(page, 'reject-button').click();
    await expect(banner(page)).toBeHidden();
    await settle(page);
    expect(watch.requests).toEqual([]);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'kelisim')?.value).toMatch(
      /essential:1\|performance:0\|functional:0/
    );
  });

  test('a returning visitor who accepted gets analytics with no click and no banner', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
    watch.requests.length = 0;
    await page.reload();
    await expectAnalyticsRan(page, watch);
    await settle(page);
    await expect(banner(page)).toHaveCount(0);
  });

  test('a returning visitor who rejected gets no analytics and no banner', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    await button(page, 'reject-button').click();
    await page.reload();
    await settle(page);
    await expect(banner(page)).toHaveCount(0);
    expect(watch.requests).toEqual([]);
  });

  test('a revision bump asks again and loads nothing until the visitor decides', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {revision: 1});
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);

    // The next visit comes after the site raised its policy revision (and the tags' hits from this one).
    await settle(page);
    watch.requests.length = 0;
    await openSite(page, {revision: 2, path: '/site-v2.html'});
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(watch.requests).toEqual([]);
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
  });

  test('a malformed cookie shows the banner, warns, and throws no error', async ({page, baseURL}) => {
    await page.context().addCookies([{name: 'kelisim', value: '{"granted":{"performance":true}}', url: baseURL}]);
    const watch = await watchPage(page);
    await openSite(page);
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(watch.requests).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.warnings.join('\n')).toContain('[kelisim] The stored consent is ignored');
  });

  test('an expired record asks again', async ({page, baseURL}) => {
    const longAgo = Math.floor(Date.now() / 1000) - 400 * 86_400;
    const value = `1.0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b.1.essential:1|performance:1|functional:1.${longAgo}.${longAgo}.en`;
    await page.context().addCookies([{name: 'kelisim', value, url: baseURL}]);
    const watch = await watchPage(page);
    await openSite(page);
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(watch.requests).toEqual([]);
  });

  test('releases gated scripts a single-page app adds later, only once allowed', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    const addLateScript = () =>
      page.evaluate(() => {
        const script = document.createElement('script');
        script.type = 'text/plain';
        script.dataset.category = 'functional';
        script.text = "(window.ran = window.ran || []).push('route widget')";
        document.body.append(script);
      });
    await addLateScript();
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as {ran?: string[]}).ran)).toBeUndefined();
    expect(watch.requests).toEqual([]);
    const widgetRuns = () =>
      page.evaluate(() => ((window as unknown as {ran?: string[]}).ran ?? []).filter((x) => x === 'route widget'));
    await button(page, 'accept-button').click();
    await expect.poll(widgetRuns).toEqual(['route widget']);
    await addLateScript();
    await expect.poll(widgetRuns).toEqual(['route widget', 'route widget']);
    expect(watch.errors).toEqual([]);
  });

  test('the footer link reopens the dialog; withdrawing there is stored and reloads the page', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page);
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
    await page.getByRole('link', {name: 'Cookie settings'}).click();
    const dialog = page.locator('kelisim-consent [part~="dialog"]');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('switch', {name: 'Performance cookies'})).toBeChecked();
    await dialog.getByRole('switch', {name: 'Performance cookies'}).uncheck();
    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', {name: 'Save choice'}).click();
    await reloaded;
    expect(await page.evaluate(() => window.Kelisim!.allowed('performance'))).toBe(false);
    await settle(page);
    expect(await ran(page)).toEqual([]);
  });
});
