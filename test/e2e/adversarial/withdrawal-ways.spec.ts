// Issue 11, item 4: every way consent goes down in one tab is a full withdrawal.
import {expect, test} from '@playwright/test';
import {banner, button, openSite, watchPage} from '../site.js';
import {acceptAndWaitForTags, element, expectFullWithdrawal, markWindow, origin} from './withdrawal.js';

test.describe('withdrawal in this tab', () => {
  test('Reject all after accepting', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {origin, element: element(), body: ''});
    await acceptAndWaitForTags(page);
    await markWindow(page);
    await page.getByRole('link', {name: 'Cookie settings'}).click();
    await page.locator('kelisim-consent [part~="dialog"]').getByRole('button', {name: 'Reject all'}).click();
    await expectFullWithdrawal(page, watch.requests);
  });

  test('saving fewer categories in the dialog', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {origin, element: element(), body: ''});
    await acceptAndWaitForTags(page);
    await markWindow(page);
    await page.getByRole('link', {name: 'Cookie settings'}).click();
    const dialog = page.locator('kelisim-consent [part~="dialog"]');
    await dialog.getByRole('switch', {name: 'Performance cookies'}).uncheck();
    await dialog.getByRole('button', {name: 'Save choice'}).click();
    await expectFullWithdrawal(page, watch.requests);
  });

  test('reset() forgets the choice and withdraws it', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {origin, element: element(), body: ''});
    await acceptAndWaitForTags(page);
    await markWindow(page);
    await page.evaluate(() => window.Kelisim!.reset());
    await expect(banner(page)).toBeVisible();
    await expectFullWithdrawal(page, watch.requests, []);
  });

  test('a revision bump followed by a narrower choice', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {origin, element: element(), body: ''});
    await acceptAndWaitForTags(page);
    await openSite(page, {origin, element: element().replace('revision="1"', 'revision="2"'), body: ''});
    await expect(banner(page)).toBeVisible();
    await markWindow(page);
    await button(page, 'reject-button').click();
    await expectFullWithdrawal(page, watch.requests);
  });

  test('an expired choice followed by a narrower choice', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {origin, element: element('expires-days="1"'), body: ''});
    await acceptAndWaitForTags(page);
    // Two days later, by the page's clock: the stored choice has expired.
    await page.clock.install({time: Date.now() + 2 * 86_400_000});
    await page.reload();
    await expect(banner(page)).toBeVisible();
    await markWindow(page);
    await button(page, 'reject-button').click();
    await expectFullWithdrawal(page, watch.requests);
  });
});
