// The five seed sites as deployed demos (demo/sites/), and the single-page app (demo/spa/).
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {onPageError, settle} from './site.js';

/** Requests to the demo's stand-in vendors, and page errors. */
function watchFakes(page: Page) {
  const watch = {fakes: [] as string[], errors: [] as string[]};
  page.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (pathname.startsWith('/fake-analytics/')) watch.fakes.push(pathname.replace('/fake-analytics/', ''));
  });
  onPageError(page, (message) => watch.errors.push(message));
  return watch;
}

const banner = (page: Page) => page.locator('kelisim-consent [part~="banner"]');
const title = (page: Page) => page.locator('kelisim-consent [part~="banner"] [part~="title"]');

test('the demo index links every seed site and the SPA', async ({page}) => {
  await page.goto('/');
  for (const path of ['orta-community', 'spark-kz', 'kz-k-s-app', 'dosmart-kz', 'sorpa-com']) {
    await expect(page.locator(`a[href="/sites/${path}.html"]`)).toBeVisible();
  }
  await expect(page.locator('a[href="/spa/"]')).toBeVisible();
});

test('orta.community: Kazakh by default with its own category wording, Metrika by id after consent', async ({page}) => {
  const watch = watchFakes(page);
  await page.goto('/sites/orta-community.html');
  await expect(title(page)).toHaveText('Біз cookie файлдарын қолданамыз');
  await page.locator('kelisim-consent [part~="settings-button"]').click();
  const dialog = page.locator('kelisim-consent [part~="dialog"]');
  // Section 8 of orta.community's policy, in its own words.
  await expect(dialog.getByRole('switch', {name: 'Өнімділікті бағалауға арналған cookie файлдары'})).toBeVisible();
  await expect(dialog).toContainText('Келушілердің сайтты қалай пайдаланатынын талдауға және оның жұмысын бақылауға');
  await expect(dialog).toContainText('веб-сайттың дұрыс жұмыс істеуі үшін қажет'.replace('веб', 'Веб'));
  await dialog.getByRole('button', {name: 'Русский'}).click();
  await expect(dialog.getByRole('switch', {name: 'Аналитические файлы cookie'})).toBeVisible();
  await dialog.getByRole('button', {name: 'Қазақша'}).click();
  await settle(page);
  expect(watch.fakes).toEqual([]);
  await dialog.getByRole('button', {name: 'Барлығын қабылдау'}).click();
  await expect(page.locator('#status-metrika')).toHaveText('running (90000001): init');
  expect(watch.fakes).toEqual(['metrika.js']);
  expect(watch.errors).toEqual([]);
});

test('spark.kz: Metrika and GA by id under Consent Mode v2, nothing before consent', async ({page}) => {
  const watch = watchFakes(page);
  await page.goto('/sites/spark-kz.html');
  await expect(title(page)).toHaveText('Мы используем файлы cookie');
  await settle(page);
  expect(watch.fakes).toEqual([]);
  const commands = () =>
    page.evaluate(() =>
      (window as unknown as {dataLayer: IArguments[]}).dataLayer.map((args) =>
        `${args[0]} ${typeof args[1] === 'string' ? args[1] : ''}`.trim()
      )
    );
  expect(await commands()).toEqual(['consent default']);
  await page.getByRole('button', {name: 'Принять все'}).click();
  await expect(page.locator('#status-ga')).toContainText('config G-SPARK0004');
  await expect(page.locator('#status-metrika')).toHaveText('running (90000004): init');
  expect(await commands()).toEqual(['consent default', 'consent update', 'js', 'config G-SPARK0004']);
  expect(watch.fakes.sort()).toEqual(['gtag.js', 'metrika.js']);
});

test('kz.k-s.app: the tracking pixel and the video get their source only after consent', async ({page}) => {
  const watch = watchFakes(page);
  await page.goto('/sites/kz-k-s-app.html');
  const placeholder = page.locator('kelisim-placeholder');
  await expect(placeholder).toContainText('Содержимое Video заблокировано');
  await settle(page);
  expect(watch.fakes).toEqual([]);
  expect(await page.locator('#pixel').getAttribute('src')).toBeNull();
  await placeholder.getByRole('button', {name: 'Разрешить и показать'}).click();
  await expect(page.frameLocator('iframe').locator('p')).toContainText('Видеоплеер');
  expect(watch.fakes).toEqual(['video.html']);
  expect(await page.locator('#pixel').getAttribute('src')).toBeNull();
  await page.getByRole('link', {name: 'Настройки cookie'}).click();
  await page.getByRole('switch', {name: 'Аналитические файлы cookie'}).check();
  await page.getByRole('button', {name: 'Сохранить выбор'}).click();
  await expect(page.locator('#pixel')).toHaveAttribute('src', '/fake-analytics/pixel.svg');
  await expect.poll(() => watch.fakes).toContain('pixel.svg');
});

test('dosmart.kz: a revision bump asks again, with the earlier choice pre-selected', async ({page}) => {
  const watch = watchFakes(page);
  await page.goto('/sites/dosmart-kz.html');
  await page.locator('kelisim-consent [part~="settings-button"]').click();
  await page.getByRole('switch', {name: 'Функционалды cookie файлдары'}).check();
  await page.getByRole('button', {name: 'Таңдауды сақтау'}).click();
  await expect(page.locator('#status-chat')).toHaveText('running');

  watch.fakes.length = 0;
  await page.goto('/sites/dosmart-kz-v2.html');
  await expect(banner(page)).toBeVisible();
  await settle(page);
  expect(watch.fakes).toEqual([]);
  await expect(page.locator('#status-chat')).toHaveText('not running');
  await page.locator('kelisim-consent [part~="settings-button"]').click();
  await expect(page.getByRole('switch', {name: 'Функционалды cookie файлдары'})).toBeChecked();
  await expect(page.getByRole('switch', {name: 'Өнімділікті бағалауға арналған cookie файлдары'})).not.toBeChecked();
  await page.getByRole('button', {name: 'Таңдауды сақтау'}).click();
  await expect(page.locator('#status-chat')).toHaveText('running');
});

test('sorpa.com: its own marketing category, in its own words in kk, ru and en', async ({page}) => {
  const watch = watchFakes(page);
  await page.goto('/sites/sorpa-com.html');
  await page.locator('kelisim-consent [part~="settings-button"]').click();
  const dialog = page.locator('kelisim-consent [part~="dialog"]');
  await expect(dialog.getByRole('switch', {name: 'Рекламные файлы cookie'})).toBeVisible();
  await dialog.getByRole('button', {name: 'Қазақша'}).click();
  await expect(dialog.getByRole('switch', {name: 'Жарнамалық cookie файлдары'})).toBeVisible();
  await dialog.getByRole('button', {name: 'English'}).click();
  await expect(dialog.getByText('Let partners show you advertising that interests you.')).toBeVisible();
  await dialog.getByRole('switch', {name: 'Functional cookies'}).check();
  await dialog.getByRole('button', {name: 'Save choice'}).click();
  await settle(page);
  expect(watch.fakes).toEqual([]);
  await expect(page.locator('#status-ads')).toHaveText('not running');
  await page.evaluate(() => window.Kelisim!.accept(['marketing']));
  await expect(page.locator('#status-ads')).toHaveText('running');
  expect(watch.errors).toEqual([]);
});

test.describe('the single-page app', () => {
  test('consent survives navigation; route scripts and analytics hits follow consent', async ({page}) => {
    const watch = watchFakes(page);
    await page.goto('/spa/');
    await expect(banner(page)).toBeVisible();
    await page.getByRole('link', {name: 'Catalog'}).click();
    await expect(page).toHaveURL(/\/spa\/catalog$/);
    await expect(page.locator('#route-widget')).toHaveText('not running');
    await settle(page);
    expect(watch.fakes).toEqual([]);

    await page.locator('kelisim-consent [part~="accept-button"]').click();
    await expect(page.locator('#route-widget')).toHaveText('running');
    await expect(page.locator('#status-metrika')).toContainText('init');
    await page.getByRole('link', {name: 'About'}).click();
    await expect(page.locator('#status-metrika')).toContainText('hit /spa/about');
    await expect(page.locator('#status-ga')).toContainText('event page_view');
    await page.getByRole('link', {name: 'Catalog'}).click();
    await expect(page.locator('#route-widget')).toHaveText('running');
    await expect(banner(page)).toHaveCount(0);
    await expect(page.locator('#status-consent')).toHaveText('current: essential, performance, functional');

    // Withdrawn from the footer link: both tags have an opt-out, so no reload; navigation sends no more hits.
    await page.getByRole('link', {name: 'Cookie settings'}).click();
    await page.getByRole('switch', {name: 'Performance cookies'}).uncheck();
    await page.getByRole('button', {name: 'Save choice'}).click();
    await expect(page.locator('#status-consent')).toHaveText('current: essential, functional');
    const metrika = await page.locator('#status-metrika').textContent();
    watch.fakes.length = 0;
    await page.getByRole('link', {name: 'Home'}).click();
    await settle(page);
    expect(await page.locator('#status-metrika').textContent()).toBe(metrika);
    expect(watch.fakes).toEqual([]);
  });

  test('a deep link opens its route with the stored choice', async ({page}) => {
    await page.goto('/spa/');
    await page.locator('kelisim-consent [part~="accept-button"]').click();
    await page.goto('/spa/catalog');
    await expect(page.locator('#route-widget')).toHaveText('running');
    await expect(banner(page)).toHaveCount(0);
  });
});
