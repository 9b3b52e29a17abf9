import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {banner, button, openSite, ran, settle, watchPage} from './site.js';

// A site with two services under performance, each with its own gated script.
const SERVICES = {
  performance: [
    {id: 'metrika', name: 'Yandex Metrika', vendor: 'Yandex', cookies: ['_ym_uid'], abroad: false},
    {id: 'clarity', name: 'Microsoft Clarity', vendor: 'Microsoft', cookies: ['_clck'], abroad: true},
  ],
};
const ELEMENT = `<kelisim-consent policy-url="/privacy" revision="1">
  <script type="application/json">${JSON.stringify({services: SERVICES})}</script>
</kelisim-consent>`;
const BODY = `
<script type="text/plain" data-category="performance" data-service="metrika" src="https://mc.yandex.ru/metrika/tag.js"></script>
<script type="text/plain" data-category="performance" data-service="clarity" src="https://pixel.k-s.test/clarity.js"></script>
<script type="text/plain" data-category="performance" data-service="clarity">(window.ran = window.ran || []).push('clarity');</script>`;

const open = (page: Page) => openSite(page, {element: ELEMENT, body: BODY});
const consentCookie = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === 'kelisim')?.value;

test.describe('per-service choices', () => {
  test('allowing one of two services runs only its script, and a reload keeps it so', async ({page}) => {
    const watch = await watchPage(page);
    await open(page);
    await button(page, 'settings-button').click();
    const dialog = page.locator('kelisim-consent [part~="dialog"]');
    await dialog.getByRole('switch', {name: 'Yandex Metrika'}).check();
    await expect(dialog.getByRole('switch', {name: 'Performance cookies'})).toHaveAttribute('aria-checked', 'mixed');
    await expect(dialog.getByRole('switch', {name: 'Microsoft Clarity'})).not.toBeChecked();
    await dialog.locator('[part~="save-button"]').click();

    await expect.poll(() => ran(page)).toEqual(['metrika tag.js']);
    await settle(page);
    expect(await ran(page)).toEqual(['metrika tag.js']);
    expect(watch.requests).toEqual(['https://mc.yandex.ru/metrika/tag.js']);
    expect(await consentCookie(page)).toMatch(/\.essential:1\|performance:1\|functional:0\.\d+\.\d+\.en\.clarity$/);

    watch.requests.length = 0;
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['metrika tag.js']);
    await settle(page);
    await expect(banner(page)).toHaveCount(0);
    expect(await ran(page)).toEqual(['metrika tag.js']);
    expect(watch.requests).toEqual(['https://mc.yandex.ru/metrika/tag.js']);
    expect(watch.errors).toEqual([]);
  });

  test('switching a service off later removes its cookies, and reloads the page its script ran on', async ({page}) => {
    const watch = await watchPage(page);
    await open(page);
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toEqual(['metrika tag.js', 'clarity']);
    await page.evaluate(() => (document.cookie = '_ym_uid=1; path=/'));
    await page.evaluate(() => (document.cookie = '_clck=1; path=/'));
    await page.evaluate(() => ((window as unknown as {before?: boolean}).before = true));

    await page.getByRole('link', {name: 'Cookie settings'}).click();
    const dialog = page.locator('kelisim-consent [part~="dialog"]');
    await dialog.getByRole('switch', {name: 'Microsoft Clarity'}).uncheck();
    await dialog.locator('[part~="save-button"]').click();

    // Clarity's code has no opt-out: the page is loaded again, and only Metrika runs.
    await expect.poll(() => page.evaluate(() => (window as unknown as {before?: boolean}).before)).toBeUndefined();
    await expect.poll(() => ran(page)).toEqual(['metrika tag.js']);
    const cookies = (await page.context().cookies()).map((cookie) => cookie.name);
    expect(cookies).toContain('_ym_uid');
    expect(cookies).not.toContain('_clck');
    expect(watch.errors).toEqual([]);
  });

  test('a record written before services existed is still read: every service follows its category', async ({
    page,
    baseURL,
  }) => {
    const now = Math.floor(Date.now() / 1000);
    const old = `1.0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b.1.essential:1|performance:1|functional:0.${now}.${now}.en`;
    await page.context().addCookies([{name: 'kelisim', value: old, url: baseURL}]);
    const watch = await watchPage(page);
    await open(page);
    await expect.poll(() => ran(page)).toEqual(['metrika tag.js', 'clarity']);
    await settle(page);
    await expect(banner(page)).toHaveCount(0);
    expect(watch.requests.sort()).toEqual(['https://mc.yandex.ru/metrika/tag.js', 'https://pixel.k-s.test/clarity.js']);
    expect(watch.warnings.filter((message) => message.includes('ignored'))).toEqual([]);
    expect(watch.errors).toEqual([]);
    // The stored record is left as it was: nothing was decided.
    expect(await consentCookie(page)).toBe(old);
  });

  test('the nested dialog passes axe, in every language, with a category showing "some"', async ({page}) => {
    await open(page);
    await button(page, 'settings-button').click();
    const dialog = page.locator('kelisim-consent [part~="dialog"]');
    await dialog.getByRole('switch', {name: 'Microsoft Clarity'}).check();
    // Keyboard: the next switch is reached with Tab and toggled with Space.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('switch', {name: 'Yandex Metrika'})).toBeChecked();
    await page.keyboard.press('Space');
    await expect(dialog.locator('input[name="performance"]')).toHaveAttribute('aria-checked', 'mixed');
    for (const language of ['kk', 'ru', 'en']) {
      await dialog.locator(`[part~="language-button"][lang="${language}"]`).click();
      const results = await new AxeBuilder({page})
        // WebKit over WebDriver has one page, so axe runs whole in it (the same rules; this page has no frames).
        .setLegacyMode(test.info().project.name === 'webkit')
        .include('kelisim-consent')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((violation) => `${language} ${violation.id}`)).toEqual([]);
    }
  });
});
