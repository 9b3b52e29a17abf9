// Issue 11, item 9: the element added late, removed and re-added, or replaced by a framework;
// the opener, onChange listeners and the banner keep working, with one runtime per page.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {ALL_IN_ONE, SPLIT, banner, button, openSite, ran, watchPage} from '../site.js';
import {gatedInline, watchErrors} from './gate-helpers.js';

const BODY = gatedInline('performance', 'analytics');
const dialog = (page: Page) => page.locator('kelisim-consent [part~="dialog"]');
const openPreferences = (page: Page) => page.getByRole('link', {name: 'Cookie settings'}).click();
const elements = (page: Page) => page.evaluate(() => document.querySelectorAll('kelisim-consent').length);

/** Keeps every decision an `onChange` listener hears in `window.heard`. */
const listen = (page: Page) =>
  page.evaluate(() => {
    const heard = ((window as unknown as {heard: string[][]}).heard = [] as string[][]);
    window.Kelisim!.onChange((change) => heard.push(change.granted));
  });
const heard = (page: Page) => page.evaluate(() => (window as unknown as {heard: string[][]}).heard);

for (const [build, script] of [
  ['all-in-one', ALL_IN_ONE],
  ['split', SPLIT],
]) {
  test.describe(`element lifecycle (${build} build)`, () => {
    test('an element added after DOMContentLoaded brings its own configuration', async ({page}) => {
      await watchPage(page);
      const errors = watchErrors(page);
      const warnings: string[] = [];
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      await openSite(page, {script, element: '', body: BODY});
      await page.evaluate(() => {
        const element = document.createElement('kelisim-consent');
        element.setAttribute('categories', 'performance marketing');
        element.setAttribute('cookie-name', 'late_consent');
        document.body.append(element);
      });
      await expect(banner(page)).toBeVisible();
      await expect.poll(() => elements(page)).toBe(1);
      await button(page, 'accept-button').click();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      expect(await page.evaluate(() => window.Kelisim!.getConsent().granted)).toEqual([
        'essential',
        'performance',
        'marketing',
      ]);
      const cookies = (await page.context().cookies()).map((cookie) => cookie.name);
      expect(cookies).toContain('late_consent');
      expect(cookies).not.toContain('kelisim');
      expect(warnings.filter((text) => text.includes('ignored'))).toEqual([]);
      expect(errors.uncaught).toEqual([]);
    });

    test('before a late element comes, a choice stored under the defaults releases nothing', async ({
      page,
      baseURL,
    }) => {
      // Stored when the site had no revision; the site has raised it since, on the element it renders late.
      const now = Math.floor(Date.now() / 1000);
      const value = `1.0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b.0.essential:1|performance:1|functional:1.${now}.${now}.en`;
      await page.context().addCookies([{name: 'kelisim', value, url: baseURL}]);
      const watch = await watchPage(page);
      await openSite(page, {script, element: '', body: BODY});
      await page.waitForTimeout(300);
      expect(await ran(page)).toEqual([]);
      expect(watch.warnings.join('\n')).toContain('No <kelisim-consent> on the page');
      // Nor does the API tell the page's own code to run.
      expect(await page.evaluate(() => window.Kelisim!.allowed('performance'))).toBe(false);
      await page.evaluate(() => {
        const element = document.createElement('kelisim-consent');
        element.setAttribute('revision', '1');
        document.body.append(element);
      });
      await expect(banner(page)).toBeVisible();
      expect(await ran(page)).toEqual([]);
      await button(page, 'accept-button').click();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
    });

    test('an element removed and added again keeps the banner, the opener and listeners', async ({page}) => {
      await watchPage(page);
      await openSite(page, {script, body: BODY});
      await expect(banner(page)).toBeVisible();
      await listen(page);
      await page.evaluate(() => {
        const element = document.querySelector('kelisim-consent')!;
        element.remove();
        document.body.append(element);
      });
      await expect(banner(page)).toBeVisible();
      await openPreferences(page);
      await expect(dialog(page)).toBeVisible();
      await dialog(page).locator('[part~="accept-button"]').click();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      expect(await heard(page)).toEqual([['essential', 'performance', 'functional']]);
    });

    test('an element a framework replaces (new one in, then old one out) takes over', async ({page}) => {
      await watchPage(page);
      const errors = watchErrors(page);
      await openSite(page, {script, body: BODY});
      await expect(banner(page)).toBeVisible();
      await listen(page);
      await page.evaluate(() => {
        const old = document.querySelector('kelisim-consent')!;
        const replacement = document.createElement('kelisim-consent');
        replacement.id = 'replacement';
        old.after(replacement);
        old.remove();
      });
      await expect(page.locator('#replacement [part~="banner"]')).toBeVisible();
      await expect.poll(() => elements(page)).toBe(1);
      await openPreferences(page);
      await expect(page.locator('#replacement [part~="dialog"]')).toBeVisible();
      await page.locator('#replacement [part~="dialog"] [part~="accept-button"]').click();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      expect(await heard(page)).toEqual([['essential', 'performance', 'functional']]);
      expect(errors.uncaught).toEqual([]);
    });

    test('with the element gone, the opener and onChange still work', async ({page}) => {
      await watchPage(page);
      const errors = watchErrors(page);
      await openSite(page, {
        script,
        body: BODY,
        element: '<kelisim-consent reload-on-withdraw="false"></kelisim-consent>',
      });
      await button(page, 'accept-button').click();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      await listen(page);
      await page.evaluate(() => document.querySelector('kelisim-consent')!.remove());
      await page.evaluate(() => window.Kelisim!.accept(['functional']));
      expect(await heard(page)).toEqual([['essential', 'functional']]);
      await openPreferences(page);
      await expect(dialog(page)).toBeVisible();
      expect(errors.uncaught).toEqual([]);
    });

    test('an undecided visitor whose element was replaced before the UI loaded gets the banner', async ({page}) => {
      await watchPage(page);
      await openSite(page, {script, body: BODY});
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('kelisim-consent'))
          element.replaceWith(document.createElement('kelisim-consent'));
      });
      await expect(banner(page)).toBeVisible();
      await button(page, 'accept-button').click();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
    });
  });
}
