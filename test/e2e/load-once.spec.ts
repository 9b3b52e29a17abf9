// "Load once": a placeholder shows its one embed for this page view without granting anything.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {banner, openSite, settle, watchPage} from './site.js';
import type {Watch} from './site.js';

const body = `
  <iframe width="560" height="315" title="Video" data-category="functional"
    data-src="https://www.youtube.com/embed/abc123"></iframe>
  <iframe width="560" height="315" title="Other video" data-category="functional"
    data-src="https://www.youtube.com/embed/other"></iframe>`;

/** Both embeds are behind their placeholders again, and nothing was requested since `watch` was emptied. */
async function expectBothBlocked(page: Page, watch: Watch): Promise<void> {
  await expect(page.locator('kelisim-placeholder')).toHaveCount(2);
  await settle(page);
  expect(await page.locator('iframe[src]').count()).toBe(0);
  expect(watch.requests).toEqual([]);
}

test('loads the one embed for this view only; after a reload it is blocked again and the cookie grants nothing', async ({
  page,
  context,
}) => {
  const watch = await watchPage(page);
  await openSite(page, {body});
  const first = page.locator('kelisim-placeholder').first();
  await first.getByRole('button', {name: 'Show just this once'}).click();

  await expect(page.locator('iframe[title="Video"]')).toBeVisible();
  await expect(page.locator('iframe[title="Video"]')).toHaveAttribute('src', 'https://www.youtube.com/embed/abc123');
  await expect.poll(() => watch.requests).toEqual(['https://www.youtube.com/embed/abc123']);
  // The other embed of the same category stays blocked, and nothing was decided.
  await expect(page.locator('kelisim-placeholder')).toHaveCount(1);
  expect(await page.locator('iframe[title="Other video"]').getAttribute('src')).toBeNull();
  expect(await page.evaluate(() => window.Kelisim!.getConsent())).toEqual({status: 'missing', granted: ['essential']});
  await expect(banner(page)).toBeVisible();
  expect((await context.cookies()).filter((cookie) => cookie.name === 'kelisim')).toEqual([]);

  // A choice made afterwards is stored as usual, without functional.
  await page.evaluate(() => window.Kelisim!.rejectAll());
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'kelisim');
  expect(decodeURIComponent(cookie.value)).toContain('functional:0');

  watch.requests.length = 0;
  await page.reload();
  await expectBothBlocked(page, watch);
  expect(await page.evaluate(() => window.Kelisim!.allowed('functional'))).toBe(false);
});

test('a visit back to the page blocks it again', async ({page, browserName}) => {
  test.skip(browserName === 'firefox', 'page.goBack over WebDriver BiDi loses the page in a stock Firefox');
  const watch = await watchPage(page);
  await openSite(page, {body});
  await page.locator('kelisim-placeholder').first().getByRole('button', {name: 'Show just this once'}).click();
  await expect(page.locator('iframe[title="Video"]')).toHaveAttribute('src', 'https://www.youtube.com/embed/abc123');
  await page.route('**/elsewhere.html', (route) => route.fulfill({contentType: 'text/html', body: '<p>Elsewhere</p>'}));
  await page.goto('/elsewhere.html');
  watch.requests.length = 0;
  await page.goBack();
  await expectBothBlocked(page, watch);
});

test('consent withdrawn on another page: a visit back keeps the embed blocked', async ({page, browserName}) => {
  test.skip(browserName === 'firefox', 'page.goBack over WebDriver BiDi loses the page in a stock Firefox');
  const watch = await watchPage(page);
  await openSite(page, {body});
  await page.evaluate(() => window.Kelisim!.accept(['functional']));
  await expect(page.locator('iframe[title="Video"]')).toHaveAttribute('src', 'https://www.youtube.com/embed/abc123');
  await openSite(page, {body: '', path: '/elsewhere.html'});
  await page.evaluate(() => window.Kelisim!.rejectAll());
  watch.requests.length = 0;
  await page.goBack();
  await expectBothBlocked(page, watch);
});

test('refuses an embed that is not http(s), as the gate always does', async ({page}) => {
  const watch = await watchPage(page);
  await openSite(page, {
    body: '<iframe title="Bad" data-category="functional" data-src="javascript:alert(1)"></iframe>',
  });
  await page.locator('kelisim-placeholder').getByRole('button', {name: 'Show just this once'}).click();
  await expect.poll(() => watch.errors.join('\n')).toContain('javascript:');
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
});
