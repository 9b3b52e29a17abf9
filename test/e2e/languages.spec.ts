import {expect, test} from '@playwright/test';
import {openSite, watchPage} from './site.js';

const title = (page: import('@playwright/test').Page) =>
  page.locator('kelisim-consent [part~="banner"] [part~="title"]');

test.describe('languages', () => {
  test('<html lang="ru"> shows Russian, and the switch changes it to Kazakh at once', async ({page}) => {
    await watchPage(page);
    await openSite(page, {lang: 'ru'});
    await expect(title(page)).toHaveText('Мы используем файлы cookie');
    await expect(page.getByRole('button', {name: 'Отклонить все'})).toBeVisible();
    await page.getByRole('button', {name: 'Қазақша'}).click();
    await expect(title(page)).toHaveText('Біз cookie файлдарын қолданамыз');
    await expect(page.getByRole('button', {name: 'Барлығынан бас тарту'})).toBeVisible();
  });

  test('kk-KZ maps to Kazakh', async ({page}) => {
    await watchPage(page);
    await openSite(page, {lang: 'kk-KZ'});
    await expect(title(page)).toHaveText('Біз cookie файлдарын қолданамыз');
  });

  test("without a page language it follows the browser's languages", async ({browser, browserName}) => {
    test.skip(
      browserName === 'firefox',
      "a context's locale needs WebDriver BiDi emulation.setLocaleOverride, which stock Firefox ESR 140 lacks"
    );
    const context = await browser.newContext({locale: 'ru-RU'});
    const page = await context.newPage();
    await watchPage(page);
    await openSite(page, {lang: ''});
    await expect(title(page)).toHaveText('Мы используем файлы cookie');
    await context.close();
  });

  test("a site's texts from the JSON child replace shipped ones, and its own category shows", async ({page}) => {
    const watch = await watchPage(page);
    const texts = {
      texts: {
        en: {bannerTitle: 'Cookies at Sorpa', marketingTitle: 'Marketing', marketingDescription: 'Ads by partners.'},
      },
    };
    await openSite(page, {
      element: `<kelisim-consent categories="performance functional marketing">
        <script type="application/json">${JSON.stringify(texts)}</script></kelisim-consent>`,
    });
    await expect(title(page)).toHaveText('Cookies at Sorpa');
    await page.getByRole('button', {name: 'Settings'}).click();
    await expect(page.getByRole('switch', {name: 'Marketing'})).toBeVisible();
    await expect(page.getByText('Ads by partners.')).toBeVisible();
    await page.locator('kelisim-consent [part~="dialog"]').getByRole('button', {name: 'Русский'}).click();
    await expect(page.getByRole('switch', {name: 'Marketing'})).toBeVisible();
    expect(watch.warnings.join('\n')).toContain('No "marketingTitle" text for language "ru"');
    expect(watch.errors).toEqual([]);
  });
});
