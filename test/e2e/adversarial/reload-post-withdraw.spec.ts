// Issue 11, item 5: where a withdrawal still reloads, a page reached by POST is entered again
// with GET, never by re-sending the form, in this tab and in tabs told by tab sync.
import {expect, test} from '@playwright/test';
import type {BrowserContext, Page} from '@playwright/test';
import {button, siteHtml, watchPage} from '../site.js';
import {gatedInline} from './gate-helpers.js';

/** Serves /checkout.html for GET and POST, recording each request's method. */
async function checkout(context: BrowserContext): Promise<string[]> {
  const methods: string[] = [];
  await context.route('**/checkout.html*', (route) => {
    methods.push(route.request().method());
    return route.fulfill({
      contentType: 'text/html',
      headers: {'cache-control': 'no-store'},
      body: siteHtml({
        body: `${gatedInline('performance', 'analytics')}
          <form method="post" action="/checkout.html"><input name="card" value="4111"><button>Pay</button></form>`,
      }),
    });
  });
  return methods;
}

/** Opens the page with GET, accepts, then posts its form. */
async function postedPage(page: Page): Promise<void> {
  await page.goto('/checkout.html');
  const accepted = page.locator('kelisim-consent [part~="accept-button"]');
  if (await accepted.isVisible()) await button(page, 'accept-button').click();
  await Promise.all([
    page.waitForURL('**/checkout.html'),
    page.waitForEvent('load'),
    page.getByRole('button', {name: 'Pay'}).click(),
  ]);
}

test.describe('a reload after withdrawal never re-sends a form', () => {
  test('in the tab that withdrew', async ({page, context}) => {
    await watchPage(page);
    const methods = await checkout(context);
    await postedPage(page);
    expect(methods).toEqual(['GET', 'POST']);
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.Kelisim!.rejectAll());
    await reloaded;
    await expect.poll(() => methods).toEqual(['GET', 'POST', 'GET']);
    expect(await page.evaluate(() => window.Kelisim!.allowed('performance'))).toBe(false);
  });

  test('in another tab told by tab sync', async ({context}) => {
    const [first, second] = [await context.newPage(), await context.newPage()];
    await watchPage(first);
    await watchPage(second);
    const methods = await checkout(context);
    await postedPage(second);
    await first.goto('/checkout.html');
    methods.length = 0;
    const reloaded = second.waitForEvent('load');
    await first.evaluate(() => window.Kelisim!.rejectAll());
    await reloaded;
    // Both tabs reload (the first one withdrew too), each with GET.
    await expect.poll(() => methods).toEqual(['GET', 'GET']);
    expect(await second.evaluate(() => window.Kelisim!.allowed('performance'))).toBe(false);
  });

  test('a page with a fragment is reloaded too, keeping it', async ({page, context}) => {
    await watchPage(page);
    const methods = await checkout(context);
    await page.goto('/checkout.html#pay');
    await button(page, 'accept-button').click();
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.Kelisim!.rejectAll());
    await reloaded;
    await expect.poll(() => methods).toEqual(['GET', 'GET']);
    expect(new URL(page.url()).hash).toBe('#pay');
  });
});
